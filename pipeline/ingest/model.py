"""Data types of the ingest stage: a document as pages of text with per-character boxes."""

from __future__ import annotations

import math
from array import array
from dataclasses import dataclass, field
from typing import Iterator

Box = tuple[float, float, float, float]  # x0, top, x1, bottom in PDF points, origin top-left


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

    def box(self, start: int, end: int) -> Box | None:
        """The union of the boxes of text[start:end], or None without geometry."""
        b = self.boxes
        if not b or end <= start:
            return None
        x0 = top = math.inf
        x1 = bottom = -math.inf
        for i in range(max(0, start), min(end, len(self.text))):
            j = 4 * i
            if b[j] != b[j]:  # NaN
                continue
            x0 = min(x0, b[j])
            top = min(top, b[j + 1])
            x1 = max(x1, b[j + 2])
            bottom = max(bottom, b[j + 3])
        if x0 == math.inf:
            return None
        return (round(x0, 2), round(top, 2), round(x1, 2), round(bottom, 2))

    def lines(self) -> Iterator[Line]:
        pos = 0
        for part in self.text.split("\n"):
            end = pos + len(part)
            yield Line(self.page_no, pos, end, part, self.box(pos, end))
            pos = end + 1


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
    running_lines: list[str] = field(default_factory=list)  # removed headers and footers
    status: str = "ok"
    error: str | None = None
    ocr_pages: int = 0
    page_count: int = 0
    seconds: float = 0.0

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.pages)
