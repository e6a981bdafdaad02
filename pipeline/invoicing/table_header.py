"""A line table's column header, however many lines it is set over.

E-invoicing layouts (the French FNFE pattern, German ZUGFeRD renderings) stack a column's title
over two to five short lines ("P.U. HT (EUR)" over "UNIT for P.U."; "Remise (-)" over "Charge (+)"
over "(EUR)"), and the row the vocabulary recognises may be any one of them. The header block is
that row and the digit-free lines set tight above and below it; each column's cell gathers the
lines that overlap it. A column whose title the vocabulary does not know is kept, as "other", so
that what stands under it (a line number, an article code, a discount) is not read as the
neighbouring column's value."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .layout import PageLayout, Phrase
from .vocab import vocabulary

HEADER_LINE_GAP = 0.8  # of a line's height: a header's lines stand this close to each other
HEADER_MAX_LINES = 3  # lines a header may run over above and below the recognised row
OTHER = "other"  # a column the vocabulary has no role for
ROLES = ("description", "quantity", "unit", "unit_price", "amount", "vat_rate")
FIGURE_ROLES = ("quantity", "unit", "unit_price", "amount", "vat_rate")
_DIGIT = re.compile(r"\d")
_TRAILING_PUNCTUATION = ",;:/"

Columns = list[tuple[str, float, float]]  # (role, x0, x1) per column, left to right


@lru_cache(maxsize=1)
def column_patterns() -> dict[str, re.Pattern]:
    spec = vocabulary()["columns"]
    # "Amount (USD)", "Einzelpreis brutto": a currency or VAT qualifier after the header's name
    qualifier = rf"(?:\s*(?:{'|'.join(vocabulary()['column_qualifiers'])}))*"
    return {role: re.compile(rf"^(?:{'|'.join(spec[role])}){qualifier}\s*[:.]?$", re.IGNORECASE) for role in ROLES}


@dataclass
class Cell:
    """One column's title: its lines top to bottom, and the text it has on the recognised row."""

    parts: list[str]
    x0: float
    x1: float
    own: str = ""

    @property
    def text(self) -> str:
        return " ".join(self.parts)


def header_columns(lay: PageLayout, hi: int, own_cells: list[tuple[str, float, float]]) -> tuple[Columns, int]:
    """The columns of the header recognised on row `hi` (whose cells are `own_cells`), and the
    header block's last row: the table's rows begin after it."""
    cells = [Cell([t], x0, x1, own=t) for t, x0, x1 in own_cells]
    above, below = _block_rows(lay, hi)
    for ri in above:
        _merge(cells, lay.rows[ri], before=True)
    for ri in below:
        _merge(cells, lay.rows[ri], before=False)
    return _roles(sorted(cells, key=lambda c: c.x0)), max([hi, *below])


def _block_rows(lay: PageLayout, hi: int) -> tuple[list[int], list[int]]:
    """Rows of the header block above (nearest first) and below the recognised row."""
    return _run(lay, hi, -1), _run(lay, hi, 1)


def _run(lay: PageLayout, hi: int, step: int) -> list[int]:
    out: list[int] = []
    prev = lay.rows[hi]
    for ri in range(hi + step, hi + step * (HEADER_MAX_LINES + 1), step):
        if not 0 <= ri < len(lay.rows) or not _continues(prev, lay.rows[ri], above=step < 0):
            break
        out.append(ri)
        prev = lay.rows[ri]
    return out


def _continues(row: list[Phrase], other: list[Phrase], above: bool) -> bool:
    """`other` is a line of the same header: set tight against `row`, and without figures."""
    height = max(max(p.bottom - p.top for p in row), 1.0)
    gap = min(p.top for p in row) - max(p.bottom for p in other) if above else min(p.top for p in other) - max(p.bottom for p in row)
    return gap <= HEADER_LINE_GAP * height and not any(_DIGIT.search(p.text) for p in other)


def _merge(cells: list[Cell], row: list[Phrase], before: bool) -> None:
    for ph in row:
        cell = next((c for c in cells if ph.x0 <= c.x1 and ph.x1 >= c.x0), None)
        if cell is None:
            cells.append(Cell([ph.text], ph.x0, ph.x1))
            continue
        cell.parts.insert(0 if before else len(cell.parts), ph.text)
        cell.x0, cell.x1 = min(cell.x0, ph.x0), max(cell.x1, ph.x1)


def _roles(cells: list[Cell]) -> Columns:
    cols = [(_role(c), c.x0, c.x1) for c in cells]
    if any(r == "amount" for r, _, _ in cols):
        return cols
    # no amount column named: the rightmost column of unknown title right of the prices holds
    # the line's amount (a table's amounts stand at its right); else the one price column does
    prices = [x1 for r, _, x1 in cols if r == "unit_price"]
    last = max(range(len(cols)), key=lambda i: cols[i][2], default=None)
    if last is not None and cols[last][0] == OTHER and all(cols[last][1] > x1 for x1 in prices):
        cols[last] = ("amount", cols[last][1], cols[last][2])
        return cols
    return [(("amount" if r == "unit_price" else r), a, b) for r, a, b in cols]


def _role(cell: Cell) -> str:
    """The whole title's role, else the recognised row's own text's, else the first line's
    whose opening words name a role ("NOM & DESIGNATION, Période")."""
    for text in (cell.text, cell.own):
        role = _exact_role(text)
        if role:
            return role
    for part in cell.parts:
        role = _opening_role(part)
        if role:
            return role
    return OTHER


def _exact_role(text: str) -> str | None:
    return next((r for r, rx in column_patterns().items() if text and rx.match(text)), None)


def _opening_role(text: str) -> str | None:
    words = text.split()
    for k in (3, 2, 1):
        if len(words) >= k:
            role = _exact_role(" ".join(words[:k]).rstrip(_TRAILING_PUNCTUATION))
            if role:
                return role
    return None


def first_figure_x(cols: Columns) -> float:
    """Where the figures begin: text left of it belongs to the line's description."""
    return min((x0 for r, x0, _ in cols if r in FIGURE_ROLES), default=float("inf"))
