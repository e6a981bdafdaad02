"""What a fax or a dusty scanner adds to OCR's words, taken off again: specks of a pixel or two
read as punctuation (a lone ':' or '.' between words, a '.' or '"' glued before a word), one glyph
read twice (tesseract now and then gives a word and a second word over the same ink: 'i i',
'Community- -ambassadörer'), and the '@' of an e-mail address read as '&' or 'Q'. Boxes are in points
of the page; every repair lowers the word's confidence."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, TypeVar

SPECK_PT = 1.5  # a speck's box is at most this wide and tall; a printed ':' or '-' is larger
GLUED_SPECK_MAX_CONFIDENCE = 0.7  # a quote glued before a word this unsure, and never closed, is dust
SAME_INK_PT = 1.0  # two words overlapping this far sideways were read from the same ink
REPAIR_PENALTY = 0.8  # as pipeline.ingest.ocr: each repair multiplies the word's confidence by this
_PUNCTUATION_ONLY = re.compile(r"^[.:;,'\"`´’”„\-_~]+$")
_SPECK_BEFORE_WORD = re.compile(r"^(?P<speck>[.,:;'\"`´’”„])(?P<word>[^\W\d_][\w-]*[.,:;!?)]?)$")
_QUOTES = "'\"`´’”„"
# an address in lower case with its '@' read as '&', 'Q' or '©' ('mats.lindqvistQljungby.se')
_MAIL_MISREAD_AT = re.compile(
    r"^(?P<local>[a-z0-9._+-]*[a-z0-9])[&Q©](?P<domain>[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6})(?P<end>[.,;:)]?)$"
)

# the same address read as three words, the '@' alone between name and domain ('henrik.stahl 2
# vanersborg.se'): tesseract takes the '@''s round body for a '2' or an 'a' and sets it apart
_MAIL_NAME = re.compile(r"^[a-z0-9._+-]*[a-z][a-z0-9._+-]*$")
_MAIL_DOMAIN = re.compile(r"^(?P<domain>[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6})(?P<end>[.,;:)]?)$")
_LONE_AT = {"@", "2", "&", "Q", "©", "®", "a"}
MAIL_GAP_HEIGHTS = 1.0  # the '@' and the domain after it stand no further apart than the letters are high
# tesseract's box of the name before a lone '@' may stop short of its last letters (seen: 17 pt
# short on 'henrik.stahl'): from the name to the '@' a few heights are allowed
MAIL_NAME_GAP_HEIGHTS = 4.0

W = TypeVar("W", bound=Any)  # an OCR word: text, box (x0, top, x1, bottom in points), conf


def is_speck(box: tuple[float, float, float, float]) -> bool:
    """A box no printed glyph is as small as: dust, or a pixel of noise."""
    return box[2] - box[0] <= SPECK_PT and box[3] - box[1] <= SPECK_PT


def without_specks(row: list[W]) -> list[W]:
    """The row without punctuation read from dust: a lone punctuation 'word' with a speck's box
    goes, and a speck glued before a word is cut off it."""
    kept = [w for w in row if not (_PUNCTUATION_ONLY.match(w.text) and is_speck(w.box))]
    return [_speck_cut_off(w, kept) for w in kept]


def _speck_cut_off(w: W, row: list[W]) -> W:
    """'.AB', ',Vi', '"Johan': no word of the language starts with a full stop or a comma; a
    quote does, but a quotation is closed again, and the reading of a real one is sure."""
    m = _SPECK_BEFORE_WORD.match(w.text)
    if not m:
        return w
    if m.group("speck") in _QUOTES and (w.conf >= GLUED_SPECK_MAX_CONFIDENCE or _quote_closed(w, row)):
        return w
    x0, top, x1, bottom = w.box
    cut = x0 + (x1 - x0) / len(w.text)
    return replace(w, text=m.group("word"), box=(cut, top, x1, bottom), conf=w.conf * REPAIR_PENALTY)


def _quote_closed(w: W, row: list[W]) -> bool:
    """Is the quotation this word opens closed again, in the word or later in the row?"""
    k = next(i for i, v in enumerate(row) if v is w)
    return any(ch in _QUOTES for text in (w.text[1:], *(v.text for v in row[k + 1 :])) for ch in text)


def read_once(row: list[W]) -> list[W]:
    """The row (in reading order, left to right) with each piece of ink read once: a word lying
    inside the one before it with the same letters goes; two words overlapping by more than
    SAME_INK_PT that share the glyph where they meet ('Community-' '-ambassadörer') are one."""
    out: list[W] = []
    for w in row:
        prev = out[-1] if out else None
        if prev is None or prev.box[2] - w.box[0] <= SAME_INK_PT:
            out.append(w)
        elif _inside(w, prev) and w.text in prev.text:
            continue
        elif _inside(prev, w) and prev.text in w.text:
            out[-1] = w
        elif prev.text[-1:] == w.text[:1] and not w.text[:1].isalnum():
            out[-1] = _joined(prev, w)
        else:
            out.append(w)
    return out


def _inside(a: W, b: W) -> bool:
    """Does a's box lie within b's sideways (give or take SAME_INK_PT)?"""
    return a.box[0] >= b.box[0] - SAME_INK_PT and a.box[2] <= b.box[2] + SAME_INK_PT


def _joined(a: W, b: W) -> W:
    """Two readings meeting on one glyph, as one word: the shared glyph once."""
    box = (min(a.box[0], b.box[0]), min(a.box[1], b.box[1]), max(a.box[2], b.box[2]), max(a.box[3], b.box[3]))
    return replace(a, text=a.text + b.text[1:], box=box, conf=min(a.conf, b.conf) * REPAIR_PENALTY)


def mail_at(w: W) -> W:
    """'linnea.sjoberg&gavlestadsmiljo.se', 'mats.lindqvistQljungby.se': in a word of lower case
    ending in a domain with its top-level domain, an '&', a capital 'Q' or a '©' between the
    address's name and its domain is the '@' tesseract misread."""
    m = _MAIL_MISREAD_AT.match(w.text)
    if not m:
        return w
    return replace(w, text=f"{m.group('local')}@{m.group('domain')}{m.group('end')}", conf=w.conf * REPAIR_PENALTY)


def mail_at_apart(row: list[W]) -> list[W]:
    """An e-mail address read as three words, its '@' set apart as a glyph of its own ('2', '@',
    'Q', '&'): a name of lower case, the lone glyph, a domain ending in its top-level domain, each
    close to the next, are one address (the repair lowers its confidence)."""
    out = list(row)
    k = 0
    while k + 2 < len(out):
        name, at, domain = out[k : k + 3]
        m = _MAIL_DOMAIN.match(domain.text)
        if m and at.text in _LONE_AT and _MAIL_NAME.match(name.text) and _close(name, at, MAIL_NAME_GAP_HEIGHTS) and _close(at, domain):
            box = (name.box[0], min(w.box[1] for w in (name, at, domain)), domain.box[2], max(w.box[3] for w in (name, at, domain)))
            conf = min(name.conf, at.conf, domain.conf) * REPAIR_PENALTY
            out[k : k + 3] = [replace(name, text=f"{name.text}@{m.group('domain')}{m.group('end')}", box=box, conf=conf)]
        k += 1
    return out


def _close(a: W, b: W, heights: float = MAIL_GAP_HEIGHTS) -> bool:
    """Does b follow a within `heights` of a's letters' height?"""
    return b.box[0] - a.box[2] <= heights * (a.box[3] - a.box[1])
