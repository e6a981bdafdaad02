"""Column edges where the body puts them. A header cell centred over its column (a spreadsheet's
or a word processor's header row) starts right of the column's cells, so its left edge would put
the start of every cell in the column before. Between two header cells the column edge lies where
the body under them leaves its widest blank strip: the cells on the left end before it, the cells
on the right start after it. A left-aligned header gives the edge it always had (its cells start
under it); without a blank strip the header's edge stands."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .tables import Word

ROW_SEGMENT_GAP = 12.0  # points between words that part two cells of one line
MIN_STRIP = 1.0  # points of blank a strip needs (a sheet's cell padding leaves two between an amount and the next cell)
MOVE_SLACK = 6.0  # points an edge may move left of its header's start without the header being centred
CENTRE_SLACK = 16.0  # points a centred header's gaps to its column's edges may differ by (measured to the cells' text: two paddings)
CENTRE_SHARE = 0.5  # or this share of the larger gap (a column's right edge is its widest cell's end)
STRAY_CROSSINGS = 0.15  # share of the rows whose words may cross a strip (a cell's number glued to its title by the text layer)


def runs(line: list[Word], gap: float = ROW_SEGMENT_GAP) -> list[list[Word]]:
    """A line's words in runs at word spacing (a cell's words, or a paragraph line's)."""
    out: list[list[Word]] = []
    for w in line:
        if out and w.box[0] - out[-1][-1].box[2] <= gap:
            out[-1].append(w)
        else:
            out.append([w])
    return out


def _row_lines(body_lines: list[list[Word]], header_starts: list[float]) -> list[list[Word]]:
    """The body lines that are a table's rows: they end at the first line that is one run of
    words over two or more header cells' starts (running text: a paragraph under the table)."""
    rows = []
    for line in body_lines:
        spanned = sum(line[0].box[0] < x < line[-1].box[2] for x in header_starts)
        if len(runs(line)) == 1 and spanned >= 2:
            break
        rows.append(line)
    return rows


def _blank(x0: float, x1: float, lines: list[list[Word]]) -> bool:
    """No more than a stray few of the rows have a word over x0..x1."""
    crossing = sum(any(w.box[0] < x1 and w.box[2] > x0 for w in ln) for ln in lines)
    return crossing <= int(STRAY_CROSSINGS * len(lines))


def _widest_strip(lo: float, hi: float, lines: list[list[Word]]) -> tuple[float, float] | None:
    """The widest x-range within lo..hi that the body's rows leave blank: cut at every word's
    edge, the blank pieces next to each other joined."""
    cuts = sorted({lo, hi} | {x for ln in lines for w in ln for x in (w.box[0], w.box[2]) if lo < x < hi})
    best: tuple[float, float] | None = None
    run_start: float | None = None
    for x0, x1 in zip(cuts, cuts[1:], strict=False):
        if not _blank(x0, x1, lines):
            run_start = None
            continue
        run_start = x0 if run_start is None else run_start
        if x1 - run_start >= MIN_STRIP and (best is None or x1 - run_start > best[1] - best[0]):
            best = (run_start, x1)
    return best


def _centred(group: list[Word], edge: float, right: float) -> bool:
    """The header cell stands about as far from the column's left edge as from its right one."""
    left_gap = min(w.box[0] for w in group) - edge
    right_gap = right - max(w.box[2] for w in group)
    return abs(left_gap - right_gap) <= max(CENTRE_SLACK, CENTRE_SHARE * max(left_gap, right_gap))


def body_edges(groups: list[list[Word]], body_lines: list[list[Word]]) -> list[float]:
    """Each header group's column edge: the right end of the widest blank strip the body rows
    leave between the end of the header cell before it and its own start, where the body's
    cells begin, if the header is centred between that edge and the next; else the header's own
    left edge."""
    starts = [min(w.box[0] for w in g) for g in groups]
    rows = _row_lines(body_lines, starts)
    edges = starts[:1]
    for left, start in zip(groups, starts[1:], strict=False):
        lo = max(w.box[2] for w in left)
        strip = _widest_strip(lo, start, rows) if lo < start else None
        edges.append(strip[1] if strip else start)
    table_end = max((w.box[2] for ln in rows for w in ln), default=0.0)
    rights = [*edges[1:], max(table_end, max(w.box[2] for w in groups[-1]))]
    return [e if s - e <= MOVE_SLACK or _centred(g, e, r) else s for g, s, e, r in zip(groups, starts, edges, rights, strict=True)]


_GLUED_NUMBER = re.compile(r"^(\d{1,3})([A-ZÅÄÖ][^\W\d]+)$")  # '2Föräldrastödsgrupper': a row's number and its title's word


def unglued(w: Word, edges: list[float]) -> list[Word]:
    """A word the text layer glued over a column edge from a row's number and the next cell's first
    word (the producer wrote no space between the cells): the two words, parted at the edge."""
    m = _GLUED_NUMBER.match(w.text)
    edge = next((e for e in edges if w.box[0] < e < w.box[2]), None)
    if m is None or edge is None:
        return [w]
    cut = w.start + len(m.group(1))
    digits_end = w.box[0] + (w.box[2] - w.box[0]) * len(m.group(1)) / len(w.text)  # its share of the box, at even letter widths
    number = replace(w, text=m.group(1), end=cut, box=(w.box[0], w.box[1], min(digits_end, edge), w.box[3]), page_box=None)
    title = replace(w, text=m.group(2), start=cut, box=(edge, w.box[1], w.box[2], w.box[3]), page_box=None)
    return [number, title]
