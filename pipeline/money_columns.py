"""Money in a table's amount columns, found by the columns' content.

A table of amounts prints bare numbers ("26 400", "6 400,00") whose unit only the header or a
sentence above gives ("Belopp (kr)", "Belopp i kronor"). The table readers find a table by its
rules, its header words or its activity rows; a worksheet whose headers run together
("Beviljat Förbrukat"), whose records carry a comment line, or whose header names no role the
vocabulary knows ("Beviljat", "Använt") escapes them, and with it every amount it prints.

What makes a column of amounts, whatever the house style:
- content: bare numbers, right-aligned under each other (their right edges agree) on lines of
  more than one cell, not in the line's first cell (a row's label or number);
- the header: the nearest line above the column's first cell with several cells whose words
  stand over the column; it names money (the table vocabulary's money roles, or the money
  words of models/patterns/money_columns.json), or it names nothing the vocabulary knows and
  no count ("Deltagare"), while the column's numbers are shaped as amounts (grouped in
  thousands or with öre);
- the unit: the header's ("Belopp (tkr)"), else a sentence just above the table ("Belopp i tkr").

A column continued on the next page without its header keeps the money reading of the column
its right edge matches. Only cells no other reading took become money rows (extract.money_rows).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from .ingest import PageText
from .structure import Segment, patterns, segments
from .swedish import SCALES, find_dates, parse_amount

EDGE_TOLERANCE = 3.0  # points: right edges of one right-aligned column's cells agree within this
HEADER_REACH = 8  # lines above a column's first cell where its header may stand
UNIT_REACH = 3  # lines above the header where a sentence may give the table's unit
HEADER_WORD_PAD = 2.0  # points: a header word may stand this far beside its column
MIN_CONTENT_ROWS = 2  # rows of amount-shaped numbers that make a column of amounts under an unknown header


@dataclass(frozen=True)
class ColumnAmount:
    """A bare amount in a money column: where it stands, its value in kronor, whether its row
    sums the table, and the start of its line (its row)."""

    page: int
    start: int
    end: int
    value: Decimal
    is_total: bool
    line: int


@cache
def _vocabulary() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = patterns("money_columns")
    return re.compile(data["money_headers"], re.I), re.compile(data["count_headers"], re.I), re.compile(data["unit_sentence"], re.I)


def names_a_count(header: str) -> bool:
    """Does a column header name a count ("Deltagare", "Antal timmar"), not an amount of money?"""
    return bool(_vocabulary()[1].search(header))


def _cells(page: PageText) -> list[tuple[int, Segment]]:
    """(row index, cell) for every bare number that is not its line's first cell."""
    out = []
    for k, segs in enumerate(segments(page)):
        for seg in segs[1:]:
            if parse_amount(seg.text) is not None and not find_dates(seg.text):
                out.append((k, seg))
    return out


def _columns(cells: list[tuple[int, Segment]]) -> list[list[tuple[int, Segment]]]:
    """The cells grouped by their right edge: a right-aligned column each."""
    columns: list[list[tuple[int, Segment]]] = []
    for cell in sorted(cells, key=lambda c: c[1].x1):
        if columns and cell[1].x1 - columns[-1][-1][1].x1 <= EDGE_TOLERANCE:
            columns[-1].append(cell)
        else:
            columns.append([cell])
    return [sorted(c, key=lambda c: c[0]) for c in columns]


def _words_over(page: PageText, segs: list[Segment], x0: float, x1: float) -> list[str]:
    """The words of a line that stand over the span x0..x1."""
    out = []
    for seg in segs:
        for m in re.finditer(r"\S+", page.text[seg.start : seg.end]):
            b = page.box(seg.start + m.start(), seg.start + m.end())
            if b and b[2] >= x0 - HEADER_WORD_PAD and b[0] <= x1 + HEADER_WORD_PAD:
                out.append(m.group())
    return out


def _header(page: PageText, rows: list[list[Segment]], column: list[tuple[int, Segment]]) -> tuple[str, int] | None:
    """The column's header words and their row: the nearest line of several cells above its first
    cell with words over it (a line of one cell is a comment or a heading, no header)."""
    first = column[0][0]
    x0, x1 = min(s.x0 for _, s in column), max(s.x1 for _, s in column)
    for k in range(first - 1, max(-1, first - 1 - HEADER_REACH), -1):
        if len(rows[k]) < 2:
            continue
        words = _words_over(page, rows[k], x0, x1)
        if words:
            return " ".join(words), k
    return None


def _amount_shaped(column: list[tuple[int, Segment]]) -> bool:
    """Bare numbers shaped as amounts: one at least grouped in thousands or printed with öre."""
    return any(re.search(r"\d[\s.]\d{3}(?!\d)|,\d{2}$", s.text) for _, s in column)


def _names_money(header: str, column: list[tuple[int, Segment]]) -> bool:
    from .layout.columns import MONEY_ROLES, column_roles

    money_words = _vocabulary()[0]
    role = column_roles([header])[0]  # the reclaim's column is the table's amount
    if role in MONEY_ROLES or (role is None and money_words.search(header)):
        return True
    content = len(column) >= MIN_CONTENT_ROWS and _amount_shaped(column)
    return role is None and content and not names_a_count(header) and not re.search(r"\d", header)


def _unit(header: str, rows: list[list[Segment]], header_row: int) -> Decimal:
    """What the column's numbers count: the header's scale word, else a sentence above the table's
    ("Belopp i tkr"), else kronor."""
    own = next((SCALES[w] for w in re.findall(r"[a-zåäö]+", header.lower()) if w in SCALES), None)
    if own is not None:
        return own
    _, _, unit_sentence = _vocabulary()
    for segs in rows[max(0, header_row - UNIT_REACH) : header_row]:
        m = unit_sentence.search(" ".join(s.text for s in segs))
        if m:
            return SCALES.get(m.group("unit").split()[0].lower().removesuffix("tals"), Decimal(1))  # "tusentals kronor"
    return Decimal(1)


def _is_total(row: list[Segment]) -> bool:
    from .layout.columns import is_total_label

    return is_total_label(row[0].text)


@dataclass(frozen=True)
class MoneyColumn:
    right: float  # the column's right edge
    unit: Decimal


def _page_amounts(page: PageText, carried: list[MoneyColumn]) -> tuple[list[ColumnAmount], list[MoneyColumn]]:
    """The page's column amounts, and its money columns (for a table that runs on)."""
    rows = segments(page)
    found: list[ColumnAmount] = []
    money: list[MoneyColumn] = []
    for column in _columns(_cells(page)):
        unit = _column_unit(page, rows, column, carried)
        if unit is None:
            continue
        money.append(MoneyColumn(column[-1][1].x1, unit))
        for k, seg in column:
            value = parse_amount(seg.text)
            if value is not None:
                found.append(ColumnAmount(page.page_no, seg.start, seg.end, value * unit, _is_total(rows[k]), rows[k][0].line))
    return found, money


def _column_unit(
    page: PageText, rows: list[list[Segment]], column: list[tuple[int, Segment]], carried: list[MoneyColumn]
) -> Decimal | None:
    """The unit of a money column, None for a column that is no money."""
    head = _header(page, rows, column)
    if head is not None:
        header, k = head
        return _unit(header, rows, k) if _names_money(header, column) else None
    right = column[-1][1].x1
    return next((c.unit for c in carried if abs(c.right - right) <= EDGE_TOLERANCE), None)


def column_amounts(pages: list[PageText]) -> Iterator[ColumnAmount]:
    """Every bare amount in the pages' money columns, page by page."""
    carried: list[MoneyColumn] = []
    for page in pages:
        found, money = _page_amounts(page, carried)
        carried = money  # a table runs on to the next page only
        yield from found
