"""A table turned on its side: one column per activity, one row per field ("Aktivitet nr | 3 | 4 |
6", "Benämning | …", "Återkrävt belopp | …", "Kommunens inställning | …"). It is found by its
key row, a field name followed by two or more bare numbers standing apart, and read like any
table once turned: each field row's name types its column (a row of bare numbers is the
activity numbers, whatever its name), each activity column becomes a row."""

from __future__ import annotations

import re

from ..ingest import IngestedDocument
from .columns import MIN_COLUMNS, column_roles, header_role
from .content import type_unnamed_columns
from .tables import (
    COLUMN_SLACK,
    TABLE_END_GAP_LINES,
    LayoutTable,
    TableCell,
    Word,
    _cell_column,
    _crosses,
    _intervals,
    _join,
    _reading,
    _table_role,
    page_lines,
)

MIN_ACTIVITY_COLUMNS = 2  # bare numbers standing apart after a field name
_BARE_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,2})?\.?$")


def _key_row(line: list[Word]) -> list[float] | None:
    """Column edges of a key row: a field name, then bare numbers standing apart; None else."""
    cells = _intervals(line)
    numbers = cells[1:]
    named = header_role(_join([w.text for w in cells[0]])) is not None
    if not named or len(numbers) < MIN_ACTIVITY_COLUMNS or not all(len(c) == 1 and _BARE_NUMBER.match(c[0].text) for c in numbers):
        return None
    return [c[0].box[0] for c in cells]


def _body(lines: list[list[Word]], i: int, edges: list[float]) -> list[list[Word]]:
    """The key row and the lines under it that stay in the table's columns (a wide gap or
    running text ends it)."""
    height = max(w.box[3] - w.box[1] for w in lines[i])
    out = [lines[i]]
    for line in lines[i + 1 :]:
        gap = min(w.box[1] for w in line) - max(w.box[3] for w in out[-1])
        if gap > TABLE_END_GAP_LINES * height or _crosses(line, edges):
            break
        out.append(line)
    return out


def _field_rows(lines: list[list[Word]], edges: list[float]) -> list[list[list[Word]]]:
    """The table's lines grouped by field: a field starts on a line whose name column starts
    with a capital (a wrapped field name goes on in lower case: 'Socialstyrelsens' / 'skäl',
    'Återkrav' / '(kr)')."""
    rows: list[list[list[Word]]] = [[lines[0]]]
    for line in lines[1:]:
        names = [w for w in line if w.box[0] < edges[1] - COLUMN_SLACK]
        if names and names[0].text[:1].isupper():
            rows.append([])
        rows[-1].append(line)
    return rows


def _numbers(values: list[list[Word]]) -> bool:
    """Every activity's value is one bare number: the field holds the activities' numbers."""
    return all(len(v) == 1 and _BARE_NUMBER.match(v[0].text) for v in values)


def _turned(rows: list[list[list[Word]]], edges: list[float], page_no: int) -> LayoutTable:
    """The field rows as a table with a column per field and a row per activity."""
    cells = [[[w for ln in lines for w in ln if _cell_column(w.box, edges) == k] for k in range(len(edges))] for lines in rows]
    names = [_join([w.text for w in _reading(field[0])]) for field in cells]
    roles = ["number" if _numbers(field[1:]) else r for field, r in zip(cells, column_roles(names), strict=True)]
    header = [TableCell(0, k, field[0], True) for k, field in enumerate(cells)]
    body = [[TableCell(r, k, field[r + 1]) for k, field in enumerate(cells)] for r in range(len(edges) - 1)]
    table = LayoutTable([(float(k), role, name) for k, (role, name) in enumerate(zip(roles, names, strict=True))], header, body, [page_no])
    type_unnamed_columns(table)
    table.role = _table_role([r for _, r, _ in table.columns])
    return table


def find_transposed_tables(doc: IngestedDocument) -> list[LayoutTable]:
    """Every table laid out with a column per activity."""
    out = []
    for page in doc.pages:
        lines = page_lines(page)
        for i, line in enumerate(lines):
            edges = _key_row(line)
            if edges is None:
                continue
            rows = _field_rows(_body(lines, i, edges), edges)
            if len(rows) >= MIN_COLUMNS:
                out.append(_turned(rows, edges, page.page_no))
    return out
