"""Tables read by what their rows hold where the header's words say less: a header row that
names only some of its columns is a table's header when the line under it is a row that fills
its columns (a number under the first, a value under every cell but one); a column its header
does not name whose cells are all amounts holds figures the response prints (money, not the
claim); and a record of two rows, the figures and under them a comment merged across the columns
('SoS: ordinarie verksamhet. … Bestrids.'), reads the comment as the row's notes."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .columns import MAX_HEADER_CHARS, MIN_COLUMNS, column_roles

if TYPE_CHECKING:
    from .tables import LayoutTable, Word

ROW_KEY_ROLES = {"activity", "number"}  # one of these the header must name: the rows are activities
MIN_NAMED = 2  # cells the header names a role for, at least
NAMED_SHARE = 0.5  # and at least this share of its cells
UNFILLED_CELLS = 1  # cells of the first row that may be empty (a row without a note)
COLUMN_SLACK_NOTE = 6.0  # points a comment's next line may start off its first line's start
FIGURE_ROLE = "figure"  # an amount printed in a column no header word names: money, no claim
_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,2})*\.?$")


def _overlaps(w: Word, group: list[Word]) -> bool:
    """The word stands under the header cell: their x-ranges overlap (left-, right-aligned or
    centred alike)."""
    return min(w.box[2], max(x.box[2] for x in group)) > max(w.box[0], min(x.box[0] for x in group))


def _fills(row: list[Word], groups: list[list[Word]]) -> bool:
    """The line is a table's first row: a number under the first header cell, and a value under
    every header cell but one."""
    under_first = _overlaps(row[0], groups[0]) or row[0].box[2] < min(w.box[0] for w in groups[1]) if row else False
    if not row or not _NUMBER.match(row[0].text) or not under_first:
        return False
    starts = [min(w.box[0] for w in g) for g in groups] + [float("inf")]
    filled = sum(any(_overlaps(w, g) or starts[k] <= _middle(w) < starts[k + 1] for w in row) for k, g in enumerate(groups))
    return filled >= len(groups) - UNFILLED_CELLS


def _middle(w: Word) -> float:
    return (w.box[0] + w.box[2]) / 2


def names_some_columns(texts: list[str], first_row: list[Word] | None, groups: list[list[Word]]) -> bool:
    """A header naming a row key and some of its other columns in words without digits, over a
    row that fills its columns."""
    if len(texts) < MIN_COLUMNS or any(re.search(r"\d", t) or len(t) > MAX_HEADER_CHARS for t in texts):
        return False
    roles = column_roles(texts)
    named = sum(r is not None for r in roles)
    if named < max(MIN_NAMED, NAMED_SHARE * len(texts)) or not ROW_KEY_ROLES & set(roles):
        return False
    return first_row is not None and _fills(first_row, groups)


def type_figure_columns(table: LayoutTable) -> None:
    """An unnamed column whose every filled body cell is one amount: figures the response prints
    (granted, used), money mentions, never the claim."""
    from ..money_columns import names_a_count  # here, not at the top: money_columns reads structure, which reads layout
    from .activities import is_bare_amount

    for k, (edge, role, head) in enumerate(table.columns):
        texts = [row[k].text for row in table.rows if row[k].text.strip()]
        if k and role is None and texts and not names_a_count(head or "") and all(is_bare_amount(t) for t in texts):
            table.columns[k] = (edge, FIGURE_ROLE, head)


def _note_start(line: list[Word], table: LayoutTable, edges: list[float]) -> int | None:
    """The column at whose edge the line starts, right of the key column (a merged cell starts
    where its first column does); None elsewhere."""
    from .tables import COLUMN_SLACK, _column_of

    col = _column_of(line[0].box[0], edges)
    return col if col > 0 and abs(line[0].box[0] - edges[col]) <= COLUMN_SLACK else None


def _one_phrase_across(line: list[Word], col: int, edges: list[float]) -> bool:
    """The line's words at a word's spacing, running on past its first column's end: one merged
    cell's text, where a cell's own line stays inside its column."""
    from .tables import COLUMN_GAP

    spaced = all(b.box[0] - a.box[2] < COLUMN_GAP for a, b in zip(line, line[1:], strict=False))
    return spaced and col + 1 < len(edges) and line[-1].box[2] > edges[col + 1]


def merged_note(line: list[Word], gap_lines: float, table: LayoutTable, edges: list[float], after_note: bool) -> bool:
    """A line under a numbered row that is a comment merged across the row's columns: one phrase
    from a column's edge over the columns right of it, close under the row (or the comment's
    next line, starting where it did). A new number or a sum ends the comment."""
    from .columns import is_total_label
    from .tables import ROW_GAP_LINES, _keyed, _numbered

    if not table.rows or table.rows[-1][0].is_total or not _numbered(table) or gap_lines >= ROW_GAP_LINES:
        return False
    if _keyed(line) or is_total_label(line[0].text):
        return False
    col = _note_start(line, table, edges)
    if col is None:
        return False
    notes = table.notes.get(len(table.rows) - 1)
    if after_note and notes and abs(notes[0].box[0] - line[0].box[0]) <= COLUMN_SLACK_NOTE:
        return True
    return _one_phrase_across(line, col, edges)
