"""Table responses of two layouts that header words alone do not read (issue 12, points 3 and 5).
Written with their expected values before the pipeline read them; every name, amount and sentence
is invented.

Centred headers: the header cells are centred over their columns, so a column's cells start left
of its header word, and a spreadsheet's narrow cell padding leaves right-aligned amounts a hair
from the next column's text.
- `oxelosund`: openpyxl -> LibreOffice Calc, centred bold header, "Belopp (kr)" merged over
  "Återkrävt | Återbetalas", a wide notes column holding the agency's reasons, a Summa row.
- `vadstena`: python-docx -> LibreOffice Writer, a Word table with a centred shaded header row
  "Nr | Insats | Återkrävt belopp | Socialstyrelsens bedömning | Kommunens svar".

Grant-year columns: the claim is split over one column per year and stated nowhere as one figure
(the row's sum is the claim).
- `hultsfred`: reportlab, landscape, "Löpnr | Insats | 2022 | 2023 | Skäl enligt SoS |
  Kommunens inställning", "–" for no amount, "Summa" row.
- `ljusnarsberg`: HTML -> headless Chromium, "Nr | Aktivitet | År 2021 | År 2022 | År 2023 |
  Socialstyrelsens motivering | Vårt ställningstagande" with a caption, no sum row.

`python tests/gen/table_layouts.py [NAME ...]` rewrites the committed PDFs in tests/data/table_layouts/
(soffice and chromium needed for two of them).
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
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

COMMITTED = Path(__file__).resolve().parent.parent / "data" / "table_layouts"
BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
CELL = ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=9, leading=11, alignment=1)

# (nr, activity, reclaimed, repaid, position word, notes)
OXELOSUND_ROWS = [
    ("1", "Fritidsgård Frösäng kvällstid", "64 000", "0", "Bestrids", "SoS: personalkostnaden ej styrkt. Lönelistor bifogas, se bilaga 1."),
    ("2", "Simskola Ramdalen", "18 500", "18 500", "Godtas", "SoS: aktiviteten låg utanför området. Ingen invändning."),
    ("3", "Sommarlovsbuss", "42 000", "12 000", "Godtas delvis", "SoS: resorna oskäligt dyra. Kommunen godtar 12 000 kr för extraturerna."),
    ("4", "Läxcafé Biblioteket", "9 800", "0", "Bestrids", "SoS: beskrivning saknas. Verksamhetsplanen bifogas, se bilaga 2."),
]
# (nr, activity, reclaimed, assessment, answer)
VADSTENA_ROWS = [
    ("1", "Nattvandring i Tycklinge", "22 400 kr", "Kostnaderna för västar och fika är inte styrkta.", "Kommunen medger återkravet."),
    (
        "2",
        "Ungdomsledare på Folkets park",
        "88 000 kr",
        "Tjänsten bedöms vara ordinarie verksamhet.",
        "Kommunen bestrider återkravet. Tjänsten inrättades för bidraget, se bilaga 1.",
    ),
    (
        "3",
        "Lovläger vid Vättern",
        "35 600 kr",
        "Lägret genomfördes efter bidragsperioden.",
        "Kommunen medger 10 000 kr som avser bussen. I övrigt bestrids återkravet.",
    ),
]
VADSTENA_WIDTHS_CM = (1.0, 3.8, 2.6, 4.6, 5.0)
# (nr, activity, 2022, 2023, reasons, answer)
HULTSFRED_ROWS = [
    (
        "1",
        "Mötesplats Hagadal",
        "30 000",
        "26 000",
        "Verksamheten fanns före bidraget.",
        "Bestrids. Mötesplatsen öppnade 2022, se bilaga 1.",
    ),
    ("2", "Simträning för nyanlända", "–", "14 300", "Kvitton saknas.", "Medges."),
    ("3", "Föräldracirkel Virserum", "8 500", "8 500", "Kostnaden för lokalen är hög.", "Medges för 2023, 8 500 kr. Bestrids för 2022."),
]
# (nr, activity, 2021, 2022, 2023, reasons, answer)
LJUSNARSBERG_ROWS = [
    ("1", "Kollo i Kopparberg", "12 000", "15 000", "–", "Deltagarlistor saknas.", "Vi medger återkravet."),
    ("2", "Fältarbete Ställdalen", "–", "40 200", "39 800", "Tjänsten är ordinarie.", "Vi bestrider återkravet, se bilaga 1."),
    ("3", "Idrottslov", "6 400", "–", "–", "Aktiviteten saknar koppling till syftet.", "Vi tar ställning när revisionen är klar."),
    ("4", "Läxhjälp Bångbro", "–", "–", "21 750", "Underlag saknas för lönerna.", "Vi medger 7 250 kr. Resten bestrids."),
]

EXPECTED = {
    "oxelosund": {
        "1": dict(claimed="64000", position="disputes", repayment="0"),
        "2": dict(claimed="18500", position="accepts_full", repayment="18500"),
        "3": dict(claimed="42000", position="accepts_partial", repayment="12000"),
        "4": dict(claimed="9800", position="disputes", repayment="0"),
    },
    "vadstena": {
        "1": dict(claimed="22400", position="accepts_full", repayment="22400"),
        "2": dict(claimed="88000", position="disputes", repayment="0"),
        "3": dict(claimed="35600", position="accepts_partial", repayment="10000"),
    },
    "hultsfred": {
        "1": dict(claimed="56000", position="disputes", repayment="0"),
        "2": dict(claimed="14300", position="accepts_full", repayment="14300"),
        "3": dict(claimed="17000", position="accepts_partial", repayment="8500"),
    },
    "ljusnarsberg": {
        "1": dict(claimed="27000", position="accepts_full", repayment="27000"),
        "2": dict(claimed="80000", position="disputes", repayment="0"),
        "3": dict(claimed="6400", position="unclear", repayment=None),
        "4": dict(claimed="21750", position="accepts_partial", repayment="7250"),
    },
}
CENTRED = ("oxelosund", "vadstena")
YEAR_COLUMNS = ("hultsfred", "ljusnarsberg")


def convert(src: Path, out: Path, profile: str) -> Path:
    """A LibreOffice document as PDF at `out`."""
    with tempfile.TemporaryDirectory() as tmp:
        cmd = ["soffice", f"-env:UserInstallation=file:///tmp/lo-{profile}", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=180)
        shutil.move(str(Path(tmp) / (src.stem + ".pdf")), out)
    return out


def _oxelosund(path: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "Yttrande"
    ws.append(["Oxelösunds kommun – Kultur- och fritidsnämnden"])
    ws.append(["Yttrande över Socialstyrelsens beslut om återkrav av statsbidrag 2023 (dnr 9.1-71234/2024)"])
    ws.append(["Datum: 2025-03-06"])
    ws.append([])
    ws.append(["Nr", "Aktivitet", "Belopp (kr)", None, "Ställningstagande", "Anteckningar"])
    ws.append([None, None, "Återkrävt", "Återbetalas", None, None])
    for nr, act, rec, rep, pos, note in OXELOSUND_ROWS:
        ws.append([int(nr), act, int(rec.replace(" ", "")), int(rep.replace(" ", "")), pos, note])
    ws.append([None, "Summa", "=SUM(C7:C10)", "=SUM(D7:D10)", None, None])
    ws.append([])
    ws.append(["Bilagor"])
    ws.append(["1. Lönelistor fritidsgården"])
    ws.append(["2. Verksamhetsplan läxcafé"])
    ws.append(["Kultur- och fritidsnämnden i Oxelösund, Sara Holm, ordförande"])
    for rng in ("C5:D5", "A5:A6", "B5:B6", "E5:E6", "F5:F6"):
        ws.merge_cells(rng)
    thin = Side(style="thin")
    for row in ws.iter_rows(min_row=5, max_row=11, max_col=6):
        for c in row:
            c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center" if c.row <= 6 else None)
            if c.row <= 6:
                c.font = Font(bold=True)
            elif c.column in (3, 4):
                c.number_format = "# ##0"
    for r in range(7, 11):
        ws.row_dimensions[r].height = 30  # room for the notes' wrapped lines (openpyxl leaves rows a line high)
    for col, width in zip("ABCDEF", (5, 24, 11, 12, 15, 42), strict=True):
        ws.column_dimensions[col].width = width
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "Oxelösund yttrande.xlsx"
        wb.save(src)
        return convert(src, path, "tables-calc")


def _vadstena(path: Path) -> Path:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm

    d = Document()
    d.add_paragraph("Vadstena kommun\nSocialnämnden\n2025-02-19")
    d.add_paragraph("Yttrande angående Socialstyrelsens preliminära beslut om återkrav av statsbidrag för år 2022")
    d.add_paragraph("Socialnämnden lämnar följande svar på de återkrav som Socialstyrelsen har aviserat.")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for cell, text in zip(
        t.rows[0].cells, ("Nr", "Insats", "Återkrävt belopp", "Socialstyrelsens bedömning", "Kommunens svar"), strict=True
    ):
        cell.text = text
        para = cell.paragraphs[0]
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        para.runs[0].bold = True
        shade = OxmlElement("w:shd")
        shade.set(qn("w:fill"), "D9D9D9")
        cell._tc.get_or_add_tcPr().append(shade)
    for row in VADSTENA_ROWS:
        cells = t.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    t.autofit = False
    for column, width in zip(t.columns, VADSTENA_WIDTHS_CM, strict=True):
        column.width = Cm(width)  # the grid's widths: what LibreOffice lays the columns out by
    for row in t.rows:
        for cell, width in zip(row.cells, VADSTENA_WIDTHS_CM, strict=True):
            cell.width = Cm(width)
    d.add_paragraph("")
    d.add_paragraph("Bilagor: 1. Anställningsbeslut ungdomsledare")
    d.add_paragraph("För socialnämnden\nPer Almqvist, ordförande")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "Vadstena yttrande.docx"
        d.save(str(src))
        return convert(src, path, "tables-writer")


def _hultsfred(path: Path) -> Path:
    head = ["Löpnr", "Insats", "2022", "2023", "Skäl enligt SoS", "Kommunens inställning"]
    data = [[Paragraph(h, HEAD) for h in head]] + [[Paragraph(c, CELL) for c in row] for row in HULTSFRED_ROWS]
    data.append([Paragraph(c, CELL) for c in ("", "Summa", "38 500", "48 800", "", "")])
    t = Table(data, colWidths=[1.5 * cm, 5.0 * cm, 2.2 * cm, 2.2 * cm, 6.5 * cm, 7.5 * cm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=1.5 * cm, rightMargin=1.5 * cm)
    story = [
        Paragraph("Hultsfreds kommun · Barn- och utbildningsförvaltningen · 2025-03-11", BODY),
        Paragraph("Svar på Socialstyrelsens preliminära beslut om återkrav, fördelat på bidragsår", BODY),
        Paragraph("Beloppen anges i kronor per bidragsår.", BODY),
        t,
        Paragraph("Sammanlagt återkrävs 87 300 kr. Kommunen medger 22 800 kr.", BODY),
        Paragraph("Bilaga 1 Protokoll om mötesplatsens start 2022", BODY),
        Paragraph("Lena Ek, förvaltningschef", BODY),
    ]
    doc.build(story)
    return path


_HTML = """<!doctype html><html lang="sv"><head><meta charset="utf-8"><style>
body{{font-family:sans-serif;font-size:10pt;margin:1.5cm}} table{{border-collapse:collapse;width:100%}}
th{{background:#e8e8e8;text-align:center;font-size:9pt}} td,th{{border:1px solid #999;padding:3px;vertical-align:top}}
td.n{{text-align:right}} @page{{size:A4 landscape}}</style></head><body>
<p><b>Ljusnarsbergs kommun</b> · Kultur- och fritidsenheten</p>
<p>Yttrande till Socialstyrelsen om återkrav av statsbidrag, ert dnr 9.1-70411/2024. Kopparberg 2025-02-24.</p>
<table><caption>Återkrav per aktivitet och bidragsår (kr)</caption>
<tr><th>Nr</th><th>Aktivitet</th><th>År 2021</th><th>År 2022</th><th>År 2023</th><th>Socialstyrelsens motivering</th>
<th>Vårt ställningstagande</th></tr>
{rows}</table>
<p>Bilaga 1: Tjänstebeskrivning fältarbetare</p>
<p>Maria Lund, enhetschef</p></body></html>"""


def _ljusnarsberg(path: Path) -> Path:
    rows = "\n".join(
        "<tr>" + "".join(f'<td class="n">{c}</td>' if k in (2, 3, 4) else f"<td>{c}</td>" for k, c in enumerate(row)) + "</tr>"
        for row in LJUSNARSBERG_ROWS
    )
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "yttrande.html"
        src.write_text(_HTML.format(rows=rows), encoding="utf-8")
        cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", f"--print-to-pdf={path}", src.as_uri()]
        subprocess.run(cmd, check=True, capture_output=True, timeout=180)
    return path


MAKERS = {"oxelosund": _oxelosund, "vadstena": _vadstena, "hultsfred": _hultsfred, "ljusnarsberg": _ljusnarsberg}


def make(name: str, path: Path) -> Path:
    return MAKERS[name](path)


if __name__ == "__main__":
    COMMITTED.mkdir(parents=True, exist_ok=True)
    for name in sys.argv[1:] or EXPECTED:
        make(name, COMMITTED / f"yttrande-{name}.pdf")
