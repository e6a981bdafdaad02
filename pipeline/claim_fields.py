"""Which of a sentence's amounts is the reclaimed sum. A copied decision prints the granted sum
beside the claim ("Beviljat belopp: 120 000 kronor. Återkrav: 44 000 kronor."), a letter the
sum used or budgeted: each amount is read with the words in front of it (its label, since the
amount before it), and the claim is the one a reclaim word labels; failing that, the first
amount no granted/used/budget word labels."""

from __future__ import annotations

import re
from decimal import Decimal

from .swedish import Money, find_money

# words that label a sum that is not the claim: granted, received, used, budgeted, paid out
# (not "redovisat": the costs a municipality reported are what the agency reclaims, as a rule)
_NOT_CLAIM = re.compile(
    r"\b(bevilja\w*|tilldela\w*|erhåll\w*|mottagi\w*|budget\w*|använt|förbrukat|utbetala\w*|utbetalt|bidraget? om|bidrag på)\b",
    re.IGNORECASE,
)
# words that label the reclaimed sum
_RECLAIM = re.compile(r"\b(återkr\w*|krav\w*|kräver\w*|kräva)\b", re.IGNORECASE)
LABEL_CHARS = 60  # characters in front of an amount read as its label


def labelled_amounts(text: str) -> list[tuple[str, Money]]:
    """Each amount with the words in front of it, back to the amount before it or the label's reach."""
    out: list[tuple[str, Money]] = []
    prev_end = 0
    for m in find_money(text, money_context=True):
        label = text[max(prev_end, m.start - LABEL_CHARS) : m.start]
        out.append((label, m))
        prev_end = m.end
    return out


def reclaimed_amount(text: str) -> Decimal | None:
    """The amount a reclaim word labels; else the first one that no granted/used word labels."""
    labelled = labelled_amounts(text)
    named = [m for label, m in labelled if _RECLAIM.search(label) and not _NOT_CLAIM.search(label)]
    if named:
        return named[0].value
    free = [m for label, m in labelled if not _NOT_CLAIM.search(label)]
    return free[0].value if free else None
