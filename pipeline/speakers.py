"""Who speaks in a paragraph when no sentence names the speaker: signals from layout and order.

A response often copies the agency's decision in and answers under it. The copied text need not
name the agency ("Av redovisningen framgår att lönerna avser 2024", "Kommunen har inte styrkt
kostnaderna"): what marks it is where it stands. Two signals are taken together:

- order: the municipality's answer follows under a label of its own ("KOMMENTAR MORA KOMMUN:",
  "Kommunens svar:", "Svar:"), so what stands before that label within the activity is not its
  answer;
- layout: the copied text is set apart from the answer, indented (a quotation, a grey box) by at
  least INDENT_STEP points more than the label's paragraph.

A paragraph before the label that is not set apart (the municipality's own account of the
activity, typed at the answer's margin) stays the municipality's. A paragraph number in the
margin ("12 Enligt Socialstyrelsen …", a legal house style) is no part of what a sentence says.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from .ingest import Line

INDENT_STEP = 6.0  # points: a paragraph set in by less than this stands at the same margin
LABEL_WORDS = 6  # an answer's label is a few words before its colon

# "KOMMENTAR FILIPSTADS KOMMUN:", "Svar från Mora kommun:", "Kommunens svar:", "Vår kommentar:"
_ANSWER_LABEL = re.compile(
    r"^\W*(?:(?:kommentar\w*|svar|synpunkt\w*|bemötande|yttrande)\b(?:\s+(?:från\s+)?[\wåäöÅÄÖ-]+){0,3}"
    r"|(?:kommunens|nämndens|stadens|regionens|förvaltningens|vår|vårt|våra|[A-ZÅÄÖ][\wåäö-]+\s+kommuns)\s+\w+)\s*:",
    re.IGNORECASE,
)
# "12 Enligt Socialstyrelsen …": a paragraph's running number in the margin, before a capital
_MARGIN_NUMBER = re.compile(r"^\s*\d{1,3}\s+(?=[A-ZÅÄÖ])")


class _Para(Protocol):
    text: str
    pieces: list[tuple[int, Line]]


def without_margin_number(text: str) -> str:
    return _MARGIN_NUMBER.sub("", text, count=1)


def answer_label(text: str) -> bool:
    """The paragraph opens with a label for the municipality's answer."""
    m = _ANSWER_LABEL.match(text)
    return m is not None and len(m.group().split()) <= LABEL_WORDS


def _indent(p: _Para) -> float | None:
    box = p.pieces[0][1].box if p.pieces else None
    return box[0] if box else None


def copied_decision(paras: Sequence[_Para]) -> set[int]:
    """Indices of the paragraphs that stand before the municipality's labelled answer and are set
    in from it: the agency's text copied into the response."""
    label = next((k for k, p in enumerate(paras) if answer_label(p.text)), None)
    if label is None:
        return set()
    margin = _indent(paras[label])
    if margin is None:
        return set()
    return {k for k in range(label) if (x := _indent(paras[k])) is not None and x - margin >= INDENT_STEP}
