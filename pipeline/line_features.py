"""Layout and shape features of a document's lines, for the learned activity-heading model
(pipeline.heading_model, issue 12 point 4).

Four sessions of hand-written heading rules each fitted the house styles they saw and missed the
next ones. These features say nothing of one house style's words: how a line stands on its page
(type taller or wider than the body's, space above and below it, its left edge against the
body's), its shape (length, capitals, a closing colon or full stop, the form of its first token),
and what follows it (an amount, the agency's voice, the municipality's answer). A model trained on
every corpus together weighs them; the weights are learned, not written per style.

Every value is a float, scaled to the document's own body (its usual line height, gap, left edge
and character width), so a letter in 10 pt Garamond and one in 12 pt Arial read alike, and an OCR
page (boxes from tesseract) reads as a text layer does.
"""

from __future__ import annotations

import math
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .ingest import Line
from .response_cues import MUNICIPALITY_STANCE
from .swedish import find_money

BELOW_LINES = 3  # lines under a line read for an amount or the agency's voice
ANSWER_LINES = 12  # lines under a line read for the municipality's answer
RATIO_CAP = 4.0  # a ratio to the body's measure is capped here: beyond it says no more
WORDS_CAP = 30
LONG_LINE_CHARS = 20  # a line this long averages out its letters' widths
PEERS_CAP = 8  # more lines of one style say no more than eight do
PEER_WINDOW = 1000  # short lines either side in which a line's peers are counted
SHORT_WORDS = 14  # a line of at most this many words may be a heading
STYLE_HEIGHT_SLACK = 0.5  # heights (of the body's) within this are one type size: glyphs and accents vary a line's box
STYLE_WIDTH_SLACK = 0.12  # widths per character (of the body's) within this are one weight: letters vary it
APART_GAP = 1.3  # a gap above this many of the body's gaps sets a line apart

# the first token's shape: what numbering, if any, opens the line
_SHAPES: dict[str, re.Pattern[str]] = {
    "shape_dotted": re.compile(r"^\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\.?\s"),  # "2.3 Title"
    "shape_digit": re.compile(r"^\d{1,3}[.):]?\s"),  # "3. Title", "3) Title", "3 Title"
    "shape_paren": re.compile(r"^[(\[](?:\d{1,3}|[ivxlcIVXLC]{1,6}|[a-zA-Z])[)\]]\s"),  # "(iv) Title"
    "shape_roman": re.compile(r"^[IVXLC]{1,6}[.):]\s|^[ivxlc]{1,6}[.)]\s"),  # "IV. Title"
    "shape_letter": re.compile(r"^[A-Za-z][.)]\s"),  # "B. Title"
    "shape_word_number": re.compile(r"^[A-Za-zÅÄÖåäö]{2,12}\.?\s+(?:nr\.?\s*|nummer\s+)?\d{1,3}[a-z]?\b"),  # "Aktivitet 3", "Akt. 7"
    "shape_bullet": re.compile(r"^[–—•·*-]\s"),
}
_ID = re.compile(r"^\W{0,2}(?:[A-Za-zÅÄÖåäö]{2,12}\.?\s+(?:nr\.?\s*|nummer\s+)?)?(\d{1,3})\b")
_AGENCY_VOICE = re.compile(
    r"\b(socialstyrelsen\w*|myndigheten\w*|återkr\w*|bedömer|anser att|menar att|the agency|reclaim\w*)\b", re.IGNORECASE
)
# no class of heading words ("Aktivitet", "Insats", "Projekt"): measured as a feature it lowered the
# held-out F1 (benchmarks/heading_cv.py --drop: 0.577 with it, 0.619 without), a cue of the styles seen

FEATURE_NAMES: tuple[str, ...] = (
    "height",
    "char_width",
    "caps",
    "indent",
    "gap_above",
    "gap_below",
    "first_on_page",
    "words",
    "width",
    "ends_colon",
    "ends_period",
    "starts_upper",
    *_SHAPES,
    "id_continues",
    "amount_here",
    "amount_below",
    "agency_below",
    "answer_below",
    "page_top",
    "next_longer",
    "style_peers",
    "opening_peers",
    "peers_with_content",
    "apart_and_short",
    "content_and_short",
)


@dataclass
class BodyMeasures:
    """A document's usual line: its height, the gap between lines, its left edge, its width and
    the width of a character (a bold or larger type is wider)."""

    height: float
    gap: float
    left: float
    width: float
    char_width: float


def _median(values: Sequence[float], default: float) -> float:
    return float(statistics.median(values)) if values else default


def _char_widths(lines: Sequence[Line]) -> list[float]:
    """The width per character of the long lines, where a word's spacing averages out."""
    return [(ln.box[2] - ln.box[0]) / len(ln.text.strip()) for ln in lines if ln.box and len(ln.text.strip()) >= LONG_LINE_CHARS]


def _gaps(lines: Sequence[Line]) -> list[float]:
    return [gap for k in range(1, len(lines)) if (gap := _gap(lines[k - 1], lines[k])) is not None]


def body_measures(lines: Sequence[Line]) -> BodyMeasures:
    boxes = [ln.box for ln in lines if ln.box]
    lefts = [round(b[0]) for b in boxes]
    return BodyMeasures(
        height=_median([b[3] - b[1] for b in boxes], 1.0) or 1.0,
        gap=_median(_gaps(lines), 1.0) or 1.0,
        left=float(statistics.mode(lefts)) if lefts else 0.0,
        width=max((b[2] - b[0] for b in boxes), default=1.0) or 1.0,
        char_width=_median(_char_widths(lines), 1.0) or 1.0,
    )


def _gap(a: Line, b: Line) -> float | None:
    """The space between two lines on one page, None across a page break."""
    if not (a.box and b.box) or a.page_no != b.page_no:
        return None
    return max(0.0, b.box[1] - a.box[3])


def _ratio(value: float, unit: float) -> float:
    return min(RATIO_CAP, value / unit) if unit > 0 else 0.0


def _shape(text: str) -> dict[str, float]:
    return {name: float(bool(rx.match(text))) for name, rx in _SHAPES.items()}


def _caps_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if letters else 0.0


def _ids(lines: Sequence[Line]) -> list[int | None]:
    out: list[int | None] = []
    for ln in lines:
        m = _ID.match(ln.text.strip())
        out.append(int(m.group(1)) if m else None)
    return out


def _continues(ids: list[int | None], i: int) -> float:
    """The line's id is one more than an earlier line's id, or one less than a later one's: the
    line belongs to a running sequence (a numbered list, numbered headings)."""
    v = ids[i]
    if v is None:
        return 0.0
    return float(v - 1 in ids[:i] or v + 1 in ids[i + 1 :])


def _geometry(lines: Sequence[Line], i: int, body: BodyMeasures) -> dict[str, float]:
    ln = lines[i]
    text = ln.text.strip()
    box = ln.box
    above = _gap(lines[i - 1], ln) if i > 0 else None
    below = _gap(ln, lines[i + 1]) if i + 1 < len(lines) else None
    if box is None:
        return {"height": 1.0, "char_width": 1.0, "indent": 0.0, "width": 1.0, "page_top": 0.5, "gap_above": 1.0, "gap_below": 1.0}
    return {
        "height": _ratio(box[3] - box[1], body.height),
        "char_width": _ratio((box[2] - box[0]) / max(1, len(text)), body.char_width),
        "indent": max(-RATIO_CAP, min(RATIO_CAP, (box[0] - body.left) / body.height / 2)),
        "width": _ratio(box[2] - box[0], body.width),
        "page_top": min(1.0, box[1] / 842.0),
        # across a page break the gap says nothing: the body's own
        "gap_above": _ratio(above, body.gap) if above is not None else RATIO_CAP / 2,
        "gap_below": _ratio(below, body.gap) if below is not None else 1.0,
    }


@dataclass
class _LineCues:
    """What each line says, read once per line: an amount, the agency's voice, an answer."""

    money: list[bool]
    agency: list[bool]
    answer: list[bool]

    @classmethod
    def of(cls, lines: Sequence[Line]) -> _LineCues:
        texts = [ln.text for ln in lines]
        return cls(
            [bool(find_money(t, money_context=True)) for t in texts],
            [bool(_AGENCY_VOICE.search(t)) for t in texts],
            [bool(MUNICIPALITY_STANCE.search(t)) for t in texts],
        )


def _context(lines: Sequence[Line], i: int, cues: _LineCues) -> dict[str, float]:
    text = lines[i].text.strip()
    nxt = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
    below = slice(i + 1, i + 1 + BELOW_LINES)
    return {
        "amount_here": float(cues.money[i]),
        "amount_below": float(any(cues.money[below])),
        "agency_below": float(any(cues.agency[below])),
        "answer_below": float(any(cues.answer[i + 1 : i + 1 + ANSWER_LINES])),
        "next_longer": float(len(nxt) > len(text)),
    }


def _text_shape(text: str) -> dict[str, float]:
    return {
        "caps": _caps_share(text),
        "words": min(WORDS_CAP, len(text.split())) / WORDS_CAP,
        "ends_colon": float(text.endswith(":")),
        "ends_period": float(text.endswith(".")),
        "starts_upper": float(text[:1].isupper() or text[:1].isdigit()),
        **_shape(text),
    }


def _opening(text: str) -> str | None:
    """What a series of numbered headings share: the opening word with its digits as '#'
    ("Aktivitet", "Nr", "–", "#." or "Activity"); None for a line too long to be a heading."""
    words = text.split()
    if not words or len(words) > SHORT_WORDS:
        return None
    return re.sub(r"\d+", "#", words[0]).lower()


def alike(a: dict[str, float], b: dict[str, float]) -> bool:
    """Two lines set in one style: type as tall and as wide, the same left edge, both set apart
    by space above or neither."""
    return (
        abs(a["height"] - b["height"]) <= STYLE_HEIGHT_SLACK
        and abs(a["char_width"] - b["char_width"]) <= STYLE_WIDTH_SLACK
        and round(a["indent"]) == round(b["indent"])
        and (a["gap_above"] > APART_GAP) == (b["gap_above"] > APART_GAP)
    )


def _peers(lines: Sequence[Line], feats: list[dict[str, float]]) -> None:
    """How many other short lines share the line's opening word or its style (a series of headings
    repeats one), and how many of those have content under them (an amount or the agency's voice):
    a series of section headings ("1 Bakgrund", "2 Synpunkter") shares a style too, but not the
    content under each. Only short lines are compared: a paragraph heads nothing."""
    openings = [_opening(ln.text.strip()) for ln in lines]
    content = [f["amount_here"] + f["amount_below"] + f["agency_below"] > 0 for f in feats]
    short = [k for k, o in enumerate(openings) if o is not None]
    for f in feats:
        f.update(style_peers=0.0, opening_peers=0.0, peers_with_content=0.0, apart_and_short=0.0, content_and_short=0.0)
    if not short:
        return
    series = _ShortLines.of(short, openings, content, feats)
    for pos, i in enumerate(short):
        f = feats[i]
        same, styled = series.peers_of(pos)
        f["style_peers"] = min(PEERS_CAP, int(styled.sum())) / PEERS_CAP
        f["opening_peers"] = min(PEERS_CAP, int(same.sum())) / PEERS_CAP
        f["peers_with_content"] = min(PEERS_CAP, int(series.content[series.window(pos)][same | styled].sum())) / PEERS_CAP
        f["apart_and_short"] = min(RATIO_CAP, f["gap_above"] + f["height"] + f["char_width"] - 3.0)
        f["content_and_short"] = float(content[i])


@dataclass
class _ShortLines:
    """The short lines' style measures as arrays, so a line's peers are found by one vectorised
    comparison over its neighbourhood: a document of tens of thousands of short lines (a table
    dumped as HTML) must not cost a comparison of every pair in Python. Peers are looked for among
    PEER_WINDOW short lines either side: a series of headings stands within a few pages, and in
    every response of a few hundred short lines that is all of them."""

    opening: np.ndarray
    content: np.ndarray
    height: np.ndarray
    width: np.ndarray
    indent: np.ndarray
    apart: np.ndarray

    @classmethod
    def of(cls, short: list[int], openings: list[str | None], content: list[bool], feats: list[dict[str, float]]) -> _ShortLines:
        codes: dict[str | None, int] = {}
        return cls(
            opening=np.array([codes.setdefault(openings[k], len(codes)) for k in short]),
            content=np.array([content[k] for k in short], dtype=bool),
            height=np.array([feats[k]["height"] for k in short], dtype=float),
            width=np.array([feats[k]["char_width"] for k in short], dtype=float),
            indent=np.round(np.array([feats[k]["indent"] for k in short], dtype=float)),
            apart=np.array([feats[k]["gap_above"] > APART_GAP for k in short], dtype=bool),
        )

    def window(self, pos: int) -> slice:
        return slice(max(0, pos - PEER_WINDOW), pos + PEER_WINDOW + 1)

    def peers_of(self, pos: int) -> tuple[np.ndarray, np.ndarray]:
        """Masks over the window: the other lines with the same opening, and those set alike."""
        w = self.window(pos)
        others = np.ones(len(self.opening[w]), dtype=bool)
        others[pos - w.start] = False
        same = (self.opening[w] == self.opening[pos]) & others
        styled = (
            (np.abs(self.height[w] - self.height[pos]) <= STYLE_HEIGHT_SLACK)
            & (np.abs(self.width[w] - self.width[pos]) <= STYLE_WIDTH_SLACK)
            & (self.indent[w] == self.indent[pos])
            & (self.apart[w] == self.apart[pos])
            & others
        )
        return same, styled


def line_features(lines: Sequence[Line], body: BodyMeasures | None = None) -> list[dict[str, float]]:
    """Every line's features, by FEATURE_NAMES."""
    body = body or body_measures(lines)
    ids = _ids(lines)
    cues = _LineCues.of(lines)
    out = []
    for i, ln in enumerate(lines):
        f = {**_geometry(lines, i, body), **_text_shape(ln.text.strip()), **_context(lines, i, cues)}
        f["first_on_page"] = float(i == 0 or lines[i - 1].page_no != ln.page_no)
        f["id_continues"] = _continues(ids, i)
        out.append(f)
    _peers(lines, out)
    return out


def as_vector(features: dict[str, float]) -> list[float]:
    return [features.get(name, 0.0) for name in FEATURE_NAMES]


def is_finite(features: dict[str, float]) -> bool:
    return all(math.isfinite(v) for v in features.values())
