"""Header cells whose text is turned by 90° (narrow columns of a Word or spreadsheet table: "Nr",
"Återkrävt (kr)" read bottom to top). A text layer gives such text as a narrow stack of pieces,
a word broken where the extractor saw a new line ("Återkr" / "ä" / "vt", or one letter a piece);
their order in the page's text is their reading order. A stack is read back into one word, so
the header names its column as an upright one would."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .columns import header_role

if TYPE_CHECKING:
    from .tables import Word

TURNED_LINE_WIDTH = 12.0  # points: a turned line of header text is about one glyph's height wide
MIN_TURNED_LETTERS = 3  # fewer letters in a stack are a scan's rule remnants, not a turned word
_RULE_GLYPHS = set("lI1|!i[]()")  # what a scanned vertical rule reads as


def _bands(words: list[Word]) -> list[list[Word]]:
    """Words grouped by overlapping x-ranges (a turned line's pieces share its narrow band)."""
    bands: list[list[Word]] = []
    for w in sorted(words, key=lambda w: w.box[0]):
        if bands and w.box[0] < max(x.box[2] for x in bands[-1]):
            bands[-1].append(w)
        else:
            bands.append([w])
    return bands


def _is_stack(band: list[Word]) -> bool:
    """A narrow band of pieces one above another, holding letters that are no rule's remnants."""
    width = max(w.box[2] for w in band) - min(w.box[0] for w in band)
    tops = sorted(w.box[1] for w in band)
    stacked = len(band) >= 2 and all(b - a > 0 for a, b in zip(tops, tops[1:], strict=False))
    letters = [c for w in band for c in w.text if c.isalpha() and c not in _RULE_GLYPHS]
    worded = len(letters) >= MIN_TURNED_LETTERS or header_role(_read_pieces(band)) is not None  # 'Nr' turned
    return stacked and width <= TURNED_LINE_WIDTH and worded


def _read_pieces(pieces: list[Word]) -> str:
    """The pieces in the page text's order: one the text puts on a new line goes on the word
    before it (the extractor broke the turned line there); one after a space starts a word."""
    text = ""
    for w in sorted(pieces, key=lambda w: w.start):
        text = text + w.text if text and w.after_break else f"{text} {w.text}".strip()
    return text


def upright(words: list[Word], make: Callable[[str, list[Word]], Word]) -> list[Word]:
    """The header's words with every turned stack (its bands side by side, a turned cell wrapping
    over two lines) read as one word made by `make(text, pieces)`; other words as they were."""
    bands = _bands(words)
    stacks = [b for b in bands if _is_stack(b)]
    if not stacks:
        return words
    out = [w for b in bands if not _is_stack(b) for w in b]
    return out + [make(_read_pieces(b), b) for b in stacks]
