"""A table whose rows are grouped by activity: the rows are the invoices and pay lists behind the
claims ('2.1 Faktura 48812 … 6 400'), each group under a row across the table that names the
activity ('Aktivitet 2 – Title'), with rows across it for the agency's and the municipality's
words ('Socialstyrelsens skäl: …', 'Kommunens ställningstagande: …') and a subtotal row whose
amount is the activity's claim ('Återkrävt, aktivitet 2 … 22 830'). Rows across the table do not
end it where the table's rows go on under them; a subtotal row is a row of its own; and the claim
of an activity whose heading states none is the first subtotal after its heading."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from .body_edges import runs

if TYPE_CHECKING:
    from ..structure import Section
    from .tables import LayoutTable, Word

SPAN_LOOKAHEAD = 4  # lines under a row across the table within which the table's rows go on
ITEM_GAP = 12.0  # points between words that part two cells (ALIGNED_GAP of layout/tables.py)


def _across(line: list[Word], edges: list[float]) -> bool:
    """One run of words from the first column's edge past the next column's: a merged row."""
    from .tables import COLUMN_SLACK, KEY_COLUMN, _crosses

    at_first = abs(line[0].box[0] - edges[KEY_COLUMN]) <= COLUMN_SLACK
    one_run = len(runs(line, ITEM_GAP)) == 1 and len(edges) > 1 and line[-1].box[2] > edges[KEY_COLUMN + 1]
    return at_first and (one_run or _crosses(line, edges))


def _names_columns(line: list[Word]) -> bool:
    from .columns import names_columns
    from .tables import _intervals, _join

    return names_columns([_join([w.text for w in g]) for g in _intervals(line)])


def _row_of_table(line: list[Word], table: LayoutTable, edges: list[float]) -> bool:
    """A numbered row in the key column that keeps to the columns, a subtotal or the table's sum."""
    from .tables import KEY_COLUMN, _cell_column, _crosses, _keyed, _sums_table

    numbered = _keyed(line) and _cell_column(line[0].box, edges) == KEY_COLUMN and not _crosses(line, edges)
    return numbered or _sums_table(line, table, edges) or subtotal_row(line, table, edges)


def spanning_row(lines: list[list[Word]], j: int, gap_lines: float, table: LayoutTable, edges: list[float]) -> bool:
    """Line j runs across the table from its first column, the group's heading (a numbered label)
    or, in a table with one, the words on the group; the table's rows go on within a few lines
    (no other table's header between)."""
    from .tables import TABLE_END_GAP_LINES, _keyed

    line = lines[j]
    if gap_lines >= TABLE_END_GAP_LINES or (table.rows and table.rows[-1][0].is_total) or not _across(line, edges):
        return False
    if not (_keyed(line) or table.spanning):
        return False
    for ln in lines[j + 1 : j + 1 + SPAN_LOOKAHEAD]:
        if _names_columns(ln):
            return False
        if _row_of_table(ln, table, edges):
            return True
    return False


def subtotal_row(line: list[Word], table: LayoutTable, edges: list[float]) -> bool:
    """A label right of the key column and an amount in a money column where the open row has
    its amount already: the group's sum ('Återkrävt, aktivitet 2 … 22 830'), a row of its own.
    (A table of cost items lists an amount a line: there each line is an item.)"""
    from .tables import KEY_COLUMN, _cell_column

    roles = [r for _, r, _ in table.columns]
    if not table.rows or "cost_item" in roles or not table.spanning or len(table.rows) - 1 in table.subtotals:
        return False  # the open row an item's: a sum under a sum is the table's
    cols = [_cell_column(w.box, edges) for w in line]
    money, labelled = _money_and_label(line, cols, table)
    if KEY_COLUMN in cols or not money or not labelled:
        return False
    return bool(table.rows[-1][money[0]].text.strip())


def _money_and_label(line: list[Word], cols: list[int], table: LayoutTable) -> tuple[list[int], bool]:
    """The money columns the line's figures stand in, and whether words stand outside them."""
    from .columns import MONEY_ROLES

    money = [k for w, k in zip(line, cols, strict=True) if table.role_of(k) in MONEY_ROLES and any(c.isdigit() for c in w.text)]
    labelled = any(table.role_of(k) not in MONEY_ROLES and w.text[:1].isalpha() for w, k in zip(line, cols, strict=True))
    return money, labelled


def _subtotals(table: LayoutTable) -> list[tuple[tuple[int, int], Decimal]]:
    """Each subtotal row's place (page, character) and amount."""
    from .activities import cell_amount

    out = []
    for k in sorted(table.subtotals):
        row = table.rows[k]
        cell = table.cell(row, "amount")
        words = [w for c in row for w in c.words]
        value = cell_amount(cell.text) if cell is not None and cell.text else None
        if value is not None and words:
            out.append(((words[0].page, min(w.start for w in words)), value))
    return out


def _span(table: LayoutTable) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where the table's body starts and ends (page, character)."""
    words = [w for row in table.rows for c in row for w in c.words]
    if not words:
        return None
    return min((w.page, w.start) for w in words), max((w.page, w.end) for w in words)


def _end_with_table(sections: list[Section], table: LayoutTable) -> None:
    """The last activity whose heading is one of the grouped table's rows ends with the table:
    the letter's closing after it ('Kommunen medger därmed … 17 950 kr') is no group's answer."""
    span = _span(table)
    if span is None:
        return
    (start, end), inside = span, [s for s in sections if span[0] <= (s.heading.page_no, s.heading.start) <= span[1]]
    if inside and start:
        last = inside[-1]
        last.lines = [ln for ln in last.lines if (ln.page_no, ln.start) < end]


def claims_in_subtotals(sections: list[Section], tables: list[LayoutTable]) -> None:
    """An activity whose heading states no claim takes the first subtotal row after its heading
    (and before the next activity's); the last activity in a grouped table ends with it."""
    for t in tables:
        if t.subtotals:
            _end_with_table(sections, t)
    heads = sorted(((s.heading.page_no, s.heading.start), k) for k, s in enumerate(sections))
    taken: set[int] = set()
    for place, value in (st for t in tables for st in _subtotals(t)):
        before = [k for at, k in heads if at <= place]
        if not before or before[-1] in taken:
            continue
        sec = sections[before[-1]]
        taken.add(before[-1])
        if sec.amount is None:
            sec.amount, sec.amount_stated = value, True
