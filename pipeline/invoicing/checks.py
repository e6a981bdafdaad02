"""The checks auditors run on invoices: VAT that does not add up, lines that do not add up to
the net, an invoice addressed to someone else, the same invoice under a slightly different number
or in two files, and an embedded e-invoice that says something else than the printed page."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from itertools import combinations

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from ..link import Linked
from .parties import legal_form

VAT_ROUNDING = Decimal("0.05")  # VAT rounded per line or per rate, and whole-krona totals
LINES_ROUNDING = Decimal("0.05")
NAME_SIMILARITY = 80  # below this a buyer's name is another organisation's
NAME_EDITS_PER = 6  # a municipality's name read with one slip per this many letters is still its name
NUMBER_SIMILARITY = 80  # invoice numbers this alike (after OCR confusions) are one invoice
# characters OCR and retyping confuse, mapped to one form
_CONFUSABLE = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "i": "1", "S": "5", "s": "5", "B": "8", "Z": "2", "z": "2", "G": "6"})

Add = Callable[..., None]
# finds near-duplicate invoices among the given documents and reports each pair through `add`
NearDuplicates = Callable[[list, Add], None]


def invoice_checks(L: Linked, add: Add, near_duplicates: NearDuplicates | None = None) -> None:
    invoices = [d for d in L.docs if d.invoice]
    for d in invoices:
        inv = d.invoice or {}  # every one has its invoice (above)
        _vat(inv, add)
        _lines(inv, d.invoice_lines, add)
        _einvoice(d, add)
    _not_addressed(L, add)
    (near_duplicates or near_duplicate_invoices)(invoices, add)


def _vat(inv: dict, add: Add) -> None:
    net, vat, total = inv.get("net_amount"), inv.get("vat_amount"), inv.get("total_amount")
    did, page = inv["doc_id"], inv.get("page")
    if net is not None and vat is not None and total is not None and abs(net + vat - total) > VAT_ROUNDING:
        add(
            did,
            None,
            "vat_mismatch",
            "warning",
            net + vat,
            total,
            f"Invoice {inv.get('invoice_number') or ''}: net {net} + VAT {vat} = {net + vat}, the invoice states a total of {total}.",
            page,
        )
    rate = inv.get("vat_rate")
    if rate is not None and net is not None and vat is not None:
        want = (net * Decimal(str(rate)) / 100).quantize(Decimal("0.01"))
        if abs(want - vat) > max(VAT_ROUNDING, abs(net) * Decimal("0.001")):
            add(
                did,
                None,
                "vat_mismatch",
                "warning",
                want,
                vat,
                f"Invoice {inv.get('invoice_number') or ''}: {rate:g} % of {net} is {want}, the invoice states VAT {vat}.",
                page,
            )


def _lines(inv: dict, lines: list[dict], add: Add) -> None:
    if not lines:
        return
    s = sum((ln["amount"] for ln in lines if ln.get("amount") is not None), Decimal(0))
    targets = [v for v in (inv.get("net_amount"), inv.get("total_amount")) if v is not None]
    if targets and all(abs(abs(s) - abs(t)) > LINES_ROUNDING for t in targets):
        add(
            inv["doc_id"],
            None,
            "line_items_mismatch",
            "warning",
            targets[0],
            s,
            f"Invoice {inv.get('invoice_number') or ''}: its {len(lines)} lines add up to {s}, the invoice states {targets[0]} net.",
            lines[0].get("page"),
        )


def _einvoice(d, add: Add) -> None:
    for f, printed, embedded in d.invoice.get("_einvoice_mismatch") or []:
        add(
            d.invoice["doc_id"],
            None,
            "einvoice_mismatch",
            "warning",
            embedded,
            printed,
            f"Invoice {d.invoice.get('invoice_number') or ''}: the embedded e-invoice says {f} = {embedded}, the "
            f"printed page says {printed}.",
            1,
        )


def _org_key(name: str | None) -> str:
    s = (name or "").casefold()
    s = re.sub(r"\b(kommun|kommuns|stad|municipality|region|förvaltning\w*|nämnd\w*)\b", " ", s)
    return re.sub(r"[^\w]+", " ", s).strip()


def addressed_to(municipality: str, buyer: str) -> bool:
    """The buyer is the municipality (or one of its offices). A company is its own legal person
    even where it carries the municipality's name (a municipal housing company, "Ljusdalshem AB"
    beside "Ljusdals kommun")."""
    if legal_form().search(buyer.strip()):
        return False
    name, words = _org_key(municipality).rstrip("s"), _org_key(buyer).split()
    n = len(name.split())
    windows = (" ".join(words[i : i + n]).rstrip("s") for i in range(len(words) - n + 1))
    # the name as whole words, an OCR slip or two allowed ("M0ra"), never a neighbour ("Orsa")
    return any(Levenshtein.distance(w, name) <= max(1, len(name) // NAME_EDITS_PER) for w in windows)


def _not_addressed(L: Linked, add: Add) -> None:
    """An invoice filed with a municipality's response but addressed to another organisation:
    reported on the response, at the activity the attachment list files the invoice under (as
    attachment_label_mismatch is)."""
    by_id = L.by_id()
    for file_id, (resp_id, att_id) in L.parent.items():
        f, resp = by_id.get(file_id), by_id.get(resp_id)
        if not f or not f.invoice or not resp:
            continue
        buyer, municipality = f.invoice.get("buyer_name"), resp.meta.get("municipality")
        if not buyer or not municipality or addressed_to(municipality, buyer):
            continue
        listed = next((a for a in L.attachments.get(resp_id, []) if a.get("file_doc_id") == file_id), None)
        add(
            resp_id,
            listed["activity_no"] if listed else None,
            "invoice_not_addressed",
            "warning",
            municipality,
            buyer,
            f"Invoice {f.invoice.get('invoice_number') or ''} (attachment {att_id or '?'}) is addressed to "
            f"“{buyer}”, not to {municipality}.",
            listed["page"] if listed else None,
        )


def number_key(number: str | None) -> str:
    """An invoice number without its formatting and with OCR's look-alikes made one."""
    return re.sub(r"[^0-9A-Za-z]", "", (number or "")).translate(_CONFUSABLE).upper()


def near_duplicate_invoices(invoices: list, add: Add) -> None:
    """Each pair of invoices with the same supplier, amount and (formatting aside) number."""
    for a, b in combinations(invoices, 2):
        ia, ib = a.invoice, b.invoice
        if ia.get("total_amount") is None or ia.get("total_amount") != ib.get("total_amount"):
            continue
        sa, sb = ia.get("supplier_org_no") or ia.get("supplier_name"), ib.get("supplier_org_no") or ib.get("supplier_name")
        if not sa or not sb or fuzz.ratio(str(sa).casefold(), str(sb).casefold()) < NAME_SIMILARITY:
            continue
        na, nb = ia.get("invoice_number"), ib.get("invoice_number")
        ka, kb = number_key(na), number_key(nb)
        if not ka or not kb or (na != nb and fuzz.ratio(ka, kb) < NUMBER_SIMILARITY):
            continue
        why = "the same invoice number" if na == nb else f"numbers {na} and {nb} that differ only in formatting"
        add(
            b.invoice["doc_id"],
            None,
            "near_duplicate_invoice",
            "warning",
            na,
            nb,
            f"Invoices in {a.ingested.source_path} and {b.ingested.source_path}: same supplier and amount {ia['total_amount']}, {why}.",
            ib.get("page"),
        )
