"""Payment tables in a response: grants paid on to third parties, in columns. The header names a
recipient column ("Mottagare", "Förening", …) and columns for the date, the amount and perhaps a
reference, in any order ("Förening | Utbetalt | Belopp", "Datum | Mottagare | Belopp (kr)").
Each other cell is read for what it holds (a date, an amount, a reference), not for its header's
wording, since "Utbetalt" heads dates in one table and amounts in the next; a header in thousands
("Belopp (tkr)") scales the bare numbers under it."""

from __future__ import annotations

import re
from decimal import Decimal

from .ingest import IngestedDocument
from .structure import _TOTAL_ROW, GrantPayment, Segment, _header_unit, column_of, segments
from .swedish import find_dates, find_money, parse_amount

_RECIPIENT = (
    r"(mottagare|bidragsmottagare|förening(en)?|föreningens namn|organisation|utförare|leverantör|"
    r"betalningsmottagare|namn)"
)
_RECIPIENT_HEAD = re.compile(rf"^{_RECIPIENT}(\s*/\s*\w+)?$", re.I)
_RECIPIENT_WORD = re.compile(rf"(?im)\b{_RECIPIENT}\b")
# a column naming the voucher or the payment's serial number: its cells are the reference
_REFERENCE_WORDS = r"bidnr|referens|ref\.?|dnr|ärende\w*|verifikation\w*|ver\.?\s*nr|löpnr|löpnummer|nr"
# a column saying what the money was for: its cells are the description
_PURPOSE_HEAD = re.compile(r"^(syfte|ändamål|avser|aktivitet|beskrivning|insats|verksamhet)$", re.I)
_REFERENCE_HEAD = re.compile(rf"^({_REFERENCE_WORDS})$", re.I)
_PAYMENT_HEAD = re.compile(
    r"^(utbetal\w*|utbetald\w*( den)?|summa|belopp|datum|kr|sek|bidrag\w*|betal\w*|beviljat\w*|"
    rf"{_REFERENCE_WORDS})(\s*\((kr|sek|tkr|kronor)\))?$",
    re.I,
)


def _header(head: list[Segment]) -> int | None:
    """The recipient column of a payment table's header row, or None for any other row."""
    if len(head) < 3 and not (len(head) == 2 and _RECIPIENT_HEAD.match(head[0].text.strip())):
        return None
    recipient = [k for k, s in enumerate(head) if _RECIPIENT_HEAD.match(s.text.strip())]
    if len(recipient) != 1:
        return None
    others = [s.text.strip() for k, s in enumerate(head) if k != recipient[0]]
    return recipient[0] if all(_PAYMENT_HEAD.match(s) or _PURPOSE_HEAD.match(s) for s in others) else None


Payment = tuple[str, object, Decimal | None, str, str]  # recipient, date, amount, reference, description


def _row(segs: list[Segment], head: list[Segment], rcol: int, scale: Decimal) -> Payment | None:
    """(recipient, date, amount, reference, description) of a body row, or None where the table
    ends. A cell under a voucher or purpose header is that; any other is read for what it holds."""
    cells: dict[str, str] = {}
    rest: list[Segment] = []
    for seg in segs:
        col = column_of(head, seg)
        header = head[col].text.strip()
        role = (
            "recipient"
            if col == rcol
            else "reference"
            if _REFERENCE_HEAD.match(header)
            else "purpose"
            if _PURPOSE_HEAD.match(header)
            else None
        )
        if role and role not in cells:
            cells[role] = seg.text.strip()
        else:
            rest.append(seg)
    date, amount, other = _read_cells(rest, scale)
    if "recipient" not in cells or (date is None and amount is None):
        return None
    return cells["recipient"], date, amount, cells.get("reference", other), cells.get("purpose", "")


def _read_cells(segs: list[Segment], scale: Decimal) -> tuple[object, Decimal | None, str]:
    """A row's other cells by what they hold: (date, amount, the first other text)."""
    date, amount, reference = None, None, ""
    for seg in segs:
        text = seg.text.strip()
        ds = find_dates(text)
        if ds and date is None and ds[0].end - ds[0].start >= len(text) - 2:
            date = ds[0].value
        elif (bare := parse_amount(text)) is not None and amount is None:
            amount = bare * scale
        elif (ms := find_money(text, money_context=True)) and amount is None:
            amount = ms[0].value
        else:
            reference = reference or text
    return date, amount, reference


def find_payment_tables(doc: IngestedDocument, section_of) -> tuple[list[GrantPayment], dict[tuple[int, int], Decimal]]:
    out: list[GrantPayment] = []
    used: dict[tuple[int, int], Decimal] = {}  # (page, line) -> what a bare number in the row counts
    for page in doc.pages:
        if not _RECIPIENT_WORD.search(page.text):
            continue  # word boxes only where a header could be
        rows = segments(page)
        for i, head in enumerate(rows):
            rcol = _header(head)
            if rcol is None:
                continue
            scale = max(_header_unit(s.text) for s in head)  # "Belopp (tkr)"
            for segs in rows[i + 1 :]:
                if len(segs) < 2 or _TOTAL_ROW.match(segs[0].text):
                    break
                row = _row(segs, head, rcol, scale)
                if row is None:
                    break
                recipient, date, amount, reference, purpose = row
                sec = section_of(page.page_no, segs[0].start)
                out.append(
                    GrantPayment(
                        sec.number if sec else None,
                        reference,
                        date,
                        recipient,
                        purpose,
                        amount,
                        page.page_no,
                        len(out),
                    )
                )
                used[(page.page_no, segs[0].line)] = scale
    return out, used
