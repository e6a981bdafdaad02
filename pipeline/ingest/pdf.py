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
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

from ..tocline import ends_with_leaders_and_page
from .model import PageText
from .ocr import OcrPage, cached_recognise
from .turned_text import Frame, continues, read_turned
from .typography import line_sizes, row_baseline

NAN = float("nan")
OCR_DPI = 200  # pages whose scan resolution cannot be told
A4 = (595.0, 842.0)  # points: the size an unreadable page is given
_BULLETS: dict[str, str | int | None] = {"\uf0b7": "•", "\uf0a7": "•", "\u25cf": "•", "\uf076": "•", "\uf0d8": "•", "\u2022": "•"}
_CONJ = {"och", "eller", "samt", "till", "respektive", "resp", "som", "men"}
_LIST_START = re.compile(
    r"^(?:[•\-–*]\s|\d+(?:\.\d+)*[.)]\s+\S|[a-z][.)]\s|"
    r"(?:aktivitet|punkt|insats|åtgärd|projekt|bilaga)\s+(?:nr\.?\s*)?\d+(?:\.\d+)*\s*[:.–-])",
    re.IGNORECASE,
)
_HEADING_DONE = re.compile(r"^\d{1,3}(?:\.\d{1,2})*\.?\s+\S.{0,200}\(\s*[\d\s\u00a0,.]+(?:kr|kronor|sek|:-)\.?\s*\)\s*$", re.I)


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
    confs: list | None = None  # per character: how sure OCR is of it (0-1); None on text layers

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
    if first is None or last is None or abs(last[3] - first[3]) <= 1.5 * max(first[3] - first[1], 4.0):
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
        raise PdfError(open_error(data, str(e))) from e


def open_error(data: bytes, msg: str) -> str:
    """Why a PDF did not open, from this file alone: pdfium's last error is process-wide and can
    still describe the previous file, so 'encrypted' is believed only of a file that has an
    /Encrypt dictionary, and the message never quotes pdfium (the same file, the same words)."""
    encrypted = b"/Encrypt" in data
    if encrypted and ("password" in msg.lower() or "security" in msg.lower()):
        return "the PDF is encrypted (password-protected); save an unprotected copy and add that"
    if encrypted:
        return "the PDF is encrypted with a method that cannot be read; save an unprotected copy"
    if b"%%EOF" not in data[-2048:]:
        return "not a readable PDF (damaged or truncated): the end of the file is missing"
    return "not a readable PDF (damaged or truncated): its structure is broken"


def _utf16_offsets(text: str) -> list[int]:
    """Each character's index in UTF-16 units, and the total at the end."""
    out, pos = [], 0
    for ch in text:
        out.append(pos)
        pos += 2 if ord(ch) > 0xFFFF else 1
    out.append(pos)
    return out


def text_layer(
    pdf, unreadable: list[int] | None = None, turns: dict[int, int] | None = None
) -> tuple[list[list[RawLine]], list[tuple[float, float]], list[int]]:
    """Lines per page from the text layer; the pages that have none (need OCR). A page that
    cannot be loaded is empty and listed in `unreadable`: it fails alone, not the document. A
    page with turned text (turned_text.py) is sized as read and its turn put in `turns`."""
    import pypdfium2 as pdfium

    pages: list[list[RawLine]] = []
    sizes: list[tuple[float, float]] = []
    empty: list[int] = []
    for i in range(len(pdf)):
        try:
            lines, size, turn = _page_lines(pdf, i)
            if turn and turns is not None:
                turns[i] = turn
        except (pdfium.PdfiumError, ValueError, IndexError):
            lines, size = [], (A4[0], A4[1])
            if unreadable is not None:
                unreadable.append(i)
        blank = not "".join(ln.text for ln in lines).strip()
        if blank and (unreadable is None or i not in unreadable):
            empty.append(i)
        pages.append(lines)
        sizes.append(size)
    return pages, sizes, empty


def _page_lines(pdf, i: int) -> tuple[list[RawLine], tuple[float, float], int]:
    """One page's lines from the text layer, its size in points as read and its text's turn."""
    import pypdfium2.raw as pdfium_c

    page = pdf[i]
    try:
        w, h = page.get_size()
        tp = page.get_textpage()
        try:
            lines, frame = _textpage_lines(tp, (w, h), pdfium_c)
        finally:
            tp.close()
    finally:
        page.close()
    return lines, frame.size, frame.turn


_LINE_BREAK = re.compile(r"\r\n|\n|\r")


def _textpage_lines(tp, size: tuple[float, float], pdfium_c) -> tuple[list[RawLine], Frame]:
    """A text page's lines, split where pdfium breaks them (and where a line jumps baselines),
    with their characters' boxes and their first character's font and baseline; turned lines read
    in their own frame."""
    h = size[1]
    n = tp.count_chars()
    text = tp.get_text_range(0, n) if n > 0 else ""
    boxes = _word_edge_boxes(tp, text, n, h, pdfium_c)
    frame = read_turned(tp, text, boxes, size, pdfium_c)
    lines: list[RawLine] = []
    pos = 0
    for m in _LINE_BREAK.finditer(text + "\n"):
        for a, b in _baseline_runs(boxes, pos, m.start()):
            ln = _line_from(text[a:b], boxes[a:b])
            if ln:
                first = next((k for k in range(a, b) if boxes[k] is not None), None)
                _set_font_and_baseline(ln, tp, h, pdfium_c, first)
                if first is not None and frame.is_turned(first):
                    ln.baseline = NAN  # the origin is the upright page's: a turned line's top stands for it
                    if lines and math.isnan(lines[-1].baseline) and continues(lines[-1], ln):
                        ln = _joined(lines.pop(), ln)
                lines.append(ln)
        pos = m.end()
    return lines, frame


def _joined(prev: RawLine, piece: RawLine) -> RawLine:
    """A turned line the text layer broke in two, as one line."""
    x0, top, x1, bottom = min(prev.x0, piece.x0), min(prev.top, piece.top), max(prev.x1, piece.x1), max(prev.bottom, piece.bottom)
    return RawLine(prev.text + piece.text, prev.boxes + piece.boxes, x0, top, x1, bottom, prev.font, NAN)


def _word_edge_boxes(tp, text: str, n: int, h: float, pdfium_c) -> list:
    """Boxes (top-left origin) of each word's first and last character, None elsewhere: value
    spans, column gaps and line extents all begin and end at word edges, and a box per character
    costs 5x as much. None throughout where pdfium's character count does not match the text."""
    boxes: list = [None] * len(text)
    # pdfium counts UTF-16 units: a character beyond the BMP (an emoji: 📞) is two of them
    unit = _utf16_offsets(text) if len(text) != n else None
    if unit is not None and unit[-1] != n:
        return boxes
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    refs = tuple(ctypes.addressof(v) for v in (left, right, bottom, top))
    get_box, raw = _char_box_getter(pdfium_c), ctypes.cast(tp.raw, ctypes.c_void_p).value
    for m in _WORD.finditer(text):
        a, z = m.start(), m.end() - 1
        for j in (a, z) if z > a else (a,):
            get_box(raw, j if unit is None else unit[j], *refs)
            x0, x1, y0, y1 = left.value, right.value, bottom.value, top.value
            if x1 > x0 or y1 > y0:
                boxes[j] = (x0, h - y1, x1, h - y0)
    return boxes


@lru_cache(maxsize=1)
def _char_box_getter(pdfium_c) -> Callable[..., int]:
    """FPDFText_GetCharBox through a prototype of plain pointers: the same function, without the
    pointer type checks of pypdfium2's typed binding, which cost as much as the call (it is
    called twice a word)."""
    proto = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_int, *(ctypes.c_void_p,) * 4)
    address = ctypes.cast(pdfium_c.FPDFText_GetCharBox, ctypes.c_void_p).value
    if address is None:
        raise OSError("pdfium without FPDFText_GetCharBox")
    return proto(address)


def _set_font_and_baseline(ln: RawLine, tp, h: float, pdfium_c, first: int | None) -> None:
    """The line's font (size, weight) and baseline, from its first character that has a box."""
    if first is None:
        return
    ln.font = (round(pdfium_c.FPDFText_GetFontSize(tp.raw, first), 1), pdfium_c.FPDFText_GetFontWeight(tp.raw, first))
    ox, oy = ctypes.c_double(), ctypes.c_double()
    if pdfium_c.FPDFText_GetCharOrigin(tp.raw, first, ctypes.byref(ox), ctypes.byref(oy)):
        ln.baseline = h - oy.value


def _ocr_image(image, scale: float = OCR_DPI / 72) -> OcrPage:
    """One page image read by OCR; `scale` is pixels per PDF point, so boxes come out in points."""
    return cached_recognise(image, scale)


def ocr_lines(page: OcrPage) -> list[RawLine]:
    """The recognised rows as lines of the one page model: text, a box per character (the word's
    box spread over its characters) and the word's confidence per character."""
    out: list[RawLine] = []
    sizes = line_sizes(page.lines)
    for row, size in zip(page.lines, sizes, strict=True):
        text = ""
        boxes: list = []
        confs: list = []
        for w in row:
            if text:
                text += " "
                boxes.append(None)
                confs.append(None)
            b = w.box
            cw = (b[2] - b[0]) / max(1, len(w.text))
            for c in range(len(w.text)):
                boxes.append((b[0] + c * cw, b[1], b[0] + (c + 1) * cw, b[3]))
            confs.extend([w.conf] * len(w.text))
            text += w.text
        ln = _line_from(text, boxes)
        if ln:
            ln.confs = confs
            ln.baseline = row_baseline(row)
            ln.font = (size, 0)  # OCR cannot tell a font's weight
            out.append(ln)
    return out


def ocr_images(images: list, scales: list[float]) -> list[OcrPage]:
    """OCR page images in parallel, tesseract single-threaded each."""
    os.environ["OMP_THREAD_LIMIT"] = "1"
    workers = max(1, min(len(images), os.cpu_count() or 1))
    with ThreadPoolExecutor(max_workers=workers) as ex:
        return list(ex.map(_ocr_once, images, scales))


OCR_MEMO_PAGES = 256  # page readings kept while one file is read (a few kB each)
_OCR_MEMO: dict = {}  # page image digest, or (PDF digest, page index) -> the page's lines
_KEEPING: list[bool] = []  # inside ocr_kept()
# file digest -> its text layer's lines per page, before OCR and cleaning: bundle detection reads
# the lines a file's ingest just read instead of parsing the text layer a second time
_TEXT_LAYERS: dict[str, list[list[RawLine]]] = {}


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
            _TEXT_LAYERS.clear()


def keep_text_layer(digest: str, pages: list[list[RawLine]]) -> None:
    """Within ocr_kept(): the file's text-layer lines, for kept_text_layer (a copy of the list:
    ingest puts OCR lines in place of the empty pages afterwards)."""
    if _KEEPING:
        _TEXT_LAYERS[digest] = list(pages)


def kept_text_layer(digest: str) -> list[list[RawLine]] | None:
    return _TEXT_LAYERS.get(digest)


def _remember(key, lines: OcrPage) -> None:
    if not _KEEPING:
        return
    if len(_OCR_MEMO) >= OCR_MEMO_PAGES:
        _OCR_MEMO.pop(next(iter(_OCR_MEMO), None), None)
    _OCR_MEMO[key] = lines


def _ocr_once(image, scale: float) -> OcrPage:
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
    """The frames of a scanned image file with their pixels per point and sizes in points, all
    in memory (for small files and tests; ingest streams them through raster.image_frames)."""
    from .raster import image_frames

    frames = list(image_frames(data))
    return [f.image for f in frames], [f.scale for f in frames], [f.size for f in frames]


def ocr_pages(pdf_bytes: bytes, indices: list[int], unreadable: list[int] | None = None) -> dict[int, OcrPage | None]:
    """OCR pages single-threaded each (OMP_THREAD_LIMIT=1: 13 s -> 1.9 s a page here) and in
    parallel over pages instead; pages rendered one at a time and capped in pixels (raster.py),
    a page that is one scanned image read at its own resolution, blank pages skipped (None). A
    page that cannot be rendered is listed in `unreadable`."""
    from .raster import PageImage, ocr_stream, render_pages

    offsets: dict[int, tuple[float, float]] = {}

    def pages() -> Iterator[PageImage]:
        for p in render_pages(pdf_bytes, indices):
            if p.error and unreadable is not None:
                unreadable.append(p.index)
            offsets[p.index] = p.offset
            yield p

    got = ocr_stream(pages(), _ocr_once)
    for i, page in got.items():
        dx, dy = offsets.get(i, (0.0, 0.0))
        if page is not None and (dx or dy) and not page.rotation:
            page.shift(dx, dy)
    return got


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
            if in_band and not _table_header(ln):
                candidates.setdefault(_norm_running(ln.text), []).append((pi, li))
    out: set[tuple[int, int]] = set()
    need = max(2, math.ceil(0.5 * n))
    for key, places in candidates.items():
        if len({p for p, _ in places}) >= need and key and not _states_amounts(pages, places):
            out.update(places)
    return out


def _table_header(line: RawLine) -> bool:
    """A table's header row printed again atop each page the table runs over belongs to the
    table, not to the page: its cells, apart at column gaps, name the table's columns."""
    from ..layout.columns import names_columns
    from ..layout.tables import COLUMN_GAP as HEADER_CELL_GAP

    cells, cell, prev = [], "", None
    for ch, b in zip(line.text, line.boxes, strict=True):
        if b is not None and prev is not None and cell.endswith(" ") and b[0] - prev[2] > HEADER_CELL_GAP:
            cells.append(cell.strip())  # a word starting a column gap after the last: the next cell
            cell = ""
        cell += ch
        prev = b if b is not None and not ch.isspace() else prev
    return names_columns([c for c in [*cells, cell.strip()] if c])


_AMOUNT = re.compile(r"\d\s*(?:kr|kronor|sek|tkr|mnkr|:-)(?!\w)", re.IGNORECASE)


def _states_amounts(pages: list[list[RawLine]], places: list[tuple[int, int]]) -> bool:
    """Lines that state a different amount on each page ("Återkrävt belopp: 162 000 kr" under
    each activity's heading, one activity a page) are content, not a running header."""
    texts = {pages[p][li].text for p, li in places}
    return len(texts) > 1 and all(_AMOUNT.search(t) for t in texts)


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
        self.confs: list = []

    def add(self, text: str, boxes: list, confs: list | None = None) -> None:
        if confs is not None and not self.confs:  # the first line OCR read: the ones before had none
            self.confs = [None] * sum(len(p) for p in self.parts)
        self.parts.append(text)
        self.boxes.extend(boxes)
        if self.confs:
            self.confs.extend(confs if confs is not None else [None] * len(text))

    def confidences(self, n: int) -> array:
        """A confidence per character where OCR gave any (NaN between words); empty otherwise
        (a text layer: nothing to doubt, and nothing to build per character)."""
        if not self.confs:
            return array("f")
        return array("f", [NAN if c is None else c for c in self.confs[:n]])

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
            confs = ln.confs if ln.confs is not None and len(ln.confs) == len(t) else None
            keep.append(RawLine(t, b, ln.x0, ln.top, ln.x1, ln.bottom, ln.font, ln.baseline, confs))
        bld = _Builder()
        for k, ln in enumerate(keep):
            text, boxes = ln.text, list(ln.boxes)
            confs = list(ln.confs) if ln.confs is not None else None
            if k + 1 < len(keep) and _continues(ln, keep[k + 1], right, step):
                nxt = keep[k + 1].text
                if text.endswith("-") and not text.endswith(" -"):
                    sep, drop = _hyphen_join(text, nxt)
                    if drop:
                        text, boxes = text[:-1], boxes[:-1]
                        confs = confs[:-1] if confs is not None else None
                else:
                    sep = " "
            else:
                sep = "\n"
            bld.add(text + sep, boxes + [None] * len(sep), confs + [None] * len(sep) if confs is not None else None)
        text, arr = bld.result()
        text = text.rstrip("\n")
        del arr[4 * len(text) :]
        confs_arr = bld.confidences(len(text))
        nfc = unicodedata.normalize("NFC", text)
        if len(nfc) != len(text):  # composed characters: offsets shift; keep text, lose boxes
            text, arr, confs_arr = nfc, array("f"), array("f")
        w, h = sizes[pi]
        out.append(PageText(pi + 1, text, sources[pi], round(w, 2), round(h, 2), arr, confs=confs_arr))
    return out, removed


COLUMN_GAP = 15.0  # points between two words of a line wider than running text has
SPACE_WIDTH = 3.0  # points: a space in running text
FONT_SIZE_SHARE = 0.05  # font sizes further apart than this share: another kind of line
FONT_WEIGHT_STEP = 200  # font weights this far apart: bold against regular
PARAGRAPH_STEP = 1.45  # an advance this many usual line steps: a paragraph break
LEADING_SHARE = 1.5  # an advance this many font sizes: more than a line's leading
INDENT = 40.0  # points a continuation line may stand right of the line before


def _has_column_gap(line: RawLine) -> bool:
    """Is there a gap between two words of the line wider than running text has? (Computed once
    per line: each line is asked as the end of one pair and the start of the next.)"""
    known = line.__dict__.get("_column_gap")
    if known is None:
        known = line.__dict__["_column_gap"] = _column_gap_in(line, COLUMN_GAP)
    return known


def _column_gap_in(line: RawLine, gap: float) -> bool:
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
    if _ends_by_its_text(a, b) or any(math.isnan(v) for v in (a.x1, b.x0, right)):
        return False
    if _has_column_gap(a) or _has_column_gap(b):
        return False  # label and value columns, table rows: not running text
    if _another_font(a, b):
        return False  # another font size or weight: a heading
    if a.x1 + SPACE_WIDTH + _first_word_width(b) < right - 1.0:
        return False  # the next word would have fitted: a ended its paragraph (or is a heading)
    return _follows_closely(a, b, step) and b.x0 <= a.x0 + INDENT  # indented: a table cell or a new block


def _ends_by_its_text(a: RawLine, b: RawLine) -> bool:
    """a is a contents line, or a numbered heading ending with its amount ("12. Title (351 290
    kronor)"); or b starts a list item."""
    return bool(ends_with_leaders_and_page(a.text) or _LIST_START.match(b.text) or _HEADING_DONE.match(a.text))


def _another_font(a: RawLine, b: RawLine) -> bool:
    (sa, wa), (sb, wb) = a.font, b.font
    return bool(sa and sb and (abs(sa - sb) > FONT_SIZE_SHARE * max(sa, sb) or abs(wa - wb) >= FONT_WEIGHT_STEP))


def _first_word_width(b: RawLine) -> float:
    first_word = b.text.split(" ", 1)[0]
    fw = [bx for bx in b.boxes[: len(first_word)] if bx is not None]
    return (fw[-1][2] - fw[0][0]) if fw else 20.0


def _follows_closely(a: RawLine, b: RawLine, step: float) -> bool:
    """b stands below a at a line's leading: not after paragraph spacing, not beside it (another
    column or a table cell)."""
    advance = a.advance(b)
    if not math.isnan(step) and advance > PARAGRAPH_STEP * step:
        return False
    if a.font[0] and advance > LEADING_SHARE * a.font[0]:
        return False
    return advance > 0
