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


@dataclass
class CellAmount:
    value: Decimal
    words: list[Word]
    is_total: bool

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


def _amounts_of(cell: TableCell, unit: Decimal) -> Iterator[CellAmount]:
    """A cell's amounts with the words each stands on: the whole cell when it is one amount
    (wrapped or not), else each line that is one."""
    if len(cell_amounts(cell)) == 1 and is_bare_amount(cell.text):
        value = cell_amount(cell.text)
        if value is not None:
            yield CellAmount(value * unit, cell.words, cell.is_total)
        return
    for words in cell.line_words:
        text = " ".join(w.text for w in words)
        value = cell_amount(text) if is_bare_amount(text) else None
        if value is not None:
            yield CellAmount(value * unit, words, cell.is_total)


def table_amounts(tables: list[LayoutTable]) -> Iterator[CellAmount]:
    """Every amount in the tables' money columns, the header row's words excluded."""
    for t in tables:
        money_cols = [(k, _header_unit(head)) for k, (_, role, head) in enumerate(t.columns) if role in MONEY_ROLES]
        for row in t.rows:
            for k, unit in money_cols:
                yield from _amounts_of(row[k], unit)


def table_money_rows(
    doc: IngestedDocument, tables: list[LayoutTable], activity_at: Callable[[int, int], str | None], taken: set[tuple[int, int]]
) -> list[dict]:
    """The contract's money rows for table amounts no text mention has taken; adds each to
    `taken` (page, char_start)."""
    rows: list[dict] = []
    for a in table_amounts(tables):
        if any(p == a.page and a.start <= s < a.end for p, s in taken):
            continue
        page = doc.pages[a.page - 1]
        box = page.box(a.start, a.end) if page.source == "text_layer" else None
        rows.append(
            dict(
                doc_id=doc.doc_id,
                mention_id=f"{doc.doc_id}:{a.page}:{a.start}:0",
                activity_no=None if a.is_total else activity_at(a.page, a.start),
                value=a.value,
                currency="SEK",
                raw_text=a.raw,
                role="total" if a.is_total else "table",
                page=a.page,
                char_start=a.start,
                char_end=a.end,
                x0=box[0] if box else None,
                top=box[1] if box else None,
                x1=box[2] if box else None,
                bottom=box[3] if box else None,
                sentence=a.raw,
                approximate=False,
                range_part=0,
            )
        )
        taken.add((a.page, a.start))
    return rows
