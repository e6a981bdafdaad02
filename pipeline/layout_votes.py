"""The learned heading model's vote in the heading scoring (pipeline.heading_votes).

Two things, both from the model's probability that a line opens an activity section
(pipeline.heading_model):

- a signal, `layout_model`, on every numbered candidate whose line the model reads as a heading:
  one more independent vote, weighed with the others;
- a group of its own: the lines the model reads as headings although no id opens them ("Aktivitet:
  Title (SoS nr 12)", a bold title alone on its line). Such a heading's number is the one number
  its line names besides amounts and years ("nr 12"), or else its place in order. The group
  competes with the numbered ones by the same signals and must explain the document as they must
  (two members at least, each with text and content under it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from decimal import Decimal

from .heading_model import HEADING_PROBABILITY, PROPOSAL_PROBABILITY, probabilities_of
from .heading_votes import Candidate, _reads_as_title, _split_tail_amount
from .ingest import Line
from .line_features import alike, line_features
from .swedish import find_money

LAYOUT_SCHEME = ("", "", "", "layout")
PROPOSED = "layout_series"  # the signal of a heading the model proposed (no id opens its line)
# a number the line names: "(SoS nr 12)", "nummer 7", "– 12"; never part of an amount or a year
_NAMED_NUMBER = re.compile(r"(?<![\d.,:/-])(?:\b(?:nr|nummer|no)\.?\s*)?\b(\d{1,3})\b(?![\d.,:/]\d)", re.IGNORECASE)
# a label before the title ("Aktivitet: Title", "Insats – Title"): one word and a colon or dash
_LABEL = re.compile(r"^[A-Za-zÅÄÖåäö]{3,14}\s*(?::|\s[–—-])\s+")
_NUMBER_NOTE = re.compile(r"\s*[(\[][^()\[\]]*\d[^()\[\]]*[)\]]\s*$")  # a trailing "(SoS nr 12)"


def _named_number(text: str) -> int | None:
    """The one number a line names outside its amounts, None for none or several."""
    spans = [(m.start, m.end) for m in find_money(text, money_context=True)]
    found = [int(m.group(1)) for m in _NAMED_NUMBER.finditer(text) if not any(a <= m.start(1) < z for a, z in spans)]
    return found[0] if len(found) == 1 and found[0] > 0 else None


def _layout_title(text: str) -> tuple[str, Decimal | None]:
    title, amount = _split_tail_amount(_LABEL.sub("", text.strip()))
    return _NUMBER_NOTE.sub("", title).strip(), amount


def layout_candidates(lines: Sequence[Line], indices: Iterable[int]) -> list[Candidate]:
    """The lines at `indices`, read as headings without an id. Where lines name a number ("nr 12")
    the headings are those that name one, numbered so; where none names any, they are numbered by
    order. A line naming several ("Aktiviteterna 1 och 2") heads a group of activities, not one."""
    out = []
    for i in indices:
        title, amount = _layout_title(lines[i].text)
        if _reads_as_title(title, amount):
            out.append(Candidate(i, LAYOUT_SCHEME, "", 0, title, amount, {"amount"} if amount is not None else set()))
    named = {c.index: n for c in out if (n := _named_number(lines[c.index].text)) is not None}
    if any(_NAMED_NUMBER.search(lines[c.index].text) for c in out):
        out = [c for c in out if c.index in named]
    for k, c in enumerate(out):
        c.value = named.get(c.index, k + 1)
        c.number = str(c.value)
    return out


def _content_under(f: dict[str, float]) -> bool:
    """An amount or the agency's voice on or under the line: what an activity's section holds."""
    return f["amount_here"] + f["amount_below"] + f["agency_below"] > 0


def _one_style(indices: list[int], features: Sequence[dict[str, float]]) -> list[int]:
    """The largest set of lines set alike (pipeline.line_features): a letter sets its activity
    headings in one style, so lines of several styles are no series of headings."""
    clusters = [[k for k in indices if k == i or alike(features[i], features[k])] for i in indices]
    return max(clusters, key=len, default=[])


_LAST_READ: list[tuple[Sequence[Line], int, list[dict[str, float]], list[float]]] = []


def _read_lines(lines: Sequence[Line], end_at: int) -> tuple[list[dict[str, float]], list[float]]:
    """The lines' features and probabilities; the last document's kept, since heading_votes asks
    twice for one document (its own set, then the set a scheme found)."""
    if _LAST_READ and _LAST_READ[0][0] is lines and _LAST_READ[0][1] == end_at:
        return _LAST_READ[0][2], _LAST_READ[0][3]
    features = line_features(lines[:end_at])
    probs = probabilities_of(features)
    _LAST_READ[:] = [(lines, end_at, features, probs)]
    return features, probs


def add_layout_votes(
    lines: Sequence[Line], end_at: int, body: set[int], groups: dict[tuple[str, str, str, str], list[Candidate]]
) -> list[Candidate]:
    """The model's vote on every numbered candidate; and the headings it proposes where no id opens
    the line: a series in one style, with content under each (what heading_votes falls back on
    when no numbering scheme explains the document)."""
    features, probs = _read_lines(lines, end_at)
    # a line one id scheme reads as its only member ("Lovfritids i …" as 'i') is no numbering
    numbered = {c.index for found in groups.values() if len(found) > 1 for c in found}
    for found in groups.values():
        for c in found:
            if probs[c.index] >= HEADING_PROBABILITY:
                c.signals.add("layout_model")
    unnumbered = [
        i for i in sorted(body) if i < end_at and i not in numbered and probs[i] >= PROPOSAL_PROBABILITY and _content_under(features[i])
    ]
    proposed = layout_candidates(lines, _one_style(unnumbered, features))
    for c in proposed:
        c.signals |= {"layout_model", PROPOSED}
    return proposed
