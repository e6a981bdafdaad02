"""Tables from word boxes: a header row whose cells name columns, the body's words placed in the
column whose left edge they start at, rows begun by a number in the key column (or by a gap
between rows), cells wrapping over lines, amounts wrapping inside their cell, and a table that
continues on the next page (its header repeated or not) read as one table. Works alike on ruled
and whitespace-aligned tables and on text-layer and OCR pages: it reads only word boxes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..ingest import IngestedDocument, PageText
from ..ingest.model import Box

COLUMN_GAP = 8.0  # points between header words that belong to different columns
LINE_TOLERANCE = 0.5  # share of a word's height two words' tops may differ by on one line
COLUMN_SLACK = 4.0  # points a body word may start left of its column's header
ROW_GAP_LINES = 1.6  # a gap of this many line heights between lines starts a new row
TABLE_END_GAP_LINES = 3.0  # a gap this large ends the table
CROSSING_GAP = 6.0  # words closer than this across a column edge are running text, not cells
MIN_COLUMNS = 3
MAX_HEADER_CHARS = 45  # a header cell longer than this is a row's text
MIN_ROWS = 1

# what a header cell says: the column's role (data: the genre's vocabulary)
_ROLE_WORDS: list[tuple[str, re.Pattern]] = [
    ("number", re.compile(r"^(nr|nummer|#|punkt|pos)\.?$", re.I)),
    ("page", re.compile(r"^(sida|sid\.?|s\.)$", re.I)),
    ("section", re.compile(r"^(avsnitt|rubrik|innehåll)$", re.I)),
    (
        "position",
        re.compile(
            r"ställningstag\w*|inställning\w*|kommunens\s+(svar|syn\w*|kommentar\w*|bedömning)|"
            r"yttrande|svar|kommentar\w*|synpunkt\w*",
            re.I,
        ),
    ),
    ("assessment", re.compile(r"socialstyrelsens|bedömning\w*|motivering\w*|skäl\b", re.I)),
    ("amount", re.compile(r"belopp\w*|återkr\w*|summa|kronor|\bkr\b|\bsek\b|\btkr\b", re.I)),
    ("activity", re.compile(r"aktivitet\w*|insats\w*|åtgärd\w*|projekt\w*|beskrivning|benämning", re.I)),
    ("attachment", re.compile(r"^bilag\w*$", re.I)),
    ("recipient", re.compile(r"mottagare|förening\w*|utförare|leverantör", re.I)),
    ("date", re.compile(r"datum|utbetal\w*", re.I)),
]
_SPECKS = "'\"‘’“”•·|¦"  # a scan's specks and rules read beside a cell's word
_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,2})*\.?$")


@dataclass
class Word:
    text: str
    start: int
    end: int
    box: Box
    page: int


@dataclass
class TableCell:
    row: int
    col: int
    words: list[Word] = field(default_factory=list)
    is_header: bool = False

    @property
    def text(self) -> str:
        return _join([w.text for w in _reading(self.words)])

    @property
    def box(self) -> Box | None:
        if not self.words:
            return None
        return (
            min(w.box[0] for w in self.words),
            min(w.box[1] for w in self.words),
            max(w.box[2] for w in self.words),
            max(w.box[3] for w in self.words),
        )

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

    def cell(self, row: list[TableCell], role: str) -> TableCell | None:
        for k, (_, r, _) in enumerate(self.columns):
            if r == role:
                return row[k]
        return None

    @property
    def box(self) -> Box | None:
        boxes = [c.box for c in self.header if c.box] + [c.box for r in self.rows for c in r if c.box]
        first = [b for c, b in ((c, c.box) for c in self.header) if b]
        if not boxes or not first:
            return None
        on_first = [c.box for r in self.rows for c in r if c.box and c.page == self.pages[0]] + first
        return (min(b[0] for b in on_first), min(b[1] for b in on_first), max(b[2] for b in on_first), max(b[3] for b in on_first))


def _join(parts: list[str]) -> str:
    text = ""
    for p in parts:
        if text.endswith("-") and p[:1].islower() and not text.endswith(" -"):
            text = text[:-1] + p  # a word hyphenated inside its cell
        else:
            text = f"{text} {p}" if text else p
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


def _page_words(page: PageText) -> list[Word]:
    out = []
    for m in re.finditer(r"\S+", page.text):
        text = m.group().strip(_SPECKS)
        if not re.search(r"\w", text):
            continue  # a speck or a rule's remnant read as punctuation: no cell's content
        b = page.box(m.start(), m.end())
        if b is not None:
            out.append(Word(text, m.start(), m.end(), b, page.page_no))
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


def _role(text: str) -> str | None:
    return next((role for role, rx in _ROLE_WORDS if rx.search(text)), None)


def _intervals(words: list[Word]) -> list[list[Word]]:
    """Header words grouped into columns: x-ranges that overlap or lie within COLUMN_GAP."""
    groups: list[list[Word]] = []
    for w in sorted(words, key=lambda w: w.box[0]):
        if groups and w.box[0] - max(x.box[2] for x in groups[-1]) <= COLUMN_GAP:
            groups[-1].append(w)
        else:
            groups.append([w])
    return groups


def _header_at(lines: list[list[Word]], i: int) -> tuple[list[list[Word]], int] | None:
    """A header starting at line i: that line and the wrapped lines of its cells under it, with
    at least MIN_COLUMNS columns of which most name a role. Returns the columns' words and the
    index of the first body line."""
    first = lines[i]
    groups = _intervals(first)
    if len(groups) < MIN_COLUMNS:
        return None
    height = max(w.box[3] - w.box[1] for w in first)
    words = list(first)
    j = i + 1
    bottom = max(w.box[3] for w in first)
    while j < len(lines) and lines[j][0].box[1] - bottom < 0.6 * height and not _NUMBER.match(lines[j][0].text):
        words += lines[j]
        bottom = max(w.box[3] for w in lines[j])
        j += 1
    groups = _intervals(words)
    texts = [" ".join(w.text for w in _reading(g)) for g in groups]
    if any(re.search(r"\d", t) or len(t) > MAX_HEADER_CHARS for t in texts):
        return None  # a header names its columns in a few words; digits make it a row
    roles = [_role(t) for t in texts]
    if len(groups) < MIN_COLUMNS or sum(r is not None for r in roles) < max(2, len(groups) - 1):
        return None
    return groups, j


def _column_of(x0: float, edges: list[float]) -> int:
    col = 0
    for k, e in enumerate(edges):
        if x0 >= e - COLUMN_SLACK:
            col = k
    return col


def _crosses(line: list[Word], edges: list[float]) -> bool:
    """Running text: a line whose neighbouring words sit across a column edge at a word's
    spacing."""
    for a, b in zip(line, line[1:], strict=False):
        gap = b.box[0] - a.box[2]
        if gap < CROSSING_GAP and any(
            a.box[2] < e - COLUMN_SLACK < b.box[0] + 1 or a.box[0] < e - COLUMN_SLACK < a.box[2] for e in edges[1:]
        ):
            return True
    return False


def _body(lines: list[list[Word]], start: int, table: LayoutTable, edges: list[float]) -> int:
    """Adds the rows that follow the header; returns the index of the first line after them."""
    key = 0
    height = max((w.box[3] - w.box[1] for ln in lines[start : start + 3] for w in ln), default=10.0)
    prev_bottom = None
    j = start
    while j < len(lines):
        line = lines[j]
        if _crosses(line, edges):
            break
        gap = line[0].box[1] - prev_bottom if prev_bottom is not None else 0.0
        if gap > TABLE_END_GAP_LINES * height:
            break
        starts_row = _NUMBER.match(line[0].text) and _column_of(line[0].box[0], edges) == key
        if not _numbered(table) and table.rows:
            # no numbers to go by: a line filling the key column and another starts a row; a line
            # in fewer columns wraps the cells above
            cols = {_column_of(w.box[0], edges) for w in line}
            starts_row = starts_row or (key in cols and len(cols) > 1) or gap > ROW_GAP_LINES * height
        if not table.rows or starts_row:
            table.rows.append([TableCell(len(table.rows), k) for k in range(len(edges))])
        for w in line:
            table.rows[-1][_column_of(w.box[0], edges)].words.append(w)
        prev_bottom = max(w.box[3] for w in line)
        j += 1
    return j


def _numbered(table: LayoutTable) -> bool:
    return bool(table.rows) and bool(_NUMBER.match(table.rows[0][0].text or ""))


def _table_role(roles: list[str | None]) -> str:
    have = set(roles)
    if "page" in have and have & {"section", "activity"}:
        return "contents"
    if {"activity", "amount"} <= have and have & {"position", "assessment"}:
        return "activities"
    if "attachment" in have:
        return "attachments"
    if "recipient" in have:
        return "payments"
    if "amount" in have:
        return "summary"
    return "other"


def find_tables(doc: IngestedDocument) -> list[LayoutTable]:
    """Every table with a header row in the document, a table continued over a page break as
    one."""
    tables: list[LayoutTable] = []
    open_table: tuple[LayoutTable, list[float]] | None = None
    for page in doc.pages:
        lines = _lines(page_words(page))
        i = 0
        if open_table is not None:
            i = _continue(lines, open_table, page.page_no)
            if i == 0:
                open_table = None
        while i < len(lines):
            found = _header_at(lines, i)
            if not found:
                i += 1
                continue
            groups, body_start = found
            edges = [min(w.box[0] for w in g) for g in groups]
            header = [TableCell(0, k, list(g), True) for k, g in enumerate(groups)]
            roles = [_role(c.text) for c in header]
            table = LayoutTable([(e, r, c.text) for e, r, c in zip(edges, roles, header, strict=True)], header, [], [page.page_no])
            end = _body(lines, body_start, table, edges)
            if len(table.rows) >= MIN_ROWS:
                table.role = _table_role(roles)
                tables.append(table)
                open_table = (table, edges) if end >= len(lines) else None
            i = max(end, i + 1)
    return tables


def _continue(lines: list[list[Word]], open_table: tuple[LayoutTable, list[float]], page_no: int) -> int:
    """A table left open at the foot of the last page continues at the top of this one: its
    header repeated, or rows whose words start at its column edges. Returns where it ends here
    (0: it does not continue)."""
    table, edges = open_table
    if not lines:
        return 0
    start = 0
    head = " ".join(w.text for w in lines[0]).casefold()
    if head.startswith(table.header[0].text.casefold()) and len(_intervals(lines[0])) >= MIN_COLUMNS:
        found = _header_at(lines, 0)
        start = found[1] if found else 1
    elif _crosses(lines[0], edges) or not any(abs(lines[0][0].box[0] - e) <= COLUMN_SLACK for e in edges):
        return 0
    end = _body(lines, start, table, edges)
    if end > start and page_no not in table.pages:
        table.pages.append(page_no)
    return end


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
                role=t.role,
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
    segs: list[list[Word]] = []
    for w in line:
        if segs and w.box[0] - segs[-1][-1].box[2] <= ALIGNED_GAP:
            segs[-1].append(w)
        else:
            segs.append([w])
    return segs


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
    """Tables without a header row whose cells line up in columns over several lines; a row
    starts at a line that fills every column, the lines under it wrap its cells."""
    out: list[LayoutTable] = []
    for page in doc.pages:
        for block in _aligned_blocks(_lines(page_words(page))):
            edges = _edges(block)
            if len(edges) < MIN_COLUMNS:
                continue
            table = LayoutTable([(e, None, "") for e in edges], [], [], [page.page_no])
            for segs in block:
                cols = {_column_of(seg[0].box[0], edges) for seg in segs}
                if not table.rows or len(cols) == len(edges):
                    table.rows.append([TableCell(len(table.rows), k) for k in range(len(edges))])
                for seg in segs:
                    table.rows[-1][_column_of(seg[0].box[0], edges)].words.extend(seg)
            if len(table.rows) >= 2:
                out.append(table)
    return out
