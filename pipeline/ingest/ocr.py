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

import numpy as np

from . import tesseract
from .imaging import remove_leaders, remove_rules, skew_angle

OCR_VERSION = "ocr-3"  # bump when the reading changes: cached pages are keyed by it
TESS_CONFIG = "--psm 3 -c textord_tabfind_vertical_text=0"
MAX_SKEW = 5.0  # degrees searched for skew
MIN_SKEW = 0.5  # degrees below which tesseract reads as well as after turning (which blurs)
LOW_PAGE_CONFIDENCE = 0.55  # mean word confidence under which the page's orientation is checked
MIN_WORD_CONFIDENCE = 0.2  # words read less surely are noise (speckle, a photo's texture)
PROSE_COLUMN_SHARE = 0.3  # a block this share of the page wide, with several lines, is a column
ROW_OVERLAP = 0.5  # share of the lower line's height two lines overlap to be one row
REPAIR_PENALTY = 0.8  # each repaired character multiplies its word's confidence by this
RECOVER_MARGIN_PT = 20.0  # the page's edge band, where a scanner's shadows are, is not read again
RECOVER_MIN_CONFIDENCE = 0.5  # a strip holds what the page's analysis dropped: be sure of it
RECOVER_GAP_PT = 20.0  # white between the strips stacked for a second reading
RECOVER_MIN_INK = 4.0  # ink pixels per (pixel per point)^2 for a strip to hold text
TALL_WORD = 2.0  # an unsure "word" taller than this many lines is a column of glyphs read as one
BULLET_HEIGHT_SHARE = 0.55  # a bullet stands no taller than this share of its row's letters
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
    from PIL import Image

    gray = image.convert("L")
    skew = skew_angle(gray, MAX_SKEW)
    # rules and leaders first: turning the image blurs dots into blobs a letter's height
    clean = remove_leaders(remove_rules(gray, scale * 72)[0], scale * 72)
    if abs(skew) >= MIN_SKEW:
        gray = gray.rotate(-skew, resample=Image.BICUBIC, expand=False, fillcolor=255)
        clean = clean.rotate(-skew, resample=Image.BICUBIC, expand=False, fillcolor=255)
    else:
        skew = 0.0
    words = _tesseract_words(clean)
    rotation = 0
    conf = _mean_conf(words)
    if conf is None or conf < LOW_PAGE_CONFIDENCE:
        turn = tesseract.orientation(gray)
        if turn:
            rotation = turn
            gray = gray.rotate(-turn, expand=True, fillcolor=255)
            clean = remove_leaders(remove_rules(gray, scale * 72)[0], scale * 72)
            words = _tesseract_words(clean)
            conf = _mean_conf(words)
    # tesseract gives some well-read words (ids like '19.7-Faktura') no confidence at all: only
    # what also looks like no word is dropped as noise
    heights = sorted(w.box[3] - w.box[1] for w in words) or [0]
    tall = TALL_WORD * heights[len(heights) // 2]
    words = [
        w
        for w in words
        if (w.conf >= MIN_WORD_CONFIDENCE or _is_leader(w.text) or (re.search(r"[^\W_]{2}", w.text) and w.box[3] - w.box[1] <= tall))
        and not _RULE.match(w.text)
    ]
    rows = assemble(words, gray.size[0])
    _recover_row_ends(clean, rows, scale)
    lines = [[_to_points(_repair(w), scale) for w in row] for row in rows]
    lines = [_bullet(_join_numbering([w for w in _strip_leaders(row) if w.text])) for row in lines]
    lines = [_krona_dash(row) for row in lines]
    return OcrPage(
        [row for row in lines if row],
        rotation,
        round(float(skew), 2),
        round(conf, 4) if conf is not None else None,
        gray.size[0] / scale,
        gray.size[1] / scale,
    )


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
    items = []
    for key, ws in lines.items():
        box = (min(w.box[0] for w in ws), min(w.box[1] for w in ws), max(w.box[2] for w in ws), max(w.box[3] for w in ws))
        items.append([box, key[0], ws])
    items.sort(key=lambda it: (it[0][1], it[0][0]))
    rows: list[list] = []  # [box, blocks, words]
    for box, block, ws in items:
        target = None
        for row in rows[-12:]:
            rbox, rblocks = row[0], row[1]
            if block in rblocks or not _overlaps(rbox, box):
                continue
            if block in prose and rblocks & prose:
                continue  # two columns of running text side by side
            if rbox[0] < box[2] and box[0] < rbox[2]:
                continue  # horizontally overlapping: not one row
            target = row
            break
        if target is None:
            rows.append([box, {block}, list(ws)])
        else:
            rb = target[0]
            target[0] = (min(rb[0], box[0]), min(rb[1], box[1]), max(rb[2], box[2]), max(rb[3], box[3]))
            target[1].add(block)
            target[2].extend(ws)
    return _reading_order(rows, prose)


def _reading_order(rows: list[list], prose: set[int]) -> list[list[OcrWord]]:
    """Rows top to bottom; rows of a column of running text that has a neighbouring column beside
    it are read column by column (the left column's rows before the right one's)."""
    column_of: dict[int, int] = {}
    prose_rows = [r for r in rows if len(r[1]) == 1 and next(iter(r[1])) in prose]
    by_block: dict[int, list] = {}
    for r in prose_rows:
        by_block.setdefault(next(iter(r[1])), []).append(r)
    spans = {
        b: (min(r[0][0] for r in rs), min(r[0][1] for r in rs), max(r[0][2] for r in rs), max(r[0][3] for r in rs))
        for b, rs in by_block.items()
    }
    for b, s in spans.items():
        for c, t in spans.items():
            side_by_side = b != c and (s[2] <= t[0] or t[2] <= s[0]) and min(s[3], t[3]) > max(s[1], t[1])
            if side_by_side:
                column_of[b] = column_of.get(b, 0) + (1 if s[0] > t[0] else 0)
    keyed = []
    for r in rows:
        block = next(iter(r[1])) if len(r[1]) == 1 else None
        if block in column_of:
            region = min(spans[c][1] for c in column_of if _same_region(spans[c], spans[block]))
            keyed.append(((region, column_of[block], r[0][1]), r))
        else:
            keyed.append(((r[0][1], 0, 0.0), r))
    keyed.sort(key=lambda k: k[0])
    return [sorted(r[2], key=lambda w: w.box[0]) for _, r in keyed]


def _same_region(a: tuple, b: tuple) -> bool:
    return min(a[3], b[3]) > max(a[1], b[1])


def _recover_row_ends(clean, rows: list[list[OcrWord]], scale: float) -> None:
    """Text tesseract's layout analysis dropped at either end of a row (a contents page's column
    of page numbers, the numbers before its entries, an amount standing alone): the ink beside
    each row, up to the next word, is read again, all such strips stacked into one image and read
    at once."""
    a = np.asarray(clean) < 160
    margin = round(RECOVER_MARGIN_PT * scale)
    boxes = [w.box for row in rows for w in row]
    left_edge = min((b[0] for b in boxes), default=margin)
    strips = []
    for k, row in enumerate(rows):
        top = min(w.box[1] for w in row)
        bottom = max(w.box[3] for w in row)
        pad = max(2, round(0.2 * (bottom - top)))
        y0, y1 = max(0, top - pad), min(a.shape[0], bottom + pad)
        beside = [b for b in boxes if b[1] < bottom and b[3] > top]
        x0 = max(w.box[2] for w in row) + round(2 * scale)
        x1 = min([b[0] for b in beside if b[0] >= x0] + [a.shape[1] - margin])
        start = min(w.box[0] for w in row)
        lx0 = max([b[2] + round(2 * scale) for b in beside if b[2] <= start] + [left_edge - round(30 * scale), margin])
        lx1 = start - round(1 * scale)
        for sx0, sx1 in ((x0, x1), (lx0, lx1)):
            if sx1 - sx0 >= 3 * scale and a[y0:y1, sx0:sx1].sum() >= RECOVER_MIN_INK * scale * scale:
                strips.append((k, sx0, y0, sx1, y1))
    if strips:
        _read_strips(clean, rows, strips, scale)


def _read_strips(clean, rows: list[list[OcrWord]], strips: list[tuple], scale: float) -> None:
    from PIL import Image

    gap = round(RECOVER_GAP_PT * scale)
    width = max(x1 - x0 for _, x0, _, x1, _ in strips) + 2 * gap
    height = sum(y1 - y0 + gap for _, _, y0, _, y1 in strips) + gap
    sheet = Image.new("L", (width, height), 255)
    places = []
    y = gap
    for k, x0, y0, x1, y1 in strips:
        sheet.paste(clean.crop((x0, y0, x1, y1)), (gap, y))
        places.append((k, x0, y0, y, y + (y1 - y0)))
        y += y1 - y0 + gap
    for w in _tesseract_words(sheet, "--psm 6"):
        cy = (w.box[1] + w.box[3]) / 2
        hit = next((p for p in places if p[3] <= cy <= p[4]), None)
        if hit is None or w.conf < RECOVER_MIN_CONFIDENCE or not w.text.strip(".·…,'`-"):
            continue
        if not any(ch.isdigit() for ch in w.text) and len(w.text) < 3:
            continue  # a scrap of a dot or a rule read as letters
        k, x0, y0, sy, _ = hit
        dx, dy = x0 - gap, y0 - sy
        b = w.box
        rows[k].append(OcrWord(w.text, (b[0] + dx, b[1] + dy, b[2] + dx, b[3] + dy), w.conf, rows[k][-1].block, rows[k][-1].line))
    for row in rows:
        row.sort(key=lambda w: w.box[0])


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
    heights = sorted(w.box[3] - w.box[1] for w in rest)
    if first.box[3] - first.box[1] >= BULLET_HEIGHT_SHARE * heights[len(heights) // 2]:
        return row
    nxt = rest[0]
    text = nxt.text.lstrip("-—–") or nxt.text
    return [OcrWord("•", first.box, first.conf, first.block, first.line), OcrWord(text, nxt.box, nxt.conf, nxt.block, nxt.line), *rest[1:]]


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
    """Digits misread as letters inside a number ('4 3l8 OO1', '126 163;20'); each repair lowers
    the word's confidence."""
    t = w.text
    digits = sum(ch.isdigit() for ch in t)
    if digits == 0:
        return w
    chars = list(t)
    repairs = 0
    alnum = [ch for ch in t if ch.isalnum()]
    numeric = digits / max(1, len(alnum)) >= 0.6
    for i, ch in enumerate(chars):
        prev_d = i > 0 and chars[i - 1].isdigit()
        next_d = i + 1 < len(chars) and chars[i + 1].isdigit()
        if ch in _DIGIT_SAFE and numeric and (prev_d or next_d):
            chars[i] = _DIGIT_LIKE[ch]
            repairs += 1
        elif ch == ";" and prev_d and next_d:
            chars[i] = ","
            repairs += 1
    if not repairs:
        return w
    return OcrWord("".join(chars), w.box, w.conf * REPAIR_PENALTY**repairs, w.block, w.line)


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
        for name in ("ocr.py", "imaging.py"):
            h.update((Path(__file__).parent / name).read_bytes())
        _CODE_HASH.append(h.hexdigest()[:16])
    return _CODE_HASH[0]
