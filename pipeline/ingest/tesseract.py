"""Tesseract's readings, cached by the exact pixels it was given.

Tesseract is the slow part of a run and gives the same words for the same pixels and settings,
whatever the code around it does with them. So each call is cached under the run's OCR folder
($GRANTTRAIL_OCR_CACHE), keyed by the image's pixels, the settings and tesseract's version, not
by this package's code: a change to how words become lines reads the page again without running
tesseract again, while a change to the image preparation gives other pixels and so a fresh
reading. Entries are validated JSON records (pipeline.cache), never pickle."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

LANG = "swe"
CACHE_SUBDIR = "tess"  # beside the page cache, in the run's OCR folder
CACHE_ENV = "GRANTTRAIL_OCR_CACHE"
OSD_CONFIG = "--psm 0"


@dataclass
class TessWord:
    """One word as tesseract gives it: pixels of the image it read, confidence 0-100."""

    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float
    block: int
    par: int
    line: int


@dataclass
class TessReading:
    """What one call of tesseract gave: its words, or the degrees OSD says to turn the page."""

    words: list[TessWord]
    rotate: int = 0


def words(image: Any, config: str) -> list[TessWord]:
    """The image's words (conf < 0 rows and empty text dropped), through the cache."""
    return _cached(image, config, _read_words).words


def orientation(image: Any) -> int:
    """Degrees (clockwise) tesseract's OSD says the page must be turned to read upright; 0 when
    there is too little text to tell."""
    return _cached(image, OSD_CONFIG, _read_orientation).rotate


def _read_words(image: Any, config: str) -> TessReading:
    from . import tessapi

    if tessapi.available():
        found = [
            _word(w.text, (w.left, w.top, w.width, w.height), w.conf, (w.block, w.par, w.line)) for w in tessapi.words(image, LANG, config)
        ]
        return TessReading([w for w in found if w is not None])
    return _read_words_by_command(image, config)


def _word(text: str, box: tuple[int, int, int, int], conf: float, place: tuple[int, int, int]) -> TessWord | None:
    """A word as kept: text NFC-normalised and stripped, a word tesseract gave a confidence."""
    text = unicodedata.normalize("NFC", (text or "").strip())
    return TessWord(text, *box, conf, *place) if text and conf >= 0 else None


def _read_words_by_command(image: Any, config: str) -> TessReading:
    import pytesseract

    d = pytesseract.image_to_data(image, lang=LANG, config=config, output_type=pytesseract.Output.DICT)
    found = [
        _word(
            text,
            (d["left"][k], d["top"][k], d["width"][k], d["height"][k]),
            float(d["conf"][k]),
            (d["block_num"][k], d["par_num"][k], d["line_num"][k]),
        )
        for k, text in enumerate(d["text"])
    ]
    return TessReading([w for w in found if w is not None])


def _read_orientation(image: Any, config: str) -> TessReading:
    import pytesseract

    try:
        osd = pytesseract.image_to_osd(image, config=config)
    except Exception:  # noqa: BLE001 - too little text to tell: leave the page as it is
        return TessReading([], 0)
    m = re.search(r"Rotate:\s*(\d+)", osd)
    return TessReading([], int(m.group(1)) % 360 if m else 0)


def _cached(image: Any, config: str, read: Any) -> TessReading:
    from .. import cache

    path = _entry(image, config)
    if path is None:
        return read(image, config)
    if path.exists():
        with contextlib.suppress(OSError, cache.CacheError):  # a damaged entry is read again
            return cache.load(path, TessReading)
    reading = read(image, config)
    with contextlib.suppress(OSError, cache.CacheError):  # a full disk: read again next time
        cache.save(reading, path)
    return reading


def _entry(image: Any, config: str) -> Path | None:
    folder = os.environ.get(CACHE_ENV)
    if not folder:
        return None
    h = hashlib.sha256(f"{_version()}\0{LANG}\0{config}\0{image.mode}\0{image.size}".encode())
    h.update(np.asarray(image).tobytes())
    return Path(folder) / CACHE_SUBDIR / f"{h.hexdigest()[:32]}.json"


_VERSION: list[str] = []


def _version() -> str:
    """Tesseract's version: another release may read the same pixels differently."""
    if not _VERSION:
        import pytesseract

        try:
            _VERSION.append(str(pytesseract.get_tesseract_version()))
        except Exception:  # noqa: BLE001 - no tesseract: the read itself will say so
            _VERSION.append("unknown")
    return _VERSION[0]
