"""A photographed page made to look scanned before OCR: its uneven light evened out.

A phone photo of an invoice has grey paper that darkens towards one side and a dark table or desk
around the sheet. Ink thresholds made for scans (pipeline.ingest.imaging) then take the darker
half of the paper, and the surround, for ink: rule removal wipes them and the text with them, and
tesseract reads nothing. Dividing the photo by its own background (the paper's light, estimated
where no stroke is) turns paper and surround white and leaves the strokes dark, as on a scan.

A scan is left as it is: its paper is white (or it is bilevel, black and white only)."""

from __future__ import annotations

from typing import Any

import numpy as np

# the background is estimated on the image reduced this many times, where a max filter this many
# pixels wide takes away every stroke (a letter is far narrower than 5 × 8 pixels) and a blur
# this wide smooths what is left into the fall of the light
REDUCE = 8
STROKE_FILTER = 5
LIGHT_BLUR = 4
PAPER_WHITE = 240  # a scan's paper is at least this light (grey levels)
UNEVEN_LIGHT = 40  # grey levels between the lighter and the darker parts of a photo's background
BACKGROUND_PERCENTILES = (5, 50, 95)


def _background(gray: Any) -> Any:
    from PIL import ImageFilter

    small = gray.reduce(REDUCE)
    return small.filter(ImageFilter.MaxFilter(STROKE_FILTER)).filter(ImageFilter.GaussianBlur(LIGHT_BLUR))


def is_photo(background: Any) -> bool:
    """Grey paper whose light varies across the page: a photo, not a scan."""
    low, mid, high = np.percentile(np.asarray(background), BACKGROUND_PERCENTILES)
    return bool(mid < PAPER_WHITE and high - low > UNEVEN_LIGHT)


def even_light(gray: Any) -> Any:
    """The greyscale page with its light evened out where it is a photo; a scan unchanged."""
    from PIL import Image

    bg = _background(gray)
    if not is_photo(bg):
        return gray
    light = np.asarray(bg.resize(gray.size, Image.Resampling.BILINEAR), dtype=np.float32)
    page = np.asarray(gray, dtype=np.float32)
    flat = np.clip(page * 255.0 / np.maximum(light, 1.0), 0, 255).astype(np.uint8)
    return Image.fromarray(flat, mode="L")
