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


# the fields each column of a summary table is compared on: the accepted and disputed sums follow
# from the position and the repayment read from the activity's text
SUMMARY_COLUMN_FIELDS = {
    "claimed": ("claimed_amount_sek",),
    "accepted": ("municipality_position", "repayment_amount_sek"),
    "disputed": ("municipality_position", "repayment_amount_sek", "claimed_amount_sek"),
}


def weak_readings(resp: ExtractedDocument, threshold: float = REVIEW_BELOW) -> dict[str, set[str]]:
    """Per activity, the fields read with a confidence below the review threshold."""
    out: dict[str, set[str]] = {}
    for e in resp.evidence:
        if e.table == "activities" and e.confidence < threshold:
            out.setdefault(e.key, set()).add(e.field)
    return out


def unsure_column(weak: dict[str, set[str]], activity_no: str, column: str) -> bool:
    """Whether what a summary table's column is compared with was read uncertainly for this
    activity: a difference there may be the reading's, not the document's."""
    return bool(weak.get(activity_no, set()) & set(SUMMARY_COLUMN_FIELDS.get(column, ())))
