"""Structured e-invoices: the XML a Factur-X / ZUGFeRD / XRechnung PDF carries (UN/CEFACT CII),
and PEPPOL BIS Billing 3 / Svefaktura files (UBL), read to the invoice row, lines and VAT per rate.

Elements are found by local name, so every version's namespaces read alike (ZUGFeRD 1's
HeaderExchangedDocument included). Amounts stay Decimal from the XML text."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

# names under which PDFs embed the invoice XML
EMBEDDED_NAMES = re.compile(r"(?i)^(factur-x|zugferd-invoice|xrechnung|ZUGFeRD-invoice|order-x)\.xml$|\.xml$")
CREDIT_NOTE_CODES = {"381", "396", "261", "262", "532"}  # UNTDID 1001 credit note types
_ROOTS = ("CrossIndustryInvoice", "CrossIndustryDocument", "Invoice", "CreditNote")
MAX_XML_BYTES = 5_000_000


@dataclass
class EInvoice:
    row: dict
    lines: list[dict] = field(default_factory=list)
    vat: list[dict] = field(default_factory=list)
    syntax: str = ""  # cii or ubl


def is_einvoice_xml(data: bytes) -> bool:
    head = data[:4000].decode("utf-8", "ignore")
    return bool(re.search(r"<(?:\w+:)?(?:" + "|".join(_ROOTS) + r")[\s>]", head)) and (
        "urn:oasis:names:specification:ubl" in head or "CrossIndustry" in head
    )


def embedded_xml(pdf) -> bytes | None:
    """The invoice XML a PDF (pypdfium2 document) carries as an attachment, if any."""
    try:
        n = pdf.count_attachments()
    except Exception:  # noqa: BLE001 - a PDF without an attachment tree
        return None
    for i in range(n):
        att = pdf.get_attachment(i)
        name = att.get_name()
        if not EMBEDDED_NAMES.search(name or ""):
            continue
        data = bytes(att.get_data())
        if len(data) < MAX_XML_BYTES and is_einvoice_xml(data):
            return data
    return None


def _either(a, b):
    """`a` unless None (an XML element with no children and Decimal 0 are falsy, not missing)."""
    return b if a is None else a


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _find(el: ET.Element | None, *path: str) -> ET.Element | None:
    """The first descendant reached through the local names in `path` (each at any depth)."""
    for name in path:
        if el is None:
            return None
        el = next((e for e in el.iter() if _local(e.tag) == name and e is not el), None)
    return el


def _children(el: ET.Element | None, name: str) -> list[ET.Element]:
    return [] if el is None else [e for e in el if _local(e.tag) == name]


def _text(el: ET.Element | None, *path: str) -> str | None:
    e = _find(el, *path) if path else el
    return e.text.strip() if e is not None and e.text and e.text.strip() else None


def _dec(el: ET.Element | None, *path: str) -> Decimal | None:
    t = _text(el, *path)
    try:
        return Decimal(t) if t is not None else None
    except InvalidOperation:
        return None


def _money(v: Decimal | None) -> Decimal | None:
    return None if v is None else v.quantize(Decimal("0.01"))


def _date(t: str | None) -> date | None:
    if not t:
        return None
    m = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", t.strip())
    return date(int(m[1]), int(m[2]), int(m[3])) if m else None


def parse(data: bytes) -> EInvoice | None:
    try:
        root = ET.fromstring(data)
    except ET.ParseError:
        return None
    name = _local(root.tag)
    if name in ("CrossIndustryInvoice", "CrossIndustryDocument"):
        return _cii(root)
    if name in ("Invoice", "CreditNote"):
        return _ubl(root, name == "CreditNote")
    return None


def _cii(root: ET.Element) -> EInvoice:
    doc = _either(_find(root, "ExchangedDocument"), _find(root, "HeaderExchangedDocument"))
    settle = _either(_find(root, "ApplicableHeaderTradeSettlement"), _find(root, "ApplicableSupplyChainTradeSettlement"))
    sums = _either(
        _find(settle, "SpecifiedTradeSettlementHeaderMonetarySummation"), _find(settle, "SpecifiedTradeSettlementMonetarySummation")
    )
    seller, buyer = _find(root, "SellerTradeParty"), _find(root, "BuyerTradeParty")
    type_code = _text(doc, "TypeCode")
    row = dict(
        invoice_number=_text(doc, "ID"),
        invoice_date=_date(_text(doc, "IssueDateTime", "DateTimeString")),
        due_date=_date(_text(settle, "SpecifiedTradePaymentTerms", "DueDateDateTime", "DateTimeString")),
        supplier_name=_text(seller, "Name"),
        buyer_name=_text(buyer, "Name"),
        supplier_vat_id=_text(seller, "SpecifiedTaxRegistration", "ID"),
        currency=_text(settle, "InvoiceCurrencyCode"),
        net_amount=_money(_dec(sums, "TaxBasisTotalAmount")),
        vat_amount=_money(_dec(sums, "TaxTotalAmount")),
        total_amount=_money(_dec(sums, "GrandTotalAmount")),
        amount_due=_money(_dec(sums, "DuePayableAmount")),
        iban=_text(settle, "PayeePartyCreditorFinancialAccount", "IBANID"),
        bic=_text(settle, "PayeeSpecifiedCreditorFinancialInstitution", "BICID"),
        order_reference=_text(root, "BuyerOrderReferencedDocument", "IssuerAssignedID"),
        payment_ref=_text(settle, "PaymentReference"),
        service_period_start=_date(_text(settle, "BillingSpecifiedPeriod", "StartDateTime", "DateTimeString")),
        service_period_end=_date(_text(settle, "BillingSpecifiedPeriod", "EndDateTime", "DateTimeString")),
        is_credit_note=type_code in CREDIT_NOTE_CODES,
    )
    vat = [
        dict(
            vat_rate=_either(_dec(t, "RateApplicablePercent"), _dec(t, "ApplicablePercent")),
            net_amount=_money(_dec(t, "BasisAmount")),
            vat_amount=_money(_dec(t, "CalculatedAmount")),
        )
        for t in _children(settle, "ApplicableTradeTax")
    ]
    lines = []
    for li in (e for e in root.iter() if _local(e.tag) == "IncludedSupplyChainTradeLineItem"):
        qty = _find(li, "BilledQuantity")
        lines.append(
            dict(
                description=_text(li, "SpecifiedTradeProduct", "Name"),
                quantity=_dec(qty),
                unit=qty.get("unitCode") if qty is not None else None,
                unit_price=_dec(li, "NetPriceProductTradePrice", "ChargeAmount"),
                amount=_money(_dec(li, "LineTotalAmount")),
                vat_rate=_either(
                    _dec(li, "ApplicableTradeTax", "RateApplicablePercent"), _dec(li, "ApplicableTradeTax", "ApplicablePercent")
                ),
            )
        )
    return EInvoice(row, lines, [v for v in vat if v["vat_rate"] is not None], "cii")


def _ubl(root: ET.Element, credit: bool) -> EInvoice:
    totals = _find(root, "LegalMonetaryTotal")
    supplier, customer = _find(root, "AccountingSupplierParty"), _find(root, "AccountingCustomerParty")
    tax_total = next((t for t in _children(root, "TaxTotal") if _find(t, "TaxSubtotal") is not None), _find(root, "TaxTotal"))
    means = _find(root, "PaymentMeans")
    row = dict(
        invoice_number=_text(root, "ID"),
        invoice_date=_date(_text(root, "IssueDate")),
        due_date=_date(_text(root, "DueDate") or _text(means, "PaymentDueDate")),
        supplier_name=_text(supplier, "RegistrationName") or _text(supplier, "PartyName", "Name"),
        buyer_name=_text(customer, "RegistrationName") or _text(customer, "PartyName", "Name"),
        supplier_vat_id=_text(supplier, "PartyTaxScheme", "CompanyID"),
        supplier_org_no=_text(supplier, "PartyLegalEntity", "CompanyID"),
        buyer_org_no=_text(customer, "PartyLegalEntity", "CompanyID"),
        currency=_text(root, "DocumentCurrencyCode"),
        net_amount=_money(_dec(totals, "TaxExclusiveAmount")),
        vat_amount=_money(_dec(_find(tax_total, "TaxAmount"))) if tax_total is not None else None,
        total_amount=_money(_dec(totals, "TaxInclusiveAmount")),
        amount_due=_money(_dec(totals, "PayableAmount")),
        iban=_text(means, "PayeeFinancialAccount", "ID"),
        bic=_text(means, "FinancialInstitutionBranch", "ID"),
        payment_ref=_text(means, "PaymentID"),
        order_reference=_text(root, "OrderReference", "ID"),
        service_period_start=_date(_text(root, "InvoicePeriod", "StartDate")),
        service_period_end=_date(_text(root, "InvoicePeriod", "EndDate")),
        is_credit_note=credit or _text(root, "InvoiceTypeCode") in CREDIT_NOTE_CODES,
    )
    vat = [
        dict(
            vat_rate=_dec(s, "TaxCategory", "Percent"), net_amount=_money(_dec(s, "TaxableAmount")), vat_amount=_money(_dec(s, "TaxAmount"))
        )
        for s in _children(tax_total, "TaxSubtotal")
    ]
    lines = []
    for li in (e for e in root if _local(e.tag) in ("InvoiceLine", "CreditNoteLine")):
        qty = _either(_find(li, "InvoicedQuantity"), _find(li, "CreditedQuantity"))
        lines.append(
            dict(
                description=_text(li, "Item", "Name"),
                quantity=_dec(qty),
                unit=qty.get("unitCode") if qty is not None else None,
                unit_price=_dec(li, "Price", "PriceAmount"),
                amount=_money(_dec(li, "LineExtensionAmount")),
                vat_rate=_dec(li, "ClassifiedTaxCategory", "Percent"),
            )
        )
    return EInvoice(row, lines, [v for v in vat if v["vat_rate"] is not None], "ubl")


def as_page_text(e: EInvoice) -> str:
    """A plain rendering of an XML-only invoice, so the document has a page to show and search."""
    r = e.row
    parts = [
        ("Credit note" if r.get("is_credit_note") else "Invoice") + f" {r.get('invoice_number') or ''}",
        f"Issue date {r.get('invoice_date') or ''}",
        f"Seller {r.get('supplier_name') or ''}",
        f"Buyer {r.get('buyer_name') or ''}",
    ]
    parts += [f"{ln.get('description') or ''} {ln.get('quantity') or ''} {ln.get('amount') or ''}" for ln in e.lines]
    parts += [f"Net {r.get('net_amount')}", f"VAT {r.get('vat_amount')}", f"Total {r.get('total_amount')} {r.get('currency') or ''}"]
    return "\n".join(parts)
