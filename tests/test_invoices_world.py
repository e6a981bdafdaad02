"""Invoices in styles real suppliers outside the Nordics send (tests/gen/invoices_world.py; the
PDFs and their gold, written before the pipeline was run on them, are committed): a cloud
provider's monthly invoices, online retailers' VAT-included invoices, Indian GST tax invoices,
Dutch, German, French, US, Swiss and South African invoices and a German credit note. Fields,
line items that add up, VAT per rate, and every field's place on the page."""

from __future__ import annotations

import json
from decimal import Decimal as D
from pathlib import Path

import pytest

from pipeline.invoicing.layout import Word, _phrases
from pipeline.invoicing.numbers import detect_style
from pipeline.invoicing.vat import VatRow, breakdown_sums
from pipeline.runner import process_document

DATA = Path(__file__).parent / "data" / "invoices_world"
GOLD = json.loads((DATA / "gold.json").read_text())["files"]


@pytest.fixture(scope="module")
def reads() -> dict:
    return {}


def _read(reads: dict, name: str):
    if name not in reads:
        reads[name] = process_document((DATA / name).read_bytes(), f"case/bilagor/{name}")
    return reads[name]


@pytest.mark.parametrize("name", sorted(GOLD))
def test_fields(reads, name):
    want, ed = GOLD[name], _read(reads, name)
    inv = ed.invoice
    assert ed.kind == "invoice"
    got = dict(
        invoice_number=inv["invoice_number"],
        invoice_date=str(inv["invoice_date"]),
        net=str(inv["net_amount"]),
        vat=str(inv["vat_amount"]),
        total=str(inv["total_amount"]),
        currency=inv["currency"],
    )
    assert got == {k: want[k] for k in got}
    for f in ("due_date", "amount_due"):
        if f in want:
            assert str(inv[f]) == want[f], f
    assert inv["is_credit_note"] == want.get("is_credit_note", False)


@pytest.mark.parametrize("name", sorted(GOLD))
def test_line_items_add_up(reads, name):
    want, ed = GOLD[name], _read(reads, name)
    lines = ed.invoice_lines
    assert len(lines) == want["lines"]
    assert abs(sum((ln["amount"] for ln in lines), D(0))) == D(want["line_sum"])
    assert all(isinstance(ln["amount"], D) for ln in lines)


@pytest.mark.parametrize("name", sorted(n for n in GOLD if "vat_rates" in GOLD[n]))
def test_vat_per_rate(reads, name):
    want, ed = GOLD[name], _read(reads, name)
    assert sorted(f"{v['vat_rate'].normalize():f}" for v in ed.invoice_vat) == want["vat_rates"]
    assert sum(v["vat_amount"] for v in ed.invoice_vat) == D(want["vat"])


@pytest.mark.parametrize("name", sorted(GOLD))
def test_fields_have_a_place(reads, name):
    ed = _read(reads, name)
    by_field = {e.field: e for e in ed.evidence if e.table == "invoices"}
    for f in ("invoice_number", "invoice_date", "net_amount", "vat_amount", "total_amount"):
        ev = by_field[f]
        assert 0 < ev.confidence <= 1
        assert ev.prov is not None and ev.prov.box is not None, f


@pytest.mark.parametrize(
    "text, language, month_first",
    [
        ("Invoice date 03/07/2024 Sales Tax (7.75%) $206.18", "en", True),  # a US sales tax
        ("Bill to: 747 Market St, Tacoma WA 98402. Date 03/07/2024", "en", True),  # state and ZIP code
        ("Invoice date 03/07/2024 VAT 20% £13.33 London N1 7GR", "en", False),  # British: day first
        ("Date 03/07/2024, due 25/07/2024, Sales Tax 5 %", "en", False),  # a date only day-first reads decides
        ("Datum 03/07/2024 Sales Tax", "de", False),  # the cue is English-only
    ],
)
def test_undecided_numeric_dates_follow_us_marks(text, language, month_first):
    assert detect_style(text, language).month_first is month_first


def test_breakdown_rows_add_up_to_net_and_vat():
    from pipeline.ingest import ingest_bytes
    from pipeline.invoicing.layout import layout

    doc = ingest_bytes((DATA / "de-onlineshop-brutto-steuertabelle.pdf").read_bytes(), "case/x.pdf")
    lays = [layout(p) for p in doc.pages]
    rows = [VatRow(D(7), D("49.49"), D("3.46"), 1, 3), VatRow(D(19), D("3.28"), D("0.62"), 1, 4)]
    sums = breakdown_sums(rows, lays)
    assert sums is not None
    assert (sums[0].value, sums[1].value) == (D("52.77"), D("4.08"))
    assert breakdown_sums(rows[:1], lays) is None  # one row is the VAT line itself, no sum
    assert breakdown_sums([rows[0], VatRow(D(19), None, D("0.62"), 1, 4)], lays) is None  # a row without its base


def _row(*words: tuple[str, float]) -> list[Word]:
    """Words of one 8.5 pt row: (text, left edge); glyphs 5.1 pt wide, as in a monospaced font."""
    return [Word(0, len(t), t, x, 100.0, x + 5.1 * len(t) - 0.6, 106.2) for t, x in words]


def test_a_monospaced_row_keeps_an_amount_with_its_thousands_space_together():
    # "Sub Total" ... "R 12 450.00": one space is one 5.1 pt cell, the column gap far wider
    row = _row(("Sub", 338.0), ("Total", 358.4), ("R", 470.0), ("12", 480.2), ("450.00", 495.5))
    assert [p.text for p in _phrases(row, 1, 0)] == ["Sub Total", "R 12 450.00"]
    # a proportional row: narrow spaces, one gap of a cell's width is a column break as before
    prop = [Word(0, 1, t, x0, 100.0, x1, 106.2) for t, x0, x1 in [("Qty", 40, 55), ("2", 61.5, 66), ("Rate", 300, 320)]]
    assert [p.text for p in _phrases(prop, 1, 0)] == ["Qty", "2", "Rate"]
