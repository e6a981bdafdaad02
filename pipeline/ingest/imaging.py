"""Page images before OCR, with numpy alone: the skew of the text lines (projection profiles) and
dot leaders wiped (the rows of dots between a contents entry and its page number, which tesseract
reads as letters and which make it drop the page numbers)."""

from __future__ import annotations

import numpy as np

SKEW_SAMPLE_WIDTH = 800  # pixels: the page is measured small, the angle does not depend on size
SKEW_COARSE_STEP = 0.25  # degrees
SKEW_FINE_STEP = 0.05
INK = 160  # grey level under which a pixel is ink
FAINT_INK = 215  # lighter strokes (anti-aliased, thin) still count as a glyph's body
LEADER_WINDOW_PT = 6.7  # half-width of the window in which dots are counted (points)
LEADER_DOT_PIXELS_150 = 10  # dot pixels in a window, at 150 dpi, to be a leader


def skew_angle(gray, max_deg: float) -> float:
    """Degrees the page's text lines are turned counter-clockwise (as PIL's `rotate` turns): the
    angle whose row profile of ink is sharpest. `rotate(-angle)` levels them."""
    factor = SKEW_SAMPLE_WIDTH / gray.width
    small = gray.resize((SKEW_SAMPLE_WIDTH, max(1, int(gray.height * factor))))
    a = np.asarray(small)
    ys, xs = np.nonzero(a < INK)
    if len(xs) < 500:
        return 0.0
    xs = xs - xs.mean()

    def sharpness(deg: float) -> float:
        t = np.deg2rad(deg)
        y = ys * np.cos(t) + xs * np.sin(t)
        h = np.bincount((y - y.min()).astype(np.int64))
        return float((h.astype(np.float64) ** 2).sum())

    coarse = np.arange(-max_deg, max_deg + 1e-9, SKEW_COARSE_STEP)
    best = max(coarse, key=sharpness)
    fine = np.arange(best - SKEW_COARSE_STEP, best + SKEW_COARSE_STEP + 1e-9, SKEW_FINE_STEP)
    best = max(fine, key=sharpness)
    return round(float(best), 2) + 0.0


def _run_sum(a: np.ndarray, r: int, axis: int) -> np.ndarray:
    """Sum over a window of +-r along `axis`, same shape (zeros beyond the edge): differences of
    running sums, taken along the rows of a contiguous array (down the columns the page is
    transposed first: numpy sums along memory, not across it, several times faster)."""
    if axis == 0:
        return _run_sum(np.ascontiguousarray(a.T), r, 1).T
    n = a.shape[1]
    sums = np.zeros((a.shape[0], n + 2 * r + 1), dtype=np.int32)
    np.cumsum(a, axis=1, dtype=np.int32, out=sums[:, r + 1 : r + 1 + n])
    sums[:, r + 1 + n :] = sums[:, r + n : r + 1 + n]  # beyond the edge the sum stays the row's total
    return sums[:, 2 * r + 1 : 2 * r + 1 + n] - sums[:, :n]


def _box_sum(a: np.ndarray, ry: int, rx: int) -> np.ndarray:
    return _run_sum(_run_sum(a, rx, 1), ry, 0)


def _open_vertical(ink: np.ndarray, k: int) -> np.ndarray:
    """Morphological opening with a k-pixel vertical bar: what is at least k pixels tall."""
    h = ink.shape[0]
    if h < k:
        return np.zeros_like(ink)
    er = ink[: h - k + 1].copy()
    for d in range(1, k):
        er &= ink[d : h - k + 1 + d]
    out = np.zeros_like(ink)
    for d in range(k):
        out[d : d + er.shape[0]] |= er
    return out


def remove_leaders(gray, dpi: float):
    """The image with runs of dots that stand apart from any letter wiped white. A dot is ink
    shorter than a letter's stroke; a run of them with no letter within a few points above,
    below or beside is a leader (a sentence's full stop sits beside its word and stays)."""
    from PIL import Image

    a = np.asarray(gray)
    s = dpi / 150.0
    ink = a < INK
    k = max(3, round(4 * s))
    # a letter's body: dark ink k pixels tall, or faint (thin, anti-aliased) ink a little taller;
    # a dot's grey halo makes it no taller than k + 1
    body = _open_vertical(ink, k) | _open_vertical(a < FAINT_INK, k + 2)
    # a dot has no ink a few pixels above or below it; a thin digit's stroke ('7') does
    near, far = max(2, round(2 * s)), max(4, round(5 * s))
    inky = a < FAINT_INK
    ring = _run_sum(inky, far, 0) - _run_sum(inky, near, 0)
    dots = ink & ~body & (ring == 0)
    rx = max(4, round(LEADER_WINDOW_PT * dpi / 72))
    many = _box_sum(dots, max(1, round(s)), rx) >= round(LEADER_DOT_PIXELS_150 * s * s)
    if not many.any():
        return gray  # no row of dots anywhere (most pages): nothing to wipe
    alone = _box_sum(body, round(6 * s), rx) == 0
    zone = many & alone
    if not zone.any():
        return gray
    # the leader's last dots sit within a window of the entry's text or its page number: the zone
    # reaches out to them, stopping a few pixels short of any letter
    near_letter = _box_sum(body, round(6 * s), max(2, round(3 * s))) > 0
    zone = (_run_sum(zone, rx, 1) > 0) & ~near_letter
    out = a.copy()
    out[zone] = 255
    return Image.fromarray(out)


RULE_H_INCH = 1.0  # a horizontal run of ink this long is a table's rule, not a letter
RULE_V_INCH = 0.4  # a vertical one this tall likewise (a heading's tallest letter is shorter)


def _long_runs(ink: np.ndarray, length: int, axis: int) -> np.ndarray:
    """Pixels on a run of ink at least `length` long along `axis` (opening with a bar)."""
    r = max(1, length // 2)
    full = _run_sum(ink, r, axis) >= 2 * r + 1
    if not full.any():
        return full  # no run that long: nothing to widen back
    return _run_sum(full, r, axis) > 0


def remove_rules(gray, dpi: float):
    """The image with a table's ruled lines wiped (tesseract reads them as 'I', '|', 'T' and
    runs cells together), and whether there were any."""
    from PIL import Image

    a = np.asarray(gray)
    ink = a < FAINT_INK
    rules = _long_runs(ink, round(RULE_H_INCH * dpi), 1) | _long_runs(ink, round(RULE_V_INCH * dpi), 0)
    if not rules.any():
        return gray, False
    # the rule's grey edge goes with it
    rules = _run_sum(_run_sum(rules, 1, 0), 1, 1) > 0
    out = a.copy()
    out[rules] = 255
    return Image.fromarray(out), True
