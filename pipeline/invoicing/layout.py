"""The page as the eye reads an invoice: visual rows of words from their boxes (not the text
layer's order, which PDF generators scramble), rows cut into phrases at column gaps, and for a
label the phrases where its value stands: after it, to its right, below it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..ingest import PageText

# a gap wider than this many times the word height separates two phrases (columns, cells)
PHRASE_GAP_EM = 0.9
MIN_PHRASE_GAP = 5.0  # points
# a monospaced font's space is a whole cell: this share of the word height or more, the same on
# the row wherever it stands; a gap up to MONO_SPACE_SLACK times it is still a space
WIDE_SPACE_EM = 0.75
SPACE_AGREEMENT = 0.1
MONO_SPACE_SLACK = 1.25
# how far below a label its value may stand: this many line heights
BELOW_LINES = 3.2
DRIFT = 0.6  # of a line's height: a value this far off its label's line still stands beside it
# a page whose words of MONO_WORD_CHARS or more characters (at least MONO_MIN_WORDS of them) are,
# MONO_SHARE of them, as wide per character within MONO_AGREEMENT is set in a monospaced font;
# there a gap up to MONO_SPACE_CELLS cells is one space (a cell plus the glyphs' side bearings)
MONO_WORD_CHARS, MONO_MIN_WORDS, MONO_SHARE, MONO_AGREEMENT = 4, 8, 0.8, 0.06
MONO_SPACE_CELLS = 1.75
RUN_GAP_EM = 0.9  # words of one text-layer line closer than this (of their height) keep one row


@dataclass
class Word:
    start: int  # offsets in the page text
    end: int
    text: str
    x0: float
    top: float
    x1: float
    bottom: float


@dataclass
class Phrase:
    words: list[Word]
    page: int
    row: int  # index of its visual row on the page
    text: str = ""
    offsets: list[int] = field(default_factory=list)  # each word's offset in `text`

    def __post_init__(self) -> None:
        parts, pos = [], 0
        for w in self.words:
            self.offsets.append(pos)
            parts.append(w.text)
            pos += len(w.text) + 1
        self.text = " ".join(parts)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Page-text offsets of text[i:j] (whole words)."""
        inside = [w for w, o in zip(self.words, self.offsets, strict=True) if o < j and o + len(w.text) > i]
        if not inside:
            inside = [self.words[-1]]
        return inside[0].start, inside[-1].end

    def x_of(self, i: int) -> float:
        """The left edge of the word at text offset i."""
        for w, o in zip(self.words, self.offsets, strict=True):
            if o + len(w.text) > i:
                return w.x0
        return self.x1


@dataclass
class PageLayout:
    page: PageText
    rows: list[list[Phrase]]

    @property
    def phrases(self) -> list[Phrase]:
        return [p for r in self.rows for p in r]

    def right_of(self, ph: Phrase) -> Phrase | None:
        """The nearest phrase to the right on the label's line; on scans, where a value's
        baseline drifts into a row of its own, one whose middle is within the label's height."""
        row = self.rows[ph.row]
        after = [p for p in row if p.x0 >= ph.x1 - 1 and p is not ph]
        if after:
            return min(after, key=lambda p: p.x0)
        h = ph.bottom - ph.top
        near = [
            p
            for r in self.rows[max(0, ph.row - 1) : ph.row + 2]
            for p in r
            if p.x0 >= ph.x1 - 1 and ph.top - DRIFT * h <= (p.top + p.bottom) / 2 <= ph.bottom + DRIFT * h
        ]
        return min(near, key=lambda p: p.x0) if near else None

    def below(self, ph: Phrase, x0: float, x1: float) -> list[Phrase]:
        """Phrases under [x0, x1] of `ph` within a few line heights, nearest first."""
        height = max(ph.bottom - ph.top, 6.0)
        out: list[Phrase] = []
        for r in self.rows[ph.row + 1 :]:
            for p in r:
                if p.top - ph.bottom > BELOW_LINES * height:
                    return sorted(out, key=lambda q: q.top)
                if p.x0 <= x1 + 2 and p.x1 >= x0 - 2:
                    out.append(p)
        return sorted(out, key=lambda q: q.top)


def layout(page: PageText) -> PageLayout:
    words = _words(page)
    if not words:
        return PageLayout(page, [])
    if all(w.x1 == 0 for w in words):  # no geometry: the text layer's lines are the rows
        return _layout_by_lines(page)
    rows: list[list[Word]] = []
    for run in sorted(_runs(page, words), key=lambda r: (min(w.top for w in r), r[0].x0)):
        top, bottom = min(w.top for w in run), max(w.bottom for w in run)
        mid = (top + bottom) / 2
        for row in rows[-4:]:
            if row[0].top - 0.5 <= mid <= row[0].bottom + 0.5:
                row.extend(run)
                break
        else:
            rows.append(run)
    rows.sort(key=lambda r: r[0].top)
    cell = _monospaced_cell(words)
    out = []
    for ri, row in enumerate(rows):
        row.sort(key=lambda w: w.x0)
        out.append(_phrases(row, page.page_no, ri, cell))
    return PageLayout(page, out)


def _monospaced_cell(words: list[Word]) -> float | None:
    """The character cell of a page set in a monospaced font (a till receipt, a typewriter):
    most longer words are as wide per character. A one-cell space measured between the glyphs'
    boxes can pass for a column gap in a small font."""
    per_char = sorted((w.x1 - w.x0) / len(w.text) for w in words if len(w.text) >= MONO_WORD_CHARS and w.x1 > w.x0)
    if len(per_char) < MONO_MIN_WORDS:
        return None
    mid = per_char[len(per_char) // 2]
    agree = sum(abs(c - mid) <= MONO_AGREEMENT * mid for c in per_char)
    return mid if agree >= MONO_SHARE * len(per_char) else None


def _runs(page: PageText, words: list[Word]) -> list[list[Word]]:
    """Words the text layer sets on one line, side by side: they stay on one row whatever
    their glyphs' heights ("Ημερομηνία λήξης:" beside an address block of another line pitch,
    where each word's own middle could fall in a different row)."""
    runs, cur = [], [words[0]]
    for prev, w in zip(words, words[1:], strict=False):
        height = max(prev.bottom - prev.top, 1.0)
        beside = 0 <= w.x0 - prev.x1 + 1 <= RUN_GAP_EM * height and w.top < prev.bottom and prev.top < w.bottom
        if beside and "\n" not in page.text[prev.end : w.start]:
            cur.append(w)
        else:
            runs.append(cur)
            cur = [w]
    runs.append(cur)
    return runs


def _phrases(row: list[Word], page_no: int, ri: int, cell: float | None = None) -> list[Phrase]:
    out, cur = [], [row[0]]
    space = _monospaced_space(row)
    for prev, w in zip(row, row[1:], strict=False):
        gap = w.x0 - prev.x1
        height = max(prev.bottom - prev.top, 1.0)
        one_space = (space and gap <= space * MONO_SPACE_SLACK) or (cell and gap <= cell * MONO_SPACE_CELLS)
        if gap > max(MIN_PHRASE_GAP, PHRASE_GAP_EM * height) and not one_space:
            out.append(Phrase(cur, page_no, ri))
            cur = []
        cur.append(w)
    out.append(Phrase(cur, page_no, ri))
    return out


def _monospaced_space(row: list[Word]) -> float | None:
    """The width of one space on a row set in a monospaced font, where a space is a whole
    character cell and as wide as the gap the rule above takes for a column ("R 12 450.00"):
    two or more gaps of one width, each wider than WIDE_SPACE_EM of the words' height."""
    if len(row) < 3:
        return None
    height = sorted(w.bottom - w.top for w in row)[len(row) // 2]
    gaps = sorted(g for g in (b.x0 - a.x1 for a, b in zip(row, row[1:], strict=False)) if g >= WIDE_SPACE_EM * height)
    for a, b in zip(gaps, gaps[1:], strict=False):
        if b - a <= SPACE_AGREEMENT * a and b <= PHRASE_GAP_EM * 1.5 * height:
            return b
    return None


def _words(page: PageText) -> list[Word]:
    out = []
    for m in re.finditer(r"\S+", page.text):
        b = page.box(m.start(), m.end())
        if b is None:
            b = (0.0, 0.0, 0.0, 0.0)
        out.append(Word(m.start(), m.end(), m.group(), *b))
    return out


def _layout_by_lines(page: PageText) -> PageLayout:
    rows: list[list[Phrase]] = []
    for i, ln in enumerate(x for x in page.lines() if x.text.strip()):
        ws = [
            Word(
                m.start() + ln.start,
                m.end() + ln.start,
                m.group(),
                float(m.start()) * 5,
                float(i) * 12,
                float(m.end()) * 5,
                float(i) * 12 + 10,
            )
            for m in re.finditer(r"\S+", ln.text)
        ]
        rows.append(_phrases(ws, page.page_no, len(rows)))
    return PageLayout(page, rows)
