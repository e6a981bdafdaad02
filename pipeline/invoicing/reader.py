"""An invoice read from its pages in any language: fields with their place and confidence."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from ..ingest import IngestedDocument, PageText
from .fields import Candidate, amount_parser, best, candidates, date_parser, label_hits, parse_number, reconcile, timestamped
from .layout import PageLayout, layout
from .numbers import NumberStyle, detect_style, find_dates
from .rounding import Rounded, rounded_total
from .vat import breakdown, breakdown_sums, paired_rate_lines, rated_vat_lines, stacked_vat_lines, sum_of_rates
from .vocab import detect_language, searched_in_head, titles

ADJACENT_DATE_SCORE = 1.2  # "Nr. 123 vom 03.06.2025": the number's own date
UNLABELLED_DATE_SCORE = 0.4
TIMESTAMP_PENALTY = 0.5
LATER_PAGE = 0.85  # a header field read on page n weighs LATER_PAGE ** (n - 1)
# a read value's confidence: its label's score, more when the arithmetic closes
CONF_CLOSED, CONF_READ, CONF_DERIVED = 0.97, 0.85, 0.7

_CURRENCY_SIGNS = (
    ("EUR", r"€|\bEUR\b|\beuros?\b"),
    ("USD", r"\$|\bUSD\b"),
    ("GBP", r"£|\bGBP\b"),
    ("INR", r"₹|\bINR\b|\bRs\.?(?=\s?\d)"),
    ("CHF", r"\bCHF\b"),
    ("ZAR", r"\bZAR\b|(?<![\w.])R\s?(?=\d{1,3}(?:[ ,]\d{3})*\.\d{2}(?!\d))"),  # "R 12 450.00": the rand
    ("SEK", r"\bSEK\b|\bkronor\b"),
    ("DKK", r"\bDKK\b"),
    ("NOK", r"\bNOK\b"),
    ("PLN", r"\bPLN\b|(?<=\d)\s?zł"),
    ("CZK", r"\bCZK\b|(?<=\d)\s?Kč"),
    ("HUF", r"\bHUF\b|(?<=\d)\s?Ft\b"),
    ("RON", r"\bRON\b|(?<=\d)\s?lei\b"),
    ("BGN", r"\bBGN\b|(?<=\d)\s?лв\.?"),
    ("KR", r"\bkr\b\.?|:-"),
)
_KRONA = {"da": "DKK", "nb": "NOK", "nn": "NOK", "sv": "SEK"}
_ADJACENT = re.compile(r"^\s*(?:vom|von|du|of|dated|den|del|van|fra|från|le|,)?\s*:?\s*", re.IGNORECASE)


@dataclass
class Reading:
    """What the page says, field by field, with where each value was read."""

    values: dict = field(default_factory=dict)
    found: dict[str, Candidate] = field(default_factory=dict)
    confidence: dict[str, float] = field(default_factory=dict)
    language: str | None = None
    kind: str | None = None  # invoice, credit_note, receipt, payment_notice
    closes: bool = False
    vat_rows: list = field(default_factory=list)  # vat.VatRow: the breakdown by rate
    rates: list = field(default_factory=list)  # the distinct rates the VAT lines state
    rated: list = field(default_factory=list)  # (rate, Candidate) of VAT lines that state their rate
    layouts: list = field(default_factory=list)
    style: NumberStyle | None = None
    line_totals: list[Decimal] = field(default_factory=list)  # "Line Total Amount": what the lines add up to


def read(doc: IngestedDocument) -> Reading:
    text = doc.text
    r = Reading(language=detect_language(text))
    style = detect_style(text, r.language)
    lays = [layout(p) for p in doc.pages]
    r.layouts, r.style = lays, style
    r.kind = document_kind(text) or document_kind("\n".join(doc.running_lines))
    _number_and_dates(r, lays, style)
    _head_from_running_lines(r, doc, style)
    _totals(r, lays, style)
    r.values["currency"] = currency(lays, text, r.language)
    return r


def _all(lays: list[PageLayout], fld: str, parse, multi: bool = False) -> list[Candidate]:
    return [c for lay in lays for c in candidates(lay, fld, parse, multi)]


def _first_pages_first(cands: list[Candidate]) -> list[Candidate]:
    """An invoice states its number and dates at its head: a later page's reading weighs less."""
    for c in cands:
        c.score *= LATER_PAGE ** (c.page - 1)
    return cands


def _number_and_dates(r: Reading, lays: list[PageLayout], style: NumberStyle) -> None:
    number = best(_first_pages_first(_all(lays, "invoice_number", parse_number)))
    parse_date = date_parser(style)
    dates = _first_pages_first(_all(lays, "invoice_date", parse_date))
    for c in dates:
        lay = lays[c.page - 1]
        if timestamped(lay, c):
            c.score *= TIMESTAMP_PENALTY
    if number:
        r.values["invoice_number"], r.found["invoice_number"] = number.value, number
        r.confidence["invoice_number"] = min(0.95, number.score)
        page = lays[number.page - 1].page
        after = page.text[number.span[1] : number.span[1] + 40]
        m = _ADJACENT.match(after)
        got = parse_date(after[m.end() :]) if m else None
        if m is not None and got and got[1] == 0:
            s = number.span[1] + m.end()
            dates.append(
                Candidate(
                    "invoice_date",
                    got[0],
                    ADJACENT_DATE_SCORE,
                    number.page,
                    (s + got[1], s + got[2]),
                    page.text[s : s + got[2]],
                    "",
                    number.row,
                )
            )
        if not dates:
            dates.extend(_unlabelled_dates(lays[number.page - 1], number, style))
    d = best(dates)
    if d:
        r.values["invoice_date"], r.found["invoice_date"] = d.value, d
        r.confidence["invoice_date"] = min(0.95, d.score)
    due = best(_first_pages_first(_all(lays, "due_date", parse_date)))
    if due:
        r.values["due_date"], r.found["due_date"] = due.value, due
        r.confidence["due_date"] = min(0.95, due.score)


_TIME_AFTER = re.compile(r"\s+\d{1,2}:\d{2}(?::\d{2})?(?!\d)")
RUNNING_LINE_FACTOR = 0.9  # a field read from a header every page repeats: its place is not kept


def _head_from_running_lines(r: Reading, doc: IngestedDocument, style: NumberStyle) -> None:
    """A multi-page invoice repeats its head on every page ("Faktura VAT nr …", its date), and
    ingest removes such lines as a running header: number and dates are read from those lines
    too, and win where their label is surer than the pages' (their value, without a place)."""
    if not doc.running_lines:
        return
    lay = layout(PageText(1, "\n".join(dict.fromkeys(doc.running_lines)), "text_layer"))
    parsers = {"invoice_number": parse_number, "invoice_date": date_parser(style), "due_date": date_parser(style)}
    for fld in _HEAD_FIELDS:
        got = best(candidates(lay, fld, parsers[fld]))
        on_page = r.found.get(fld)
        if got is None or (fld in r.values and on_page is not None and on_page.score >= got.score * RUNNING_LINE_FACTOR):
            continue
        r.values[fld] = got.value
        r.found.pop(fld, None)
        r.confidence[fld] = min(CONF_READ, got.score * RUNNING_LINE_FACTOR)


_HEAD_FIELDS = ("invoice_number", "invoice_date", "due_date")


def _unlabelled_dates(lay: PageLayout, number: Candidate, style: NumberStyle) -> list[Candidate]:
    """A date standing alone near the invoice number, where no label names the invoice date."""
    out = []
    for ph in lay.phrases:
        ds = find_dates(ph.text, style)
        alone = len(ph.text) <= len(ds[0].raw) + 3 if len(ds) == 1 else False
        # a till prints the sale's date and time at its head: "2023-10-21 14:05"
        if not (alone or (len(ds) == 1 and ds[0].start == 0 and _TIME_AFTER.match(ph.text[ds[0].end :]))):
            continue
        span = ph.span(ds[0].start, ds[0].end)
        dist = abs(ph.row - number.row)
        out.append(
            Candidate("invoice_date", ds[0].value, UNLABELLED_DATE_SCORE / (1 + dist), lay.page.page_no, span, ds[0].raw, "", ph.row)
        )
    return out


def _totals(r: Reading, lays: list[PageLayout], style: NumberStyle) -> None:
    parse = amount_parser(style)
    net, vat, total = (_all(lays, f, parse, multi=True) for f in ("net", "vat", "total"))
    r.vat_rows = breakdown(lays, style) or paired_rate_lines(net, vat, lays)
    r.rated = rated_vat_lines(vat, lays)
    r.rates = sorted({rate for rate, _ in r.rated} | {v.rate for v in r.vat_rows})
    _sums_as_candidates(net, vat, r, lays)
    due = _all(lays, "amount_due", parse)
    r.line_totals = [c.value for c in _all(lays, "line_total", parse) if isinstance(c.value, Decimal)]
    # an amount due is the total where no grand total is printed
    t = reconcile(net, vat, total or due)
    if not t.closes and _closed_by_rounding(r, rounded_total(net, vat, total + due, _all(lays, "rounding", parse))):
        return
    r.closes = t.closes
    for name, got in (("net_amount", t.net), ("vat_amount", t.vat), ("total_amount", t.total)):
        if got is None:
            continue
        if isinstance(got, Candidate):
            r.values[name], r.found[name] = got.value, got
            r.confidence[name] = CONF_CLOSED if t.closes else min(CONF_READ, got.score)
        else:
            r.values[name], r.confidence[name] = got, CONF_DERIVED
    _amount_due(r, best(due))


def _sums_as_candidates(net: list[Candidate], vat: list[Candidate], r: Reading, lays: list[PageLayout]) -> None:
    """VAT lines at several rates add up to the VAT; a breakdown's rows to the net and the VAT."""
    several = sum_of_rates(vat, lays) or stacked_vat_lines(vat)
    if several is not None:
        vat.append(several)
    sums = breakdown_sums(r.vat_rows, lays)
    if sums is not None:
        net.append(sums[0])
        vat.append(sums[1])


def _closed_by_rounding(r: Reading, rounded: Rounded | None) -> bool:
    """Net + VAT + öresavrundning = the amount to pay: the total is net + VAT (printed nowhere),
    the rounded figure the amount due."""
    if rounded is None:
        return False
    r.closes = True
    for name, c in (("net_amount", rounded.net), ("vat_amount", rounded.vat), ("amount_due", rounded.due)):
        r.values[name], r.found[name], r.confidence[name] = c.value, c, CONF_CLOSED
    r.values["total_amount"], r.confidence["total_amount"] = rounded.total, CONF_CLOSED
    return True


def _amount_due(r: Reading, d: Candidate | None) -> None:
    """An amount due is kept where it differs from the total (a prepayment, a rounding)."""
    total_v = r.values.get("total_amount")
    if d and isinstance(d.value, Decimal) and total_v is not None and d.value != total_v and abs(d.value) <= abs(total_v):
        r.values["amount_due"], r.found["amount_due"] = d.value, d
        r.confidence["amount_due"] = min(CONF_READ, d.score)


def currency(lays: list[PageLayout], text: str, language: str | None) -> str | None:
    """The currency a label states ("Währung: EUR"), else the most frequent sign or code."""
    for lay in lays:
        for _lab, _row, _pi, m, rtext in label_hits(lay, "currency"):
            code = re.search(r"\b([A-Z]{3})\b", rtext[m.end() : m.end() + 30])
            if code and code.group(1) not in ("THE", "AND"):
                return code.group(1)
    counts: Counter[str] = Counter()
    for sign_code, rx in _CURRENCY_SIGNS:
        counts[sign_code] = len(re.findall(rx, text))
    if counts["KR"]:
        counts[_KRONA.get(language or "sv", "SEK")] += counts.pop("KR")
    counts.pop("KR", None)
    most, n = counts.most_common(1)[0]
    return most if n else _locale_currency(text)


def _locale_currency(text: str) -> str | None:
    """No sign or code printed: the currency of the country whose identifiers the invoice shows."""
    from .vocab import vocabulary

    for code, cues in vocabulary()["currency_locale"].items():
        if code != "_doc" and any(re.search(rf"(?i){c}", text) for c in cues):
            return code
    return None


def document_kind(text: str) -> str | None:
    """What the document calls itself in its title: a credit note before an invoice ("Gutschrift
    zur Rechnung"), a receipt, a payment notice."""
    head = text.split("\f")[0][:8000]
    lines = head.split("\n")
    for kind in ("credit_note", "invoice", "receipt", "payment_notice"):
        rx = titles()[kind]
        if searched_in_head(kind) and not rx.search(head):
            continue  # no title word in the head: none in any of its lines
        for line in lines:
            m = rx.search(line)
            if m and _title_like(line, m):
                return kind
    return None


TITLE_WORDS = 4  # a capitalised line this short that opens with a title word is the title
_TITLE_TAIL = re.compile(
    r"^\s*(?:$|(?:\S+\s+){0,2}\(\d{3}\)|original|copy|kopia|duplicate|[#:]|n[°º]|nr\.?|no\.?|nummer|number|"
    r"\S*\d)",
    re.IGNORECASE,
)


def _title_like(line: str, m: re.Match) -> bool:
    """A title: the word opens its line (or ends it), followed by nothing, a number or its
    marker ("Invoice FA-2017-0008", "Handelsrechnung (380) Nr. 123", "FACTURE N° :")."""
    before = line[: m.start()].strip()
    after = line[m.end() :]
    if before and len(before.split()) > 4:
        return False
    if not before and line.isupper() and len(line.split()) <= TITLE_WORDS:
        return True  # a title set in capitals: "FATURA SIMPLIFICADA", "ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ"
    return bool(_TITLE_TAIL.match(after)) and (not before or bool(re.match(r"^\s*(?:n[°º]|nr|no|#|:)", after, re.I)))


def money(v: object) -> Decimal | None:
    return v if isinstance(v, Decimal) else None


# a document that calls itself an invoice and labels this many invoice fields at the start of a
# line is one; without such a title it takes more (one fewer where one is the invoice number)
FIELDS_WITH_TITLE, FIELDS_WITHOUT_TITLE = 2, 4
_KIND_FIELDS = ("invoice_number", "invoice_date", "due_date", "net", "vat", "total", "amount_due")


def looks_like_invoice(text: str) -> bool:
    """An invoice, credit note, receipt or payment notice in any of the vocabulary's languages."""
    from .vocab import starts_with_label

    head = text[:8000]
    lines = [ln.strip() for ln in head.split("\n") if ln.strip()]
    fields = {fld for fld in _KIND_FIELDS if starts_with_label(lines, fld)}
    titled = document_kind(head) is not None
    need = FIELDS_WITH_TITLE if titled else FIELDS_WITHOUT_TITLE - ("invoice_number" in fields)
    if len(fields) >= need:
        return True
    from .kind import THRESHOLD, invoice_score

    # fewer labels than that: the other signals every invoice has (a VAT id, sums that balance)
    # the labels just read are the score's (the same head and lines): not read a second time
    return invoice_score(text, titled, frozenset(fields)) >= THRESHOLD
