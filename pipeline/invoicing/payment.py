"""Payment details and references: IBAN and BIC (validated with python-stdnum), bankgiro and
plusgiro, the order reference and the service period, each with where it was read."""

from __future__ import annotations

import re

from stdnum import bic as std_bic
from stdnum import iban as std_iban

from ..ingest import IngestedDocument
from ..swedish import find_giro
from .fields import Candidate, best, candidates, parse_number
from .layout import layout
from .numbers import detect_style, find_dates

_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b")
_BIC = re.compile(r"(?i)\b(?:BIC|SWIFT)(?:[- ]?code)?\s*[:.]?\s*([A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)\b")


def _cand(field: str, value: object, page_no: int, span: tuple[int, int], raw: str) -> Candidate:
    return Candidate(field, value, 0.9, page_no, span, raw, "", 0)


def payment_details(doc: IngestedDocument) -> tuple[dict, dict[str, Candidate]]:
    vals: dict = dict(
        iban=None, bic=None, bankgiro=None, plusgiro=None, order_reference=None, service_period_start=None, service_period_end=None
    )
    found: dict[str, Candidate] = {}
    for page in doc.pages:
        _scan(page.text, page.page_no, vals, found)
    # a footer repeated on every page was taken off the pages as a running line: the bank
    # details of a multi-page invoice stand there (with no place on a page to point at)
    _scan("\n".join(doc.running_lines), None, vals, found)
    _references(doc, vals, found)
    return vals, found


def _scan(text: str, page_no: int | None, vals: dict, found: dict[str, Candidate]) -> None:
    """IBAN, BIC, bankgiro and plusgiro in the text, the first valid one of each."""
    got: list[tuple[str, str, tuple[int, int], str]] = []  # field, value, span, raw
    got += [("iban", std_iban.compact(m.group()), m.span(), m.group()) for m in _IBAN.finditer(text) if std_iban.is_valid(m.group())]
    got += [("bic", m.group(1).upper(), m.span(1), m.group(1)) for m in _BIC.finditer(text) if std_bic.is_valid(m.group(1))]
    got += [(g.kind, g.value, (g.start, g.end), g.raw) for g in find_giro(text)]
    for fld, value, span, raw in got:
        if vals.get(fld) is None:
            vals[fld] = value
            if page_no is not None:
                found[fld] = _cand(fld, value, page_no, span, raw)


def _references(doc: IngestedDocument, vals: dict, found: dict[str, Candidate]) -> None:
    style = detect_style(doc.text)
    lays = [layout(p) for p in doc.pages]
    order = best([c for lay in lays for c in candidates(lay, "order_reference", parse_number)])
    if order:
        vals["order_reference"], found["order_reference"] = order.value, order

    def period(text: str):
        ds = find_dates(text[:60], style)
        if len(ds) >= 2 and ds[0].start < 12 and ds[0].value <= ds[1].value:
            return (ds[0].value, ds[1].value), ds[0].start, ds[1].end
        return None

    per = best([c for lay in lays for c in candidates(lay, "service_period", period)])
    if per:
        start, end = per.value
        vals["service_period_start"], vals["service_period_end"] = start, end
        found["service_period_start"] = Candidate("service_period_start", start, per.score, per.page, per.span, per.raw, per.label, per.row)
        found["service_period_end"] = Candidate("service_period_end", end, per.score, per.page, per.span, per.raw, per.label, per.row)
