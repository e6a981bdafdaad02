"""Invoices from accounting systems and countries the reader was not tuned on (tests/gen/
invoices_nordic.py; the PDFs and their expected values are committed): fields, line items that
add up, VAT per rate, and every field's place on the page."""

from __future__ import annotations

import json
from decimal import Decimal as D
from pathlib import Path

import pytest

from pipeline.runner import process_document

DATA = Path(__file__).parent / "data" / "invoices_nordic"
EXPECTED = json.loads((DATA / "expected.json").read_text())


@pytest.fixture(scope="module", params=sorted(EXPECTED))
def read(request):
    name = request.param
    return name, EXPECTED[name], process_document((DATA / name).read_bytes(), f"case/bilagor/{name}")


def test_fields(read):
    name, want, ed = read
    inv = ed.invoice
    got = dict(
        invoice_number=inv["invoice_number"],
        invoice_date=str(inv["invoice_date"]),
        net=str(inv["net_amount"]),
        vat=str(inv["vat_amount"]),
        total=str(inv["total_amount"]),
        currency=inv["currency"],
    )
    assert got == {k: want[k] for k in got}, name
    for f in ("due_date", "amount_due", "supplier_org_no", "bankgiro", "plusgiro", "ocr_reference"):
        if f in want:
            assert str(inv[f]) == want[f], (name, f)
    assert inv["is_credit_note"] == want.get("is_credit_note", False)


def test_line_items_add_up(read):
    name, want, ed = read
    lines = ed.invoice_lines
    assert len(lines) == want["lines"], name
    assert abs(sum((ln["amount"] for ln in lines), D(0))) == D(want["line_sum"]), name
    assert all(isinstance(ln["amount"], D) for ln in lines)


def test_vat_per_rate(read):
    name, want, ed = read
    if "vat_rates" not in want:  # one rate, or none: no table of rates that disagree
        assert len({v["vat_rate"] for v in ed.invoice_vat}) <= 1, name
        return
    assert sorted(f"{v['vat_rate'].normalize():f}" for v in ed.invoice_vat) == want["vat_rates"]
    assert sum(v["vat_amount"] for v in ed.invoice_vat) == D(want["vat"])


def test_fields_have_a_place_and_a_confidence(read):
    name, _want, ed = read
    inv = ed.invoice
    assert inv["net_amount"] + inv["vat_amount"] == inv["total_amount"], name
    by_field = {e.field: e for e in ed.evidence if e.table == "invoices"}
    for f in ("invoice_number", "invoice_date", "net_amount", "vat_amount", "total_amount"):
        ev = by_field[f]
        assert 0 < ev.confidence <= 1
        if ev.signals == ("arithmetic",):  # computed, printed nowhere: a receipt's net, VAT at two rates, an öre-rounded total
            assert f.endswith("_amount") and ev.prov is None and ev.confidence < 0.9, (name, f)
        else:
            assert ev.prov is not None and ev.prov.box is not None, (name, f)


@pytest.mark.parametrize(
    "municipality, buyer, addressed",
    [
        ("Ljusdals kommun", "Ljusdals kommun", True),
        ("Botkyrka kommun", "Botkyrka kommun Socialförvaltningen", True),
        ("Västerås stad", "Västerås stad", True),
        ("Ljusdals kommun", "Ljusdalshem AB", False),  # the municipal housing company is its own legal person
        ("Umeå kommun", "Umeå Energi AB", False),
        ("Mora kommun", "Orsa kommun", False),  # a neighbour, one letter pair apart
        ("Mora kommun", "M0ra kommun", True),  # an OCR slip
        ("Höörs kommun", "Kommunstyrelsen i Höör", True),
    ],
)
def test_invoice_addressed_to_the_municipality(municipality, buyer, addressed):
    from pipeline.invoicing.checks import addressed_to

    assert addressed_to(municipality, buyer) is addressed
