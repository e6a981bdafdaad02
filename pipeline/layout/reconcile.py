"""A table's claims against the total it states: a scan can read a rule or a speck left of an
amount as a leading '1' ('|38 750 kr' read as '138 750 kr'), or lose a faded leading digit
('6 400,00' read as '400,00'). Where mending that digit in one amount read less than certainly
makes the rows add up to the stated total (the one read clearly least sure where several
would), the digit was misread. A text layer prints every
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
GROUP_DIGITS = 3  # digits in a thousands group: a lost leading digit leaves whole groups
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


def _lead_digit_fits(value: Decimal, excess: Decimal) -> bool:
    """The rows sum `excess` off the total, and this amount explains it: it holds a leading '1'
    that was a rule or a speck (excess > 0), or it lost its leading digit to a faded print, a
    lone group of three where there were two (excess < 0: '6 400,00' read as '400,00')."""
    if excess > 0:
        return _without_lead_digit(value) == value - excess
    digits = len(str(int(value)))
    lost = -excess / Decimal(10) ** digits
    return digits % GROUP_DIGITS == 0 and lost == int(lost) and 1 <= lost <= 9


def _misread(doc: IngestedDocument, sections: list[Section], excess: Decimal) -> Section | None:
    """The one row whose amount, read less than certainly, explains the excess; of several, the
    one read clearly least sure; None where no row stands out."""
    fits = sorted(
        (_lead_confidence(doc, s), k) for k, s in enumerate(sections) if s.amount is not None and _lead_digit_fits(s.amount, excess)
    )
    fits = [(c, k) for c, k in fits if c < CERTAIN]
    if fits and (len(fits) == 1 or fits[0][0] + CLEARLY_LESS_SURE <= fits[1][0]):
        return sections[fits[0][1]]
    return None


def reconcile_with_total(doc: IngestedDocument, sections: list[Section], tables: list[LayoutTable]) -> None:
    """Mends the leading digit of the amount, read less than certainly, that keeps the rows from
    adding up to the table's stated total."""
    total = stated_total(tables)
    claims = [s.amount for s in sections if s.amount is not None]
    if total is None or not claims:
        return
    excess = sum(claims, Decimal(0)) - total
    sec = _misread(doc, sections, excess) if excess else None
    if sec is not None and sec.amount is not None:
        sec.amount -= excess
