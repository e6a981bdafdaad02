"""Structure: a response's table of contents, activity sections, attachment list, references to
attachments and payment tables; the document's kind. Works on the ingest stage's lines."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache
from pathlib import Path

from rapidfuzz import fuzz

from .attachlist import AttachmentItem, AttachmentRef, cited_rows, expand_ref_spec, find_refs, parse_attachment_list  # noqa: F401
from .claim_fields import reclaimed_amount
from .claim_sums import ITEM_LINES, settle_claims, sum_under_items, sums_the_lines_above
from .decks import deck_sections
from .footnotes import Footnote, find_footnotes, footnote_refs
from .form_fields import FORM_FIELD_LINES, FormAnswer, claim_below_label, form_answer, title_field
from .forms import Form, read_form
from .heading_schemes import scheme_word, scheme_words, without_scheme, without_typed_marks
from .heading_votes import Candidate, score_set, summary_after, voted_headings, without_claim_label
from .ingest import IngestedDocument, Line, PageText
from .ingest.model import Box
from .numbering import NUMBER_LIST, PART_LETTER, REGISTER_NUMBER, is_register_number, leading_value, number_key, numbers_named
from .qa_pairs import lend_voices, prefer_pairs, qa_sections
from .reason_groups import reason_group_sections
from .response_cues import MUNICIPALITY_STANCE, PRESS_LABEL, RESPONSE_TITLE, answers_the_reclaim, reads_as_response
from .runin import run_in_sections
from .swedish import SCALES, find_dates, find_money, parse_amount
from .title_parts import body_goes_on, tidy_titles, wrapped_title
from .tocline import drop_trailing_page, part_entry, toc_line, without_part_sections

MODELS = Path(__file__).resolve().parent.parent / "models"


@cache
def patterns(name: str) -> dict:
    return json.loads((MODELS / "patterns" / f"{name}.json").read_text(encoding="utf-8"))


@dataclass
class TocEntry:
    ordinal: int
    number: str | None
    title: str
    amount: Decimal | None
    page: int | None
    line: Line
    found_page: int | None = None


@dataclass
class Section:
    number: str
    title: str
    amount: Decimal | None
    heading: Line
    lines: list[Line] = field(default_factory=list)  # body lines after the heading
    toc: TocEntry | None = None
    amount_line: Line | None = None  # "Belopp som återkrävs: 88 400 kr" under the heading
    amount_stated: bool = False  # the amount stands in the heading, the contents or an amount line
    cells: dict[str, Line | None] | None = None  # a table row's cells by column role (pipeline.layout)
    form_answer: FormAnswer | None = None  # the position a printed form ticks (pipeline.form_fields)
    reason_heads: list[Line] = field(default_factory=list)  # the agency's reasons it is listed under (pipeline.reason_groups)
    voices: tuple[list[Line], list[Line]] | None = None  # the agency's lines and the answer's, by their labels (pipeline.qa_pairs)
    scattered: bool = False  # its lines stand apart, under several reasons: found by line, not by range
    signals: list[str] = field(default_factory=list)  # the signals that agree with its heading (pipeline.heading_votes)

    @property
    def page_start(self) -> int:
        return self.heading.page_no

    @property
    def page_end(self) -> int:
        return self.lines[-1].page_no if self.lines else self.heading.page_no


@dataclass
class GrantPayment:
    activity_no: str | None
    reference: str
    payment_date: object
    recipient: str
    description: str
    amount: Decimal | None
    page: int
    order: int


@dataclass
class Segment:
    """A run of words on a line that no column gap separates."""

    text: str
    x0: float
    x1: float
    top: float
    line: int  # start offset of its line in the page text
    start: int  # offsets of the segment in the page text
    end: int


COLUMN_GAP = 14.0  # points between words that separate two columns


def segments(page: PageText) -> list[list[Segment]]:
    """Each non-empty line of the page as its column segments, from the word boxes (computed
    once per page: the table, payment and invoice readers all ask; callers only read them)."""
    cached = page.__dict__.get("_segments")
    if cached is None:
        cached = page.__dict__["_segments"] = _line_segments(page)
    return cached


def _line_segments(page: PageText) -> list[list[Segment]]:
    lines = [ln for ln in page.lines() if ln.text.strip()]
    words = [[(m.start() + ln.start, m.end() + ln.start, m.group()) for m in _WORD.finditer(ln.text)] for ln in lines]
    # every word's box in one vectorised pass over the page (the same values as page.box)
    token_boxes = page.token_boxes()  # the words are the page's tokens (\S+ does not cross a line)
    boxes = iter([token_boxes[s] for line_words in words for s, _, _ in line_words])
    runs = [_column_runs(line_words, boxes) for line_words in words]
    seg_boxes = iter(page.boxes_of([(run[0][0], run[-1][1]) for line_runs in runs for run in line_runs]))
    return [[_segment(page, run, ln.start, next(seg_boxes)) for run in line_runs] for ln, line_runs in zip(lines, runs, strict=True)]


_WORD = re.compile(r"\S+")


def _column_runs(words: list[tuple[int, int, str]], boxes: Iterator[Box | None]) -> list[list[tuple[int, int, str]]]:
    """A line's words split where a column gap separates two of them (`boxes`: theirs in order)."""
    runs: list[list[tuple[int, int, str]]] = []
    cur: list[tuple[int, int, str]] = []
    prev_box = None
    for word in words:
        b = next(boxes)
        if cur and b and prev_box and b[0] - prev_box[2] > COLUMN_GAP:
            runs.append(cur)
            cur = []
        cur.append(word)
        prev_box = b or prev_box
    if cur:
        runs.append(cur)
    return runs


COLUMN_SLACK = 2.0  # points a cell may start left of its header


def column_of(heads: list[Segment], seg: Segment) -> int:
    """The header column a cell stands under: the header it overlaps most; else the last header
    starting left of it (numbers are right-aligned under left-aligned headers); else the first."""
    overlaps = [min(h.x1, seg.x1) - max(h.x0, seg.x0) for h in heads]
    best = max(range(len(heads)), key=lambda k: overlaps[k])
    if overlaps[best] > 0:
        return best
    left = [k for k, h in enumerate(heads) if h.x0 <= seg.x0 + COLUMN_SLACK]
    return left[-1] if left else 0


def _segment(page: PageText, words: list[tuple[int, int, str]], line_start: int, b: Box | None = None) -> Segment:
    """The segment of `words` (`b`: their span's box when already known)."""
    b = b or page.box(words[0][0], words[-1][1])
    return Segment(
        page.text[words[0][0] : words[-1][1]],
        b[0] if b else 0.0,
        b[2] if b else 0.0,
        b[1] if b else 0.0,
        line_start,
        words[0][0],
        words[-1][1],
    )


@dataclass
class SummaryRow:
    label: str
    activity_no: str | None
    amounts: dict[str, Decimal | None]  # column role -> amount
    spans: dict[str, tuple[int, int]]  # column role -> offsets of the cell in the page text
    is_total: bool
    page: int
    line: int  # start offset of the row's line
    words: str = ""  # its cells under a column of words ("Kommunens inställning": "Medges delvis")


@dataclass
class SummaryTable:
    columns: list[str]  # column roles in order: claimed | accepted | disputed | amount
    rows: list[SummaryRow]
    page: int


_COLUMN_ROLES = [
    ("accepted", re.compile(r"medge\w*|godta\w*|godkän\w*|återbetala\w*|accepter\w*|återförs?", re.I)),
    ("disputed", re.compile(r"ifrågasätt\w*|bestr\w*|tillbakavis\w*|återstår", re.I)),
    ("claimed", re.compile(r"belopp|återkr\w*|krav\w*|summa|kronor|\bkr\b|sek", re.I)),
]
_SUMMARY_HINT = re.compile(
    r"(?im)^[^\n]{0,80}\b(medge\w*|godta\w*|godkän\w*|ifrågasätt\w*|bestr\w*|belopp|summa|"
    r"återkrävt|krav)\b[^\n]{0,80}$"
)
_TOTAL_ROW = re.compile(r"^\s*(summa|totalt|total|sammanlagt|samtliga)\b", re.I)


def _header_unit(header: str) -> Decimal:
    """What a bare number under this header counts: 'Belopp (tkr)' thousands of kronor, by the
    grammar's own scale words."""
    return next((SCALES[w] for w in re.findall(r"[a-zåäö]+", header.lower()) if w in SCALES), Decimal(1))


# a column that names the row's activity beside its number column ("Nr | Aktivitet | Belopp"): part of the row's label
_NAME_COLUMN = re.compile(r"^\s*(aktivitet(en)?|insats(en)?|åtgärd(en)?|projekt(et)?|benämning|namn|rubrik|beskrivning)\s*$", re.I)
# a column of words beside the money: the municipality's position, a comment
_TEXT_COLUMN = re.compile(r"inställning|ställningstagande|ståndpunkt|kommentar|status|bedömning", re.I)
_ROW_NUMBER = re.compile(r"^\s*(?:aktivitet|punkt|insats)?\s*(\d{1,3}(?:\.\d{1,2})*)\b", re.I)
Column = tuple[str, Segment]  # role ("claimed", "accepted", "disputed", "text"), header segment


SENTENCE_WORDS = 3  # a cell of more words than this ending in a full stop is a sentence, not a label


def _reads_as_label(text: str) -> bool:
    """A header label names a column; a cell that states an amount or ends a sentence ("Medges
    delvis: fika, 5 400 kr.") is a body row's wrapped line."""
    sentence = text.rstrip().endswith(".") and len(text.split()) > SENTENCE_WORDS
    return not sentence and not find_money(text)


def _summary_columns(head: list[Segment]) -> list[Column] | None:
    """The header's columns after the label column, each a money role or a column of words;
    None unless every column is one of those and one at least holds money."""
    if len(head) < 2 or head[0].text[:1].islower() or not all(_reads_as_label(seg.text) for seg in head):
        return None  # lower case in the label column: a wrapped sentence's end, not a header
    cols: list[Column] = []
    for seg in head[1:]:
        role = "name" if not cols and _NAME_COLUMN.match(seg.text) else next((r for r, rx in _COLUMN_ROLES if rx.search(seg.text)), None)
        role = role or ("text" if _TEXT_COLUMN.search(seg.text) else None)
        if role is None:
            return None
        cols.append((role, seg))
    return cols if any(r not in ("text", "name") for r, _ in cols) else None


def _cell_value(cell: str, header: str) -> Decimal | None:
    """A bare number counts what its header says ("Belopp (tkr)"); an amount with its currency
    is read as written."""
    bare = parse_amount(cell)
    if bare is not None:
        return bare * _header_unit(header)
    return next((m.value for m in find_money(cell, money_context=True)), None)


def _split_at_columns(page: PageText, seg: Segment, heads: list[Segment]) -> list[Segment]:
    """A segment that runs under two headers (a right-aligned amount closer to the next
    column's words than the column gap: "212 480 Godtas delvis"), split word by word at the
    header columns."""
    parts: list[tuple[int, list[tuple[int, int, str]]]] = []
    for m in re.finditer(r"\S+", page.text[seg.start : seg.end]):
        s, e = seg.start + m.start(), seg.start + m.end()
        b = page.box(s, e)
        col = column_of(heads, Segment(m.group(), b[0], b[2], b[1], seg.line, s, e)) if b else (parts[-1][0] if parts else 0)
        if parts and parts[-1][0] == col:
            parts[-1][1].append((s, e, m.group()))
        else:
            parts.append((col, [(s, e, m.group())]))
    return [_segment(page, words, seg.line) for _, words in parts] if len(parts) > 1 else [seg]


def _summary_row(page: PageText, segs: list[Segment], cols: list[Column]) -> SummaryRow | None:
    """A body row of a summary table: its label and its money cells; None where it has none."""
    label = segs[0].text if segs else ""
    values: dict[str, Decimal | None] = {}
    spans: dict[str, tuple[int, int]] = {}
    words: list[str] = []
    heads = [c for _, c in cols]
    for k, seg in _placed_cells(page, segs[1:], heads):
        role, col = cols[k]
        if role == "name":
            label = f"{label} {seg.text}"  # the number column and the name column label the row together
            continue
        value = _cell_value(seg.text, col.text) if role != "text" else None
        if value is None and re.search(r"[A-Za-zÅÄÖåäö]{3}", seg.text):
            words.append(seg.text)  # under a column of words, or words slid under a money header
        if role != "text" and (value is not None or role not in values):
            values[role], spans[role] = value, (seg.start, seg.end)
    if all(v is None for v in values.values()):
        return None
    num = _ROW_NUMBER.match(label)
    return SummaryRow(
        label, num.group(1) if num else None, values, spans, bool(_TOTAL_ROW.match(label)), page.page_no, segs[0].line, " ".join(words)
    )


def _header_cells(page: PageText, rows: list[list[Segment]], i: int) -> list[Segment]:
    """Row i as a header: where its words run over two columns (a right-aligned amount column
    beside a column of words: "Återkrävt Kommunens inställning"), split at the cells below."""
    head = rows[i]
    if i + 1 < len(rows) and len(rows[i + 1]) > len(head):
        return [part for seg in head for part in (_split_at_columns(page, seg, rows[i + 1]) if _names_two_roles(seg.text) else [seg])]
    return head


def _names_two_roles(text: str) -> bool:
    """A header segment whose words name two columns (a money role and another, or a column of
    words): only such a segment is two headers run together."""
    roles = {r for r, rx in _COLUMN_ROLES if rx.search(text)} | ({"text"} if _TEXT_COLUMN.search(text) else set())
    return len(roles) >= 2


SUMMARY_HEADING_WORDS = 6  # a line this short above a summary table is the table's heading


def end_before_summary(sections: list[Section], tables: list[SummaryTable]) -> None:
    """A summary table that lists several activities, inside the last activity's text, ends that
    activity: its rows, header and heading state every activity's figures, not the last one's."""
    if not sections:
        return
    last, numbers = sections[-1], {s.number for s in sections}
    for t in tables:
        if len({r.activity_no for r in t.rows} & numbers) < 2:
            continue
        first = (t.rows[0].page, t.rows[0].line)
        if first < (last.heading.page_no, last.heading.start):
            continue  # a table before the activities: a summary up front
        cut = next((k for k, ln in enumerate(last.lines) if (ln.page_no, ln.start) >= first), None)
        if cut is None:
            continue
        cut = max(cut - 1, 0)  # the header row
        if cut > 0 and len(last.lines[cut - 1].text.split()) <= SUMMARY_HEADING_WORDS and not last.lines[cut - 1].text.endswith("."):
            cut -= 1
        del last.lines[cut:]
        return


HEADER_WRAP = 16.0  # points above or below a header's first line where its wrapped words may stand
HEADER_WRAP_LINES = 8  # lines a wrapped header may take (each label part may be a line of its own)


def _wrapped_header(rows: list[list[Segment]], i: int) -> tuple[list[Segment], int]:
    """A header whose labels wrap over lines ("Återkrävt belopp" / "(kr)", "Regionens" /
    "inställning"), which ingest gives as lines of their own: the labels joined by the column
    they stand in, and the number of lines taken. Lines with an amount are body rows."""
    head = list(rows[i])
    taken = 1
    for segs in rows[i + 1 : i + 1 + HEADER_WRAP_LINES]:
        if not head or abs(segs[0].top - head[0].top) > HEADER_WRAP or any(parse_amount(x.text) is not None for x in segs):
            break
        for seg in segs:
            head = _join_label(head, seg)
        taken += 1
    return head, taken


def _join_label(head: list[Segment], seg: Segment) -> list[Segment]:
    """The header with a wrapped word joined to the label it stands under, or as a new column."""
    k = next((k for k, h in enumerate(head) if min(h.x1, seg.x1) - max(h.x0, seg.x0) > 0), None)
    if k is None:
        return sorted([*head, seg], key=lambda h: h.x0)
    h = head[k]
    joined = Segment(h.text + " " + seg.text, min(h.x0, seg.x0), max(h.x1, seg.x1), h.top, h.line, h.start, h.end)
    return [*head[:k], joined, *head[k + 1 :]]


CAPTION_WORDS = 6  # a line this short over a table's header is its caption


def _with_caption_unit(cols: list[Column], caption: list[Segment]) -> list[Column]:
    """'Sammanfattning (tkr)' over the header: the caption's unit counts the money columns whose
    own header names none."""
    text = " ".join(seg.text for seg in caption)
    unit = _header_unit(text)
    if unit == 1 or len(text.split()) > CAPTION_WORDS:
        return cols
    word = next(w for w in re.findall(r"[a-zåäö]+", text.lower()) if w in SCALES)
    return [
        (role, replace(seg, text=f"{seg.text} ({word})")) if role != "text" and _header_unit(seg.text) == 1 else (role, seg)
        for role, seg in cols
    ]


# two header labels a word processor's tab stops ran together: "ÅterkrävtÅterbetalas"
_GLUED_LABELS = re.compile(r"(?<=[a-zåäö])(?=[A-ZÅÄÖ][a-zåäö])")


def _sub_segment(page: PageText, seg: Segment, a: int, z: int) -> Segment:
    """The part [a, z) of a segment (offsets into its text), with that part's own box; where the
    text layer boxed the run-together characters poorly (narrower than half their share of the
    segment), placed by its share of the characters."""
    per_char = (seg.x1 - seg.x0) / max(len(seg.text), 1)
    x0, x1 = seg.x0 + per_char * a, seg.x0 + per_char * z
    b = page.box(seg.start + a, seg.start + z)
    if b and b[2] - b[0] >= (x1 - x0) / 2:
        x0, x1 = b[0], b[2]
    return Segment(seg.text[a:z], x0, x1, seg.top, seg.line, seg.start + a, seg.start + z)


LABEL_WORDS = 3  # words of a header cell whose glued labels are taken apart


def _unglued_labels(page: PageText, seg: Segment) -> list[Segment]:
    """Header labels glued at a capital ("ÅterkrävtÅterbetalas"): one segment per label."""
    cuts = [0, *(m.start() for m in _GLUED_LABELS.finditer(seg.text)), len(seg.text)]
    if len(cuts) == 2 or re.search(r"\d", seg.text) or len(seg.text.split()) > LABEL_WORDS:
        return [seg]
    return [_sub_segment(page, seg, a, z) for a, z in zip(cuts, cuts[1:], strict=False)]


def _unglued(page: PageText, segs: list[Segment]) -> list[Segment]:
    """A line's segments with the header labels a tab-stop layout ran together taken apart."""
    return [part for seg in segs for part in _unglued_labels(page, seg)]


def _glued_amounts(page: PageText, seg: Segment) -> list[Segment]:
    """A cell holding only amounts run together ("104.000:-12.000:-"): one segment per amount."""
    ms = find_money(seg.text, money_context=True)
    between = "".join(seg.text[a.end : b.start] for a, b in zip(ms, ms[1:], strict=False))
    if len(ms) < 2 or between.strip() or seg.text[: ms[0].start].strip() or seg.text[ms[-1].end :].strip():
        return []
    return [_sub_segment(page, seg, m.start, m.end) for m in ms]


def _placed_cells(page: PageText, cells: list[Segment], heads: list[Segment]) -> list[tuple[int, Segment]]:
    """Each cell (or part of one) with the header column it stands under. Amounts run together
    fill the columns from the first one's in their order: a tab stop's place is lost with its space."""
    out: list[tuple[int, Segment]] = []
    for cell in cells:
        glued = _glued_amounts(page, cell)
        if glued:
            first = column_of(heads, glued[0])
            out += [(min(first + k, len(heads) - 1), part) for k, part in enumerate(glued)]
        else:
            out += [(column_of(heads, part), part) for part in _split_at_columns(page, cell, heads)]
    return out


def _columns_at(page: PageText, rows: list[list[Segment]], i: int) -> tuple[list[Column] | None, int]:
    """The summary columns of a header at row i (wrapped over lines or not), its caption's unit
    applied, and the number of lines the header takes."""
    head, taken = _wrapped_header(rows, i)
    cols = _summary_columns(head) if taken > 1 else None
    if cols is None:
        cols, taken = _summary_columns(_header_cells(page, rows, i)), 1
    if cols and i > 0:
        cols = _with_caption_unit(cols, rows[i - 1])
    return cols, taken


def _body_rows(page: PageText, rows: list[list[Segment]], cols: list[Column]) -> list[SummaryRow]:
    """The rows under a header, up to the first that holds no amount."""
    body: list[SummaryRow] = []
    for segs in rows:
        row = _summary_row(page, segs, cols)
        if row is None:
            break
        body.append(row)
    return body


def _page_summary_tables(page: PageText) -> list[SummaryTable]:
    """The summary tables on one page, header by header."""
    tables: list[SummaryTable] = []
    rows = [_unglued(page, segs) for segs in segments(page)]
    i = 0
    while i < len(rows):
        cols, taken = _columns_at(page, rows, i)
        body = _body_rows(page, rows[i + taken :], cols) if cols else []
        if cols and body:
            tables.append(SummaryTable([r for r, _ in cols if r not in ("text", "name")], body, page.page_no))
        i += (taken if body else 1) + len(body)
    return tables


def find_summary_tables(doc: IngestedDocument) -> list[SummaryTable]:
    """Tables whose header names money columns ("Insats | Belopp | Medges | Ifrågasätts", and
    perhaps a column of words: "Kommunens inställning") and whose rows carry amounts; bare
    numbers under such headers are money. Word boxes only where a header could be: most pages
    are prose."""
    return [t for page in doc.pages if _SUMMARY_HINT.search(page.text) for t in _page_summary_tables(page)]


@dataclass
class StructuredDocument:
    ingested: IngestedDocument
    kind: str
    toc: list[TocEntry] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    attachment_list: list[AttachmentItem] = field(default_factory=list)
    refs: list[AttachmentRef] = field(default_factory=list)
    grant_payments: list[GrantPayment] = field(default_factory=list)
    table_lines: set[tuple[int, int]] = field(default_factory=set)  # (page, line index) inside tables
    table_scales: dict[tuple[int, int], Decimal] = field(default_factory=dict)  # rows under a "(tkr)" header
    summary_tables: list[SummaryTable] = field(default_factory=list)
    layout_tables: list = field(default_factory=list)  # pipeline.layout.LayoutTable: every table found
    quoted: list[Line] = field(default_factory=list)  # an e-mail reply's quoted message (the agency's, as a rule)
    closing: list[Line] = field(default_factory=list)  # after the last activity: a conclusion, positions on several
    form: Form | None = None  # an answer form's fields (pipeline.forms)

    def section_of(self, page_no: int, start: int) -> Section | None:
        for s in self.sections:
            if s.scattered and any(ln.page_no == page_no and ln.start <= start <= ln.end for ln in [s.heading, *s.lines]):
                return s
        for s in self.sections:
            if s.scattered:
                continue
            first = (s.heading.page_no, s.heading.start)
            # a claim line that runs on into the paragraph ("Återkrävt belopp: 33 750 kronor. Socialstyrelsen …") is the section's too
            ends = [(ln.page_no, ln.end) for ln in (s.heading, s.amount_line, *s.lines[-1:]) if ln is not None]
            if first <= (page_no, start) <= max(ends):
                return s
        return None


# --------------------------------------------------------------------------------------------


def flow(doc: IngestedDocument) -> list[Line]:
    return [ln for p in doc.pages for ln in p.lines() if ln.text.strip()]


_TOC_HEAD = re.compile(r"^\s*(innehåll|innehållsförteckning|innehållsregister)\s*:?\s*$", re.IGNORECASE)
# a separator may stand between the number and the title: "2 – …", "2 · …", "2 | …"
_NUMBERED = re.compile(
    r"^(?:(?:aktivitet|punkt|insats|åtgärd|post|projekt)\s+(?:nr\.?\s*|nummer\s+)?|§\s*)?(?P<num>"
    + REGISTER_NUMBER
    + r"|\d{1,3}(?:\.\d{1,2})*|(?-i:[IVX]{1,5})(?=[.:)])|(?-i:[A-Za-z])(?=[.)]\s))(?:\s*[.:)]|(?=\s))\s*(?:[–—·•|-]\s*)?(?P<title>\S.*)$",
    re.IGNORECASE,
)
_AMOUNT_TAIL = re.compile(r"^(?P<title>.*?)\s*[(\[](?P<amount>[^()\[\]]*\d[^()\[\]]*)[)\]]\s*$")
# "Title – 45 000 kr", "Title, 45 000 kr", "Title: 78 250,50 kr", "Title SEK 12 500": an amount with
# its currency ending the heading, after a dash, comma, colon or a space
# "Title ........ 57.600:-": the amount pushed to the right margin by a dotted tab leader
_AMOUNT_DASH = re.compile(
    r"^(?P<title>.*?\S)(?:\s*(?:\.{3,}|…+|_{3,})\s*|(?:\s+[–-]|\s*[,:;])?\s+)(?P<amount>(?:(?:SEK|kr\.?|kronor)\s*)?"
    r"(?:\d{1,3}(?:[  .]\d{3})+|\d+)(?:,\d{1,2})?\s*(?:kr|(?:svenska\s+)?kronor|:-|SEK|tkr|mnkr)?\.?)\s*$"
)
_AMOUNT_LINE = re.compile(
    r"^(?:(?:belopp\w*|återkr(?:av|ävt|ävs)\w*|summa|krav|(?:re)?claimed amount|amount (?:re)?claimed)\b[^:]{0,40}:"
    r"|belopp som återkrävs\s*:?)\s*(?P<amount>.+)$",
    re.IGNORECASE,
)
# the label without its colon ("Återkrävt belopp 33 000,-"): then the amount must end the line,
# or a sentence that opens with the claim ("Återkravet uppgår till 57 300 kr. …") would be taken
_AMOUNT_LINE_BARE = re.compile(
    r"^(?:belopp\w*|återkr(?:av|ävt|ävs)\w*|krav\w*)(?:\s+[a-zåäö]+){0,3}\s+"
    r"(?P<amount>(?:(?:SEK|kr|kronor)\s*)?\d[\d  .]*(?:,\d{1,2})?\s*(?:kr|kronor|:-|,-|SEK|tkr|mnkr)?)\s*$",
    re.IGNORECASE,
)


def amount_line(text: str) -> re.Match | None:
    """A line that states a claim under its label: 'Belopp: 96 000:-', 'Återkrävt belopp 33 000,-'."""
    text = without_typed_marks(text)
    return _AMOUNT_LINE.match(text) or _AMOUNT_LINE_BARE.match(text)


def split_amount(title: str) -> tuple[str, Decimal | None]:
    """'Street sessions (438 711,88 kronor)' -> ('Street sessions', 438711.88)."""
    for rx in (_AMOUNT_TAIL, _AMOUNT_DASH):
        m = rx.match(title)
        if m:
            ms = find_money(m.group("amount"), money_context=True)
            if ms:
                return without_claim_label(m.group("title")), ms[0].value
    return title.strip(), None


def _toc_entry(ln: Line, text: str, page: int, pending: str | None, ordinal: int, schemes: set[str]) -> TocEntry:
    """A contents line with its page number read: its number, title and amount. A title that
    starts in lower case continues the entry's first line ("1. Ett långt namn som bryts" +
    "över två rader (…) …… 2")."""
    title = text.strip()
    if pending and not _NUMBERED.match(title) and title[:1].islower():
        title = pending + " " + title
    part = part_entry(drop_trailing_page(title, page).rstrip(" .…,;:"), schemes)
    if part:  # "Del 2 Kommunens synpunkter": a part of the report, not an activity
        return TocEntry(ordinal, part[0], part[1], None, page, ln)
    # a page number that wrapped into the title: "... (553 934,55 kronor) 4 .... 4"
    title = _without_scheme(drop_trailing_page(title, page).rstrip(" .…,;:"), schemes)
    num = None
    nm = _NUMBERED.match(title)
    if nm and not re.fullmatch(r"\d{4}", nm.group("num")):
        num, title = nm.group("num"), nm.group("title")
    title, amount = split_amount(title)
    return TocEntry(ordinal, num, title, amount, page, ln)


def _numbering_restarts(bare: tuple[str, str, Decimal], entries: list[TocEntry]) -> bool:
    """A number at or below the last entry's: the body's first heading, the contents are over."""
    last_no = next((e.number for e in reversed(entries) if e.number), None)
    return bool(last_no) and _number_key(bare[0]) <= _number_key(last_no or "")


def _wrapped_start(text: str) -> str | None:
    """A numbered line without a page: an entry's first line, wrapped before its amount and page."""
    return text.strip() if _NUMBERED.match(text.strip()) and len(text) < 200 else None


def _read_toc_line(ln: Line, toc_page: int, entries: list[TocEntry], pending: str | None, schemes: set[str]) -> TocEntry | str:
    """A contents line as an entry, or what it is instead: "end" (the numbering starts again:
    the body's first heading) or "miss" (no entry here)."""
    m = toc_line(ln.text)
    bare = _toc_entry_without_page(ln.text) if not m and ln.page_no == toc_page else None
    if bare:  # an entry whose page number is unreadable (a scan) or not printed
        return "end" if _numbering_restarts(bare, entries) else TocEntry(len(entries) + 1, *bare, None, ln)
    if not m or m[1] == 0:
        return "miss"
    return _toc_entry(ln, m[0], m[1], pending, len(entries) + 1, schemes)


def parse_toc(lines: list[Line]) -> tuple[list[TocEntry], set[int]]:
    """The table of contents' entries, and the indices (into `lines`) of its lines."""
    head = next((i for i, ln in enumerate(lines) if _TOC_HEAD.match(ln.text)), None)
    if head is None:
        return [], set()
    entries: list[TocEntry] = []
    misses = 0
    pending: str | None = None
    schemes = scheme_words(ln.text for ln in lines)  # "Del A …" in the contents as in the body
    for ln in lines[head + 1 :]:
        got = _read_toc_line(ln, lines[head].page_no, entries, pending, schemes)
        if got == "end" or (got == "miss" and misses >= 1 and entries):
            break  # the body begins: its first heading, or a second line that is no entry
        if isinstance(got, TocEntry):
            entries.append(got)
            misses, pending = 0, None
        else:
            misses, pending = misses + 1, _wrapped_start(ln.text)
    # the contents' own lines: its heading to its last entry (a short contents shares its page)
    last = max((i for i, ln in enumerate(lines) if entries and ln is entries[-1].line), default=head)
    return entries, set(range(head, last + 1))


def _number_key(num: str) -> tuple[int, ...]:
    return tuple(int(x) for x in num.split(".") if x.isdigit())


_LEADER_END = re.compile(r"(?:\s*(?:\.{2,}|…+|[.,;:])\s*)$")


def _toc_entry_without_page(text: str) -> tuple[str, str, Decimal] | None:
    """A numbered contents entry that ends with its amount in brackets and no page number:
    (number, title, amount)."""
    text = _LEADER_END.sub("", text.strip())
    nm = _NUMBERED.match(text)
    if not nm or not text.endswith((")", "]")) or re.fullmatch(r"\d{4}", nm.group("num")):
        return None
    title, amount = split_amount(nm.group("title"))
    return (nm.group("num"), title, amount) if amount is not None else None


# "1.2 Insats: Sommarlovsbuss": the scheme word after the number labels the title
_SCHEME_LABEL = re.compile(r"^(?:aktivitet|insats|åtgärd|projekt|punkt)\s*:\s*", re.IGNORECASE)


HEADING_MAX_CHARS = 250  # a heading's line, title and amount: a longer line is a paragraph (but for a run-in heading)
RUN_IN_TITLE_WORDS = 12  # words of a run-in heading's title before its sentence ends and the body goes on
# "Sommarfritids (22 000 kr). Socialstyrelsen bedömer …": a title, its amount, then the body's first sentence
_RUN_IN = re.compile(r"^(?P<title>[^.!?()]{2,150}?(?:\s*\([^()]*\))?)[.!?]\s+(?=[A-ZÅÄÖ])")
_SENTENCE_GOES_ON = re.compile(r"[.!?]\s+(?=[A-ZÅÄÖ])")


def _run_in(title: str) -> str | None:
    """The title of a run-in heading whose title states its claim, or whose line goes on into a
    sentence in the agency's voice or about the reclaim ("Fältassistenter i Flemingsberg.
    Socialstyrelsen bedömer att …"), the body following on its line."""
    m = _RUN_IN.match(title)
    if not m or len(m.group("title").split()) > RUN_IN_TITLE_WORDS:
        return None
    if split_amount(m.group("title"))[1] is not None:
        return m.group("title")
    body = title[m.end() :]
    voiced = _RECLAIM_CUE.search(body) is not None or _agency_sentence().match(body) is not None
    return m.group("title") if voiced and body_goes_on(body) else None


def run_in_rest(ln: Line, title: str) -> Line | None:
    """The body that goes on after a run-in heading's title on its line, as a line of its own."""
    at = ln.text.find(title)
    end = _SENTENCE_GOES_ON.search(ln.text, at + len(title)) if at >= 0 else None
    if end is None or not _run_in(ln.text[at:]):
        return None
    return replace(ln, start=ln.start + end.end(), text=ln.text[end.end() :])


def _claim_after_run_in(rest: str) -> Decimal | None:
    """'… i Kuggeboda. Återkrav SEK 22.600,00. Socialstyrelsen …': the sentence after a run-in
    title as a labelled amount, the claim."""
    first = _SENTENCE_GOES_ON.split(rest.lstrip(" .!?"), maxsplit=1)[0].rstrip(" .")
    ms = find_money(first, money_context=True) if amount_line(first) else []
    return ms[0].value if len(ms) == 1 else None


def _heading_parts(text: str) -> tuple[str, str, Decimal | None] | None:
    m = _NUMBERED.match(text)
    if not m:
        return None
    title = _SCHEME_LABEL.sub("", m.group("title").strip())
    if not title[:1].isupper() and not title[:1].isdigit() and _named_inside(title) is None:
        return None  # lower case: a sentence's line, unless it names the activity ("Beslutspunkt 2 – aktivitet 4, …")
    run_in = _run_in(title)
    if run_in is None and len(text) > HEADING_MAX_CHARS:
        return None  # a numbered paragraph, not a heading
    rest = title[len(run_in) :] if run_in else ""
    title = run_in or title
    title, amount = split_amount(title)
    amount = amount if amount is not None or not rest else _claim_after_run_in(rest)
    if title.endswith(".") and amount is None:
        return None  # a sentence in a numbered list, not a heading
    return m.group("num"), title, amount


_RECLAIM_CUE = re.compile(r"\b(socialstyrelsen\w*|återkr\w*|återkrav\w*)\b", re.IGNORECASE)
# the municipality's answer, not the claim: "Kommunen medger återbetalning av 50 000 kronor av beloppet"
_REPAYS = re.compile(r"\b(återbetal\w*|betala\w* tillbaka|medge[rs]?|godta[rs]?|accepter(?:a|ar|as)|återför\w*)\b", re.IGNORECASE)


def _contents_heads(lines: list[Line], body: list[tuple[int, Line]], numbered: list[TocEntry]) -> list:
    """Signal 'contents': body headings that match the contents' numbered entries in order."""
    heads: list[tuple[int, str, str, Decimal | None, TocEntry | None]] = []
    want = 0
    schemes = scheme_words(ln.text for _, ln in body)
    for i, ln in body:
        if want >= len(numbered):
            break
        parts = _heading_parts(_without_scheme(ln.text, schemes))
        if not parts and i + 1 < len(lines) and "(" in ln.text and ")" not in ln.text:
            parts = _heading_parts(ln.text + " " + lines[i + 1].text)
        if not parts:
            continue
        num, title, amount = parts
        # the next expected entry, or one further on when a heading is missing in the body
        for k in range(want, min(want + 3, len(numbered))):
            e = numbered[k]
            if e.number == num and (fuzz.token_set_ratio(e.title.lower(), title.lower()) >= 60 or amount == e.amount):
                heads.append((i, num, title, amount, e))
                want = k + 1
                break
    return heads


MAX_CLAIMED_GAP = 9  # numbers a heading stating its claim may skip (activities not reclaimed)
_SCHEME_ONE = re.compile(r"^((?:aktivitet|punkt|insats|åtgärd|post|projekt)\s+)[Il|](?=\s+[A-ZÅÄÖ])", re.I)


_WORDED = re.compile(
    rf"^(?P<word>aktivitet|punkt|insats|åtgärd|post|projekt|[a-zåäö]+)\s+(?:nr\.?\s*)?(?:[\dIl|]|(?-i:{PART_LETTER})\b)", re.I
)


def _worded(text: str, schemes: set[str]) -> bool:
    if scheme_word(text, schemes):
        return True
    m = _WORDED.match(without_typed_marks(text))
    return m is not None and m.group("word").lower() in ("aktivitet", "punkt", "insats", "åtgärd", "post", "projekt")


def _without_scheme(text: str, schemes: set[str]) -> str:
    """'Aktivitet I Titel' (a scan's 1 read as a letter after the scheme word) -> 'Aktivitet 1
    Titel'; then without the document's scheme words (heading_schemes.without_scheme)."""
    return without_scheme(_SCHEME_ONE.sub(r"\g<1>1", without_typed_marks(text)), schemes)


Head = tuple[int, str, str, Decimal | None, TocEntry | None]  # line index, number, title, amount, contents entry


def _heading_candidates(body: list[tuple[int, Line]], schemes: set[str]) -> list[tuple[int, Line]]:
    """A document that numbers its headings with a word ("Aktivitet 3 …"): its bare numbers are
    table rows or lists, so only the worded lines are candidates there."""
    worded = [(i, ln) for i, ln in body if _worded(ln.text, schemes)]
    if len(worded) < 2:
        return body
    # two words number lines here ("Del 1. Sammanställning", "Nr 2 – …"): the outline's parts are
    # fewer than the activities they hold, so the word that numbers more lines numbers the activities
    counts = Counter(_scheme_of(ln.text, schemes) for _, ln in worded).most_common()
    if len(counts) > 1 and counts[0][1] > counts[1][1]:
        worded = [(i, ln) for i, ln in worded if _scheme_of(ln.text, schemes) == counts[0][0]]
    return worded


def _scheme_of(text: str, schemes: set[str]) -> str:
    m = scheme_word(text, schemes) or _WORDED.match(without_typed_marks(text))
    return " ".join(m.group("word").lower().split()) if m else ""


def _continues_sequence(num: str, amount: Decimal | None, expect: int, started: bool, amount_line: bool, worded: bool = False) -> bool:
    """Whether heading `num` is the next activity. The agency reclaims some activities of a
    numbered list ("Aktivitet 1, 3, 4, 7"): a heading that states its claim may skip numbers; one
    that does not must come next. A letter that keeps its report's numbering ("12. …" over a
    "Återkrävt: …" line) may start anywhere: the amount line vouches for the heading. So may
    headings a word numbers ("Aktivitet nr 12 – …"): they keep the agency's numbers, in order."""
    top = leading_value(num) or 0
    worded = worded or is_register_number(num)  # a register's serials skip the projects not reclaimed
    if (not started and amount_line) or (worded and top >= expect):
        return True
    skipped = amount is not None and expect < top <= expect + MAX_CLAIMED_GAP
    sub_item = started and top == expect - 1 and "." in num  # "2.3" after "2"
    return top == expect or skipped or sub_item


_BARE_WORDED = re.compile(r"^\s*(?:aktivitet|punkt|insats|åtgärd|projekt)\s+(?:nr\.?\s*)?(?P<num>\d{1,3})\s*[:.]?\s*$", re.I)
TITLE_BELOW_MAX = 120  # characters of a title printed on the line under "Aktivitet 3"


def _title_below(lines: list[Line], i: int) -> tuple[str, str, Decimal | None] | None:
    """'Aktivitet 3' on a line of its own, its title on the next ("Idrottsskola i centrum."), or
    its amount line there ("Belopp: 60 000:-"): then the heading is its own title."""
    m = _BARE_WORDED.match(lines[i].text)
    if not m or i + 1 >= len(lines):
        return None
    field = title_field(lines, i)
    if field:
        return m.group("num"), field, None  # a form's "Aktivitetens namn …" field
    title = wrapped_title(lines, i + 1)
    if amount_line(title):
        return m.group("num"), lines[i].text.strip(), None
    labelled = _LABELLED_VALUE.match(title)
    title = labelled.group("value") if labelled else title
    if len(title) > TITLE_BELOW_MAX or not title[:1].isupper():
        return None
    return m.group("num"), title.rstrip("."), None


# "Socialstyrelsens nr: 4 | Återkrävt: 143 750,00 kr", "Aktivitetsnummer: 12 · Belopp: 40 000 kr": a
# field line under a heading that holds only the activity's title
_NUMBER_FIELD = re.compile(
    r"^\s*(?:[A-ZÅÄÖ][\wåäö]*s\s+)?(?:nr|nummer|aktivitetsnummer|aktivitetsnr|löpnummer)\.?\s*:?\s*"
    r"(?P<num>\d{1,3}(?:\.\d{1,3}){0,2})\b(?P<rest>.*)$",
    re.IGNORECASE,
)
_FIELD_SEPARATOR = re.compile(r"\s[|·•;]\s")
TITLE_ABOVE_MAX_WORDS = 12  # a title alone on its heading line, its number in a field under it


def _number_below(lines: list[Line], i: int) -> tuple[str, str, Decimal | None] | None:
    """A heading of the title alone with the activity's number, and often its claim, in a field
    line under it."""
    m = _NUMBER_FIELD.match(lines[i + 1].text) if i + 1 < len(lines) else None
    title = lines[i].text.strip()
    if not m or not title[:1].isupper() or title.endswith((".", ":")) or len(title.split()) > TITLE_ABOVE_MAX_WORDS:
        return None
    amounts = [
        find_money(am.group("amount"), money_context=True)
        for f in _FIELD_SEPARATOR.split(m.group("rest"))
        if (am := amount_line(f.strip()))
    ]
    return m.group("num"), title, next((ms[0].value for ms in amounts if ms), None)


ROW_RUN = 3  # numbered lines in a row, with no body between them: a table or a list, not headings


def _without_row_runs(
    numbered: list[tuple[int, tuple[str, str, Decimal | None]]], run_in: set[int]
) -> list[tuple[int, tuple[str, str, Decimal | None]]]:
    """Drop runs of ROW_RUN or more numbered lines on consecutive lines ("Aktivitet 1 Fritidsgård
    250" / "Aktivitet 2 …" in a summary table): an activity's heading has its text under it, or
    after it on its own line (`run_in`)."""
    out: list[tuple[int, tuple[str, str, Decimal | None]]] = []
    run: list[tuple[int, tuple[str, str, Decimal | None]]] = []
    for item in numbered:
        if run and (item[0] in run_in or item[0] != run[-1][0] + 1 or _restarts(run[-1][1][0], item[1][0])):
            out += run if len(run) < ROW_RUN else []
            run = []
        if item[0] in run_in:
            out.append(item)  # a run-in heading ends a run of rows and is kept
        else:
            run.append(item)
    return out + (run if len(run) < ROW_RUN else [])


def _restarts(before: str, number: str) -> bool:
    """A number not above the one before, at every level ("1.2" follows "1.1"), starts anew: the
    heading right under a table's rows."""
    a, b = leading_value(before), leading_value(number)
    return a is not None and b is not None and number_key(number) <= number_key(before)


def _reclaim_follows(lines: list[Line], i: int) -> bool:
    return any(_RECLAIM_CUE.search(nxt.text) for nxt in lines[i + 1 : i + 4])


def _numbered_lines(
    lines: list[Line], candidates: list[tuple[int, Line]], schemes: set[str]
) -> list[tuple[int, tuple[str, str, Decimal | None]]]:
    """The candidates that read as numbered headings, without runs of a table's numbered rows."""
    parsed = [
        (i, _heading_parts(_without_scheme(ln.text, schemes)) or _title_below(lines, i) or _number_below(lines, i)) for i, ln in candidates
    ]
    numbered = [(i, parts) for i, parts in parsed if parts and leading_value(parts[0]) is not None]
    run_in = {i for i, (_, title, _) in numbered if run_in_rest(lines[i], title)}
    return _without_row_runs(numbered, run_in)


def _numbered_heads(lines: list[Line], body: list[tuple[int, Line]]) -> list[Head]:
    """Signal 'heading': numbered headings in sequence, each with an amount (in the heading or on
    a labelled line under it) or the reclaim under it; a missed number or two (an unreadable
    heading) does not end the sequence."""
    heads: list[Head] = []
    expect = 1
    schemes = scheme_words(ln.text for _, ln in body)
    candidates = _heading_candidates(body, schemes)
    worded = candidates is not body
    for i, (num, title, amount) in _numbered_lines(lines, candidates, schemes):
        below = _amount_below(lines, i) if amount is None else None
        amount = amount if amount is not None else below
        labelled = worded or _number_below(lines, i) is not None  # the agency's numbers, in a field
        # a letter that groups the activities by its stance lists them out of order, each with its claim
        regrouped = labelled and amount is not None and num not in {h[1] for h in heads}
        if not regrouped and not _continues_sequence(num, amount, expect, bool(heads), below is not None, labelled):
            continue
        if amount is None and _list_item(lines, i, num, title, schemes):
            continue  # a numbered list item, not an activity: no amount, no assessment under it
        heads.append((i, num, title, amount, None))
        expect = (leading_value(num) or 0) + 1
    return heads


def _list_item(lines: list[Line], i: int, num: str, title: str, schemes: set[str]) -> bool:
    """A numbered line without an amount that reads as a list's item: not a sub-heading ("2.1"),
    not numbered by the letter's scheme word ("Er punkt 2: …"), naming no activity ("4) Om
    aktivitet 10, …") and with no reclaim under it."""
    learnt = scheme_word(lines[i].text, schemes) is not None
    return "." not in num and not learnt and _named_inside(title) is None and not _reclaim_follows(lines, i)


# "Benämning: Läxhjälp i centrum" under "Insats 1": the title is the label's value
_LABELLED_VALUE = re.compile(r"^[A-ZÅÄÖ][\wåäö ]{2,30}:\s*(?P<value>\S.*)$")


AMOUNT_BELOW_LINES = 3  # lines under a heading where its labelled amount line stands


def _amount_below(lines: list[Line], i: int) -> Decimal | None:
    """A labelled amount line under heading i ("Belopp: 96 000:-"); under a bare "Aktivitet N"
    the fields of a form, where the amount may stand under its label."""
    form = bool(_BARE_WORDED.match(lines[i].text))
    stop = min(i + 1 + (FORM_FIELD_LINES if form else AMOUNT_BELOW_LINES), len(lines))
    for k in range(i + 1, stop):
        nxt = lines[k]
        if _heading_parts(nxt.text) or _BARE_WORDED.match(nxt.text):
            break  # the sub-section's amount line, not this heading's
        am = amount_line(nxt.text)
        ms = find_money(am.group("amount"), money_context=True) if am else []
        if ms:
            return ms[0].value
        below = claim_below_label(lines, k) if form else None
        if below is not None:
            return below
    return _items_sum_below(lines, i)


def _items_sum_below(lines: list[Line], i: int) -> Decimal | None:
    """The sum line of a list of cost items under heading i, before the next heading (pipeline.claim_sums)."""
    reach = min(i + 1 + ITEM_LINES, len(lines))
    stop = next((k for k in range(i + 1, reach) if _heading_parts(lines[k].text)), reach)
    found = sum_under_items(lines[i + 1 : stop])
    return found[0] if found else None


def _reconcile(contents: list, headings: list, numbered: list[TocEntry]) -> list:
    """The activities as both signals see them: the contents-matched headings, and the numbered
    headings the contents could not vouch for (an entry unreadable or missing), each paired with
    the contents entry of its number where the titles or amounts agree."""
    if not contents:
        return [_with_entry(h, numbered) for h in headings] if numbered else headings
    taken = {h[0] for h in contents}
    numbers = {h[1] for h in contents}
    out = list(contents)
    for h in headings:
        if h[0] in taken or h[1] in numbers or "." in h[1] and not any("." in c[1] for c in contents):
            continue
        out.append(_with_entry(h, numbered))
    return sorted(out, key=lambda h: h[0])


def _with_entry(head: tuple, numbered: list[TocEntry]) -> tuple:
    i, num, title, amount, _ = head
    for e in numbered:
        if e.number == num and (fuzz.token_set_ratio(e.title.lower(), title.lower()) >= 60 or amount == e.amount):
            return i, num, title, amount, e
    return head


def find_sections(lines: list[Line], toc: list[TocEntry], toc_lines: set[int], end_at: int) -> list[Section]:
    numbered = [e for e in toc if e.number]
    heads = _activity_heads(lines, numbered, [(i, ln) for i, ln in enumerate(lines[:end_at]) if i not in toc_lines])
    closing = _closing_start(lines, heads[-1][0] + 1 if heads else end_at, end_at, toc)
    closing = min(closing, summary_after(lines, heads[-1][0], heads[0][0], end_at)) if heads else closing
    sections: list[Section] = []
    for k, (i, num, title, amount, entry) in enumerate(heads):
        stop = heads[k + 1][0] if k + 1 < len(heads) else closing
        rest = run_in_rest(lines[i], title)
        sec = Section(num, title, amount, lines[i], ([rest] if rest else []) + list(lines[i + 1 : stop]), entry)
        _take_amount_line(sec)
        sec.amount_stated = sec.amount is not None or bool(entry and entry.amount is not None)
        if sec.amount is None:
            sec.amount = _claim_in_opening(sec)
        sec.form_answer = form_answer(sec.lines)
        sections.append(sec)
    return _activity_level(sections)


def answer_lines(sections: list[Section], k: int) -> list[Line]:
    """The lines that answer for activity k: its own, or, where its heading stands right over the
    next one's with no body between ("Aktivitet 4 …" / "Aktivitet 5 …" under "Aktivitet 4 och
    5"), the body the stacked headings share."""
    if sections[k].lines or sections[k].cells is not None:
        return sections[k].lines  # a table row's answer stands in its own cells
    return next((sec.lines for sec in sections[k + 1 :] if sec.lines), [])


def _activity_heads(lines: list[Line], numbered: list[TocEntry], body: list[tuple[int, Line]]) -> list[Head]:
    """The activities' headings by every signal: the contents, the numbering, and, with neither,
    short lines that end with an amount."""
    contents = _contents_heads(lines, body, numbered) if numbered else []
    heads = _reconcile(contents, _numbered_heads(lines, body), numbered)
    if numbered and len(heads) < len(numbered):
        heads = _add_unnumbered_heads(heads, numbered, body)
    if not heads and not numbered:
        heads = _amount_headings(lines, body)
    return heads


def _take_amount_line(sec: Section) -> None:
    """A labelled amount line in the section's first lines ("Belopp: 96 000:-") is the claim;
    it moves from the body to `amount_line`."""
    for nxt in sec.lines[:3]:
        if _heading_parts(nxt.text):
            return  # "2.1 …" under "2. …": the amount line below is the sub-section's
        am = amount_line(nxt.text)
        ms = find_money(am.group("amount"), money_context=True) if am else []
        if ms:
            sec.amount = sec.amount if sec.amount is not None else ms[0].value
            sec.amount_line = nxt
            sec.lines.remove(nxt)
            return


CLAIM_OPENING_LINES = 4  # lines under a heading where the claim may be told in a sentence


@cache
def _claim_sentence() -> re.Pattern:
    return re.compile(r"\b(" + "|".join(patterns("lexicon")["claim_cues"]) + r")", re.IGNORECASE)


@cache
def _agency_sentence() -> re.Pattern:
    return re.compile("|".join(f"(?:{rx})" for rx in patterns("assessment")["agency"]), re.IGNORECASE)


# repaying the whole claim names it: "återbetalar hela beloppet, 7 000 kronor"
_WHOLE_REPAID = re.compile(r"\bhela (?:beloppet|återkravet|summan|kravet)\b", re.IGNORECASE)


def _states_claim(sentence: str, agency_speaks: bool) -> bool:
    """A sentence whose amount is the claim: it words the claim, or (`agency_speaks`) the agency
    speaks in it ("I ert beslut anges att ledarna (86 tkr) …"); the municipality's repayment
    only when it repays the whole claim."""
    if _REPAYS.search(sentence):
        return bool(_WHOLE_REPAID.search(sentence))
    return bool(_agency_sentence().search(sentence) if agency_speaks else _claim_sentence().search(sentence))


_OPENING_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])|\n(?=[A-ZÅÄÖ»”\"(])")


def _claim_in_opening(sec: Section) -> Decimal | None:
    """ "Socialstyrelsen återkräver 35 000 kronor för aktiviteten", "Kravet avser 48 000 kronor":
    the first amount stated with the claim in the section's opening lines, not the municipality's
    repayment; failing such a sentence, the first amount the agency's own sentence states."""
    opening = "\n".join(ln.text.strip() for ln in sec.lines[:CLAIM_OPENING_LINES])
    # sentence by sentence: "Återkravet uppgår till 81 500 kr. Kommunen medger återkravet."; a
    # sentence wraps onto a line that goes on in lower case
    sentences = [x.replace("\n", " ") for x in _OPENING_SENTENCE_END.split(opening)]
    for agency_speaks in (False, True):
        for sentence in sentences:
            claim = reclaimed_amount(sentence) if find_money(sentence) else None
            if claim is not None and _states_claim(sentence, agency_speaks):
                return claim  # the reclaimed sum, not a granted one printed beside it
    return None


def _activity_level(sections: list[Section]) -> list[Section]:
    """Keep the sections at the numbering level whose headings state amounts. A letter that
    numbers its activities as sub-sections ("2.1 Fältgruppen – 230 000 kronor" under "2. Kommunens
    synpunkter per aktivitet") frames them with sections that are no activity: a background, the
    container heading, a summary. A sub-section under an activity ("3.1 Socialstyrelsens
    bedömning") is part of that activity."""
    # amounts in the headings or amount lines; failing those, claims told under the headings
    stated = [s for s in sections if s.amount_stated] or [s for s in sections if s.amount is not None]
    if not stated:
        return sections
    level = Counter(s.number.count(".") for s in stated).most_common(1)[0][0]
    framing = set(patterns("lexicon")["framing_titles"])
    words = {_number_word(s) for s in stated}
    kept: list[Section] = []
    for sec in sections:
        if _frames(sec, framing, words):
            continue
        if sec in stated or sec.number.count(".") == level:
            kept.append(sec)
        elif kept and sec.number.startswith(kept[-1].number.rstrip(".") + "."):
            kept[-1].lines.extend([sec.heading, *sec.lines])  # a part of the activity above
    return kept


def _frames(sec: Section, framing: set[str], words: set[str]) -> bool:
    """A section that frames the activities: "1. Inledning", "5. Sammanfattning" among activities
    with amounts; "Del 2 Kommunens svar" (no claim, another word than every claim-stating heading's)
    over "Aktivitet 4 – …": a part, no activity."""
    if not sec.amount_stated and sec.title.lower().strip(" :.") in framing:
        return True
    return sec.amount is None and len(words) == 1 and "" not in words and _number_word(sec) not in words


def _number_word(sec: Section) -> str:
    """The word the heading numbers with ("aktivitet" in "Aktivitet 4 – …"); '' for a bare number."""
    m = re.match(rf"^\W*([A-Za-zÅÄÖåäö]{{2,12}})\.?\s+(?:nr\.?\s*)?{re.escape(sec.number)}\b", sec.heading.text.strip())
    return m.group(1).lower() if m else ""


_NOT_A_TITLE = re.compile(r"^(totalt|summa|sammanlagt|sammantaget|varav|belopp|återkr\w*|krav)\b", re.IGNORECASE)


def _amount_headings(lines: list[Line], body: list[tuple[int, Line]]) -> list:
    """Neither numbers nor contents: activities are the short lines that end with an amount
    ("Fritidsgård Norra – 120 000 kr") and are followed by the reclaim's assessment, numbered
    here in their order."""
    found = []
    for i, ln in body:
        text = ln.text.strip()
        if len(text) > 150 or text.endswith(".") or not text[:1].isupper() or _NOT_A_TITLE.match(text):
            continue
        title, amount = split_amount(text)
        if amount is None or not re.search(r"[^\W\d_]{3}", title) or title.endswith((":", ",")):
            continue
        if any(_RECLAIM_CUE.search(nxt.text) for nxt in lines[i + 1 : i + 4]):
            found.append((i, title, amount))
    if len(found) < 2:
        return []  # one such line is a sentence's fragment, not a list of activities
    return [(i, str(k + 1), title, amount, None) for k, (i, title, amount) in enumerate(found)]


def _add_unnumbered_heads(heads: list, numbered: list[TocEntry], body: list[tuple[int, Line]]) -> list:
    """Contents entries whose heading the body prints without its number: found by title, in
    order, at or after the page the contents give."""
    found = {h[4].ordinal for h in heads if h[4] is not None}
    taken = {h[0] for h in heads}
    out = list(heads)
    for e in numbered:
        if e.ordinal in found:
            continue
        for i, ln in body:
            text = ln.text.strip()
            if i in taken or len(text) > len(e.title) + 60 or (e.page and ln.page_no < e.page):
                continue
            title, amount = split_amount(text)
            if fuzz.ratio(title.lower(), e.title.lower()) >= 90:
                out.append((i, e.number, title, amount, e))
                taken.add(i)
                break
    return sorted(out, key=lambda h: h[0])


_CLOSING_HEAD = re.compile(
    r"^\s*(sammanfattning|avslutning|avslutande (kommentar|synpunkter)\w*|slutsats(er)?|"
    r"sammantagen bedömning|sammanfattande (bedömning|kommentar)|kommunens (sammanfattande|samlade) "
    r"(bedömning|inställning|ställningstagande)|övriga synpunkter)\s*:?\s*$",
    re.IGNORECASE,
)


_CLOSING_PARAGRAPH = re.compile(
    r"^\s*(sammantaget|sammanfattningsvis|sammanlagt|avslutningsvis|totalt sett|"
    r"totalt|sammanfattning)\b",
    re.IGNORECASE,
)
_WHOLE = re.compile(r"\b(totalt|sammanlagt|samtliga|alla aktiviteter|hela återkravet|av det återkrävda)\b", re.IGNORECASE)
# "Kommunen medger därmed återkrav med sammanlagt 68 800 kr.": the letter's conclusion, worded as
# the writer's own sentence, with no heading over it
_CONCLUDING = re.compile(
    r"^\s*(kommunen|nämnden|staden|regionen|förvaltningen|bolaget|vi)\s+\w+\s+(därmed|således|alltså|sammanfattningsvis|sammantaget)\b",
    re.IGNORECASE,
)


# an e-mail reply's quoted message: "-----Ursprungligt meddelande-----", "Den 20 jan. 2025 skrev X:"
_QUOTED_MESSAGE = re.compile(
    r"^\s*-{3,}\s*(ursprungligt meddelande|original message|vidarebefordrat meddelande|forwarded message)\s*-{3,}\s*$|"
    r"^\s*(den|on)\s.{5,80}\s(skrev|wrote)\s*:?\s*$",
    re.IGNORECASE,
)


def quoted_message(lines: list[Line]) -> list[Line]:
    """The lines of the message an e-mail reply quotes, after its marker (none in a letter)."""
    start = next((i for i, ln in enumerate(lines) if _QUOTED_MESSAGE.match(ln.text)), None)
    return lines[start + 1 :] if start is not None else []


# "Kommunens ställningstagande", "Regionens inställning": the municipality's own heading
_OWN_HEADING = re.compile(
    r"^\s*(?:(kommunens|regionens|stadens|nämndens|förvaltningens)\s+(ställningstagande|inställning|yrkande|svar|bedömning)"
    r"|(?:sammanfattande\s+)?(?:ställningstagande|inställning))\s*:?\s*$",
    re.I,
)
_NAMED_ACTIVITY = re.compile(rf"\baktivitet(?:en|erna)?\s+({NUMBER_LIST})", re.IGNORECASE)
CLOSING_LOOKAHEAD = 6  # lines under a heading read for the activities it answers for


def _answers_for_several(lines: list[Line], i: int) -> bool:
    """A heading of the municipality's own ("Kommunens ställningstagande") whose text names two
    activities or more by number: the position on all of them, after the last, not part of it."""
    if not _OWN_HEADING.match(lines[i].text):
        return False
    text = " ".join(ln.text for ln in lines[i + 1 : i + 1 + CLOSING_LOOKAHEAD])
    named = {n for m in _NAMED_ACTIVITY.finditer(text) for n in numbers_named(m.group(1))}
    return len(named) >= 2


def _concludes(text: str) -> bool:
    """A concluding sentence with no heading over it, on the whole or stating a position
    ("Sammantaget medger nämnden återkrav med 79 000 kr.")."""
    whole = _WHOLE.search(text) or MUNICIPALITY_STANCE.search(text)
    return bool((_CLOSING_PARAGRAPH.match(text) or _CONCLUDING.match(text)) and whole and find_money(text))


def _closing_start(lines: list[Line], after: int, end_at: int, toc: list[TocEntry]) -> int:
    """Where a conclusion after the last activity starts: a closing heading, the heading of an
    unnumbered contents entry listed after the numbered ones, or a quoted message."""
    numbered = [k for k, e in enumerate(toc) if e.number]
    trailing = [e.title.lower() for e in toc[numbered[-1] + 1 :]] if numbered else []
    for i in range(after, end_at):
        t = lines[i].text.strip()
        if _QUOTED_MESSAGE.match(t) or _answers_for_several(lines, i):
            return i
        if _concludes(t) and not sums_the_lines_above(lines, i):
            return i  # "Sammantaget återbetalar kommunen 75 000 kronor av totalt …": no heading
        if len(t) > 80:
            continue
        if _CLOSING_HEAD.match(t) or any(fuzz.ratio(t.lower(), x) >= 90 for x in trailing):
            return i
    return end_at


_PAYMENT_REF = re.compile(r"(?P<ref>\b(?:bidr(?:ags)?nr|bidnr|beslutsnr|ärendenr|ref(?:erens)?nr)\.?\s*:?\s*\d+)", re.IGNORECASE)
_PAYMENT_ROW = re.compile(
    r"^(?P<desc>.*?)(?:bidr(?:ags)?nr|bidnr|beslutsnr|ärendenr|ref(?:erens)?nr)\.?\s*:?\s*\d+"
    r"[\t ]+(?P<date>(?:19|20)\d\d-[01]\d-[0-3]\d)[\t ]+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_DATE_START = re.compile(r"^(?P<date>(?:19|20)\d\d-[01]\d-[0-3]\d)\s+(?P<rest>.*)$")


def split_recipient(text: str) -> tuple[str, str]:
    """'Korpen verksamhet för unga …' -> ('Korpen', 'verksamhet för unga …'): the recipient is the
    name before the first ordinary lower-case word that starts the description."""
    org_words = set(patterns("lexicon")["organisation_words"])
    words = text.split()
    for k, w in enumerate(words):
        if k == 0:
            continue
        lw = w.lower().strip(",.")
        if w[:1].islower() and lw not in org_words and k + 1 < len(words) and words[k + 1][:1].islower():
            return " ".join(words[:k]), " ".join(words[k:])
    return text, ""


SectionOf = Callable[[int, int], "Section | None"]
PAYMENT_INDENT = 20.0  # points right of the reference column where a payment's recipient and amount stand
SAME_COLUMN = 3.0  # points between the left edges of lines in one column
DESCRIPTION_MAX = 80  # characters of a description line above a payment reference


def _one_line_payment(row: re.Match, ref: str, page_no: int, ln: Line, section_of: SectionOf, order: int) -> GrantPayment:
    """A payment row on one line, its columns by tabs (text without geometry)."""
    recipient, what = split_recipient(row.group("rest").strip())
    ms = find_money(row.group("rest"), money_context=True)
    sec = section_of(page_no, ln.start)
    return GrantPayment(
        sec.number if sec else None,
        ref,
        find_dates(row.group("date"))[0].value,
        recipient,
        " ".join(x for x in [row.group("desc").strip(" /"), what] if x),
        ms[-1].value if ms else None,
        page_no,
        order,
    )


def _left(ln: Line) -> float | None:
    return ln.box[0] if ln.box else None


def _description_above(lines: list[Line], i: int, page_no: int, used: set[tuple[int, int]]) -> list[str]:
    """The description lines above a payment's reference, in its column; marks them used."""
    left = _left(lines[i]) or 0.0
    desc: list[str] = []
    k = i - 1
    while k >= 0:
        ln = lines[k]
        x0 = _left(ln)
        if x0 is None or abs(x0 - left) >= SAME_COLUMN or _DATE_START.match(ln.text) or _PAYMENT_REF.search(ln.text):
            break
        if (page_no, ln.start) in used or len(ln.text) >= DESCRIPTION_MAX:
            break
        desc.insert(0, ln.text)
        used.add((page_no, ln.start))
        k -= 1
    return desc


def _indented_rest(lines: list[Line], i: int, page_no: int, used: set[tuple[int, int]]) -> list[str]:
    """The lines under a payment's date line standing right of its reference column (the
    recipient and amount wrapped); marks them used."""
    left = _left(lines[i]) or 0.0
    rest: list[str] = []
    j = i + 2
    while j < len(lines) and (_left(lines[j]) or 0.0) > left + PAYMENT_INDENT:
        rest.append(lines[j].text)
        used.add((page_no, lines[j].start))
        j += 1
    return rest


def _stacked_payment(
    lines: list[Line], i: int, ref: re.Match, page_no: int, section_of: SectionOf, used: set[tuple[int, int]], order: int
) -> GrantPayment | None:
    """A payment laid out over lines: the reference, the date line under it, the recipient and
    amount indented below, a description above."""
    ln = lines[i]
    dm = _DATE_START.match(lines[i + 1].text) if i + 1 < len(lines) and ln.box else None
    if not dm:
        return None
    desc = [ln.text[: ref.start()].strip(" /")]
    desc = _description_above(lines, i, page_no, used) + desc
    rest = [dm.group("rest"), *_indented_rest(lines, i, page_no, used)]
    used.update({(page_no, ln.start), (page_no, lines[i + 1].start)})
    recipient, what = split_recipient(" ".join(rest))
    ms = find_money(" ".join(rest), money_context=True)
    sec = section_of(page_no, ln.start)
    return GrantPayment(
        sec.number if sec else None,
        ref.group("ref").strip(),
        find_dates(dm.group("date"))[0].value,
        recipient,
        " ".join(x for x in [" ".join(desc).strip(), what] if x),
        ms[-1].value if ms else None,
        page_no,
        order,
    )


def find_grant_payments(doc: IngestedDocument, section_of: SectionOf) -> tuple[list[GrantPayment], set[tuple[int, int]]]:
    """Payments listed with a reference ("Bidnr 1234"): on one line, or stacked over lines."""
    out: list[GrantPayment] = []
    used: set[tuple[int, int]] = set()
    for page in doc.pages:
        lines = [ln for ln in page.lines() if ln.text.strip()]
        for i, ln in enumerate(lines):
            m = _PAYMENT_REF.search(ln.text)
            if not m:
                continue
            row = _PAYMENT_ROW.match(ln.text)
            if row:
                out.append(_one_line_payment(row, m.group("ref").strip(), page.page_no, ln, section_of, len(out)))
                used.add((page.page_no, ln.start))
                continue
            stacked = _stacked_payment(lines, i, m, page.page_no, section_of, used, len(out))
            if stacked:
                out.append(stacked)
    return out, used


# --------------------------------------------------------------------------------------------

_INVOICE_LABELS = re.compile(
    r"(?im)^.*\b(fakturanummer|fakturanr|faktura\s*nr|avinummer|invoice\s*(no|number|#)|"
    r"rechnungsnummer|fakturadatum|invoice date|att betala|förfallodatum|förfallodag|due date|"
    r"betalas senast|sista betalningsdag|summa att betala|amount due|ocr|kvittonummer|kvitto\s*nr)\b"
)
# a document's own name on a line of its own: "FAKTURA", "Kreditfaktura", "INVOICE"
_INVOICE_TITLE = re.compile(r"(?im)^\s*(faktura|kreditfaktura|invoice|rechnung|inbetalningsavi|kvitto|kassakvitto|receipt)\s*$")
# what every invoice prints but other documents mention too: counts half
_INVOICE_WEAK = re.compile(r"(?im)\b(moms|momsreg\w*|bankgiro|plusgiro|f-skatt\w*|exkl\.? moms|inkl\.? moms)\b")
_RESPONSE_CUES = re.compile(r"\b(yttrande|återkrav\w*|socialstyrelsen\w*|statsbidrag\w*)\b", re.IGNORECASE)


_PRESS_LABEL = PRESS_LABEL
_DECISION_TITLE = re.compile(r"(?im)^\s*(preliminärt beslut|beslut|underrättelse|kommunicering)\b(?!.*\byttrande\b)")
# what only the municipality's own answer says
_MUNICIPALITY_ANSWERS = re.compile(
    r"\b(?:[Kk]ommunen|[A-ZÅÄÖ][\wåäö]+ kommun)\s+(?:bestrider|godtar|medger|accepterar|motsätter|"
    r"delar|återbetalar|tillbakavisar|vidhåller)\b"
    # or its stance in the passive ("Beslut: Återkravet medges."): the agency never concedes its own claim
    r"|\b[Åå]terkrav(?:et|en)\s+(?:medges|bestrids|avvisas|godtas|accepteras|tillbakavisas)\b"
)


def _filed_kind(doc: IngestedDocument) -> str:
    """A document that is none of the kinds read: an attachment where it is filed in a case's
    folder, else other."""
    return "attachment" if "/" in doc.source_path else "other"


def _agency_decision(text: str) -> bool:
    """The agency's own (preliminary) decision filed with the case: its title says so and the
    municipality answers nothing in it. Its activities are the response's subject, not a second
    response."""
    opening = "\n".join(text.split("\n")[:15])
    if not _DECISION_TITLE.search(opening) or RESPONSE_TITLE.search(opening) or _MUNICIPALITY_ANSWERS.search(text):
        return False
    return not answers_the_reclaim(text)  # a board's minute heads its decision "Beslut" and answers item by item


def _reads_as_invoice(text: str) -> bool:
    """Invoice labels (two, the common ones counting half) near the top, or an invoice in any
    language (issue 14); never a long document."""
    if len(text) >= 20000:
        return False
    head = text[:6000]
    labels = {m.group(1).lower() for m in _INVOICE_LABELS.finditer(head)} | {m.group(1).lower() for m in _INVOICE_TITLE.finditer(head)}
    weak = {m.group(1).lower() for m in _INVOICE_WEAK.finditer(head)}
    if labels and len(labels) + 0.5 * len(weak) >= 2:
        return True
    from .bundle import _invoice_like
    from .invoicing.reader import looks_like_invoice

    # an invoice's head label in its first lines and an amount to pay, as a bundle's page is
    # judged: a scan whose letterhead OCR could not read still says "Rechnungsnummer" and
    # "Gesamtbetrag"; a response citing an invoice names the case it answers
    return looks_like_invoice(text) or (_invoice_like(text) and not _RESPONSE_CUES.search(text))


def _kind_by_form(doc: IngestedDocument) -> str | None:
    """What the file's form says before its words: failed, a bundle's container, an e-invoice."""
    if doc.status == "failed":
        return "other"
    if (getattr(doc, "bundle", None) or {}).get("role") == "container":
        return "bundle"  # its documents are its parts (pipeline.bundle)
    if doc.einvoice_xml:
        return "invoice"  # it is, or carries, a structured e-invoice
    return None


def classify(doc: IngestedDocument, n_sections: int, has_toc: bool) -> str:
    by_form = _kind_by_form(doc)
    if by_form:
        return by_form
    text = doc.text
    if n_sections >= 2 and len(_RESPONSE_CUES.findall(text)) >= 2:
        return _filed_kind(doc) if _agency_decision(text) else "response"  # whatever it was saved as
    if reads_as_response(text, doc.source_path) and not _agency_decision(text):
        return "response"  # in a layout whose activities were not found: said by the checks
    if doc.media_type in ("text/html", "text/plain"):
        return "press_release"
    if _reads_as_invoice(text):
        return "invoice"
    if doc.page_count <= 4 and _PRESS_LABEL.search("\n".join(text.split("\n")[:8])):
        return "press_release"  # a press release saved as PDF
    if has_toc and _RESPONSE_CUES.search(text):
        return "response"
    return _filed_kind(doc)


def _strip_number(text: str) -> str:
    m = _NUMBERED.match(text)
    return m.group("title") if m else text


def _heading_line_of(e: TocEntry, body: list[Line]) -> Line | None:
    """The body line that is a contents entry's heading: a line that is the heading first; else
    the best partial match ("Bilagor" is also in "se bilagorna 2 och 3")."""
    title = e.title.lower()
    whole = next((ln for ln in body if fuzz.ratio(title, split_amount(_strip_number(ln.text))[0].lower()) >= 90), None)
    best, score = whole, 100.0 if whole else 0.0
    for ln in body if whole is None else []:
        if len(ln.text) > 3 * len(e.title) + 40:
            continue
        text = ln.text.lower()
        s = fuzz.partial_ratio(title, text) if len(text) >= len(title) else fuzz.ratio(title, text)
        if s > score + 0.5:
            best, score = ln, s
    return best if best is not None and score >= 90 else None


def _locate_toc_entries(toc: list[TocEntry], sections: list[Section], body: list[Line]) -> None:
    """Where each TOC entry's heading is in the body (sets found_page)."""
    for e in toc:
        sec = next((s for s in sections if s.toc is e), None)
        if sec:
            e.found_page = sec.heading.page_no
            continue
        best = _heading_line_of(e, body)
        if best is not None:
            e.found_page = best.page_no


_MAIL_FIELD = re.compile(r"^\s*(från|till|kopia|skickat|datum|ämne|from|to|cc|sent|subject)\s*:", re.IGNORECASE)
MAIL_HEADER_LINES = 6  # lines above an attachment field where a mail's other fields stand


def _body_end(lines: list[Line], items: list[AttachmentItem], list_head: int | None) -> int:
    """Where the activities end: at the attachment list, unless the list is a one-line field of
    an e-mail's header ("Bifogade filer: …" under "Från:", "Ämne:") above the letter."""
    if list_head is None:
        return len(lines)
    one_line = bool(items) and all(it.line is lines[list_head] for it in items)
    above = lines[max(0, list_head - MAIL_HEADER_LINES) : list_head]
    return len(lines) if one_line and any(_MAIL_FIELD.match(ln.text) for ln in above) else list_head


def _after_last_activity(lines: list[Line], sections: list[Section], quoted: list[Line]) -> list[Line]:
    """The letter's lines after its last activity, without a quoted message."""
    if not sections:
        return []
    last = sections[-1].lines[-1] if sections[-1].lines else sections[-1].heading
    quoted_ids = {id(ln) for ln in quoted}
    return [ln for ln in lines if (ln.page_no, ln.start) > (last.page_no, last.start) and id(ln) not in quoted_ids]


def _payments(sd: StructuredDocument) -> None:
    """Grant payments from every form of payment table: referenced rows, columns under a
    payment header (pipeline.payments), aligned tables (pipeline.layout); their lines are table
    lines, and a "(tkr)" header scales its rows."""
    from .layout.payments import table_payments
    from .layout.tables import find_aligned_tables
    from .payments import find_payment_tables

    doc = sd.ingested

    def section_of(p: int, o: int) -> Section | None:
        return sd.section_of(p, o)

    sd.grant_payments, sd.table_lines = find_grant_payments(doc, section_of)
    column_payments, column_lines = find_payment_tables(doc, section_of)
    for g in column_payments:
        g.order += len(sd.grant_payments)
    sd.grant_payments += column_payments
    sd.grant_payments += table_payments(find_aligned_tables(doc), section_of, sd.grant_payments)
    sd.table_lines |= set(column_lines)
    sd.table_scales = {k: v for k, v in column_lines.items() if v != 1}


SUMMARY_TITLE_MATCH = 85  # fuzzy ratio at which a summary row's label names an activity's title


def _summary_tables(sd: StructuredDocument) -> None:
    """The summary tables, their rows table lines; a row named by the activity's title instead
    of its number gets that activity's number."""
    from .layout.activities import restates_rows

    found = find_summary_tables(sd.ingested)
    for t in found:
        sd.table_lines.update((r.page, r.line) for r in t.rows)
    # the activity table the sections were read from, read again line by line, is no second source
    sd.summary_tables = [t for t in found if not restates_rows(t, sd.sections, sd.layout_tables)]
    for t in sd.summary_tables:
        for r in t.rows:
            if r.activity_no is None and not r.is_total and sd.sections:
                score, number = max((fuzz.ratio(sec.title.lower(), r.label.lower()), sec.number) for sec in sd.sections)
                if score >= SUMMARY_TITLE_MATCH:
                    r.activity_no = number


def _foot_region_lines(doc: IngestedDocument, notes: list[Footnote]) -> list[Line]:
    """The notes' lines with the rules and lone numbers among them, on the pages that have notes."""
    out: list[Line] = []
    for page_no in sorted({n.line.page_no for n in notes}):
        page_lines = [ln for ln in doc.pages[page_no - 1].lines() if ln.text.strip()]
        first = min(k for k, ln in enumerate(page_lines) if any(ln is n.line for n in notes))
        while first > 0 and re.match(r"^\s*(?:[_—–-]{5,}|\d{1,2})\s*$", page_lines[first - 1].text):
            first -= 1
        out += page_lines[first:]
    return out


def _activity_at(sd: StructuredDocument) -> Callable[[Line, int], str | None]:
    def activity_at(ln: Line, start: int) -> str | None:
        s = sd.section_of(ln.page_no, start)
        return s.number if s else None

    return activity_at


def _references(sd: StructuredDocument, body: list[Line], items: list[AttachmentItem]) -> list[AttachmentRef]:
    """The body's references to attachments, each with its activity; the list's own lines are
    no references."""

    def activity_of(ln: Line) -> str | None:
        s = sd.section_of(ln.page_no, ln.start)
        return s.number if s else None

    item_lines = {id(it.line) for it in items if not it.in_form}
    refs = find_refs([ln for ln in body if id(ln) not in item_lines], activity_of, {it.attachment_id for it in items})
    said = {(r.activity_no, r.attachment_id) for r in refs}
    refs += [r for r in cited_rows(body, items, activity_of) if (r.activity_no, r.attachment_id) not in said]
    for r in refs if any(s.scattered for s in sd.sections) else []:
        at = sd.section_of(r.line.page_no, r.start)  # a line's sentences may speak of several activities
        r.activity_no = at.number if at else r.activity_no
    return refs


def _box_of(doc: IngestedDocument) -> Callable[[int, int, int], tuple[float, float, float, float] | None]:
    pages = {p.page_no: p for p in doc.pages}
    return lambda page, a, z: pages[page].box(a, z)


def _by_reason_sections(doc: IngestedDocument, lines: list[Line], toc_lines: set[int], end_at: int) -> list[Section]:
    """A letter organised by the agency's reasons (pipeline.reason_groups): each activity once."""
    schemes = scheme_words(ln.text for ln in lines)
    body = [i for i in range(min(end_at, len(lines))) if i not in toc_lines]
    return reason_group_sections(lines, body, _box_of(doc), lambda text: _heading_parts(_without_scheme(text, schemes)))


def _run_in_sections(doc: IngestedDocument, lines: list[Line], toc_lines: set[int], end_at: int) -> list[Section]:
    """No headings: activities as paragraphs that open with their name (pipeline.runin); a claim
    the paragraph does not state with the number is read from its opening sentences."""
    sections = run_in_sections(lines, toc_lines, end_at, _box_of(doc))
    for sec in sections:
        if sec.amount is None:
            sec.amount = _claim_in_opening(sec)
    return sections


def _as_form(doc: IngestedDocument, lines: list[Line]) -> tuple[Form | None, list[Line]]:
    """An answer form, and its lines as labels and values (pipeline.forms); else the lines."""
    form = read_form(doc, lines)
    return form, form.lines() if form else lines


def _kind(doc: IngestedDocument, sections: list[Section], toc: list[TocEntry], form: Form | None) -> str:
    kind = classify(doc, len(sections), bool(toc))
    return "response" if form and kind in ("other", "attachment") else kind  # its activity blocks say what it is


def _reading_weight(sections: list[Section]) -> tuple[int, int]:
    """Of two readings of the activities, the one that finds more, then the one that reads more claims."""
    return len(sections), sum(1 for sec in sections if sec.amount is not None)


def _activity_sections(
    doc: IngestedDocument,
    lines: list[Line],
    contents: tuple[list[TocEntry], set[int]],
    end_at: int,
    tables: list,
    form: Form | None = None,
) -> list[Section]:
    """The activities by the first layout that finds them: sections under the agency's reasons,
    headed sections, run-in paragraphs; a table's rows where the headings were its rows or the
    prose found fewer than two."""
    from .layout.activities import headings_in_rows, names_other_activities, sections_from_tables

    if form:
        return form.sections  # an answer form's blocks (pipeline.forms)
    toc, toc_lines = contents
    deck = deck_sections(doc, lines)  # a slide deck: each activity's own slide (pipeline.decks)
    if deck:
        return deck
    sections = _by_reason_sections(doc, lines, toc_lines, end_at)
    if not sections:
        sections = _better_explained(
            lines, find_sections(lines, toc, toc_lines, end_at) or _run_in_sections(doc, lines, toc_lines, end_at), contents, end_at
        )
    inner_numbers(sections)
    paired = qa_sections(doc, [ln for i, ln in enumerate(lines[:end_at]) if i not in toc_lines])  # (pipeline.qa_pairs)
    if prefer_pairs(paired, sections):
        return paired  # a question-and-answer sheet: its pairs name the activities
    lend_voices(paired, sections)
    if headings_in_rows(sections, tables):  # table rows read as numbered lines: the table reads them cell by cell
        return max(sections_from_tables(doc, lines, tables, end_at), sections, key=_reading_weight)
    if len(sections) < 2 or names_other_activities(
        sections, tables
    ):  # a response laid out as a table, or a table naming the activities its prose treats
        return max(sections, sections_from_tables(doc, lines, tables, end_at), key=_reading_weight)
    return _with_table_claims(sections, sections_from_tables(doc, lines, tables, end_at) if tables else [])


def _with_table_claims(sections: list[Section], rows: list[Section]) -> list[Section]:
    """A table of the same activities that reads more of their claims than the prose does is the better reading."""
    same = [s.number for s in rows] == [s.number for s in sections]
    return rows if same and _reading_weight(rows) > _reading_weight(sections) else sections


# a heading's title that names the activity by its word and number: "Aktivitet 2 – Title" under an
# outline's "§ 3.1", "Om aktivitet 3, Title, där …" after a list's "1)"
_INNER_NUMBER = re.compile(
    r"^(?:(?:om|angående|beträffande|gällande)\s+)?(?:aktivitet(?:en)?|insats(?:en)?|projekt(?:et)?|åtgärd(?:en)?|akt\.)\s+"
    r"(?:nr\.?\s*)?(?P<num>\d{1,3})\s*(?P<sep>[–—:,-])\s*(?P<title>\S.*)$",
    re.IGNORECASE,
)


def _named_inside(title: str) -> tuple[str, str] | None:
    """The activity's number and title a heading's title names; after a comma (a run-in list's
    item) the title ends at the next comma, colon or bracket."""
    m = _INNER_NUMBER.match(title)
    if m is None:
        return None
    rest = m.group("title")
    if m.group("sep") == ",":
        rest = re.split(r"\s*[,:(]", rest, maxsplit=1)[0]
    return m.group("num"), split_amount(rest)[0]


def inner_numbers(sections: list[Section]) -> None:
    """Where every heading's title names the activity by word and number and those numbers differ,
    they are the activities' numbers: the outer ones number the letter's outline or list."""
    named = [_named_inside(s.title) for s in sections]
    numbers = [n[0] for n in named if n]
    if len(sections) < 2 or len(numbers) < len(sections) or len(set(numbers)) < len(numbers):
        return
    for sec, (number, title) in zip(sections, [n for n in named if n], strict=True):
        sec.number, sec.title = number, title
        claim = reclaimed_amount(sec.heading.text)  # a run-in item's claim on its own line ("(SEK 96 000): …")
        sec.amount = claim if claim is not None else sec.amount


def _heads_as_votes(lines: list[Line], sections: list[Section]) -> list[Candidate]:
    """The sections found by a heading scheme as candidates the votes can score."""
    where = {id(ln): i for i, ln in enumerate(lines)}
    return [
        Candidate(where[id(s.heading)], ("", "", "", "found"), s.number, k, s.title, s.amount, {"amount"} if s.amount_stated else set())
        for k, s in enumerate(sections)
        if id(s.heading) in where
    ]


def _numbers_printed(sections: list[Section]) -> bool:
    """Every section's number stands in its heading line (not counted by the reader: 1, 2, 3 …)."""
    return all(re.search(rf"(?<![\d,.]){re.escape(s.number)}(?![\d,.]\d)", s.heading.text) for s in sections)


def _better_explained(lines: list[Line], sections: list[Section], contents: tuple[list[TocEntry], set[int]], end_at: int) -> list[Section]:
    """The activities the heading votes find (pipeline.heading_votes), where they explain the
    document better than the sections a heading scheme found: more activities, or as many with more
    of the headings' signals agreeing."""
    toc, toc_lines = contents
    if toc or any(s.cells is not None or s.scattered for s in sections):
        return sections  # the contents or a table vouch for the sections
    score, heads = voted_headings(lines, [i for i in range(end_at) if i not in toc_lines], end_at)
    if sections and any("layout_series" in h.signals for h in heads):
        return sections  # headings the layout model proposes stand in only where no scheme found any
    found = _heads_as_votes(lines, sections)
    if len(heads) < len(sections) or (
        len(heads) == len(found) == len(sections) and score <= score_set(lines, found, end_at) and _numbers_printed(sections)
    ):
        return sections  # the scheme's set explains as many activities, as well, by the numbers printed
    closing = min(
        _closing_start(lines, heads[-1].index + 1, end_at, toc), summary_after(lines, heads[-1].text_after, heads[0].index, end_at)
    )
    out = []
    for k, h in enumerate(heads):
        # a group's items share the text after the group's last item (pipeline.heading_votes)
        stop = next((g.index for g in heads[k + 1 :] if g.index > h.text_after), closing)
        sec = Section(h.number, h.title, h.amount, lines[h.index], list(lines[h.text_after + 1 : stop]), signals=h.signals)
        _take_amount_line(sec)  # "Återkrav: 44 000 kronor" under the heading is the claim's line, not the body's
        sec.amount_stated = h.amount is not None
        sec.amount = h.amount if h.amount is not None else _claim_in_opening(sec)
        out.append(sec)
    return out


def _claims_in_header_rows(doc: IngestedDocument, sections: list[Section]) -> None:
    """A claim stated in a small table under the heading ("Beviljat  Använt  Återkrävt" over
    its amounts), where neither the heading nor a labelled line states one."""
    from .amount_rows import claim_in_header_row

    for sec in sections:
        if sec.amount is None:
            sec.amount = claim_in_header_row(doc, sec.lines[:AMOUNT_BELOW_LINES])


def structure(doc: IngestedDocument) -> StructuredDocument:
    from .layout import find_tables
    from .layout.activities import contents_from_table, with_cell_refs
    from .layout.groups import claims_in_subtotals

    notes = find_footnotes(doc)
    note_lines = {id(ln) for ln in _foot_region_lines(doc, notes)}
    lines = [ln for ln in flow(doc) if id(ln) not in note_lines]  # the notes at the pages' foot are no body
    form, lines = _as_form(doc, lines)
    toc, toc_lines = parse_toc(lines)
    tables = find_tables(doc)
    if not toc:  # contents laid out as a table ("Avsnitt | Belopp | Sida") without a heading
        toc, toc_lines = contents_from_table(tables, lines)
    items, list_head = parse_attachment_list(lines)
    items += [n.item for n in notes if n.item and n.item.attachment_id not in {it.attachment_id for it in items}]
    end_at = _body_end(lines, items, list_head)
    sections = without_part_sections(_activity_sections(doc, lines, (toc, toc_lines), end_at, tables, form), toc)
    _claims_in_header_rows(doc, sections)
    settle_claims(lines, sections)  # sums that add up single out the claims (pipeline.claim_sums)
    tidy_titles({p.page_no: p for p in doc.pages}, sections)  # the name alone of each heading line (pipeline.title_parts)
    claims_in_subtotals(sections, tables)  # a table grouped by activity: the claim is its group's subtotal (pipeline.layout.groups)
    kind = _kind(doc, sections, toc, form)
    sd = StructuredDocument(doc, kind, toc if kind == "response" else [])
    sd.layout_tables = tables
    if kind != "response":
        return sd
    sd.sections = sections
    sd.form = form
    sd.attachment_list = items
    sd.quoted = quoted_message(lines)
    sd.closing = _after_last_activity(lines[:end_at], sections, sd.quoted)
    # the attachment list's own heading is a contents entry too
    body = [ln for i, ln in enumerate(lines[: end_at + 1]) if i not in toc_lines]
    _locate_toc_entries(toc, sections, body)
    sd.refs = _references(sd, body, items) + footnote_refs(doc, notes, body, _activity_at(sd))
    sd.refs = with_cell_refs(sd.refs, tables, {it.attachment_id for it in items})
    _payments(sd)
    _summary_tables(sd)
    end_before_summary(sd.sections, sd.summary_tables)
    return sd
