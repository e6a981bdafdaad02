"""Table responses whose table runs onto a second page under its header printed again, where a
header cell wraps over two lines and a running page header stands above the table; written with
their expected values before the pipeline read them.

- `kumla`: portrait, ruled grid, the amount in the first column ("Belopp (kr)" wrapping), the
  number second, "Sida N av 2" atop every page.
- `lycksele`: landscape, unruled, "Löpnr", "Insatsens namn", "Återkrävt belopp" (wrapping),
  "Vår kommentar", "Socialstyrelsens motivering" (answer before reasons), a "Summa" row on page 2,
  the municipality's name atop every page.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
CELL = ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=9, leading=11)
TITLE = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceAfter=10)

FILLER = (
    "Kommunen har under bidragsåren arbetat med förebyggande insatser i de områden som polisen "
    "pekat ut, i samverkan med skola, fritid, bostadsbolag och civilsamhälle. "
)

KUMLA_ROWS = [
    ("18 400", "1", "Läger för unga på Sannahed", "Underlag för kostnaderna saknas.", "Kommunen bestrider återkravet. Kvitton i bilaga 1."),
    ("9 750", "2", "Kvällsöppen fritidsgård", "Verksamheten är ordinarie.", "Kommunen godtar återkravet."),
    ("33 000", "3", "Fältsekreterare i Kumla centrum", "Tjänsten avser myndighetsutövning.", "Kommunen bestrider återkravet i sin helhet."),
    ("12 600", "4", "Läxhjälp i Ekeby", "Kostnaderna ligger utanför bidragsperioden.", "Kommunen godtar återkravet."),
]
GOLD_KUMLA = [
    dict(activity_no="1", title="Läger för unga på Sannahed", claimed="18400", position="disputes"),
    dict(activity_no="2", title="Kvällsöppen fritidsgård", claimed="9750", position="accepts_full"),
    dict(activity_no="3", title="Fältsekreterare i Kumla centrum", claimed="33000", position="disputes"),
    dict(activity_no="4", title="Läxhjälp i Ekeby", claimed="12600", position="accepts_full"),
]

LYCKSELE_ROWS = [
    (
        "1",
        "Idrottsskola för flickor",
        "41 200,00",
        "Kommunen bestrider. Deltagarlistor bifogas (bilaga 1).",
        "Deltagarna bodde inte i området.",
    ),
    ("2", "Nattvandringar i Gammplatsen", "6 300,00", "Kommunen godtar bedömningen.", "Kostnaderna är inte styrkta."),
    ("3", "Sommarjobb för ungdomar", "57 000,00", "Medges delvis med 17 000 kr.", "Lönerna avser även unga utanför området."),
]
LYCKSELE_TOTAL = "104 500,00"
GOLD_LYCKSELE = [
    dict(activity_no="1", title="Idrottsskola för flickor", claimed="41200", position="disputes"),
    dict(activity_no="2", title="Nattvandringar i Gammplatsen", claimed="6300", position="accepts_full"),
    dict(activity_no="3", title="Sommarjobb för ungdomar", claimed="57000", position="accepts_partial"),
]


def _running_header(text: str):
    def draw(canvas, doc):
        canvas.setFont("Helvetica", 8)
        canvas.drawString(2 * cm, doc.pagesize[1] - 1.2 * cm, text.format(page=canvas.getPageNumber()))

    return draw


def render_kumla(path: Path) -> Path:
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
    head = ["Belopp (kr)", "Nr", "Aktivitet", "Socialstyrelsens skäl", "Kommunens svar"]
    data = [[Paragraph(h, HEAD) for h in head]] + [[Paragraph(c, CELL) for c in row] for row in KUMLA_ROWS]
    t = Table(data, colWidths=[1.7 * cm, 1.0 * cm, 4.2 * cm, 4.6 * cm, 5.5 * cm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [
        Paragraph("Yttrande över återkrav av statsbidrag", TITLE),
        Paragraph("Kumla kommun, socialnämnden, 2025-03-03", BODY),
        *[Paragraph(FILLER * 4, BODY) for _ in range(6)],
        t,
        Spacer(1, 12),
        Paragraph("Bilagor: 1. Kvitton lägerverksamhet", BODY),
        Paragraph("Eva Lind, socialchef", BODY),
    ]
    on_page = _running_header("Kumla kommun · Sida {page} av 2")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return path


def render_lycksele(path: Path) -> Path:
    size = landscape(A4)
    doc = SimpleDocTemplate(str(path), pagesize=size, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
    head = ["Löpnr", "Insatsens namn", "Återkrävt belopp", "Vår kommentar", "Socialstyrelsens motivering"]
    data = [[Paragraph(h, HEAD) for h in head]] + [[Paragraph(c, CELL) for c in row] for row in LYCKSELE_ROWS]
    data.append([Paragraph(c, HEAD) for c in ["", "Summa", LYCKSELE_TOTAL, "", ""]])
    t = Table(data, colWidths=[1.4 * cm, 5.5 * cm, 2.0 * cm, 8.0 * cm, 8.0 * cm], repeatRows=1)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    story = [
        Paragraph("Yttrande – Socialstyrelsens återkrav", TITLE),
        Paragraph("Lycksele kommun 2025-01-20", BODY),
        *[Paragraph(FILLER * 5, BODY) for _ in range(4)],
        t,
        Spacer(1, 12),
        Paragraph("Bilagor: 1 Deltagarlistor idrottsskolan", BODY),
    ]
    on_page = _running_header("Lycksele kommun – yttrande, sida {page}")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return path


if __name__ == "__main__":
    import sys

    out = Path(sys.argv[1])
    render_kumla(out / "kumla.pdf")
    render_lycksele(out / "lycksele.pdf")
