"""Invoices from accounting systems and countries the reader has not been tuned on: Swedish
Fortnox- and Visma-like layouts (OCR number, bankgiro, F-skatt, öresavrundning, two VAT rates), a
typewriter receipt, Norwegian, Danish and Finnish invoices, an English reverse-charge credit note
with a discount line, and a Swedish invoice whose line table (header over two lines) runs onto a
second page with the totals only on the last page.

The expected values are the documents' own truth, written here before the pipeline was run on
them: the totals are what the invoice prints; `lines` is how many line rows the table has and
`line_sum` what they add up to.

    python tests/gen/invoices_nordic.py [OUT_DIR]   (default tests/data/invoices_nordic)"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from decimal import Decimal as D
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

W, H = A4
OUT = Path(__file__).resolve().parents[1] / "data" / "invoices_nordic"
ROW = 15  # points between table rows


@dataclass
class Col:
    title: list[str]  # the header's lines, top to bottom
    x: float  # left edge (text) or right edge (figures)
    right: bool = False


@dataclass
class Doc:
    name: str
    title: str
    seller: list[str]
    buyer: list[str]
    head: list[tuple[str, str]]
    cols: list[Col]
    rows: list[list[str]]
    totals: list[tuple[str, str]]
    expected: dict
    footer: list[str] = field(default_factory=list)
    font: str = "Helvetica"
    rows_per_page: int = 40
    totals_grid: bool = False  # totals as a row of labels over a row of values
    head_grid: bool = False  # head fields as a row of labels over a row of values
    money: str = "nordic"  # how _money prints the generated amounts


def _money(v: D) -> str:
    """Swedish/Nordic print: 12 345,60."""
    whole, cents = f"{v:.2f}".split(".")
    sign = "-" if whole.startswith("-") else ""
    whole = whole.lstrip("-")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return f"{sign}{' '.join(groups)},{cents}"


def _multipage_rows() -> tuple[list[list[str]], D]:
    rows, net = [], D(0)
    for week in range(1, 29):
        hours = D(4 + week % 5)
        amount = hours * D("395.00")
        net += amount
        rows.append([f"Städning vecka {week}", f"{hours}", "395,00", _money(amount)])
    return rows, net


_MP_ROWS, _MP_NET = _multipage_rows()
_MP_VAT = (_MP_NET * D("0.25")).quantize(D("0.01"))

DOCS = [
    Doc(
        "se-fortnox-oresavrundning",
        "Faktura",
        ["Konsultbyrån Ekbacken AB", "Kvarngatan 12", "118 47 Stockholm"],
        ["Nacka kommun", "Att: Karin Ek", "131 81 Nacka"],
        [
            ("Fakturanr", "1043"),
            ("Fakturadatum", "2025-02-11"),
            ("Förfallodatum", "2025-03-13"),
            ("Er referens", "Karin Ek"),
            ("OCR", "10436"),
        ],
        [
            Col(["Art.nr"], 50),
            Col(["Benämning"], 100),
            Col(["Antal"], 330, True),
            Col(["Enh"], 345),
            Col(["À-pris"], 450, True),
            Col(["Belopp"], 545, True),
        ],
        [
            ["101", "Konsulttimme", "8", "tim", "950,00", "7 600,00"],
            ["205", "Resekostnad", "1", "st", "450,00", "450,00"],
            ["310", "Kursmaterial", "3", "st", "49,50", "148,50"],
        ],
        [("Exkl. moms", "8 198,50"), ("Moms 25 %", "2 049,63"), ("Öresavrundning", "-0,13"), ("Att betala SEK", "10 248,00")],
        dict(
            invoice_number="1043",
            invoice_date="2025-02-11",
            due_date="2025-03-13",
            net="8198.50",
            vat="2049.63",
            total="10248.13",
            amount_due="10248.00",
            currency="SEK",
            lines=3,
            line_sum="8198.50",
            supplier_org_no="556736-2894",
            bankgiro="5432-1098",
            ocr_reference="10436",
        ),
        footer=["Bankgiro 5432-1098  ·  Org.nr 556736-2894  ·  Godkänd för F-skatt  ·  Momsreg.nr SE556736289401"],
    ),
    Doc(
        "se-visma-tva-momssatser",
        "FAKTURA",
        ["Restaurang Gläntan HB", "Sjövägen 3", "871 31 Härnösand"],
        ["Kund", "Härnösands kommun", "Kultur och fritid", "871 80 Härnösand"],
        [("Fakturanummer", "22871"), ("Fakturadatum", "2024-10-08"), ("Betalningsvillkor", "30 dagar"), ("Förfallodatum", "2024-11-07")],
        [
            Col(["Benämning"], 50),
            Col(["Antal"], 300, True),
            Col(["Pris"], 380, True),
            Col(["Moms %"], 440, True),
            Col(["Belopp"], 545, True),
        ],
        [
            ["Lunch, 25 personer", "25", "120,00", "12", "3 000,00"],
            ["Lokalhyra heldag", "1", "2 000,00", "25", "2 000,00"],
        ],
        [("Summa exkl. moms", "5 000,00"), ("Moms 12 %", "360,00"), ("Moms 25 %", "500,00"), ("Att betala", "5 860,00")],
        dict(
            invoice_number="22871",
            invoice_date="2024-10-08",
            due_date="2024-11-07",
            net="5000.00",
            vat="860.00",
            total="5860.00",
            currency="SEK",
            lines=2,
            line_sum="5000.00",
            vat_rates=["12", "25"],
            supplier_org_no="969612-3456",
            plusgiro="48 77 21-3",
        ),
        footer=["Plusgiro 48 77 21-3  ·  Org.nr 969612-3456  ·  Innehar F-skattsedel"],
    ),
    Doc(
        "se-kvitto-skrivmaskin",
        "KVITTO",
        ["Konditori Solstrålen", "Torget 1, 772 30 Grängesberg"],
        [],
        [("Kvittonr", "88213"), ("Datum", "2024-11-02")],
        [Col(["Beskrivning"], 60), Col(["Belopp"], 480, True)],
        [["Tårta 12 bitar", "540,00"], ["Kaffe och bullar", "320,00"]],
        [("Totalt", "860,00"), ("varav moms 12 %", "92,14")],
        dict(
            invoice_number="88213",
            invoice_date="2024-11-02",
            net="767.86",
            vat="92.14",
            total="860.00",
            currency="SEK",
            lines=2,
            line_sum="860.00",
        ),
        footer=["Org.nr 556901-2347  ·  Kortbetalning"],
        font="Courier",
    ),
    Doc(
        "no-faktura",
        "FAKTURA",
        ["Fjordrådgivning AS", "Strandgaten 19", "5013 Bergen"],
        ["Kunde", "Bergen kommune", "Postboks 7700", "5020 Bergen"],
        [("Fakturanr.", "20250117"), ("Fakturadato", "17.01.2025"), ("Forfallsdato", "31.01.2025"), ("KID", "2025011704")],
        [
            Col(["Beskrivelse"], 50),
            Col(["Antall"], 300, True),
            Col(["Enhetspris"], 390, True),
            Col(["MVA"], 440, True),
            Col(["Beløp"], 545, True),
        ],
        [
            ["Rådgivning", "10", "1 200,00", "25 %", "12 000,00"],
            ["Reisekostnader", "1", "1 850,00", "25 %", "1 850,00"],
        ],
        [("Sum eks. mva", "13 850,00"), ("MVA 25 %", "3 462,50"), ("Å betale NOK", "17 312,50")],
        dict(
            invoice_number="20250117",
            invoice_date="2025-01-17",
            due_date="2025-01-31",
            net="13850.00",
            vat="3462.50",
            total="17312.50",
            currency="NOK",
            lines=2,
            line_sum="13850.00",
        ),
        footer=["Org.nr. 923 456 789 MVA  ·  Kontonr. 1503.22.33445  ·  Foretaksregisteret"],
    ),
    Doc(
        "da-faktura",
        "FAKTURA",
        ["Nordlys Tryk ApS", "Havnegade 8", "8000 Aarhus C"],
        ["Aarhus Kommune", "Rådhuspladsen 2", "8000 Aarhus C"],
        [("Fakturanummer", "4711"), ("Fakturadato", "03-02-2025"), ("Forfaldsdato", "03-03-2025")],
        [
            Col(["Varenr."], 50),
            Col(["Beskrivelse"], 110),
            Col(["Antal"], 330, True),
            Col(["Stk. pris"], 430, True),
            Col(["Beløb"], 545, True),
        ],
        [
            ["P-100", "Plakater A2", "200", "12,50", "2 500,00"],
            ["F-220", "Foldere", "1000", "1,50", "1 500,00"],
        ],
        [("Subtotal", "4 000,00"), ("Moms 25%", "1 000,00"), ("I alt DKK", "5 000,00")],
        dict(
            invoice_number="4711",
            invoice_date="2025-02-03",
            due_date="2025-03-03",
            net="4000.00",
            vat="1000.00",
            total="5000.00",
            currency="DKK",
            lines=2,
            line_sum="4000.00",
        ),
        footer=["CVR-nr. 31 25 66 09  ·  Bank: Reg.nr. 5470 Konto 0001234567"],
    ),
    Doc(
        "fi-lasku",
        "LASKU",
        ["Siivous Kaamos Oy", "Kauppakatu 5", "40100 Jyväskylä"],
        ["Asiakas", "Jyväskylän kaupunki", "PL 193", "40101 Jyväskylä"],
        [("Laskun numero", "3321"), ("Laskun päivämäärä", "12.03.2025"), ("Eräpäivä", "26.03.2025"), ("Viitenumero", "33213")],
        [
            Col(["Tuote"], 50),
            Col(["Määrä"], 300, True),
            Col(["Yksikköhinta"], 400, True),
            Col(["ALV %"], 450, True),
            Col(["Yhteensä"], 545, True),
        ],
        [
            ["Siivouspalvelu", "4", "45,00", "25,5", "180,00"],
            ["Tarvikkeet", "1", "20,00", "25,5", "20,00"],
        ],
        [("Veroton hinta", "200,00"), ("ALV 25,5 %", "51,00"), ("Yhteensä EUR", "251,00")],
        dict(
            invoice_number="3321",
            invoice_date="2025-03-12",
            due_date="2025-03-26",
            net="200.00",
            vat="51.00",
            total="251.00",
            currency="EUR",
            lines=2,
            line_sum="200.00",
        ),
        footer=["Y-tunnus 2734561-8  ·  IBAN FI21 1234 5600 0007 85  ·  BIC NDEAFIHH"],
    ),
    Doc(
        "en-reverse-charge-credit-note",
        "CREDIT NOTE",
        ["Softwerk Lizenzen GmbH", "Kaiserstraße 40", "60329 Frankfurt am Main", "Germany"],
        ["Bill to", "Umeå kommun", "IT-avdelningen", "901 84 Umeå", "Sweden"],
        [
            ("Credit note no.", "CN-2025-014"),
            ("Date", "2025-04-02"),
            ("Original invoice", "INV-2025-233"),
            ("Customer VAT ID", "SE212000247801"),
        ],
        [Col(["Description"], 50), Col(["Qty"], 320, True), Col(["Unit price"], 420, True), Col(["Amount"], 545, True)],
        [
            ["Licence refund, 5 seats", "5", "120.00", "600.00"],
            ["Volume discount 10 %", "", "", "-60.00"],
        ],
        [("Subtotal", "540.00"), ("VAT 0 % (reverse charge)", "0.00"), ("Total EUR", "540.00")],
        dict(
            invoice_number="CN-2025-014",
            invoice_date="2025-04-02",
            net="-540.00",
            vat="0.00",
            total="-540.00",
            currency="EUR",
            is_credit_note=True,
            lines=2,
            line_sum="540.00",
        ),
        footer=["VAT reverse charge: the recipient is liable for VAT (Art. 196 Directive 2006/112/EC). USt-IdNr. DE812345675"],
    ),
    Doc(
        "se-flersidig-tabell",
        "FAKTURA",
        ["Städpoolen i Mälardalen AB", "Verkstadsgatan 7", "722 12 Västerås"],
        ["Kund", "Västerås stad", "Förskoleförvaltningen", "721 87 Västerås"],
        [("Fakturanummer", "7719"), ("Fakturadatum", "2024-08-30"), ("Förfallodatum", "2024-09-29")],
        [Col(["Benämning"], 50), Col(["Antal", "timmar"], 330, True), Col(["Pris", "exkl. moms"], 440, True), Col(["Belopp"], 545, True)],
        _MP_ROWS,
        [("Summa exkl. moms", _money(_MP_NET)), ("Moms 25 %", _money(_MP_VAT)), ("Att betala", _money(_MP_NET + _MP_VAT))],
        dict(
            invoice_number="7719",
            invoice_date="2024-08-30",
            due_date="2024-09-29",
            net=f"{_MP_NET:.2f}",
            vat=f"{_MP_VAT:.2f}",
            total=f"{_MP_NET + _MP_VAT:.2f}",
            currency="SEK",
            lines=len(_MP_ROWS),
            line_sum=f"{_MP_NET:.2f}",
            supplier_org_no="556644-3329",
            bankgiro="5011-2233",
        ),
        footer=["Bankgiro 5011-2233  ·  Org.nr 556644-3329  ·  Godkänd för F-skatt"],
        rows_per_page=24,
    ),
]


MORE_DOCS = [
    Doc(
        "de-rechnung-kopfraster-zwei-steuersaetze",
        "Rechnung",
        ["Hotel Seeblick GmbH", "Uferweg 3", "82319 Starnberg"],
        ["Gemeinde Vaxholm", "Kommunhuset", "185 83 Vaxholm", "Schweden"],
        [("Rechnungsnr.", "2024-118"), ("Rechnungsdatum", "3. März 2024"), ("Kundennr.", "10042"), ("Zahlbar bis", "17. März 2024")],
        [
            Col(["Pos."], 50),
            Col(["Bezeichnung"], 80),
            Col(["Menge"], 330, True),
            Col(["Einzelpreis"], 430, True),
            Col(["Gesamt"], 545, True),
        ],
        [
            ["1", "Übernachtung mit Frühstück", "6", "89,00", "534,00"],
            ["2", "Tagungsraum ganztägig", "1", "250,00", "250,00"],
        ],
        [
            ("Zwischensumme", "784,00"),
            ("zzgl. 7 % USt. auf 534,00", "37,38"),
            ("zzgl. 19 % USt. auf 250,00", "47,50"),
            ("Rechnungsbetrag EUR", "868,88"),
        ],
        dict(
            invoice_number="2024-118",
            invoice_date="2024-03-03",
            due_date="2024-03-17",
            net="784.00",
            vat="84.88",
            total="868.88",
            currency="EUR",
            lines=2,
            line_sum="784.00",
            vat_rates=["19", "7"],
        ),
        footer=["Amtsgericht München HRB 123456  ·  USt-IdNr. DE129273398  ·  IBAN DE89 3704 0044 0532 0130 00"],
        head_grid=True,
    ),
    Doc(
        "en-us-month-first",
        "INVOICE",
        ["Bright Trail Consulting LLC", "220 Pine Street", "Portland, OR 97204"],
        ["Bill To", "City of Lund (Sweden)", "Box 41", "221 00 Lund"],
        [("Invoice #", "10-2231"), ("Date", "04/05/2024"), ("Due Date", "05/20/2024"), ("Terms", "Net 45")],
        [Col(["Item"], 50), Col(["Description"], 110), Col(["Hours"], 330, True), Col(["Rate"], 430, True), Col(["Amount"], 545, True)],
        [
            ["W-1", "Evaluation workshop", "6", "150.00", "900.00"],
            ["R-2", "Written report", "2.5", "140.00", "350.00"],
        ],
        [("Subtotal", "$1,250.00"), ("Sales Tax (8.25%)", "$103.13"), ("Total", "$1,353.13"), ("Balance Due", "$1,353.13")],
        dict(
            invoice_number="10-2231",
            invoice_date="2024-04-05",
            due_date="2024-05-20",
            net="1250.00",
            vat="103.13",
            total="1353.13",
            currency="USD",
            lines=2,
            line_sum="1250.00",
        ),
        footer=["Make checks payable to Bright Trail Consulting LLC. Thank you for your business!"],
    ),
    Doc(
        "nl-factuur-korting",
        "FACTUUR",
        ["Drukkerij De Zwaluw B.V.", "Kanaalweg 14", "3526 KL Utrecht"],
        ["Gemeente Borås", "Stadshuset", "501 80 Borås", "Zweden"],
        [("Factuurnummer", "F24-0931"), ("Factuurdatum", "12-06-2024"), ("Vervaldatum", "12-07-2024")],
        [Col(["Omschrijving"], 50), Col(["Aantal"], 330, True), Col(["Prijs"], 430, True), Col(["Bedrag"], 545, True)],
        [
            ["Brochures A5, full colour", "500", "0,80", "400,00"],
            ["Posters A1", "20", "12,50", "250,00"],
            ["Korting 5 %", "", "", "-32,50"],
        ],
        [("Totaal excl. btw", "617,50"), ("Btw 21%", "129,68"), ("Totaal incl. btw", "747,18")],
        dict(
            invoice_number="F24-0931",
            invoice_date="2024-06-12",
            due_date="2024-07-12",
            net="617.50",
            vat="129.68",
            total="747.18",
            currency="EUR",
            lines=3,
            line_sum="617.50",
        ),
        footer=["KvK 30123456  ·  BTW NL001234567B01  ·  IBAN NL91 ABNA 0417 1643 00  ·  Bedragen in EUR"],
    ),
    Doc(
        "fr-facture-totaux-en-grille",
        "FACTURE",
        ["Traiteur Les Tilleuls SARL", "4 place du Marché", "69002 Lyon"],
        ["Commune de Säffle", "Service culture", "661 80 Säffle", "Suède"],
        [("Facture n°", "FT-2024-0457"), ("Date", "18/09/2024"), ("Échéance", "18/10/2024")],
        [Col(["Désignation"], 50), Col(["Qté"], 330, True), Col(["P.U. HT"], 430, True), Col(["Montant HT"], 545, True)],
        [
            ["Buffet froid, 40 couverts", "40", "18,50", "740,00"],
            ["Service et vaisselle", "1", "160,00", "160,00"],
        ],
        [("Total HT", "900,00 €"), ("TVA 10 %", "90,00 €"), ("Total TTC", "990,00 €")],
        dict(
            invoice_number="FT-2024-0457",
            invoice_date="2024-09-18",
            due_date="2024-10-18",
            net="900.00",
            vat="90.00",
            total="990.00",
            currency="EUR",
            lines=2,
            line_sum="900.00",
        ),
        footer=["SIRET 812 345 678 00021  ·  TVA FR40812345678  ·  IBAN FR76 3000 6000 0112 3456 7890 189"],
        totals_grid=True,
    ),
    Doc(
        "sv-inbetalningsavi-utan-rader",
        "INBETALNINGSAVI",
        ["Mälarhamnar AB", "Hamnvägen 2", "721 32 Västerås"],
        ["Västerås stad", "Kultur, idrott och fritid", "721 87 Västerås"],
        [("Avinummer", "600183"), ("Avidatum", "2025-01-20"), ("Förfallodag", "2025-02-19"), ("OCR-nummer", "6001832")],
        [],
        [],
        [("Båtplatshyra säsong 2025, exkl. moms", "4 800,00"), ("Moms 25 %", "1 200,00"), ("Att betala", "6 000,00")],
        dict(
            invoice_number="600183",
            invoice_date="2025-01-20",
            due_date="2025-02-19",
            net="4800.00",
            vat="1200.00",
            total="6000.00",
            currency="SEK",
            lines=0,
            line_sum="0",
            supplier_org_no="556018-3377",
            bankgiro="5211-0098",
            ocr_reference="6001832",
        ),
        footer=["Bankgiro 5211-0098  ·  Org.nr 556018-3377  ·  Godkänd för F-skatt"],
    ),
]

ALL_DOCS = DOCS + MORE_DOCS


def _page_top(c: canvas.Canvas, d: Doc, font: str, bold: str) -> float:
    c.setFont(bold, 18)
    c.drawRightString(545, H - 60, d.title)
    c.setFont(bold, 11)
    c.drawString(50, H - 60, d.seller[0])
    c.setFont(font, 9)
    for i, line in enumerate(d.seller[1:]):
        c.drawString(50, H - 74 - 12 * i, line)
    for i, line in enumerate(d.buyer):
        c.drawString(50, H - 150 - 12 * i, line)
    if d.head_grid:  # labels over values, in columns across the page under the addresses
        y = H - 150 - 12 * len(d.buyer) - 20
        for i, (label, value) in enumerate(d.head):
            c.setFont(bold, 8)
            c.drawString(50 + 125 * i, y, label)
            c.setFont(font, 9)
            c.drawString(50 + 125 * i, y - 12, value)
        return y - 45
    for i, (label, value) in enumerate(d.head):
        c.drawString(330, H - 150 - 13 * i, label)
        c.drawString(440, H - 150 - 13 * i, value)
    return H - 150 - 13 * max(len(d.head), len(d.buyer)) - 30


def _header(c: canvas.Canvas, d: Doc, y: float, bold: str) -> float:
    c.setFont(bold, 9)
    depth = max(len(col.title) for col in d.cols)
    for col in d.cols:
        for k, line in enumerate(col.title):
            yy = y - 10 * k
            c.drawRightString(col.x, yy, line) if col.right else c.drawString(col.x, yy, line)
    y -= 10 * (depth - 1) + 6
    c.line(50, y, 545, y)
    return y - ROW


def _row(c: canvas.Canvas, d: Doc, y: float, cells: list[str], font: str) -> None:
    c.setFont(font, 9)
    for col, text in zip(d.cols, cells, strict=True):
        c.drawRightString(col.x, y, text) if col.right else c.drawString(col.x, y, text)


def _totals(c: canvas.Canvas, d: Doc, y: float, font: str, bold: str) -> None:
    y -= 10
    if d.totals_grid:  # labels over values, right-aligned in columns ending at the right margin
        c.line(50, y + 10, 545, y + 10)
        for i, (label, value) in enumerate(reversed(d.totals)):
            c.setFont(bold, 8)
            c.drawRightString(545 - 110 * i, y - 4, label)
            c.setFont(font, 9)
            c.drawRightString(545 - 110 * i, y - 17, value)
        return
    c.line(330, y + 10, 545, y + 10)
    for i, (label, value) in enumerate(d.totals):
        c.setFont(bold if i == len(d.totals) - 1 else font, 9)
        c.drawString(330, y - 14 * i, label)
        c.drawRightString(545, y - 14 * i, value)


def draw(d: Doc, path: Path) -> None:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)  # the same bytes on every run
    font, bold = d.font, ("Courier-Bold" if d.font == "Courier" else "Helvetica-Bold")
    chunks = [d.rows[i : i + d.rows_per_page] for i in range(0, len(d.rows), d.rows_per_page)] or [[]]
    for pno, chunk in enumerate(chunks):
        y = _page_top(c, d, font, bold) if pno == 0 else H - 60
        if pno == 0 and d.cols:
            y = _header(c, d, y, bold)
        for cells in chunk:
            _row(c, d, y, cells, font)
            y -= ROW
        if pno == len(chunks) - 1:
            _totals(c, d, y, font, bold)
        c.setFont(font, 7)
        for i, line in enumerate(d.footer):
            c.drawString(50, 40 - 9 * i, line)
        c.drawRightString(545, 40, f"Sida {pno + 1} av {len(chunks)}" if d.name.startswith("se-") else f"{pno + 1}/{len(chunks)}")
        c.showPage()
    c.save()


def generate(out: Path) -> dict[str, dict]:
    out.mkdir(parents=True, exist_ok=True)
    expected = {}
    for d in ALL_DOCS:
        c_path = out / f"{d.name}.pdf"
        draw(d, c_path)
        expected[c_path.name] = d.expected
    (out / "expected.json").write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n")
    return expected


if __name__ == "__main__":
    generate(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
