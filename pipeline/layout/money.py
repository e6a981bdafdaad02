"""Money printed in tables' amount columns: bare numbers under a header that names money
('Återkrävt (kr)', 'Belopp', 'Återbetalas') are amounts in kronor, whether or not the cell
says 'kr'; a merged row's cost items are an amount each."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal

from ..ingest import IngestedDocument
from .activities import cell_amount, cell_amounts, is_bare_amount
from .columns import MONEY_ROLES
from .tables import LayoutTable, TableCell, Word
from .years import YEAR_ROLE


@dataclass
class CellAmount:
    value: Decimal
    words: list[Word]
    role: str  # the contract's money role: table, total or toc (a contents table's)
    activity_no: str | None = None  # where the row names it (a contents entry's number)

    @property
    def page(self) -> int:
        return self.words[0].page

    @property
    def start(self) -> int:
        return min(w.start for w in self.words)

    @property
    def end(self) -> int:
        return max(w.end for w in self.words)

    @property
    def raw(self) -> str:
        return " ".join(w.text for w in self.words)


def _header_unit(header: str) -> Decimal:
    from ..structure import _header_unit as unit

    return unit(header)


def _amounts_of(cell: TableCell, unit: Decimal) -> Iterator[tuple[Decimal, list[Word]]]:
    """A cell's amounts with the words each stands on: the whole cell when it is one amount
    (wrapped or not), else each line that is one."""
    if len(cell_amounts(cell)) == 1 and is_bare_amount(cell.text):
        value = cell_amount(cell.text)
        if value is not None:
            yield value * unit, cell.words
        return
    for words in cell.line_words:
        text = " ".join(w.text for w in words)
        value = cell_amount(text) if is_bare_amount(text) else None
        if value is not None:
            yield value * unit, words


def _contents_number(table: LayoutTable, row: list[TableCell]) -> str | None:
    """The activity a contents row names ('Aktivitet 2. Lovaktiviteter')."""
    from ..structure import _NUMBERED

    title = table.cell(row, "section") or table.cell(row, "activity") or row[0]
    m = _NUMBERED.match(title.text)
    return m.group("num") if m else None


def _row_amounts(table: LayoutTable, row: list[TableCell], money_cols: list[tuple[int, Decimal]]) -> Iterator[CellAmount]:
    contents = table.role == "contents"
    role = "toc" if contents else "total" if row[0].is_total else "table"
    number = _contents_number(table, row) if contents else None
    for k, unit in money_cols:
        # a grant year's sum is that year's share of the claims, no total of them (layout.years)
        cell_role = "table" if role == "total" and table.role_of(k) == YEAR_ROLE else role
        for value, words in _amounts_of(row[k], unit):
            yield CellAmount(value, words, cell_role, number)


def table_amounts(tables: list[LayoutTable]) -> Iterator[CellAmount]:
    """Every amount in the tables' money columns, the header row's words excluded."""
    for t in tables:
        money_cols = [(k, _header_unit(head)) for k, (_, role, head) in enumerate(t.columns) if role in MONEY_ROLES]
        for row in t.rows:
            yield from _row_amounts(t, row, money_cols)


def _money_row(doc: IngestedDocument, a: CellAmount, activity_no: str | None) -> dict:
    page = doc.pages[a.page - 1]
    box = page.box(a.start, a.end) if page.source == "text_layer" else None  # contract: boxes from a text layer
    x0, top, x1, bottom = box or (None, None, None, None)
    return dict(
        doc_id=doc.doc_id,
        mention_id=f"{doc.doc_id}:{a.page}:{a.start}:0",
        activity_no=activity_no,
        value=a.value,
        currency="SEK",
        raw_text=a.raw,
        role=a.role,
        page=a.page,
        char_start=a.start,
        char_end=a.end,
        x0=x0,
        top=top,
        x1=x1,
        bottom=bottom,
        sentence=a.raw,
        approximate=False,
        range_part=0,
    )


def table_money_rows(
    doc: IngestedDocument, tables: list[LayoutTable], activity_at: Callable[[int, int], str | None], taken: set[tuple[int, int]]
) -> list[dict]:
    """The contract's money rows for table amounts no text mention has taken; adds each to
    `taken` (page, char_start)."""
    rows: list[dict] = []
    for a in table_amounts(tables):
        if any(p == a.page and a.start <= s < a.end for p, s in taken):
            continue
        # a contents row names its activity; a body row is the activity it stands in; a total none
        activity = a.activity_no if a.role == "toc" else activity_at(a.page, a.start) if a.role == "table" else None
        rows.append(_money_row(doc, a, activity))
        taken.add((a.page, a.start))
    return rows
