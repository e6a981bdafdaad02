"""The invoice vocabulary (models/patterns/invoice_labels.json) compiled once."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

from ..structure import patterns

# a label further down its field's list is less specific: its weight falls by this much a place
LABEL_WEIGHT_STEP = 0.015
TIER_MARK, TIER_STEP = "---", 0.15  # labels in tiers: each tier weighs this much less
# fewer cue words than this and the language is left unknown
MIN_LANGUAGE_CUES = 3


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    return patterns("invoice_labels")


@dataclass(frozen=True)
class Label:
    field: str
    rx: re.Pattern
    weight: float


@lru_cache(maxsize=1)
def labels() -> dict[str, list[Label]]:
    out: dict[str, list[Label]] = {}
    for fld, pats in vocabulary()["fields"].items():
        tiered = TIER_MARK in pats
        out[fld], tier = [], 0
        for i, p in enumerate(pats):
            if p == TIER_MARK:
                tier += 1
                continue
            weight = 1.0 - TIER_STEP * tier if tiered else 1.0 - LABEL_WEIGHT_STEP * i
            out[fld].append(Label(fld, re.compile(rf"(?<![\w])(?:{p})(?![\w])\.?\s*[:.#]?\s*", re.IGNORECASE), weight))
    return out


@lru_cache(maxsize=1)
def line_starts() -> dict[str, re.Pattern]:
    """Per field, one pattern that matches at a line's start where any of its labels does (the
    labels as alternatives: a line is tried once per field, not once per label)."""
    return {fld: re.compile("|".join(f"(?:{lab.rx.pattern})" for lab in labs), re.IGNORECASE) for fld, labs in labels().items() if labs}


def starts_with_label(lines: list[str], fld: str) -> bool:
    """A line that opens with one of the field's labels."""
    rx = line_starts().get(fld)
    return rx is not None and any(rx.match(ln) for ln in lines)


@lru_cache(maxsize=1)
def rejects() -> dict[str, re.Pattern]:
    return {k: re.compile(v, re.IGNORECASE) for k, v in vocabulary()["reject"].items()}


@lru_cache(maxsize=1)
def titles() -> dict[str, re.Pattern]:
    return {k: re.compile(rf"(?<![\w])(?:{'|'.join(v)})(?![\w])", re.IGNORECASE) for k, v in vocabulary()["titles"].items()}


# what makes a match at a line's start or end fail inside a longer text: anchors, and lookarounds
# that may see the line break
_LINE_BOUND = re.compile(r"\^|\$|\\A|\\Z|\(\?<?[!=]")


@cache
def searched_in_head(kind: str) -> bool:
    """Whether a title of `kind` found in a line is also found in the text the line stands in, so
    that one search of the text can rule out every line: none of its words is anchored to a
    line's start or end or looks around itself (the title pattern's own word edges, \\w, never
    see a line break)."""
    return not any(_LINE_BOUND.search(p) for p in vocabulary()["titles"][kind])


@lru_cache(maxsize=1)
def _cues() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in vocabulary()["language_cues"].items()}


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language most of the document's frequent words belong to."""
    words = Counter(w.casefold() for w in re.findall(r"[^\W\d_]+", text[:20000]))
    scores = {lang: sum(words[w] for w in cues) for lang, cues in _cues().items()}
    # a word shared by several languages ("de", "og") counts; distinctive ones decide ties
    best = max(scores, key=lambda k: (scores[k], k == "sv"))
    return best if scores[best] >= MIN_LANGUAGE_CUES else None
