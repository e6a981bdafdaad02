"""Words of a page whose lines still run at a slope: a scan's tilt left after deskewing, or a text
layer laid over a tilted image. Over a wide table row the tilt carries the row's last cells a
line height or more above or below its first, into the next row's band. The slope is measured
from the page's long runs of words, and the words are set level for reading rows and columns
(each keeps its box as printed for showing it on the page)."""

from __future__ import annotations

import bisect
import statistics
from collections.abc import Callable, Sequence
from typing import TypeVar

from ..ingest.model import Box

MIN_SLOPE = 0.002  # about 0.1°: a page this level is left as it is
MAX_SLOPE = 0.09  # about 5°: steeper runs are no text lines (a column of words, a stamp)
NEIGHBOUR_GAP = 2.5  # word heights: the most a word's neighbour on its line stands right of it
SAME_LINE = 0.5  # share of a word's height its neighbour's middle may stand above or below it
MIN_RUN_WORDS = 4
MIN_RUN_WIDTH = 150.0  # points a run of words must span to give a slope

W = TypeVar("W")


def _middle(b: Box) -> tuple[float, float]:
    return (b[0] + b[2]) / 2, (b[1] + b[3]) / 2


def _right_neighbour(k: int, boxes: Sequence[Box], order: list[int], lefts: list[float]) -> int | None:
    """The nearest word right of word k on its line. `order` holds the words by left edge and
    `lefts` their left edges in that order: only words from k's right edge on are looked at, and
    none past the gap (a page's words were each compared with all others before)."""
    b = boxes[k]
    h = b[3] - b[1]
    mid = (b[1] + b[3]) / 2  # _middle's, inline: called for every word pair looked at
    gap, tolerance = NEIGHBOUR_GAP * h, SAME_LINE * h
    for i in range(bisect.bisect_left(lefts, b[2] - 1), len(order)):
        n = boxes[order[i]]
        if n[0] - b[2] > gap:
            break  # left edges only grow from here
        if abs((n[1] + n[3]) / 2 - mid) <= tolerance:
            return order[i]  # the first by left edge (ties in the order sorted) is the nearest
    return None


def _runs(boxes: Sequence[Box]) -> list[list[int]]:
    """Chains of words, each the nearest right neighbour of the one before."""
    order = sorted(range(len(boxes)), key=lambda k: boxes[k][0])
    lefts = [boxes[k][0] for k in order]
    nxt = {k: _right_neighbour(k, boxes, order, lefts) for k in order}
    has_left = {j for j in nxt.values() if j is not None}
    runs = []
    for k in (k for k in order if k not in has_left):
        run, seen = [k], {k}
        while (j := nxt[run[-1]]) is not None and j not in seen:
            run.append(j)
            seen.add(j)
        runs.append(run)
    return runs


def _slope(points: list[tuple[float, float]]) -> float:
    """Least squares slope of y over x."""
    mx = statistics.fmean(x for x, _ in points)
    my = statistics.fmean(y for _, y in points)
    var = sum((x - mx) ** 2 for x, _ in points)
    return sum((x - mx) * (y - my) for x, y in points) / var if var else 0.0


def page_slope(boxes: Sequence[Box]) -> float:
    """The page's text slope (dy per dx) from its long runs of words; 0 where none is long."""
    slopes = []
    for run in _runs(boxes):
        points = [_middle(boxes[k]) for k in run]
        if len(run) >= MIN_RUN_WORDS and points[-1][0] - points[0][0] >= MIN_RUN_WIDTH:
            s = _slope(points)
            if abs(s) <= MAX_SLOPE:
                slopes.append(s)
    return statistics.median(slopes) if slopes else 0.0


def levelled(words: list[W], box_of: Callable[[W], Box], moved: Callable[[W, Box], W]) -> list[W]:
    """The words set level: each box moved up or down by the slope over its distance from the
    page's left edge."""
    boxes = [box_of(w) for w in words]
    slope = page_slope(boxes)
    if abs(slope) < MIN_SLOPE:
        return words
    out = []
    for w, b in zip(words, boxes, strict=True):
        dy = slope * _middle(b)[0]
        out.append(moved(w, (b[0], b[1] - dy, b[2], b[3] - dy)))
    return out
