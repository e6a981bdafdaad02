"""Spreadsheet-like responses whose answer cells wrap over the cost-item rows, with an amount in
the answer ("Medges delvis: fika och lokal, 4 300 kr."): such a wrapped line is a body row, never
a summary table's header (issue 13, structure side). Two house styles, each written with its
expected values before the pipeline read it. Every name, amount and sentence is invented.
`python tests/sheet_answers.py` rewrites the committed PDFs in tests/data/sheet_answers/.
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

COMMITTED = Path(__file__).resolve().parent / "data" / "sheet_answers"
BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
CELL = ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=9, leading=11)

# town, header, rows: (nr, activity, [(cost item, amount)], reclaimed, reasons, answer), total
SHEETS: dict[str, dict] = {
    "pitea": dict(
        town="Piteå",
        head=["Nr", "Aktivitet", "Kostnadspost", "Belopp (kr)", "Återkrävt (kr)", "Socialstyrelsens bedömning", "Kommunens svar"],
        rows=[
            (
                "1",
                "Kvällsfotboll Porsnäs",
                [("Ledare", "38 000"), ("Hallhyra", "12 000")],
                "50 000",
                "Aktiviteten är ordinarie verksamhet.",
                "Bestrids. Fotbollen startade 2023 med bidraget, se bilaga 1.",
            ),
            (
                "2",
                "Familjecafé Strömnäs",
                [("Lokal", "6 000"), ("Fika", "4 300"), ("Material", "1 200")],
                "11 500",
                "Kostnader för fika stämmer inte med beskrivningen av insatsen.",
                "Medges delvis: fika och lokal, 10 300 kr. Material bestrids.",
            ),
            ("3", "Ungdomsråd", [("Arvoden", "8 000")], "8 000", "Beskrivning saknas.", "Medges."),
        ],
        total="69 500",
    ),
    "kalix": dict(
        town="Kalix",
        head=["Punkt", "Insats", "Utgift", "Kostnad, kr", "Krävs åter, kr", "Skäl enligt Socialstyrelsen", "Kommunens ställningstagande"],
        rows=[
            (
                "1",
                "Läxhjälp Näsbyn",
                [("Lärartimmar", "22 400"), ("Material", "2 600")],
                "25 000",
                "Läxhjälpen ingår i skolans ordinarie uppdrag.",
                "Godtas delvis: materialet, 2 600 kr. Lärartimmarna bestrids.",
            ),
            (
                "2",
                "Nattvandring",
                [("Västar", "3 500"), ("Fika", "1 500")],
                "5 000",
                "Kostnaderna kan inte styrkas med kvitton.",
                "Godtas.",
            ),
        ],
        total="30 000",
    ),
}

EXPECTED = {
    "pitea": {
        "1": dict(claimed="50000", position="disputes", repayment="0"),
        "2": dict(claimed="11500", position="accepts_partial", repayment="10300"),
        "3": dict(claimed="8000", position="accepts_full", repayment="8000"),
    },
    "kalix": {
        "1": dict(claimed="25000", position="accepts_partial", repayment="2600"),
        "2": dict(claimed="5000", position="accepts_full", repayment="5000"),
    },
}


def _grid(sheet: dict) -> tuple[list, list]:
    data = [[Paragraph(h, HEAD) for h in sheet["head"]]]
    spans = []
    for nr, title, items, reclaimed, reasons, answer in sheet["rows"]:
        first = len(data)
        for k, (item, amount) in enumerate(items):
            own = [nr, title] if k == 0 else ["", ""]
            tail = [reclaimed, reasons, answer] if k == 0 else ["", "", ""]
            data.append([Paragraph(c, CELL) for c in [*own, item, amount, *tail]])
        last = len(data) - 1
        if last > first:
            spans += [("SPAN", (c, first), (c, last)) for c in (0, 1, 4, 5, 6)]
    data.append([Paragraph(c, CELL) for c in ["Summa", "", "", "", sheet["total"], "", ""]])
    return data, spans


def make(name: str, path: Path) -> Path:
    sheet = SHEETS[name]
    doc = SimpleDocTemplate(
        str(path), pagesize=landscape(A4), leftMargin=1.8 * cm, rightMargin=1.8 * cm, topMargin=1.8 * cm, bottomMargin=1.8 * cm
    )
    data, spans = _grid(sheet)
    widths = [1.7 * cm, 3.5 * cm, 2.6 * cm, 2.4 * cm, 2.6 * cm, 6 * cm, 6.5 * cm]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"), *spans]))
    story = [
        Paragraph(f"{sheet['town']} kommun, Socialförvaltningen, 2025-03-05", BODY),
        Paragraph("Yttrande till Socialstyrelsen om återkrav av statsbidrag 2023", BODY),
        Paragraph("Kommunen svarar per aktivitet och kostnadspost i tabellen nedan.", BODY),
        t,
    ]
    doc.build(story)
    return path


if __name__ == "__main__":
    COMMITTED.mkdir(parents=True, exist_ok=True)
    for name in sys.argv[1:] or SHEETS:
        make(name, COMMITTED / f"yttrande-{name}.pdf")
