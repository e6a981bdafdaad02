"""A claim printed as a small table under an activity's heading: a line of amount columns
("Beviljat   Använt   Återkrävt") over one line of amounts ("180 000   176 400   92 000"). The
columns are the line's segments (word gaps wider than a column gap); the claim is the value under
the column whose header names the reclaim (models/patterns/table_columns.json)."""

from __future__ import annotations

from decimal import Decimal

from .ingest import IngestedDocument, Line
from .layout.columns import column_roles
from .structure import Segment, segments
from .swedish import parse_amount

MIN_AMOUNT_COLUMNS = 2  # one labelled amount is a field line, read elsewhere


def _segments_of(doc: IngestedDocument, ln: Line) -> list[Segment]:
    """The line's column segments (structure.segments keeps each page's, computed once)."""
    return next((segs for segs in segments(doc.pages[ln.page_no - 1]) if segs and segs[0].line == ln.start), [])


def _pair_values(header: list[Segment], row: list[Segment]) -> tuple[list[str | None], list[Decimal]] | None:
    """The header's column roles and the row's amounts, where the line under a header of amount
    columns holds one bare amount per column and one column names the reclaim."""
    if len(header) < MIN_AMOUNT_COLUMNS or len(header) != len(row):
        return None
    roles = column_roles([s.text for s in header])
    values = [parse_amount(s.text) for s in row]
    if "amount" not in roles or any(v is None for v in values):
        return None
    return roles, [v for v in values if v is not None]


Pair = tuple[list[str | None], list[Decimal], list[Segment], int]  # roles, amounts, the row's cells, its page


def _first_pair(doc: IngestedDocument, lines: list[Line]) -> Pair | None:
    """The first header-and-row pair among `lines` (a section's opening lines)."""
    for k in range(len(lines) - 1):
        row = _segments_of(doc, lines[k + 1])
        pair = _pair_values(_segments_of(doc, lines[k]), row)
        if pair is not None:
            return pair[0], pair[1], row, lines[k + 1].page_no
    return None


def claim_in_header_row(doc: IngestedDocument, lines: list[Line]) -> Decimal | None:
    """The claim in the first header-and-row pair among `lines` (a section's opening lines)."""
    pair = _first_pair(doc, lines)
    return pair[1][pair[0].index("amount")] if pair else None


def header_row_amounts(doc: IngestedDocument, lines: list[Line]) -> list[tuple[int, Segment, Decimal]]:
    """Every amount of that row ("180 000   176 400   92 000": granted, used, reclaimed), each a
    money mention of its own: its page, its cell, its value."""
    pair = _first_pair(doc, lines)
    return [(pair[3], seg, value) for seg, value in zip(pair[2], pair[1], strict=True)] if pair else []
