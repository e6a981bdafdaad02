"""The agency's part and the municipality's answer, paired by their labels: a question-and-answer
sheet ("Fråga 1 … / Svar: …"), labelled paragraphs ("Socialstyrelsens bedömning: … / Kommunens
kommentar: …"), or two columns under one header line ("Socialstyrelsen anför | Kommunens svar").

A label says whose words follow, whatever the words: the lines under (or beside, or after) the
agency's label are its assessment, those under the answer's label the municipality's. In a
sheet, the pairs are the activities; the activity is the one the pair names ("aktivitet 5,
Läxhjälp …"), never the question's own number.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

from .ingest import IngestedDocument, Line
from .swedish import find_money

if TYPE_CHECKING:
    from .structure import Section, Segment

MIN_PAIRS = 2  # answers a sheet gives at least
LABEL_WORDS = 5  # words a label standing alone has at most
COLUMN_SLACK = 12.0  # points a column's line may start left of its header

_AGENCY_LABEL = re.compile(
    r"^(?:fråga(?:\s+\d{1,2})?(?:\s+från\s+[\wåäö]+)?|(?:socialstyrelsen\w*|myndighetens|ert|er|era)\s+(?:[a-zåäö]+\s+)?"
    r"(?:bedömning|motivering|ställningstagande|skäl|invändning\w*|anför|menar|skriver|anser|bedömer|frågar|fråga|synpunkt\w*))\s*[:.]?",
    re.IGNORECASE,
)
_ANSWER_LABEL = re.compile(
    r"^(?:svar(?:\s+från\s+[\wåäö]+)?"
    r"|(?:kommunens|stadens|nämndens|förvaltningens|regionens|vårt|vår|våra|[A-ZÅÄÖ][\wåäö]+ (?:kommuns|stads))\s+"
    r"(?:svar|kommentar\w*|synpunkter|ställningstagande|yttrande|bemötande|inställning)"
    r"|(?:[A-ZÅÄÖ][\wåäö]+\s+)?(?:kommun|stad|kommunen|staden)\s+svarar|vi svarar)\s*[:.]?",
    re.IGNORECASE,
)
# "aktivitet 5, Läxhjälp i Hallonbergen, …", "Aktivitet 1, Fältassistenter Araby (110 000 kr)"
NAMED = re.compile(
    r"\b(?:aktivitet|insats|projekt|åtgärd|delprojekt)(?:en)?\s+(?:nr\.?\s*)?(?P<num>\d{1,3}[a-z]?)\b(?!\s*(?:kr|kronor|%))"
    r"\s*[,:.–-]?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_TITLE_END = re.compile(r"\s*(?:[,(:;]|\s[–-]\s|\.(?:\s|$)|\d)")
_CLAIM_CUE = re.compile(r"återkr\w*|\bkrav\w*|\bbelopp\w*", re.IGNORECASE)


_PARENTHESIS_THEN_COLON = re.compile(r"\s*\([^()]*\)\s*:")


def _label(rx: re.Pattern, text: str) -> int | None:
    """Where a label at the text's start ends (in the text without its leading blanks), where it
    is a label, not a sentence's opening: alone on its line (a few words, perhaps with a colon),
    followed by a colon and the words it labels, or by what it is about in brackets and then a
    colon ("Fråga från Socialstyrelsen (aktivitet 2, …): …")."""
    t = text.strip()
    m = rx.match(t)
    if not m:
        return None
    rest = t[m.end() :]
    if (not rest.strip() and len(t.split()) <= LABEL_WORDS) or m.group().rstrip().endswith(":"):
        return m.end()
    about = _PARENTHESIS_THEN_COLON.match(rest)
    return m.end() + about.end() if about else None


def is_agency_label(text: str) -> bool:
    """A label that says the words under or beside it are the agency's ("Socialstyrelsens skäl",
    "Fråga från Socialstyrelsen:")."""
    return _label(_AGENCY_LABEL, text) is not None


def _after(ln: Line, end: int) -> Line | None:
    """What follows a run-in label on its line, as a line of its own."""
    at = len(ln.text) - len(ln.text.lstrip()) + end
    rest = ln.text[at:]
    return replace(ln, start=ln.start + at + len(rest) - len(rest.lstrip()), text=rest.strip(), box=None) if rest.strip() else None


def _cut_at_column(ln: Line, segs: list[Segment], x: float) -> tuple[list[Line], list[Line]]:
    """A line's words left of x and from x on, each a line (a row that runs both columns)."""
    if not segs:
        x0 = ln.box[0] if ln.box else 0.0
        return ([], [ln]) if x0 >= x else ([ln], [])
    cut = next((s.start for s in segs if s.x0 >= x), ln.end)
    parts = (
        replace(ln, end=cut, text=ln.text[: cut - ln.start].rstrip(), box=None),
        replace(ln, start=cut, text=ln.text[cut - ln.start :], box=None),
    )
    return [parts[0]] if parts[0].text.strip() else [], [parts[1]] if parts[1].text.strip() else []


def _column_split(lines: list[Line], seg_of: dict[tuple[int, int], list[Segment]]) -> tuple[list[Line], list[Line]] | None:
    """Two columns under one header line, the agency's label left, the answer's right."""
    for k, ln in enumerate(lines):
        segs = seg_of.get((ln.page_no, ln.start), [])
        agency = next((s for s in segs if _label(_AGENCY_LABEL, s.text) is not None), None)
        answer = next((s for s in segs if _label(_ANSWER_LABEL, s.text) is not None), None)
        if agency is None or answer is None or answer.x0 <= agency.x0:
            continue
        left: list[Line] = []
        right: list[Line] = []
        for below in lines[k + 1 :]:
            l_part, r_part = _cut_at_column(below, seg_of.get((below.page_no, below.start), []), answer.x0 - COLUMN_SLACK)
            left += l_part
            right += r_part
        return left, right  # what stands above the header (a callout, a subtitle) is neither's words
    return None


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _at_labels(ln: Line) -> list[Line]:
    """The line cut before every label that opens a sentence on it: a paragraph that runs the
    agency's part and the answer together ("… verksamhet. Kommunens kommentar: …")."""
    cuts = [
        m.end()
        for m in _SENTENCE_END.finditer(ln.text)
        if _label(_AGENCY_LABEL, ln.text[m.end() :]) or _label(_ANSWER_LABEL, ln.text[m.end() :])
    ]
    bounds = [0, *cuts, len(ln.text)]
    return [
        replace(ln, start=ln.start + a, text=ln.text[a:b].rstrip(), box=None)
        for a, b in zip(bounds, bounds[1:], strict=False)
        if ln.text[a:b].strip()
    ]


def _sequential_split(lines: list[Line]) -> tuple[list[Line], list[Line]] | None:
    """Labels one after the other: each line goes to the speaker whose label stands last above
    it; lines before any label are the answer's."""
    agency: list[Line] = []
    answer: list[Line] = []
    current: list[Line] | None = None
    for ln in (part for whole in lines for part in _at_labels(whole)):
        at_agency, at_answer = _label(_AGENCY_LABEL, ln.text), _label(_ANSWER_LABEL, ln.text)
        end = at_agency if at_agency is not None else at_answer
        if end is not None:
            current = agency if at_agency is not None else answer
            rest = _after(ln, end)
            current += [rest] if rest else []
            continue
        (current if current is not None else answer).append(ln)
    return (agency, answer) if current is not None and agency else None


def split_voices(doc: IngestedDocument, lines: list[Line]) -> tuple[list[Line], list[Line]] | None:
    """(the agency's lines, the municipality's) where labels say whose words are whose; None
    where no label does."""
    from .structure import segments

    pages = {ln.page_no for ln in lines}
    seg_of = {(p.page_no, segs[0].line): segs for p in doc.pages if p.page_no in pages for segs in segments(p) if segs}
    return _column_split(lines, seg_of) or _sequential_split(lines)


def _named_activity(lines: list[Line]) -> tuple[int, str, str] | None:
    """(line index, number, title) of the first activity the lines name."""
    for k, ln in enumerate(lines):
        m = NAMED.search(ln.text)
        if m:
            title = _TITLE_END.split(m.group("rest"), maxsplit=1)[0].strip()
            return k, m.group("num"), title if title[:1].isupper() else ""
    return None


def _claim(lines: list[Line]) -> Decimal | None:
    """The claim the agency's part states: an amount in a sentence that speaks of the claim,
    else the first amount it names."""
    text = " ".join(ln.text.strip() for ln in lines)
    sentences = re.split(r"(?<=[.!?])\s+", text)
    found = [(bool(_CLAIM_CUE.search(s)), m.value) for s in sentences for m in find_money(s, money_context=True)]
    cued = [v for cue, v in found if cue] or [v for _, v in found]
    return cued[0] if cued else None


def _pair_starts(lines: list[Line]) -> list[int]:
    """Where each pair begins: at each agency label, or (without agency labels) at the line
    above each answer that names an activity."""
    agency = [k for k, ln in enumerate(lines) if _label(_AGENCY_LABEL, ln.text)]
    answers = [k for k, ln in enumerate(lines) if any(_label(_ANSWER_LABEL, part.text) for part in _at_labels(ln))]
    if len(answers) < MIN_PAIRS:
        return []
    if len(agency) >= len(answers):
        return agency
    return [k for k, ln in enumerate(lines) if NAMED.search(ln.text) and any(a > k for a in answers)]


def _heading_above(lines: list[Line], start: int, floor: int) -> int:
    """The pair's heading: the line right above its agency label where that line names the
    activity ("Aktivitet 1, Fältassistenter Araby (110 000 kr)" over "Socialstyrelsens bedömning: …")."""
    above = start - 1
    names = above >= floor and NAMED.search(lines[above].text) and not _label(_ANSWER_LABEL, lines[above].text)
    return above if names else start


def prefer_pairs(paired: list[Section], sections: list[Section]) -> bool:
    """The pairs are the activities where they find more than the headings did, or as many but
    by the numbers the pairs name (the headings' reader numbered them in order)."""
    numbers = [s.number for s in paired]
    if len(set(numbers)) < len(numbers):
        return False  # two pairs naming one activity: the pairs are not the activities
    return len(paired) > len(sections) or (len(paired) == len(sections) > 0 and numbers != [s.number for s in sections])


def lend_voices(paired: list[Section], sections: list[Section]) -> None:
    """Where the headings found the same activities as the pairs, the pairs' labels still say
    whose words are whose under each."""
    if [s.number for s in paired] != [s.number for s in sections]:
        return
    for sec, pair in zip(sections, paired, strict=True):
        sec.voices = sec.voices or pair.voices


def qa_sections(doc: IngestedDocument, lines: list[Line]) -> list[Section]:
    """The activities of a sheet of labelled pairs, one section per pair that names an activity;
    [] where the lines hold fewer than two answers."""
    from .structure import Section

    starts = _pair_starts(lines)
    sections: list[Section] = []
    bounds = [_heading_above(lines, s, floor) for s, floor in zip(starts, [0, *starts], strict=False)]
    for k, start in enumerate(bounds):
        end = bounds[k + 1] if k + 1 < len(bounds) else len(lines)
        pair = lines[start:end]
        named = _named_activity(pair)
        if named is None:
            continue
        at, number, title = named
        voices = split_voices(doc, pair if _label(_AGENCY_LABEL, pair[0].text) else pair[1:])
        agency_part = [pair[0], *(voices[0] if voices else pair[: at + 1])]
        sec = Section(number, title, _claim(agency_part), pair[0], pair[1:])
        sec.amount_stated = sec.amount is not None
        sec.voices = voices
        sections.append(sec)
    return sections if len(sections) >= MIN_PAIRS else []
