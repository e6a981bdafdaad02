"""Invoices from twelve EU suppliers in languages and layouts the reader was not built on
(tests/gen/invoices_eu.py; PDFs and expected values committed, the values written before the
pipeline ran on them): the document is an invoice, its fields, line items that add up and VAT per
rate."""

from __future__ import annotations

import json
from decimal import Decimal as D
from pathlib import Path

import pytest

from pipeline.runner import process_document

DATA = Path(__file__).parent / "data" / "invoices_eu"
EXPECTED = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module", params=sorted(EXPECTED))
def read(request):
    name = request.param
    return name, EXPECTED[name], process_document((DATA / name).read_bytes(), f"case/bilagor/{name}")


def test_kind_and_fields(read):
    name, want, ed = read
    assert ed.kind == "invoice", name
    inv = ed.invoice
    got = dict(
        invoice_number=inv["invoice_number"],
        invoice_date=str(inv["invoice_date"]),
        due_date=str(inv["due_date"]),
        net=str(inv["net_amount"]),
        vat=str(inv["vat_amount"]),
        total=str(inv["total_amount"]),
        currency=inv["currency"],
    )
    assert got == {k: want[k] for k in got}, name
    if "amount_due" in want:
        assert str(inv["amount_due"]) == want["amount_due"], name
    assert inv["language"] == want["language"], name
    # the Swedish buyer's VAT number in its address block is not the foreign supplier's org number
    assert inv["supplier_org_no"] == want.get("supplier_org_no"), name


def test_line_items_add_up(read):
    name, want, ed = read
    lines = ed.invoice_lines
    assert len(lines) == want["lines"], name
    assert sum((ln["amount"] for ln in lines), D(0)) == D(want["line_sum"]), name


def test_vat_per_rate(read):
    name, want, ed = read
    assert sorted((f"{v['vat_rate'].normalize():f}" for v in ed.invoice_vat), key=D) == sorted(want["vat_rates"], key=D), name
    assert sum(v["vat_amount"] for v in ed.invoice_vat) == D(want["vat"]), name
