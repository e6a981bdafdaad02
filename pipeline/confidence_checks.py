"""What a check needs to know about the confidence of the values it is built on: a finding on a
sum whose terms were read uncertainly says so, instead of standing as a finding."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .confidence import REVIEW_BELOW

if TYPE_CHECKING:
    from .extract import ExtractedDocument


def weak_claims(resp: ExtractedDocument, threshold: float = REVIEW_BELOW) -> list[str]:
    """The activities whose claimed amount was read with a confidence below the review threshold."""
    return sorted(
        {e.key for e in resp.evidence if e.table == "activities" and e.field == "claimed_amount_sek" and e.confidence < threshold},
        key=lambda k: (len(k), k),
    )
