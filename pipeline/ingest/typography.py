"""What a scan's words tell of their type: a row's baseline and its font size, estimated from
the word boxes OCR gives, so that a recognised page carries the same line facts as a text layer
(pdf.RawLine's baseline and font size), and the paragraph and heading rules read both alike.

A word's box runs from its highest to its lowest glyph, so its height depends on its letters:
'om' is x-height tall, 'Krav' cap height, 'gripa' reaches below the baseline. Each word's height
is divided by the share of the em its letters span, and a row's size is the median of its words';
rows close to the page's usual size are given that size exactly, as every line of body text
has the same font on a text layer."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from typing import Protocol

DESCENDERS = frozenset("gjpqyQ,;()[]{}|/@§µ")  # glyphs that reach below the baseline
ASCENDERS = frozenset("bdfhklt0123456789ÅÄÖåäöÉéÜü!?%&#'\"")  # above the x-height, besides capitals
# shares of the font size (em) a word spans, by the glyphs it has: measured on the common office
# fonts (Arial, Calibri, Times, Garamond, Courier), whose values lie within a tenth of these
EM_X_HEIGHT = 0.5
EM_ASCENT = 0.71  # cap height and ascenders
EM_FULL = 0.92  # ascender to descender
BODY_SIZE_SHARE = 0.15  # rows estimated this close to the page's usual size are set in it
MIN_WORD_LETTERS = 2  # a word shorter than this (a dash, a dot, an 'i') tells little of its size


class _Word(Protocol):
    text: str
    box: tuple[float, float, float, float]


def row_baseline(row: Sequence[_Word]) -> float:
    """The row's baseline: the median bottom of its words that reach no lower than it. Box
    bottoms differ with the glyphs ('gripa' hangs below), enough to take the usual line spacing
    for a paragraph break; the baseline does not. NaN for an empty row; where every word hangs
    below, the median of all bottoms."""
    if not row:
        return math.nan
    sitting = [w.box[3] for w in row if not DESCENDERS & set(w.text)] or [w.box[3] for w in row]
    return float(statistics.median(sitting))


def word_size(w: _Word) -> float | None:
    """The font size a word's box height implies, or None for a word too short to tell."""
    text = w.text
    if sum(ch.isalnum() for ch in text) < MIN_WORD_LETTERS:
        return None
    high = any(ch.isupper() or ch in ASCENDERS for ch in text)
    low = bool(DESCENDERS & set(text))
    share = EM_FULL if high and low else EM_ASCENT if high else EM_X_HEIGHT + (EM_FULL - EM_ASCENT) if low else EM_X_HEIGHT
    return (w.box[3] - w.box[1]) / share


def row_size(row: Sequence[_Word]) -> float:
    """The row's font size (0.0 when no word tells)."""
    sizes = [s for s in map(word_size, row) if s]
    return float(statistics.median(sizes)) if sizes else 0.0


def line_sizes(rows: Sequence[Sequence[_Word]]) -> list[float]:
    """Each row's font size, rounded to a tenth; rows close to the page's usual size share it."""
    sizes = [row_size(r) for r in rows]
    known = [s for s in sizes if s]
    if not known:
        return sizes
    body = statistics.median(known)
    return [round(body if s and abs(s - body) <= BODY_SIZE_SHARE * body else s, 1) for s in sizes]
