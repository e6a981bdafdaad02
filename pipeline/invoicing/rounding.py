"""Öresavrundning: the amount to pay rounded to whole kronor (or to 5 cents in Finland, Denmark,
Norway), with the rounding printed as its own row ("Öresavrundning -0,13", "Rounding 0,02").
Then net + VAT is the invoice's total, which is printed nowhere, and the rounded figure is the
amount due: net + VAT + rounding = amount due."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from itertools import product

from .fields import Candidate

MAX_ROUNDING = Decimal("0.50")  # no currency rounds to a unit coarser than one krona
TOP_CANDIDATES = 4  # of each field's best candidates, the combinations tried


@dataclass(frozen=True)
class Rounded:
    net: Candidate
    vat: Candidate
    rounding: Candidate
    due: Candidate

    @property
    def total(self) -> Decimal:
        return _amount(self.net) + _amount(self.vat)


def _amount(c: Candidate) -> Decimal:
    assert isinstance(c.value, Decimal)
    return c.value


def _best(cands: list[Candidate]) -> list[Candidate]:
    return sorted((c for c in cands if isinstance(c.value, Decimal)), key=lambda c: -c.score)[:TOP_CANDIDATES]


def rounded_total(net: list[Candidate], vat: list[Candidate], due: list[Candidate], rounding: list[Candidate]) -> Rounded | None:
    """The net, VAT, rounding and amount due that close net + VAT + rounding = due, best scored."""
    fits = [
        Rounded(n, v, r, d)
        for n, v, r, d in product(_best(net), _best(vat), _best(rounding), _best(due))
        if 0 < abs(_amount(r)) < MAX_ROUNDING and _amount(n) + _amount(v) + _amount(r) == _amount(d)
    ]
    return max(fits, key=lambda f: f.net.score + f.vat.score + f.due.score, default=None)
