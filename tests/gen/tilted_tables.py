"""Table responses whose lines run at a slope (issue 12): a scan OCR'd by the scanner itself keeps
its tilt in the text layer, so over a wide row the last cells stand a line height or more above
or below the first, in the next row's band. Written with their expected values before the
pipeline read them; every name, amount and sentence is invented.

- `kramfors`: landscape, unruled, tilted +1.4° (rising to the right), six rows, wrapped cells.
- `hoganas`: portrait, ruled grid, tilted -1.1°, five rows with "Återbetalas" amounts.

`python tests/gen/tilted_tables.py` rewrites the committed PDFs in tests/data/tilted_tables/.
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Table, TableStyle

COMMITTED = Path(__file__).resolve().parent.parent / "data" / "tilted_tables"
BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13)
CELL = ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=9, leading=11)

CASES: dict[str, dict] = {
    "kramfors": dict(
        town="Kramfors",
        pagesize=landscape(A4),
        tilt=1.4,
        head=["Nr", "Aktivitet", "Återkrävt belopp", "Socialstyrelsens bedömning", "Kommunens ställningstagande"],
        widths=[1.2 * cm, 5.0 * cm, 3.0 * cm, 7.5 * cm, 8.5 * cm],
        rows=[
            ("1", "Fritidsgård Bollstabruk", "48 600 kr", "Verksamheten är ordinarie.", "Kommunen bestrider återkravet, se bilaga 1."),
            ("2", "Sommarlovsaktiviteter för unga i Kramfors centrum", "21 350 kr", "Kvitton saknas.", "Kommunen godtar återkravet."),
            ("3", "Fältassistenter", "96 000 kr", "Tjänsterna är myndighetsutövning enligt beslutet.", "Kommunen bestrider återkravet."),
            ("4", "Läxhjälp Gudmundrå", "12 800 kr", "Utanför bidragsperioden.", "Kommunen godtar återkravet."),
            ("5", "Föräldrastöd", "33 400 kr", "Syftet stämmer inte.", "Kommunen bestrider återkravet i sin helhet."),
            ("6", "Nattvandring Nyland", "7 250 kr", "Underlag saknas.", "Kommunen godtar återkravet."),
        ],
    ),
    "hoganas": dict(
        town="Höganäs",
        pagesize=A4,
        tilt=-1.1,
        head=["Nr", "Insats", "Återkrävt (kr)", "Kommunens svar", "Återbetalas (kr)"],
        widths=[1.0 * cm, 4.4 * cm, 2.6 * cm, 6.4 * cm, 2.8 * cm],
        rows=[
            ("1", "Kustlinjens fritidsgård", "56 000", "Bestrids, verksamheten var ny 2023.", "0"),
            ("2", "Simskola Väsby", "14 300", "Medges.", "14 300"),
            ("3", "Ungdomscoacher", "88 500", "Medges delvis: lönekostnaden för hösten.", "30 000"),
            ("4", "Lovbuss", "9 900", "Medges.", "9 900"),
            ("5", "Trygghetsvandring", "4 600", "Bestrids.", "0"),
        ],
    ),
}

EXPECTED = {
    "kramfors": {
        "1": dict(claimed="48600", position="disputes", repayment="0"),
        "2": dict(claimed="21350", position="accepts_full", repayment="21350"),
        "3": dict(claimed="96000", position="disputes", repayment="0"),
        "4": dict(claimed="12800", position="accepts_full", repayment="12800"),
        "5": dict(claimed="33400", position="disputes", repayment="0"),
        "6": dict(claimed="7250", position="accepts_full", repayment="7250"),
    },
    "hoganas": {
        "1": dict(claimed="56000", position="disputes", repayment="0"),
        "2": dict(claimed="14300", position="accepts_full", repayment="14300"),
        "3": dict(claimed="88500", position="accepts_partial", repayment="30000"),
        "4": dict(claimed="9900", position="accepts_full", repayment="9900"),
        "5": dict(claimed="4600", position="disputes", repayment="0"),
    },
}


def _table(case: dict) -> Table:
    data = [[Paragraph(h, HEAD) for h in case["head"]]] + [[Paragraph(c, CELL) for c in row] for row in case["rows"]]
    t = Table(data, colWidths=case["widths"])
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black)]
    if case["town"] == "Höganäs":
        style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    t.setStyle(TableStyle(style))
    return t


def make(name: str, path: Path) -> Path:
    case = CASES[name]
    w, h = case["pagesize"]
    c = canvas.Canvas(str(path), pagesize=case["pagesize"])
    c.translate(w / 2, h / 2)
    c.rotate(case["tilt"])  # the whole page tilted about its middle, as a scanner's text layer keeps it
    c.translate(-w / 2, -h / 2)
    y = h - 2 * cm
    for text in (f"{case['town']} kommun, 2025-03-06", "Yttrande över Socialstyrelsens beslut om återkrav av statsbidrag 2023"):
        p = Paragraph(text, BODY)
        _, ph = p.wrap(w - 4 * cm, h)
        p.drawOn(c, 2 * cm, y - ph)
        y -= ph + 8
    t = _table(case)
    _, th = t.wrap(w - 3 * cm, h)
    t.drawOn(c, 1.5 * cm, y - th - 10)
    c.showPage()
    c.save()
    return path


if __name__ == "__main__":
    COMMITTED.mkdir(parents=True, exist_ok=True)
    for name in sys.argv[1:] or CASES:
        make(name, COMMITTED / f"yttrande-{name}.pdf")
