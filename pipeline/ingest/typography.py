"""What a scan's words tell of their type: a row's baseline and its font size, estimated from
the word boxes OCR gives, so that a recognised page carries the same line facts as a text layer
(pdf.RawLine's baseline and font size), and the paragraph and heading rules read both alike.

A word's box runs from its highest to its lowest glyph, so its height depends on its letters:
'om' is x-height tall, 'Krav' cap height, 'gripa' reaches below the baseline. Each word's height
is divided by the share of the em its letters span, and a row's size is the lower quartile of its
words';
rows whose sizes lie close together are given one size, as the lines of one font have on a text
layer."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from typing import Protocol

DESCENDERS = frozenset("gjpqyQ,;()[]{}|/@§µ")  # glyphs that reach below the baseline
ASCENDERS = frozenset("bdfhkltij0123456789ÅÄÖåäöÉéÜü!?%&#'\"")  # above the x-height (an i's dot too), besides capitals
# shares of the font size (em) a word spans, by the glyphs it has: measured on the common office
# fonts (Arial, Calibri, Times, Garamond, Courier), whose values lie within a tenth of these
EM_X_HEIGHT = 0.5
EM_ASCENT = 0.71  # cap height and ascenders
EM_FULL = 0.92  # ascender to descender
SIZE_SPREAD = 0.25  # estimates of one font's size scatter this much (share of the smallest)
MIN_WORD_LETTERS = 2  # a word shorter than this (a dash, a dot, an 'i') tells little of its size


class _Word(Protocol):
    text: str
    box: tuple[float, float, float, float]


def row_baseline(row: Sequence[_Word]) -> float:
    """The row's baseline: the median bottom of its words that reach no lower than it. Box
    bottoms differ with the glyphs ('gripa' hangs below), enough to take the usual line spacing
    for a paragraph break; the baseline does not. Where every word hangs below ('kronor)'), a
    descender's depth above their bottoms. NaN for an empty row."""
    if not row:
        return math.nan
    sitting = [w.box[3] for w in row if not DESCENDERS & set(w.text)]
    if sitting:
        return float(statistics.median(sitting))
    return float(statistics.median(w.box[3] for w in row)) - (EM_FULL - EM_ASCENT) * row_size(row)


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
    """The row's font size (0.0 when no word tells): the lower quartile of its words' sizes. A
    word's box is made taller by a speck or a stroke of the line below that tesseract takes into
    it (a scan's noise), never shorter, so the smaller estimates are the truer ones."""
    sizes = sorted(s for s in map(word_size, row) if s)
    return float(sizes[(len(sizes) - 1) // 4]) if sizes else 0.0


def line_sizes(rows: Sequence[Sequence[_Word]]) -> list[float]:
    """Each row's font size, rounded to a tenth. The estimates of one font scatter by a tenth or
    so: rows whose estimates lie close together (within SIZE_SPREAD of the smallest of them) are
    taken to share a font and are given their median, so the lines of a wrapped heading, like
    those of the body text, have one size."""
    sizes = [row_size(r) for r in rows]
    shared: dict[float, float] = {}
    for group in _close_groups(sorted({s for s in sizes if s})):
        median = round(float(statistics.median(group)), 1)
        shared.update(dict.fromkeys(group, median))
    return [shared.get(s, 0.0) for s in sizes]


def _close_groups(values: list[float]) -> list[list[float]]:
    """Sorted values cut into runs that reach no further than SIZE_SPREAD above their first."""
    groups: list[list[float]] = []
    for v in values:
        if groups and v <= groups[-1][0] * (1 + SIZE_SPREAD):
            groups[-1].append(v)
        else:
            groups.append([v])
    return groups
