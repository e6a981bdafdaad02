"""The reclaimed sum among a sentence's amounts (pipeline.claim_fields)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.claim_fields import reclaimed_amount


@pytest.mark.parametrize(
    "text, claim",
    [
        ("Beviljat belopp: 120 000 kronor. Återkrav: 44 000 kronor.", "44000.00"),
        ("Tilldelat: 80 000 kr · Återkrävs: 30 000 kr", "30000.00"),
        ("Kommunen erhöll 200 000 kr; myndigheten kräver tillbaka 35 000 kr.", "35000.00"),
        ("Budgeten var 90 000 kr och kravet avser 12 500 kr.", "12500.00"),
        ("de kostnader som redovisats, SEK 47 250:-", "47250.00"),
        ("Beviljat bidrag 60 000 kr.", None),
    ],
)
def test_the_reclaimed_sum_not_the_granted_one(text, claim):
    assert reclaimed_amount(text) == (Decimal(claim) if claim else None)
