"""A digit OCR misread in an amount, found by the response's own arithmetic.

A faxed or poorly scanned page loses a digit's thin strokes: tesseract reads '126,000' as
'126,060', and the stated total ('Totalt gäller återkravet SEK 461,500.50') no longer matches the
activities' claims. When one digit of one amount read by OCR, replaced by a digit it is commonly
confused with, makes every stated total match again, and that reading is the least sure of the
ones that could explain the difference, the page is read with that digit: same length, so every
offset stays, and the repaired amount's confidence is lowered so that it is flagged for review.
The document is then structured and extracted again from the corrected page. A text layer is
never changed; nor is anything when two readings explain the difference equally well."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .check import TOLERANCE, _stated_totals
from .swedish import find_money

# digits tesseract reads for one another where a stroke is thin or broken
CONFUSABLE = {"0": "689", "6": "058", "8": "0369", "9": "08", "3": "8", "5": "6", "1": "7", "7": "1"}
REREAD_CONFIDENCE = 0.5  # a repaired amount's characters: sure enough to use, not to trust unread
CONFIDENCE_MARGIN = 0.03  # the repaired reading is less sure than every other explanation by this


@dataclass
class _Reading:
    """One way to make the sums agree: `text` read with `digit` at page offset `at`."""

    page: Any  # PageText
    at: int
    digit: str
    start: int
    end: int

    @property
    def confidence(self) -> float:
        return float(self.page.confidence(self.start, self.end))


def reconciled(ed: Any) -> Any:
    """`ed`, or the document extracted again with one misread digit repaired."""
    reading = _the_misread_digit(ed)
    if reading is None:
        return ed
    from .extract import extract
    from .structure import structure

    reading.page.reread(reading.at, reading.digit)
    reading.page.doubt(reading.start, reading.end, REREAD_CONFIDENCE)
    return extract(structure(ed.ingested))


def _the_misread_digit(ed: Any) -> _Reading | None:
    if ed.kind != "response" or not ed.activities or any(a.claimed is None for a in ed.activities):
        return None
    totals = _stated_totals(ed)
    claimed = sum((a.claimed for a in ed.activities), Decimal(0))
    if not totals or _agrees(totals, claimed, _repaid(ed.activities)):
        return None
    found = [*_claim_readings(ed, totals, claimed), *_total_readings(ed, totals, claimed)]
    if not found:
        return None
    found.sort(key=lambda r: r.confidence)
    if len(found) > 1 and found[1].confidence - found[0].confidence < CONFIDENCE_MARGIN:
        return None  # two readings explain it as well: leave both as read
    return found[0]


def _repaid(activities: list[Any], misread: Any = None, value: Decimal | None = None) -> Decimal:
    """What the accepted activities repay; with `misread`'s claim read as `value` (a full
    acceptance repays the claim as read)."""
    total = Decimal(0)
    for b in activities:
        if not (b.position or "").startswith("accepts") or b.repayment is None:
            continue
        total += value if b is misread and value is not None and b.repayment == b.claimed else b.repayment
    return total


def _agrees(totals: list[dict], claimed: Decimal, repaid: Decimal) -> bool:
    """Does every stated total match the claims, the repayments or what is kept (as check.py)?"""
    known = (claimed, repaid, claimed - repaid)
    return all(any(abs(t["value"] - k) <= TOLERANCE for k in known) for t in totals)


def _claim_readings(ed: Any, totals: list[dict], claimed: Decimal) -> Iterator[_Reading]:
    """Each claim read on an OCR page, read with one digit changed so that the totals agree."""
    for a in ed.activities:
        for row in _ocr_mentions(ed, a.claimed, a.number):
            for reading, value in _alternatives(ed, row):
                if _agrees(totals, claimed - a.claimed + value, _repaid(ed.activities, a, value)):
                    yield reading


def _total_readings(ed: Any, totals: list[dict], claimed: Decimal) -> Iterator[_Reading]:
    """Each stated total read on an OCR page, read with one digit changed so that it agrees."""
    repaid = _repaid(ed.activities)
    for t in totals:
        if _page_of(ed, t) is None:
            continue
        for reading, value in _alternatives(ed, t):
            if _agrees([{**u, "value": value} if u is t else u for u in totals], claimed, repaid):
                yield reading


def _ocr_mentions(ed: Any, value: Decimal, activity_no: str) -> list[dict]:
    return [m for m in ed.money if m["activity_no"] == activity_no and m["value"] == value and _page_of(ed, m) is not None]


def _page_of(ed: Any, row: dict) -> Any:
    """The OCR page a money row was read on, None for a text layer or a table cell."""
    page = next((p for p in ed.ingested.pages if p.page_no == row["page"]), None)
    return page if page is not None and page.source == "ocr" and row.get("char_start") is not None else None


def _alternatives(ed: Any, row: dict) -> Iterator[tuple[_Reading, Decimal]]:
    """The row's amount with one digit read as a digit it is confused with: its reading and value."""
    page = _page_of(ed, row)
    start, end = row["char_start"], row["char_end"]
    raw = page.text[start:end]
    for i, ch in enumerate(raw):
        for digit in CONFUSABLE.get(ch, ""):
            found = find_money(raw[:i] + digit + raw[i + 1 :], money_context=True)
            if len(found) == 1 and found[0].value != row["value"]:
                yield _Reading(page, start + i, digit, start, end), found[0].value
