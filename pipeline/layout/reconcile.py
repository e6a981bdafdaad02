"""A table's claims against the total it states: a scan can read a rule or a speck left of an
amount as a leading '1' ('|38 750 kr' read as '138 750 kr'). Where dropping that digit from one
amount read less than certainly makes the rows add up to the stated total (from the one read
clearly least sure where several would), the digit was no part of it. A text layer prints every
digit, so its sums are left as printed (the checks flag them)."""

from __future__ import annotations

from decimal import Decimal

from ..ingest import IngestedDocument
from ..structure import Section
from .activities import cell_amount
from .tables import LayoutTable

# a reading less than certain may hold a speck or a rule's ink (OCR reads a stroke as a '1' with
# confidence as high as 0.95); a text layer's digits are printed, certain (1.0)
CERTAIN = 1.0
CLEARLY_LESS_SURE = 0.2  # where two amounts would fit, the one read this much less sure holds the speck
RULE_DIGITS = "1"  # what a vertical rule or a speck beside a number reads as


def stated_total(tables: list[LayoutTable]) -> Decimal | None:
    """The amount the activity tables' sum row states (the last, where a table states one per page)."""
    totals = [t.cell(row, "amount") for t in tables if t.role == "activities" for row in t.rows if row[0].is_total]
    texts = [c.text for c in totals if c is not None and c.text]
    return cell_amount(texts[-1]) if texts else None


def _without_lead_digit(value: Decimal) -> Decimal | None:
    digits = str(int(value))
    if len(digits) < 2 or digits[0] not in RULE_DIGITS or value != int(value):
        return None
    return Decimal(digits[1:])


def _lead_confidence(doc: IngestedDocument, sec: Section) -> float:
    """How sure the reading of the row's amount cell's first word is (1.0 printed in a text layer)."""
    cell = (sec.cells or {}).get("amount")
    if cell is None:
        return CERTAIN
    first = cell.text.split()[0] if cell.text.split() else ""
    return doc.pages[cell.page_no - 1].confidence(cell.start, cell.start + len(first) + 1)


def reconcile_with_total(doc: IngestedDocument, sections: list[Section], tables: list[LayoutTable]) -> None:
    """Drops a leading '1' from the amount, read less than certainly, that makes the rows add up
    to the table's stated total; where several would, from the one read clearly least sure."""
    total = stated_total(tables)
    claims = [s.amount for s in sections if s.amount is not None]
    if total is None or not claims:
        return
    excess = sum(claims, Decimal(0)) - total
    if excess <= 0:
        return
    fits = sorted(
        (
            (_lead_confidence(doc, s), k)
            for k, s in enumerate(sections)
            if s.amount is not None and _without_lead_digit(s.amount) == s.amount - excess
        ),
    )
    fits = [(c, k) for c, k in fits if c < CERTAIN]
    if fits and (len(fits) == 1 or fits[0][0] + CLEARLY_LESS_SURE <= fits[1][0]):
        sec = sections[fits[0][1]]
        sec.amount = sec.amount - excess if sec.amount is not None else None
