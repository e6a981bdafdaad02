"""OCR as OCRmyPDF hardens it: page orientation, deskew, dot leaders wiped from the image, then
tesseract's TSV words (with boxes and confidences) assembled into the same lines the text layer
gives: words on one baseline form one line even where tesseract put them in separate blocks (a
contents page's page numbers, a table's cells), while side-by-side columns of running text stay
apart. Boxes come out in PDF points of the upright, deskewed page. Numbers and ids are read
OCR-tolerantly inside digit context ('1O0' -> '100', '163;20' -> '163,20'), and every repair
lowers that word's confidence."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from . import bands, dust, notes, sheets, tesseract
from .imaging import _box_sum, remove_leaders, remove_rules, skew_angle
from .photo import even_light

OCR_VERSION = "ocr-6"  # bump when the reading changes: cached pages are keyed by it
# tesseract's settings for every reading: no vertical text (a contents page's column of page
# numbers is read as rows); no second reading of a line inverted, white on black, when it reads
# poorly: letters, invoices and their scans are dark ink on light paper, and that retry costs a
# tenth of the page's time
ENGINE_SETTINGS = "-c textord_tabfind_vertical_text=0 -c tessedit_do_invert=0"
TESS_CONFIG = f"--psm 3 {ENGINE_SETTINGS}"
STRIP_CONFIG = f"--psm 6 {ENGINE_SETTINGS}"  # strips stacked on a sheet: one block of rows
MAX_SKEW = 5.0  # degrees searched for skew
MIN_SKEW = 0.5  # degrees below which tesseract reads as well as after turning (which blurs)
LOW_PAGE_CONFIDENCE = 0.55  # mean word confidence under which the page's orientation is checked
SIDEWAYS_LINE_SHARE = 0.08  # median line width (share of the page) under which it may lie on its side
MIN_WORD_CONFIDENCE = 0.2  # words read less surely are noise (speckle, a photo's texture)
PROSE_COLUMN_SHARE = 0.3  # a block this share of the page wide, with several lines, is a column
ROW_OVERLAP = 0.5  # share of the lower line's height two lines overlap to be one row
REPAIR_PENALTY = 0.8  # each repaired character multiplies its word's confidence by this
RECOVER_MARGIN_PT = 20.0  # the page's edge band, where a scanner's shadows are, is not read again
RECOVER_MIN_CONFIDENCE = 0.5  # a strip holds what the page's analysis dropped: be sure of it
RECOVER_MIN_NUMBER_CONFIDENCE = 0.3  # a lone number in a strip: see _recovered_word
RECOVER_GAP_PT = 20.0  # white between the strips stacked for a second reading
GLYPH_GAP_PT = 1.5  # columns of paper inside a word or number, under a leader's dot spacing
GLYPH_MIN_HEIGHT = 0.3  # share of a row's band a glyph's ink at least spans
LINE_MIN_LENGTH = 2.0  # a run this many band heights long may be a line, not text
LINE_MAX_THICKNESS = 0.25  # share of a row's band a line's stroke is at most thick
LINE_SHARE = 0.8  # share of a line's columns that hold just its one thin stroke
STRIP_PAD_PT = 3.0  # paper kept either side of the ink of a strip read again
RECOVER_MIN_INK = 4.0  # ink pixels per (pixel per point)^2 for a strip to hold text
TALL_WORD = 2.0  # an unsure "word" taller than this many lines is a column of glyphs read as one
INK_LEVEL = 160  # grey below which a pixel is ink
STRIP_PAPER_LEVEL = 200  # grey from which a pixel of a strip read again is paper, away from strokes
STROKE_REACH_PX = 2  # pixels around a stroke where faint grey is its edge
NUMERIC_SHARE = 0.6  # a word with this share of digits among its letters and digits is a number
BULLET_HEIGHT_SHARE = 0.55  # a bullet stands no taller than this share of its row's letters
MIN_BULLET_ROWS = 2  # bullets seen on a page before missing ones are looked for
BULLET_ALIGN_PT = 2.5  # an item's first word starts this close to where the list's items start
BULLET_MIN_INK_SHARE = 0.4  # ink in the bullet column, as a share of a bullet's box, that is one
LEADER = "....."
_DIGIT_LIKE = {"O": "0", "o": "0", "D": "0", "l": "1", "I": "1", "|": "1", "i": "1", "S": "5", "B": "8"}
_DIGIT_SAFE = {"O", "o", "l", "I", "|"}  # repaired wherever digits surround them
_LEADER_TAIL = re.compile(r"^(?P<head>.*?[\w)\]%])?(?P<tail>(?:\.{2,}|…)[^\s]*)$")
_RULE = re.compile(r"^[|¦!\[\]]$")  # a table's ruled line read as a glyph
_LEADER_ONLY = re.compile(r"^[.·…,:;'`_~\-]{2,}$")


@dataclass
class OcrWord:
    text: str
    box: tuple[float, float, float, float]  # pixels of the prepared image
    conf: float  # 0-1
    block: int
    line: tuple[int, int, int]


@dataclass
class OcrPage:
    """One recognised page: words in points, and what was done to the image first."""

    lines: list[list[OcrWord]]  # rows of words, in reading order, boxes in points
    rotation: int
    skew: float
    confidence: float | None
    width: float  # points, upright page
    height: float

    def shift(self, dx: float, dy: float) -> None:
        """Move every box by (dx, dy) points: the image lay there on the page."""
        for row in self.lines:
            for w in row:
                b = w.box
                w.box = (b[0] + dx, b[1] + dy, b[2] + dx, b[3] + dy)


def _tesseract_words(image, config: str = TESS_CONFIG) -> list[OcrWord]:
    return [
        OcrWord(t.text, (t.left, t.top, t.left + t.width, t.top + t.height), t.conf / 100.0, t.block, (t.block, t.par, t.line))
        for t in tesseract.words(image, config)
    ]


def _mean_conf(words: list[OcrWord]) -> float | None:
    real = [w.conf for w in words if len(w.text) > 1]
    return sum(real) / len(real) if real else None


def recognise(image, scale: float) -> OcrPage:
    """The page image (any mode) at `scale` pixels per point, read upright and deskewed."""
    page = _prepare(image, scale)
    page.clean = notes.wiped(page.clean, notes.notes(page.gray, scale), scale)  # a sticky note is no part of the page
    cut = sheets.gutter(page.clean, scale)
    if cut is None:
        words, conf = _read_upright(page, scale)
        lines = _lines_of(words, page, scale)
    else:
        lines, conf = _read_side_by_side(page, cut, scale)
    return OcrPage(
        lines,
        page.rotation,
        round(float(page.skew), 2),
        round(conf, 4) if conf is not None else None,
        page.gray.size[0] / scale,
        page.gray.size[1] / scale,
    )


def _lines_of(words: list[OcrWord], page: _Prepared, scale: float) -> list[list[OcrWord]]:
    """The words of a prepared page (pixels) as finished rows in reading order (points)."""
    rows = assemble(_without_noise(words), page.gray.size[0])
    _recover_row_ends(page.clean, rows, scale)
    return _restore_bullets(_finished_lines(rows, scale), page.clean, scale)


def _read_side_by_side(page: _Prepared, cut: int, scale: float) -> tuple[list[list[OcrWord]], float | None]:
    """A sheet of two pages side by side (pipeline.ingest.sheets), cut at column `cut`: each half
    read as a page of its own, the left one's rows first; boxes stay on the sheet."""
    width, height = page.gray.size
    lines: list[list[OcrWord]] = []
    read: list[OcrWord] = []
    for x0, x1 in ((0, cut), (cut, width)):
        half = _Prepared(page.gray.crop((x0, 0, x1, height)), page.clean.crop((x0, 0, x1, height)), page.skew)
        words = _tesseract_words(half.clean)
        read += words
        rows = _lines_of(words, half, scale)
        OcrPage(rows, 0, 0.0, None, 0.0, 0.0).shift(x0 / scale, 0.0)
        lines += rows
    return lines, _mean_conf(read)


@dataclass
class _Prepared:
    """A page image ready for tesseract: `gray` upright and deskewed, `clean` the same without
    ruled lines and dot leaders."""

    gray: Any
    clean: Any
    skew: float
    rotation: int = 0


def _cleaned(gray: Any, scale: float) -> Any:
    return remove_leaders(remove_rules(gray, scale * 72)[0], scale * 72)


def _turned(image: Any, degrees: float) -> Any:
    from PIL import Image

    return image.rotate(-degrees, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)


def _prepare(image: Any, scale: float) -> _Prepared:
    gray = even_light(image.convert("L"))  # a photo's uneven light evened out; a scan unchanged
    gray = bands.lightened(gray, scale)  # white letters in a dark bar made ink on paper
    skew = skew_angle(gray, MAX_SKEW)
    # rules and leaders first: turning the image blurs dots into blobs a letter's height
    clean = _cleaned(gray, scale)
    if abs(skew) < MIN_SKEW:
        return _Prepared(gray, clean, 0.0)
    # a ruled line a degree or two off its axis is no long run of ink in any one column: what
    # of the rules survived is found again once the page is level
    return _Prepared(_turned(gray, skew), remove_rules(_turned(clean, skew), scale * 72)[0], skew)


def _read_upright(page: _Prepared, scale: float) -> tuple[list[OcrWord], float | None]:
    """The page's words and mean confidence; a page read poorly is asked for its orientation
    and, when OSD says it lies turned, turned upright and read again."""
    words = _tesseract_words(page.clean)
    conf = _mean_conf(words)
    if conf is not None and conf >= LOW_PAGE_CONFIDENCE and _lines_run_across(words, page.clean.size[0]):
        return words, conf
    turn = tesseract.orientation(page.gray)
    if not turn:
        return words, conf
    page.rotation = turn
    page.gray = page.gray.rotate(-turn, expand=True, fillcolor=255)
    page.clean = _cleaned(page.gray, scale)
    words = _tesseract_words(page.clean)
    return words, _mean_conf(words)


def _lines_run_across(words: list[OcrWord], page_width: float) -> bool:
    """Do the page's lines run across it? A page lying on its side, read as it lies, gives
    'lines' a glyph or two wide ('2', 'vo', 'EZ'), which tesseract can be sure of, so its
    confidence alone does not tell; upright text (prose, a table, a list) has lines a good share
    of the page wide."""
    spans: dict[tuple[int, int, int], list[float]] = {}
    for w in words:
        span = spans.setdefault(w.line, [w.box[0], w.box[2]])
        span[0], span[1] = min(span[0], w.box[0]), max(span[1], w.box[2])
    widths = sorted(x1 - x0 for x0, x1 in spans.values())
    return bool(widths) and widths[len(widths) // 2] >= SIDEWAYS_LINE_SHARE * page_width


def _without_noise(words: list[OcrWord]) -> list[OcrWord]:
    """Tesseract gives some well-read words (ids like '19.7-Faktura') no confidence at all: only
    what is unsure and also looks like no word (or is a ruled line read as a glyph) goes, and so
    does a column of glyphs read as vertical text (a contents page's page numbers, 'NINNABWWN',
    or a 'line' of scraps stacked down the page)."""
    heights = sorted(w.box[3] - w.box[1] for w in words) or [0]
    tall = TALL_WORD * heights[len(heights) // 2]
    by_line: dict[tuple[int, int, int], list[tuple]] = {}
    for w in words:
        by_line.setdefault(w.line, []).append(w.box)
    vertical = {key for key, boxes in by_line.items() if len(boxes) > 1 and _is_glyph_column(_union_box(boxes), tall)}

    def looks_like_word(w: OcrWord) -> bool:
        return bool(re.search(r"[^\W_]{2}", w.text)) and w.box[3] - w.box[1] <= tall

    def kept(w: OcrWord) -> bool:
        if _RULE.match(w.text) or w.line in vertical or (len(w.text) > 1 and _is_glyph_column(w.box, tall)):
            return False
        return w.conf >= MIN_WORD_CONFIDENCE or _is_leader(w.text) or looks_like_word(w)

    return [w for w in words if kept(w)]


def _is_glyph_column(box: tuple, tall: float) -> bool:
    """Glyphs stacked over lines and read as one word or line: taller than `tall` and narrower
    than it is high, where text of the language runs sideways (a big heading is wide, a drop
    capital one glyph). Its glyphs are read again, row by row, by _recover_row_ends."""
    return box[3] - box[1] > tall and box[2] - box[0] < box[3] - box[1]


def _finished_lines(rows: list[list[OcrWord]], scale: float) -> list[list[OcrWord]]:
    """Rows in points with the OCR-tolerant repairs: digits, dust, glyphs read twice, leaders,
    numbering, bullets, the krona dash, an address's '@'; rows left empty go."""
    lines = [dust.read_once(dust.without_specks([_to_points(_repair(w), scale) for w in row])) for row in rows]
    lines = [_krona_dash(_bullet(_join_numbering([w for w in _strip_leaders(row) if w.text]))) for row in lines]
    return [dust.mail_at_apart([dust.mail_at(_en_dash(part)) for w in row for part in _unglued(w)]) for row in lines if row]


_GLUED_BY_SPECK = re.compile(r"^(?P<word>[(\[]?[a-zåäö]{3,})\.(?P<ref>\d\S*)$")


def _unglued(w: OcrWord) -> list[OcrWord]:
    """A speck between a word and the number after it, read as a full stop that glues them
    ('bilagorna.7a'): no sentence ends in a lower-case word with the next one's digits right
    after the dot, so it is two words (the repair lowers their confidence)."""
    m = _GLUED_BY_SPECK.match(w.text)
    if not m:
        return [w]
    share = len(m.group("word")) / len(w.text)
    x_split = w.box[0] + share * (w.box[2] - w.box[0])
    conf = w.conf * REPAIR_PENALTY
    return [
        OcrWord(m.group("word"), (w.box[0], w.box[1], x_split, w.box[3]), conf, w.block, w.line),
        OcrWord(m.group("ref"), (x_split + (w.box[2] - w.box[0]) / len(w.text), w.box[1], w.box[2], w.box[3]), conf, w.block, w.line),
    ]


def _en_dash(w: OcrWord) -> OcrWord:
    """Tesseract cannot tell a dash's length and reads the en dash as '—'. Swedish sets its
    dashes (tankstreck, ranges '4–6', 'Aktivitet 4 – Titel') as en dashes: so is the em dash."""
    return OcrWord(w.text.replace("—", "–"), w.box, w.conf, w.block, w.line) if "—" in w.text else w


def _to_points(w: OcrWord, scale: float) -> OcrWord:
    b = w.box
    return OcrWord(w.text, (b[0] / scale, b[1] / scale, b[2] / scale, b[3] / scale), w.conf, w.block, w.line)


# --------------------------------------------------------------------------------------------
# Lines from words


def _is_prose_column(block: list[OcrWord], page_width: float) -> bool:
    """Most of the block's lines are wide: running text (a column of numbers with a wide line or
    two among them is not)."""
    spans: dict[tuple, list[float]] = {}
    for w in block:
        s = spans.setdefault(w.line, [w.box[0], w.box[2]])
        s[0], s[1] = min(s[0], w.box[0]), max(s[1], w.box[2])
    widths = sorted(x1 - x0 for x0, x1 in spans.values())
    return len(widths) >= 3 and widths[len(widths) // 2] >= PROSE_COLUMN_SHARE * page_width


def _overlaps(a: tuple, b: tuple) -> bool:
    """Do two line boxes share a row: their vertical ranges overlap by most of the smaller one?"""
    inter = min(a[3], b[3]) - max(a[1], b[1])
    return inter >= ROW_OVERLAP * min(a[3] - a[1], b[3] - b[1])


_Row = list  # [box, blocks, words]: a row being assembled


def assemble(words: list[OcrWord], page_width: float) -> list[list[OcrWord]]:
    """Rows of words in reading order. Tesseract's lines are joined with the lines of other blocks
    on the same baseline (page numbers after a contents entry, a table's cells), except where both
    blocks are columns of running text: those are read one after the other."""
    lines: dict[tuple[int, int, int], list[OcrWord]] = {}
    blocks: dict[int, list[OcrWord]] = {}
    for w in words:
        lines.setdefault(w.line, []).append(w)
        blocks.setdefault(w.block, []).append(w)
    prose = {b for b, ws in blocks.items() if _is_prose_column(ws, page_width)}
    items = sorted(((_union_box([w.box for w in ws]), key[0], ws) for key, ws in lines.items()), key=lambda it: (it[0][1], it[0][0]))
    rows: list[_Row] = []
    for box, block, ws in items:
        target = next((row for row in rows[-12:] if _joins_row(row, box, block, prose)), None)
        if target is None:
            rows.append([box, {block}, list(ws)])
        else:
            target[0] = _union_box([target[0], box])
            target[1].add(block)
            target[2].extend(ws)
    return _reading_order(rows, prose)


def _union_box(boxes: list[tuple]) -> tuple[float, float, float, float]:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _joins_row(row: _Row, box: tuple, block: int, prose: set[int]) -> bool:
    """Does a line of `block` at `box` continue this row: same baseline, another block, not
    overlapping it sideways, and not two columns of running text side by side?"""
    rbox, rblocks = row[0], row[1]
    if block in rblocks or not _overlaps(rbox, box):
        return False
    if block in prose and rblocks & prose:
        return False
    return not (rbox[0] < box[2] and box[0] < rbox[2])


def _reading_order(rows: list[_Row], prose: set[int]) -> list[list[OcrWord]]:
    """Rows top to bottom; rows of a column of running text that has a neighbouring column beside
    it are read column by column (the left column's rows before the right one's)."""
    spans = _prose_spans(rows, prose)
    column_of = _column_index(spans)

    def order(r: _Row) -> tuple[float, int, float]:
        block = _single_block(r)
        if block is not None and block in column_of:
            region = min(spans[c][1] for c in column_of if _same_region(spans[c], spans[block]))
            return (region, column_of[block], r[0][1])
        return (r[0][1], 0, 0.0)

    return [sorted(r[2], key=lambda w: w.box[0]) for r in sorted(rows, key=order)]


def _single_block(row: _Row) -> int | None:
    return next(iter(row[1])) if len(row[1]) == 1 else None


def _prose_spans(rows: list[_Row], prose: set[int]) -> dict[int, tuple[float, float, float, float]]:
    """The box of each prose block's rows that stand alone (not joined with another block)."""
    by_block: dict[int, list[tuple]] = {}
    for r in rows:
        block = _single_block(r)
        if block is not None and block in prose:
            by_block.setdefault(block, []).append(r[0])
    return {b: _union_box(boxes) for b, boxes in by_block.items()}


def _column_index(spans: dict[int, tuple[float, float, float, float]]) -> dict[int, int]:
    """For each prose block with another beside it: how many such neighbours lie to its left."""
    column_of: dict[int, int] = {}
    for b, s in spans.items():
        for c, t in spans.items():
            if b != c and (s[2] <= t[0] or t[2] <= s[0]) and _same_region(s, t):
                column_of[b] = column_of.get(b, 0) + (1 if s[0] > t[0] else 0)
    return column_of


def _same_region(a: tuple, b: tuple) -> bool:
    return min(a[3], b[3]) > max(a[1], b[1])


def _recover_row_ends(clean, rows: list[list[OcrWord]], scale: float) -> None:
    """Text tesseract's layout analysis dropped at either end of a row (a contents page's column
    of page numbers, the numbers before its entries, an amount standing alone): the ink beside
    each row, up to the next word, is read again, all such strips stacked into one image and read
    at once."""
    ink = np.asarray(clean) < INK_LEVEL
    margin = round(RECOVER_MARGIN_PT * scale)
    boxes = [w.box for row in rows for w in row]
    # the strip left of a row reaches no further out than a little before the text's left edge
    left_floor = max(min((b[0] for b in boxes), default=margin) - round(30 * scale), margin)
    strips = []
    for k, row in enumerate(rows):
        y0, y1 = _row_band(row, ink.shape[0])
        beside = [b for b in boxes if b[1] < y1 and b[3] > y0]
        for x0, x1 in (_right_gap(row, beside, ink.shape[1] - margin, scale), _left_gap(row, beside, left_floor, scale)):
            if x1 - x0 >= 3 * scale and ink[y0:y1, x0:x1].sum() >= RECOVER_MIN_INK * scale * scale:
                span = _inked_span(ink[y0:y1], x0, x1, scale)
                if span is not None:
                    strips.append((k, span[0], y0, span[1], y1))
    if strips:
        _read_strips(clean, rows, strips, scale)


def _inked_span(band: np.ndarray, x0: int, x1: int, scale: float) -> tuple[int, int] | None:
    """The part of a strip from its first to its last glyph, with a little paper either side, or
    None when it holds no glyph: a page number alone at the end of a wide strip, among the specks
    a wiped leader leaves or the pieces of a stamp's frame, is read as a letter or a sign ('a',
    '>', ';'), while the same digit cut close is read as itself."""
    runs = _column_runs(np.asarray(band[:, x0:x1].any(axis=0), dtype=bool), round(GLYPH_GAP_PT * scale))
    glyphs = [(a, b) for a, b in runs if _is_glyph(band[:, x0 + a : x0 + b], scale)]
    if not glyphs:
        return None
    pad = round(STRIP_PAD_PT * scale)
    return max(x0, x0 + glyphs[0][0] - pad), min(x1, x0 + glyphs[-1][1] + pad)


def _is_glyph(ink: np.ndarray, scale: float) -> bool:
    """Is this run of inked columns, cut from a row's band, text? It has a glyph's mass of ink (a
    speck has a dot's), stands a good share of the band tall, does not cross the band top to
    bottom (a frame's upright side does; the band reaches a fifth of the row's height above and
    below its letters), and is no line (a rule or a stamp frame's tilted side)."""
    if ink.sum() < RECOVER_MIN_INK * scale * scale or (ink[0].any() and ink[-1].any()):
        return False
    rows = np.flatnonzero(ink.any(axis=1))
    if rows[-1] - rows[0] + 1 < GLYPH_MIN_HEIGHT * ink.shape[0]:
        return False
    return not _is_line(ink)


def _is_line(ink: np.ndarray) -> bool:
    """A rule or a stamp frame's tilted side cut from a row's band: long, and in nearly every
    column one thin stroke of ink, where a word's columns cross several strokes or a stem."""
    if ink.shape[1] < LINE_MIN_LENGTH * ink.shape[0]:
        return False
    strokes = np.count_nonzero(np.diff(ink.astype(np.int8), axis=0) == 1, axis=0) + ink[0]
    thin = (strokes == 1) & (ink.sum(axis=0) <= LINE_MAX_THICKNESS * ink.shape[0])
    return float(thin.mean()) >= LINE_SHARE


def _column_runs(inked: np.ndarray, bridge: int) -> list[tuple[int, int]]:
    """Runs of inked columns [start, end), gaps of at most `bridge` columns bridged."""
    runs: list[tuple[int, int]] = []
    for x in np.flatnonzero(inked).tolist():
        if runs and x - runs[-1][1] <= bridge:
            runs[-1] = (runs[-1][0], x + 1)
        else:
            runs.append((x, x + 1))
    return runs


def _row_band(row: list[OcrWord], image_height: int) -> tuple[int, int]:
    """The row's height with a fifth of it above and below (at least two pixels)."""
    top = min(w.box[1] for w in row)
    bottom = max(w.box[3] for w in row)
    pad = max(2, round(0.2 * (bottom - top)))
    return int(max(0, top - pad)), int(min(image_height, bottom + pad))


def _right_gap(row: list[OcrWord], beside: list[tuple], limit: float, scale: float) -> tuple[int, int]:
    """From just after the row's last word to the next word on its baseline (or the margin)."""
    x0 = max(w.box[2] for w in row) + round(2 * scale)
    return int(x0), int(min([b[0] for b in beside if b[0] >= x0] + [limit]))


def _left_gap(row: list[OcrWord], beside: list[tuple], floor: float, scale: float) -> tuple[int, int]:
    """From the previous word on the row's baseline (or `floor`) to just before its first word."""
    start = min(w.box[0] for w in row)
    return int(max([b[2] + round(2 * scale) for b in beside if b[2] <= start] + [floor])), int(start - round(1 * scale))


def _read_strips(clean, rows: list[list[OcrWord]], strips: list[tuple], scale: float) -> None:
    """Read the strips stacked on one sheet and add each word to its row."""
    sheet, places = _strip_sheet(clean, strips, scale)
    for w in _tesseract_words(sheet, STRIP_CONFIG):
        b = w.box
        cy = (b[1] + b[3]) / 2
        hit = next((p for p in places if p[3] <= cy <= p[4]), None)
        if hit is None or not _recovered_word(w):
            continue
        k, x0, y0, sy = hit[:4]
        dx, dy = x0 - hit[5], y0 - sy
        w = _ones_counted(w, sheet)
        rows[k].append(OcrWord(w.text, (b[0] + dx, b[1] + dy, b[2] + dx, b[3] + dy), w.conf, rows[k][-1].block, rows[k][-1].line))
    for row in rows:
        row.sort(key=lambda w: w.box[0])


def _strip_sheet(clean, strips: list[tuple], scale: float) -> tuple[Any, list[tuple]]:
    """The strips pasted one under another with white between; for each, where it came from and
    where it lies on the sheet: (row, x0, y0, sheet top, sheet bottom, sheet left)."""
    from PIL import Image

    gap = round(RECOVER_GAP_PT * scale)
    width = max(x1 - x0 for _, x0, _, x1, _ in strips) + 2 * gap
    height = sum(y1 - y0 + gap for _, _, y0, _, y1 in strips) + gap
    sheet = Image.new("L", (width, height), 255)
    places = []
    y = gap
    for k, x0, y0, x1, y1 in strips:
        # the faint grey a wiped dot leader leaves beside a page number reads as letters ('så'
        # for '2'): in the strips only clear ink counts
        sheet.paste(_without_faint_specks(clean.crop((x0, y0, x1, y1))), (gap, y))
        places.append((k, x0, y0, y, y + (y1 - y0), gap))
        y += y1 - y0 + gap
    return sheet, places


def _ones_counted(w: OcrWord, image: Any) -> OcrWord:
    """Tesseract reads two or three ones set close ('11') as one '1'. A word of nothing but ones
    is read as as many ones as its box holds separate strokes of ink (a '1' is the only digit
    that is one stroke); the repair lowers its confidence."""
    if not w.text or set(w.text) != {"1"}:
        return w
    x0, y0, x1, y1 = (round(v) for v in w.box)
    ink_columns: np.ndarray = np.any(np.asarray(image.crop((x0, y0, x1, y1))) < INK_LEVEL, axis=0)
    strokes = int(np.count_nonzero(np.diff(np.concatenate(([False], ink_columns)).astype(np.int8)) == 1))
    if strokes <= len(w.text):
        return w
    return OcrWord("1" * strokes, w.box, w.conf * REPAIR_PENALTY, w.block, w.line)


def _without_faint_specks(strip: Any) -> Any:
    """The strip with faint grey away from any stroke turned to paper: the remains of a wiped
    leader. Faint grey at a stroke's edge (anti-aliasing a bold heading's letters) stays."""
    from PIL import Image

    a = np.asarray(strip)
    near_stroke = _box_sum(a < INK_LEVEL, STROKE_REACH_PX, STROKE_REACH_PX) > 0
    out = a.copy()
    out[(a >= STRIP_PAPER_LEVEL) & ~near_stroke] = 255
    return Image.fromarray(out)


def _recovered_word(w: OcrWord) -> bool:
    """Is a word read in a strip text, not a scrap of a dot or a rule? Sure enough, not only
    punctuation, and a number or three letters. A lone number on clean paper (a page number)
    is often read right with tesseract's confidence below half: it needs less."""
    if not w.text.strip(".·…,'`-"):
        return False
    if re.fullmatch(r"\d+[.,]?", w.text):
        return w.conf >= RECOVER_MIN_NUMBER_CONFIDENCE
    return w.conf >= RECOVER_MIN_CONFIDENCE and (len(w.text) >= 3 or any(ch.isdigit() for ch in w.text))


def _krona_dash(row: list[OcrWord]) -> list[OcrWord]:
    """'200 000:-' at a line's end read as '200 000:' (the dash is thin and short): a colon
    straight after a number's last digit group, ending the line, is the krona dash."""
    if len(row) >= 2 and re.fullmatch(r"\d{3}:", row[-1].text) and re.fullmatch(r"\d{1,3}", row[-2].text):
        w = row[-1]
        return [*row[:-1], OcrWord(w.text + "-", w.box, w.conf * REPAIR_PENALTY, w.block, w.line)]
    return row


def _bullet(row: list[OcrWord]) -> list[OcrWord]:
    """A list's bullet read as '+', 'e', '«' or '°': a lone glyph at the row's start, well under
    the row's letters in height, is the bullet '•' (a dash read in the gap after it goes)."""
    if len(row) < 2 or len(row[0].text) > 2 or any(ch.isdigit() for ch in row[0].text):
        if row and row[0].text[:1] == "—" and row[0].text[1:2].isdigit():
            w = row[0]  # an id after a bullet tesseract did not see: its gap read as a dash
            return [OcrWord(w.text[1:], w.box, w.conf * REPAIR_PENALTY, w.block, w.line), *row[1:]]
        return row
    first, rest = row[0], row[1:]
    if dust.is_speck(first.box):
        return row  # a bullet is a dot a good share of a letter's size: this is dust
    heights = sorted(w.box[3] - w.box[1] for w in rest)
    if first.box[3] - first.box[1] >= BULLET_HEIGHT_SHARE * heights[len(heights) // 2]:
        return row
    nxt = rest[0]
    text = nxt.text.lstrip("-—–") or nxt.text
    return [OcrWord("•", first.box, first.conf, first.block, first.line), OcrWord(text, nxt.box, nxt.conf, nxt.block, nxt.line), *rest[1:]]


def _restore_bullets(lines: list[list[OcrWord]], clean: Any, scale: float) -> list[list[OcrWord]]:
    """Bullets tesseract did not see (or read as a dash glued to the item, '-19.11-Faktura'): on
    a page with a bulleted list, a row starting where the list's items start, with ink where the
    list's bullets stand, has its bullet. A wrapped item's next line starts there too, but has no
    ink in the bullet's place."""
    bullets = [row for row in lines if len(row) > 1 and row[0].text == "•"]
    if len(bullets) < MIN_BULLET_ROWS:
        return lines
    mark = _median_box([row[0].box for row in bullets])
    item_x = sorted(row[1].box[0] for row in bullets)[len(bullets) // 2]
    ink = np.asarray(clean) < INK_LEVEL
    out = []
    for row in lines:
        if row[0].text != "•" and abs(row[0].box[0] - item_x) <= BULLET_ALIGN_PT and _inked(ink, mark, row, scale):
            w = row[0]
            item = OcrWord(w.text.lstrip("-—–") or w.text, w.box, w.conf, w.block, w.line)
            top = (w.box[1] + w.box[3] - mark[3]) / 2  # the bullet centred on the item's line
            dot = (mark[0], top, mark[2], top + mark[3])
            row = [OcrWord("•", dot, w.conf * REPAIR_PENALTY, w.block, w.line), item, *row[1:]]
        out.append(row)
    return out


def _median_box(boxes: list[tuple]) -> tuple[float, float, float, float]:
    """The typical box of a column of marks: the median left and right, top 0 and the median
    height as bottom."""
    mid = len(boxes) // 2
    x0, x1 = sorted(b[0] for b in boxes)[mid], sorted(b[2] for b in boxes)[mid]
    height = sorted(b[3] - b[1] for b in boxes)[mid]
    return (x0, 0.0, x1, height)


def _inked(ink: np.ndarray, mark: tuple, row: list[OcrWord], scale: float) -> bool:
    """Is there ink in the bullet column beside this row (a share of a bullet's area)?"""
    top, bottom = min(w.box[1] for w in row), max(w.box[3] for w in row)
    x0, x1 = round((mark[0] - 1) * scale), round((mark[2] + 1) * scale)
    area = (mark[2] - mark[0]) * (mark[3] - mark[1]) * scale * scale
    return int(ink[round(top * scale) : round(bottom * scale), x0:x1].sum()) >= BULLET_MIN_INK_SHARE * area


def _join_numbering(row: list[OcrWord]) -> list[OcrWord]:
    """'1 .' read as two words, '15;' or '15,' before a heading's first word: the heading's
    number '1.', '15.' (the repair lowers the word's confidence)."""
    if not row:
        return row
    out = list(row)
    first = out[0]
    if (
        len(out) > 1
        and re.fullmatch(r"\d{1,3}", first.text)
        and out[1].text in (".", ",", ";", ":")
        and out[1].box[0] - first.box[2] < (first.box[3] - first.box[1])
    ):
        b = out[1].box
        punct = "." if out[1].text != ":" else ":"
        out[:2] = [
            OcrWord(
                first.text + punct,
                (first.box[0], first.box[1], b[2], max(first.box[3], b[3])),
                min(first.conf, out[1].conf) * REPAIR_PENALTY,
                first.block,
                first.line,
            )
        ]
        first = out[0]
    m = re.fullmatch(r"(\d{1,3})[;,]", first.text)
    if m and len(out) > 1 and out[1].text[:1].isupper():
        out[0] = OcrWord(m.group(1) + ".", first.box, first.conf * REPAIR_PENALTY, first.block, first.line)
    return out


# --------------------------------------------------------------------------------------------
# OCR-tolerant words


def _is_leader(text: str) -> bool:
    return bool(_LEADER_ONLY.match(text))


def _repair(w: OcrWord) -> OcrWord:
    """Digits misread as letters inside a number ('3l8', '1O0', '126 163;20'): in a word mostly of
    digits, a digit-like letter beside a digit; each repair lowers the word's confidence."""
    digits = sum(ch.isdigit() for ch in w.text)
    if digits == 0:
        return w
    numeric = digits / max(1, sum(ch.isalnum() for ch in w.text)) >= NUMERIC_SHARE
    chars = list(w.text)
    repairs = 0
    for i, ch in enumerate(chars):
        chars[i] = _digit_repair(chars, i, numeric)  # left to right: a repaired digit is context
        repairs += chars[i] != ch
    if not repairs:
        return w
    return OcrWord("".join(chars), w.box, w.conf * REPAIR_PENALTY**repairs, w.block, w.line)


def _digit_repair(chars: list[str], i: int, numeric: bool) -> str:
    """chars[i] as a digit reads it: a digit-like letter beside a digit in a number, a semicolon
    between digits as the decimal comma."""
    ch = chars[i]
    prev_digit = i > 0 and chars[i - 1].isdigit()
    next_digit = i + 1 < len(chars) and chars[i + 1].isdigit()
    if ch in _DIGIT_SAFE and numeric and (prev_digit or next_digit):
        return _DIGIT_LIKE[ch]
    if ch == ";" and prev_digit and next_digit:
        return ","
    return ch


def _strip_leaders(row: list[OcrWord]) -> list[OcrWord]:
    """Dot leaders read as text ('kronor)....sssnnsrns', '....'): the word keeps its head and the
    leader becomes one uniform '.....' token, so a contents line reads 'Title ..... 7'."""
    out: list[OcrWord] = []
    for k, w in enumerate(row):
        if _is_leader(w.text) or _is_noise_after_leader(out, w):
            _append_leader(out, w)
            continue
        m = _LEADER_TAIL.match(w.text)
        if m and len(m.group("tail")) >= 2 and (m.group("head") or k > 0):
            head = m.group("head") or ""
            if head:
                share = len(head) / len(w.text)
                x_split = w.box[0] + share * (w.box[2] - w.box[0])
                out.append(OcrWord(head, (w.box[0], w.box[1], x_split, w.box[3]), w.conf, w.block, w.line))
                _append_leader(out, OcrWord(LEADER, (x_split, w.box[1], w.box[2], w.box[3]), w.conf, w.block, w.line))
            else:
                _append_leader(out, w)
            continue
        out.append(w)
    while out and out[-1].text == LEADER:
        out.pop()  # a leader to nothing: noise at the line's end
    return out


def _is_noise_after_leader(out: list[OcrWord], w: OcrWord) -> bool:
    """Letters tesseract reads in the dots of a leader ('sssnnsrns'): after a leader, unsure, and
    no word of the language's shape."""
    if not out or out[-1].text != LEADER or any(ch.isdigit() for ch in w.text):
        return False
    return w.conf < 0.6 or not re.search(r"[aeiouyåäö]", w.text.lower())


def _append_leader(out: list[OcrWord], w: OcrWord) -> None:
    if out and out[-1].text == LEADER:
        p = out[-1]
        out[-1] = OcrWord(
            LEADER, (p.box[0], min(p.box[1], w.box[1]), max(p.box[2], w.box[2]), max(p.box[3], w.box[3])), p.conf, p.block, p.line
        )
    else:
        out.append(OcrWord(LEADER, w.box, w.conf, w.block, w.line))


# --------------------------------------------------------------------------------------------
# Cache: OCR is the slow part of a run; a page image already read is not read again


def cached_recognise(image, scale: float) -> OcrPage:
    """`recognise` through the cache under $GRANTTRAIL_OCR_CACHE (set by the runner to the
    output's interim folder), keyed by the image's pixels, the scale and this module's code.
    Entries are validated JSON records (pipeline.cache), never pickle: a crafted file on a shared
    drive can only be rejected and read again, never run."""
    from .. import cache

    folder = os.environ.get("GRANTTRAIL_OCR_CACHE")
    if not folder:
        return recognise(image, scale)
    h = hashlib.sha256(f"{OCR_VERSION}\0{_code_hash()}\0{scale:.4f}\0{image.mode}\0{image.size}".encode())
    h.update(np.asarray(image).tobytes())
    path = Path(folder) / f"{h.hexdigest()[:32]}.json"
    if path.exists():
        try:
            return cache.load(path, OcrPage)
        except (OSError, cache.CacheError):  # a damaged or foreign entry is read again
            pass
    page = recognise(image, scale)
    with contextlib.suppress(OSError, cache.CacheError):  # a full disk: read again next time
        cache.save(page, path)
    return page


_CODE_HASH: list[str] = []


def _code_hash() -> str:
    if not _CODE_HASH:
        h = hashlib.sha256()
        for name in ("ocr.py", "imaging.py", "photo.py", "dust.py", "sheets.py", "notes.py", "bands.py"):
            h.update((Path(__file__).parent / name).read_bytes())
        _CODE_HASH.append(h.hexdigest()[:16])
    return _CODE_HASH[0]
