"""Data types of the ingest stage: a document as pages of text with per-character boxes."""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass, field

Box = tuple[float, float, float, float]  # x0, top, x1, bottom in PDF points, origin top-left
# what the stages memoize on a page (its lines, its tokens' boxes, layout.tables' words, structure's column
# segments): derived from the text and boxes, so never cached or carried, only rebuilt
PAGE_MEMOS = ("_lines", "_table_words", "_table_lines", "_segments", "_token_boxes")
_TOKEN = re.compile(r"\S+")  # a word as the layout readers cut it: a run of non-space characters


@dataclass
class Line:
    page_no: int
    start: int  # offsets into the page's text
    end: int
    text: str
    box: Box | None


@dataclass
class PageText:
    page_no: int
    text: str
    source: str  # text_layer | ocr | html | text
    width: float | None = None
    height: float | None = None
    # 4 floats per character of `text` (x0, top, x1, bottom); NaN where a character has no box
    # (characters the cleaner inserted, or pages without geometry).
    boxes: array = field(default_factory=lambda: array("f"))
    rotation: int = 0  # degrees the page was turned before reading (0, 90, 180, 270)
    skew: float | None = None  # degrees of skew corrected before OCR
    ocr_confidence: float | None = None  # mean OCR word confidence, 0-1 (OCR pages only)
    # how sure the reading of each character is (OCR word confidence, lowered where a digit was
    # repaired); empty where the page's text is as printed (a text layer): every character 1.0
    confs: array = field(default_factory=lambda: array("f"))

    def confidence(self, start: int, end: int) -> float:
        """How sure the reading of text[start:end] is: its least sure word's confidence."""
        c = self.confs
        if not c or end <= start:
            return 1.0
        vals = [v for v in c[max(0, start) : min(end, len(c))] if v == v]
        return round(min(vals), 4) if vals else 1.0

    def box(self, start: int, end: int) -> Box | None:
        """The union of the boxes of text[start:end], or None without geometry."""
        b = self.boxes
        if not b or end <= start:
            return None
        a, z = 4 * max(0, start), 4 * min(end, len(self.text))
        xs0 = [v for v in b[a:z:4] if v == v]  # v == v drops NaN
        if not xs0:
            return None
        tops = [v for v in b[a + 1 : z : 4] if v == v]
        xs1 = [v for v in b[a + 2 : z : 4] if v == v]
        bottoms = [v for v in b[a + 3 : z : 4] if v == v]
        return (round(min(xs0), 2), round(min(tops), 2), round(max(xs1), 2), round(max(bottoms), 2))

    def boxes_of(self, spans: list[tuple[int, int]]) -> list[Box | None]:
        """`box(start, end)` for many spans at once (a page's words: the table finders ask for
        thousands): the same values, one vectorised pass instead of a Python loop per span."""
        if not spans or len(self.boxes) != 4 * len(self.text):
            return [self.box(a, z) for a, z in spans]
        return _span_boxes(self.boxes, len(self.text), spans)

    def token_boxes(self) -> dict[int, Box | None]:
        """The box of every token (a run of non-space characters) by its start offset, computed
        once: the table finders and the column segments both read every word's box."""
        cached = self.__dict__.get("_token_boxes")
        if cached is None:
            spans = [m.span() for m in _TOKEN.finditer(self.text)]
            cached = self.__dict__["_token_boxes"] = dict(zip([a for a, _ in spans], self.boxes_of(spans), strict=True))
        return cached

    def lines(self) -> list[Line]:
        """The page's lines with their boxes (computed once)."""
        cached = self.__dict__.get("_lines")
        if cached is not None:
            return cached
        out = []
        pos = 0
        for part in self.text.split("\n"):
            end = pos + len(part)
            out.append(Line(self.page_no, pos, end, part, self.box(pos, end)))
            pos = end + 1
        self.__dict__["_lines"] = out
        return out

    def reread(self, at: int, char: str) -> None:
        """The character at `at` read again as `char` (same length: every offset stays)."""
        self.text = self.text[:at] + char + self.text[at + 1 :]
        self.__dict__.pop("_lines", None)  # cut again from the corrected text
        self.__dict__.pop("_token_boxes", None)

    def doubt(self, start: int, end: int, confidence: float) -> None:
        """The reading of text[start:end] is at most `confidence` sure (OCR pages only)."""
        for k in range(max(0, start), min(end, len(self.confs))):
            self.confs[k] = min(self.confs[k], confidence)

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        for memo in PAGE_MEMOS:  # derived: not worth its bytes in the cache
            state.pop(memo, None)
        return state


def _span_boxes(boxes: array, n_chars: int, spans: list[tuple[int, int]]) -> list[Box | None]:
    """Union boxes of ascending, non-overlapping character spans, NaN boxes left out (fmin/fmax
    skip NaN): per span the same rounded values as PageText.box."""
    import numpy as np

    per_char = np.frombuffer(boxes, dtype=np.float32).reshape(-1, 4)[:n_chars]
    edges = np.array([(min(max(0, a), n_chars), min(z, n_chars)) for a, z in spans], dtype=np.intp).reshape(-1)
    # one NaN row past the end, so that a span ending at the last character has an edge to cut at
    padded = np.vstack([per_char, np.full((1, 4), np.nan, dtype=np.float32)])
    lows = np.fmin.reduceat(padded[:, :2], edges, axis=0)[0::2]
    highs = np.fmax.reduceat(padded[:, 2:], edges, axis=0)[0::2]
    # rounded as Python's round(v, 2) rounds: a float32 times 100 is exact in float64, so rint
    # decides halves on the exact value and the division is correctly rounded, as round's is
    rounded = np.round(np.hstack([lows, highs]).astype(np.float64), 2).tolist()
    return [
        None if z <= a or x0 != x0 else (x0, top, x1, bottom)
        for (a, z), (x0, top, x1, bottom) in zip(edges.reshape(-1, 2).tolist(), rounded, strict=True)
    ]


@dataclass
class IngestedDocument:
    doc_id: str
    sha256: str
    source_path: str
    media_type: str
    size: int
    pages: list[PageText] = field(default_factory=list)
    title: str | None = None
    published: str | None = None  # a publication date the markup states (HTML <time>), ISO
    site_name: str | None = None  # the web page's publisher (og:site_name, the <title>'s suffix)
    running_lines: list[str] = field(default_factory=list)  # removed headers and footers
    status: str = "ok"
    error: str | None = None
    ocr_pages: int = 0
    page_count: int = 0
    container_doc_id: str | None = None  # a part of a bundle: the file's doc_id (CONTRACT v2)
    first_page: int | None = None  # a part of a bundle: its first page in the file
    einvoice_xml: bytes | None = None  # a structured invoice (Factur-X/ZUGFeRD/UBL) the file is or carries
    bundle: dict | None = None  # how a bundle was split (pipeline.bundle): role container or part

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.pages)
