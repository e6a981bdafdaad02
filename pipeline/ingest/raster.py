"""Page images for OCR, one at a time and bounded in pixels.

A document's pages are rendered (or an image file's frames decoded) one after the other and
handed to OCR as they come, with at most one page per OCR thread in memory: a 5000-page scan
costs the memory of a few pages, not of 5000. Every page image is capped: at most OCR_DPI (never
above MAX_DPI), at most MAX_PAGE_PIXELS and MAX_PAGE_SIDE pixels (a 20 000-point page or a
100 x 800 000 pixel strip is read smaller, not enlarged), and a blank page is recognised from a
thumbnail and never sent to OCR."""

from __future__ import annotations

import io
import math
import os
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

OCR_DPI = 200  # tesseract reads body text well from here
MAX_DPI = 300  # more only costs memory and time
MIN_SCAN_DPI = 150  # a stored scan below this is rendered larger for tesseract instead
MAX_SCAN_DPI = 225  # a stored scan above this is rendered smaller: recognition only gets slower
MAX_PAGE_PIXELS = 25_000_000  # about A3 at 300 dpi
MAX_PAGE_SIDE = 12_000  # px; tesseract refuses sides over 32 767
THUMB_SIDE = 160  # px, the long side of the thumbnail that decides whether a page is blank
BLANK_SPREAD = 6  # grey levels between a thumbnail's darkest and lightest pixel on an empty page
MAX_FRAMES = 2_000  # frames of one image file read; more is not a scan of a document
A4_WIDTH_PT = 595.0


@dataclass
class PageImage:
    index: int  # 0-based page or frame
    image: Any | None  # a PIL image in grey, None when the page is blank or could not be read
    scale: float  # pixels per PDF point of `image`
    size: tuple[float, float]  # page size in points
    error: str | None = None  # why the page could not be read
    offset: tuple[float, float] = (0.0, 0.0)  # the image's top-left corner on the page, points


def capped_scale(width_pt: float, height_pt: float, want: float = OCR_DPI / 72) -> float:
    """Pixels per point for a page: `want`, but never past the pixel and side caps."""
    w, h = max(width_pt, 1.0), max(height_pt, 1.0)
    by_pixels = math.sqrt(MAX_PAGE_PIXELS / (w * h))
    by_side = MAX_PAGE_SIDE / max(w, h)
    return max(1e-3, min(want, MAX_DPI / 72, by_pixels, by_side))


def is_blank(image: Any) -> bool:
    """A page with nothing on it: the thumbnail's grey levels hardly vary."""
    thumb = image.copy()
    thumb.thumbnail((THUMB_SIDE, THUMB_SIDE))
    lo, hi = thumb.convert("L").getextrema()
    return hi - lo <= BLANK_SPREAD


def render_pages(pdf_bytes: bytes, indices: list[int]) -> Iterator[PageImage]:
    """The pages' images, one at a time. PDFium is not thread-safe: rendering happens here, in
    one thread; only tesseract (a subprocess per page) runs in parallel."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(pdf_bytes)
    try:
        for i in indices:
            yield _render_one(pdf, i)
    finally:
        pdf.close()


def _render_one(pdf: Any, i: int) -> PageImage:
    import pypdfium2 as pdfium

    try:
        page = pdf[i]
    except (pdfium.PdfiumError, IndexError, ValueError) as e:
        return PageImage(i, None, 1.0, (0.0, 0.0), f"page {i + 1} could not be loaded ({e})")
    try:
        w, h = page.get_size()
        thumb_scale = min(1.0, THUMB_SIDE / max(w, h, 1.0))
        thumb = page.render(scale=thumb_scale, grayscale=True).to_pil()
        if is_blank(thumb):
            return PageImage(i, None, 1.0, (w, h))
        scan = embedded_scan(page)
        if scan is not None:
            return PageImage(i, scan[0], scan[1], (w, h), offset=scan[2])
        scale = capped_scale(w, h)
        image = page.render(scale=scale, grayscale=True).to_pil()
        return PageImage(i, image, scale, (w, h))
    except (pdfium.PdfiumError, ValueError, OSError) as e:
        return PageImage(i, None, 1.0, (0.0, 0.0), f"page {i + 1} could not be rendered ({e})")
    finally:
        page.close()


def embedded_scan(page: Any) -> tuple[Any, float, tuple[float, float]] | None:
    """The page's scanned image as stored, when the page is one upright image covering it: read
    at its own resolution, without the resampling a render adds. None otherwise."""
    w, h = page.get_size()
    if page.get_rotation():
        return None
    images = [o for o in page.get_objects() if o.type == 3]  # FPDF_PAGEOBJ_IMAGE
    if len(images) != 1:
        return None
    obj = images[0]
    try:
        x0, y0, x1, y1 = obj.get_bounds()
        m = obj.get_matrix()
        upright = abs(m.b) <= 0.05 * abs(m.a) and m.a > 0 and m.d > 0
        if (x1 - x0) < 0.9 * w or (y1 - y0) < 0.9 * h or not upright:
            return None  # a part of the page, or placed turned or mirrored: render instead
        px_w, px_h = obj.get_px_size()
        if px_w * px_h > MAX_PAGE_PIXELS:
            return None  # decoding it whole would break the page cap: render it smaller
        image = obj.get_bitmap(render=False).to_pil().convert("L")
    except Exception:  # noqa: BLE001 - an image pdfium cannot hand over raw: render instead
        return None
    scale = image.width / (x1 - x0)
    if not 0.95 * MIN_SCAN_DPI / 72 <= scale <= MAX_SCAN_DPI / 72:
        return None
    # the image's top-left corner lies at (x0, h - y1): its boxes are shifted by that much
    return image, scale, (x0, h - y1)


def frame_count(data: bytes) -> int:
    from PIL import Image

    with Image.open(io.BytesIO(data)) as im:
        return min(MAX_FRAMES, getattr(im, "n_frames", 1))


def image_frames(data: bytes) -> Iterator[PageImage]:
    """The frames of a scanned image file (JPEG, PNG, multi-page TIFF), decoded one at a time,
    each with its pixels per point and size in points. Without a resolution in the file a frame
    is taken to be an A4 page's width; a low-resolution scan is enlarged towards OCR_DPI (as
    tesseract reads about 300 dpi best), within the page caps."""
    from PIL import Image

    with Image.open(io.BytesIO(data)) as im:
        dpi = im.info.get("dpi")
        n = min(MAX_FRAMES, getattr(im, "n_frames", 1))
        for k in range(n):
            im.seek(k)
            yield _frame(k, im, dpi)


def _frame(k: int, im: Any, dpi: Any) -> PageImage:
    w, h = im.size
    try:
        density = float(dpi[0]) if dpi and dpi[0] else 0.0
    except (TypeError, ValueError, IndexError):
        density = 0.0
    scale = density / 72 if density >= 50 else w / A4_WIDTH_PT  # pixels per point as scanned
    size = (w / scale, h / scale)
    target = capped_scale(*size, want=max(scale, OCR_DPI / 72)) if scale < OCR_DPI / 72 else capped_scale(*size, want=scale)
    frame = im.convert("L") if w * h <= 4 * MAX_PAGE_PIXELS else _reduced(im, w * h)
    if is_blank(frame):
        return PageImage(k, None, scale, size)
    fw, fh = frame.size
    new = (max(1, round(size[0] * target)), max(1, round(size[1] * target)))
    if new != (fw, fh):
        frame = frame.resize(new)
    return PageImage(k, frame, target, size)


def _reduced(im: Any, pixels: int) -> Any:
    """A huge frame shrunk while decoding (JPEG draft) or right after, before it is converted."""
    factor = max(1, math.ceil(math.sqrt(pixels / MAX_PAGE_PIXELS)))
    return im.reduce(factor).convert("L")


def ocr_stream(pages: Iterator[PageImage], ocr: Callable[[Any, float], Any], workers: int | None = None) -> dict[int, Any]:
    """OCR each page image as it arrives, with at most `workers` pages in memory at once;
    blank or unreadable pages give None."""
    os.environ["OMP_THREAD_LIMIT"] = "1"
    workers = max(1, workers or min(2, os.cpu_count() or 1))
    out: dict[int, Any] = {}
    inflight: list[tuple[int, Future]] = []
    with ThreadPoolExecutor(max_workers=workers) as ex:
        for p in pages:
            if p.image is None:
                out[p.index] = None
                continue
            if len(inflight) >= workers:
                i, fut = inflight.pop(0)
                out[i] = fut.result()
            inflight.append((p.index, ex.submit(ocr, p.image, p.scale)))
            p.image = None  # the thread holds the only reference: freed when OCR is done
        for i, fut in inflight:
            out[i] = fut.result()
    return out
