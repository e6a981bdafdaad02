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
from .vocab import labels

TITLE, NUMBER_LABEL, FIELD_LABEL = 1.0, 0.75, 0.5
TAX_ID_CHECKED, TAX_ID_SHAPED = 0.5, 0.25
BALANCE = 1.0
THRESHOLD = 2.25
MAX_FIELD_LABELS = 4  # more labels of sums say no more than four do
HEAD_CHARS = 8000
MAX_AMOUNTS = 150  # pairs of amounts tried for a balance: the head's first amounts suffice
# VAT rates in use across Europe (standard, reduced, super-reduced): a VAT this share of the net
_RATES = "4 5 5.5 6 7 8 9 9.5 10 12 13 13.5 14 15 17 18 19 20 21 22 23 24 25 25.5 27"
RATES = tuple(Decimal(r) for r in _RATES.split())
CENT = Decimal("0.01")

_FIELDS = ("invoice_date", "due_date", "net", "vat", "total", "amount_due")
_VAT_ID = re.compile(
    r"(?<![A-Z0-9])(?P<id>(?:AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI)"
    r"[ -]?[0-9A-Z](?:[ .-]?[0-9A-Z]){7,13})(?![0-9A-Z])"
)


def _starts_a_line(lines: list[str], fld: str) -> bool:
    return any(m is not None and m.start() == 0 for ln in lines for lab in labels()[fld] for m in [lab.rx.match(ln)])


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


def invoice_score(text: str, titled: bool) -> float:
    """How much of an invoice the document shows; 0 without a title or a number label."""
    head = text[:HEAD_CHARS]
    lines = [ln.strip() for ln in head.split("\n") if ln.strip()]
    label_score, numbered = _label_score(lines)
    if not (titled or numbered):
        return 0.0
    return TITLE * titled + label_score + tax_id_score(head) + BALANCE * balances(head)
