"""Invoices and payment notices: number, dates, supplier, org number, net/VAT/total, currency.

Template-free: labels come from models/patterns/invoice.json; a label's value is looked for in
the same segment ("Fakturanummer: 939787"), the next segment of the line (label column, value
column) or the segment below it (label above value). Segments are runs of words on a line that
the word boxes show are not separated by a column gap."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import TypeVar

from .ingest import IngestedDocument, PageText
from .structure import Segment, patterns, segments
from .swedish import find_dates, find_money, find_org_numbers, luhn_ok, parse_amount


@lru_cache(maxsize=1)
def _labels() -> dict[str, list[re.Pattern]]:
    spec = patterns("invoice")["labels"]
    return {k: [re.compile(rf"^\s*(?:{p})\b\s*[:.#]?\s*", re.IGNORECASE) for p in v] for k, v in spec.items()}


_NUMBER_VALUE = re.compile(r"^[A-Z]{0,4}[-/]?\d[\dA-Z\-/]{2,24}$")
# an amount with öre, in any grouping: 12 000,00 · 12.000,00 · 12,000.00 · 12000.00
_AMOUNT_IN = re.compile(
    r"[-−]?(?:\d{1,3}(?:[ \u00a0\u2009]\d{3})+,\d{2}|\d{1,3}(?:\.\d{3})+,\d{2}|\d{1,3}(?:,\d{3})+\.\d{2}"
    r"|\d+[,.]\d{2})(?![\d])"
)


@lru_cache(maxsize=1)
def _rejects() -> dict[str, re.Pattern]:
    return {k: re.compile(v, re.IGNORECASE) for k, v in patterns("invoice").get("reject", {}).items()}


T = TypeVar("T")
Reader = Callable[[str, str], T | None]  # want(text, label): the value the text holds for the label, or None


def _values_after(field: str, rows: list[list[Segment]], want: Reader[T]) -> Iterator[tuple[T, int, Segment]]:
    """Every value `want(text, label)` accepts for a label of `field`, in label order: in the
    label's own segment, the next segment on its line, or the segment below it. Yields
    (value, row index, label segment)."""
    reject = _rejects().get(field)
    for rx in _labels()[field]:
        for ri, segs in enumerate(rows):
            for si, seg in enumerate(segs):
                m = rx.match(seg.text)
                if not m or (reject and reject.search(seg.text[: m.end() + 20])):
                    continue
                v = next((v for c in _value_places(rows, ri, si, m.end()) if (v := want(c, seg.text)) is not None), None)
                if v is not None:
                    yield v, ri, seg


def _value_places(rows: list[list[Segment]], ri: int, si: int, label_end: int) -> list[str]:
    """Where a label's value may stand, nearest first: after the label in its own segment, the
    next segment on its line, the segments below it."""
    segs, seg = rows[ri], rows[ri][si]
    rest = seg.text[label_end:].strip()
    places = [rest] if rest else []
    if si + 1 < len(segs):
        places.append(segs[si + 1].text)
    if ri + 1 < len(rows):
        places.extend(s.text for s in rows[ri + 1] if _overlaps(s, seg))
    return places


def _overlaps(a: Segment, b: Segment, slack: float = 5) -> bool:
    """Either segment starts within the other's horizontal extent (a value under its label)."""
    return a.x0 - slack <= b.x0 <= a.x1 + slack or b.x0 - slack <= a.x0 <= b.x1 + slack


def _value_after(field: str, rows: list[list[Segment]], want: Reader[T]) -> tuple[T, int] | None:
    """The first value of `_values_after`, with its row index."""
    for v, ri, _seg in _values_after(field, rows, want):
        return v, ri
    return None


@lru_cache(maxsize=1)
def _all_labels() -> list[re.Pattern]:
    return [rx for rs in _labels().values() for rx in rs]


@dataclass
class _LabelRow:
    """A row of labels printed over their values ("Fakturadatum Fakturanr Kundnr OCR" over
    "2023-05-12 10234 1042 102347"), too close together for a column gap to separate them."""

    text: str
    start: int  # the row's offset in the page text
    starts: list[int]  # word offsets in the row
    below: list[tuple[str, tuple | None]]  # the next line's words with their boxes


def _label_rows(page: PageText) -> list[_LabelRow]:
    """The page's rows of labels; found once per page, read for every field."""
    lines = [ln for ln in page.lines() if ln.text.strip()]
    out = []
    for ln, below in zip(lines, lines[1:], strict=False):
        starts = [m.start() for m in re.finditer(r"\S+", ln.text)]
        if sum(1 for a in starts if any(rx.match(ln.text[a:]) for rx in _all_labels())) < 2:
            continue
        if _AMOUNT_IN.search(_PERCENT.sub("", ln.text)) or find_dates(ln.text):
            continue  # labels with their values beside them: not a header row
        words = [(m.group(), page.box(m.start() + below.start, m.end() + below.start)) for m in re.finditer(r"\S+", below.text)]
        out.append(_LabelRow(ln.text, ln.start, starts, words))
    return out


def _grid_value(field: str, page: PageText, rows: list[_LabelRow], want: Reader[T]) -> tuple[T, int] | None:
    """A field's value under its label in a row of labels."""
    reject = _rejects().get(field)
    for rx in _labels()[field]:
        for ri, row in enumerate(rows):
            for wi, a in enumerate(row.starts):
                m = rx.match(row.text[a:])
                if not m or (reject and reject.search(row.text[a : a + m.end() + 12])) or _inside_longer_label(row, wi):
                    continue
                under = _words_under(page, row, a, a + len(m.group().rstrip()))
                v = want(" ".join(under), m.group()) if under else None
                if v is not None:
                    return v, ri
    return None


def _inside_longer_label(row: _LabelRow, wi: int) -> bool:
    """The word at `wi` is the tail of a longer label: "moms" in "Totalt exkl. moms"."""
    a = row.starts[wi]
    return any((m := rx.match(row.text[b:])) and b + m.end() > a for b in row.starts[max(0, wi - 2) : wi] for rx in _all_labels())


def _words_under(page: PageText, row: _LabelRow, start: int, end: int) -> list[str]:
    """The next line's words that stand under the row's text [start, end)."""
    box = page.box(row.start + start, row.start + end)
    if box is None:
        return []
    return [w for w, b in row.below if b and b[0] < box[2] + 2 and b[2] > box[0] - 2]


def _invoice_number(text: str, label: str) -> str | None:
    tok = text.split()[0] if text.split() else ""
    tok = tok.strip(".,;:")
    if _NUMBER_VALUE.match(tok) and not find_dates(tok):
        return tok
    return None


def _date(text: str, label: str) -> date | None:
    ds = find_dates(text)
    return ds[0].value if ds else None


_PERCENT = re.compile(r"\d+(?:[,.]\d+)?\s*%")


def _amount(text: str, label: str) -> Decimal | None:
    """The amount a total line states: the last one with öre, else the last the Swedish grammar
    reads with its currency ("10 000 kr", "2 400:-"). A VAT rate ("Moms 25,00 %") is no amount."""
    text = _PERCENT.sub(lambda m: " " * len(m.group()), text)
    found = _AMOUNT_IN.findall(text)
    if found:
        return parse_amount(found[-1])
    whole = find_money(text, money_context=True)
    return whole[-1].value if whole else None


def _vat_rate(label_text: str) -> float | None:
    m = re.search(r"(\d{1,2}(?:[,.]\d)?)\s*(?:%|procent|\S{0,2}\b)", label_text[4:])
    if m:
        v = float(m.group(1).replace(",", "."))
        if v in (0, 6, 12, 25) or 0 <= v <= 30:
            return v
    return None


_VAT_WORD = re.compile(r"(?i)\b(moms|momsbelopp|mervärdesskatt|vat|mwst|ust)\b")
_NOT_VAT_LINE = re.compile(r"(?i)exkl|excl|inkl|incl|momsreg|momsnr|att betala|underlag|före moms|utan moms|momsfri")
_VAT_SUM = re.compile(r"(?i)\b(summa|totalt?|varav|sum)\s+(moms|vat|mervärdesskatt)\b|\b(moms|vat)\s+(totalt?|summa)\b")


def _vat(rows: list[list[Segment]]) -> tuple[Decimal | None, float | None, bool]:
    """The VAT amount and rate. One line per rate where goods and services carry different
    rates (6 % on travel, 25 % on the rest): their sum, with no single rate; a 'Summa moms' line
    states it directly. A line repeated on the payment slip counts once."""
    per_rate, total = _vat_lines(rows)
    rates = {r for r, _ in per_rate}
    mixed = len(rates) > 1
    if total:
        stated_rate = total[1] if total[1] is not None else next(iter(rates), None)
        return total[0], (None if mixed else stated_rate), mixed
    if not per_rate:
        return None, None, False
    if mixed and len(rates) == len(per_rate) and None not in rates:
        return sum((a for _, a in per_rate), Decimal(0)), None, True
    return per_rate[0][1], per_rate[0][0], False


def _vat_lines(rows: list[list[Segment]]) -> tuple[list[tuple[float | None, Decimal]], tuple[Decimal, float | None] | None]:
    """The VAT lines: (rate, amount) per rate line, and the first 'Summa moms' line's (amount, rate)."""
    per_rate: list[tuple[float | None, Decimal]] = []
    total: tuple[Decimal, float | None] | None = None
    for segs in rows:
        line = " ".join(s.text for s in segs)
        amount = _amount(line, line) if _VAT_WORD.search(line) and not _NOT_VAT_LINE.search(line) else None
        if amount is None:
            continue
        rate = _vat_rate(line)
        if _VAT_SUM.search(line):
            total = total or (amount, rate)
        elif (rate, amount) not in per_rate:
            per_rate.append((rate, amount))
    return per_rate, total


def read_invoice(doc: IngestedDocument) -> dict | None:
    """The invoice row, read in any language (pipeline.invoicing); its evidence, lines and VAT
    per rate come with `pipeline.invoicing.read_invoice`."""
    from .invoicing import read_invoice as read_any

    return read_any(doc).row


def read_swedish(doc: IngestedDocument) -> dict | None:
    """The Swedish-label reader: the fields by Swedish labels and the sender block's parties."""
    if not doc.pages:
        return None
    per_page = [segments(p) for p in doc.pages]
    rows = per_page[0]  # the heading fields stand on the first page
    all_rows = [r for page_rows in per_page for r in page_rows]
    text = doc.text
    first, last = doc.pages[0], doc.pages[-1]
    head_grid = _label_rows(first)
    foot_grid = head_grid if last is first else _label_rows(last)
    inv: dict = dict(doc_id=doc.doc_id, page=1)
    inv.update(_references(rows, all_rows, first, head_grid, text))
    inv.update(_heading_dates(rows, first, head_grid))
    inv.update(_totals(all_rows, last, foot_grid))
    inv["currency"] = _currency(text)
    inv["is_credit_note"] = _is_credit_note(text, inv["total_amount"])
    if inv["is_credit_note"]:
        _negate_amounts(inv)
    supplier, customer = _parties(rows)
    inv["supplier_name"], inv["customer_name"] = supplier, customer
    # the footer repeated on every page (taken off as a running line) carries the org number
    inv["supplier_org_no"] = _org_no(per_page, "\n".join([text, *doc.running_lines]), customer)
    return inv


_OCR_REFERENCE = re.compile(r"\bOCR(?:-nummer|-nr|\s*nr)?\s*[:.]?\s*(\d[\d ]{3,28}\d)\b")


def _references(rows: list[list[Segment]], all_rows: list[list[Segment]], first: PageText, grid: list[_LabelRow], text: str) -> dict:
    """The invoice number and the payment reference (OCR number); an invoice printing only an
    OCR number is known by it."""
    number = _value_after("invoice_number", rows, _invoice_number) or _grid_value("invoice_number", first, grid, _invoice_number)
    ref = _value_after("payment_ref", all_rows, _invoice_number) or _grid_value("payment_ref", first, grid, _invoice_number)
    if ref is None:
        m = _OCR_REFERENCE.search(text)
        ref = (m.group(1).replace(" ", ""), 0) if m else None
    return dict(
        invoice_number=number[0] if number else (ref[0] if ref else None),
        payment_ref=ref[0] if ref else None,
    )


def _heading_dates(rows: list[list[Segment]], first: PageText, grid: list[_LabelRow]) -> dict:
    d = _value_after("invoice_date", rows, _date) or _grid_value("invoice_date", first, grid, _date)
    dd = _value_after("due_date", rows, _date) or _grid_value("due_date", first, grid, _date)
    return dict(invoice_date=d[0] if d else None, due_date=dd[0] if dd else None)


def _totals(all_rows: list[list[Segment]], last: PageText, grid: list[_LabelRow]) -> dict:
    """Net, VAT, total and the rate; a missing one of the three from the other two."""
    # totals side by side over their values first: there the segment below holds every value
    net = _grid_value("net", last, grid, _amount) or _value_after("net", all_rows, _amount)
    total = _grid_value("total", last, grid, _amount) or _value_after("total", all_rows, _amount)
    vat, rate, mixed = _vat(all_rows)
    if vat is None:
        grid_vat = _grid_value("vat", last, grid, _amount)
        vat = grid_vat[0] if grid_vat else None
    out: dict = dict(net_amount=net[0] if net else None, total_amount=total[0] if total else None, vat_amount=vat)
    _third_from_two(out)
    if rate is None and not mixed and out["net_amount"] and out["vat_amount"] is not None:
        rate = float(round(out["vat_amount"] / out["net_amount"] * 100))  # one rate, not printed
    out["vat_rate"] = rate
    return out


def _third_from_two(amounts: dict) -> None:
    """net + VAT = total: a missing net or VAT from the other two."""
    net, vat, total = amounts["net_amount"], amounts["vat_amount"], amounts["total_amount"]
    if net is None and total is not None and vat is not None:
        amounts["net_amount"] = total - vat
    elif vat is None and total is not None and net is not None:
        amounts["vat_amount"] = total - net


_CREDIT_WORDS = re.compile(r"(?i)\b(kreditfaktura|kreditnota|credit note|credit memo|gutschrift|kreditering)\b")
_CREDIT_HEADING = re.compile(r"(?im)^\s*kredit\s*$")


def _is_credit_note(text: str, total: Decimal | None) -> bool:
    # "Betalningsvillkor: 30 dagar kredit" is no credit note: the document must call itself one
    return bool(_CREDIT_WORDS.search(text) or _CREDIT_HEADING.search(text) or (total is not None and total < 0))


def _negate_amounts(inv: dict) -> None:
    """Credit notes carry negative amounts."""
    for k in ("net_amount", "vat_amount", "total_amount"):
        if inv[k] is not None and inv[k] > 0:
            inv[k] = -inv[k]


def _currency(text: str) -> str:
    if re.search(r"\b(kr|SEK|kronor)\b", text):
        return "SEK"
    for code, rx in (("EUR", r"€|\bEUR\b|\beuro\b"), ("USD", r"\$|\bUSD\b"), ("GBP", r"£|\bGBP\b")):
        if re.search(rx, text):
            return code
    return "SEK"


_VAT_NO = re.compile(r"\bSE\s?(\d{6})-?(\d{4})\s?01\b")
_CUSTOMER_CONTEXT = re.compile(r"(?i)\b(kund\w*|köpare\w*|beställare\w*|customer|bill to|mottagare)\b")


def _org_no(pages: list[list[list[Segment]]], text: str, customer: str | None) -> str | None:
    """The supplier's org number, not the customer's. The seller's VAT number (SE + org number
    + 01) settles it; otherwise a labelled number outside the customer's address block, the
    footer's before the header's, since invoices print the buyer's number in its address; never
    a number the invoice shows as the customer's."""
    for m in _VAT_NO.finditer(text):
        if luhn_ok(m.group(1) + m.group(2)) and not _customers(text, m.start(), customer):
            return f"{m.group(1)}-{m.group(2)}"
    found = _labelled_org_nos(pages, customer)
    usable = sorted(f for f in found if f[0] < LABELLED_CUSTOMERS)
    if usable:  # the supplier's first; one in the customer's block only where no other is printed
        return usable[0][4]
    theirs = {f[4] for f in found}
    unlabelled = (o for o in find_org_numbers(text) if o.value not in theirs and not _labelled_customers(text, o.start))
    return next((o.value for o in unlabelled if luhn_ok(o.value.replace("-", ""))), None)


def _customers(text: str, at: int, customer: str | None) -> bool:
    """A number the invoice shows as its customer's: its label says so ("Köparens momsreg.nr")
    or it stands in the customer's address block."""
    return _labelled_customers(text, at) or in_customer_block(text, at, customer)


def _labelled_customers(text: str, at: int) -> bool:
    return bool(_CUSTOMER_CONTEXT.search(text[max(0, at - 30) : at]))


# whose an org number under its label is: the supplier's, in the customer's block (an internal
# invoice's two offices share one), or labelled as the customer's ("Köparens momsreg.nr")
SUPPLIERS, IN_CUSTOMER_BLOCK, LABELLED_CUSTOMERS = 0, 1, 2


def _labelled_org_nos(pages: list[list[list[Segment]]], customer: str | None) -> list[tuple[int, int, float, int, str]]:
    """(whose, page, -top, -row, number) of every org number under its label; sorted, the
    supplier's come first and of those the footer's."""
    found: list[tuple[int, int, float, int, str]] = []
    for pi, rows in enumerate(pages):
        block = _customer_rows(rows, customer)
        seen = set()
        for value, ri, seg in _values_after("org_no", rows, lambda t, lab: next((c.value for c in find_org_numbers("org " + t)), None)):
            if (ri, value) in seen:
                continue
            seen.add((ri, value))
            near = " ".join(s.text for s in rows[ri] if s.x1 >= seg.x0 - 5)
            label = " ".join(s.text for s in rows[ri] if s.x0 < seg.x0)[-40:]
            labelled = bool(_CUSTOMER_CONTEXT.search(near[:40] + " " + seg.text + " " + label))
            rank = LABELLED_CUSTOMERS if labelled else IN_CUSTOMER_BLOCK if ri in block else SUPPLIERS
            found.append((rank, pi, -seg.top, -ri, value))
    return found


CUSTOMER_BLOCK_CHARS = 200  # a buyer's address block: its name, street, town, country, VAT number
_BLOCK_ENDS = re.compile(r"\d[.,]\d{2}(?!\d)")  # an amount: the line items have begun


def in_customer_block(text: str, at: int, customer: str | None) -> bool:
    """A number printed in the buyer's address block, a few lines under the buyer's name with
    no amount between (a foreign supplier prints its Swedish customer's "VAT UE: SE…01"); a
    footer under the line items is not in it."""
    if not customer:
        return False
    before = text[max(0, at - CUSTOMER_BLOCK_CHARS) : at]
    name = before.casefold().rfind(customer.casefold())
    return name >= 0 and not _BLOCK_ENDS.search(before[name:])


def _customer_rows(rows: list[list[Segment]], customer: str | None) -> set[int]:
    """Row indices of the customer's address block: the rows under the customer's name, in its
    column, until a blank gap."""
    if not customer:
        return set()
    out: set[int] = set()
    for ri, segs in enumerate(rows):
        head = next((s for s in segs if s.text.strip() == customer), None)
        if head is None:
            continue
        out.add(ri)
        prev_top = head.top
        for rj in range(ri + 1, min(len(rows), ri + 7)):
            col = [s for s in rows[rj] if abs(s.x0 - head.x0) < 8]
            if not col or col[0].top - prev_top > 20:
                break
            out.add(rj)
            prev_top = col[0].top
        break
    return out


_ADDRESS = re.compile(r"^(?:box\s+\d+|\d{3}\s?\d{2}\s+\S+|.+\b(?:gatan|vägen|gata|väg|torg|plan|allé|backe)\s*\d+.*)$", re.IGNORECASE)
_DOC_WORDS = re.compile(r"\s*\b(FAKTURA|FAKTURAUNDERLAG|KREDITFAKTURA|AVI|INBETALNINGSAVI|INVOICE|RECHNUNG|KVITTO|ORDER)\b\s*$")


def _footer(rows: list[list[Segment]], n: int = 14) -> list[Segment]:
    """The page's lowest segments, bottom first. Text layers list a multi-column footer column by
    column, so the last rows in reading order need not be the lowest ones."""
    segs = [s for r in rows for s in r]
    if segs and any(s.top for s in segs):
        return sorted(segs, key=lambda s: -s.top)[:n]
    return [s for r in reversed(rows[-6:]) for s in r]  # no geometry (OCR): reading order


_SENDER_ROWS = 14  # the top of the first page, where the sender's block stands
_NAME_MAX_CHARS = 70
_NAME_MAX_WORDS = 6


def _customer_labels() -> list[re.Pattern]:
    """A customer label alone in its segment ("Kund:"), its value on the row below."""
    labels = patterns("invoice")["labels"]["customer"]
    return [re.compile(rf"^\s*(?:{p})\s*:?\s*$", re.IGNORECASE) for p in labels]


_CUSTOMER_ROWS_BELOW = 3  # rows under a customer label searched for the customer's name


def _labelled_customer(rows: list[list[Segment]], customer_label: list[re.Pattern]) -> str | None:
    """The first name under the first customer label that has one: the first segment of the rows
    below that is not itself a label ("Kund" over "Fakturanummer" over "Höörs kommun")."""
    for ri, segs in enumerate(rows):
        label = next((seg for seg in segs if any(rx.match(seg.text.strip()) for rx in customer_label)), None)
        if label is None:
            continue
        for below in rows[ri + 1 : ri + 1 + _CUSTOMER_ROWS_BELOW]:
            name = _under(below, label).text.strip() if below else ""
            if name and not any(rx.match(name) for rx in _all_labels()):
                return name
    return None


def _under(row: list[Segment], label: Segment) -> Segment:
    """The row's segment in the label's column ("Fakturaadress:" at the right over the customer,
    the supplier's own address at the left on the same row); the row's first without geometry."""
    placed = [seg for seg in row if seg.x1 > seg.x0]
    if not placed:
        return row[0]
    return min(placed, key=lambda seg: abs(seg.x0 - label.x0))


def _is_sender_block_noise(t: str, notice: re.Pattern, any_label: list[re.Pattern]) -> bool:
    """Empty text, a payment notice, an address or a label: nothing that names the sender."""
    return not t or bool(notice.search(t)) or bool(_ADDRESS.match(t)) or any(rx.match(t) for rx in any_label)


def _looks_like_name(t: str) -> bool:
    if not re.search(r"[^\W\d_]{3}", t) or len(t) > _NAME_MAX_CHARS:
        return False  # numbers and codes are not a name
    return not ("," in t or len(t.split()) > _NAME_MAX_WORDS)  # a sentence (a notice, a greeting)


def _sender_names(rows: list[list[Segment]], customer: str | None, customer_label: list[re.Pattern]) -> list[str]:
    """Names in the sender's block at the top of the page, above the customer's block."""
    notice = re.compile(patterns("invoice")["notice"], re.IGNORECASE)
    any_label = _all_labels()
    candidates: list[str] = []
    for segs in rows[:_SENDER_ROWS]:
        if any(rx.match(s.text) for s in segs for rx in any_label):
            continue  # a label and its value, not the sender
        for seg in segs:
            t = _DOC_WORDS.sub("", seg.text).strip()
            if _is_sender_block_noise(t, notice, any_label):
                continue
            if any(rx.match(t) for rx in customer_label) or t == customer:
                return candidates  # the customer's block begins: the sender's is above it
            if _looks_like_name(t):
                candidates.append(t)
    return candidates


def _footer_legal_name(rows: list[list[Segment]], suffixes: str) -> str | None:
    """The company name the footer gives beside its org number ("Lekplatsbolaget i Norden AB")."""
    for seg in _footer(rows):
        m = re.match(rf"^(?P<name>[^|,]{{2,60}}?\b(?:{suffixes})\b)", seg.text)
        if m:
            return m.group("name").strip()
    return None


def _parties(rows: list[list[Segment]]) -> tuple[str | None, str | None]:
    customer_label = _customer_labels()
    customer = _labelled_customer(rows, customer_label)
    suffixes = "|".join(re.escape(s) for s in patterns("lexicon")["company_suffixes"])
    suffix = re.compile(rf"\b({suffixes})\b")
    candidates = _sender_names(rows, customer, customer_label)
    supplier = next((c for c in candidates if suffix.search(c)), candidates[0] if candidates else None)
    # the footer names the company beside its org number: its legal name where the sender block
    # shows a logo or a trading name ("Lekplatsbolaget" → "Lekplatsbolaget i Norden AB")
    legal = _footer_legal_name(rows, suffixes)
    if supplier is None or (legal and not suffix.search(supplier) and legal.casefold().startswith(supplier.split()[0].casefold())):
        supplier = legal or supplier
    if customer is None:
        # no label over the address block: a public body among the names is the buyer
        public = re.compile(patterns("invoice")["public_body"], re.IGNORECASE)
        customer = next((c for c in candidates if c != supplier and public.search(c)), None)
    return supplier, customer
