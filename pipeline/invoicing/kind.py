"""Is a document an invoice? What every invoice has, in any language, scored together: a title
word from the vocabulary ("Faktura", "ΤΙΜΟΛΟΓΙΟ", "Számla"), an invoice number label, the labels
of its dates and sums at the start of lines, a VAT or registration id (an EU VAT number checked
with python-stdnum where its scheme has a check digit), and amounts that balance: a net, a VAT
at a rate in use and their sum all printed.

No single signal decides; a title or a number label is required (every invoice names itself or
its number), so a page of sums alone is not taken for an invoice."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from stdnum.eu import vat as eu_vat

from .numbers import detect_style, money_amounts
from .vocab import starts_with_label

TITLE, NUMBER_LABEL, FIELD_LABEL = 1.0, 0.75, 0.5
TAX_ID_CHECKED, TAX_ID_SHAPED = 0.5, 0.25
BALANCE = 1.0
THRESHOLD = 2.25
MAX_FIELD_LABELS = 4  # more labels of sums say no more than four do
HEAD_CHARS = 8000
MAX_AMOUNTS = 150  # pairs of amounts tried for a balance: the head's first amounts suffice
# VAT rates in use across Europe (standard, reduced, super-reduced; Iceland 11, Switzerland 2.6, 3.8, 8.1): a VAT this share of the net
_RATES = "2.6 3.8 4 5 5.5 6 7 8 8.1 9 9.5 10 11 12 13 13.5 14 15 16 17 18 19 20 21 22 23 24 25 25.5 27"
RATES = tuple(Decimal(r) for r in _RATES.split())
CENT = Decimal("0.01")

_FIELDS = ("invoice_date", "due_date", "net", "vat", "total", "amount_due")
_VAT_ID = re.compile(
    r"(?<![A-Z0-9])(?P<id>(?:AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI)"
    r"[ -]?[0-9A-Z](?:[ .-]?[0-9A-Z]){7,13})(?![0-9A-Z])"
)


def _starts_a_line(lines: list[str], fld: str) -> bool:
    return starts_with_label(lines, fld)


def _label_score(lines: list[str]) -> tuple[float, bool]:
    """The labels of number, dates and sums at the start of lines; and whether the number's is one."""
    number = _starts_a_line(lines, "invoice_number")
    fields = sum(_starts_a_line(lines, fld) for fld in _FIELDS)
    return NUMBER_LABEL * number + FIELD_LABEL * min(fields, MAX_FIELD_LABELS), number


def tax_id_score(text: str) -> float:
    """An EU VAT number printed: checked by its scheme's check digit, or only of its shape."""
    best = 0.0
    for m in _VAT_ID.finditer(text):
        compact = re.sub(r"[ .-]", "", m.group("id"))
        if _valid_vat(compact):
            return TAX_ID_CHECKED
        if any(ch.isdigit() for ch in compact[2:]):
            best = TAX_ID_SHAPED
    return best


@lru_cache(maxsize=256)
def _valid_vat(number: str) -> bool:
    try:
        return bool(eu_vat.is_valid(number))
    except Exception:  # noqa: BLE001 - stdnum raises its own errors for schemes it cannot check
        return False


def balances(text: str) -> bool:
    """Three printed amounts where net + VAT = total and the VAT is the net at a rate in use."""
    style = detect_style(text)
    values = [a.value for a in money_amounts(text, style)[:MAX_AMOUNTS] if a.value > 0]
    present = set(values)
    for net in set(values):
        for vat in present:
            if vat < net and net + vat in present and _at_a_rate(net, vat):
                return True
    return False


def _at_a_rate(net: Decimal, vat: Decimal) -> bool:
    return any(abs(net * r / 100 - vat) <= CENT for r in RATES)


def invoice_score(text: str, titled: bool, labelled: frozenset[str] | None = None) -> float:
    """How much of an invoice the document shows. Without a title or a number label in a known
    language, only what its content computes counts (`content_score`). `labelled`: the fields
    whose label starts a line of the head, where the caller has read them already (the number's
    and _FIELDS' at least)."""
    head = text[:HEAD_CHARS]
    if labelled is None:
        lines = [ln.strip() for ln in head.split("\n") if ln.strip()]
        label_score, numbered = _label_score(lines)
    else:
        numbered = "invoice_number" in labelled
        label_score = NUMBER_LABEL * numbered + FIELD_LABEL * min(sum(f in labelled for f in _FIELDS), MAX_FIELD_LABELS)
    if not (titled or numbered):
        return content_score(head)
    return TITLE * titled + label_score + tax_id_score(head) + BALANCE * balances(head)


# --------------------------------------------------------------------------------------------
# An invoice by its arithmetic, in any language

PRICED, RATED, SUMMED = 1.0, 0.5, 1.0
MIN_PRICED_LINES = 2  # lines of quantity × unit price = amount: one such line is any price list's
MAX_QUANTITY = 10_000
_QUANTITY = re.compile(r"(?<![\d.,])\d{1,5}(?![\d.,]\d)")
_RATE = re.compile(r"(?<![\d.,])(\d{1,2}(?:[.,]\d)?)\s?%")


def _priced(line: str, style) -> bool:
    """A quantity (2 or more) times an amount on the line is another amount on it."""
    # the quantities first: a line without one (most lines of prose) reads no amounts
    quantities = {q for m in _QUANTITY.finditer(line) if 2 <= (q := int(m.group())) < MAX_QUANTITY}
    if not quantities:
        return False
    amounts = {a.value for a in money_amounts(line, style)}
    return any(abs(q * p - a) <= CENT for q in quantities for p in amounts for a in amounts if a != p)


def _whole(v: Decimal) -> bool:
    return v == v.to_integral_value()


def _rated_vat(line: str, style) -> Decimal | None:
    """The tax on a line that prints a rate in use, its base and the tax: 'VSK 11 % af 214.200 23.562'.
    A currency without decimals rounds the tax to whole units."""
    rate = next((Decimal(m.group(1).replace(",", ".")) for m in _RATE.finditer(line)), None)
    if rate is None or rate not in RATES:
        return None
    amounts = [a.value for a in money_amounts(line, style) if a.value > 0]
    for base in amounts:
        for tax in amounts:
            exact = base * rate / 100
            if tax < base and (abs(exact - tax) <= CENT or (_whole(base) and _whole(tax) and abs(exact - tax) <= Decimal("0.5"))):
                return tax
    return None


def content_score(text: str) -> float:
    """What an invoice's arithmetic shows without a word of its language: priced lines, VAT at a
    printed rate on a printed base, a total that is some printed net plus those taxes; and a VAT id."""
    style = detect_style(text)
    lines = [ln for ln in text.split("\n") if ln.strip()]
    priced = sum(_priced(ln, style) for ln in lines) >= MIN_PRICED_LINES
    taxes = list(dict.fromkeys(t for ln in lines if (t := _rated_vat(ln, style)) is not None))
    values = {a.value for a in money_amounts(text, style)[:MAX_AMOUNTS] if a.value > 0}
    tax = sum(taxes, Decimal(0))
    summed = bool(taxes) and any(net + tax in values for net in values)
    return PRICED * priced + RATED * bool(taxes) + SUMMED * summed + tax_id_score(text)
