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


def _claim_in_pair(header: list[Segment], row: list[Segment]) -> Decimal | None:
    if len(header) < MIN_AMOUNT_COLUMNS or len(header) != len(row):
        return None
    roles = column_roles([s.text for s in header])
    values = [parse_amount(s.text) for s in row]
    if "amount" not in roles or any(v is None for v in values):
        return None
    return values[roles.index("amount")]


def claim_in_header_row(doc: IngestedDocument, lines: list[Line]) -> Decimal | None:
    """The claim in the first header-and-row pair among `lines` (a section's opening lines)."""
    for k in range(len(lines) - 1):
        claim = _claim_in_pair(_segments_of(doc, lines[k]), _segments_of(doc, lines[k + 1]))
        if claim is not None:
            return claim
    return None
