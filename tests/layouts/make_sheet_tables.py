"""Responses laid out as tables in three more house styles, each written with its expected values
before the pipeline read it:

- `sheet`: a spreadsheet printed landscape, ruled grid; number, activity, the agency's reasons
  and the answer merged over the activity's cost-item rows; a cost column and a separate
  "Krävs tillbaka" column; a "Totalt" row.
- `items`: the same kind of grid without a reclaimed column: an activity's claim is the sum of
  its cost items; other header words ("Punkt", "Utgiftspost", "Belopp, kr", "Kommunens
  inställning"), no assessment column.
- `labelled`: no number column, "Aktivitet N – title" in the activity cell (numbers with a gap),
  columns for what is reclaimed, accepted ("Medges (kr)") and contested ("Bestrids (kr)"), and
  answers without a clear verb whose accepted column settles the position.
- `unruled`: whitespace-aligned on portrait pages, columns in another order (assessment before
  answer, claim after them), a repayment column, amounts with öre and no currency, the table
  continued on the next page without its header, a "Summa" row.
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

# (number, activity, [(cost item, amount)], reclaimed, reasons, answer)
SHEET_ROWS = [
    (
        "1",
        "Lovaktiviteter på Norrtorp",
        [("Ledararvoden", "21 000"), ("Bussresor", "7 400"), ("Entréavgifter", "3 100")],
        "31 500",
        "Kostnaderna är inte styrkta med underlag.",
        "Bestrids. Underlag bifogas som bilaga 1.",
    ),
    ("2", "Mentorsprogrammet Ung kraft", [("Arvoden", "16 800")], "16 800", "Insatsen ingår i ordinarie verksamhet.", "Medges."),
    (
        "3",
        "Föräldracaféet i Lönnby",
        [("Lokalhyra", "9 000"), ("Förtäring", "2 750")],
        "11 750",
        "Förtäring ligger utanför bidragets syfte.",
        "Medges delvis: förtäringen, 2 750 kr.",
    ),
]
SHEET_TOTAL = "60 050"

# expected, written before the pipeline read the documents
GOLD_SHEET = [
    dict(activity_no="1", title="Lovaktiviteter på Norrtorp", claimed="31500", position="disputes", repayment="0"),
    dict(activity_no="2", title="Mentorsprogrammet Ung kraft", claimed="16800", position="accepts_full", repayment="16800"),
    dict(activity_no="3", title="Föräldracaféet i Lönnby", claimed="11750", position="accepts_partial", repayment="2750"),
]
# every amount the sheet prints: the cost items, the reclaimed column and the total
GOLD_SHEET_MONEY = sorted(["21000", "7400", "3100", "31500", "16800", "16800", "9000", "2750", "11750", "2750", "60050"], key=float)

UNRULED_ROWS = [
    (
        "1",
        "Kvällsöppen idrottshall i Västerby",
        "Aktiviteten har inte riktats till målgruppen i de utsatta områdena.",
        "Kommunen bestrider återkravet.",
        "58 400,00",
        "0,00",
    ),
    ("2", "Samtalsgrupper för unga", "Kostnaderna saknar verifikationer.", "Kommunen godtar återkravet.", "23 750,50", "23 750,50"),
    (
        "3",
        "Sommarjobb med handledare",
        "Lönekostnaderna avser ordinarie personal.",
        "Kommunen återbetalar 30 000,00 kr som avser handledarnas övertid, i övrigt bestrids återkravet.",
        "104 000,00",
        "30 000,00",
    ),
    (
        "4",
        "Kulturskolans öppna verkstad",
        "Verksamheten bedrevs före bidragsperioden.",
        "Kommunen bestrider återkravet, se bilaga 1.",
        "17 200,00",
        "0,00",
    ),
    (
        "5",
        "Trygghetsskapande belysning vid skolan",
        "Investeringar är inte bidragsberättigade.",
        "Kommunen godtar Socialstyrelsens bedömning.",
        "41 300,00",
        "41 300,00",
    ),
    ("6", "Studiebesök i Malmö", "Resans koppling till aktiviteten är oklar.", "Kommunen motsätter sig återkravet.", "8 960,25", "0,00"),
]
UNRULED_TOTAL = ("253 610,75", "95 050,50")
GOLD_UNRULED = [
    dict(activity_no="1", title="Kvällsöppen idrottshall i Västerby", claimed="58400.00", position="disputes", repayment="0"),
    dict(activity_no="2", title="Samtalsgrupper för unga", claimed="23750.50", position="accepts_full", repayment="23750.50"),
    dict(activity_no="3", title="Sommarjobb med handledare", claimed="104000.00", position="accepts_partial", repayment="30000.00"),
    dict(activity_no="4", title="Kulturskolans öppna verkstad", claimed="17200.00", position="disputes", repayment="0"),
    dict(
        activity_no="5", title="Trygghetsskapande belysning vid skolan", claimed="41300.00", position="accepts_full", repayment="41300.00"
    ),
    dict(activity_no="6", title="Studiebesök i Malmö", claimed="8960.25", position="disputes", repayment="0"),
]


def _doc(path: Path, size) -> SimpleDocTemplate:
    m = 1.8 * cm
    return SimpleDocTemplate(str(path), pagesize=size, leftMargin=m, rightMargin=m, topMargin=m, bottomMargin=m)


def _intro(town: str) -> list:
    return [
        Paragraph(f"{town} kommun, Socialförvaltningen, 2025-03-03", BODY),
        Paragraph("Yttrande till Socialstyrelsen om återkrav av statsbidrag för 2023", TITLE),
        Paragraph(f"{town} kommun redovisar nedan sitt svar för varje aktivitet.", BODY),
    ]


def _sheet_grid(reclaimed_column: bool) -> tuple[list, list]:
    """Data rows and span commands: an activity's own cells merged over its cost-item rows."""
    if reclaimed_column:
        head = ["Nr", "Insats", "Kostnadsslag", "Kostnad (kr)", "Krävs tillbaka (kr)", "Socialstyrelsens motivering", "Kommunens svar"]
    else:
        head = ["Punkt", "Aktivitet", "Utgiftspost", "Belopp, kr", "Kommunens inställning"]
    data = [[Paragraph(h, HEAD) for h in head]]
    spans = []
    for nr, title, items, reclaimed, reasons, answer in SHEET_ROWS:
        first = len(data)
        for k, (item, amount) in enumerate(items):
            own = [nr, title] if k == 0 else ["", ""]
            tail = ([reclaimed, reasons, answer] if reclaimed_column else [answer]) if k == 0 else [""] * (3 if reclaimed_column else 1)
            data.append([Paragraph(c, CELL) for c in [*own, item, amount]] + [Paragraph(c, CELL) for c in tail])
        last = len(data) - 1
        merged = [0, 1, 4, 5, 6] if reclaimed_column else [0, 1, 4]
        spans += [("SPAN", (c, first), (c, last)) for c in merged if last > first]
    total = ["", "Totalt", "", "", SHEET_TOTAL, "", ""] if reclaimed_column else []
    if total:
        data.append([Paragraph(c, HEAD) for c in total])
    return data, spans


def render_sheet(path: Path, *, reclaimed_column: bool = True) -> Path:
    size = landscape(A4)
    doc = _doc(path, size)
    data, spans = _sheet_grid(reclaimed_column)
    width = size[0] - 3.6 * cm
    if reclaimed_column:
        widths = [1.0 * cm, 4.2 * cm, 3.2 * cm, 2.3 * cm, 2.8 * cm]
        widths += [(width - sum(widths)) / 2] * 2
    else:
        widths = [1.4 * cm, 5.0 * cm, 3.6 * cm, 2.5 * cm]
        widths.append(width - sum(widths))
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"), *spans]))
    town = "Lönnby" if reclaimed_column else "Stavsjö"
    doc.build([*_intro(town), t, Spacer(1, 12), Paragraph("Kontakt: Eva Ström, controller", BODY)])
    return path


# with no reclaimed column the claims are the cost items' sums
GOLD_ITEMS = [
    dict(activity_no="1", title="Lovaktiviteter på Norrtorp", claimed="31500", position="disputes", repayment="0"),
    dict(activity_no="2", title="Mentorsprogrammet Ung kraft", claimed="16800", position="accepts_full", repayment="16800"),
    dict(activity_no="3", title="Föräldracaféet i Lönnby", claimed="11750", position="accepts_partial", repayment="2750"),
]

BACKGROUND = (
    "Kommunen har under 2023 bedrivit ett brett förebyggande arbete i Västerby och Åsen tillsammans med "
    "skolan, polisen och föreningslivet. Arbetet har följts upp varje kvartal i kommunens samverkansgrupp "
    "och resultaten har redovisats för socialnämnden. "
)


def render_unruled(path: Path) -> Path:
    """Portrait, no rules: the table starts low on page 1 and continues on page 2 without its
    header."""
    doc = _doc(path, A4)
    head = ["Nr", "Aktivitet", "Bedömning", "Yttrande", "Återkrav", "Återbetalas"]
    data = [[Paragraph(h, HEAD) for h in head]]
    data += [[Paragraph(c, CELL) for c in row] for row in UNRULED_ROWS]
    data.append([Paragraph(c, HEAD) for c in ["", "Summa", "", "", *UNRULED_TOTAL]])
    widths = [0.9 * cm, 3.4 * cm, 4.1 * cm, 4.4 * cm, 2.2 * cm, 2.4 * cm]
    t = Table(data, colWidths=widths)  # no repeatRows: page 2 has no header
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    story = [*_intro("Västerby")]
    story += [Paragraph("Bakgrund", HEAD)] + [Paragraph(BACKGROUND * 3, BODY) for _ in range(4)]
    story += [t, Spacer(1, 12), Paragraph("Bilagor: 1. Närvarolistor kulturskolan 2023", BODY)]
    doc.build(story)
    return path


LABELLED_ROWS = [
    ("Aktivitet 1 – Fritidsbussen", "Kostnaderna är inte styrkta.", "Körjournaler bifogas, se bilaga 1.", "36 000", "0", "36 000"),
    (
        "Aktivitet 2 – Matlagningskurs för unga",
        "Aktiviteten ingår i ordinarie verksamhet.",
        "Kommunen godtar Socialstyrelsens bedömning.",
        "14 200",
        "14 200",
        "0",
    ),
    (
        "Aktivitet 4 – Simskola för nyanlända",
        "Deltagarlistor saknas.",
        "Deltagarlistor finns för höstterminen men inte för vårterminen.",
        "22 000",
        "11 000",
        "11 000",
    ),
]
GOLD_LABELLED = [
    dict(activity_no="1", title="Fritidsbussen", claimed="36000", position="disputes", repayment="0"),
    dict(activity_no="2", title="Matlagningskurs för unga", claimed="14200", position="accepts_full", repayment="14200"),
    dict(activity_no="4", title="Simskola för nyanlända", claimed="22000", position="accepts_partial", repayment="11000"),
]


def render_labelled(path: Path) -> Path:
    doc = _doc(path, A4)
    head = ["Aktivitet", "Socialstyrelsens skäl", "Kommunens kommentar", "Belopp som återkrävs", "Medges (kr)", "Bestrids (kr)"]
    data = [[Paragraph(h, HEAD) for h in head]] + [[Paragraph(c, CELL) for c in row] for row in LABELLED_ROWS]
    t = Table(data, colWidths=[3.6 * cm, 3.6 * cm, 4.4 * cm, 2.3 * cm, 1.8 * cm, 1.8 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    doc.build([*_intro("Åsen"), t, Spacer(1, 12), Paragraph("Bilagor: 1. Körjournaler fritidsbussen 2023", BODY)])
    return path


if __name__ == "__main__":
    import sys

    out = Path(sys.argv[1])
    render_sheet(out / "sheet.pdf")
    render_sheet(out / "items.pdf", reclaimed_column=False)
    render_unruled(out / "unruled.pdf")
    render_labelled(out / "labelled.pdf")
