"""Money mentions kept inside their table cells.

A page's text joins a table row's cells with single spaces, so "12 | 238 000 kr" reads as one
thousands-grouped amount (12 238 000 kr) and "1 | kr 84 000" as "1 kr". On a table line an
amount never runs over a column gap: a mention that spans two cells is read again cell by cell.
"""

from __future__ import annotations

from dataclasses import replace

from .ingest import PageText
from .structure import segments
from .swedish import Money, find_money

Span = tuple[int, int]


def _table_cells(page: PageText, table_lines: set[tuple[int, int]]) -> list[Span]:
    """The cells (offsets in the page text) of the page's table lines with more than one cell."""
    cells: list[Span] = []
    if not any(page_no == page.page_no for page_no, _ in table_lines):
        return cells  # no table on this page: no need for its segments
    for segs in segments(page):
        if len(segs) > 1 and (page.page_no, segs[0].line) in table_lines:
            cells += [(s.start, s.end) for s in segs]
    return cells


def _read_in_cells(text: str, cells: list[Span]) -> list[Money]:
    out: list[Money] = []
    for a, b in cells:
        out += [replace(m, start=m.start + a, end=m.end + a) for m in find_money(text[a:b])]
    return out


def within_cells(page: PageText, found: list[Money], table_lines: set[tuple[int, int]]) -> list[Money]:
    """The page's money mentions with those that cross a cell boundary read again within cells."""
    cells = _table_cells(page, table_lines)
    if not cells:
        return found
    kept: dict[tuple[int, int, int], Money] = {}
    for m in found:
        crossed = [c for c in cells if c[0] < m.end and m.start < c[1]]
        for x in _read_in_cells(page.text, crossed) if len(crossed) > 1 else [m]:
            kept.setdefault((x.start, x.end, x.range_part), x)
    return sorted(kept.values(), key=lambda x: (x.start, x.range_part))
