"""Tables from word boxes: a header row whose cells name columns, the body's words placed in the
column whose left edge they start at, rows begun by a number in the key column (or by a gap
between rows), cells wrapping over lines, amounts wrapping inside their cell, and a table that
continues on the next page (its header repeated or not) read as one table. Works alike on ruled
and whitespace-aligned tables and on text-layer and OCR pages: it reads only word boxes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..ingest import IngestedDocument, PageText
from ..ingest.model import Box
from .body_edges import body_edges, runs, unglued
from .centred_rows import recentre_rows
from .columns import MAX_HEADER_CHARS, MIN_COLUMNS, MONEY_ROLES, column_roles, header_role, is_total_label, names_columns
from .content import MIN_MATRIX_CODES, type_unnamed_columns
from .groups import spanning_row, subtotal_row
from .gutters import split_at_gutters
from .marks import MARK_GLYPHS, type_mark_columns
from .records import merged_note, names_some_columns, type_figure_columns
from .skew import levelled
from .turned import upright

COLUMN_GAP = 8.0  # points between header words that belong to different columns
LINE_TOLERANCE = 0.5  # share of a word's height two words' tops may differ by on one line
COLUMN_SLACK = 6.0  # points a body word may start left of its column's header (OCR boxes wander by a few)
CENTRE_SLACK = COLUMN_SLACK / 2  # points left of a column's edge where a word's middle starts to count in it
ROW_GAP_LINES = 1.6  # a gap of this many line heights between lines starts a new row
TABLE_END_GAP_LINES = 3.0  # a gap this large ends the table
NEXT_ROW_GAP_LINES = 10.0  # a gap up to this large still leads to the table's next numbered row (fixed row heights)
CROSSING_GAP = 6.0  # words closer than this across a column edge are running text, not cells
ALIGNED_CELLS = 2  # cells starting clear at this many column edges make a line a row, however tight elsewhere
STRADDLE_SHARE = 0.25  # share of a word's width beyond its column's edge that makes it run across the edge
MIN_ROWS = 1
ROW_KEY_ROLES = {"activity", "number", "section"}  # columns that name a table's rows: where the body's edges are sought
CONTRACT_ROLES = ("activities", "summary", "attachments", "payments", "invoice_lines", "other")  # layout_tables.role
RULE_REMNANT_CHARS = 2  # a header word this short that names no column is a scanned rule's remnant
KEY_COLUMN = 0  # the column whose number starts a row
REPEATED_HEADER_WITHIN = 3  # lines atop a page a table's repeated header may stand under (a running page header)
GLYPH_STRETCH = 1.6  # a word's box may be this many times its letters at the page's median width (wide letters, bold)
MEDIAN_WORD_CHARS = 3  # words this long give the page's median letter width
READING_STEP = 0.01  # points between a merged header cell's words copied over each column under it
MIN_HEADER_START_CELLS = 2  # a two-row header's top row may hold two cells, one merged over several columns
HEADER_TYPE_SLACK = 1.4  # a header row's top line is set no larger than this times the line under it
GUTTER_ROWS = 8  # body lines under a header whose gutters split a header cell that runs over two columns
MAX_GROUP_WORDS = 6  # a row heading a group of rows names it in a few words ('Bidragsår 2022')
HEADER_WRAP_LINES = 0.75  # a header cell's next line starts closer than this share of a glyph's height (text-layer boxes are tight)

_SPECKS = "'\"‘’“”•·|¦"  # a scan's specks and rules read beside a cell's word
_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,2})*\.?$")
_KEY_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,2})*")
# a row's key named with its number: "Aktivitet 3", "Insats 2.1", "Punkt nr 4"
_NUMBERED_LABEL = re.compile(r"^(aktivitet|insats|åtgärd|punkt|projekt|post)\s+(?:nr\.?\s*)?\d{1,3}(?:\.\d{1,2})*\b", re.I)


@dataclass
class Word:
    text: str
    start: int
    end: int
    box: Box  # set level where the page's lines slope (layout/skew.py): rows and columns read from it
    page: int
    page_box: Box | None = None  # the box as printed where it was set level
    after_break: bool = False  # the page's text breaks the line right before it (a turned word's pieces)

    @property
    def shown(self) -> Box:
        """The word's box on the page as printed."""
        return self.page_box or self.box


@dataclass
class TableCell:
    row: int
    col: int
    words: list[Word] = field(default_factory=list)
    is_header: bool = False
    is_total: bool = False  # a cell of the row that sums the table ("Summa", "Totalt")

    @property
    def text(self) -> str:
        return _join_wrapped(self.lines)

    @property
    def line_words(self) -> list[list[Word]]:
        """The cell's words by visual line, top to bottom (a merged cell's cost items, one a
        line)."""
        return _lines(self.words)

    @property
    def lines(self) -> list[str]:
        return [_join([w.text for w in ln]) for ln in self.line_words]

    @property
    def box(self) -> Box | None:
        return _union([w.shown for w in self.words])

    @property
    def page(self) -> int | None:
        return self.words[0].page if self.words else None


@dataclass
class LayoutTable:
    columns: list[tuple[float, str | None, str]]  # (left edge, role, header text)
    header: list[TableCell]
    rows: list[list[TableCell]]
    pages: list[int]
    ruled: bool = False
    role: str = "other"
    legends: dict[int, dict[str, str]] = field(default_factory=dict)  # column → its codes' meanings (layout/codes.py)
    code_meanings: dict[int, str] = field(default_factory=dict)  # a matrix's letter column → its legend's words
    group_headings: list[tuple[int, str]] = field(default_factory=list)  # (rows above it, text) of rows heading a group
    spanning: list[tuple[int, str]] = field(default_factory=list)  # (rows above it, text) of rows across a grouped table (layout/groups.py)
    subtotals: set[int] = field(default_factory=set)  # rows summing a group of rows (layout/groups.py)
    notes: dict[int, list[Word]] = field(default_factory=dict)  # row → a comment merged across the columns under it (layout/records.py)

    def cell(self, row: list[TableCell], role: str) -> TableCell | None:
        for k, (_, r, _) in enumerate(self.columns):
            if r == role:
                return row[k]
        return None

    def role_of(self, col: int) -> str | None:
        return self.columns[col][1]

    @property
    def box(self) -> Box | None:
        """The table's extent on its first page (a table without a header row has none)."""
        header = [b for b in (c.box for c in self.header) if b]
        if not header:
            return None
        on_first = [b for b in (c.box for r in self.rows for c in r if c.page == self.pages[0]) if b]
        return _union(header + on_first)


def _union(boxes: list[Box]) -> Box | None:
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _join(parts: list[str]) -> str:
    text = ""
    for p in parts:
        if text.endswith("-") and p[:1].islower() and not text.endswith(" -"):
            text = text[:-1] + p  # a word hyphenated inside its cell
        else:
            text = f"{text} {p}" if text else p
    return text


_COMPOUND_WRAP = re.compile(r"[^\W\d][-–]$")  # 'Sjöbo–' at a line's end: a compound of names wraps after its dash


def _join_wrapped(lines: list[str]) -> str:
    """A cell's lines as one text: a line ending in a dash on a word, the next starting with a
    capital, is one compound of names wrapped in the cell ('Sjöbo–' / 'Västervång' is
    'Sjöbo–Västervång'); other lines join as words do."""
    text = ""
    for ln in lines:
        text = text + ln if _COMPOUND_WRAP.search(text) and ln[:1].isupper() else _join([text, ln] if text else [ln])
    return text


def _reading(words: list[Word]) -> list[Word]:
    return [w for line in _lines(words) for w in line]


def page_words(page: PageText) -> list[Word]:
    """The page's words with their boxes; computed once per page (both table finders read them,
    and a box per word is most of their cost)."""
    cached = page.__dict__.get("_table_words")
    if cached is None:
        cached = page.__dict__["_table_words"] = _page_words(page)
    return cached


def page_lines(page: PageText) -> list[list[Word]]:
    """The page's words grouped into visual lines; computed once per page (both table finders
    read them; callers only read them)."""
    cached = page.__dict__.get("_table_lines")
    if cached is None:
        cached = page.__dict__["_table_lines"] = _lines(page_words(page))
    return cached


_TOKEN = re.compile(r"\S+")
_WORDLIKE = re.compile(r"\w")


def _page_words(page: PageText) -> list[Word]:
    tokens = [(m.start(), m.end(), _cell_word(m.group())) for m in _TOKEN.finditer(page.text)]
    # a speck or a rule's remnant read as punctuation: no cell's content (a cross or a tick is: layout/marks.py)
    tokens = [t for t in tokens if _WORDLIKE.search(t[2]) or t[2] in MARK_GLYPHS or _dash_between_words(page.text, t[0], t[1])]
    token_boxes = page.token_boxes()  # the same tokens (\S+) as structure's segments read
    boxes = [token_boxes[a] for a, _, _ in tokens]
    breaks = [a > 0 and page.text[a - 1] == "\n" for a, _, _ in tokens]
    words = plausible_boxes(
        [Word(text, a, z, b, page.page_no, None, br) for (a, z, text), b, br in zip(tokens, boxes, breaks, strict=True) if b is not None]
    )
    return levelled(words, lambda w: w.box, lambda w, b: replace(w, box=b, page_box=w.box))


# 'Kastellet – helgöppet' on one line, or 'Öjebyn –' wrapping to 'helgöppet' (a phrase goes on in
# lowercase); 'TVA —' over 'Net à payer' is a label and an empty value's dash
_PHRASE_DASH = re.compile(r"[^\W\d] [-–—]\s[^\W\d]")


def _dash_between_words(text: str, start: int, end: int) -> bool:
    """A dash standing alone between two words of a line is the phrase's ('Ungdomsgården Kastellet
    – helgöppet'), no speck: a speck or an empty cell's dash stands beside figures or alone."""
    if end - start != 1 or start < 2 or not _PHRASE_DASH.fullmatch(text, start - 2, end + 2):
        return False
    return text[end] == " " or text[end + 1].islower()


_SPECK_HYPHEN = re.compile(r"^[-–](?=[^\W\d])")  # '-mentor': a speck at a cell's left read as a hyphen


def _cell_word(token: str) -> str:
    """A token without the specks and rule remnants a scan prints beside it."""
    return _SPECK_HYPHEN.sub("", token.strip(_SPECKS))


def plausible_boxes(words: list[Word]) -> list[Word]:
    """Words whose box runs far past what their letters fill (OCR boxed a rule or an underline
    with the word) cut back to the width their letters can take, at the page's median letter
    width: such a box would join header cells or carry a word into the next column."""
    widths = sorted((w.box[2] - w.box[0]) / len(w.text) for w in words if len(w.text) >= MEDIAN_WORD_CHARS)
    if not widths:
        return words
    letter = widths[len(widths) // 2]
    out = []
    for w in words:
        limit = w.box[0] + (len(w.text) * GLYPH_STRETCH + 1) * letter
        out.append(replace(w, box=(w.box[0], w.box[1], limit, w.box[3])) if w.box[2] > limit else w)
    return out


def _lines(words: list[Word]) -> list[list[Word]]:
    """Words grouped into visual lines (tops within a share of their height), top to bottom."""
    lines: list[list[Word]] = []
    spans: list[tuple[float, float]] = []  # each line's vertical extent so far
    for w in sorted(words, key=lambda w: ((w.box[1] + w.box[3]) / 2, w.box[0])):
        if lines:
            top, bottom = spans[-1]
            overlap = min(bottom, w.box[3]) - max(top, w.box[1])
            if overlap >= LINE_TOLERANCE * min(bottom - top, w.box[3] - w.box[1]):
                lines[-1].append(w)
                spans[-1] = (min(top, w.box[1]), max(bottom, w.box[3]))
                continue
        lines.append([w])
        spans.append((w.box[1], w.box[3]))
    return [sorted(ln, key=lambda w: w.box[0]) for ln in lines]


def _intervals(words: list[Word]) -> list[list[Word]]:
    """Header words grouped into columns: x-ranges that overlap or lie within COLUMN_GAP."""
    groups: list[list[Word]] = []
    for w in sorted(words, key=lambda w: w.box[0]):
        if groups and w.box[0] - max(x.box[2] for x in groups[-1]) <= COLUMN_GAP:
            groups[-1].append(w)
        else:
            groups.append([w])
    return groups


def _header_lines(lines: list[list[Word]], i: int) -> tuple[list[Word], int]:
    """Line i and the lines under it that wrap its header cells (close below, no digits: a
    header names its columns in words); returns their words, turned cells read upright, and the
    index of the first body line."""
    first = lines[i]
    height = max(w.box[3] - w.box[1] for w in first)
    words = list(first)
    bottom = max(w.box[3] for w in first)
    j = i + 1
    while j < len(lines) and _wraps_header(lines, j, bottom, height, words):
        words += lines[j]
        bottom = max(w.box[3] for w in lines[j])
        j += 1
    return _header_words(upright(words, _turned_word)), j


def _header_words(words: list[Word]) -> list[Word]:
    """The header's words without a scan's rule remnants: a short word inside a phrase stays, and
    one-letter code columns where two or more stand side by side (a matrix)."""
    codes = [w for w in words if header_role(w.text) == "code"]
    matrix = len(codes) >= MIN_MATRIX_CODES  # a lone one is a rule's remnant
    return [w for w in words if not _rule_remnant(w) or _inside_phrase(w, words) or (matrix and w in codes)]


def _inside_phrase(w: Word, words: list[Word]) -> bool:
    """A short lower-case word between two words of its line at a word's spacing ('Skäl i
    beslutet', 'Belopp på fakturan'): part of the cell's phrase, no rule's remnant."""
    if not w.text.isalpha() or not (w.text.islower() or _capitalised(w.text)):
        return False
    beside = [x for x in words if x is not w and min(x.box[3], w.box[3]) > max(x.box[1], w.box[1])]
    left = any(0 <= w.box[0] - x.box[2] <= COLUMN_GAP for x in beside)
    right = any(0 <= x.box[0] - w.box[2] <= COLUMN_GAP for x in beside)
    return right and (left or _capitalised(w.text))  # or a capitalised word opening the phrase ('Vi återbetalar')


def _capitalised(text: str) -> bool:
    """'Vi', 'Är': a capital and small letters, as a word is written (a rule reads as 'l' or 'I')."""
    return len(text) > 1 and text[0].isupper() and text[1:].islower()


def _has_digit(line: list[Word]) -> bool:
    return any(c.isdigit() for w in line for c in w.text)


def _wraps_header(lines: list[list[Word]], j: int, bottom: float, height: float, header: list[Word]) -> bool:
    """Line j goes on with the header: close under it; or, where the header holds turned text
    (a tall header row whose narrow cells read bottom to top), anywhere above the first row,
    unless it heads a group of rows (the line under it starts a numbered row)."""
    if _has_digit([w for w in lines[j] if not _rule_remnant(w)]) or _numbers_row(lines[j], header):
        return False  # a header names its columns in words: digits (not a scan's rule remnant) start the body
    if _longer_than_header_cell(lines[j]):
        return False  # a cell's text above its row's number (rows centred vertically)
    gap = _top(lines[j]) - bottom
    if gap < HEADER_WRAP_LINES * height:
        return True
    turned = any(len(w.text) <= RULE_REMNANT_CHARS for w in header) and upright(header, _turned_word) != header
    heads_group = j + 1 < len(lines) and _keyed(lines[j + 1])
    return turned and gap < TABLE_END_GAP_LINES * height and not heads_group


def _numbers_row(line: list[Word], header: list[Word]) -> bool:
    """A short number at the header's first cell's edge before a capitalised word or a figure
    ('1 Godtas inte 0'): a row's key, where a rule's remnant ('1' left of a wrapped 'belopp')
    stands before a header word in small letters."""
    edge = min(w.box[0] for w in header)
    first, rest = line[0], line[1:2]
    at_edge = abs(first.box[0] - edge) <= COLUMN_SLACK and bool(_NUMBER.match(first.text))
    return at_edge and bool(rest) and (rest[0].text[:1].isupper() or rest[0].text[:1].isdigit())


def _longer_than_header_cell(line: list[Word]) -> bool:
    """A run of words on the line longer than a header cell names a column in."""
    return any(len(_join([w.text for w in run])) > MAX_HEADER_CHARS for run in _intervals(line))


def _turned_word(text: str, pieces: list[Word]) -> Word:
    """A turned header cell's pieces as one word, boxed over them all."""
    first = min(pieces, key=lambda w: w.start)
    box = _union([w.box for w in pieces]) or first.box
    return Word(text, first.start, max(w.end for w in pieces), box, first.page, _union([w.shown for w in pieces]))


def _top(line: list[Word]) -> float:
    return min(w.box[1] for w in line)


def _rule_remnant(w: Word) -> bool:
    """A scan's table rule read as a letter or two ('T', 'l', 'oo', '1') among header words:
    no header names a column in two characters unless the vocabulary knows them ('Nr', 's.')."""
    return len(w.text) <= RULE_REMNANT_CHARS and header_role(w.text) in (None, "code")


def _header_at(lines: list[list[Word]], i: int) -> tuple[list[list[Word]], int] | None:
    """A header starting at line i: that line and the wrapped lines of its cells under it, with
    at least MIN_COLUMNS columns of which most name a role. Returns the columns' words and the
    index of the first body line."""
    cells = len(_intervals(lines[i]))
    if cells < MIN_HEADER_START_CELLS or (cells < MIN_COLUMNS and not _tops_header_row(lines, i)):
        return None
    words, body_start = _header_lines(lines, i)
    groups = [sub for g in _intervals(words) for sub in _split_merged(g)]
    groups = [part for g in groups for part in split_at_gutters(g, lines[body_start : body_start + GUTTER_ROWS])]
    texts = [" ".join(w.text for w in _reading(g)) for g in groups]
    first_row = lines[body_start] if body_start < len(lines) else None
    if not names_columns(texts) and not names_some_columns(texts, first_row, groups):
        return None
    return groups, body_start


def _tops_header_row(lines: list[list[Word]], i: int) -> bool:
    """Line i, of fewer cells than a header, tops a header row: the line close under it has a
    header's cells, in type no smaller (a heading above a table is set larger)."""
    if i + 1 >= len(lines) or len(_intervals(lines[i + 1])) < MIN_COLUMNS:
        return False
    height = max(w.box[3] - w.box[1] for w in lines[i])
    below = max(w.box[3] - w.box[1] for w in lines[i + 1])
    close = _top(lines[i + 1]) - max(w.box[3] for w in lines[i]) < HEADER_WRAP_LINES * height
    return close and height <= HEADER_TYPE_SLACK * below


def _split_merged(group: list[Word]) -> list[list[Word]]:
    """A header cell merged over several columns ('Belopp (kr)' over 'Beviljat | Återkrävt |
    Återbetalas'): the columns are the cells under it, each named with the merged cell's words
    too (they carry the unit), boxed over that column only so its edge is the column's own."""
    top, *below = _lines(group)
    tops = _intervals(top)
    if len(tops) > 1:  # cells of one header line that the lines under them bridged into one group
        return _split_bridged(group, tops, [w for ln in below for w in ln])
    subs = _intervals([w for ln in below for w in ln])
    if len(subs) < 2:
        return [group]
    out = []
    for sub in subs:
        x0, x1 = min(w.box[0] for w in sub), max(w.box[2] for w in sub)
        # a hair apart, in their order on the line, so the cell still reads them in that order
        copies = [Word(w.text, w.start, w.end, (x0 + k * READING_STEP, w.box[1], x1, w.box[3]), w.page, w.shown) for k, w in enumerate(top)]
        out.append(copies + sub)
    return out


def _split_bridged(group: list[Word], tops: list[list[Word]], below: list[Word]) -> list[list[Word]]:
    """The group parted under its top line's cells, each part split as a merged cell may be."""
    parts = _under_top_cells(tops, below)
    if any(len(p) >= len(group) for p in parts):
        return [group]
    return [sub for part in parts for sub in _split_merged(part)]


def _under_top_cells(tops: list[list[Word]], below: list[Word]) -> list[list[Word]]:
    """Each top-line cell with the words under it: a word goes with the top cell its box overlaps
    most, or the nearest where it overlaps none."""
    parts = [list(t) for t in tops]
    spans = [(min(w.box[0] for w in t), max(w.box[2] for w in t)) for t in tops]
    for w in below:
        overlap = [min(w.box[2], x1) - max(w.box[0], x0) for x0, x1 in spans]
        parts[max(range(len(spans)), key=lambda k: overlap[k])].append(w)
    return parts


def _column_of(x0: float, edges: list[float]) -> int:
    col = 0
    for k, e in enumerate(edges):
        if x0 >= e - COLUMN_SLACK:
            col = k
    return col


def _span_of(col: int, edges: list[float]) -> tuple[float, float]:
    """Column col's x-range: from its edge to the next column's, each less half the slack."""
    left = edges[col] - CENTRE_SLACK if col else float("-inf")
    right = edges[col + 1] - CENTRE_SLACK if col + 1 < len(edges) else float("inf")
    return left, right


def _cell_column(box: Box, edges: list[float]) -> int:
    """The column holding the middle of a word's box. OCR can box a word with the column rule's
    ink left of it (its left edge would put it in the column before), or box a header a few
    points left of its cells (a word ending there would seem to run into it)."""
    return _column_of((box[0] + box[2]) / 2 - (COLUMN_SLACK - CENTRE_SLACK), edges)


def _straddles(w: Word, edges: list[float]) -> bool:
    """A word running over a column edge with a fair share of it on each side (a rule's ink
    boxed with a cell's word reaches over by a sliver only)."""
    left, right = _span_of(_cell_column(w.box, edges), edges)
    outside = max(left - w.box[0], 0.0) + max(w.box[2] - right, 0.0)
    return outside > 0 and outside >= STRADDLE_SHARE * (w.box[2] - w.box[0])


def _crosses(line: list[Word], edges: list[float]) -> bool:
    """Running text: a word across a column edge, or neighbouring words at a word's spacing in
    two columns; unless the line's cells start clear of their neighbours at two or more column
    edges (a row whose cells nearly touch at one edge, where OCR's boxes wander)."""
    tight = any(_straddles(w, edges) for w in line) or any(
        b.box[0] - a.box[2] < CROSSING_GAP and _cell_column(a.box, edges) != _cell_column(b.box, edges)
        for a, b in zip(line, line[1:], strict=False)
    )
    return tight and _clear_cell_starts(line, edges) < ALIGNED_CELLS


def _clear_cell_starts(line: list[Word], edges: list[float]) -> int:
    """How many column edges a word starts at, a cell's gap clear of the word before it (a line's
    first word aside), or stand inside a gap wider than a word space (a right-aligned amount
    starts past its column's edge): running text has none."""
    starts = {
        k
        for a, b in zip(line, line[1:], strict=False)
        if b.box[0] - a.box[2] >= CROSSING_GAP
        for k, e in enumerate(edges)
        if abs(b.box[0] - e) <= COLUMN_SLACK or (b.box[0] - a.box[2] >= ALIGNED_GAP and a.box[2] <= e <= b.box[0])
    }
    return len(starts)


def _body(lines: list[list[Word]], start: int, table: LayoutTable, edges: list[float]) -> int:
    """Adds the rows that follow the header; returns the index of the first line after them."""
    height = max((w.box[3] - w.box[1] for ln in lines[start : start + 3] for w in ln), default=10.0)
    prev_bottom: float | None = None
    in_note = False  # the line before was a merged comment's
    for j in range(start, len(lines)):
        line = lines[j]
        gap = line[0].box[1] - prev_bottom if prev_bottom is not None else 0.0
        in_note = merged_note(line, gap / height, table, edges, in_note)
        if in_note:
            table.notes.setdefault(len(table.rows) - 1, []).extend(line)
        elif _heads_group(lines, j, gap / height, edges):
            table.group_headings.append((len(table.rows), _join([w.text for w in line])))
        elif spanning_row(lines, j, gap / height, table, edges):
            table.spanning.append((len(table.rows), _join([w.text for w in line])))
        elif _ends_body(line, gap / height, table, edges):
            return j
        else:
            _place(line, gap / height, table, edges)
        prev_bottom = max(w.box[3] for w in line)
    return len(lines)


def _heads_group(lines: list[list[Word]], j: int, gap_lines: float, edges: list[float]) -> bool:
    """A row spanning the table from its first column, a few words that number no row and sum
    nothing ('Bidragsår 2022', 'Delområde Norr'), over a numbered row: it heads the rows under
    it, no activity of its own."""
    line = lines[j]
    if gap_lines > TABLE_END_GAP_LINES or len(line) > MAX_GROUP_WORDS or _keyed(line) or is_total_label(line[0].text):
        return False
    at_first_column = abs(line[0].box[0] - edges[KEY_COLUMN]) <= COLUMN_SLACK
    over_row = j + 1 < len(lines) and _keyed(lines[j + 1]) and _cell_column(lines[j + 1][0].box, edges) == KEY_COLUMN
    return at_first_column and over_row and _spans_columns(line, edges)


def _spans_columns(line: list[Word], edges: list[float]) -> bool:
    """One phrase at a word's spacing that runs on past the first column's end (a merged cell),
    where a cell's wrapped line stays inside its column."""
    one_phrase = all(b.box[0] - a.box[2] < COLUMN_GAP for a, b in zip(line, line[1:], strict=False))
    return one_phrase and len(edges) > 1 and line[-1].box[2] > edges[KEY_COLUMN + 1]


def _ends_body(line: list[Word], gap_lines: float, table: LayoutTable, edges: list[float]) -> bool:
    """Running text, a wide gap, or any line after the row that sums the table ends it. A sheet
    printed with fixed row heights leaves a wide gap under a row of one line: the table goes on
    where the line after it numbers the next row or sums the table."""
    summed = bool(table.rows) and table.rows[-1][0].is_total
    if summed:
        return not _wraps_total(line, gap_lines, table, edges)
    if _crosses(line, edges):
        return True
    if gap_lines <= TABLE_END_GAP_LINES:
        return False
    return gap_lines > NEXT_ROW_GAP_LINES or not (_next_numbered_row(line, table, edges) or _sums_table(line, table, edges))


def _wraps_total(line: list[Word], gap_lines: float, table: LayoutTable, edges: list[float]) -> bool:
    """Digit groups straight under the sum row, each in a money column: its amounts wrapping in
    narrow cells ('513' over '700')."""
    return gap_lines < ROW_GAP_LINES and all(w.text.isdigit() and table.role_of(_cell_column(w.box, edges)) in MONEY_ROLES for w in line)


def _next_numbered_row(line: list[Word], table: LayoutTable, edges: list[float]) -> bool:
    """The line starts, in the key column, the row numbered next after the table's last row
    ('7' after '6', '2.4' after '2.3', 'Aktivitet 5' after 'Aktivitet 4')."""
    if not table.rows or not _keyed(line) or _cell_column(line[0].box, edges) != KEY_COLUMN:
        return False
    last, this = _key_number(table.rows[-1][KEY_COLUMN].text), _key_number(_join([w.text for w in line[:3]]))
    return bool(last and this) and this[:-1] == last[:-1] and this[-1] == last[-1] + 1


def _key_number(text: str) -> list[int]:
    """The parts of the number a row's key states ('2.4' -> [2, 4]); empty where it states none."""
    m = _KEY_NUMBER.search(text)
    return [int(p) for p in m.group().split(".")] if m else []


def _place(line: list[Word], gap_lines: float, table: LayoutTable, edges: list[float]) -> None:
    """The line's words into the row they belong to: a new row, or the open row's cells."""
    line = [part for w in line for part in unglued(w, edges)]
    subtotal = subtotal_row(line, table, edges)  # in a grouped table, a sum under the group's rows ('Summa aktivitet 2')
    total = not subtotal and _sums_table(line, table, edges)
    if total or subtotal or not table.rows or _starts_row(line, gap_lines, table, edges):
        table.rows.append([TableCell(len(table.rows), k, is_total=total) for k in range(len(edges))])
    if subtotal:
        table.subtotals.add(len(table.rows) - 1)
    for w in line:
        table.rows[-1][_cell_column(w.box, edges)].words.append(w)


def _starts_row(line: list[Word], gap_lines: float, table: LayoutTable, edges: list[float]) -> bool:
    """A number in the key column starts a row; in a table without numbers, a line filling the
    key column and another does, or a gap between rows; a line in fewer columns wraps the cells
    above."""
    if _keyed(line) and _cell_column(line[0].box, edges) == KEY_COLUMN:
        return True
    if _numbered(table):
        return _second_claim(line, table, edges)
    cols = {_cell_column(w.box, edges) for w in line}
    return (KEY_COLUMN in cols and len(cols) > 1) or gap_lines > ROW_GAP_LINES


_BARE_AMOUNT = re.compile(r"^\d{1,3}$")  # an amount's first digit group ('138' of '138 750 kr')
_AMOUNT_END = re.compile(r"(\bkr\b|kronor|\bsek\b|:-|,\d{2})\.?$", re.I)  # how a whole amount in a cell ends


def _second_claim(line: list[Word], table: LayoutTable, edges: list[float]) -> bool:
    """A row whose number a scan lost: the line starts another claim in the amount column, beside
    a title, while the open row has its claim already. (A table of cost items lists an amount a
    line: there each line is an item, not a row.)"""
    roles = [table.role_of(_cell_column(w.box, edges)) for w in line]
    if "cost_item" in (r for _, r, _ in table.columns) or "activity" not in roles or "amount" not in roles:
        return False
    claim = [w for w, r in zip(line, roles, strict=True) if r == "amount"]
    open_claim = table.cell(table.rows[-1], "amount")
    # both whole amounts ('64 200 kr', then '138 750 kr'): not '1 204' wrapping on as '750 kr'
    whole = open_claim is not None and bool(_AMOUNT_END.search(open_claim.text))
    return whole and bool(_BARE_AMOUNT.match(claim[0].text)) and bool(_AMOUNT_END.search(" ".join(w.text for w in claim)))


def _sums_table(line: list[Word], table: LayoutTable, edges: list[float]) -> bool:
    """'Summa 409 630 kr': a line led by a total word with an amount in a money column."""
    if not table.rows or not is_total_label(line[0].text):
        return False
    return any(table.role_of(_cell_column(w.box, edges)) in MONEY_ROLES and re.search(r"\d", w.text) for w in line[1:])


def _keyed(words: list[Word]) -> bool:
    """Words that start a numbered row: a number, or a numbering word and a number."""
    return bool(_NUMBER.match(words[0].text) or _NUMBERED_LABEL.match(" ".join(w.text for w in words[:3])))


def _numbered(table: LayoutTable) -> bool:
    return bool(table.rows) and bool(table.rows[0][0].words) and _keyed(_reading(table.rows[0][0].words))


def _table_role(roles: list[str | None], noted: bool = False) -> str:
    """The table's role by its columns' roles; a table of activities and claims whose rows carry
    a comment merged under them (layout/records.py) or marks for the answer is the response's."""
    have = set(roles) | ({"comment"} if noted else set())
    if "page" in have and have & {"section", "activity"}:
        return "contents"
    if ({"activity", "amount"} <= have and have & {"position", "assessment", "code", "mark", "comment"}) or {
        "activity",
        "position",
    } <= have:
        return "activities"  # a row per activity with the municipality's answer (its claim may stand elsewhere)
    if "attachment" in have:
        return "attachments"
    if "recipient" in have:
        return "payments"
    if "amount" in have:
        return "summary"
    return "other"


def _headed_table(lines: list[list[Word]], i: int, page_no: int) -> tuple[LayoutTable, list[float], int] | None:
    """The table whose header row starts at line i, with its body: the table, its column edges
    and the index of the first line after it."""
    found = _header_at(lines, i)
    if not found:
        return None
    groups, body_start = found
    header = [TableCell(0, k, list(g), True) for k, g in enumerate(groups)]
    roles = column_roles([c.text for c in header])
    edges = [min(w.box[0] for w in g) for g in groups]
    if ROW_KEY_ROLES & set(roles):  # a table of rows: a centred header's column starts left of it (a form's option line keeps its words')
        edges = body_edges(groups, lines[body_start : body_start + GUTTER_ROWS])
    table = LayoutTable([(e, r, c.text) for e, r, c in zip(edges, roles, header, strict=True)], header, [], [page_no])
    end = _body(lines, body_start, table, edges)
    recentre_rows(table)
    _number_column(table)
    type_unnamed_columns(table)
    type_mark_columns(table)
    type_figure_columns(table)
    table.role = _table_role([r for _, r, _ in table.columns], bool(table.notes))
    return table, edges, end


def _number_column(table: LayoutTable) -> None:
    """A key column its header does not name ('Akt.', '', 'Löpnummer') holds the rows' numbers
    when every row but the total has one there."""
    if not table.rows or table.columns[KEY_COLUMN][1] is not None or "number" in (r for _, r, _ in table.columns):
        return
    keys = [row[KEY_COLUMN].text for row in table.rows if not row[KEY_COLUMN].is_total]
    if keys and all(_NUMBER.match(k) for k in keys):
        edge, _, head = table.columns[KEY_COLUMN]
        table.columns[KEY_COLUMN] = (edge, "number", head)


def find_tables(doc: IngestedDocument) -> list[LayoutTable]:
    """Every table with a header row in the document, a table continued over a page break as
    one."""
    tables: list[LayoutTable] = []
    open_table: tuple[LayoutTable, list[float]] | None = None
    for page in doc.pages:
        lines = page_lines(page)
        i = _continue(lines, open_table, page.page_no) if open_table is not None else 0
        open_table = open_table if i else None
        while i < len(lines):
            found = _headed_table(lines, i, page.page_no)
            if found is None or len(found[0].rows) < MIN_ROWS:
                i += 1
                continue
            table, edges, end = found
            tables.append(table)
            open_table = (table, edges) if end >= len(lines) else None  # it may go on over the page
            i = max(end, i + 1)
    from .codes import read_legends, read_matrices
    from .paragraphs import gather_paragraphs
    from .transposed import find_transposed_tables

    for t in tables:
        gather_paragraphs(t)  # a cell merged over a group's rows, its lines cut apart by them
    tables += find_transposed_tables(doc)
    read_legends(tables, doc)
    read_matrices(tables, doc)
    return tables


def _continue(lines: list[list[Word]], open_table: tuple[LayoutTable, list[float]], page_no: int) -> int:
    """A table left open at the foot of the last page continues at the top of this one: its
    header repeated, or rows whose words start at its column edges. Returns where it ends here
    (0: it does not continue)."""
    table, edges = open_table
    if not lines:
        return 0
    start = _after_repeated_header(lines, table)
    if start is None and (_crosses(lines[0], edges) or not any(abs(lines[0][0].box[0] - e) <= COLUMN_SLACK for e in edges)):
        return 0
    start = start or 0
    end = _body(lines, start, table, edges)
    if end > start and page_no not in table.pages:
        table.pages.append(page_no)
    return end


def _after_repeated_header(lines: list[list[Word]], table: LayoutTable) -> int | None:
    """Where the body goes on under the table's header printed again atop the page (under a
    running page header, its cells wrapping as on the first page): its columns name the same
    roles. None: no header repeated here."""
    for i in range(min(REPEATED_HEADER_WITHIN, len(lines))):
        found = _header_at(lines, i)
        if found and _same_columns(column_roles([_join([w.text for w in _reading(g)]) for g in found[0]]), table):
            return found[1]
    return None


def _same_columns(roles: list[str | None], table: LayoutTable) -> bool:
    """A header naming the table's columns (its key column unnamed where the rows' numbers
    named it)."""
    had = [r for _, r, _ in table.columns]
    return len(roles) == len(had) and all(
        a == b or (k == KEY_COLUMN and a is None and b == "number") for k, (a, b) in enumerate(zip(roles, had, strict=True))
    )


def layout_rows(doc_id: str, tables: list[LayoutTable]) -> tuple[list[dict], list[dict]]:
    """The contract's layout_tables and layout_cells rows."""
    trows, crows = [], []
    for n, t in enumerate(tables, 1):
        box = t.box or (None, None, None, None)
        trows.append(
            dict(
                doc_id=doc_id,
                table_no=n,
                page=t.pages[0],
                page_end=t.pages[-1],
                n_rows=len(t.rows) + 1,
                n_cols=len(t.columns),
                ruled=t.ruled,
                x0=box[0],
                top=box[1],
                x1=box[2],
                bottom=box[3],
                role=t.role if t.role in CONTRACT_ROLES else "other",  # a contents table is no role of the contract's
            )
        )
        for r, row in enumerate([t.header, *t.rows]):
            for c in row:
                b = c.box or (None, None, None, None)
                crows.append(
                    dict(
                        doc_id=doc_id,
                        table_no=n,
                        row=r,
                        col=c.col,
                        text=c.text,
                        is_header=c.is_header,
                        row_span=1,
                        col_span=1,
                        page=c.page,
                        x0=b[0],
                        top=b[1],
                        x1=b[2],
                        bottom=b[3],
                    )
                )
    return trows, crows


# --------------------------------------------------------------------------------------------
# Tables without a header: columns seen in the alignment of the lines' word groups

ALIGNED_GAP = 12.0  # points between words that separate two cells of a line
EDGE_SLACK = 10.0  # points two cells' left edges may differ by in one column (OCR boxes wander)
MIN_ALIGNED_LINES = 3
EDGE_SHARE = 0.3  # share of multi-cell lines a column edge recurs in (wrapped lines fill fewer)


def _segments(line: list[Word]) -> list[list[Word]]:
    """A line's words in runs at word spacing: its cells."""
    return runs(line, ALIGNED_GAP)


def _edges(block: list[list[list[Word]]]) -> list[float]:
    """Column edges: left edges of cells that recur in at least half the multi-cell lines."""
    starts = sorted(seg[0].box[0] for segs in block if len(segs) > 1 for seg in segs)
    clusters: list[list[float]] = []
    for x in starts:
        if clusters and x - clusters[-1][-1] <= EDGE_SLACK:
            clusters[-1].append(x)
        else:
            clusters.append([x])
    multi = sum(len(segs) > 1 for segs in block)
    return [min(c) for c in clusters if len(c) >= max(2, EDGE_SHARE * multi)]


def _aligned_blocks(lines: list[list[Word]]) -> list[list[list[list[Word]]]]:
    """Runs of lines split into cells; a one-cell line continues a run when a run is open and
    its cell starts right of the run's first column (a cell wrapping on its own)."""
    blocks: list[list[list[list[Word]]]] = []
    cur: list[list[list[Word]]] = []
    for line in lines:
        segs = _segments(line)
        if len(segs) > 1 or (cur and segs[0][0].box[0] > cur[0][0][0].box[0] + EDGE_SLACK) or _wraps_first_cell(segs, cur):
            cur.append(segs)
            continue
        if cur:
            blocks.append(cur)
        cur = []
    if cur:
        blocks.append(cur)
    return [b for b in blocks if sum(len(s) >= MIN_COLUMNS for s in b) >= MIN_ALIGNED_LINES]


def _aligned_table(block: list[list[list[Word]]], page_no: int) -> LayoutTable | None:
    """A block of aligned lines as a table: a row starts at a line that fills every column, the
    lines under it wrap its cells."""
    edges = _edges(block)
    if len(edges) < MIN_COLUMNS:
        return None
    table = LayoutTable([(e, None, "") for e in edges], [], [], [page_no])
    for segs in block:
        cols = {_column_of(seg[0].box[0], edges) for seg in segs}
        if not table.rows or len(cols) == len(edges):
            table.rows.append([TableCell(len(table.rows), k) for k in range(len(edges))])
        for seg in segs:
            table.rows[-1][_column_of(seg[0].box[0], edges)].words.extend(seg)
    return table if len(table.rows) >= 2 else None


def _wraps_first_cell(segs: list[list[Word]], cur: list[list[list[Word]]]) -> bool:
    """A one-cell line straight under a run's multi-cell line, starting in its first column and
    ending before its second begins: the first cell wrapping (a row's last line, '2023/Bidnr 9695',
    where OCR reads the row line by line). A paragraph after the table runs past the column."""
    if len(segs) != 1 or not cur or len(cur[-1]) < 2:
        return False
    above, line = cur[-1], segs[0]
    first, second = above[0], above[1]
    height = max(w.box[3] - w.box[1] for w in first)
    return (
        abs(line[0].box[0] - first[0].box[0]) <= EDGE_SLACK
        and line[-1].box[2] < second[0].box[0] - ALIGNED_GAP
        and line[0].box[1] - max(w.box[3] for w in first) <= height
    )


def find_aligned_tables(doc: IngestedDocument) -> list[LayoutTable]:
    """Tables without a header row whose cells line up in columns over several lines."""
    out: list[LayoutTable] = []
    for page in doc.pages:
        for block in _aligned_blocks(page_lines(page)):
            table = _aligned_table(block, page.page_no)
            if table is not None:
                out.append(table)
    return out
