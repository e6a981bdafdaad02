"""Light text on a dark ground made dark text on paper, before OCR.

House styles print headings, a table's header row or a summary's total as white letters in a
dark bar; a scanner gives the bar as a dark grey field or, in black and white, as a dithered dot
pattern with the letters left white. Tesseract reads dark ink on light paper (its own inverted
second reading is off: it costs a tenth of every page for the few lines that need it), so such a
bar is read as noise and its activity heading is lost. Here every dark field of a page that
holds light letters is found from the image alone (cells mostly dark, joined into a region a
heading's width and height, most of its box dark, some light inside) and turned: its ground
becomes paper, its letters ink, at the ground's own contrast. A field without light letters (a
redaction bar, a filled box, a thick rule) and a bold heading (much paper between its strokes)
are left alone."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Any

import numpy as np

from .imaging import _box_sum, _run_sum

INK_LEVEL = 160  # grey below which a pixel is dark (the ground of a bar, or ink)
CELL_PT = 2.0  # side of the cells a page is searched in for dark ground
CELL_GROUND_SHARE = 0.5  # share of a cell's pixels that are dark for the cell to be ground
SEED_RUN_PT = 30.0  # a row of ground this long, unbroken, is a bar's margin (text has gaps)
MIN_WIDTH_PT = 60.0  # a bar runs at least a few words wide
MIN_HEIGHT_PT = 9.0  # and stands at least a small letter's height with its margin
MIN_DARK_SHARE = 0.55  # of a field's box: a bold heading's box is mostly paper between strokes
ROW_DARK_SHARE = 0.5  # a row (column) of the field's box this dark belongs to the field
MIN_LIGHT_SHARE = 0.03  # light letters in the field; less is a redaction bar or a filled box
MAX_LIGHT_SHARE = 0.45  # more, and the 'field' is paper with a dark frame or a picture
SMOOTH_PT = 0.35  # half-width of the window that averages a dithered ground to its grey
RIM_PT = 4.0  # how far a bar's soft or askew edge runs on past its box, at most
LIGHT_SHARE = 0.5  # lightness from which a pixel of a field is light (a letter, or paper)
CONTRAST_GAIN = 1.4  # the letters' lightness stretched so a dithered letter edge is solid ink


@dataclass
class Field:
    """A dark field on the page, pixels [top, bottom) x [left, right)."""

    top: int
    left: int
    bottom: int
    right: int


def lightened(gray: Any, scale: float) -> Any:
    """The grey page image with every dark field's light letters made ink on paper; the image
    itself when the page has none (most pages: one pass over a coarse grid)."""
    from PIL import Image

    a = np.asarray(gray)
    dark = a < INK_LEVEL
    fields = dark_fields(dark, scale)
    if not fields:
        return gray
    out = a.copy()
    for f in fields:
        _wipe_rim(out, dark, f, scale)
        out[f.top : f.bottom, f.left : f.right] = _turned_letters(a[f.top : f.bottom, f.left : f.right], scale)
    return Image.fromarray(out)


def _wipe_rim(out: np.ndarray, dark: np.ndarray, f: Field, scale: float) -> None:
    """The dark pixels that go on from the field's edges, column by column and row by row, made
    paper: a scanned bar's edge is blurred or dithered, and on a page a little askew it runs
    across rows the field's box leaves out; left, it would be read as a rule or a '|'."""
    reach = max(1, round(RIM_PT * scale))
    for side in ("top", "bottom", "left", "right"):
        _wipe_side(out, dark, f, side, reach)


def _wipe_side(out: np.ndarray, dark: np.ndarray, f: Field, side: str, reach: int) -> None:
    vertical = side in ("top", "bottom")
    step = -1 if side in ("top", "left") else 1
    edge = {"top": f.top, "bottom": f.bottom - 1, "left": f.left, "right": f.right - 1}[side]
    span = slice(f.left, f.right) if vertical else slice(f.top, f.bottom)
    limit = dark.shape[0] if vertical else dark.shape[1]
    going = np.ones(span.stop - span.start, dtype=bool)
    for k in range(1, reach + 1):
        at = edge + step * k
        if not 0 <= at < limit:
            return
        line = dark[at, span] if vertical else dark[span, at]
        going &= line
        if not going.any():
            return
        if vertical:
            out[at, span][going] = 255
        else:
            out[span, at][going] = 255


def dark_fields(dark: np.ndarray, scale: float) -> list[Field]:
    """The page's dark fields that hold light letters."""
    cell = max(2, round(CELL_PT * scale))
    grid = _ground_cells(dark, cell)
    seeds = _long_ground_runs(grid, round(SEED_RUN_PT / CELL_PT))
    if not seeds.any():
        return []  # no row of ground a bar's margin long: a page of text (most pages)
    found = []
    for top, left, bottom, right in _regions(grid, seeds):
        if (right - left) * cell < MIN_WIDTH_PT * scale or (bottom - top) * cell < MIN_HEIGHT_PT * scale:
            continue
        box = Field(top * cell, left * cell, min(dark.shape[0], bottom * cell), min(dark.shape[1], right * cell))
        field = _fitted(dark, box)
        if field is not None and _is_lettered_field(dark, field, scale):
            found.append(field)
    return found


def _ground_cells(dark: np.ndarray, cell: int) -> np.ndarray:
    """Cells (cell x cell pixels) whose pixels are mostly dark."""
    h, w = dark.shape[0] // cell, dark.shape[1] // cell
    if h == 0 or w == 0:
        return np.zeros((0, 0), dtype=bool)
    counts = dark[: h * cell, : w * cell].reshape(h, cell, w, cell).sum(axis=(1, 3))
    return counts >= CELL_GROUND_SHARE * cell * cell


def _long_ground_runs(grid: np.ndarray, cells: int) -> np.ndarray:
    """Ground cells in the middle of a run of `cells` ground cells along a row: the margin above
    or below a bar's letters is one; a bold letter's strokes never are."""
    r = max(1, cells // 2)
    return _run_sum(grid, r, 1) >= 2 * r + 1


def _regions(grid: np.ndarray, seeds: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Bounding boxes (cells, bottom and right exclusive) of the grid's 4-connected regions that
    hold a seed."""
    seen = np.zeros_like(grid)
    boxes = []
    for y, x in zip(*np.nonzero(seeds), strict=True):
        if seen[y, x]:
            continue
        seen[y, x] = True
        queue, box = deque([(y, x)]), [y, x, y + 1, x + 1]
        while queue:
            cy, cx = queue.popleft()
            box = [min(box[0], cy), min(box[1], cx), max(box[2], cy + 1), max(box[3], cx + 1)]
            for ny, nx in ((cy - 1, cx), (cy + 1, cx), (cy, cx - 1), (cy, cx + 1)):
                if 0 <= ny < grid.shape[0] and 0 <= nx < grid.shape[1] and grid[ny, nx] and not seen[ny, nx]:
                    seen[ny, nx] = True
                    queue.append((ny, nx))
        boxes.append((box[0], box[1], box[2], box[3]))
    return boxes


def _fitted(dark: np.ndarray, box: Field) -> Field | None:
    """The region's box narrowed to its rows and columns that are mostly dark (a bar's edges, not
    the cells its rim half covers); None when none are."""
    part = dark[box.top : box.bottom, box.left : box.right]
    rows = np.flatnonzero(part.mean(axis=1) >= ROW_DARK_SHARE)
    cols = np.flatnonzero(part.mean(axis=0) >= ROW_DARK_SHARE)
    if not len(rows) or not len(cols):
        return None
    return Field(box.top + int(rows[0]), box.left + int(cols[0]), box.top + int(rows[-1]) + 1, box.left + int(cols[-1]) + 1)


def _is_lettered_field(dark: np.ndarray, f: Field, scale: float) -> bool:
    """A field a heading's size, mostly dark, with light letters inside (not a bare bar)."""
    if f.right - f.left < MIN_WIDTH_PT * scale or f.bottom - f.top < MIN_HEIGHT_PT * scale:
        return False
    share = float(dark[f.top : f.bottom, f.left : f.right].mean())
    return share >= MIN_DARK_SHARE and MIN_LIGHT_SHARE <= 1.0 - share <= MAX_LIGHT_SHARE


def _turned_letters(part: np.ndarray, scale: float) -> np.ndarray:
    """A field's pixels with its light letters as ink on paper: the grey averaged over a small
    window (a dithered ground becomes its grey, a letter stays light), measured from the ground's
    grey (the field's median) towards paper, and inverted."""
    r = max(1, round(SMOOTH_PT * scale))
    mean = _box_sum(part.astype(np.int32), r, r) / float((2 * r + 1) ** 2)
    ground = float(np.median(mean))
    lightness = np.clip((mean - ground) / max(1.0, 255.0 - ground) * CONTRAST_GAIN, 0.0, 1.0)
    lightness[_paper_from_edge(lightness >= LIGHT_SHARE)] = 0.0
    return np.asarray(np.round(255.0 * (1.0 - lightness)), dtype=np.uint8)


def _paper_from_edge(light: np.ndarray) -> np.ndarray:
    """Light pixels reached straight in from the field's edge without crossing ground: paper the
    box takes in where the bar is a little askew, not letters (a bar's letters have ground
    between them and its edge)."""
    reached = np.zeros_like(light)
    for axis in (0, 1):
        reached |= np.cumprod(light, axis=axis, dtype=np.uint8).astype(bool)
        reached |= np.flip(np.cumprod(np.flip(light, axis=axis), axis=axis, dtype=np.uint8).astype(bool), axis=axis)
    return reached
