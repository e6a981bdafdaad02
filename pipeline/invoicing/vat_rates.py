"""VAT per rate settled by arithmetic: the rows read from the page must add up to the invoice's
VAT; a row the page prints without its base gets the base its line items at that rate add up
to (where base × rate is the VAT); where no breakdown is printed, the line items' own rates give
one (where it adds up to the VAT).

Nothing here reads words: it holds for an invoice in any language whose lines state their rate."""

from __future__ import annotations

from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
WHOLE_UNIT = Decimal(1)  # forints, and other currencies invoiced without cents, round VAT to the unit


def _tolerance(vat: Decimal, n_lines: int) -> Decimal:
    """How far base × rate may be from the printed VAT: a cent per line rounded on its own, a
    whole unit where the VAT is printed without cents."""
    per_line = CENT * max(1, n_lines)
    return max(per_line, WHOLE_UNIT) if vat == vat.to_integral() else per_line


def _agrees(base: Decimal, rate: Decimal, vat: Decimal, n_lines: int) -> bool:
    return abs(base * rate / 100 - vat) <= _tolerance(vat, n_lines)


def _bases_by_rate(lines: list[dict]) -> dict[Decimal, tuple[Decimal, int]]:
    """(base, number of lines) per rate the line items state."""
    out: dict[Decimal, tuple[Decimal, int]] = defaultdict(lambda: (Decimal(0), 0))
    for ln in lines:
        rate, amount = ln.get("vat_rate"), ln.get("amount")
        if rate is None or amount is None:
            continue
        base, n = out[Decimal(rate)]
        out[Decimal(rate)] = (base + amount, n + 1)
    return dict(out)


def _adds_up(rows: list[dict], vat: Decimal | None) -> bool:
    if vat is None or not rows:
        return True
    return abs(sum((r["vat_amount"] for r in rows), Decimal(0)) - vat) <= CENT * len(rows)


def _from_lines(lines: list[dict], template: dict, vat: Decimal | None) -> list[dict]:
    """A breakdown from the line items' rates, VAT computed per rate: kept only where it adds up
    to the invoice's VAT."""
    bases = _bases_by_rate(lines)
    if not bases or vat is None:
        return []
    whole = vat == vat.to_integral()
    quantum = WHOLE_UNIT if whole else CENT
    rows = [
        {**template, "vat_rate": rate, "net_amount": base, "vat_amount": (base * rate / 100).quantize(quantum, rounding=ROUND_HALF_UP)}
        for rate, (base, _n) in sorted(bases.items())
    ]
    return rows if _adds_up(rows, vat) else []


def _fill_bases(rows: list[dict], lines: list[dict], inv: dict) -> None:
    """A row printed without its base ("DDV 22 %: 262,42"): the lines at its rate, or the whole
    net where there is one rate, where base × rate is its VAT."""
    bases = _bases_by_rate(lines)
    for row in rows:
        if row.get("net_amount") is not None:
            continue
        rate, vat = Decimal(row["vat_rate"]), row["vat_amount"]
        base, n = bases.get(rate, (None, 0))
        if base is None and len(rows) == 1:
            base, n = inv.get("net_amount"), len(lines)
        if base is not None and _agrees(base, rate, vat, n):
            row["net_amount"] = base


def settle(rows: list[dict], lines: list[dict], inv: dict, template: dict) -> list[dict]:
    """The invoice's VAT per rate: the page's rows where they add up to its VAT, else the line
    items' rates; bases filled in from the lines."""
    vat = inv.get("vat_amount")
    if not _adds_up(rows, vat):
        rows = _from_lines(lines, template, vat) or rows  # the page's own rows where the lines cannot say better
    elif not rows:
        rows = _from_lines(lines, template, vat)
    _fill_bases(rows, lines, inv)
    return rows


def untaxed(inv: dict, lines: list[dict], rates: list[Decimal]) -> bool:
    """An invoice that states no VAT anywhere (an internal invoice between a municipality's
    offices, a supplier outside VAT) whose line items add up to its total: its net is the total
    and its VAT nil. Sets them and says so."""
    total = inv.get("total_amount")
    if total is None or inv.get("net_amount") is not None or inv.get("vat_amount") is not None or rates or not lines:
        return False
    if any(ln.get("vat_rate") for ln in lines) or sum((ln["amount"] for ln in lines), Decimal(0)) != total:
        return False
    inv["net_amount"], inv["vat_amount"], inv["vat_rate"] = total, Decimal("0.00"), 0.0
    return True
