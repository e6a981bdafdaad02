"""Table responses of session 9 (issue 12 points 3 and 5): tables read by what their rows and
columns hold, each written with its expected values BEFORE the pipeline read it; every name,
amount and sentence is invented.

Records (a row of figures, and under it a comment merged across the columns):
- `lessebo` (reportlab, hairlines between records only): the header names four of six columns
  ("Nr", "Aktivitet", "Återkrävt", "Medges"); "Budget" and "Utfall" are figures no header word
  names. Each comment row gives the agency's view ("Socialstyrelsen: …") and the answer.
- `ockelbo` (openpyxl → LibreOffice Calc, a worksheet): "Löpnr | Insats | Tilldelat | Förbrukat |
  Krävs tillbaka | Vi återbetalar", the comment merged over B:F under each row, "–" in the
  repayment column of the undecided row.

Marks (the position is a cross in one of several columns):
- `vingaker` (reportlab, ruled): "Godtas" / "Godtas delvis" / "Bestrids" with an "X", a repayment
  column, one row unmarked (undecided).
- `sorsele` (HTML → chromium): "✓" under "Medger" / "Medger delvis" / "Medger inte", no repayment
  column: the partial sum stands in the comment ("Vi betalar tillbaka 5 000 kr …").

Two tables joined by their id column (the positions in a second table):
- `munkfors` (reportlab): Tabell 1 "Nr | Aktivitet | Återkrävt belopp | Socialstyrelsens
  bedömning", Tabell 2 "Nr | Kommunens ställningstagande | Återbetalas".
- `bjurholm` (python-docx → LibreOffice): Tabell 1 "Nr | Insats | Återkrav (kr) | Socialstyrelsens
  motivering", Tabell 2 "Nr | Svar | Belopp att återbetala", gapped numbers 1, 2, 4.

Rows grouped by activity (the rows are the invoices behind each claim):
- `dorotea` (reportlab, hairlines): "Bilaga | Underlag | Leverantör | Datum | Belopp" with a bold
  full-width row "Aktivitet 1 – Title" over each group, a full-width "Skäl i beslutet: …" row, the
  invoice rows "1.1", "1.2", a subtotal row "Summa återkrav aktivitet 1" (the claim, printed only
  there) and a full-width "Kommunens svar: …" row; a grand total.
- `gnosjo` (HTML → chromium): "Nr | Underlag | Avser | Datum | Kronor", group rows "Insats 2:
  Title" (colspan), "Socialstyrelsen anser: …", subtotal "Återkrävt för insats 2", the answer row
  "Kommunens ställningstagande: …".

`python tests/gen/table_records.py` rewrites the committed PDFs in tests/data/table_records/.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from table_content import CELL, HEAD, _chromium, _libreoffice  # the cells, LibreOffice and Chromium runs of session 8's table responses

COMMITTED = Path(__file__).resolve().parent.parent / "data" / "table_records"
BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=6, spaceAfter=6)
NOTE = ParagraphStyle("n", fontName="Helvetica-Oblique", fontSize=8.5, leading=10.5)

# expected, written before the pipeline read the documents: claim, position, repayment
EXPECTED = {
    "lessebo": {
        "1": dict(claimed="21000", position="accepts_full", repayment="21000"),
        "2": dict(claimed="75000", position="disputes", repayment="0"),
        "3": dict(claimed="12600", position="accepts_partial", repayment="4600"),
    },
    "ockelbo": {
        "1": dict(claimed="44000", position="disputes", repayment="0"),
        "2": dict(claimed="19500", position="accepts_full", repayment="19500"),
        "3": dict(claimed="24100", position="unclear", repayment=None),
    },
    "vingaker": {
        "1": dict(claimed="48000", position="accepts_full", repayment="48000"),
        "2": dict(claimed="22500", position="disputes", repayment="0"),
        "3": dict(claimed="31400", position="accepts_partial", repayment="12000"),
        "4": dict(claimed="9800", position="unclear", repayment=None),
    },
    "sorsele": {
        "1": dict(claimed="36000", position="disputes", repayment="0"),
        "2": dict(claimed="15750", position="accepts_partial", repayment="5000"),
        "3": dict(claimed="8200", position="accepts_full", repayment="8200"),
    },
    "munkfors": {
        "1": dict(claimed="56300", position="disputes", repayment="0"),
        "2": dict(claimed="14200", position="accepts_full", repayment="14200"),
        "3": dict(claimed="40000", position="accepts_partial", repayment="15000"),
    },
    "bjurholm": {
        "1": dict(claimed="27000", position="disputes", repayment="0"),
        "2": dict(claimed="18600", position="accepts_full", repayment="18600"),
        "4": dict(claimed="33300", position="accepts_partial", repayment="8300"),
    },
    "dorotea": {
        "1": dict(claimed="25650", position="disputes", repayment="0"),
        "3": dict(claimed="9600", position="accepts_full", repayment="9600"),
        "4": dict(claimed="26000", position="accepts_partial", repayment="4700"),
    },
    "gnosjo": {
        "2": dict(claimed="24000", position="accepts_full", repayment="24000"),
        "5": dict(claimed="16800", position="disputes", repayment="0"),
    },
}
# every amount the response prints, zeros aside (a multiset)
EXPECTED_MONEY = {
    "lessebo": ["40000", "38500", "21000", "21000", "120000", "118000", "75000", "30000", "30000", "12600", "4600"]
    + ["190000", "186500", "108600", "25600"],
    "ockelbo": ["90000", "88200", "44000", "60000", "60000", "19500", "19500", "25000", "24100", "24100"]
    + ["175000", "172300", "87600", "19500"],
    "dorotea": ["7250", "18400", "25650", "9600", "9600", "21300", "4700", "26000", "4700", "61250"],
}
# (activity, attachment) references the table's cells make
EXPECTED_REFS = {"lessebo": {("2", "1"), ("3", "2")}}
RESPONSES = sorted(EXPECTED)


def _doc(path: Path, story: list, margin_cm: float = 2.0) -> None:
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=margin_cm * cm, rightMargin=margin_cm * cm).build(story)


LESSEBO_ROWS = [
    (
        ("1", "Sommarlovsaktiviteter Hovmantorp", "40 000", "38 500", "21 000", "21 000"),
        "Socialstyrelsen: kostnaderna kan inte styrkas med kvitton. Kommunen godtar bedömningen.",
    ),
    (
        ("2", "Mötesplats Kosta", "120 000", "118 000", "75 000", "0"),
        "Socialstyrelsen: ordinarie verksamhet. Mötesplatsen startade med bidraget, se bilaga 1. Bestrids.",
    ),
    (
        ("3", "Läxhjälp Skruv", "30 000", "30 000", "12 600", "4 600"),
        "Socialstyrelsen: kostnaden är oskäligt hög. Lokalhyran medges, i övrigt bestrids återkravet (bilaga 2).",
    ),
]


def _lessebo(path: Path) -> None:
    data: list[list] = [["Nr", "Aktivitet", "Budget", "Utfall", "Återkrävt", "Medges"]]
    style = [
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
        ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.9, 0.95)),
        ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
    ]
    for figures, note in LESSEBO_ROWS:
        data.append(list(figures))
        data.append(["", Paragraph(note, NOTE), "", "", "", ""])
        style += [
            ("SPAN", (1, len(data) - 1), (-1, len(data) - 1)),
            ("LINEBELOW", (0, len(data) - 1), (-1, len(data) - 1), 0.3, colors.grey),
        ]
    data.append(["", "Summa", "190 000", "186 500", "108 600", "25 600"])
    style.append(("FONT", (0, len(data) - 1), (-1, len(data) - 1), "Helvetica-Bold", 9))
    table = Table(data, colWidths=[1.0 * cm, 6.0 * cm, 2.2 * cm, 2.2 * cm, 2.2 * cm, 2.2 * cm])
    table.setStyle(TableStyle(style))
    _doc(
        path,
        [
            Paragraph("Lessebo kommun · Kultur- och fritidsnämnden · 2025-03-04", BODY),
            Paragraph("Till Socialstyrelsen", BODY),
            Paragraph("Yttrande över preliminärt beslut om återkrav", H2),
            Paragraph("Nämndens svar framgår av sammanställningen nedan. Kolumnen Medges anger vad kommunen betalar tillbaka.", BODY),
            table,
            Spacer(1, 10),
            Paragraph("Bilagor: 1 Verksamhetsplan Mötesplats Kosta · 2 Hyresavtal Skruv", BODY),
            Paragraph("Eva Lindholm, förvaltningschef", BODY),
        ],
    )


OCKELBO_ROWS = [
    (
        (1, "Fritidsgård Åmot", 90000, 88200, 44000, 0),
        "Socialstyrelsen anser att verksamheten är ordinarie verksamhet. Kommunen bestrider återkravet.",
    ),
    (
        (2, "Sommarjobb för unga", 60000, 60000, 19500, 19500),
        "Socialstyrelsen: lönerna avser tid efter bidragsperioden. Kommunen medger återkravet.",
    ),
    (
        (3, "Familjeträffar Lingbo", 25000, 24100, 24100, "–"),
        "Socialstyrelsen: underlag saknas för kostnaderna. Kommunen återkommer när underlaget har tagits fram.",
    ),
]


def _xlsx_ockelbo(src: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "Yttrande"
    ws["A1"], ws["A2"], ws["A3"] = "Ockelbo kommun – Socialnämnden", "Yttrande om återkrav av statsbidrag", "Datum 2025-02-27"
    ws["A2"].font = Font(bold=True, size=13)
    ws["A4"] = "Socialnämnden lämnar följande svar till Socialstyrelsen. Belopp i kronor."
    head = ["Löpnr", "Insats", "Tilldelat", "Förbrukat", "Krävs tillbaka", "Vi återbetalar"]
    row = 6
    for k, h in enumerate(head, 1):
        ws.cell(row, k, h).font = Font(bold=True)
    thin = Side(style="thin", color="999999")
    for figures, note in OCKELBO_ROWS:
        row += 1
        for k, v in enumerate(figures, 1):
            c = ws.cell(row, k, v)
            if isinstance(v, int) and k > 2:
                c.number_format = "# ##0"
            if k > 2:
                c.alignment = Alignment(horizontal="right")
        row += 1
        ws.cell(row, 2, note).font = Font(italic=True, size=9)
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=6)
        for k in range(1, 7):
            ws.cell(row, k).border = Border(bottom=thin)
    row += 1
    for k, v in enumerate(["", "Summa", 175000, 172300, 87600, 19500], 1):
        c = ws.cell(row, k, v)
        c.font = Font(bold=True)
        if isinstance(v, int):
            c.number_format = "# ##0"
    ws.cell(row + 2, 1, "Maria Berg, socialchef")
    for col, width in zip("ABCDEF", [7, 30, 11, 11, 14, 14], strict=True):
        ws.column_dimensions[col].width = width
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    wb.save(str(src))


VINGAKER_ROWS = [
    ("1", "Sommarkollo Högsjö", "48 000", "Kostnaderna kan inte styrkas med kvitton.", "X", "", "", "48 000"),
    ("2", "Läxhjälp i Folkets hus", "22 500", "Läxhjälpen är skolans ordinarie verksamhet.", "", "", "X", "0"),
    ("3", "Fritidsbanken", "31 400", "Kostnaden för lokalen är oskäligt hög.", "", "X", "", "12 000"),
    ("4", "Nattvandring Baggetorp", "9 800", "Nattvandringen genomfördes efter bidragsperioden.", "", "", "", ""),
]


def _vingaker(path: Path) -> None:
    head = ["Nr", "Aktivitet", "Återkrävt (kr)", "Socialstyrelsens bedömning", "Godtas", "Godtas delvis", "Bestrids", "Återbetalas (kr)"]
    data: list[list] = [[Paragraph(h, HEAD) for h in head]]
    data += [[Paragraph(c, CELL) for c in row] for row in VINGAKER_ROWS]
    data.append([Paragraph(c, HEAD) for c in ("", "Summa", "111 700", "", "", "", "", "60 000")])
    table = Table(data, colWidths=[0.8 * cm, 3.4 * cm, 1.9 * cm, 4.0 * cm, 1.6 * cm, 1.9 * cm, 1.8 * cm, 2.3 * cm])
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
            ]
        )
    )
    _doc(
        path,
        [
            Paragraph("VINGÅKERS KOMMUN – Bildningsnämnden", BODY),
            Paragraph("2025-02-18 · Dnr BN 2025/14", BODY),
            Paragraph("Svar på Socialstyrelsens preliminära beslut om återkrav", H2),
            Paragraph("Nämnden markerar sitt ställningstagande med ett kryss. Saknas kryss har nämnden ännu inte tagit ställning.", BODY),
            table,
            Spacer(1, 10),
            Paragraph("Jonas Ek, bildningschef", BODY),
        ],
        margin_cm=1.6,
    )


SORSELE_HTML = """<!doctype html><html><head><meta charset="utf-8"><style>
body{font-family:'DejaVu Sans',sans-serif;font-size:11px;margin:36px} table{border-collapse:collapse;width:100%}
th{background:#e8eef4;text-align:left;padding:5px;border:1px solid #9ab} td{padding:5px;border:1px solid #9ab;vertical-align:top}
td.c{text-align:center} td.n{text-align:right}
</style></head><body>
<p>Sorsele kommun<br>Kommunstyrelsen<br>2025-03-06</p>
<h2>Yttrande – återkrav av statsbidrag för 2023</h2>
<p>Kommunstyrelsen anger sitt svar för varje aktivitet med en bock i tabellen.</p>
<table><tr><th>Akt.</th><th>Insats</th><th>Krav (kr)</th><th>Medger</th><th>Medger delvis</th><th>Medger inte</th><th>Kommentar</th></tr>
<tr><td>1</td><td>Skidskola Gargnäs</td><td class=n>36 000</td><td class=c></td><td class=c></td><td class=c>✓</td>
<td>Skidskolan startade med bidraget och är ingen ordinarie verksamhet.</td></tr>
<tr><td>2</td><td>Ungdomens hus</td><td class=n>15 750</td><td class=c></td><td class=c>✓</td><td class=c></td>
<td>Vi betalar tillbaka 5 000 kr för materialet; hyran avser bidragsåret.</td></tr>
<tr><td>3</td><td>Fiskeläger Vindelälven</td><td class=n>8 200</td><td class=c>✓</td><td class=c></td><td class=c></td>
<td>Kvitton saknas, vi godtar bedömningen.</td></tr>
<tr><td></td><td><b>Summa</b></td><td class=n><b>59 950</b></td><td></td><td></td><td></td><td></td></tr>
</table>
<p>Lena Forsberg, kommunchef</p></body></html>"""


MUNKFORS_ROWS = [
    ("1", "Ungdomsgård Ransäter", "56 300", "Verksamheten bedöms vara ordinarie verksamhet som fanns före bidraget."),
    ("2", "Simskola sommar", "14 200", "Kostnaderna kan inte styrkas, kvitton saknas."),
    ("3", "Musikläger", "40 000", "Kostnaden per deltagare är oskäligt hög."),
]
MUNKFORS_ANSWERS = [
    ("1", "Bestrider återkravet.", "0"),
    ("2", "Medger återkravet.", "14 200"),
    ("3", "Medger återkravet delvis.", "15 000"),
]


def _munkfors(path: Path) -> None:
    first = Table(
        [[Paragraph(h, HEAD) for h in ("Nr", "Aktivitet", "Återkrävt belopp", "Socialstyrelsens bedömning")]]
        + [[Paragraph(c, CELL) for c in row] for row in MUNKFORS_ROWS],
        colWidths=[1.0 * cm, 4.2 * cm, 2.6 * cm, 8.6 * cm],
    )
    second = Table(
        [[Paragraph(h, HEAD) for h in ("Nr", "Kommunens ställningstagande", "Återbetalas")]]
        + [[Paragraph(c, CELL) for c in row] for row in MUNKFORS_ANSWERS]
        + [[Paragraph(c, HEAD) for c in ("", "Summa", "29 200")]],
        colWidths=[1.0 * cm, 8.0 * cm, 2.6 * cm],
    )
    for t in (first, second):
        t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    _doc(
        path,
        [
            Paragraph("Munkfors kommun, Kommunstyrelsen, 2025-02-21", BODY),
            Paragraph("Yttrande över Socialstyrelsens preliminära beslut om återkrav", H2),
            Paragraph("Tabell 1 återger de aktiviteter som återkravet avser. Kommunens ställningstagande framgår av tabell 2.", BODY),
            Paragraph("Tabell 1. Återkrävda aktiviteter", HEAD),
            first,
            Spacer(1, 14),
            Paragraph("Tabell 2. Kommunens ställningstagande", HEAD),
            second,
            Spacer(1, 10),
            Paragraph("Per Holm, kommunchef", BODY),
        ],
    )


BJURHOLM_ROWS = [
    ("1", "Lovaktiviteter Agnäs", "27 000", "Aktiviteten ligger utanför bidragets syfte."),
    ("2", "Föräldrastöd", "18 600", "Kostnaderna är inte verifierade."),
    ("4", "Idrottsskola", "33 300", "Idrottsskolan genomfördes efter bidragsperiodens slut."),
]
BJURHOLM_ANSWERS = [("1", "Godtas inte", "0"), ("2", "Godtas", "18 600"), ("4", "Godtas till viss del", "8 300")]


def _docx_table(d, head: list[str], rows: list[tuple], widths_cm: list[float]) -> None:
    from docx.shared import Cm

    table = d.add_table(rows=1, cols=len(head))
    table.style = "Table Grid"
    table.autofit = False
    for k, h in enumerate(head):
        table.rows[0].cells[k].text = h
        table.rows[0].cells[k].paragraphs[0].runs[0].bold = True
    for row in rows:
        cells = table.add_row().cells
        for k, text in enumerate(row):
            cells[k].text = text
    for column, width in zip(table.columns, widths_cm, strict=True):
        column.width = Cm(width)
    for row in table.rows:  # Word takes a column's width from each of its cells
        for cell, width in zip(row.cells, widths_cm, strict=True):
            cell.width = Cm(width)


def _docx_bjurholm(src: Path) -> None:
    from docx import Document

    d = Document()
    d.add_paragraph("Bjurholms kommun\nSocialnämnden\n2025-03-10")
    d.add_heading("Svar angående preliminärt beslut om återkrav", level=1)
    d.add_paragraph("Socialnämnden har gått igenom Socialstyrelsens beslut. Tabell 1 visar återkraven och tabell 2 nämndens svar.")
    d.add_paragraph("Tabell 1")
    _docx_table(d, ["Nr", "Insats", "Återkrav (kr)", "Socialstyrelsens motivering"], BJURHOLM_ROWS, [1.0, 4.5, 2.5, 8.0])
    d.add_paragraph("")
    d.add_paragraph("Tabell 2")
    _docx_table(d, ["Nr", "Svar", "Belopp att återbetala"], BJURHOLM_ANSWERS, [1.0, 6.0, 3.5])
    d.add_paragraph("")
    d.add_paragraph("Anders Nilsson, ordförande")
    d.save(str(src))


DOROTEA_GROUPS = [
    (
        "Aktivitet 1 – Sommarläger Risbäck",
        "Skäl i beslutet: kostnaderna saknar koppling till aktiviteten och deltagarlistor saknas.",
        [
            ("1.1", "Faktura 3312", "Bussbolaget Norr AB", "2023-06-30", "7 250"),
            ("1.2", "Faktura 3390", "Risbäcks lägergård", "2023-07-03", "18 400"),
        ],
        ("Summa återkrav aktivitet 1", "25 650"),
        "Kommunens svar: Bestrids. Lägret anordnades för bidraget och deltagarna framgår av bilaga 1.1.",
    ),
    (
        "Aktivitet 3 – Simundervisning",
        "Skäl i beslutet: simundervisningen är skolans ordinarie verksamhet.",
        [("3.1", "Faktura 771", "Simhallen i Vilhelmina", "2023-05-12", "9 600")],
        ("Summa återkrav aktivitet 3", "9 600"),
        "Kommunens svar: Medges. Kommunen återbetalar hela beloppet.",
    ),
    (
        "Aktivitet 4 – Fritidsgårdskvällar",
        "Skäl i beslutet: kostnaderna kan inte verifieras.",
        [
            ("4.1", "Lönelista maj 2023", "Fritidsledare, 3 personer", "2023-05-25", "21 300"),
            ("4.2", "Faktura 1188", "Ljud & Ljus AB", "2023-04-11", "4 700"),
        ],
        ("Summa återkrav aktivitet 4", "26 000"),
        "Kommunens svar: Medges delvis. Kommunen återbetalar 4 700 kr för ljudtekniken; lönerna bestrids.",
    ),
]


def _dorotea(path: Path) -> None:
    data: list[list] = [["Bilaga", "Underlag", "Leverantör", "Datum", "Belopp"]]
    style: list = [("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9), ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey)]
    for head, reasons, items, (label, claim), answer in DOROTEA_GROUPS:
        for text, bold in ((head, True), (reasons, False)):
            style.append(("SPAN", (0, len(data)), (-1, len(data))))
            data.append([Paragraph(f"<b>{text}</b>" if bold else text, CELL), "", "", "", ""])
        data += [[Paragraph(c, CELL) for c in item] for item in items]
        data.append(["", Paragraph(label, CELL), "", "", Paragraph(claim, CELL)])
        style.append(("SPAN", (0, len(data)), (-1, len(data))))
        data.append([Paragraph(answer, CELL), "", "", "", ""])
    data.append(["", Paragraph("<b>Totalt återkrav</b>", CELL), "", "", Paragraph("<b>61 250</b>", CELL)])
    table = Table(data, colWidths=[1.4 * cm, 4.2 * cm, 5.0 * cm, 2.4 * cm, 2.2 * cm])
    table.setStyle(TableStyle([*style, ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    _doc(
        path,
        [
            Paragraph("Dorotea kommun · Barn- och utbildningsnämnden · Dorotea 2025-02-25", BODY),
            Paragraph("Yttrande över Socialstyrelsens preliminära beslut om återkrav", H2),
            Paragraph("Nedan redovisas de underlag som ligger bakom varje återkrävt belopp och nämndens svar per aktivitet.", BODY),
            table,
            Spacer(1, 10),
            Paragraph("Sara Öhman, förvaltningschef", BODY),
        ],
    )


GNOSJO_HTML = """<!doctype html><html><head><meta charset="utf-8"><style>
body{font-family:sans-serif;font-size:11px;margin:34px} table{border-collapse:collapse;width:100%}
th{text-align:left;border-bottom:2px solid #444;padding:4px} td{padding:4px;border-bottom:1px solid #ddd}
td.n{text-align:right} tr.g td{background:#eef;font-weight:bold} tr.s td{font-style:italic}
</style></head><body>
<p>Gnosjö kommun, Kommunstyrelsen<br>2025-03-03</p>
<h2>Svar på preliminärt beslut om återkrav</h2>
<p>Kommunstyrelsen redovisar underlagen per insats i tabellen.</p>
<table><tr><th>Nr</th><th>Underlag</th><th>Avser</th><th>Datum</th><th>Kronor</th></tr>
<tr class=g><td colspan=5>Insats 2: Läxhjälp Hillerstorp</td></tr>
<tr><td colspan=5>Socialstyrelsen anser att kostnaderna inte kan styrkas med underlag.</td></tr>
<tr><td>2.1</td><td>Faktura 440</td><td>Studieförbundet Sensus</td><td>2023-03-15</td><td class=n>12 000</td></tr>
<tr><td>2.2</td><td>Faktura 458</td><td>Studieförbundet Sensus</td><td>2023-04-15</td><td class=n>12 000</td></tr>
<tr class=s><td></td><td colspan=3>Återkrävt för insats 2</td><td class=n>24 000</td></tr>
<tr><td colspan=5>Kommunens ställningstagande: Kommunen medger återkravet.</td></tr>
<tr class=g><td colspan=5>Insats 5: Feriejobb</td></tr>
<tr><td colspan=5>Socialstyrelsen anser att lönerna avser tid efter bidragsperioden.</td></tr>
<tr><td>5.1</td><td>Lönelista juni 2023</td><td>Feriearbetare, 8 personer</td><td>2023-06-27</td><td class=n>16 800</td></tr>
<tr class=s><td></td><td colspan=3>Återkrävt för insats 5</td><td class=n>16 800</td></tr>
<tr><td colspan=5>Kommunens ställningstagande: Kommunen bestrider återkravet, lönerna betalades ut i juni 2023.</td></tr>
<tr><td></td><td colspan=3><b>Summa</b></td><td class=n><b>40 800</b></td></tr>
</table>
<p>Ove Persson, kommunchef</p></body></html>"""


def make(name: str, path: Path) -> Path:
    office = {"ockelbo": (_xlsx_ockelbo, "xlsx"), "bjurholm": (_docx_bjurholm, "docx")}
    if name in office:
        writer, ext = office[name]
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / f"yttrande-{name}.{ext}"
            writer(src)
            _libreoffice(src, path)
    elif name in ("sorsele", "gnosjo"):
        _chromium({"sorsele": SORSELE_HTML, "gnosjo": GNOSJO_HTML}[name], path)
    else:
        {"lessebo": _lessebo, "vingaker": _vingaker, "munkfors": _munkfors, "dorotea": _dorotea}[name](path)
    return path


if __name__ == "__main__":
    COMMITTED.mkdir(parents=True, exist_ok=True)
    for name in sys.argv[1:] or RESPONSES:
        make(name, COMMITTED / f"yttrande-{name}.pdf")
