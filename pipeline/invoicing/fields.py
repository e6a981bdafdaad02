"""Invoice fields by layout, template-free, in any language.

Every label of the vocabulary found on a page proposes a value: in its own phrase after it, in
the phrase to its right, or in a phrase below it. Each proposal is a `Candidate` with a score
(how specific the label, how near the value) and where it was read. Net, VAT and total are then
chosen together: a set that closes the arithmetic (net + VAT = total) wins over single readings
and is trusted more."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from itertools import product

from .layout import PageLayout, Phrase
from .numbers import NumberStyle, find_dates, money_amounts
from .vocab import Label, labels, rejects, vocabulary

# how much a value's place next to its label counts
SAME_PHRASE, RIGHT, BELOW = 1.0, 0.95, 0.85
LABEL_INSIDE_PHRASE = 0.75  # a label not at the start of its phrase
CLOSES_BONUS = 1.5  # net + VAT = total, all three read
DERIVED_BONUS = 0.2  # one of the three computed from the other two
MAX_VAT_SHARE = Decimal("0.30")  # no VAT rate in use is above 30 % of the net
TOP_CANDIDATES = 6
REJECT_BEFORE = 12  # characters before a label (in its phrase) searched for words that veto it
REJECT_AFTER = 15

_NUMBER_PREFIX = re.compile(r"^(?:(?:nr|no|n[°º]|num|number|nummer|#|:|\.)\.?\s*)+", re.IGNORECASE)
# letters of any script: "ΤΠΥ-0392", "ФА-118"
_NUMBER_TOKEN = re.compile(r"^[^\W_][\w./\-]{0,31}$")
# a document series before the number, as Portuguese and Spanish software print it ("FT 2023/145")
_SERIES = re.compile(r"^[A-Z]{2,4}\s(?=\S*\d)")
# a lone mark between a label and its value on a scan: the rule of a box OCR read as a letter
_STRAY_MARK = re.compile(r"^[|Il!\[\]T]\s+(?=\S*\d)")
_TIME = re.compile(r"^\W{0,3}(?:\w+\W{1,3})?\d{1,2}:\d{2}")


@dataclass
class Candidate:
    field: str
    value: object
    score: float
    page: int
    span: tuple[int, int]  # page-text offsets of the value
    raw: str
    label: str
    row: int
    label_span: tuple[int, int] | None = None


def _row_text(row: list[Phrase]) -> tuple[str, list[int]]:
    starts, parts, pos = [], [], 0
    for p in row:
        starts.append(pos)
        parts.append(p.text)
        pos += len(p.text) + 1
    return " ".join(parts), starts


def _vetoed(field: str, text: str, m: re.Match, phrase_start: int = 0) -> bool:
    """A word of the field's reject list near the label ("Total HT" is no total). Looked for
    within the label's own phrase and up to its value: a word across a column gap ("Total HT"
    in the next cell of a totals grid) belongs to another label."""
    rx = rejects().get(field)
    if rx is None:
        return False
    lo = max(phrase_start, m.start() - REJECT_BEFORE)
    up_to_value = re.match(rf"[^\d]{{0,{REJECT_AFTER}}}", text[m.end() :])
    after = up_to_value.group() if up_to_value else ""  # up to the value
    for r in rx.finditer(text[lo : m.end() + len(after)]):
        s, e = r.start() + lo, r.end() + lo
        if not (s >= m.start() and e <= m.end()):  # words of the label itself veto nothing
            return True
    return False


def label_hits(lay: PageLayout, field: str) -> Iterator[tuple[Label, list[Phrase], int, re.Match, str]]:
    """(label, row, index of the phrase it starts in, match in the row text, row text)."""
    for row in lay.rows:
        text, starts = _row_text(row)
        for lab in labels()[field]:
            for m in lab.rx.finditer(text):
                pi = max(i for i, s in enumerate(starts) if s <= m.start())
                if _vetoed(field, text, m, starts[pi]):
                    continue
                yield lab, row, pi, m, text


def candidates(lay: PageLayout, field: str, parse: Callable[[str], tuple[object, int, int] | None], multi: bool = False) -> list[Candidate]:
    """Every value a label of `field` points at on the page. `parse(text)` returns (value, start,
    end) of the value in text, or None. `multi`: every cell of the first row below that parses
    (a header's column is not always where its value is aligned; the arithmetic decides)."""
    by_span: dict[tuple[int, int], Candidate] = {}
    for lab, row, pi, m, _text in label_hits(lay, field):
        _, starts = _row_text(row)
        at_start = m.start() == starts[pi]
        weight = lab.weight * (1.0 if at_start else LABEL_INSIDE_PHRASE)
        below_row = None
        for ph, offset, factor in _places(lay, row, pi, m, starts):
            if below_row is not None and ph.row != below_row:
                break  # several cells of the first row below may hold it; rows further down not
            got = parse(ph.text[offset:])
            if got is None:
                continue
            value, s, e = got
            span = ph.span(offset + s, offset + e)
            label_ph = row[pi]
            lspan = label_ph.span(m.start() - starts[pi], m.end() - starts[pi])
            c = Candidate(
                field, value, weight * factor, lay.page.page_no, span, lay.page.text[span[0] : span[1]], m.group().strip(), ph.row, lspan
            )
            if span not in by_span or by_span[span].score < c.score:  # one value, its best label
                by_span[span] = c
            if factor > BELOW or not multi:
                break
            below_row = ph.row
    return list(by_span.values())


def _places(lay: PageLayout, row: list[Phrase], pi: int, m: re.Match, starts: list[int]):
    """Where a label's value may stand: (phrase, offset in its text, place factor)."""
    end = m.end()
    # the phrase the label ends in, and the rest of it
    ki = max(i for i, s in enumerate(starts) if s < max(end, m.start() + 1))
    k_ph = row[ki]
    rest = end - starts[ki]
    if rest < len(k_ph.text):
        yield k_ph, rest, SAME_PHRASE
    right = row[ki + 1] if ki + 1 < len(row) else lay.right_of(k_ph)
    if right is not None:
        yield right, 0, RIGHT
    label_ph = row[pi]
    x0 = label_ph.x_of(m.start() - starts[pi])
    x1 = max(k_ph.x1 if ki > pi else label_ph.x1, x0 + 1)
    # the label's cell: from the phrase before it to the phrase after it on its row
    cell0 = row[pi - 1].x1 + 1 if pi > 0 and x0 == label_ph.x0 else x0
    cell1 = row[ki + 1].x0 - 1 if ki + 1 < len(row) else x1
    for n, ph in enumerate(sorted(lay.below(label_ph, cell0, cell1), key=lambda q: (q.top, _distance(q, x0, x1)))):
        yield ph, 0, BELOW - 0.03 * n


def _distance(ph: Phrase, x0: float, x1: float) -> float:
    return max(0.0, ph.x0 - x1, x0 - ph.x1)


# ----------------------------------------------------------------------------- value parsers


def parse_number(text: str) -> tuple[str, int, int] | None:
    m = _NUMBER_PREFIX.match(text)
    s = m.end() if m else 0
    tok_m = re.match(r"\S+", text[s:])
    if not tok_m:
        return None
    s, tok = _past_stray_mark(text, s, tok_m.group().rstrip(".,;:"))
    if _SERIES.match(text[s:]) and not re.search(r"\d", tok):
        series, tok = text[s:].split(maxsplit=2)[:2]
        tok = f"{series} {tok.rstrip('.,;:')}"
    if not _NUMBER_TOKEN.match(tok.split(" ")[-1]) or not re.search(r"\d", tok) or re.fullmatch(r"\(\d+\)", tok):
        return None
    if re.fullmatch(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|(?:19|20)\d\d-\d\d-\d\d", tok):
        return None  # a date
    if any(d.start == s for d in find_dates(text[s : s + 30], _ANY_STYLE)):
        return None  # "14 Nov 2023": the day of a date
    return tok, s, s + len(tok)


def _past_stray_mark(text: str, s: int, tok: str) -> tuple[int, str]:
    """Where the value starts: past a lone mark before it ("Fakturanummer | 2023-1207": the rule
    of a box OCR read as a letter)."""
    stray = _STRAY_MARK.match(text[s:])
    if not stray or re.search(r"\d", tok):
        return s, tok
    s += stray.end()
    return s, text[s:].split(maxsplit=1)[0].rstrip(".,;:")


def date_parser(style: NumberStyle):
    def parse(text: str):
        ds = find_dates(text[:40], style, compact=True)
        if not ds or ds[0].start > 12:
            return None
        d = ds[0]
        return d.value, d.start, d.end

    return parse


_ANY_STYLE = NumberStyle(",")
_PARENTHESISED = re.compile(r"\([^)]*\)")


@lru_cache(maxsize=1)
def _tax_base() -> re.Pattern:
    """ "auf 534,00", "on 250.00": the base a rate applies to, printed before the tax itself."""
    words = "|".join(vocabulary().get("base_words", []))
    one_amount = r"\d{1,3}(?:[ .,'\u00a0]\d{3})*(?:[.,]\d{1,2})?(?!\d)|\d+(?:[.,]\d{1,2})?"
    return re.compile(rf"(?i)(?<![\w])(?:{words})\s+(?:€|\$|£|EUR|SEK|kr)?\s?[-−]?(?:{one_amount})")


def amount_parser(style: NumberStyle):
    def parse(text: str):
        # "(av 45 540,00)", "(incl. 19 % VAT)", "auf 534,00": a remark or a base, not the value
        text = _PARENTHESISED.sub(lambda m: " " * len(m.group()), text)
        text = _tax_base().sub(lambda m: " " * len(m.group()), text)
        found = money_amounts(text[:60], style)
        if not found or found[0].start > 30:
            return None
        a = found[0]
        return a.value, a.start, a.end

    return parse


# ----------------------------------------------------------------------------- choosing


def best(cands: list[Candidate]) -> Candidate | None:
    if not cands:
        return None
    return max(cands, key=lambda c: (round(c.score, 4), -c.page, -c.row))


def timestamped(lay: PageLayout, c: Candidate) -> bool:
    """A date printed with a time of day is when the page was printed, not the invoice's date."""
    return bool(_TIME.match(lay.page.text[c.span[1] : c.span[1] + 16]))


@dataclass
class Totals:
    net: Candidate | Decimal | None
    vat: Candidate | Decimal | None
    total: Candidate | Decimal | None
    closes: bool  # all three read and net + VAT = total


def _top(cands: list[Candidate]) -> list[Candidate]:
    by_value: dict[object, Candidate] = {}
    for c in sorted(cands, key=lambda c: -c.score):
        by_value.setdefault(c.value, c)
    return list(by_value.values())[:TOP_CANDIDATES]


def reconcile(net: list[Candidate], vat: list[Candidate], total: list[Candidate]) -> Totals:
    """The net, VAT and total that best agree: read values, weighted by their labels, and a
    large bonus where net + VAT = total; a missing one is computed from the other two."""
    best_score, best_t = -1.0, Totals(None, None, None, False)
    for n, v, t in product([None, *_top(net)], [None, *_top(vat)], [None, *_top(total)]):
        scored = _combination(n, v, t)
        if scored is not None and scored[0] > best_score:
            best_score, best_t = scored
    return best_t


def _combination(n: Candidate | None, v: Candidate | None, t: Candidate | None) -> tuple[float, Totals] | None:
    """One choice of net, VAT and total, scored; None where the arithmetic rules it out."""
    checked = _arithmetic(_amount_of(n), _amount_of(v), _amount_of(t))
    if checked is None:
        return None
    (nv, vv, tv), bonus = checked
    if nv is not None and vv is not None and not _plausible(nv, vv):
        return None
    score = sum(c.score for c in (n, v, t) if c is not None) + bonus
    return score, Totals(n if n else nv, v if v else vv, t if t else tv, bonus == CLOSES_BONUS)


def _amount_of(c: Candidate | None) -> Decimal | None:
    return c.value if c is not None and isinstance(c.value, Decimal) else None


_Three = tuple[Decimal | None, Decimal | None, Decimal | None]


def _arithmetic(nv: Decimal | None, vv: Decimal | None, tv: Decimal | None) -> tuple[_Three, float] | None:
    """The three values with the third derived from two, and the bonus the arithmetic earns:
    all three closing net + VAT = total, or two given; None where all three disagree."""
    given = sum(x is not None for x in (nv, vv, tv))
    if given == 3:
        assert nv is not None and vv is not None and tv is not None
        return ((nv, vv, tv), CLOSES_BONUS) if nv + vv == tv else None
    if given == 2:
        return _third_of(nv, vv, tv), DERIVED_BONUS
    return (nv, vv, tv), 0.0


def _third_of(net: Decimal | None, vat: Decimal | None, total: Decimal | None) -> tuple[Decimal, Decimal, Decimal]:
    """net + VAT = total, the missing one of three computed from the other two."""
    if net is None:
        assert vat is not None and total is not None
        return total - vat, vat, total
    if vat is None:
        assert total is not None
        return net, total - net, total
    return net, vat, net + vat


def _plausible(net: Decimal, vat: Decimal) -> bool:
    if net == 0:
        return vat == 0
    if (net > 0) != (vat >= 0) and vat != 0:
        return False
    return abs(vat) <= abs(net) * MAX_VAT_SHARE
