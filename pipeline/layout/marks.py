"""Columns of marks: the municipality's position as a cross ('X', '✓') in one of several columns
whose headers name the answers ('Godtas' / 'Delvis' / 'Bestrids'). Such a column is read by what
its cells hold, marks, whatever role its header's word would give it (a 'Medges' header reads as
a repayment, 'Bestrids' as the sum disputed): the marked column's header is the row's answer in
words, and a row marked in none has not been answered (the marks are the answer)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .tables import LayoutTable, TableCell

MARK_GLYPHS = frozenset("×✓✔✗✘☒☑")  # marks a text layer prints that are no letters
MARKS = MARK_GLYPHS | {"X", "x"}
MIN_MARK_COLUMNS = 2  # a choice among answers: two columns of marks side by side at least
MARK_ROLE = "mark"
KEPT_ROLES = ("code",)  # one-letter code columns of marks are a reason matrix (layout/codes.py), no answer


def is_mark(text: str) -> bool:
    return text.strip() in MARKS


def _holds_marks(table: LayoutTable, col: int) -> bool:
    """Every filled body cell of the column is a mark, and one is at least."""
    filled = [t for t in (row[col].text.strip() for row in table.rows if not row[0].is_total) if t]
    return bool(filled) and all(is_mark(t) for t in filled)


def type_mark_columns(table: LayoutTable) -> None:
    """Columns of marks side by side (two at least) are the answer's choices: role 'mark'."""
    cols = [k for k, (_, role, _) in enumerate(table.columns) if k and role not in KEPT_ROLES and _holds_marks(table, k)]
    if len(cols) < MIN_MARK_COLUMNS:
        return
    for k in cols:
        edge, _, head = table.columns[k]
        table.columns[k] = (edge, MARK_ROLE, head)


def has_marks(table: LayoutTable) -> bool:
    return any(role == MARK_ROLE for _, role, _ in table.columns)


def marked(table: LayoutTable, row: list[TableCell]) -> list[tuple[TableCell, str]]:
    """The row's marked cells with their column's header (the answer it marks)."""
    return [(row[k], head) for k, (_, role, head) in enumerate(table.columns) if role == MARK_ROLE and row[k].text.strip()]
