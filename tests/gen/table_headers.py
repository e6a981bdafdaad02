"""Table responses whose header is two rows with a merged cell, and whose position is a code column
explained by a legend under the table (issue 12). Written with their expected values before the
pipeline read them; every name, amount and sentence is invented.

- `lerum`: portrait, ruled; "Belopp (kr)" merged over "Beviljat | Återkrävt | Återbetalas";
  "Nr" and "Aktivitet" span both header rows; an undecided row leaves its repayment cell empty;
  a "Summa" row.
- `ale`: landscape, lines under rows only; "Löpnummer | Insats | Återkrävt belopp | Skäl enligt
  Socialstyrelsen | Ställning | Kommentar" where Ställning holds M, B or D, and the legend under
  the table reads "M = medges, B = bestrids, D = medges delvis"; the partly accepted amount
  stands in the comment.

`python tests/gen/table_headers.py` rewrites the committed PDFs in tests/data/table_headers/.
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

COMMITTED = Path(__file__).resolve().parent.parent / "data" / "table_headers"
BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
CELL = ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=9, leading=11)

# (nr, activity, granted, reclaimed, repaid, reasons, answer)
LERUM_ROWS = [
    ("1", "Sportlov i Floda", "60 000", "40 000", "0", "Aktiviteten är ordinarie verksamhet.", "Bestrids. Sportlovet var nytt 2023."),
    ("2", "Läxhjälp i Gråbo", "30 000", "12 500", "12 500", "Kvitton saknas för delar av kostnaden.", "Medges."),
    ("3", "Fältgrupp Lerum centrum", "90 000", "55 000", "15 000", "Kostnaden är orimligt hög.", "Medges delvis, se bilaga 1."),
    ("4", "Kvällsfika för föräldrar", "8 000", "8 000", "", "Beskrivning av insatsen saknas.", "Kommunen utreder och återkommer."),
]
# (nr, activity, reclaimed, reasons, code, comment)
ALE_ROWS = [
    ("1", "Nattvandring Nödinge", "14 200", "Kostnaderna kan inte styrkas.", "M", ""),
    ("2", "Fritidsledare Älvängen", "72 000", "Tjänsten är ordinarie personal.", "B", "Tjänsten inrättades för bidraget, se bilaga 1."),
    (
        "3",
        "Lovaktiviteter Skepplanda",
        "26 400",
        "Aktiviteterna låg utanför bidragsperioden.",
        "D",
        "Kommunen återbetalar 9 600 kr för bussresan.",
    ),
    ("4", "Föreningsstöd Surte", "18 000", "Syftet stämmer inte med bidraget.", "B", "Föreningen arbetar i området, bilaga 2."),
    ("5", "Simskola Bohus", "6 500", "Underlag saknas.", "M", ""),
]

EXPECTED = {
    "lerum": {
        "1": dict(claimed="40000", position="disputes", repayment="0"),
        "2": dict(claimed="12500", position="accepts_full", repayment="12500"),
        "3": dict(claimed="55000", position="accepts_partial", repayment="15000"),
        "4": dict(claimed="8000", position="unclear", repayment=None),
    },
    "ale": {
        "1": dict(claimed="14200", position="accepts_full", repayment="14200"),
        "2": dict(claimed="72000", position="disputes", repayment="0"),
        "3": dict(claimed="26400", position="accepts_partial", repayment="9600"),
        "4": dict(claimed="18000", position="disputes", repayment="0"),
        "5": dict(claimed="6500", position="accepts_full", repayment="6500"),
    },
}


def _lerum_table() -> Table:
    p = [
        Paragraph(t, HEAD) for t in ("Nr", "Aktivitet", "Belopp (kr)", "", "", "Socialstyrelsens bedömning", "Kommunens ställningstagande")
    ]
    sub = [Paragraph(t, HEAD) for t in ("", "", "Beviljat", "Återkrävt", "Återbetalas", "", "")]
    data = [p, sub] + [[Paragraph(c, CELL) for c in row] for row in LERUM_ROWS]
    data.append([Paragraph(c, CELL) for c in ("", "Summa", "188 000", "115 500", "27 500", "", "")])
    t = Table(data, colWidths=[1.0 * cm, 3.4 * cm, 1.9 * cm, 1.9 * cm, 2.3 * cm, 3.6 * cm, 3.8 * cm], repeatRows=2)
    spans = [
        ("SPAN", (2, 0), (4, 0)),
        ("SPAN", (0, 0), (0, 1)),
        ("SPAN", (1, 0), (1, 1)),
        ("SPAN", (5, 0), (5, 1)),
        ("SPAN", (6, 0), (6, 1)),
    ]
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"), *spans]))
    return t


def _ale_table() -> Table:
    head = ["Löpnummer", "Insats", "Återkrävt belopp", "Skäl enligt Socialstyrelsen", "Ställning", "Kommentar"]
    data = [[Paragraph(h, HEAD) for h in head]] + [[Paragraph(c, CELL) for c in row] for row in ALE_ROWS]
    t = Table(data, colWidths=[2.0 * cm, 4.4 * cm, 2.8 * cm, 6.4 * cm, 1.9 * cm, 7.0 * cm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def make(name: str, path: Path) -> Path:
    if name == "lerum":
        doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=1.6 * cm, rightMargin=1.6 * cm)
        story = [
            Paragraph("Lerums kommun, Sektor samhälle, 2025-02-27", BODY),
            Paragraph("Yttrande över Socialstyrelsens beslut om återkrav av statsbidrag för 2023", BODY),
            Paragraph("Kommunens svar per aktivitet framgår av tabellen.", BODY),
            _lerum_table(),
            Paragraph("Bilaga 1 Kostnadsredovisning fältgruppen", BODY),
        ]
    else:
        doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=1.5 * cm, rightMargin=1.5 * cm)
        story = [
            Paragraph("Ale kommun – Kultur- och fritidsnämnden – 2025-03-04", BODY),
            Paragraph("Yttrande till Socialstyrelsen angående återkrav av statsbidrag 2023", BODY),
            _ale_table(),
            Paragraph("Ställning: M = medges, B = bestrids, D = medges delvis (beloppet anges i kommentaren).", BODY),
            Paragraph("Bilagor: 1. Tjänstebeskrivning fritidsledare 2. Verksamhetsberättelse Surte", BODY),
        ]
    doc.build(story)
    return path


if __name__ == "__main__":
    COMMITTED.mkdir(parents=True, exist_ok=True)
    for name in sys.argv[1:] or EXPECTED:
        make(name, COMMITTED / f"yttrande-{name}.pdf")
