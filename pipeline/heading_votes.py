"""Activity headings from independent signals, scored together (issue 12 point 4, issue 13).

Every short line that opens with an id in any wrapper ("(iv)", "ii)", "Akt. 7", "Proj. 3", "§ 3",
"B.", "12", the agency's code "ÅK-4") is a candidate, perhaps after a marginal note that states an amount ("36 800 kr (i)
Title"). Candidates are grouped by their numbering scheme (the word before the id, its brackets,
digits, Roman numerals or letters); each group keeps its ids in increasing order, and each member
is scored by the signals that agree with it:

- `amount`: an amount on its line (a marginal note, after a dash or a dotted tab leader);
- `amount_line`: a labelled amount line under it ("Återkrav: 44 000 kronor");
- `agency`: the agency's voice under it ("Socialstyrelsen bedömer …", a reclaim);
- `answer`: the municipality's answer under it ("Nämnden medger …");
- `set_apart`: its line stands apart (more space above, taller type, or another left edge than the body's);
- `row`: a line elsewhere, a table's row, with its id, its title and an amount;
- `body`: text under it before the next member (a list's or table's rows have none).
- `layout_model`: the learned heading model (pipeline.heading_model) reads its line as a heading;
  `layout_series`: a line without an id it proposes, one of a series in one style (pipeline.layout_votes),
  kept only where no numbering explains the document.

The group that explains the document best is kept: the most members carrying agreeing signals,
and the claims adding up to a total the text states. A group needs two members at least, each
with text under it and one signal of content (amount, agency, answer, row) besides its id.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal

from rapidfuzz import fuzz

from .claim_fields import reclaimed_amount
from .heading_schemes import NOT_SCHEME
from .ingest import Line
from .response_cues import MUNICIPALITY_STANCE
from .swedish import find_money

# the id and what wraps it: an optional word ("Akt.", "Projekt", "§"), brackets, the id, a mark after it
# a list's mark may open it ("– Aktivitet 1, …", "• Insats 2, …") and a lead-in word may stand
# before the word ("Beträffande projekt 4:", "Ang. aktivitet 6,"); a comma closes an item's id
_CANDIDATE = re.compile(
    r"^(?P<mark>[•▪◦*–—-]\s+)?"
    r"(?P<word>(?:[A-Za-zÅÄÖåäö]{2,12}\.?\s+)?[A-Za-zÅÄÖåäö]{2,12}(?:\.\s*|\s+)(?:(?:nr|nummer)\.?\s*)?|§\s*)?(?P<open>[(\[])?"
    r"(?P<id>\d{1,3}|[ivxlc]{1,7}|[IVXLC]{1,7}|[a-zA-Z])"
    r"(?P<close>[)\]]|[.:,](?=\s))?\s+(?:[–—/|·•-]\s+)?(?P<title>\S.*)$"
)
# the agency's code as the id: letters joined to a number ("ÅK-4", "SR-12", "K3", "Åtg-07"), one scheme
# for any letters, the code kept whole as the activity's number; a longer number is a reference or a year
_CODE = re.compile(
    r"^(?P<word>[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,4})(?P<join>[-–]?)(?P<id>\d{1,3})(?![\d/.:,-]\d)"
    r"(?:\s*[:.)]|\s+[–—/|·•-])?\s+(?P<title>\S.*)$"
)
# the agency's number after the title in brackets: "Title (SoS nr 12)", "Aktivitet: Title (akt. 9)"
_TRAILING_ID = re.compile(
    r"^(?:(?P<label>[A-Za-zÅÄÖåäö]{2,12}):\s+)?(?P<title>\S.*?)\s*"
    r"\((?P<word>[A-Za-zÅÄÖåäö][A-Za-zÅÄÖåäö. ]{0,30}?\s*)?(?P<id>\d{1,3})\)$"
)
# the claim's label left before the amount a heading ends with: "Title – återkrävt belopp 18 000 kr"
_CLAIM_LABEL_END = re.compile(
    r"(?:\s*[–—:,|·•-]\s*(?:återkr\w*|krav\w*|belopp\w*|summa|totalt)|\s+återkr\w*)(?:\s+belopp)?(?:\s+(?:sek|kr))?[\s.…_·–—:,/(|•-]*$",
    re.IGNORECASE,
)
# the marks that set a heading's fields apart ("Title | Återkrav …", "Title · 12 000 kr"): no name ends in one
_FIELD_MARKS_END = re.compile(r"\s+[|·•–—/-]+$")
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
_ROMAN_FORM = re.compile(r"^(?=[ivxlc])c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")
_LEADER_END = re.compile(r"[\s.…_·–—:,/(-]+$")
_AGENCY = re.compile(
    r"\b(socialstyrelsen\w*|myndigheten\w*|återkr\w*|enligt beslutet|i beslutet|beslutet anger|bedömer|anser att|menar att)\b",
    re.IGNORECASE,
)
_LABELLED_AMOUNT = re.compile(r"\b(återkr\w*|krav\w*|belopp\w*)\s*:", re.IGNORECASE)

TITLE_MAX_WORDS = 12  # a heading's title: a longer line is a paragraph
TITLE_MAX_CHARS = 90
BELOW_LINES = 4  # lines under a heading read for its amount line and the voices under it
GAP_FACTOR = 1.3  # space above a line this many times the body's usual line gap sets it apart
HEIGHT_FACTOR = 1.06  # type this much taller than the body's sets it apart
EDGE_SLACK = 6.0  # points a line may start left or right of the body's left edge and still be flush
ROW_TITLE_MATCH = 85  # fuzzy partial ratio at which a row elsewhere names the same title
SIGNAL_WEIGHTS = {
    "amount": 3,
    "amount_line": 3,
    "row": 3,
    "agency": 1,
    "answer": 1,
    "set_apart": 1,
    "body": 1,
    "layout_model": 1,
    "layout_series": 0,
}
CONTENT_SIGNALS = ("amount", "amount_line", "agency", "answer", "row")
CLAIM_SIGNALS = ("amount", "amount_line", "row")
TOTAL_BONUS = 6  # the claims add up to a total the text states: strong evidence for the whole set


@dataclass
class Candidate:
    index: int  # into the document's lines
    scheme: tuple[str, str, str, str]  # word, opening bracket, mark after the id, kind of id
    number: str  # as printed: "iv", "7"
    value: int  # its place in the numbering
    title: str
    amount: Decimal | None
    signals: set[str] = field(default_factory=set)


@dataclass
class VotedHeading:
    index: int
    number: str
    title: str
    amount: Decimal | None
    signals: list[str]
    text_after: int  # the line its text follows: its own, or the last item line of its group's


def _roman(text: str) -> int | None:
    low = text.lower()
    if not _ROMAN_FORM.match(low):
        return None
    vals = [_ROMAN[c] for c in low]
    return sum(-v if k + 1 < len(vals) and v < vals[k + 1] else v for k, v in enumerate(vals))


def _readings(ident: str) -> list[tuple[str, int]]:
    """What an id may count: digits; a Roman numeral; a single letter (i, v, x are both)."""
    if ident.isdigit():
        return [("digit", int(ident))]
    case = "lower" if ident.islower() else "upper"
    out = []
    roman = _roman(ident)
    if roman is not None:
        out.append((f"roman-{case}", roman))
    if len(ident) == 1:
        out.append((f"letter-{case}", ord(ident.lower()) - ord("a") + 1))
    return out


def _split_tail_amount(title: str) -> tuple[str, Decimal | None]:
    """'Title ........ 57.600:-', 'Title 46 000 kr' -> the title and the amount ending it."""
    ms = find_money(title, money_context=True)
    if not ms or title[ms[-1].end :].strip(" .)]") != "":
        return title.strip(), None
    head = title[: ms[-1].start]
    if title[ms[-1].end :].strip().startswith((")", "]")):
        head = head[: max(head.rfind("("), head.rfind("["))]  # "Title (återkrav 52 300 kr)"
    return without_claim_label(_LEADER_END.sub("", head)), ms[-1].value


def without_claim_label(title: str) -> str:
    """A heading's title without the claim's label its amount followed ('… – återkrävt belopp')."""
    return _FIELD_MARKS_END.sub("", _CLAIM_LABEL_END.sub("", title).strip())


def _item_fields(title: str) -> tuple[str, Decimal | None]:
    """A list item's fields after its id and a comma: 'Title, 84 000 SEK (bilaga 1)' -> the title
    (up to the next comma or bracket) and the first amount after it."""
    head = re.split(r"\s*[,(]", title, maxsplit=1)[0]
    ms = find_money(title[len(head) :], money_context=True)
    if not ms:  # no field after the title: its amount, if any, ends it
        return _split_tail_amount(title)
    return _split_tail_amount(head)[0], ms[0].value


def _lead_amount(text: str) -> tuple[str, Decimal | None]:
    """A marginal note that states an amount, read before the heading on its line."""
    ms = find_money(text, money_context=True)
    if ms and ms[0].start == 0:
        return text[ms[0].end :].strip(), ms[0].value
    return text, None


def _reads_as_title(title: str, amount: Decimal | None) -> bool:
    words = title.split()
    if not words or len(words) > TITLE_MAX_WORDS or len(title) > TITLE_MAX_CHARS or not title[:1].isupper():
        return False
    return amount is not None or not title.endswith((".", ":", ","))


def candidates_of(index: int, text: str) -> list[Candidate]:
    """Every reading of a line as a numbered heading (an id may be a Roman numeral or a letter)."""
    rest, lead = _lead_amount(text.strip())
    m = _CANDIDATE.match(rest)
    if not m:
        return _code_candidate(index, rest, lead) or _trailing_id_candidate(index, rest)
    close = (m.group("close") or "").strip()
    title, tail = _item_fields(m.group("title")) if close == "," else _split_tail_amount(m.group("title"))
    amount = lead if lead is not None else tail
    if not _reads_as_title(title, amount):
        return _trailing_id_candidate(index, rest)
    word = ((m.group("mark") or "").strip()[:1] + " " + (m.group("word") or "")).strip().lower()
    out = []
    for kind, value in _readings(m.group("id")):
        scheme = (word, m.group("open") or "", close, kind)
        out.append(Candidate(index, scheme, m.group("id"), value, title, amount, {"amount"} if amount is not None else set()))
    return out + _trailing_id_candidate(index, rest)  # "Familjedag i Mullhyttan (akt. 5)" reads both ways


ABBREVIATION_MIN = 3  # letters of a code that may abbreviate a word ("Bil" for bilaga); fewer are the agency's letters


def _abbreviates_no_scheme(letters: str) -> bool:
    """'bil' (bilaga), 'tab' (tabell): a code's letters that number attachments, pages or tables."""
    return letters in NOT_SCHEME or (len(letters) >= ABBREVIATION_MIN and any(w.startswith(letters) for w in NOT_SCHEME))


def _code_candidate(index: int, text: str, lead: Decimal | None) -> list[Candidate]:
    """A heading opened by the agency's code ('ÅK-4 Title'): its number is the code as printed, its
    scheme the code's letters and join, whatever letters they are."""
    m = _CODE.match(text)
    if not m or _abbreviates_no_scheme(m.group("word").lower()):
        return []
    title, tail = _split_tail_amount(m.group("title"))
    amount = lead if lead is not None else tail
    if not _reads_as_title(title, amount):
        return []
    code = m.group("word") + m.group("join")
    scheme = ("code " + code.lower(), "", "code", "digit")
    return [Candidate(index, scheme, code + m.group("id"), int(m.group("id")), title, amount, {"amount"} if amount is not None else set())]


def _trailing_id_candidate(index: int, text: str) -> list[Candidate]:
    """A heading whose number follows its title in brackets ('Title (SoS nr 12)')."""
    m = _TRAILING_ID.match(text)
    if not m:
        return []
    title, amount = _split_tail_amount(m.group("title"))
    if not _reads_as_title(title, amount):
        return []
    scheme = ((m.group("label") or "").lower() + " " + (m.group("word") or "").strip().lower(), "(", "after", "digit")
    return [Candidate(index, scheme, m.group("id"), int(m.group("id")), title, amount, {"amount"} if amount is not None else set())]


def _increasing(members: list[Candidate]) -> list[Candidate]:
    """The longest run of members whose ids increase in reading order (gaps allowed)."""
    best: list[list[Candidate]] = []
    for c in members:
        prior = [seq for seq in best if seq[-1].value < c.value]
        best.append([*max(prior, key=len, default=[]), c])
    return max(best, key=len, default=[])


@dataclass
class _Body:
    """What a signal reads: the lines, their usual gap, height and left edge."""

    lines: list[Line]
    gap: float
    height: float
    left: float
    total_values: set[Decimal]


def _line_gaps(lines: list[Line]) -> list[float]:
    """The space between each line and the next on its page."""
    pairs = zip(lines, lines[1:], strict=False)
    return [b.box[1] - a.box[3] for a, b in pairs if a.box and b.box and a.page_no == b.page_no and b.box[1] >= a.box[3]]


def _body_measures(lines: list[Line]) -> tuple[float, float, float]:
    """The body's usual line gap, type height and left edge (the most common one)."""
    boxes = [ln.box for ln in lines if ln.box]
    gaps = _line_gaps(lines)
    heights = [b[3] - b[1] for b in boxes]
    lefts = [round(b[0]) for b in boxes]
    return (
        statistics.median(gaps) if gaps else 0.0,
        statistics.median(heights) if heights else 0.0,
        float(statistics.mode(lefts)) if lefts else 0.0,
    )


def _set_apart(body: _Body, i: int) -> bool:
    ln = body.lines[i]
    prev = body.lines[i - 1] if i > 0 else None
    if not ln.box:
        return False
    spaced = bool(prev and prev.box and prev.page_no == ln.page_no and ln.box[1] - prev.box[3] > GAP_FACTOR * body.gap + 1)
    taller = ln.box[3] - ln.box[1] > HEIGHT_FACTOR * body.height
    edge = abs(ln.box[0] - body.left) > EDGE_SLACK
    return spaced or taller or edge


def _amount_below(lines: list[Line], i: int, stop: int) -> Decimal | None:
    for ln in lines[i + 1 : min(stop, i + 1 + BELOW_LINES)]:
        if _LABELLED_AMOUNT.search(ln.text):
            claim = reclaimed_amount(ln.text)
            if claim is not None:
                return claim
    return None


def _row_elsewhere(lines: list[Line], c: Candidate, stop: int) -> Decimal | None:
    """A line outside the heading's section (a table's row) with its id, its title and an amount."""
    id_start = re.compile(rf"^\W*(?:[A-Za-zÅÄÖåäö]{{2,12}}\.?\s*)?\(?{re.escape(c.number)}\b")
    for k, ln in enumerate(lines):
        if c.index <= k < stop or not id_start.match(ln.text.strip()):
            continue
        ms = find_money(ln.text, money_context=True)
        if ms and fuzz.partial_ratio(c.title.lower(), ln.text.lower()) >= ROW_TITLE_MATCH:
            return ms[0].value
    return None


def _score_member(body: _Body, c: Candidate, span: tuple[int, int]) -> None:
    """The signals that agree with one member; `span`: the line its text follows and the next
    member's line after it."""
    lines = body.lines
    start, stop = span
    under = lines[start + 1 : min(stop, start + 1 + BELOW_LINES)]
    if stop > start + 1:
        c.signals.add("body")
    if c.amount is None:
        c.amount = _amount_below(lines, start, stop)
        c.signals |= {"amount_line"} if c.amount is not None else set()
    if c.amount is None:
        c.amount = _row_elsewhere(lines, c, stop)
        c.signals |= {"row"} if c.amount is not None else set()
    if any(_AGENCY.search(ln.text) for ln in under):
        c.signals.add("agency")
    if any(MUNICIPALITY_STANCE.search(ln.text) for ln in lines[start + 1 : stop]):
        c.signals.add("answer")
    if _set_apart(body, c.index):
        c.signals.add("set_apart")


def _group_score(body: _Body, members: list[Candidate]) -> float:
    score = float(sum(SIGNAL_WEIGHTS.get(s, 0) for c in members for s in c.signals))
    claims = [c.amount for c in members]
    if all(a is not None for a in claims) and sum(a for a in claims if a is not None) in body.total_values:
        score += TOTAL_BONUS
        for c in members:
            c.signals.add("stated_total")
    return score


def _explains(members: list[Candidate]) -> bool:
    """Two members at least, each with text under it and a signal of content besides its id."""
    return len(members) >= 2 and all("body" in c.signals and c.signals & set(CONTENT_SIGNALS) for c in members)


def _text_spans(members: list[Candidate], end_at: int) -> list[tuple[int, int]]:
    """Where each member's text lies: after its line, up to the next member's. Members on
    consecutive lines that each state their own claim are a group's items ("– Aktivitet 3, Title,
    12 500 SEK"): they share the text after the group's last item (one answer for the group)."""
    stops = [m.index for m in members[1:]] + [end_at]
    spans = []
    for k in range(len(members)):
        j = k
        while j + 1 < len(members) and stops[j] == members[j].index + 1 and members[j].amount and members[j + 1].amount:
            j += 1
        spans.append((members[j].index, stops[j]))
    if len(set(spans)) == 1 and len(members) > 1:  # one text for all: a list or a table's rows, no groups
        return [(c.index, stop) for c, stop in zip(members, stops, strict=True)]
    return spans


def _readings_of(found: list[Candidate]) -> list[list[Candidate]]:
    """The members as a numbering reads them: the run of increasing ids; and, where every id is
    distinct, all of them in the order the municipality chose (largest claim first, by group)."""
    readings = [_increasing(found)]
    if len(found) > len(readings[0]) and len({c.value for c in found}) == len(found):
        readings.append(found)
    return [[replace(c, signals=set(c.signals)) for c in members] for members in readings]


def _own_claims(members: list[Candidate]) -> bool:
    """Every member states a claim of its own: what lets ids stand out of order."""
    return all(c.signals & set(CLAIM_SIGNALS) for c in members)


def _scored_group(body: _Body, found: list[Candidate], end_at: int) -> tuple[float, list[Candidate]]:
    best: tuple[float, list[Candidate]] = (0.0, [])
    for members in _readings_of(found):
        for c, span in zip(members, _text_spans(members, end_at), strict=True):
            _score_member(body, c, span)
        in_order = all(a.value < b.value for a, b in zip(members, members[1:], strict=False))
        if _explains(members) and (in_order or _own_claims(members)):
            best = max(best, (_group_score(body, members), members), key=lambda sg: sg[0])
    return best


def voted_headings(lines: list[Line], body_indices: Iterable[int], end_at: int) -> tuple[float, list[VotedHeading]]:
    """The best-explaining set of numbered headings among `body_indices` (lines before `end_at`),
    with its score; an empty set (score 0) when no scheme explains two activities."""
    gap, height, left = _body_measures(lines[:end_at])
    totals = {m.value for ln in lines[:end_at] for m in find_money(ln.text)}
    body = _Body(lines, gap, height, left, totals)
    groups: dict[tuple[str, str, str, str], list[Candidate]] = {}
    in_body = set(body_indices)
    for i in sorted(in_body):
        if i < end_at:
            for c in candidates_of(i, lines[i].text):
                groups.setdefault(c.scheme, []).append(c)
    from .layout_votes import add_layout_votes  # the learned model's vote (pipeline.heading_model)

    proposed = add_layout_votes(lines, end_at, in_body, groups)
    best: tuple[float, list[Candidate]] = (0.0, [])
    for found in groups.values():
        scored = _scored_group(body, found, end_at)
        best = max(best, scored, key=lambda sg: sg[0])
    if not best[1]:  # no numbering explains the document: the headings the layout model proposes
        best = _scored_group(body, proposed, end_at)
    spans = _text_spans(best[1], end_at)
    return best[0], [
        VotedHeading(c.index, c.number, c.title, c.amount, sorted(c.signals), span[0]) for c, span in zip(best[1], spans, strict=True)
    ]


def score_set(lines: list[Line], members: list[Candidate], end_at: int) -> float:
    """How well a set of headings found otherwise explains the document, by the same signals;
    0 where it does not explain two activities."""
    from .layout_votes import add_layout_votes

    add_layout_votes(lines, end_at, set(), {("", "", "", "found"): members})  # the model's vote, as the voted set has it
    gap, height, left = _body_measures(lines[:end_at])
    totals = {m.value for ln in lines[:end_at] for m in find_money(ln.text)}
    return _scored_group(_Body(lines, gap, height, left, totals), members, end_at)[0]


CLOSING_HEAD_MAX_WORDS = 3  # a summary's heading: "Sammanställning", "Summering", "Totalt"
_CLOSING_HEAD_SHAPE = re.compile(rf"^[A-ZÅÄÖ][A-Za-zÅÄÖåäö]+(?:\s+[A-Za-zÅÄÖåäö]+){{0,{CLOSING_HEAD_MAX_WORDS - 1}}}$")


def summary_after(lines: list[Line], after: int, first: int, end_at: int) -> int:
    """Where the last activity's text (after line `after`) ends: at a short unnumbered heading
    (set apart, or alone on its line after a finished sentence) that no earlier activity has (it is
    no sub-heading repeated in each) and under which the municipality takes a stance on a sum: the
    response's summary. `first`: the first activity's heading; `end_at` where there is none."""
    gap, height, left = _body_measures(lines[:end_at])
    body = _Body(lines, gap, height, left, set())
    earlier = {lines[k].text.strip().lower() for k in range(first, after) if _heading_shaped(body, k)}
    for i in range(after + 2, end_at):
        if (
            _heading_shaped(body, i)
            and lines[i].text.strip().lower() not in earlier
            and _stance_on_a_sum(lines[i + 1 : i + 1 + BELOW_LINES])
        ):
            return i
    return end_at


def _heading_shaped(body: _Body, i: int) -> bool:
    """A short line of words without a number, set apart or alone after a finished sentence."""
    if not _CLOSING_HEAD_SHAPE.match(body.lines[i].text.strip()) or i == 0:
        return False
    return _set_apart(body, i) or body.lines[i - 1].text.rstrip().endswith((".", ")"))


def _stance_on_a_sum(under: list[Line]) -> bool:
    text = " ".join(ln.text for ln in under)
    return bool(MUNICIPALITY_STANCE.search(text) and find_money(text, money_context=True))
