"""Text printed turned by a quarter on an upright page: a landscape table pasted into a portrait
document, a block a word processor or a browser turned. The text layer gives each character's
angle, and its boxes lie across the reading direction (a turned line is a tall, narrow strip).
Each turned line is read in its own frame: its boxes turned back so that it runs left to right,
and the turned block placed below the page's upright text, so that every later stage (lines,
columns, tables) reads it as it reads any upright block. Upright text keeps its boxes.

The boxes of turned text are then in the turned frame, as an OCR page turned upright is; the
page records the turn in `rotation`."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

TURN_TOLERANCE = 0.2  # radians: a character within this of a quarter turn is turned
# of the page's characters: a page whose text is mostly turned holds a turned block; a few turned
# words among upright text are a narrow table header's cells, read where they stand (layout.turned)
TURNED_SHARE = 0.5
BLOCK_GAP = 12.0  # points between the page's upright text and the turned block placed below it
UP, DOWN = 90, 270  # text running bottom to top (turned anticlockwise), top to bottom (clockwise)
_LINE_BREAK = re.compile(r"\r\n|\n|\r")


@dataclass
class Frame:
    """The page's size once its turned text is placed, the turn most of that text has (0 when
    none), and the character ranges of turned lines."""

    size: tuple[float, float]
    turn: int = 0
    turned: list[tuple[int, int]] = field(default_factory=list)

    def is_turned(self, index: int) -> bool:
        return any(a <= index < b for a, b in self.turned)


def _turn_of(angle: float) -> int:
    """pdfium's character angle (radians) as the turn of its line: 0, UP or DOWN."""
    if abs(angle - 1.5 * math.pi) <= TURN_TOLERANCE:
        return UP
    if abs(angle - 0.5 * math.pi) <= TURN_TOLERANCE:
        return DOWN
    return 0


def _line_turns(tp, text: str, boxes: list, pdfium_c) -> list[tuple[int, int, int]]:
    """(start, end, turn) of each of pdfium's lines that has a boxed character: the turn of its
    first one (one call a line: a line is set in one direction)."""
    out = []
    pos = 0
    for m in _LINE_BREAK.finditer(text + "\n"):
        first = next((k for k in range(pos, m.start()) if boxes[k] is not None), None)
        if first is not None:
            out.append((pos, m.start(), _turn_of(pdfium_c.FPDFText_GetCharAngle(tp.raw, first))))
        pos = m.end()
    return out


def _turned_box(box: tuple[float, float, float, float], turn: int, size: tuple[float, float]) -> tuple[float, float, float, float]:
    """A box (top-left origin) of text turned by `turn`, in the frame where that text runs left to
    right: text running up the page reads from the page's bottom, its lines' tops towards the
    page's left edge; text running down reads from the page's top, its tops towards the right."""
    x0, top, x1, bottom = box
    w, h = size
    if turn == UP:
        return (h - bottom, x0, h - top, x1)
    return (top, w - x1, bottom, w - x0)


def _shift(boxes: list, ranges, dy: float) -> None:
    """Move the boxes of the lines in `ranges` down by `dy` points (in place)."""
    for a, b in ranges:
        for k in range(a, b):
            if boxes[k] is not None:
                x0, top, x1, bottom = boxes[k]
                boxes[k] = (x0, top + dy, x1, bottom + dy)


def _extent(boxes: list, ranges) -> tuple[float, float, float] | None:
    """Top, bottom and right edge of the boxes of the lines in `ranges`; None without boxes."""
    cells = [boxes[k] for a, b in ranges for k in range(a, b) if boxes[k] is not None]
    if not cells:
        return None
    return min(c[1] for c in cells), max(c[3] for c in cells), max(c[2] for c in cells)


def _split_upright(boxes: list, upright: list[tuple[int, int]], block: tuple[float, float, float]) -> tuple[list, list]:
    """The upright lines printed above the turned block, and the others (a page footer below)."""
    above = [r for r in upright if (e := _extent(boxes, [r])) is not None and e[1] < block[0]]
    return above, [r for r in upright if r not in above]


def _turn_boxes(boxes: list, turns: list[tuple[int, int, int]], size: tuple[float, float]) -> None:
    for a, b, t in turns:
        for k in range(a, b) if t else ():
            if boxes[k] is not None:
                boxes[k] = _turned_box(boxes[k], t, size)


def _place(boxes: list, turned: list, above: list, below: list) -> None:
    """The turned block below the upright text above it, a footer below the block."""
    placed, over = _extent(boxes, turned), _extent(boxes, above)
    if placed is not None and over is not None:
        _shift(boxes, turned, over[1] + BLOCK_GAP - placed[0])
    placed, under = _extent(boxes, turned), _extent(boxes, below)
    if placed is not None and under is not None and under[0] < placed[1] + BLOCK_GAP:
        _shift(boxes, below, placed[1] + BLOCK_GAP - under[0])


def read_turned(tp, text: str, boxes: list, size: tuple[float, float], pdfium_c) -> Frame:
    """Turn the boxes of the page's turned lines (in place) into their own frame; the page's
    new size and its turn. The turned block keeps its place among the upright lines: those
    printed above it stay above, those below it (a page footer) go below it. A page with no
    turned text (nearly every page) is left as it is."""
    turns = _line_turns(tp, text, boxes, pdfium_c)
    turned = [(a, b) for a, b, t in turns if t]
    block = _extent(boxes, turned)
    if block is None or sum(b - a for a, b in turned) < TURNED_SHARE * sum(b - a for a, b, _ in turns):
        return Frame(size)
    above, below = _split_upright(boxes, [(a, b) for a, b, t in turns if not t], block)
    _turn_boxes(boxes, turns, size)
    _place(boxes, turned, above, below)
    everything = _extent(boxes, [r[:2] for r in turns]) or (0.0, 0.0, 0.0)
    w, h = size
    majority = max((UP, DOWN), key=lambda t: sum(b - a for a, b, tt in turns if tt == t))
    return Frame((max(w, everything[2]), max(h, everything[1] + BLOCK_GAP)), majority, turned)


PIECE_GAP = 0.25  # of a line's height: a turned line's pieces touch; a word space is wider
PIECE_RISE = 0.4  # of a line's height: pieces of one line differ in top only by their glyphs


def continues(prev, piece) -> bool:
    """Is `piece` the rest of the turned line `prev`, broken where the text layer saw a new line
    (a browser sets turned text glyph run by glyph run: "A" / "ktivitet", "Belo" / "p" / "p")?
    It starts where `prev` ends, on the same row."""
    height = max(prev.bottom - prev.top, piece.bottom - piece.top)
    gap = piece.x0 - prev.x1
    return -PIECE_GAP * height <= gap <= PIECE_GAP * height and abs(piece.top - prev.top) <= PIECE_RISE * height
