"""Invoices in several languages and layouts, drawn with reportlab, each with the values a reader
must find. Written before looking at how the pipeline reads them; the labels, layouts and
number formats are the common ones of each country, not those of any file in the corpus.

`python tests/data/invoices/generate.py OUT_DIR` writes them as PDFs with `expected.json`."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

W, H = A4


@dataclass
class Spec:
    name: str
    seller: list[str]
    buyer: list[str]
    title: str
    head: list[tuple[str, str]]  # label, value
    columns: list[str]  # line table header
    lines: list[list[str]]
    totals: list[tuple[str, str]]
    expected: dict
    head_layout: str = "right"  # right: value right of label; below: value under label; grid
    totals_layout: str = "right"  # right, or grid (labels in a row over their values)
    footer: list[str] = field(default_factory=list)
    font: str = "Helvetica"


SPECS = [
    Spec(
        "sv-faktura",
        ["Bygg & Måleri i Norr AB", "Storgatan 4", "903 26 Umeå"],
        ["Kund", "Umeå kommun", "Box 10", "901 84 Umeå"],
        "FAKTURA",
        [("Fakturanummer", "24-1187"), ("Fakturadatum", "2024-03-05"), ("Förfallodatum", "2024-04-04"), ("Er referens", "Anna Lind")],
        ["Benämning", "Antal", "À-pris", "Belopp"],
        [["Målning av lokal", "12", "650,00", "7 800,00"], ["Material", "1", "2 200,00", "2 200,00"]],
        [("Summa exkl. moms", "10 000,00"), ("Moms 25 %", "2 500,00"), ("Att betala", "12 500,00 kr")],
        dict(
            invoice_number="24-1187",
            invoice_date="2024-03-05",
            due_date="2024-04-04",
            net="10000.00",
            vat="2500.00",
            total="12500.00",
            currency="SEK",
            language="sv",
            lines=2,
        ),
        footer=["Bankgiro 5050-1055 | Org.nr 556677-8899 | Godkänd för F-skatt"],
    ),
    Spec(
        "sv-kreditfaktura",
        ["Kontorsvaror Syd AB", "Hamngatan 2", "211 22 Malmö"],
        ["Köpare", "Lunds kommun", "221 00 Lund"],
        "KREDITFAKTURA",
        [("Kreditfakturanummer", "K-5521"), ("Fakturadatum", "2024-02-14"), ("Avser faktura", "50213")],
        ["Beskrivning", "Antal", "Pris", "Summa"],
        [["Returnerade pärmar", "20", "45,00", "900,00"]],
        [("Netto", "-900,00"), ("Moms 25%", "-225,00"), ("Att erhålla", "-1 125,00")],
        dict(
            invoice_number="K-5521",
            invoice_date="2024-02-14",
            net="-900.00",
            vat="-225.00",
            total="-1125.00",
            currency="SEK",
            is_credit_note=True,
            language="sv",
            lines=1,
        ),
        head_layout="below",
    ),
    Spec(
        "sv-tva-momssatser",
        ["Resor & Konferens i Mälardalen AB", "Kungsgatan 9", "722 11 Västerås"],
        ["Kund", "Västerås stad"],
        "Faktura",
        [("Fakturanr", "7710"), ("Datum", "2023-09-18"), ("Betalas senast", "2023-10-18")],
        ["Beskrivning", "Antal", "Pris", "Belopp"],
        [["Bussresa", "1", "4 000,00", "4 000,00"], ["Lunch", "40", "150,00", "6 000,00"]],
        [("Summa exkl. moms", "10 000,00"), ("Moms 6 %", "240,00"), ("Moms 12 %", "720,00"), ("Totalt att betala", "10 960,00")],
        dict(
            invoice_number="7710",
            invoice_date="2023-09-18",
            due_date="2023-10-18",
            net="10000.00",
            vat="960.00",
            total="10960.00",
            currency="SEK",
            language="sv",
            vat_rates=["6", "12"],
        ),
    ),
    Spec(
        "en-us",
        ["Northwind Cloud Services Inc.", "500 Pine Street", "Seattle, WA 98101"],
        ["Bill To", "City of Springfield", "Finance Department"],
        "INVOICE",
        [("Invoice #", "NW-004512"), ("Invoice Date", "03/14/2024"), ("Due Date", "04/13/2024"), ("PO Number", "PO-7781")],
        ["Description", "Qty", "Unit Price", "Amount"],
        [["Compute hours", "720", "$0.50", "$360.00"], ["Storage (TB-month)", "2", "$23.00", "$46.00"]],
        [("Subtotal", "$406.00"), ("Sales Tax (8.5%)", "$34.51"), ("Total", "$440.51"), ("Balance Due", "$440.51")],
        dict(
            invoice_number="NW-004512",
            invoice_date="2024-03-14",
            due_date="2024-04-13",
            net="406.00",
            vat="34.51",
            total="440.51",
            currency="USD",
            language="en",
            lines=2,
        ),
    ),
    Spec(
        "en-gb",
        ["Thames Office Supplies Ltd", "12 Mill Lane", "Reading RG1 2AB"],
        ["Invoice to", "Borough Council", "Town Hall"],
        "Tax Invoice",
        [("Invoice No.", "TOS/2291"), ("Date of issue", "7 March 2024")],
        ["Item", "Quantity", "Price", "Total"],
        [["Printer paper A4", "50", "£4.20", "£210.00"], ["Toner cartridge", "3", "£63.33", "£189.99"]],
        [("Net amount", "£399.99"), ("VAT 20%", "£80.00"), ("Invoice total", "£479.99")],
        dict(
            invoice_number="TOS/2291",
            invoice_date="2024-03-07",
            net="399.99",
            vat="80.00",
            total="479.99",
            currency="GBP",
            language="en",
            lines=2,
        ),
        totals_layout="grid",
    ),
    Spec(
        "de-rechnung",
        ["Müller Gebäudetechnik GmbH", "Hauptstraße 17", "80331 München"],
        ["Stadtverwaltung Rosenheim", "Königstraße 24", "83022 Rosenheim"],
        "Rechnung",
        [("Rechnungsnummer", "RE-2024-0315"), ("Rechnungsdatum", "3. März 2024"), ("Kundennummer", "K-1044")],
        ["Pos.", "Bezeichnung", "Menge", "Einzelpreis", "Gesamtpreis"],
        [["1", "Wartung Heizungsanlage", "1", "1.250,00", "1.250,00"], ["2", "Ersatzteile", "4", "87,50", "350,00"]],
        [("Nettobetrag", "1.600,00 €"), ("zzgl. 19 % MwSt.", "304,00 €"), ("Gesamtbetrag", "1.904,00 €")],
        dict(
            invoice_number="RE-2024-0315",
            invoice_date="2024-03-03",
            net="1600.00",
            vat="304.00",
            total="1904.00",
            currency="EUR",
            language="de",
            lines=2,
        ),
        head_layout="grid",
    ),
    Spec(
        "fr-avoir-deux-taux",
        ["Librairie du Centre SARL", "8 place Kléber", "67000 Strasbourg"],
        ["Destinataire", "Mairie de Colmar", "1 place de la Mairie"],
        "AVOIR",
        [("N° d'avoir", "AV-2024-017"), ("Date de facture", "12/02/2024")],
        ["Désignation", "Qté", "Prix unitaire", "Montant HT"],
        [["Livres scolaires", "10", "20,00", "200,00"], ["Fournitures", "5", "10,00", "50,00"]],
        [("Total HT", "250,00 €"), ("TVA 5,5 %", "11,00 €"), ("TVA 20 %", "10,00 €"), ("Total TTC", "271,00 €")],
        dict(
            invoice_number="AV-2024-017",
            invoice_date="2024-02-12",
            net="-250.00",
            vat="-21.00",
            total="-271.00",
            currency="EUR",
            is_credit_note=True,
            language="fr",
            lines=2,
            vat_rates=["5.5", "20"],
        ),
    ),
    Spec(
        "nl-factuur",
        ["Van Dijk Installatietechniek B.V.", "Kerkstraat 12", "3511 LX Utrecht"],
        ["Gemeente Amersfoort", "Stadhuisplein 1"],
        "FACTUUR",
        [("Factuurnummer", "2024-0456"), ("Factuurdatum", "15-04-2024"), ("Vervaldatum", "15-05-2024")],
        ["Omschrijving", "Aantal", "Prijs", "Bedrag"],
        [["Onderhoud luchtbehandeling", "2", "€ 375,00", "€ 750,00"]],
        [("Subtotaal", "€ 750,00"), ("BTW 21%", "€ 157,50"), ("Totaal", "€ 907,50")],
        dict(
            invoice_number="2024-0456",
            invoice_date="2024-04-15",
            due_date="2024-05-15",
            net="750.00",
            vat="157.50",
            total="907.50",
            currency="EUR",
            language="nl",
            lines=1,
        ),
    ),
    Spec(
        "da-faktura",
        ["Nordisk Rengøring ApS", "Vestergade 3", "8000 Aarhus C"],
        ["Kunde", "Aarhus Kommune"],
        "FAKTURA",
        [("Fakturanr.", "30917"), ("Fakturadato", "02.05.2024"), ("Forfaldsdato", "01.06.2024")],
        ["Beskrivelse", "Antal", "Pris", "Beløb"],
        [["Rengøring af kontorer", "8", "1.500,00", "12.000,00"]],
        [("Subtotal", "12.000,00"), ("Moms 25%", "3.000,00"), ("I alt DKK", "15.000,00")],
        dict(
            invoice_number="30917",
            invoice_date="2024-05-02",
            due_date="2024-06-01",
            net="12000.00",
            vat="3000.00",
            total="15000.00",
            currency="DKK",
            language="da",
            lines=1,
        ),
    ),
    Spec(
        "fi-lasku",
        ["Pohjolan Siivous Oy", "Kauppakatu 5", "00100 Helsinki"],
        ["Asiakas", "Espoon kaupunki"],
        "LASKU",
        [("Laskun numero", "884213"), ("Laskun päivämäärä", "10.06.2024"), ("Eräpäivä", "24.06.2024")],
        ["Kuvaus", "Määrä", "Hinta", "Yhteensä"],
        [["Ikkunanpesu", "1", "1 000,00", "1 000,00"]],
        [("Veroton hinta", "1 000,00"), ("ALV 25,5 %", "255,00"), ("Yhteensä EUR", "1 255,00")],
        dict(
            invoice_number="884213",
            invoice_date="2024-06-10",
            due_date="2024-06-24",
            net="1000.00",
            vat="255.00",
            total="1255.00",
            currency="EUR",
            language="fi",
            lines=1,
        ),
    ),
    Spec(
        "in-gst",
        ["Shakti Learning Solutions Pvt Ltd", "14 MG Road", "Bengaluru 560001"],
        ["Bill To", "Pune Municipal Corporation", "Shivajinagar"],
        "TAX INVOICE",
        [("Invoice No.", "SLS/24-25/0193"), ("Invoice Date", "12-Mar-2024"), ("GSTIN", "29ABCDE1234F1Z5")],
        ["Description", "HSN/SAC", "Qty", "Rate", "Amount"],
        [["1", "Facilitator training", "3", "25,000.00", "75,000.00"], ["2", "Course material", "50", "500.00", "25,000.00"]],
        [
            ("Total Amount Before Tax", "₹1,00,000.00"),
            ("CGST @ 9%", "₹9,000.00"),
            ("SGST @ 9%", "₹9,000.00"),
            ("Total Amount After Tax", "₹1,18,000.00"),
        ],
        dict(
            invoice_number="SLS/24-25/0193",
            invoice_date="2024-03-12",
            net="100000.00",
            vat="18000.00",
            total="118000.00",
            currency="INR",
            language="en",
        ),
    ),
    Spec(
        "en-cloud",
        ["Stratus Compute Services LLC", "410 Terry Avenue", "Seattle, WA 98109"],
        ["Bill to", "Town of Riverside", "IT Department"],
        "Invoice",
        [("Invoice Number", "583920174"), ("Invoice Date", "March 2, 2024"), ("Account number", "4471-2290-1183")],
        ["Service", "Usage", "Rate", "Charges"],
        [["Virtual machines", "1,440 hrs", "$0.096", "$138.24"], ["Object storage", "500 GB", "$0.023", "$11.50"]],
        [("Subtotal", "$149.74"), ("Estimated Tax", "$0.00"), ("Total for this invoice", "$149.74")],
        dict(
            invoice_number="583920174",
            invoice_date="2024-03-02",
            net="149.74",
            vat="0.00",
            total="149.74",
            currency="USD",
            language="en",
            lines=2,
        ),
    ),
]


def draw(spec: Spec, path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(spec.font + "-Bold", 11)
    y = H - 60
    for i, s in enumerate(spec.seller):
        c.drawString(50, y - 14 * i, s)
        c.setFont(spec.font, 10)
    c.setFont(spec.font + "-Bold", 18)
    c.drawRightString(W - 50, H - 60, spec.title)
    c.setFont(spec.font, 10)
    _head(c, spec)
    y = H - 190
    for i, s in enumerate(spec.buyer):
        c.drawString(50, y - 14 * i, s)
    y = _lines(c, spec, H - 320)
    _totals(c, spec, y - 30)
    for i, s in enumerate(spec.footer):
        c.drawString(50, 60 - 12 * i, s)
    c.save()
    return path


def _head(c: canvas.Canvas, spec: Spec) -> None:
    if spec.head_layout == "grid":  # labels in a row over their values
        x = 300
        for label, value in spec.head:
            c.drawString(x, H - 110, label)
            c.drawString(x, H - 124, value)
            x += max(c.stringWidth(label), c.stringWidth(value)) + 18
        return
    y = H - 100
    for label, value in spec.head:
        if spec.head_layout == "below":
            c.drawString(340, y, label)
            c.drawString(340, y - 12, value)
            y -= 30
        else:
            c.drawString(340, y, label)
            c.drawRightString(W - 50, y, value)
            y -= 15


def _lines(c: canvas.Canvas, spec: Spec, y: float) -> float:
    n = len(spec.columns)
    xs = [50] + [250 + (W - 300) * i / (n - 1) for i in range(1, n)] if n > 1 else [50]
    if n == 5:
        xs = [50, 80, 300, 400, W - 50]
    c.setFont(spec.font + "-Bold", 10)
    for i, h in enumerate(spec.columns):
        (c.drawString if i == 0 or (n == 5 and i == 1) else c.drawRightString)(xs[i], y, h)
    c.setFont(spec.font, 10)
    for row in spec.lines:
        y -= 16
        for i, v in enumerate(row):
            (c.drawString if i == 0 or (n == 5 and i == 1) else c.drawRightString)(xs[i], y, v)
    return y


def _totals(c: canvas.Canvas, spec: Spec, y: float) -> None:
    if spec.totals_layout == "grid":
        x = W - 50
        for label, value in reversed(spec.totals):
            c.drawRightString(x, y, label)
            c.drawRightString(x, y - 14, value)
            x -= max(c.stringWidth(label), c.stringWidth(value)) + 30
        return
    for label, value in spec.totals:
        c.drawString(330, y, label)
        c.drawRightString(W - 50, y, value)
        y -= 16


def generate(out: Path) -> dict[str, dict]:
    out.mkdir(parents=True, exist_ok=True)
    expected = {}
    for spec in SPECS:
        draw(spec, out / f"{spec.name}.pdf")
        expected[f"{spec.name}.pdf"] = spec.expected
    (out / "expected.json").write_text(json.dumps(expected, indent=1, ensure_ascii=False), encoding="utf-8")
    return expected


if __name__ == "__main__":
    generate(Path(sys.argv[1]))
