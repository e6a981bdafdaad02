"""The agency's finding in a table's comment cell, where no column holds the assessment.

A table that answers per activity in a row often has one free-text column ("Kommentar",
"Motivering") holding a verdict badge ("Medges", "Bestrids", "Delvis"), the agency's finding in a
few words ("SoS: för hög kostnad", "Kvitton saknas") and the municipality's rebuttal ("Kollot
hölls i juni 2022, inom perioden"). The finding and the rebuttal both name the reason the row
answers; the verdict and the sentences that take a position do not. So the cell's sentences
are read, less the badge and the sentences that accept or dispute, by the reason classifier.
"""

from __future__ import annotations

import re

from . import nlp, reasons

# a verdict printed as a badge or a first word ("Delvis SoS: …", "Bestrids. …")
_VERDICT = re.compile(
    r"^\W*(?:medges|medgivet|bestrids|bestritt|delvis|godtas|godtaget|accepteras|godkänns|ja|nej)(?:\s+delvis)?\b[\s.:;,–-]*",
    re.IGNORECASE,
)


# "Övertid för kvällspass medges": a verdict given in the passive, on part of the claim
_PASSIVE_VERDICT = re.compile(r"\b(?:medges|bestrids|godtas|accepteras|godkänns|återbetalas|betalas tillbaka)\b", re.IGNORECASE)


def _takes_position(sentence: str) -> bool:
    from .extract import _stance

    return _stance(sentence) is not None or bool(_PASSIVE_VERDICT.search(sentence))


def cell_assessment(text: str) -> str | None:
    """The sentences of a comment cell that state or answer the agency's finding, without the
    verdict and the sentences that take a position; None where none is left."""
    body = _VERDICT.sub("", text.strip(), count=1)
    kept = []
    for a, b in nlp.sentence_spans(body):
        sentence = _VERDICT.sub("", body[a:b].strip(), count=1)
        if sentence and not _takes_position(sentence):
            kept.append(sentence)
    return " ".join(kept) or None


def cell_reasons(text: str) -> list[str]:
    """The reason codes a comment cell names."""
    finding = cell_assessment(text)
    return reasons.reasons_of(finding) if finding else []
