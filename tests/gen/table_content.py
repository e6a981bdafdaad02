"""Table responses read by what their columns hold (issue 12, tables side), each written with its
expected values before the pipeline read it; every name, amount and sentence is invented.

- `tierp` (python-docx → LibreOffice, "Table Grid"): the narrow columns "Nr", "Återkrävs (kr)" and
  "Återbetalas (kr)" have their header text ROTATED (bottom to top); full-width merged rows
  "År 2022" / "År 2023" group the rows (they are no activities); bare amounts wrap between their
  digit groups in the narrow cells; the partial sum only in the repayment column; a "Summa" row.
- `kumla` (reportlab): rotated header cells drawn turned by 90°, group rows "Delområde Norr" /
  "Delområde Söder" spanning the table, amounts wrapping in a narrow claim column, "Medgivet
  belopp" as the repayment column, a "Totalt" row; other header words.
- `hjo` (HTML → chromium): no column for the agency's reasons; they stand in an unnamed notes
  column ("Anteckning") beside the answer badge and a repayment column.
- `sigtuna` (reportlab): the agency's reasons only as crosses in a ruled matrix (one-letter code
  columns explained in a legend under the table that wraps over two lines); the answer in a
  "Ställning" column.
- `knivsta` (reportlab): a ruled reason matrix with "x" marks and a legend set one code a line
  ("A – …"), the activities and answers in numbered prose headings after it.

- `ljungby` (reportlab, unruled, rows under a line): the agency's reasons as four-letter codes and the
  answer as letter codes under an abbreviated header "Ställn.", both explained in a legend whose
  pairs wrap over lines; the partly accepted sum only in the notes ("D: 7 500 kr …"); a reference
  "(bilaga" / "2)" wrapping in a narrow notes cell.
- `vaggeryd` (reportlab, ruled): a two-row header whose top row holds only two cells ("Belopp
  (kr)" merged over "Återkrävt | Återbetalas", set so close their words touch, and a merged
  "Kommunens ställningstagande"); right-aligned amounts.

- `osby` (reportlab, ruled): a table TURNED ON ITS SIDE, one column per activity (2, 5, 7) and one
  row per field ("Nr", "Insats", "Belopp som krävs tillbaka", "Skäl enligt beslutet", "Vårt svar",
  "Vi betalar tillbaka", "Bilaga"), field names in a shaded first column.
- `perstorp` (python-docx → LibreOffice): the same kind of turned table in Word with other field
  names ("Aktivitet", "Namn", "Återkrav (kr)", "Socialstyrelsens bedömning", "Kommunens svar",
  "Återbetalas (kr)") and four activities, one of them undecided.

- `bromolla` (reportlab, landscape, hairlines under the rows): header words the vocabulary had not
  known: "Akt." over the numbers, "Krav (kr)" for the claim, "Underlag" for the attachment
  references ("Bil. 1"); positions as full sentences.

`python tests/gen/table_content.py` rewrites the committed PDFs in tests/data/table_content/.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

COMMITTED = Path(__file__).resolve().parent.parent / "data" / "table_content"
BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=6, spaceAfter=4)
CELL = ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=9, leading=11)

# expected, written before the pipeline read the documents: claim, position, repayment, reasons
EXPECTED = {
    "tierp": {
        "1": dict(claimed="112500", position="disputes", repayment="0", reasons=["ordinary_operations"]),
        "2": dict(claimed="36000", position="accepts_full", repayment="36000", reasons=["unverifiable_costs"]),
        "3": dict(claimed="54800", position="accepts_partial", repayment="14800", reasons=["excessive_cost"]),
        "4": dict(claimed="9600", position="disputes", repayment="0", reasons=["outside_grant_period"]),
    },
    "kumla": {
        "1": dict(claimed="28750", position="disputes", repayment="0", reasons=["ordinary_operations"]),
        "2": dict(claimed="64000", position="accepts_full", repayment="64000", reasons=["unverifiable_costs"]),
        "3": dict(claimed="118250", position="accepts_partial", repayment="40000", reasons=["excessive_cost"]),
    },
    "hjo": {
        "1": dict(claimed="42000", position="accepts_full", repayment="42000", reasons=["unverifiable_costs"]),
        "2": dict(claimed="17500", position="disputes", repayment="0", reasons=["outside_grant_period"]),
        "3": dict(claimed="8900", position="accepts_partial", repayment="3000", reasons=["excessive_cost"]),
    },
    "sigtuna": {
        "1": dict(claimed="33000", position="disputes", repayment="0", reasons=["ordinary_operations"]),
        "2": dict(claimed="12400", position="accepts_full", repayment="12400", reasons=["unverifiable_costs", "excessive_cost"]),
        "3": dict(claimed="57600", position="disputes", repayment="0", reasons=["outside_grant_period"]),
    },
    "knivsta": {
        "2": dict(claimed="21000", position="accepts_full", repayment="21000", reasons=["unverifiable_costs"]),
        "5": dict(claimed="46500", position="disputes", repayment="0", reasons=["ordinary_operations", "outside_grant_period"]),
        "6": dict(claimed="15250", position="disputes", repayment="0", reasons=["excessive_cost"]),
    },
    "ljungby": {
        "1": dict(claimed="31000", position="disputes", repayment="0", reasons=["unverifiable_costs"]),
        "2": dict(claimed="24500", position="accepts_partial", repayment="7500", reasons=["excessive_cost"]),
        "3": dict(claimed="11800", position="accepts_full", repayment="11800", reasons=["outside_grant_period"]),
    },
    "vaggeryd": {
        "1": dict(claimed="66000", position="accepts_partial", repayment="16000", reasons=["excessive_cost"]),
        "2": dict(claimed="14300", position="disputes", repayment="0", reasons=["ordinary_operations"]),
        "3": dict(claimed="8250", position="accepts_full", repayment="8250", reasons=["unverifiable_costs"]),
    },
    "osby": {
        "2": dict(claimed="47200", position="accepts_full", repayment="47200", reasons=["unverifiable_costs"]),
        "5": dict(claimed="18000", position="disputes", repayment="0", reasons=["ordinary_operations"]),
        "7": dict(claimed="65500", position="accepts_partial", repayment="20000", reasons=["excessive_cost"]),
    },
    "perstorp": {
        "1": dict(claimed="12600", position="disputes", repayment="0", reasons=["outside_grant_period"]),
        "2": dict(claimed="88000", position="accepts_partial", repayment="30000", reasons=["excessive_cost"]),
        "3": dict(claimed="5400", position="accepts_full", repayment="5400", reasons=["unverifiable_costs"]),
        "4": dict(claimed="41000", position="unclear", repayment=None, reasons=["exercise_of_authority"]),
    },
    "bromolla": {
        "3": dict(claimed="23400", position="accepts_full", repayment="23400", reasons=["unverifiable_costs"]),
        "4": dict(claimed="70000", position="disputes", repayment="0", reasons=["outside_grant_period"]),
    },
}
# attachment references each response makes, by activity
EXPECTED_REFS = {"ljungby": {("1", "1"), ("2", "2")}, "osby": {("5", "1"), ("7", "2")}, "bromolla": {("4", "1")}}
# the amounts each response prints (money, a multiset; zeros in tables left out)
EXPECTED_MONEY = {
    "tierp": ["112500", "36000", "36000", "54800", "14800", "9600", "212900", "50800"],
    "kumla": ["28750", "64000", "64000", "118250", "40000", "211000", "104000"],
}

TIERP_ROWS = [
    ("År 2022",),
    (
        "1",
        "Fritidsgård Karlholm",
        "112 500",
        "Kostnaderna avser kommunens ordinarie verksamhet.",
        "Bestrids. Gården öppnade med bidraget, se bilaga 1.",
        "0",
    ),
    ("2", "Sommarjobb för unga", "36 000", "Underlag saknas för lönekostnaderna.", "Medges.", "36 000"),
    ("År 2023",),
    (
        "3",
        "Föräldracafé Tierp",
        "54 800",
        "Kostnaden för lokalen är för hög.",
        "Medges delvis. Hyran för juni bestrids (bilaga 2).",
        "14 800",
    ),
    ("4", "Kvällsvandring", "9 600", "Aktiviteten genomfördes efter bidragsperioden.", "Bestrids, se bilaga 3.", "0"),
]


def _docx_tierp(src: Path) -> None:
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm

    def turn(cell) -> None:
        direction = OxmlElement("w:textDirection")
        direction.set(qn("w:val"), "btLr")
        cell._tc.get_or_add_tcPr().append(direction)

    d = Document()
    d.add_paragraph("Tierps kommun\nKultur- och fritidsnämnden")
    d.add_paragraph("Till Socialstyrelsen\n2025-03-11")
    d.add_heading("Svar på preliminärt beslut om återkrav av statsbidrag", level=1)
    d.add_paragraph("Nämnden besvarar Socialstyrelsens beslut punkt för punkt i tabellen nedan.")
    table = d.add_table(rows=1, cols=6)
    table.style = "Table Grid"
    table.autofit = False
    widths = [Cm(0.9), Cm(3.4), Cm(1.3), Cm(4.4), Cm(4.6), Cm(1.3)]
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    from docx.enum.table import WD_ROW_HEIGHT_RULE

    table.rows[0].height, table.rows[0].height_rule = Cm(2.6), WD_ROW_HEIGHT_RULE.AT_LEAST
    for k, text in enumerate(["Nr", "Insats", "Återkrävs (kr)", "Skäl i beslutet", "Nämndens svar", "Återbetalas (kr)"]):
        cell = table.rows[0].cells[k]
        cell.text = text
        cell.width = widths[k]
        if k in (0, 2, 5):
            turn(cell)
    for row in TIERP_ROWS:
        cells = table.add_row().cells
        for k, cell in enumerate(cells):
            cell.width = widths[k]
        if len(row) == 1:
            merged = cells[0].merge(cells[-1])
            merged.text = row[0]
            continue
        for k, text in enumerate(row):
            cells[k].text = text
            cells[k].width = widths[k]
    total = table.add_row().cells
    total[1].text, total[2].text, total[5].text = "Summa", "212 900", "50 800"
    for k, cell in enumerate(total):
        cell.width = widths[k]
    d.add_paragraph("")
    d.add_paragraph("Bilagor")
    for n, title in enumerate(["Protokoll öppning Karlholm", "Hyresavtal föräldracaféet", "Program kvällsvandringar"], 1):
        d.add_paragraph(f"{n}. {title}")
    d.add_paragraph("Anna Sjöberg, ordförande")
    d.save(str(src))


def _libreoffice(src: Path, out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            ["soffice", "-env:UserInstallation=file:///tmp/lo-tables", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(src)],
            check=True,
            capture_output=True,
            timeout=180,
        )
        shutil.copy(Path(tmp) / (src.stem + ".pdf"), out)


class Turned(Flowable):
    """A header cell's words turned by 90° (read bottom to top), as spreadsheets print narrow columns."""

    def __init__(self, text: str, height: float) -> None:
        super().__init__()
        self.text, self.height, self.width = text, height, 10

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setFont("Helvetica-Bold", 8)
        c.translate(8, 2)
        c.rotate(90)
        c.drawString(0, 0, self.text)
        c.restoreState()


KUMLA_ROWS = [
    ("Delområde Norr",),
    ("1", "Läxhjälp Ekeby", "28 750", "Verksamheten är skolans ordinarie uppdrag.", "Kommunen bestrider återkravet.", "0"),
    ("2", "Idrottsläger Sannahed", "64 000", "Kostnaderna kan inte styrkas med kvitton.", "Kommunen medger återkravet.", "64 000"),
    ("Delområde Söder",),
    ("3", "Mentorsprogram Sörby", "118 250", "Lönekostnaden är oskäligt hög.", "Kommunen medger delvis, se bilaga 1.", "40 000"),
]


def _kumla(path: Path) -> None:
    head = [Turned("Löpnr", 60), Paragraph("Aktivitet", HEAD), Turned("Återkrävt belopp", 60)]
    head += [Paragraph("Socialstyrelsens motivering", HEAD), Paragraph("Kommunens inställning", HEAD), Turned("Medgivet belopp", 60)]
    data: list[list] = [head]
    spans = []
    for row in KUMLA_ROWS:
        if len(row) == 1:
            spans.append(("SPAN", (0, len(data)), (-1, len(data))))
            data.append([Paragraph(f"<b>{row[0]}</b>", CELL), "", "", "", "", ""])
        else:
            data.append([Paragraph(c, CELL) for c in row])
    data.append([Paragraph(c, CELL) for c in ("", "Totalt", "211 000", "", "", "104 000")])
    t = Table(data, colWidths=[0.9 * cm, 3.6 * cm, 1.0 * cm, 4.8 * cm, 4.6 * cm, 1.0 * cm])
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"), *spans]
    t.setStyle(TableStyle(style + [("ALIGN", (2, 1), (2, -1), "RIGHT"), ("ALIGN", (5, 1), (5, -1), "RIGHT")]))
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm)
    doc.build(
        [
            Paragraph("KUMLA KOMMUN · Socialnämnden · 2025-02-20", BODY),
            Paragraph("Yttrande angående Socialstyrelsens preliminära beslut om återkrav", H2),
            Paragraph("Kommunens ställningstagande för varje aktivitet redovisas i tabellen.", BODY),
            t,
            Paragraph("Bilaga 1 Lönespecifikation mentorer", BODY),
        ]
    )


HJO_HTML = """<!doctype html><html><head><meta charset="utf-8"><style>
body{font-family:sans-serif;font-size:12px;margin:30px} table{border-collapse:collapse;width:100%}
th{text-align:left;border-bottom:2px solid #333;padding:6px} td{padding:6px;border-bottom:1px solid #ccc;vertical-align:top}
td.n{text-align:right} .b{border-radius:8px;padding:1px 6px;color:#fff;background:#2a7}
</style></head><body>
<p>Hjo kommun – Barn- och utbildningsnämnden<br>2025-02-14</p>
<h2>Yttrande om återkrav av statsbidrag</h2>
<p>Nämnden svarar på Socialstyrelsens beslut enligt tabellen.</p>
<table><tr><th>#</th><th>Insats</th><th>Krävs tillbaka (kr)</th><th>Vårt svar</th><th>Återbetalning (kr)</th><th>Anteckning</th></tr>
<tr><td>1</td><td>Utegym vid Sjöhagen</td><td class=n>42 000</td><td><span class=b>Medges</span></td><td class=n>42 000</td>
<td>Socialstyrelsen anser att kvitton saknas för monteringen.</td></tr>
<tr><td>2</td><td>Cirkus för barn</td><td class=n>17 500</td><td><span class=b>Bestrids</span></td><td class=n>0</td>
<td>Enligt beslutet låg insatsen utanför bidragsperioden. Cirkusen hölls i maj 2023, se bilaga 1.</td></tr>
<tr><td>3</td><td>Språkcafé Guldkroken</td><td class=n>8 900</td><td><span class=b>Delvis</span></td><td class=n>3 000</td>
<td>Socialstyrelsen bedömer kostnaderna som för höga. Hyran medges.</td></tr>
<tr><td></td><td><b>Summa</b></td><td class=n><b>68 400</b></td><td></td><td class=n><b>45 000</b></td><td></td></tr>
</table>
<p>Bilaga 1 – Programblad cirkusveckan</p><p>Karin Lund, nämndsekreterare</p></body></html>"""


def _chromium(html: str, out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "hjo.html"
        src.write_text(html, encoding="utf-8")
        subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", f"--print-to-pdf={out}", src.as_uri()],
            check=True,
            capture_output=True,
            timeout=180,
        )


def _grid(head: list[str], rows: list[tuple], total: tuple = ()) -> list[list]:
    """A table's cells as paragraphs: its header, its rows, and a sum row padded to the width."""
    data = [[Paragraph(h, HEAD) for h in head]] + [[Paragraph(c, CELL) for c in row] for row in rows]
    if total:
        data.append([Paragraph(c, CELL) for c in (*total, *[""] * (len(head) - len(total)))])
    return data


def _build(path: Path, margin_cm: float, story: list) -> None:
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=margin_cm * cm, rightMargin=margin_cm * cm).build(story)


SIGTUNA_ROWS = [
    ("1", "Fältassistenter Valsta", "33 000", "Bestrids", "", "X", "", ""),
    ("2", "Badresa Märsta", "12 400", "Medges", "X", "", "", "X"),
    ("3", "Vinterlov Steningehöjden", "57 600", "Bestrids", "", "", "X", ""),
]


def _sigtuna(path: Path) -> None:
    data = _grid(["Nr", "Aktivitet", "Återkrävt", "Ställning", "A", "B", "C", "D"], SIGTUNA_ROWS, ("", "Summa", "103 000"))
    t = Table(data, colWidths=[1.0 * cm, 5.2 * cm, 2.2 * cm, 2.2 * cm] + [0.8 * cm] * 4)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("ALIGN", (2, 1), (2, -1), "RIGHT")]))
    _build(
        path,
        2.2,
        [
            Paragraph("Sigtuna kommun, Socialförvaltningen, 2025-03-02", BODY),
            Paragraph("Yttrande över preliminärt beslut om återkrav", H2),
            Paragraph("Socialstyrelsens skäl är markerade i tabellen; kommunens ställning står i kolumnen Ställning.", BODY),
            t,
            Paragraph(
                "Teckenförklaring: A = kostnaderna är inte styrkta med underlag; B = aktiviteten är ordinarie verksamhet; "
                "C = kostnaden ligger utanför bidragsperioden; D = kostnaden är oskäligt hög.",
                CELL,
            ),
        ],
    )


def _knivsta(path: Path) -> None:
    rows = [
        ("2", "Nattfotboll Alsike", "21 000", "x", "", "", ""),
        ("5", "Sommarkollo Vassunda", "46 500", "", "x", "x", ""),
        ("6", "Familjeträffar", "15 250", "", "", "", "x"),
    ]
    t = Table(_grid(["Akt", "Benämning", "Belopp", "A", "B", "C", "D"], rows), colWidths=[1.2 * cm, 6.0 * cm, 2.4 * cm] + [1.0 * cm] * 4)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("ALIGN", (3, 1), (-1, -1), "CENTER")]))
    _build(
        path,
        2.4,
        [
            Paragraph("Knivsta kommun – Utbildningsnämnden – 2025-02-28", BODY),
            Paragraph("Yttrande: återkrav av statsbidrag för 2023", H2),
            Paragraph("Tabellen visar vilka av Socialstyrelsens skäl som gäller varje aktivitet.", BODY),
            t,
            Paragraph("A – kostnaderna saknar verifikationer", CELL),
            Paragraph("B – insatsen är ordinarie verksamhet", CELL),
            Paragraph("C – insatsen låg utanför bidragsperioden", CELL),
            Paragraph("D – kostnaden är för hög", CELL),
            Paragraph("2. Nattfotboll Alsike – 21 000 kr", H2),
            Paragraph("Nämnden medger återkravet. Verifikationerna har inte gått att ta fram.", BODY),
            Paragraph("5. Sommarkollo Vassunda – 46 500 kr", H2),
            Paragraph("Nämnden bestrider återkravet. Kollot var nytt och hölls i augusti 2023.", BODY),
            Paragraph("6. Familjeträffar – 15 250 kr", H2),
            Paragraph("Nämnden bestrider återkravet i sin helhet.", BODY),
        ],
    )


LJUNGBY_ROWS = [
    ("1", "Fritidsbuss Lagan", "31 000", "DOK", "N", "Körjournaler finns, se bilaga 1."),
    ("2", "Sommarlovsklubb", "24 500", "HYRA", "D", "D: 7 500 kr avser hyra av tält (bilaga 2)."),
    ("3", "Julmarknad för unga", "11 800", "TID", "J", ""),
]


def _ljungby(path: Path) -> None:
    data = _grid(["Nr", "Aktivitet", "Återkrävt (kr)", "Skäl", "Ställn.", "Kommentar"], LJUNGBY_ROWS, ("", "Summa", "67 300"))
    t = Table(data, colWidths=[1.0 * cm, 4.2 * cm, 2.6 * cm, 1.4 * cm, 1.4 * cm, 3.4 * cm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    _build(
        path,
        2.5,
        [
            Paragraph("Ljungby kommun · Socialnämnden · 2025-03-05", BODY),
            Paragraph("Yttrande över Socialstyrelsens preliminära beslut om återkrav", H2),
            t,
            Paragraph(
                "Skäl: DOK – kostnaderna saknar underlag; HYRA – hyran är oskäligt hög; TID – aktiviteten låg utanför "
                "bidragsperioden. Ställn.: J – medges; N – bestrids; D – medges delvis, beloppet står i kommentaren.",
                ParagraphStyle("legend", parent=CELL, fontSize=8, leading=10),
            ),
            Paragraph("Bilagor: 1. Körjournaler fritidsbussen 2. Hyresavtal tält", BODY),
        ],
    )


VAGGERYD_ROWS = [
    ("1", "Simskola Skillingaryd", "66 000", "16 000", "Kostnaden för simlärare är för hög.", "Medges delvis."),
    ("2", "Läxläsning i biblioteket", "14 300", "0", "Insatsen är bibliotekets ordinarie verksamhet.", "Bestrids."),
    ("3", "Pysselkvällar", "8 250", "8 250", "Kvitton saknas för materialet.", "Medges."),
]


def _vaggeryd(path: Path) -> None:
    bold = ParagraphStyle("hb", parent=HEAD, fontSize=8, leading=9)
    right = ParagraphStyle("r", parent=CELL, alignment=2)
    top = [Paragraph("", bold), Paragraph("", bold), Paragraph("Belopp (kr)", bold), "", Paragraph("", bold)]
    top += [Paragraph("Kommunens ställningstagande", bold)]
    sub = [Paragraph(t, bold) for t in ("Nr", "Aktivitet", "Återkrävt", "Återbetalas", "Socialstyrelsens skäl", "")]
    rows = [[Paragraph(c, right if k in (2, 3) else CELL) for k, c in enumerate(r)] for r in VAGGERYD_ROWS]
    total = [Paragraph(c, right if k in (2, 3) else CELL) for k, c in enumerate(("", "Summa", "88 550", "24 250", "", ""))]
    t = Table([top, sub, *rows, total], colWidths=[0.9 * cm, 3.6 * cm, 1.5 * cm, 1.7 * cm, 4.6 * cm, 3.4 * cm])
    spans = [("SPAN", (2, 0), (3, 0)), ("SPAN", (5, 0), (5, 1))]
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("LEFTPADDING", (0, 0), (-1, -1), 1),
                ("VALIGN", (0, 2), (-1, -1), "TOP"),
                *spans,
            ]
        )
    )
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    doc.build(
        [
            Paragraph("Vaggeryds kommun, Kommunstyrelsen, 2025-02-17", BODY),
            Paragraph("Yttrande – återkrav av statsbidrag för utsatta områden", H2),
            t,
        ]
    )


OSBY_FIELDS = [
    ("Nr", "2", "5", "7"),
    ("Insats", "Fritidsgård Hasslaröd", "Läxhjälp i Lönsboda", "Sommarjobb Osby"),
    ("Belopp som krävs tillbaka", "47 200 kr", "18 000 kr", "65 500 kr"),
    (
        "Skäl enligt beslutet",
        "Kvitton saknas för inköpen.",
        "Läxhjälpen är skolans ordinarie verksamhet.",
        "Lönerna är oskäligt höga.",
    ),
    ("Vårt svar", "Vi medger återkravet.", "Vi bestrider återkravet, se bilaga 1.", "Vi medger delvis, se bilaga 2."),
    ("Vi betalar tillbaka", "47 200 kr", "0 kr", "20 000 kr"),
]


def _osby(path: Path) -> None:
    field = ParagraphStyle("f", parent=HEAD, fontSize=9)
    data = [[Paragraph(row[0], field)] + [Paragraph(c, CELL) for c in row[1:]] for row in OSBY_FIELDS]
    t = Table(data, colWidths=[3.6 * cm, 4.2 * cm, 4.2 * cm, 4.2 * cm])
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("BACKGROUND", (0, 0), (0, -1), colors.lightgrey)]
    t.setStyle(TableStyle([*style, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    _build(
        path,
        2.3,
        [
            Paragraph("Osby kommun – Barn- och utbildningsnämnden – 2025-02-21", BODY),
            Paragraph("Svar på Socialstyrelsens preliminära beslut om återkrav", H2),
            Paragraph("Varje kolumn i tabellen gäller en aktivitet.", BODY),
            t,
            Paragraph("Bilagor: 1. Skolans läsårsplanering 2. Lönelista sommarjobb", BODY),
        ],
    )


PERSTORP_FIELDS = [
    ("Aktivitet", "1", "2", "3", "4"),
    ("Namn", "Vinterlov på Ljungbacka", "Fältvärdar", "Filmkvällar", "Familjestödjare"),
    ("Återkrav (kr)", "12 600", "88 000", "5 400", "41 000"),
    (
        "Socialstyrelsens bedömning",
        "Lovet låg efter bidragsperioden.",
        "Kostnaden för fältvärdarna är för hög.",
        "Kvitton saknas.",
        "Familjestödjarna har utövat myndighet.",
    ),
    ("Kommunens svar", "Bestrids.", "Medges delvis.", "Medges.", "Kommunen utreder frågan och återkommer."),
    ("Återbetalas (kr)", "0", "30 000", "5 400", ""),
]


def _docx_perstorp(src: Path) -> None:
    from docx import Document

    d = Document()
    d.add_paragraph("Perstorps kommun\nSocialnämnden\n2025-03-03")
    d.add_heading("Yttrande om återkrav av statsbidrag", level=1)
    table = d.add_table(rows=0, cols=5)
    table.style = "Table Grid"
    for row in PERSTORP_FIELDS:
        cells = table.add_row().cells
        for k, text in enumerate(row):
            cells[k].text = text
        cells[0].paragraphs[0].runs[0].bold = True
    d.add_paragraph("Lena Holm, socialchef")
    d.save(str(src))


BROMOLLA_ROWS = [
    ("3", "Kulturskola i Näsum", "23 400,00", "Kvitton saknas för instrumenten.", "Kommunen godtar återkravet och betalar tillbaka.", ""),
    (
        "4",
        "Vinterläger",
        "70 000,00",
        "Lägret hölls efter bidragsperioden.",
        "Kommunen bestrider återkravet; lägret hölls i december.",
        "Bil. 1",
    ),
]


def _bromolla(path: Path) -> None:
    data = _grid(["Akt.", "Insats", "Krav (kr)", "Socialstyrelsens invändning", "Kommunens ställningstagande", "Underlag"], BROMOLLA_ROWS)
    t = Table(data, colWidths=[1.3 * cm, 4.5 * cm, 2.6 * cm, 6.4 * cm, 7.2 * cm, 2.4 * cm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=1.8 * cm, rightMargin=1.8 * cm).build(
        [
            Paragraph("Bromölla kommun · Socialförvaltningen · 2025-02-26", BODY),
            Paragraph("Svar på Socialstyrelsens preliminära beslut om återkrav", H2),
            t,
            Paragraph("Bil. 1 Lägerprogram december 2023", BODY),
        ]
    )


def make(name: str, path: Path) -> Path:
    if name in ("tierp", "perstorp"):
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / f"yttrande-{name}.docx"
            {"tierp": _docx_tierp, "perstorp": _docx_perstorp}[name](src)
            _libreoffice(src, path)
    elif name == "hjo":
        _chromium(HJO_HTML, path)
    else:
        makers = {
            "kumla": _kumla,
            "sigtuna": _sigtuna,
            "knivsta": _knivsta,
            "ljungby": _ljungby,
            "vaggeryd": _vaggeryd,
            "osby": _osby,
            "bromolla": _bromolla,
        }
        makers[name](path)
    return path


if __name__ == "__main__":
    COMMITTED.mkdir(parents=True, exist_ok=True)
    for name in sys.argv[1:] or EXPECTED:
        make(name, COMMITTED / f"yttrande-{name}.pdf")
