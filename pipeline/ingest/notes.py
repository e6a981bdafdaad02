"""Notes stuck on a page before it was scanned (a sticky note with a reminder in handwriting):
not part of the document, so the words read on them are dropped.

A sticky note is layout, whatever it says: a patch of tinted paper (yellow, pink: light grey on a
greyscale scan) an inch or more across, lying at an angle to the page's lines. The page is
deskewed by its text before this is asked, so the note's edges run off the horizontal; a grey box
the document itself prints (a quotation, an agency's objection set in a shaded frame) lies square
with the text and is kept."""

from __future__ import annotations

import math
from collections import deque
from typing import Any

import numpy as np

TINT = (200, 246)  # grey levels of tinted paper: darker than white paper, far lighter than ink
CELL_PT = 4.0  # the page is looked at in cells this many points square
CELL_TINT_SHARE = 0.5  # share of a cell's pixels that are tint for the cell to be tinted
NOTE_MIN_SIDE_PT = 72.0  # a note is at least an inch across both ways
NOTE_MIN_FILL = 0.6  # share of its bounding box a note's tinted cells fill (a square, turned a little)
NOTE_MIN_TILT_DEG = 2.0  # a note lies at least this far off the page's lines (a printed box left skewed: under 1.5)
NOTE_MAX_TILT_DEG = 30.0


def notes(gray: Any, scale: float) -> list[np.ndarray]:
    """Masks (cells of CELL_PT points, True on the note) of the notes stuck on the page."""
    a = np.asarray(gray)
    cell = max(1, round(CELL_PT * scale))
    tinted = _tinted_cells(a, cell)
    found = []
    for comp in _components(tinted):
        if _note_shaped(comp, cell, scale) and _tilted(a, comp, cell):
            found.append(comp)
    return found


def wiped(image: Any, masks: list[np.ndarray], scale: float) -> Any:
    """The image with the notes' cells turned to white paper: nothing on them is read."""
    from PIL import Image

    if not masks:
        return image
    cell = max(1, round(CELL_PT * scale))
    a = np.asarray(image).copy()
    for m in masks:
        full = np.repeat(np.repeat(m, cell, axis=0), cell, axis=1)
        a[: full.shape[0], : full.shape[1]][full] = 255
    return Image.fromarray(a)


def _tinted_cells(a: np.ndarray, cell: int) -> np.ndarray:
    h, w = (a.shape[0] // cell) * cell, (a.shape[1] // cell) * cell
    tint = ((a[:h, :w] >= TINT[0]) & (a[:h, :w] <= TINT[1])).reshape(h // cell, cell, w // cell, cell)
    return tint.mean(axis=(1, 3)) >= CELL_TINT_SHARE


def _components(grid: np.ndarray) -> list[np.ndarray]:
    """The 4-connected patches of True cells, each as a mask of the grid's shape, holes filled
    (the handwriting on a note is ink, not tint)."""
    seen = np.zeros_like(grid)
    out = []
    for y, x in zip(*np.nonzero(grid), strict=True):
        if seen[y, x]:
            continue
        comp = np.zeros_like(grid)
        queue = deque([(int(y), int(x))])
        seen[y, x] = comp[y, x] = True
        while queue:
            cy, cx = queue.popleft()
            for ny, nx in ((cy + 1, cx), (cy - 1, cx), (cy, cx + 1), (cy, cx - 1)):
                if 0 <= ny < grid.shape[0] and 0 <= nx < grid.shape[1] and grid[ny, nx] and not seen[ny, nx]:
                    seen[ny, nx] = comp[ny, nx] = True
                    queue.append((ny, nx))
        out.append(_filled(comp))
    return out


def _filled(comp: np.ndarray) -> np.ndarray:
    """The patch with what lies between its leftmost and rightmost cell on each row taken in."""
    out = comp.copy()
    for y in np.flatnonzero(comp.any(axis=1)):
        xs = np.flatnonzero(comp[y])
        out[y, xs[0] : xs[-1] + 1] = True
    return out


def _note_shaped(comp: np.ndarray, cell: int, scale: float) -> bool:
    ys, xs = np.nonzero(comp)
    height, width = (ys.max() - ys.min() + 1), (xs.max() - xs.min() + 1)
    side = NOTE_MIN_SIDE_PT * scale / cell
    return bool(height >= side and width >= side and comp.sum() >= NOTE_MIN_FILL * height * width)


def _tilted(a: np.ndarray, comp: np.ndarray, cell: int) -> bool:
    """Does the patch's top edge run at an angle to the page's lines? The edge's height (the
    first tinted pixel from above, its median over a third of the columns) near its left end and
    near its right end: a median, so that a speck or a stroke above the edge does not tilt it."""
    ys, xs = np.nonzero(comp)
    y0, y1 = max(0, (ys.min() - 2) * cell), (ys.max() + 1) * cell
    x0, x1 = xs.min() * cell, (xs.max() + 1) * cell
    third = (x1 - x0) // 3
    heights = [_edge_height(a[y0:y1, c0 : c0 + third]) for c0 in (x0, x1 - third)]
    if heights[0] is None or heights[1] is None:
        return False
    angle = abs(math.degrees(math.atan((heights[1] - heights[0]) / max(1, x1 - x0 - third))))
    return NOTE_MIN_TILT_DEG <= angle <= NOTE_MAX_TILT_DEG


def _edge_height(band: np.ndarray) -> float | None:
    tint = (band >= TINT[0]) & (band <= TINT[1])
    has = tint.any(axis=0)
    return float(np.median(tint.argmax(axis=0)[has])) if has.any() else None
