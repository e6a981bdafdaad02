"""Invoices: the corpus invoices (one scanned), and invoices in other layouts rendered here."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
import render
from conftest import RAW, read_tables

D = Decimal


@pytest.mark.parametrize(
    "name,number,issued,org,net,vat,total",
    [
        ("09.4-faktura 939787.pdf", "939787", date(2023, 12, 7), "559000-0112", "12000.00", "3000.00", "15000.00"),
        ("09.5-faktura 939863.pdf", "939863", date(2023, 12, 7), "559000-0112", "8006.25", "2001.56", "10007.81"),
        (
            "12.3-100428769 Hammer & Hanborg Sverige AB.pdf",
            "100428769",
            date(2023, 11, 20),
            "559000-0377",
            "118950.00",
            "29737.50",
            "148687.50",
        ),
        ("21.1-Avi_7523079841 Polisen.pdf", "7523079841", date(2023, 8, 28), "202100-0076", "1740.00", "0.00", "1740.00"),
    ],
)
def test_corpus_invoices(name, number, issued, org, net, vat, total):
    from pipeline.runner import process_document

    pdf = RAW / "botkyrka-2025" / "bilagor" / name
    ed = process_document(pdf.read_bytes(), "case/bilagor/" + name)
    inv = ed.invoice
    assert ed.kind == "invoice"
    assert (inv["invoice_number"], inv["invoice_date"], inv["supplier_org_no"]) == (number, issued, org)
    assert (inv["net_amount"], inv["vat_amount"], inv["total_amount"], inv["currency"]) == (D(net), D(vat), D(total), "SEK")
    assert inv["customer_name"] == "Botkyrka kommun" and inv["supplier_name"] != "Botkyrka kommun"


@pytest.mark.ocr
def test_scanned_invoice_through_the_run(sample_run):
    _, _, t = sample_run
    docs = {d["doc_id"]: d for d in t["documents"]}
    scan = next(i for i in t["invoices"] if docs[i["doc_id"]]["ocr_pages"] == 1)
    assert (scan["invoice_number"], str(scan["invoice_date"]), scan["supplier_org_no"]) == ("2024-0117", "2023-11-30", "559000-0419")
    assert (scan["net_amount"], scan["vat_amount"], scan["total_amount"]) == (D("68000.00"), D("17000.00"), D("85000.00"))
    assert scan["supplier_name"] == "Riskbedömning Norden AB"


@pytest.mark.ocr
def test_sample_links_and_sums(sample_run):
    _, _, t = sample_run
    links = {(r["activity_no"], r["invoice_number"]) for r in t["activity_invoices"]}
    assert {("9", "939787"), ("9", "939863"), ("12", "100428770"), ("21", "7523079841"), ("25", "2024-0117")} <= links
    assert sum(1 for a in links if a[0] == "19") == 13
    att = {a["attachment_id"]: a for a in t["attachments"]}
    files = {d["doc_id"]: d["source_path"] for d in t["documents"]}
    assert files[att["21.1"]["file_doc_id"]].endswith("21.1-Avi_7523079841 Polisen.pdf")
    assert all(att[k]["file_doc_id"] for k in ("09.4", "09.5", "12.1", "12.2", "12.3", "12.4", "21.1", "25.1"))
    # claimed amounts equal the invoices net of VAT: no sum findings
    assert not [c for c in t["checks"] if c["check"] == "invoice_sum_mismatch"]
    missing = [c for c in t["checks"] if c["check"] == "attachment_file_missing"]
    assert len(missing) == 34 - 8 and {c["severity"] for c in missing} == {"info"}


@pytest.fixture(scope="module")
def invoice_case(tmp_path_factory):
    from pipeline.runner import run

    root = tmp_path_factory.mktemp("invoice-case")
    render.invoice_case(root / "in")
    out = root / "out"
    run(root / "in", out, use_cache=False)
    return read_tables(out)


def test_layouts_vat_credit_and_currency(invoice_case):
    inv = {i["invoice_number"]: i for i in invoice_case["invoices"]}
    assert set(inv) == {"4711", "880", "881", "2024-77", "1002"}
    assert (inv["4711"]["net_amount"], inv["4711"]["vat_amount"], inv["4711"]["total_amount"], inv["4711"]["vat_rate"]) == (
        D("10000.00"),
        D("1200.00"),
        D("11200.00"),
        12.0,
    )
    assert (inv["880"]["vat_amount"], inv["880"]["total_amount"], inv["880"]["vat_rate"]) == (D("0.00"), D("6000.00"), 0.0)
    assert inv["881"]["is_credit_note"] and inv["881"]["total_amount"] == D("-1000.00")
    assert (inv["2024-77"]["currency"], inv["2024-77"]["total_amount"], inv["2024-77"]["invoice_date"]) == (
        "EUR",
        D("310.75"),
        date(2024, 2, 15),
    )
    assert inv["4711"]["supplier_name"] == "Konferensgården AB" and inv["4711"]["supplier_org_no"] == "556677-8899"
    assert inv["880"]["supplier_org_no"] == "559123-4561"  # from the footer line, beside the company name


def test_mangled_names_and_duplicates_are_matched(invoice_case):
    att = {a["attachment_id"]: a for a in invoice_case["attachments"]}
    docs = {d["doc_id"]: d for d in invoice_case["documents"] if d["status"] != "duplicate"}
    assert all(a["file_doc_id"] for a in att.values())
    assert docs[att["2.1"]["file_doc_id"]]["source_path"].endswith("2.1-Faktura%20880%20Metodhuset.pdf")
    assert att["1.1"]["file_doc_id"] == att["2.3"]["file_doc_id"]  # the same bytes filed twice
    dup = [d for d in invoice_case["documents"] if d["status"] == "duplicate"]
    assert len(dup) == 1
    assert att["2.2"]["doc_type"] == "invoice" and att["2.2"]["invoice_number"] == "881"


def test_invoice_checks(invoice_case):
    found = {(c["activity_no"], c["check"], c["severity"]) for c in invoice_case["checks"]}
    assert ("1", "invoice_sum_mismatch", "warning") in found  # 11 500 claimed, 10 000 net / 11 200 gross
    assert ("2", "invoice_sum_mismatch", "warning") in found  # the duplicate inflates activity 2
    assert ("3", "invoice_sum_mismatch", "info") in found  # EUR and SEK: not compared
    assert ("1", "duplicate_invoice", "warning") in found
    assert ("3", "attachment_label_mismatch", "warning") in found  # listed 1020, file says 1002
    assert ("3", "invoice_outside_period", "warning") in found  # 2024-02-15 outside 2023
    msg = next(c["message"] for c in invoice_case["checks"] if c["activity_no"] == "1" and c["check"] == "invoice_sum_mismatch")
    assert "11 200,00 kr with VAT (off by -300,00 kr)" in msg
    links = {(r["activity_no"], r["invoice_number"], r["via"]) for r in invoice_case["activity_invoices"]}
    assert ("3", "1002", "invoice_file") in links and ("3", "1020", "attachment_list") in links


@pytest.mark.parametrize(
    "stem,expected",
    [
        ("bilaga_12_faktura_7781.pdf", "12"),
        ("Bil 9 Konferensgården 44120.pdf", "9"),
        ("3b_2231-09.pdf", "3b"),
        ("12.1-100423825 TRYCKSERVICE I ÄNGELHOLM AB.pdf", "12.1"),
        ("bilaga_1_1_faktura_4711.pdf", "1.1"),
        ("20.1-Syfte%2Boch%2Bdagordning.pdf", "20.1"),
        ("Faktura 4711.pdf", None),
    ],
)
def test_leading_attachment_id_of_mangled_names(stem, expected):
    from pipeline.link import _leading_id, _stem

    assert _leading_id(_stem(stem)) == expected


def test_mangled_names_score_above_threshold():
    from types import SimpleNamespace

    from pipeline.link import MATCH_THRESHOLD, match_score

    def doc(path, number=None):
        return SimpleNamespace(ingested=SimpleNamespace(source_path=path), invoice={"invoice_number": number} if number else None)

    item = {"attachment_id": "12", "filename": "Bilaga 12 Faktura 7781.pdf", "label": "Faktura 7781", "invoice_number": "7781"}
    assert match_score(item, doc("case/bilaga_12_faktura_7781.pdf")) >= MATCH_THRESHOLD
    assert match_score(item, doc("case/scan0001.pdf", "7781")) >= MATCH_THRESHOLD  # by content
    assert match_score(item, doc("case/bilaga_13_faktura_7790.pdf")) < MATCH_THRESHOLD
    conf = {"attachment_id": "9", "filename": "Bilaga 9 Konferensgården.pdf", "label": "Konferensgården", "invoice_number": None}
    assert match_score(conf, doc("case/Bil 9 Konferensgården 44120.pdf")) >= MATCH_THRESHOLD


def test_label_variants_and_footer_supplier(tmp_path):
    from pipeline.runner import process_document

    pdf = render.invoice(
        tmp_path / "f.pdf",
        layout="columns",
        supplier="Ljud & Ljus i Mälardalen AB",
        org_no="559123-4561",
        sender=False,
        fields={"Fakturanr": "A-20931", "Datum": "2023-10-05", "Förfallodag": "2023-11-04"},
        lines=[("Ljudteknik, en kväll", "800,00")],
        totals=[("Totalt exkl. moms", "800,00"), ("Momsbelopp 25 %", "200,00"), ("Totalt", "1 000,00 kr"), ("OCR-nummer", "2093100000")],
    )
    ed = process_document(pdf.read_bytes(), "case/f.pdf")
    inv = ed.invoice
    assert (inv["invoice_number"], inv["invoice_date"], inv["due_date"]) == ("A-20931", date(2023, 10, 5), date(2023, 11, 4))
    assert (inv["net_amount"], inv["vat_amount"], inv["total_amount"]) == (D("800.00"), D("200.00"), D("1000.00"))
    assert inv["payment_ref"] == "2093100000"
    assert inv["supplier_name"] == "Ljud & Ljus i Mälardalen AB" and inv["supplier_org_no"] == "559123-4561"


@pytest.mark.parametrize(
    "text,value",
    [
        ("Att betala 12 000,00 kr", "12000.00"),
        ("Att betala 12.000,00", "12000.00"),
        ("Total 12,000.00", "12000.00"),
        ("Totalt 12000.00 SEK", "12000.00"),
        ("Moms 25 % på 800,00: 200,00", "200.00"),
        ("Summa -1 740,00 kr", "-1740.00"),
    ],
)
def test_invoice_amount_groupings(text, value):
    from pipeline.invoices import _amount

    assert _amount(text, text) == D(value)


@pytest.mark.parametrize("with_vat_number", [True, False])
def test_grid_invoice_buyer_org_number_is_not_the_supplier(tmp_path, with_vat_number):
    """The buyer's org number stands in its address block above the footer's: the supplier's is
    the seller's VAT number or the footer's, and the footer gives the legal name behind the logo."""
    from pipeline.runner import process_document

    pdf = render.invoice_grid(tmp_path / "g.pdf", with_vat_number=with_vat_number)
    inv = process_document(pdf.read_bytes(), "case/g.pdf").invoice
    assert (inv["invoice_number"], inv["invoice_date"], inv["due_date"]) == ("10234", date(2023, 5, 12), date(2023, 6, 11))
    assert inv["supplier_org_no"] == "556036-0793"
    assert (inv["supplier_name"], inv["customer_name"]) == ("Lekplatsbolaget i Norden AB", "Ravlunda kommun")
    amounts = (inv["net_amount"], inv["vat_amount"], inv["total_amount"], inv["vat_rate"])
    assert amounts == (D("19700.00"), D("4925.00"), D("24625.00"), 25.0)
    assert inv["payment_ref"] == "102347"


@pytest.mark.parametrize(
    "spec,want",
    [
        (
            dict(
                layout="columns",
                supplier="Bygg & Måleri i Ravlunda AB",
                org_no="556677-8899",
                fields={"Fakturanr/OCR": "70012", "Fakturadatum": "12.05.2023", "Förfallodatum": "11.06.2023"},
                lines=[("Målning fritidsgård", "8 000 kr")],
                totals=[("Summa exkl moms", "8 000 kr"), ("Moms 25,00 %", "2 000 kr"), ("Att betala", "10 000 kr")],
            ),
            ("70012", "2023-05-12", "2023-06-11", "8000.00", "2000.00", "10000.00", 25.0, "SEK"),
        ),
        (
            dict(
                layout="colon",
                supplier="Café Solrosen",
                org_no="556677-8899",
                fields={"Faktura nr": "F-2023-0042", "Datum": "3 oktober 2023", "Betalas senast": "2 november 2023"},
                lines=[("Fika 40 pers", "2 400:-")],
                totals=[("Netto", "2 142,86"), ("Moms 12%", "257,14"), ("Totalt", "2 400:-")],
            ),
            ("F-2023-0042", "2023-10-03", "2023-11-02", "2142.86", "257.14", "2400.00", 12.0, "SEK"),
        ),
        (
            dict(
                layout="stacked",
                supplier="Nordic Events Oy",
                org_no=None,
                fields={"Invoice number": "NE-7781", "Invoice date": "2023-09-14", "Due date": "2023-10-14"},
                lines=[("Workshop", "€ 1 240,00")],
                totals=[("Subtotal", "€ 1 000,00"), ("VAT 24 %", "€ 240,00"), ("Amount due", "€ 1 240,00")],
            ),
            ("NE-7781", "2023-09-14", "2023-10-14", "1000.00", "240.00", "1240.00", 24.0, "EUR"),
        ),
        (
            dict(
                layout="columns",
                supplier="Hyrbuss Syd AB",
                org_no="556677-8899",
                fields={"Fakturanummer": "88213", "Fakturadatum": "2023-06-30", "Förfallodatum": "2023-07-30"},
                lines=[("Bussresa", "SEK 12 000,00")],
                totals=[("Belopp exkl. moms", "SEK 12 000,00"), ("Moms 6 %", "SEK 720,00"), ("Totalt att betala", "SEK 12 720,00")],
            ),
            ("88213", "2023-06-30", "2023-07-30", "12000.00", "720.00", "12720.00", 6.0, "SEK"),
        ),
        (
            dict(
                layout="colon",
                supplier="ICA Supermarket Hagby",
                org_no="556677-8899",
                title="KVITTO",
                fields={"Kvitto nr": "88213", "Datum": "2023-06-30"},
                lines=[("Fika", "450,00")],
                totals=[("Summa", "450,00"), ("Moms 12%", "48,21"), ("Kort", "450,00")],
            ),
            ("88213", "2023-06-30", "None", "401.79", "48.21", "450.00", 12.0, "SEK"),
        ),
    ],
    ids=["whole-kronor", "small-supplier", "euro", "sek-prefix", "receipt"],
)
def test_other_suppliers_invoices(tmp_path, spec, want):
    """Whole-krona totals, a VAT rate printed with decimals, a café's invoice with few labels,
    a foreign supplier in euro, SEK before the amount, a shop's receipt (short field lines on a
    page with little running text stay lines of their own)."""
    from pipeline.runner import process_document

    pdf = render.invoice(tmp_path / "inv.pdf", **spec)
    ed = process_document(pdf.read_bytes(), "case/bilagor/inv.pdf")
    assert ed.kind == "invoice"
    inv = ed.invoice
    got = (
        inv["invoice_number"],
        str(inv["invoice_date"]),
        str(inv["due_date"]),
        str(inv["net_amount"]),
        str(inv["vat_amount"]),
        str(inv["total_amount"]),
        inv["vat_rate"],
        inv["currency"],
    )
    assert got == want
    assert inv["supplier_name"] == spec["supplier"]


@pytest.mark.slow
@pytest.mark.ocr
def test_invoice_scanned_to_a_jpeg(tmp_path):
    """A photographed or scanned invoice saved as an image, without a resolution in the file:
    read by OCR, its labels in a row over their values."""
    import pypdfium2 as pdfium

    from pipeline.runner import process_document

    pdf = render.invoice_grid(tmp_path / "g.pdf")
    page = pdfium.PdfDocument(pdf.read_bytes())[0]
    page.render(scale=150 / 72).to_pil().convert("RGB").save(tmp_path / "faktura.jpg", quality=85)
    ed = process_document((tmp_path / "faktura.jpg").read_bytes(), "case/bilagor/faktura.jpg")
    assert (ed.ingested.media_type, ed.ingested.status, ed.ingested.ocr_pages, ed.kind) == ("image/jpeg", "ok", 1, "invoice")
    inv = ed.invoice
    assert (inv["invoice_number"], inv["payment_ref"], inv["invoice_date"], inv["due_date"]) == (
        "10234",
        "102347",
        date(2023, 5, 12),
        date(2023, 6, 11),
    )
    assert (inv["net_amount"], inv["vat_amount"], inv["total_amount"]) == (D("19700.00"), D("4925.00"), D("24625.00"))
    assert (inv["supplier_org_no"], inv["supplier_name"]) == ("556036-0793", "Lekplatsbolaget i Norden AB")


@pytest.mark.parametrize(
    "totals,vat,rate",
    [
        ([("Netto", "1 000,00"), ("Moms 6 %", "30,00"), ("Moms 25 %", "125,00"), ("Att betala", "1 155,00")], "155.00", None),
        (
            [("Netto", "1 000,00"), ("Moms 6 %", "30,00"), ("Moms 25 %", "125,00"), ("Summa moms", "155,00"), ("Att betala", "1 155,00")],
            "155.00",
            None,
        ),
        ([("Netto", "800,00"), ("Moms 25 %", "200,00"), ("Att betala", "1 000,00"), ("Moms 25 %", "200,00")], "200.00", 25.0),
        ([("Netto", "800,00"), ("Varav moms 25 %", "200,00"), ("Att betala", "1 000,00")], "200.00", 25.0),
    ],
    ids=["two-rates", "two-rates-and-sum", "repeated-on-the-slip", "varav"],
)
def test_vat_over_several_rates(tmp_path, totals, vat, rate):
    from pipeline.runner import process_document

    pdf = render.invoice(
        tmp_path / "v.pdf",
        layout="columns",
        supplier="Resor & Fika AB",
        org_no="556677-8899",
        fields={"Fakturanummer": "5120", "Fakturadatum": "2023-08-01"},
        lines=[("Buss och fika", "1 000,00")],
        totals=totals,
    )
    inv = process_document(pdf.read_bytes(), "case/v.pdf").invoice
    assert (str(inv["vat_amount"]), inv["vat_rate"]) == (vat, rate)


def test_totals_side_by_side_too_close_for_a_column_gap(tmp_path):
    """'Totalt exkl. moms  Moms  Öresavr.  Totalt' over their values, closer together than a
    column gap: each value is the one under its label; 'moms' inside 'Totalt exkl. moms' is no
    VAT label."""
    from reportlab.pdfgen import canvas

    from pipeline.runner import process_document

    path = tmp_path / "t.pdf"
    c = canvas.Canvas(str(path), pagesize=render.A4)
    w, h = render.A4
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, h - 60, "Städ & Service Norr AB")
    c.drawString(450, h - 60, "FAKTURA")
    c.setFont("Helvetica", 9)
    for k, text in enumerate(["Fakturanummer: 3391", "Fakturadatum: 2023-04-03", "Förfallodatum: 2023-05-03"]):
        c.drawString(350, h - 90 - 13 * k, text)
    c.drawString(50, h - 200, "Städning fritidsgård april")
    c.drawRightString(545, h - 200, "4 000,00")
    for x, label, value in zip(
        [300, 385, 430, 480], ["Totalt exkl. moms", "Moms", "Öresavr.", "Totalt"], ["4 000,00", "1 000,00", "0,00", "5 000,00"], strict=True
    ):
        c.drawString(x, h - 260, label)
        c.drawString(x, h - 272, value)
    c.setFont("Helvetica", 7)
    c.drawString(50, 50, "Städ & Service Norr AB | Org.nr 556677-8899 | Bankgiro 123-4567 | Godkänd för F-skatt")
    c.save()
    inv = process_document(path.read_bytes(), "case/bilagor/t.pdf").invoice
    got = (inv["invoice_number"], inv["net_amount"], inv["vat_amount"], inv["total_amount"], inv["vat_rate"])
    assert got == ("3391", D("4000.00"), D("1000.00"), D("5000.00"), 25.0)


def test_an_invoice_filed_as_a_payslip_is_flagged(tmp_path):
    from pipeline.runner import run

    case = render.ravlunda_case(tmp_path / "in")
    render.invoice_grid(case / "bilagor" / "Bilaga 3 lönespecifikationer.pdf", with_vat_number=False)
    run(tmp_path / "in", tmp_path / "out", use_cache=False)
    t = read_tables(tmp_path / "out")
    flagged = [(c["activity_no"], c["expected"], c["actual"]) for c in t["checks"] if c["check"] == "attachment_label_mismatch"]
    assert flagged == [("3", "payslip", "invoice")]


def test_payment_terms_on_credit_are_no_credit_note(tmp_path):
    from pipeline.runner import process_document

    pdf = render.invoice(
        tmp_path / "k.pdf",
        layout="columns",
        supplier="Bygg AB",
        org_no="556677-8899",
        fields={"Fakturanummer": "5001", "Fakturadatum": "2023-05-02", "Betalningsvillkor": "30 dagar kredit"},
        lines=[("Arbete", "1 000,00")],
        totals=[("Netto", "1 000,00"), ("Moms 25 %", "250,00"), ("Att betala", "1 250,00 kr")],
    )
    inv = process_document(pdf.read_bytes(), "case/k.pdf").invoice
    assert (inv["is_credit_note"], inv["total_amount"]) == (False, D("1250.00"))
