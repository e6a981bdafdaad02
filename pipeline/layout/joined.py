"""Two tables joined by their id column: a response that lists its activities in one table
(number, title, claim, the agency's assessment) and gives its answers in another (number,
position, repayment) is read as one table, row by row on the number both print. The second
table is joined only where every number it prints names a row of the first (two rows at
least), and it adds only what the first does not say."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..ingest import Line
    from ..structure import Section
    from .tables import LayoutTable, TableCell

MIN_JOINED_ROWS = 2  # numbers two tables must share to be one table's halves
ANSWER_ROLES = {"position", "repayment", "mark"}  # what a second table brings: the answer


def _numbered_rows(table: LayoutTable) -> dict[str, list[TableCell]]:
    from .activities import row_numbers

    return {n: row for row, n in zip(table.rows, row_numbers(table), strict=True) if n and not row[0].is_total}


def _answer_tables(tables: list[LayoutTable], numbers: set[str]) -> list[LayoutTable]:
    """The tables other than the activities' whose rows are numbered by the activities' numbers
    and that hold answers."""
    out = []
    for t in tables:
        roles = {r for _, r, _ in t.columns}
        rows = _numbered_rows(t) if t.role != "activities" and "number" in roles and roles & ANSWER_ROLES else {}
        if len(rows) >= MIN_JOINED_ROWS and set(rows) <= numbers:
            out.append(t)
    return out


def join_answer_tables(sections: list[Section], tables: list[LayoutTable]) -> None:
    """Each section read from an activity table's row takes the cells its number's row of an
    answer table holds, for the roles its own row leaves empty."""
    from .activities import row_cells

    numbers = {s.number for s in sections if s.cells is not None}
    for t in _answer_tables(tables, numbers):
        rows = _numbered_rows(t)
        for sec in sections:
            if sec.cells is not None and sec.number in rows:
                _fill(sec.cells, row_cells(t, rows[sec.number]))


def _fill(cells: dict[str, Line | None], added: dict[str, Line | None]) -> None:
    """The roles the row leaves empty taken from the joined row (its number aside)."""
    for role, line in added.items():
        if cells.get(role) is None and role != "number":
            cells[role] = line
