"""Sheets that hold two pages side by side: a response printed 2-up (two A4 pages shrunk onto one
landscape sheet, as a registry prints to save paper) and scanned, or a book-style double spread.

Such a sheet is read as two pages: first the left one, top to bottom, then the right one. Read as
one page, a short second page's lines (a signature, a closing paragraph) stand on the same
heights as the first page's letterhead and are joined with it into rows.

The sign is layout alone, whatever the text: a landscape sheet whose ink leaves a wide band of
empty paper running its full height near the middle (the two pages' margins, side by side). A
landscape table or slide has cells, a title bar or a heading crossing the middle, and ordinary
columns of text stand a column gap apart, far narrower. A frame a printer draws round each page
is a ruled line, wiped before this is asked (pipeline.ingest.imaging.remove_rules)."""

from __future__ import annotations

from typing import Any

import numpy as np

LANDSCAPE = 1.2  # width over height from which a sheet may hold two portrait pages
MIDDLE_BAND = (0.4, 0.6)  # shares of the sheet's width the gutter must reach into
GUTTER_MIN_PT = 28.0  # two pages' margins side by side, at 70 %: far wider than a column gap
EMPTY_COLUMN_SHARE = 0.003  # ink (dust) in a column of paper, as a share of the sheet's height
MIN_SPECK_PIXELS = 3  # ... and at least this many pixels of it
SIDE_MIN_INK_PT2 = 200.0  # square points of ink on each side: a few words, not a speck or a stamp
INK_LEVEL = 160  # grey below which a pixel is ink


def gutter(clean: Any, scale: float) -> int | None:
    """The column (pixels) where a sheet of two pages side by side is cut, or None when the
    sheet is one page. `clean` is the upright, deskewed grey image with ruled lines wiped."""
    width, height = clean.size
    if width < LANDSCAPE * height:
        return None
    ink = np.asarray(clean) < INK_LEVEL
    per_column = ink.sum(axis=0)
    empty = per_column <= max(MIN_SPECK_PIXELS, EMPTY_COLUMN_SHARE * height)
    run = _widest_central_run(empty, width)
    if run is None or run[1] - run[0] < GUTTER_MIN_PT * scale:
        return None
    cut = (run[0] + run[1]) // 2
    side_ink = SIDE_MIN_INK_PT2 * scale * scale
    if per_column[:cut].sum() < side_ink or per_column[cut:].sum() < side_ink:
        return None
    return int(cut)


def _widest_central_run(empty: np.ndarray, width: int) -> tuple[int, int] | None:
    """The widest run [start, end) of empty columns that reaches into the sheet's middle band."""
    lo, hi = MIDDLE_BAND[0] * width, MIDDLE_BAND[1] * width
    edges = np.flatnonzero(np.diff(np.concatenate(([0], empty.astype(np.int8), [0]))))
    runs = [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2], strict=True) if b > lo and a < hi]
    return max(runs, key=lambda r: r[1] - r[0], default=None)
