"""Invoices from any supplier in any language: the invoice row and the evidence of its fields.

The multilingual layout reader (`reader.read`) reads number, dates, net, VAT, total, amount due
and currency by labels and position; the Swedish-label reader (`pipeline.invoices.read_swedish`)
adds the parties and the Swedish payment references, and fills a field the layout reader did not
find. Every published value gets an `Evidence` with its place on the page and a confidence."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from ..confidence import ocr_reading_at
from ..evidence import Evidence, EvidenceSource, Provenance, as_text
from ..ingest import IngestedDocument
from .einvoice import parse
from .fields import Candidate
from .lines import read_lines
from .parties import buyer_name, labelled_party, seller_name
from .payment import payment_details
from .reader import CONF_DERIVED, Reading, read
from .receipt_lines import receipt_lines
from .vat_rates import settle, untaxed
from .vocab import titles

# fields whose value the Swedish reader found but the layout reader did not: how sure we are
# (measured by benchmarks/calibration.py: such labelled readings were right 98-100 % of the
# time, names excepted, which a letterhead or a logo can make wrong)
SWEDISH_ONLY_CONFIDENCE = 0.85
NAME_CONFIDENCE = 0.75
_NAMES = ("supplier_name", "buyer_name")
UNLOCATED_CONFIDENCE = 0.6
UNCHECKED_ORG_NO_CONFIDENCE = 0.5  # printed under its label, but its Luhn check digit fails
_AMOUNTS = ("net_amount", "vat_amount", "total_amount", "amount_due")
_CURRENCY_SIGNS = {
    "EUR": "€",
    "USD": r"\$",
    "GBP": "£",
    "INR": "₹",
    "ZAR": r"\bR(?=\s?\d)",
    "SEK": r"\bkr\b",
    "DKK": r"\bkr\b",
    "NOK": r"\bkr\b",
}


@dataclass
class InvoiceReading:
    """An invoice document's rows: the `invoices` row, its evidence, lines and VAT per rate."""

    row: dict | None
    evidence: list[Evidence] = field(default_factory=list)
    lines: list[dict] = field(default_factory=list)
    vat: list[dict] = field(default_factory=list)

    def __iter__(self):  # row, evidence = read_invoice(doc)
        return iter((self.row, self.evidence))


def read_invoice(doc: IngestedDocument) -> InvoiceReading:
    from ..invoices import read_swedish

    if not doc.pages:
        return InvoiceReading(None)
    base = read_swedish(doc) or dict(doc_id=doc.doc_id, page=1)
    r = read(doc)
    inv = _merged(base, r)
    _credit(inv, r)
    _unchecked_org_no(doc, inv, r)
    inv["vat_rate"] = _rate_of(inv, r)
    _names(inv, r)
    _not_the_buyers_org_no(doc, inv)
    inv["language"] = r.language
    inv["ocr_reference"] = base.get("payment_ref") if r.language in (None, "sv") else None
    pay, pay_found = payment_details(doc)
    inv.update(pay)
    inv["source"] = "ocr" if any(p.source == "ocr" for p in doc.pages) else "text_layer"
    inv.setdefault("amount_due", None)
    targets = (inv.get("net_amount"), inv.get("total_amount"), *r.line_totals)
    assert r.style is not None  # read() decides the number style first
    found = read_lines(r.layouts, r.style, inv.get("currency"), targets) or receipt_lines(r.layouts, r.style, inv.get("currency"), targets)
    lines = [dict(doc_id=doc.doc_id, **ln) for ln in found]
    if len({ln["vat_rate"] for ln in lines if ln["vat_rate"] is not None} | set(r.rates)) > 1:
        inv["vat_rate"] = None  # lines at several rates
    if untaxed(inv, lines, r.rates):
        r.confidence.update(net_amount=CONF_DERIVED, vat_amount=CONF_DERIVED)
    reading = InvoiceReading(inv, _evidence(doc, inv, r, {**r.found, **pay_found}), lines, _vat_rows(doc, inv, r, lines))
    if doc.einvoice_xml:
        _from_einvoice(doc, reading)
    return reading


def _merged(base: dict, r: Reading) -> dict:
    """The Swedish reader's row with the layout reader's values over it."""
    inv = dict(base)
    inv.update({k: v for k, v in r.values.items() if v is not None})
    if r.values.get("currency") is None and r.language not in (None, "sv"):
        inv["currency"] = None  # the Swedish reader's kronor default is no reading of a foreign invoice
    return inv


def _unchecked_org_no(doc: IngestedDocument, inv: dict, r: Reading) -> None:
    """No valid org number found: the one printed under its label, with low confidence."""
    if inv.get("supplier_org_no") is not None:
        return
    inv["supplier_org_no"] = _printed_org_no("\n".join([doc.text, *doc.running_lines]), inv.get("customer_name"))
    if inv["supplier_org_no"]:
        r.confidence["supplier_org_no"] = UNCHECKED_ORG_NO_CONFIDENCE


def _rate_of(inv: dict, r: Reading) -> float | None:
    """The invoice's one VAT rate; none where it has several (invoice_vat holds them)."""
    if len(r.rates) > 1:
        return None
    if len(r.rates) == 1:
        return float(r.rates[0])
    return _single_rate(inv)


def _names(inv: dict, r: Reading) -> None:
    """Seller and buyer from the layout's party blocks; on a Swedish invoice the Swedish reader's
    sender block, which is tuned on them, goes first."""
    seller, buyer = seller_name(r.layouts), buyer_name(r.layouts)
    foreign = r.language != "sv"
    # a seller under its label ("Säljande enhet") wins, and the document's title is no name
    guessed = not inv.get("supplier_name") or bool(titles()["invoice"].fullmatch(inv["supplier_name"].strip()))
    if seller and (foreign or guessed or labelled_party(r.layouts, "seller")):
        inv["supplier_name"] = seller
    inv["buyer_name"] = buyer if buyer and (foreign or not inv.get("customer_name")) else inv.get("customer_name")


def _not_the_buyers_org_no(doc: IngestedDocument, inv: dict) -> None:
    """An org number printed only in the buyer's address block (a foreign supplier's "VAT UE:
    SE…01" for its Swedish customer) is not the supplier's."""
    from ..invoices import in_customer_block

    org, buyer = inv.get("supplier_org_no"), inv.get("buyer_name")
    if not org or not buyer or buyer.casefold() == (inv.get("supplier_name") or "").casefold():
        return  # an internal invoice: both offices are one legal person with one org number
    text = "\n".join([doc.text, *doc.running_lines])
    places = [m.start() for m in re.finditer(org.replace("-", "-?"), text)]
    if places and all(in_customer_block(text, at, buyer) for at in places):
        inv["supplier_org_no"] = None


# what the printed page and the embedded data are compared on
_CROSS_CHECKED = ("invoice_number", "invoice_date", "net_amount", "vat_amount", "total_amount", "currency")
_EINVOICE_FIELDS = _CROSS_CHECKED + (
    "due_date",
    "supplier_name",
    "buyer_name",
    "amount_due",
    "iban",
    "bic",
    "order_reference",
    "payment_ref",
    "service_period_start",
    "service_period_end",
    "supplier_org_no",
    "buyer_org_no",
)


def _from_einvoice(doc: IngestedDocument, reading: InvoiceReading) -> None:
    """The embedded (or whole-file) e-invoice is exact: its values replace the page's; where a
    printed page exists, the fields that differ are kept for the einvoice_mismatch check."""
    e = parse(doc.einvoice_xml) if doc.einvoice_xml else None
    if e is None:
        return
    inv = reading.row
    assert inv is not None  # a document with pages always has a row
    differ = _overlay_einvoice(inv, e.row, printed=doc.media_type == "application/pdf")
    if e.row.get("amount_due") == inv.get("total_amount"):
        inv["amount_due"] = None  # only where it differs from the total
    inv["is_credit_note"] = bool(e.row.get("is_credit_note")) or bool(inv.get("is_credit_note"))
    inv["source"] = "einvoice"
    inv["_einvoice_mismatch"] = differ
    rates = {v["vat_rate"] for v in e.vat}
    inv["vat_rate"] = float(next(iter(rates))) if len(rates) == 1 else None
    cur = inv.get("currency")
    if e.lines:
        reading.lines = [dict(doc_id=doc.doc_id, line_no=i + 1, currency=cur, page=None, **ln) for i, ln in enumerate(e.lines)]
    if e.vat:
        reading.vat = [dict(doc_id=doc.doc_id, currency=cur, **v) for v in e.vat]
    on_page = {ev.field: ev for ev in reading.evidence}
    reading.evidence = [_einvoice_evidence(doc, f, inv[f], on_page.get(f), differ) for f in _FIELDS if inv.get(f) is not None]


def _overlay_einvoice(inv: dict, exact: dict, printed: bool) -> list[tuple[str, str | None, str | None]]:
    """The e-invoice's values over the page's; the cross-checked fields where the printed page
    says otherwise: (field, printed, exact)."""
    differ = []
    for f in _EINVOICE_FIELDS:
        v = exact.get(f)
        if v is None:
            continue
        page_v = inv.get(f)
        if printed and f in _CROSS_CHECKED and page_v is not None and _norm(page_v) != _norm(v):
            differ.append((f, as_text(page_v), as_text(v)))
        inv[f] = v
    return differ


def _norm(v: object) -> str:
    return (as_text(v) or "").strip().casefold()


def _einvoice_evidence(doc: IngestedDocument, f: str, v: object, page_ev: Evidence | None, differ: list) -> Evidence:
    """Exact from the XML; the printed value's place where the page agrees."""
    agreeing = page_ev if page_ev is not None and page_ev.value == as_text(v) and not any(d[0] == f for d in differ) else None
    return Evidence(
        doc.doc_id,
        "invoices",
        doc.doc_id,
        f,
        as_text(v),
        agreeing.raw_text if agreeing else None,
        agreeing.prov if agreeing else None,
        "einvoice",
        ("einvoice", "page") if agreeing else ("einvoice",),
        0.99 if agreeing else 0.95,
    )


def _vat_rows(doc: IngestedDocument, inv: dict, r: Reading, lines: list[dict]) -> list[dict]:
    """VAT per rate: the breakdown rows; a single rate's from the invoice's own net and VAT;
    settled against the invoice's VAT and its lines (vat_rates.settle)."""
    cur = inv.get("currency")
    rows = {v.rate: dict(doc_id=doc.doc_id, vat_rate=v.rate, net_amount=v.net, vat_amount=v.vat, currency=cur) for v in r.vat_rows}
    if not rows and len({rate for rate, _ in r.rated}) > 1:  # "Moms 6 % 240,00", "Moms 12 % 720,00"
        sign = -1 if inv.get("is_credit_note") else 1
        rows = {
            rate: dict(doc_id=doc.doc_id, vat_rate=rate, net_amount=None, vat_amount=sign * abs(c.value), currency=cur)
            for rate, c in r.rated
        }
    if not rows and inv.get("vat_rate") is not None and inv.get("vat_amount") is not None:
        rate = Decimal(str(inv["vat_rate"]))
        rows[rate] = dict(doc_id=doc.doc_id, vat_rate=rate, net_amount=inv.get("net_amount"), vat_amount=inv["vat_amount"], currency=cur)
    return settle(list(rows.values()), lines, inv, dict(doc_id=doc.doc_id, currency=cur))


_LABELLED_ORG_NO = re.compile(r"(?i)\b(?:org\.?\s*nr|organisationsnr|organisationsnummer)\.?\s*:?\s*(\d{6}-\d{4})\b")


def _printed_org_no(text: str, customer: str | None) -> str | None:
    """An org number the supplier prints under its label whose check digit fails (a typo on the
    invoice, or an invented number): published as printed, with low confidence. The customer's
    is the one beside its name."""
    for m in _LABELLED_ORG_NO.finditer(text):
        before = text[max(0, m.start() - 80) : m.start()]
        if customer and customer in before:
            continue
        return m.group(1)
    return None


def _credit(inv: dict, r: Reading) -> None:
    credit = bool(inv.get("is_credit_note")) or r.kind == "credit_note"
    total = inv.get("total_amount")
    credit = credit or (total is not None and total < 0)
    inv["is_credit_note"] = credit
    if credit:  # credit notes carry negative amounts
        for k in _AMOUNTS:
            if inv.get(k) is not None and inv[k] > 0:
                inv[k] = -inv[k]


def _single_rate(inv: dict) -> float | None:
    net, vat = inv.get("net_amount"), inv.get("vat_amount")
    if net and vat is not None:
        rate = vat / net * 100
        nearest = rate.quantize(Decimal("1"))
        if abs(rate - nearest) < Decimal("0.05"):  # one rate, not printed
            return float(nearest)
        return None  # VAT at several rates, or on part of the net
    return inv.get("vat_rate")


_FIELDS = (
    "invoice_number",
    "invoice_date",
    "due_date",
    "supplier_name",
    "supplier_org_no",
    "net_amount",
    "vat_amount",
    "total_amount",
    "vat_rate",
    "currency",
    "payment_ref",
    "amount_due",
    "buyer_name",
    "order_reference",
    "iban",
    "bic",
    "bankgiro",
    "plusgiro",
    "ocr_reference",
    "service_period_start",
    "service_period_end",
    "buyer_org_no",
)


def _evidence(doc: IngestedDocument, inv: dict, r: Reading, found: dict[str, Candidate]) -> list[Evidence]:
    out = []
    for f in _FIELDS:
        v = inv.get(f)
        if v is None:
            continue
        conf = r.confidence.get(f, NAME_CONFIDENCE if f in _NAMES else SWEDISH_ONLY_CONFIDENCE)
        prov, raw = _placed(doc, found.get(f), v)
        if prov is None:
            conf = min(conf, UNLOCATED_CONFIDENCE)
        page = doc.pages[prov.page - 1] if prov else None
        source: EvidenceSource = "ocr" if page is not None and page.source == "ocr" else "text_layer"
        conf = ocr_reading_at(conf, page, prov)
        out.append(Evidence(doc.doc_id, "invoices", doc.doc_id, f, as_text(v), raw, prov, source, _signals(f, r, prov), conf))
    return out


def _placed(doc: IngestedDocument, c: Candidate | None, v: object) -> tuple[Provenance | None, str | None]:
    """Where the value stands: the reading's own place, else its first occurrence on the pages."""
    if c is not None and (c.value == v or (isinstance(v, Decimal) and isinstance(c.value, Decimal) and abs(c.value) == abs(v))):
        return Provenance.of_span(doc.pages[c.page - 1], *c.span), c.raw
    return _locate(doc, v)


def _signals(f: str, r: Reading, prov: Provenance | None) -> tuple[str, ...]:
    """What vouches for the value: its label, the arithmetic it closes; a value printed nowhere
    was computed (net + VAT = total from the other two)."""
    if f in _AMOUNTS and prov is None:
        return ("arithmetic",)
    return ("label", "arithmetic") if r.closes and f in ("net_amount", "vat_amount", "total_amount") else ("label",)


def _locate(doc: IngestedDocument, v: object) -> tuple[Provenance | None, str | None]:
    """Where a value the layout reader did not place is printed: its first occurrence."""
    text = as_text(v) or ""
    if isinstance(v, Decimal):
        whole, cents = f"{abs(v):.2f}".split(".")
        grouped = re.sub(r"(?<=\d)(?=(\d{3})+$)", lambda _m: "[ .,\u00a0]?", whole)
        # öre printed in full ("10 248,13" is not "10 248,00"); a whole amount may omit them
        pattern = rf"(?<![\d.,]){grouped}[.,]{cents}(?!\d)" if cents != "00" else rf"(?<![\d.,]){grouped}(?:[.,]00)?(?!\d)"
    elif hasattr(v, "year"):
        return None, None
    elif isinstance(v, float):  # a VAT rate: "25 %", "19,00%"
        whole = f"{v:g}".replace(".", "[.,]")
        pattern = rf"(?<![\d.,]){whole}(?:[.,]0+)?\s?%"
    elif text in _CURRENCY_SIGNS:
        pattern = rf"\b{text}\b|{_CURRENCY_SIGNS[text]}"
    else:
        pattern = re.escape(text)
    for page in doc.pages:
        m = re.search(pattern, page.text)
        if m:
            return Provenance.of_span(page, m.start(), m.end()), m.group()
    return None, None
