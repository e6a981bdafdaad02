"""Invoices in any language and layout: generated invoices (tests/data/invoices/generate.py) read
end to end, number and date conventions, the shared corpus's evidence."""

from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest

from pipeline.invoicing.numbers import NumberStyle, detect_style, find_amounts, find_dates
from pipeline.runner import process_document

sys.path.insert(0, str(Path(__file__).parent / "data" / "invoices"))
import generate  # noqa: E402

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "botkyrka-2025"


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    out = tmp_path_factory.mktemp("invoices")
    return out, generate.generate(out)


@pytest.mark.parametrize("name", [s.name + ".pdf" for s in generate.SPECS])
def test_generated_invoice_fields(generated, name):
    out, expected = generated
    want = expected[name]
    ed = process_document((out / name).read_bytes(), f"case/bilagor/{name}")
    assert ed.kind == "invoice"
    inv = ed.invoice
    got = dict(
        invoice_number=inv["invoice_number"],
        invoice_date=str(inv["invoice_date"]),
        net=str(inv["net_amount"]),
        vat=str(inv["vat_amount"]),
        total=str(inv["total_amount"]),
        currency=inv["currency"],
        language=inv["language"],
    )
    assert got == {k: want[k] for k in got}
    if "due_date" in want:
        assert str(inv["due_date"]) == want["due_date"]
    assert inv["is_credit_note"] == want.get("is_credit_note", False)
    assert ed.meta["language"] == want["language"]
    if "lines" in want:
        assert len(ed.invoice_lines) == want["lines"]
        assert sum(abs(ln["amount"]) for ln in ed.invoice_lines) == abs(inv["net_amount"])
    if "vat_rates" in want:
        assert inv["vat_rate"] is None
        assert sorted(f"{v['vat_rate'].normalize():f}" for v in ed.invoice_vat) == sorted(want["vat_rates"])
        assert sum(v["vat_amount"] for v in ed.invoice_vat) == inv["vat_amount"]
    spec = next(s for s in generate.SPECS if s.name + ".pdf" == name)
    assert inv["supplier_name"] == spec.seller[0]
    fields = {e.field: e for e in ed.evidence}
    for f in ("invoice_number", "invoice_date", "net_amount", "vat_amount", "total_amount"):
        assert fields[f].prov is not None and fields[f].prov.box is not None, f
    assert fields["total_amount"].confidence > 0.9  # the arithmetic closes


def test_number_style_per_document():
    comma = detect_style("Summe 1.234,56 € zzgl. MwSt 234,57 €")
    point = detect_style("Subtotal $1,234.56 Tax $98.76")
    assert (comma.decimal, point.decimal) == (",", ".")
    assert [a.value for a in find_amounts("Steuerbetrag 8.550 Brutto 53.550,00", comma)] == [D("8550.00"), D("53550.00")]
    assert [a.value for a in find_amounts("Total 1,000 and 2,500.50", point)] == [D("1000.00"), D("2500.50")]
    # a mark before two final digits is decimal whatever the document's habit
    assert find_amounts("50,00", point)[0].value == D("50.00")


@pytest.mark.parametrize(
    "text,month_first,want",
    [
        ("Rechnungsdatum: 3. März 2024", False, date(2024, 3, 3)),
        ("le 3 mars 2024", False, date(2024, 3, 3)),
        ("March 3, 2024", False, date(2024, 3, 3)),
        ("Apr 01, 2015", False, date(2015, 4, 1)),
        ("2024-03-05", False, date(2024, 3, 5)),
        ("05.03.2024", False, date(2024, 3, 5)),
        ("05/03/2024", False, date(2024, 3, 5)),
        ("05/03/2024", True, date(2024, 5, 3)),
        ("7 March 2024", False, date(2024, 3, 7)),
    ],
)
def test_dates_in_every_common_form(text, month_first, want):
    assert find_dates(text, NumberStyle(",", month_first))[0].value == want


def test_month_first_decided_by_the_documents_other_dates():
    assert detect_style("Invoice Date 11/03/2017 Payment 11/17/2017").month_first
    assert not detect_style("Date 11/03/2017 Échéance 25/03/2017").month_first


def test_payment_notice_net_equals_total_evidence_apart():
    """Bilaga 21.1 states the same sum as net and as the amount to pay: two places on the page."""
    pdf = next(CORPUS.glob("bilagor/21.1-*.pdf"))
    ed = process_document(pdf.read_bytes(), "botkyrka-2025/bilagor/" + pdf.name)
    assert ed.invoice["net_amount"] == ed.invoice["total_amount"] == D("1740.00")
    ev = {e.field: e for e in ed.evidence if e.table == "invoices"}
    net, total = ev["net_amount"], ev["total_amount"]
    assert net.value == total.value == "1740.00"
    assert net.prov.box is not None and total.prov.box is not None
    assert net.prov.box != total.prov.box and net.prov.box[1] < total.prov.box[1]  # net above total
    assert net.confidence >= 0.9 and "arithmetic" in net.signals
    assert [ln["amount"] for ln in ed.invoice_lines] == [D("1740.00")]


DATA = Path(__file__).parent / "data" / "invoices"


def test_facturx_read_from_its_xml_and_checked_against_the_page(tmp_path):
    pytest.importorskip("facturx")  # the dev extra's factur-x package embeds the XML
    import facturx_sample

    pdf = facturx_sample.build(tmp_path / "fx.pdf")
    ed = process_document(pdf.read_bytes(), "case/bilagor/fx.pdf")
    inv = ed.invoice
    assert (ed.kind, inv["source"], inv["invoice_number"], inv["invoice_date"], inv["due_date"]) == (
        "invoice",
        "einvoice",
        "FX-2024-118",
        date(2024, 4, 12),
        date(2024, 5, 12),
    )
    assert (inv["net_amount"], inv["vat_amount"], inv["total_amount"], inv["currency"]) == (D("1200.00"), D("228.00"), D("1428.00"), "EUR")
    assert (inv["buyer_name"], inv["iban"], inv["vat_rate"]) == ("Malmö stad", "DE02120300000000202051", 19.0)
    assert not inv["_einvoice_mismatch"]  # the page agrees
    assert [(ln["description"], ln["quantity"], ln["amount"]) for ln in ed.invoice_lines] == [("Spielgeräte Wartung", D("3"), D("1200.00"))]
    assert [(v["vat_rate"], v["net_amount"], v["vat_amount"]) for v in ed.invoice_vat] == [(D("19"), D("1200.00"), D("228.00"))]
    ev = {e.field: e for e in ed.evidence}
    assert ev["total_amount"].source == "einvoice" and ev["total_amount"].prov.box is not None


def test_facturx_whose_page_prints_another_total(tmp_path):
    pytest.importorskip("facturx")
    import facturx_sample

    pdf = facturx_sample.build(tmp_path / "fx.pdf", printed_total="1.482,00")
    ed = process_document(pdf.read_bytes(), "case/bilagor/fx.pdf")
    assert ed.invoice["total_amount"] == D("1428.00")  # the XML is exact
    assert ("total_amount", "1482.00", "1428.00") in ed.invoice["_einvoice_mismatch"]


def test_peppol_bis3_file_is_an_invoice():
    data = (DATA / "peppol-bis3.xml").read_bytes()
    ed = process_document(data, "case/bilagor/faktura.xml")
    inv = ed.invoice
    assert (ed.kind, ed.ingested.media_type, inv["source"]) == ("invoice", "application/xml", "einvoice")
    assert (inv["invoice_number"], inv["invoice_date"], inv["due_date"]) == ("SF-2024-0042", date(2024, 4, 2), date(2024, 5, 2))
    assert (inv["net_amount"], inv["vat_amount"], inv["total_amount"], inv["currency"]) == (D("7000.00"), D("1560.00"), D("8560.00"), "SEK")
    assert (inv["supplier_name"], inv["supplier_org_no"], inv["buyer_name"], inv["buyer_org_no"]) == (
        "Fritidsledarna i Örebro AB",
        "556677-8899",
        "Örebro kommun",
        "212000-1900",
    )
    assert (inv["order_reference"], inv["payment_ref"], inv["iban"], inv["vat_rate"], inv["amount_due"]) == (
        "PO-5531",
        "20240042",
        "SE4550000000058398257466",
        None,
        None,
    )
    assert (inv["service_period_start"], inv["service_period_end"]) == (date(2024, 3, 1), date(2024, 3, 31))
    assert sorted((v["vat_rate"], v["vat_amount"]) for v in ed.invoice_vat) == [(D("6"), D("60.00")), (D("25"), D("1500.00"))]
    assert [ln["amount"] for ln in ed.invoice_lines] == [D("6000.00"), D("1000.00")]


def _spec(name: str, number: str, buyer: str, totals, lines, supplier: str = "Städbolaget Väst AB"):
    return generate.Spec(
        name,
        [supplier, "Industrigatan 3", "123 45 Vallby"],
        ["Kund", buyer, "Box 1"],
        "FAKTURA",
        [("Fakturanummer", number), ("Fakturadatum", "2023-06-01")],
        ["Beskrivning", "Antal", "À-pris", "Belopp"],
        lines,
        totals,
        {},
        footer=["Org.nr 559000-0112 | Bankgiro 5050-1055"],
    )


def test_invoice_checks_in_a_run(tmp_path):
    """VAT that is not the rate's share, lines that miss the net, an invoice addressed to another
    municipality, and one invoice filed twice under numbers OCR confuses."""
    import pyarrow.parquet as pq
    from render import invoice_case

    from pipeline.runner import run

    case = invoice_case(tmp_path / "in")
    bil = case / "bilagor"
    ok_totals = [("Summa exkl. moms", "2 000,00"), ("Moms 25 %", "500,00"), ("Att betala", "2 500,00 kr")]
    generate.draw(
        _spec("n", "1020", "Solna stad", ok_totals, [["Buss", "1", "2 000,00", "2 000,00"]], "Bussbolaget i Vallby AB"),
        bil / "3.2 Faktura 1020 Bussbolaget.pdf",
    )
    bad = [("Summa exkl. moms", "1 000,00"), ("Moms 25 %", "300,00"), ("Att betala", "1 300,00 kr")]
    generate.draw(_spec("v", "A-1001", "Vallby kommun", bad, [["Städning", "2", "400,00", "800,00"]]), bil / "faktura A-1001.pdf")
    generate.draw(_spec("v", "A-1OO1", "Vallby kommun", bad, [["Städning", "2", "400,00", "800,00"]]), bil / "faktura A-1001 kopia.pdf")
    run(tmp_path / "in", tmp_path / "out")
    checks = pq.read_table(tmp_path / "out" / "checks.parquet").to_pylist()
    docs = {d["doc_id"]: d["source_path"].rsplit("/", 1)[-1] for d in pq.read_table(tmp_path / "out" / "documents.parquet").to_pylist()}
    got = {
        (c["check"], docs.get(c["doc_id"]))
        for c in checks
        if c["check"] in ("vat_mismatch", "line_items_mismatch", "invoice_not_addressed", "near_duplicate_invoice")
    }
    response = next(docs[d["doc_id"]] for d in pq.read_table(tmp_path / "out" / "documents.parquet").to_pylist() if d["kind"] == "response")
    assert got == {
        ("vat_mismatch", "faktura A-1001.pdf"),
        ("vat_mismatch", "faktura A-1001 kopia.pdf"),
        ("line_items_mismatch", "faktura A-1001.pdf"),
        ("line_items_mismatch", "faktura A-1001 kopia.pdf"),
        ("invoice_not_addressed", response),  # on the response, at the activity the invoice is filed under
        ("near_duplicate_invoice", "faktura A-1001.pdf"),
    }


DEVSET = Path(__file__).resolve().parents[1] / ".." / "shared" / "devset" / "invoices-real"


@pytest.mark.skipif(not DEVSET.exists(), reason="needs ../shared")
def test_letterhead_emoji_keeps_the_page_boxes():
    """A phone emoji in the letterhead (a character beyond the BMP, two UTF-16 units to pdfium)
    must not cost the page its character boxes: the fields' evidence keeps its place."""
    pdf = next(
        p for p in sorted(DEVSET.glob("*.pdf")) if "📞" in (p.read_bytes() and process_document(p.read_bytes(), p.name).ingested.text)
    )
    ed = process_document(pdf.read_bytes(), pdf.name)
    assert any(v == v for v in ed.ingested.pages[0].boxes)  # NaN only where no box
    ev = {e.field: e for e in ed.evidence}
    assert all(ev[f].prov.box is not None for f in ("invoice_number", "invoice_date", "total_amount"))
    assert ed.invoice_lines and sum(ln["amount"] for ln in ed.invoice_lines) in (ed.invoice["net_amount"], ed.invoice["total_amount"])
