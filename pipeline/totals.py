"""A response's totals from its published activity rows: what is claimed, what the municipality
accepts to repay, and what it disputes. One sum for the report, the spreadsheet and the CLI."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any, NamedTuple


class ActivityTotals(NamedTuple):
    claimed: Decimal
    accepted: Decimal  # repayment_amount_sek summed: what the municipality accepts to repay
    disputed: Decimal  # the claims of the activities whose position is "disputes"


def activity_totals(acts: Iterable[dict[str, Any]], zero: Decimal = Decimal(0)) -> ActivityTotals:
    """Sums over `activities` rows; a missing amount counts as `zero` (whose exponent the sums
    keep: Decimal("0.00") for a column printed with two decimals)."""
    rows = list(acts)
    return ActivityTotals(
        sum((a["claimed_amount_sek"] or zero for a in rows), zero),
        sum((a["repayment_amount_sek"] or zero for a in rows), zero),
        sum((a["claimed_amount_sek"] or zero for a in rows if a["municipality_position"] == "disputes"), zero),
    )
