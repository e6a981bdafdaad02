"""VAT per rate, by arithmetic rather than by wording.

A VAT breakdown row, in any language, is a row holding a rate and two amounts where the one is
the other times the rate ("S 20,00% 180,00 36,00", "VAT 21.00 522.31 109.69 632.00 EUR",
"19% 373,80 € 71,02 €"). Where the breakdown prints no base ("Moms 6 % 30,00"), the VAT lines'
own rates tell the amounts apart."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import cast

from .fields import Candidate
from .layout import PageLayout
from .numbers import NumberStyle, find_amounts

MAX_RATE = Decimal(30)
# the sums of a breakdown's rows, as read as a labelled value ("MwSt." over its column)
BREAKDOWN_SUM_SCORE = 0.8
# VAT lines stacked under one label whose rates OCR lost ("Moms 25 Yo 600,00"): their sum is a
# candidate that only the arithmetic (net + VAT = total) can make win
STACKED_SUM_FACTOR = 0.5
ROUNDING = Decimal("0.01")  # per-rate VAT is rounded to the cent
_RATE = re.compile(r"(?<![\d.,])(\d{1,2}(?:[.,]\d{1,2})?)\s?%")


@dataclass(frozen=True)
class VatRow:
    rate: Decimal
    net: Decimal | None
    vat: Decimal
    page: int
    row: int


def rate_of(text: str) -> Decimal | None:
    m = _RATE.search(text)
    if not m:
        return None
    r = Decimal(m.group(1).replace(",", "."))
    return r if 0 <= r <= MAX_RATE else None


def breakdown(lays: list[PageLayout], style: NumberStyle) -> list[VatRow]:
    """Rows where base × rate = VAT, each (rate, base, VAT) once."""
    out: list[VatRow] = []
    seen = set()
    for lay in lays:
        for ri, row in enumerate(lay.rows):
            text = " ".join(p.text for p in row)
            got = _row_vat(text, style)
            if got and got not in seen:
                seen.add(got)
                out.append(VatRow(*got, lay.page.page_no, ri))
    return out


def _row_vat(text: str, style: NumberStyle) -> tuple[Decimal, Decimal, Decimal] | None:
    rates = [Decimal(m.group(1).replace(",", ".")) for m in _RATE.finditer(text)]
    # a rate printed without its sign stands as a number with up to two decimals
    nums = [a.value for a in find_amounts(_RATE.sub(" ", text), style)]
    bare = [n for n in nums if 0 < n <= MAX_RATE and (n * 2) == (n * 2).to_integral()]  # 7, 19, 5.5
    if Decimal(0) in rates and len(nums) == 1 and nums[0] != 0:
        return Decimal(0), nums[0], Decimal(0)  # an exempt rate: its base, no VAT
    for rate in rates or bare:
        found = _base_and_vat(rate, nums) if 0 <= rate <= MAX_RATE else None
        if found:
            return rate, *found
    return None


def _base_and_vat(rate: Decimal, nums: list[Decimal]) -> tuple[Decimal, Decimal] | None:
    """A base and a VAT after it on the row with base × rate = VAT (to the rounding)."""
    for i, base in enumerate(nums):
        if base == rate or base == 0:
            continue
        for vat in nums[i + 1 :]:
            if vat == rate or abs(vat) >= abs(base):
                continue
            if abs(base * rate / 100 - vat) <= ROUNDING and (vat != 0) == (rate > 0):
                return base, vat
    return None


def _label_row_text(lay: PageLayout, c: Candidate) -> str:
    """The text of the row the candidate's label stands on (its rate is stated there, not on the
    row of a value read below it)."""
    at = c.label_span[0] if c.label_span else c.span[0]
    for row in lay.rows:
        if any(w.start <= at < w.end + 1 for p in row for w in p.words):
            return " ".join(p.text for p in row)
    return ""


def rated_vat_lines(vat: list[Candidate], lays: list[PageLayout]) -> list[tuple[Decimal, Candidate]]:
    """VAT candidates whose label row states a rate ("Moms 25 %", "CGST 9%"), each (tax, rate,
    amount) once: a line repeated on the payment slip counts once."""
    out, seen = [], set()
    for c in vat:
        text = _label_row_text(lays[c.page - 1], c)
        rate = rate_of(c.label)
        rate = rate_of(text) if rate is None else rate
        key = (c.label.casefold().strip(" :"), rate, c.value)
        if rate is None or key in seen:
            continue
        seen.add(key)
        out.append((rate, c))
    return out


def sum_of_rates(vat: list[Candidate], lays: list[PageLayout]) -> Candidate | None:
    """Several VAT lines at different rates, or taxes at one rate each (India's CGST and SGST):
    their sum is the invoice's VAT."""
    lines = rated_vat_lines(vat, lays)
    kinds = {(c.label.casefold().strip(" :"), r) for r, c in lines}
    if (
        len(lines) < 2
        or len(kinds) != len(lines)
        or len({r for r, _ in lines}) != len(lines)
        and len({c.label.casefold() for _, c in lines}) != len(lines)
    ):
        return None
    first = lines[0][1]
    total = sum((cast(Decimal, c.value) for _, c in lines), Decimal(0))  # VAT lines' amounts are Decimals
    return Candidate(
        "vat",
        total,
        min(c.score for _, c in lines),
        first.page,
        first.span,
        first.raw,
        "+".join(c.label for _, c in lines),
        first.row,
        first.label_span,
    )


def breakdown_sums(rows: list[VatRow], lays: list[PageLayout]) -> tuple[Candidate, Candidate] | None:
    """A breakdown of several rows (rates, or goods at one rate: India's HSN summary) whose every
    row states its base: the sums of bases and of VAT are the invoice's net and VAT, as candidates
    the printed total can confirm (a German shop's 'Umsatzsteuer' table under a gross total).
    Their place is the breakdown's rows."""
    bases = [r.net for r in rows if r.net is not None]
    if len(rows) < 2 or len(bases) < len(rows) or len({r.page for r in rows}) > 1:
        return None
    net, vat = sum(bases, Decimal(0)), sum((r.vat for r in rows), Decimal(0))
    lay = lays[rows[0].page - 1]
    span = _rows_span(lay, [r.row for r in rows])
    raw = lay.page.text[span[0] : span[1]]
    net_c, vat_c = (
        Candidate(fld, v, BREAKDOWN_SUM_SCORE, rows[0].page, span, raw, "breakdown", rows[-1].row)
        for fld, v in (("net", net), ("vat", vat))
    )
    return net_c, vat_c


def _rows_span(lay: PageLayout, rows: list[int]) -> tuple[int, int]:
    """Page-text offsets from the first word to the last of the layout's rows."""
    words = [w for ri in rows for p in lay.rows[ri] for w in p.words]
    return min(w.start for w in words), max(w.end for w in words)


def stacked_vat_lines(vat: list[Candidate]) -> Candidate | None:
    """VAT read on consecutive rows under the same label ("Moms 12 4 637,20" over "Moms 25 Yo
    600,00"): one line per rate, whatever became of the rates' signs. Their sum, weakly scored."""
    by_label: dict[tuple[int, str], dict[int, Candidate]] = {}
    for c in vat:
        if c.label_span is not None and isinstance(c.value, Decimal):
            by_label.setdefault((c.page, c.label.casefold().strip(" :")), {}).setdefault(c.row, c)
    for rows in by_label.values():
        run = _consecutive(rows)
        if len(run) >= 2:
            total = sum((cast(Decimal, c.value) for c in run), Decimal(0))
            first = run[0]
            score = STACKED_SUM_FACTOR * min(c.score for c in run)
            return Candidate(
                "vat", total, score, first.page, first.span, first.raw, "+".join(c.label for c in run), first.row, first.label_span
            )
    return None


def _consecutive(by_row: dict[int, Candidate]) -> list[Candidate]:
    """The longest run of candidates on rows one after another."""
    best: list[Candidate] = []
    run: list[Candidate] = []
    for row in sorted(by_row):
        run = [*run, by_row[row]] if run and row == run[-1].row + 1 else [by_row[row]]
        if len(run) > len(best):
            best = run
    return best


def paired_rate_lines(net: list[Candidate], vat: list[Candidate], lays: list[PageLayout]) -> list[VatRow]:
    """A breakdown set as pairs of lines, one for the base and one for the tax at each rate
    ("Base imponible 10 %: 2.436,00" over "IVA 10 %: 243,60"): a base and a VAT line that state
    the same rate, with base × rate = VAT. Each rate once."""
    bases: dict[Decimal, list[Candidate]] = {}
    for rate, c in rated_vat_lines(net, lays):
        bases.setdefault(rate, []).append(c)
    out: dict[Decimal, VatRow] = {}
    for rate, c in rated_vat_lines(vat, lays):
        tax = cast(Decimal, c.value)
        for b in bases.get(rate, []):
            base = cast(Decimal, b.value)
            if rate not in out and base != tax and abs(base * rate / 100 - tax) <= ROUNDING:
                out[rate] = VatRow(rate, base, tax, c.page, c.row)
    return list(out.values()) if len(out) >= 2 else []
