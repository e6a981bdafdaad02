"""PDF text layer with character boxes (pypdfium2), OCR for pages without one (tesseract), and the
cleaning later stages rely on: running headers and footers removed by repetition, lines broken
inside a paragraph joined, line-end hyphenation undone."""

from __future__ import annotations

import ctypes
import math
import os
import re
import statistics
import unicodedata
from array import array
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass

from .model import PageText

NAN = float("nan")
OCR_DPI = 200
_BULLETS = {"\uf0b7": "•", "\uf0a7": "•", "\u25cf": "•", "\uf076": "•", "\uf0d8": "•", "\u2022": "•"}
_CONJ = {"och", "eller", "samt", "till", "respektive", "resp", "som", "men"}
_LIST_START = re.compile(r"^(?:[•\-–*]\s|\d+(?:\.\d+)*[.)]\s+\S|[a-z][.)]\s|"
                         r"(?:aktivitet|punkt|insats|åtgärd|projekt|bilaga)\s+(?:nr\.?\s*)?\d+(?:\.\d+)*\s*[:.–-])", re.IGNORECASE)
_HEADING_DONE = re.compile(r"^\d{1,3}(?:\.\d{1,2})*\.?\s+\S.{0,200}\(\s*[\d\s\u00a0,.]+(?:kr|kronor|sek|:-)\.?\s*\)\s*$", re.I)
_TOC_END = re.compile(r"(?:\.{3,}|…+|\t)\s*\d{1,3}\s*$")


class PdfError(Exception):
    """A PDF that cannot be read at all, with a message a user understands."""


@dataclass
class RawLine:
    """One line of a page as the text layer (or OCR) gives it, with per-character boxes."""

    text: str
    boxes: list[tuple[float, float, float, float] | None]
    x0: float
    top: float
    x1: float
    bottom: float
    font: tuple[float, int] = (0.0, 0)  # font size and weight of the line's first character
    baseline: float = NAN  # the first character's baseline (text layer); NaN for OCR lines

    def advance(self, other: RawLine) -> float:
        """How far `other` stands below this line: baseline to baseline where the text layer gives
        them. Box tops differ with the glyphs at word edges ("ordinarie" has none above x-height)
        by a quarter of the font size, enough to look like a paragraph break."""
        if not (math.isnan(self.baseline) or math.isnan(other.baseline)):
            return other.baseline - self.baseline
        return other.top - self.top


_WORD = re.compile(r"[^\s\ufffe]+|\ufffe")  # pdfium's U+FFFE (a joined line break) is a word of its own


def _line_from(text: str, boxes: list) -> RawLine | None:
    # drop trailing/leading whitespace but keep box alignment
    s, e = 0, len(text)
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if s == e:
        return None
    text, boxes = text[s:e], boxes[s:e]
    real = [b for b in boxes if b is not None]
    if not real:
        return RawLine(text, boxes, NAN, NAN, NAN, NAN)
    x0s, tops, x1s, bottoms = zip(*real, strict=True)
    return RawLine(text, boxes, min(x0s), min(tops), max(x1s), max(bottoms))


def _baseline_runs(boxes: list, start: int, end: int) -> list[tuple[int, int]]:
    """Split a text-layer line where the characters jump to another baseline: pdfium sometimes
    joins a hyphenated line end to whatever follows, a footer included."""
    first = next((boxes[i] for i in range(start, end) if boxes[i] is not None), None)
    last = next((boxes[i] for i in range(end - 1, start - 1, -1) if boxes[i] is not None), None)
    if first is None or abs(last[3] - first[3]) <= 1.5 * max(first[3] - first[1], 4.0):
        return [(start, end)]  # one baseline end to end: nothing to split (nearly every line)
    runs = []
    a = start
    prev = None
    for i in range(start, end):
        b = boxes[i]
        if b is None:
            continue
        if prev is not None:
            height = max(prev[3] - prev[1], b[3] - b[1], 4.0)
            if abs(b[3] - prev[3]) > 1.5 * height:
                runs.append((a, i))
                a = i
        prev = b
    runs.append((a, end))
    return runs


def open_pdf(data: bytes):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        msg = str(e)
        if "password" in msg.lower():
            raise PdfError("the PDF is encrypted (password-protected); save an unprotected copy and add that") from e
        if "format" in msg.lower() or "file" in msg.lower():
            raise PdfError(f"not a readable PDF (damaged or truncated): {msg}") from e
        raise PdfError(f"cannot open the PDF: {msg}") from e


def text_layer(pdf) -> tuple[list[list[RawLine]], list[tuple[float, float]], list[int]]:
    """Lines per page from the text layer; the pages that have none (need OCR)."""
    import pypdfium2.raw as pdfium_c

    pages: list[list[RawLine]] = []
    sizes: list[tuple[float, float]] = []
    empty: list[int] = []
    left, right, bottom_, top_ = (ctypes.c_double() for _ in range(4))
    ox_v, oy_v = ctypes.c_double(), ctypes.c_double()
    ox, oy = ctypes.byref(ox_v), ctypes.byref(oy_v)
    for i in range(len(pdf)):
        page = pdf[i]
        w, h = page.get_size()
        sizes.append((w, h))
        tp = page.get_textpage()
        n = tp.count_chars()
        text = tp.get_text_range(0, n) if n > 0 else ""
        boxes: list = [None] * len(text)
        if len(text) == n:  # else characters pdfium cannot map 1:1: keep the text, lose boxes
            # Boxes of each word's first and last character: value spans, column gaps and line
            # extents all begin and end at word edges, and a box per character costs 5x as much.
            get_box, raw = pdfium_c.FPDFText_GetCharBox, tp.raw
            lp, rp, bp, tpp = (ctypes.byref(v) for v in (left, right, bottom_, top_))
            for m in _WORD.finditer(text):
                a, z = m.start(), m.end() - 1
                for j in (a, z) if z > a else (a,):
                    get_box(raw, j, lp, rp, bp, tpp)
                    x0, x1, y0, y1 = left.value, right.value, bottom_.value, top_.value
                    if x1 > x0 or y1 > y0:
                        boxes[j] = (x0, h - y1, x1, h - y0)
        lines = []
        pos = 0
        for m in re.finditer(r"\r\n|\n|\r", text + "\n"):
            for a, b in _baseline_runs(boxes, pos, m.start()):
                ln = _line_from(text[a:b], boxes[a:b])
                if ln:
                    first = next((k for k in range(a, b) if boxes[k] is not None), None)
                    if first is not None:
                        ln.font = (round(pdfium_c.FPDFText_GetFontSize(tp.raw, first), 1),
                                   pdfium_c.FPDFText_GetFontWeight(tp.raw, first))
                        if pdfium_c.FPDFText_GetCharOrigin(tp.raw, first, ox, oy):
                            ln.baseline = h - oy_v.value
                    lines.append(ln)
            pos = m.end()
        if not "".join(ln.text for ln in lines).strip():
            empty.append(i)
        pages.append(lines)
        tp.close()
        page.close()
    return pages, sizes, empty


def _render(pdf_bytes: bytes, indices: list[int]) -> list:
    """Page images for OCR. PDFium is not thread-safe: pages are rendered here, one after the
    other, and only tesseract (a subprocess per page) runs in parallel."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(pdf_bytes)
    try:
        return [pdf[i].render(scale=OCR_DPI / 72).to_pil() for i in indices]
    finally:
        pdf.close()


def _ocr_image(image, scale: float = OCR_DPI / 72) -> list[RawLine]:
    """Lines of one page image; `scale` is pixels per PDF point, so boxes come out in points."""
    import pytesseract

    data = pytesseract.image_to_data(image, lang="swe", config="--psm 3", output_type=pytesseract.Output.DICT)
    lines: dict[tuple[int, int, int], list[int]] = {}
    for k, word in enumerate(data["text"]):
        if word and word.strip():
            lines.setdefault((data["block_num"][k], data["par_num"][k], data["line_num"][k]), []).append(k)
    out: list[RawLine] = []
    for key in sorted(lines, key=lambda key: (min(data["top"][k] for k in lines[key]), key)):
        ks = sorted(lines[key], key=lambda k: data["left"][k])
        text = ""
        boxes: list = []
        for k in ks:
            if text:
                text += " "
                boxes.append(None)
            word = data["text"][k]
            b = (data["left"][k] / scale, data["top"][k] / scale,
                 (data["left"][k] + data["width"][k]) / scale, (data["top"][k] + data["height"][k]) / scale)
            # spread the word box over its characters so a value's box is its own part of the word
            cw = (b[2] - b[0]) / max(1, len(word))
            for c in range(len(word)):
                boxes.append((b[0] + c * cw, b[1], b[0] + (c + 1) * cw, b[3]))
            text += word
        ln = _line_from(text, boxes)
        if ln:
            out.append(ln)
    return out


def ocr_images(images: list, scales: list[float]) -> list[list[RawLine]]:
    """OCR page images in parallel, tesseract single-threaded each."""
    os.environ["OMP_THREAD_LIMIT"] = "1"
    workers = max(1, min(len(images), os.cpu_count() or 1))
    with ThreadPoolExecutor(max_workers=workers) as ex:
        return list(ex.map(_ocr_once, images, scales))


OCR_MEMO_PAGES = 256  # page readings kept while one file is read (a few kB each)
_OCR_MEMO: dict = {}  # page image digest, or (PDF digest, page index) -> the page's lines
_KEEPING: list[bool] = []  # inside ocr_kept()


@contextmanager
def ocr_kept():
    """While one file is read: a page OCR read once is not read again. A bundle's scanned page
    is read to split the file and again as a page of its part (pipeline.bundle)."""
    _KEEPING.append(True)
    try:
        yield
    finally:
        _KEEPING.pop()
        if not _KEEPING:
            _OCR_MEMO.clear()


def _remember(key, lines: list[RawLine]) -> None:
    if not _KEEPING:
        return
    if len(_OCR_MEMO) >= OCR_MEMO_PAGES:
        _OCR_MEMO.pop(next(iter(_OCR_MEMO), None), None)
    _OCR_MEMO[key] = lines


def _ocr_once(image, scale: float) -> list[RawLine]:
    """A page image read before within ocr_kept() is not read again."""
    import hashlib

    if not _KEEPING:
        return _ocr_image(image, scale)
    key = hashlib.sha256(image.tobytes() + f"{image.mode}{image.size}{scale}".encode()).hexdigest()
    lines = _OCR_MEMO.get(key)
    if lines is None:
        lines = _ocr_image(image, scale)
        _remember(key, lines)
    return lines


def image_pages(data: bytes) -> tuple[list, list[float], list[tuple[float, float]]]:
    """The frames of a scanned image file (JPEG, PNG, a multi-page TIFF), each with its pixels per
    point and its size in points. Without a resolution in the file a frame is taken to be an A4
    page's width; a low-resolution scan is enlarged, as tesseract reads about 300 dpi best."""
    import io

    from PIL import Image, ImageSequence

    with Image.open(io.BytesIO(data)) as im:
        frames = [f.convert("L") for f in ImageSequence.Iterator(im)]
        dpi = im.info.get("dpi")
    images, scales, sizes = [], [], []
    for f in frames:
        w, h = f.size
        scale = float(dpi[0]) / 72 if dpi and dpi[0] and float(dpi[0]) >= 50 else w / 595.0
        if scale < OCR_DPI / 72:
            factor = (OCR_DPI / 72) / scale
            f = f.resize((round(w * factor), round(h * factor)))
            scale *= factor
        images.append(f)
        scales.append(scale)
        sizes.append((f.size[0] / scale, f.size[1] / scale))
    return images, scales, sizes


def ocr_pages(pdf_bytes: bytes, indices: list[int]) -> dict[int, list[RawLine]]:
    """OCR pages single-threaded each (OMP_THREAD_LIMIT=1: 13 s -> 1.9 s a page here) and in
    parallel over pages instead."""
    import hashlib

    file_key = hashlib.sha256(pdf_bytes).hexdigest()
    # pages read before are not rendered again
    got = {i: _OCR_MEMO[(file_key, i)] for i in indices if (file_key, i) in _OCR_MEMO}
    todo = [i for i in indices if i not in got]
    if todo:
        images = _render(pdf_bytes, todo)
        got.update(zip(todo, ocr_images(images, [OCR_DPI / 72] * len(images)), strict=True))
        for i in todo:
            _remember((file_key, i), got[i])
    return {i: got[i] for i in indices}


# --------------------------------------------------------------------------------------------
# Cleaning
# --------------------------------------------------------------------------------------------

def _norm_running(text: str) -> str:
    return re.sub(r"\d+", "#", text.casefold()).strip()


def find_running_lines(pages: list[list[RawLine]], sizes: list[tuple[float, float]]) -> set[tuple[int, int]]:
    """(page index, line index) of headers and footers: lines in the top or bottom band of the
    page whose text, digits masked, repeats on most pages."""
    n = len(pages)
    if n < 2:
        return set()
    candidates: dict[str, list[tuple[int, int]]] = {}
    for pi, lines in enumerate(pages):
        h = sizes[pi][1]
        idx = list(range(min(3, len(lines)))) + list(range(max(0, len(lines) - 3), len(lines)))
        for li in sorted(set(idx)):
            ln = lines[li]
            in_band = math.isnan(ln.top) or ln.top < 0.12 * h or ln.bottom > 0.88 * h
            if in_band:
                candidates.setdefault(_norm_running(ln.text), []).append((pi, li))
    out: set[tuple[int, int]] = set()
    need = max(2, math.ceil(0.5 * n))
    for key, places in candidates.items():
        if len({p for p, _ in places}) >= need and key:
            out.update(places)
    return out


def _hyphen_join(prev: str, nxt: str) -> tuple[str, bool]:
    """How a line ending in '-' continues: (separator, drop the hyphen)."""
    first = nxt.split(" ", 1)[0].lower().strip(",.")
    if first in _CONJ:
        return " ", False  # "barn- och ungdomsverksamhet"
    before = prev[-2] if len(prev) >= 2 else ""
    if before.islower() and nxt[:1].islower():
        return "", True  # a word hyphenated at the line end
    return "", False  # "SIS-" + "institution"


def _fix_soft_hyphens(text: str, boxes: list) -> tuple[str, list]:
    # pdfium marks a hyphen where it joined a line break itself with U+FFFE
    if "\ufffe" not in text and "\u00ad" not in text:
        return text, boxes
    out, ob = [], []
    for i, ch in enumerate(text):
        if ch in "\ufffe\u00ad":
            before = text[i - 1] if i else ""
            after = text[i + 1] if i + 1 < len(text) else ""
            if before.islower() and after.islower():
                continue
            ch = "-"
        out.append(ch)
        ob.append(boxes[i])
    return "".join(out), ob


class _Builder:
    """Builds a page's cleaned text with a box per character."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.boxes: list = []

    def add(self, text: str, boxes: list) -> None:
        self.parts.append(text)
        self.boxes.extend(boxes)

    def result(self) -> tuple[str, array]:
        text = "".join(self.parts)
        none = (NAN, NAN, NAN, NAN)
        arr = array("f", [v for b in self.boxes for v in (b or none)])
        return text, arr


def _layout_stats(pages: list[list[RawLine]]) -> tuple[float, float]:
    """Right text margin and usual distance between line tops in a paragraph."""
    x1s = [ln.x1 for lines in pages for ln in lines if len(ln.text) > 30 and not math.isnan(ln.x1)]
    if len(x1s) >= 10:
        right = statistics.quantiles(x1s, n=10)[-1]
    else:
        # little running text (an invoice, a receipt): the text's right edge, not the longest
        # line's, or a short field line would seem to run to the margin
        every = [ln.x1 for lines in pages for ln in lines if not math.isnan(ln.x1)]
        right = max(every) if every else NAN
    steps = []
    for lines in pages:
        for a, b in zip(lines, lines[1:], strict=False):
            d = a.advance(b)
            if not math.isnan(d) and 0 < d < 40:
                steps.append(round(d, 1))
    step = Counter(steps).most_common(1)[0][0] if steps else NAN
    return right, step


def clean_pages(pages: list[list[RawLine]], sizes: list[tuple[float, float]], sources: list[str]) -> tuple[list[PageText], list[str]]:
    running = find_running_lines(pages, sizes)
    right, step = _layout_stats(pages)
    removed: list[str] = []
    out: list[PageText] = []
    for pi, lines in enumerate(pages):
        keep = []
        for li, ln in enumerate(lines):
            if (pi, li) in running:
                removed.append(ln.text)
                continue
            t, b = _fix_soft_hyphens(ln.text.translate(str.maketrans(_BULLETS)), ln.boxes)
            keep.append(RawLine(t, b, ln.x0, ln.top, ln.x1, ln.bottom, ln.font, ln.baseline))
        bld = _Builder()
        for k, ln in enumerate(keep):
            text, boxes = ln.text, list(ln.boxes)
            if k + 1 < len(keep) and _continues(ln, keep[k + 1], right, step):
                nxt = keep[k + 1].text
                if text.endswith("-") and not text.endswith(" -"):
                    sep, drop = _hyphen_join(text, nxt)
                    if drop:
                        text, boxes = text[:-1], boxes[:-1]
                else:
                    sep = " "
            else:
                sep = "\n"
            bld.add(text + sep, boxes + [None] * len(sep))
        text, arr = bld.result()
        text = text.rstrip("\n")
        del arr[4 * len(text):]
        nfc = unicodedata.normalize("NFC", text)
        if len(nfc) != len(text):  # composed characters: offsets shift; keep text, lose boxes
            text, arr = nfc, array("f")
        w, h = sizes[pi]
        out.append(PageText(pi + 1, text, sources[pi], round(w, 2), round(h, 2), arr))
    return out, removed


def _has_column_gap(line: RawLine, gap: float = 15.0) -> bool:
    """Is there a gap between two words of the line wider than running text has?"""
    prev = None
    after_space = False
    for ch, b in zip(line.text, line.boxes, strict=True):
        if ch.isspace():
            after_space = True
            continue
        if b is None:
            continue
        if after_space and prev is not None and b[0] - prev[2] > gap:
            return True
        prev, after_space = b, False
    return False


def _continues(a: RawLine, b: RawLine, right: float, step: float) -> bool:
    """Does line b continue the paragraph of line a? The classic test: a ran to the right
    margin (b's first word would not have fitted after it), b follows at the usual spacing."""
    if _TOC_END.search(a.text) or _LIST_START.match(b.text):
        return False
    if _HEADING_DONE.match(a.text):
        return False  # "12. Title (351 290 kronor)": a numbered heading ends with its amount
    if any(math.isnan(v) for v in (a.x1, b.x0, right)):
        return False
    if _has_column_gap(a) or _has_column_gap(b):
        return False  # label and value columns, table rows: not running text
    (sa, wa), (sb, wb) = a.font, b.font
    if sa and sb and (abs(sa - sb) > 0.05 * max(sa, sb) or abs(wa - wb) >= 200):
        return False  # another font size or weight: a heading
    first_word = b.text.split(" ", 1)[0]
    fw = [bx for bx in b.boxes[:len(first_word)] if bx is not None]
    word_width = (fw[-1][2] - fw[0][0]) if fw else 20.0
    space = 3.0
    if a.x1 + space + word_width < right - 1.0:
        return False  # the next word would have fitted: a ended its paragraph (or is a heading)
    advance = a.advance(b)
    if not math.isnan(step) and advance > 1.45 * step:
        return False  # paragraph spacing
    if a.font[0] and advance > 1.5 * a.font[0]:
        return False  # more than a line's leading for its font size: a new paragraph
    if advance <= 0:
        return False  # another column or a table cell
    return b.x0 <= a.x0 + 40  # indented: a table cell or a new block
