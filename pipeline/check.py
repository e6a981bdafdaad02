"""Check: what does not add up, for an auditor. Reads the linked documents, writes findings."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Protocol

from rapidfuzz import fuzz

from .confidence_checks import unsure_column, weak_claims, weak_readings
from .invoicing.checks import NearDuplicates, invoice_checks
from .link import Linked, decimal_sum, grant_years_of, same_attachment_id

if TYPE_CHECKING:
    from .extract import ActivityFacts, ExtractedDocument
    from .structure import Section, SummaryRow, TocEntry

TOLERANCE = Decimal("1.00")
INVOICE_TYPES = ("invoice", "internal_invoice", "payment_notice")  # kronor: rounding in a municipality's ledger


def _title_key(s: str | None) -> str:
    s = unicodedata.normalize("NFC", s or "").casefold()
    return re.sub(r"[\s\-–—.,:;]+", "", s)


def _kr(v: Decimal | None) -> str:
    if v is None:
        return ""
    q = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return f"{q} kr"


class Add(Protocol):
    """Records one finding: a `checks` row (expected and actual are written as text)."""

    def __call__(
        self,
        doc_id: str | None,
        activity: str | None,
        code: str,
        severity: str,
        expected: object,
        actual: object,
        message: str,
        page: int | None,
    ) -> None: ...


Docs = dict[str, "ExtractedDocument"]


def checks(L: Linked, near_duplicates: NearDuplicates | None = None) -> list[dict]:
    """The findings over linked documents. `near_duplicates` finds invoices filed twice (default:
    among L's documents; a run that checks one case at a time passes the corpus-wide finder)."""
    out: list[dict] = []

    def add(
        doc_id: str | None,
        activity: str | None,
        code: str,
        severity: str,
        expected: object,
        actual: object,
        message: str,
        page: int | None,
    ) -> None:
        out.append(
            dict(
                doc_id=doc_id,
                activity_no=activity,
                check=code,
                severity=severity,
                expected=None if expected is None else str(expected),
                actual=None if actual is None else str(actual),
                message=message,
                page=page,
                _order=len(out),
            )
        )

    docs = L.by_id()
    for d in L.docs:
        if d.kind != "response":
            continue
        for response_check in _RESPONSE_CHECKS:  # in this order: findings keep their order
            response_check(L, d, add, docs)
    invoice_checks(L, add, near_duplicates)  # per invoice: VAT, lines, addressee, near duplicates, e-invoice
    from .bundle import review_checks

    for r in review_checks(L.docs):  # a bundle's part whose boundary is in doubt
        add(*(r[k] for k in ("doc_id", "activity_no", "check", "severity", "expected", "actual", "message", "page")))
    return out


def _toc_title_mismatch(rid: str, sec: Section, e: TocEntry, add: Add) -> None:
    if _title_key(e.title) != _title_key(sec.title):
        add(
            rid,
            sec.number,
            "toc_title_mismatch",
            "warning",
            e.title,
            sec.title,
            f"Activity {sec.number}: the table of contents says “{e.title}”, the heading on page "
            f"{sec.page_start} says “{sec.title}” (similarity {fuzz.ratio(e.title, sec.title):.0f}%).",
            sec.page_start,
        )


def _toc_page_mismatch(rid: str, sec: Section, e: TocEntry, add: Add) -> None:
    if e.page and e.page != sec.page_start:
        add(
            rid,
            sec.number,
            "toc_page_mismatch",
            "warning",
            e.page,
            sec.page_start,
            f"Activity {sec.number}: listed on page {e.page}, its heading is on page {sec.page_start}.",
            sec.page_start,
        )


def _toc_amount_mismatch(rid: str, sec: Section, e: TocEntry, add: Add) -> None:
    if e.amount is not None and sec.amount is not None and e.amount != sec.amount:
        add(
            rid,
            sec.number,
            "toc_amount_mismatch",
            "error",
            e.amount,
            sec.amount,
            f"Activity {sec.number}: {_kr(e.amount)} in the table of contents, {_kr(sec.amount)} in the heading "
            f"(difference {_kr(sec.amount - e.amount)}).",
            sec.page_start,
        )


_SECTION_TOC_CHECKS: list[Callable[[str, Section, TocEntry, Add], None]] = [_toc_title_mismatch, _toc_page_mismatch, _toc_amount_mismatch]


def _section_toc_checks(L: Linked, resp: ExtractedDocument, add: Add, docs: Docs) -> None:
    """Each activity's heading against its table-of-contents entry."""
    rid = resp.ingested.doc_id
    for sec in resp.structured.sections:
        if sec.toc is None:
            continue
        for section_check in _SECTION_TOC_CHECKS:
            section_check(rid, sec, sec.toc, add)


def _unnumbered_toc_page_mismatch(L: Linked, resp: ExtractedDocument, add: Add, docs: Docs) -> None:
    """A contents entry that is no activity (e.g. the attachment list), found on another page."""
    rid = resp.ingested.doc_id
    for e in resp.structured.toc:
        if e.number is None and e.page and e.found_page and e.page != e.found_page:
            add(
                rid,
                None,
                "toc_page_mismatch",
                "warning",
                e.page,
                e.found_page,
                f"“{e.title}”: listed on page {e.page}, found on page {e.found_page}.",
                e.found_page,
            )


def _stated_total_mismatch(L: Linked, resp: ExtractedDocument, add: Add, docs: Docs) -> None:
    """A total in kronor the text states for the whole response, against the activities' sums.
    Like for like only: an amount that is one activity's own, or that adds up with the other
    amounts its page states to a known total, is no total of the whole; and where an activity's
    claim was read with low confidence the sum is in doubt, so the mismatch is noted, not found."""
    if not resp.activities or any(a.claimed is None for a in resp.activities):
        return  # none, or an activity's claim was not read: the items' sum is incomplete, not wrong
    rid = resp.ingested.doc_id
    claimed = decimal_sum(a.claimed for a in resp.activities)
    repaid = decimal_sum(a.repayment for a in resp.activities if a.position.startswith("accepts"))
    known = {claimed, repaid, claimed - repaid}
    weak = weak_claims(resp)
    severity, doubt = ("info", f" The claims of activities {', '.join(weak)} were read with low confidence.") if weak else ("error", "")
    for m in _unexplained_totals(resp, known):
        add(
            rid,
            None,
            "stated_total_mismatch",
            severity,
            claimed,
            m["value"],
            f"The text states a total of {_kr(m['value'])} (page {m['page']}); the activities add up to "
            f"{_kr(claimed)} claimed, {_kr(repaid)} accepted (off by {_kr(m['value'] - claimed)}).{doubt}",
            m["page"],
        )


def _near(value: Decimal, known: set[Decimal]) -> bool:
    return any(abs(value - k) <= TOLERANCE for k in known)


def _unexplained_totals(resp: ExtractedDocument, known: set[Decimal]) -> list[dict]:
    """The stated totals that neither match a known total, nor are one activity's own amount, nor
    add up with the page's other stated amounts to a known total ("24 600 kronor för aktivitet 6
    och 14 000 kronor för aktivitet 5")."""
    own = {v for a in resp.activities for v in (a.claimed, a.repayment) if v is not None}
    stated = _stated_totals(resp)
    by_page: dict[int, Decimal] = defaultdict(Decimal)
    for m in stated:
        by_page[m["page"]] += m["value"]
    return [m for m in stated if not _near(m["value"], known) and not _near(m["value"], own) and not _near(by_page[m["page"]], known)]


def _stated_totals(resp: ExtractedDocument) -> list[dict]:
    """The response's money mentions in kronor that are totals of no one activity."""
    return [m for m in resp.money if m["role"] == "total" and m["activity_no"] is None and m["currency"] == "SEK"]


def _summary_table_mismatch(L: Linked, resp: ExtractedDocument, add: Add, docs: Docs) -> None:
    _summary_table_checks(resp, add)


def _unresolved_reference(L: Linked, resp: ExtractedDocument, add: Add, docs: Docs) -> None:
    rid = resp.ingested.doc_id
    for r in L.refs.get(rid, []):
        if not r["resolved"]:
            add(
                rid,
                r["activity_no"],
                "unresolved_reference",
                "warning",
                None,
                r["attachment_id"],
                f"“{r['ref_text']}” refers to attachment {r['attachment_id']}, which is not in the attachment list.",
                r["page"],
            )


def _unreferenced_attachment(a: dict, referenced: set, rid: str, add: Add, docs: Docs) -> None:
    if not any(same_attachment_id(a["attachment_id"], x) for x in referenced):
        add(
            rid,
            a["activity_no"],
            "unreferenced_attachment",
            "warning",
            None,
            a["attachment_id"],
            f"Attachment {a['attachment_id']} ({a['filename']}) is listed but never referred to in the text.",
            a["page"],
        )


def _attachment_file(a: dict, referenced: set, rid: str, add: Add, docs: Docs) -> None:
    """attachment_file_missing, or attachment_label_mismatch against the file supplied."""
    if a["file_doc_id"] is None:
        add(
            rid,
            a["activity_no"],
            "attachment_file_missing",
            "info",
            a["filename"],
            None,
            f"Attachment {a['attachment_id']} ({a['filename']}) is listed but no file for it was supplied.",
            a["page"],
        )
        return
    f = docs.get(a["file_doc_id"])
    inv = f.invoice if f else None
    if inv and a["invoice_number"] and inv.get("invoice_number") and inv["invoice_number"] != a["invoice_number"]:
        add(
            rid,
            a["activity_no"],
            "attachment_label_mismatch",
            "warning",
            a["invoice_number"],
            inv["invoice_number"],
            f"Attachment {a['attachment_id']} is listed as invoice {a['invoice_number']}, the file is invoice {inv['invoice_number']}.",
            a["page"],
        )
    elif inv and a["doc_type"] in _NOT_INVOICES:
        # listed as a payslip or an agreement, the file is an invoice: the wrong file attached
        add(
            rid,
            a["activity_no"],
            "attachment_label_mismatch",
            "warning",
            a["doc_type"],
            "invoice",
            f"Attachment {a['attachment_id']} is listed as {a['label']!r} ({a['doc_type']}), the file is "
            f"invoice {inv.get('invoice_number') or '(no number)'}.",
            a["page"],
        )


_ATTACHMENT_CHECKS: list[Callable[[dict, set, str, Add, Docs], None]] = [_unreferenced_attachment, _attachment_file]


def _attachment_checks(L: Linked, resp: ExtractedDocument, add: Add, docs: Docs) -> None:
    """Each listed attachment: referred to in the text, supplied, the file it says it is."""
    rid = resp.ingested.doc_id
    referenced = {r["attachment_id"] for r in L.refs.get(rid, [])}
    for a in L.attachments.get(rid, []):
        for attachment_check in _ATTACHMENT_CHECKS:
            attachment_check(a, referenced, rid, add, docs)


def _invoices_behind_activities(L: Linked, resp: ExtractedDocument, add: Add, docs: Docs) -> None:
    _invoice_checks(L, resp, L.attachments.get(resp.ingested.doc_id, []), add, docs)


# one function per check code (or per family of codes), run in this order for each response
_RESPONSE_CHECKS: list[Callable[[Linked, ExtractedDocument, Add, Docs], None]] = [
    _section_toc_checks,
    _unnumbered_toc_page_mismatch,
    _stated_total_mismatch,
    _summary_table_mismatch,
    _unresolved_reference,
    _attachment_checks,
    _invoices_behind_activities,
]


_NOT_INVOICES = {"payslip", "agreement", "participant_list", "agenda", "decision", "report"}


def _summary_table_checks(resp: ExtractedDocument, add: Add) -> None:
    """A summary table's rows against the activities, and its total row against its rows."""
    rid = resp.ingested.doc_id
    acts = {a.number: a for a in resp.activities}
    weak = weak_readings(resp)
    earlier: list[SummaryRow] = []  # rows of the table's parts on earlier pages, before any total
    for t in resp.structured.summary_tables:
        items = [r for r in t.rows if not r.is_total]
        for r in items:
            a = acts.get(r.activity_no or "")
            if a is not None:
                _summary_row_mismatch(rid, r, a, add, weak)
        totals = [x for x in t.rows if x.is_total]
        if not totals:
            earlier += items  # a part without a total: the table goes on, its total comes later
            continue
        whole, earlier = earlier + items, []
        if continued_fragment(whole, [a.number for a in resp.activities]):
            continue  # the rows above the total stand on an earlier page: they are not all here
        for r in totals:
            _summary_total_mismatch(rid, r, whole, add)


def continued_fragment(items: list[SummaryRow], activity_numbers: list[str]) -> bool:
    """A table's part on a later page: its numbered rows miss the first activity."""
    numbered = {r.activity_no for r in items if r.activity_no}
    return bool(numbered and activity_numbers) and activity_numbers[0] not in numbered


def _summary_expected(a: ActivityFacts) -> dict[str, Decimal | None]:
    """What a summary table's columns should say for this activity, from its own section."""
    return {
        "claimed": a.claimed,
        "accepted": a.repayment if a.position.startswith("accepts") else Decimal(0),
        "disputed": (a.claimed - (a.repayment or 0)) if a.claimed is not None and a.position != "unclear" else None,
    }


def _summary_row_mismatch(rid: str, r: SummaryRow, a: ActivityFacts, add: Add, weak: dict[str, set[str]]) -> None:
    """A row against the activity's own section; where the section's value was read uncertainly
    (a default position, a guessed repayment) the difference is told as info, not a finding."""
    expected = _summary_expected(a)
    for col, value in r.amounts.items():
        want = expected.get(col)
        if value is None or want is None or abs(value - want) <= TOLERANCE:
            continue
        unsure = unsure_column(weak, a.number, col)
        add(
            rid,
            a.number,
            "summary_table_mismatch",
            "info" if unsure else "error",
            want,
            value,
            f"Summary table on page {r.page}: activity {a.number} has {_kr(value)} under “{col}”, the activity section gives {_kr(want)}."
            + (" The section's value was read with low confidence." if unsure else ""),
            r.page,
        )


def _column_read(col: str, items: list[SummaryRow]) -> bool:
    """Whether a column's cells were read well enough to sum: every claim (each reclaimed activity
    has one, so a blank is a cell not read), and at least half of any other column's cells."""
    unread = sum(1 for x in items if x.amounts.get(col) is None)
    return unread == 0 if col == "claimed" else unread * 2 <= len(items)


def _summary_total_mismatch(rid: str, r: SummaryRow, items: list[SummaryRow], add: Add) -> None:
    for col, value in r.amounts.items():
        if not _column_read(col, items):
            continue  # a reading failure, not a finding: the activities' own sums are still checked
        column_sum = decimal_sum(x.amounts.get(col) for x in items)
        if value is not None and items and abs(value - column_sum) > TOLERANCE:
            add(
                rid,
                None,
                "summary_table_mismatch",
                "error",
                column_sum,
                value,
                f"Summary table on page {r.page}: the total row says {_kr(value)} under “{col}”, its rows add "
                f"up to {_kr(column_sum)} (off by {_kr(value - column_sum)}).",
                r.page,
            )


def _invoice_checks(L: Linked, resp: ExtractedDocument, rows: list[dict], add: Add, docs: Docs) -> None:
    rid = resp.ingested.doc_id
    links = [x for x in L.activity_invoices if x["doc_id"] == rid]
    _invoice_behind_two_activities(rid, links, add, docs)
    _invoice_filed_twice(rid, rows, add, docs)
    # claimed amount against the invoices that back it
    years = grant_years_of(resp)
    for act in resp.activities:
        _invoice_sum_mismatch(rid, act, rows, add, docs)
    if years:
        _invoice_outside_period(rid, links, years, add)


def _invoice_behind_two_activities(rid: str, links: list[dict], add: Add, docs: Docs) -> None:
    """duplicate_invoice: one invoice (by supplier and number) behind two activities."""
    seen: dict[tuple, list[dict]] = defaultdict(list)
    for x in links:
        f = docs.get(x["invoice_doc_id"]) if x["invoice_doc_id"] else None
        supplier = (f.invoice or {}).get("supplier_org_no") if f else None
        seen[(supplier, x["invoice_number"])].append(x)
    for (_, number), xs in seen.items():
        acts = sorted({x["activity_no"] or "" for x in xs})
        if len(acts) > 1:
            add(
                rid,
                xs[0]["activity_no"],
                "duplicate_invoice",
                "warning",
                None,
                number,
                f"Invoice {number} backs activities {', '.join(acts)}.",
                None,
            )


def _invoice_filed_twice(rid: str, rows: list[dict], add: Add, docs: Docs) -> None:
    """duplicate_invoice: one invoice behind two attachments that are both invoices."""
    by_number: dict[str, list[dict]] = defaultdict(list)
    for a in rows:
        if a["doc_type"] in INVOICE_TYPES:
            f = docs.get(a["file_doc_id"]) if a["file_doc_id"] else None
            number = (f.invoice or {}).get("invoice_number") if f else a["invoice_number"]
            if number:
                by_number[number].append(a)
    for number, items in by_number.items():
        if len(items) > 1:
            ids = ", ".join(a["attachment_id"] for a in items)
            add(
                rid,
                items[0]["activity_no"],
                "duplicate_invoice",
                "warning",
                None,
                number,
                f"Invoice {number} is filed as attachments {ids}.",
                items[0]["page"],
            )


def _all_invoices_filed(activity_no: str, rows: list[dict], docs: Docs) -> list[dict]:
    """The invoices read from the files of the activity's invoice attachments; none unless every
    one of them has its file, read as an invoice (a sum over some of them proves nothing)."""
    inv_rows = [a for a in rows if a["activity_no"] == activity_no and a["doc_type"] in INVOICE_TYPES]
    files = [docs.get(a["file_doc_id"] or "") for a in inv_rows]
    invs = [f.invoice for f in files if f is not None and f.invoice]
    return invs if len(invs) == len(inv_rows) else []


def _invoice_sum_not_compared(rid: str, act: ActivityFacts, claimed: Decimal, currencies: set[str], add: Add) -> None:
    add(
        rid,
        act.number,
        "invoice_sum_mismatch",
        "info",
        claimed,
        None,
        f"Activity {act.number}: its invoices are in {', '.join(sorted(currencies))}; the sum is not compared "
        f"with the claimed {_kr(claimed)} without an exchange rate.",
        act.page_start,
    )


def _invoice_sum_mismatch(rid: str, act: ActivityFacts, rows: list[dict], add: Add, docs: Docs) -> None:
    """An activity's claimed amount against the invoices filed for it, net or with VAT."""
    invs = _all_invoices_filed(act.number, rows, docs)
    if not invs or act.claimed is None:
        return
    currencies = {i.get("currency") or "SEK" for i in invs}
    if currencies != {"SEK"}:
        _invoice_sum_not_compared(rid, act, act.claimed, currencies, add)
        return
    net = decimal_sum(i.get("net_amount") for i in invs)
    gross = decimal_sum(i.get("total_amount") for i in invs)
    if abs(net - act.claimed) <= TOLERANCE or abs(gross - act.claimed) <= TOLERANCE:
        return
    add(
        rid,
        act.number,
        "invoice_sum_mismatch",
        "warning",
        act.claimed,
        net,
        f"Activity {act.number} claims {_kr(act.claimed)}; its {len(invs)} invoice(s) add up to {_kr(net)} net "
        f"(off by {_kr(net - act.claimed)}) and {_kr(gross)} with VAT (off by {_kr(gross - act.claimed)}).",
        act.page_start,
    )


def _invoice_outside_period(rid: str, links: list[dict], years: tuple[int, int], add: Add) -> None:
    first, last = years
    period = f"year {first}" if first == last else f"period {first}–{last}"
    for x in links:
        d = x["invoice_date"]
        if d is not None and not first <= d.year <= last:
            add(
                rid,
                x["activity_no"],
                "invoice_outside_period",
                "warning",
                period.split()[1],
                d.isoformat(),
                f"Invoice {x['invoice_number']} is dated {d.isoformat()}, outside the grant {period}.",
                None,
            )
