"""Spreadsheet responses printed with fixed row heights (issue 12): a row whose cells hold one line
stands in a tall grid row, so the next row's text begins more than three line heights below it;
the sheet runs onto a second page under its header printed again, with a page footer ("Sida 1 av
2") under the table on page 1; an undecided row leaves its repayment cell empty, disputed rows
print 0. Written with their expected values before the pipeline read them; every name, amount and
sentence is invented.

- `nacka`: landscape, ruled grid, rows 2 cm high, "Nr | Insats | Krävs tillbaka | Socialstyrelsens
  skäl | Kommunens svar | Återbetalas", a "Summa" row on page 2, footer "Sida N av 2".
- `eslov`: portrait, lines under each row only, rows 3 cm high, "Löpnr | Aktivitet | Återkrävt
  (kr) | Motivering | Ställningstagande | Medges (kr)", a running footer "Eslövs kommun · sida N",
  no total row.

`python tests/gen/sheet_rows.py` rewrites the committed PDFs in tests/data/sheet_rows/.
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

COMMITTED = Path(__file__).resolve().parent.parent / "data" / "sheet_rows"
BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
CELL = ParagraphStyle("c", fontName="Times-Roman", fontSize=9, leading=11)
HEAD = ParagraphStyle("h", fontName="Times-Bold", fontSize=9, leading=11)

# rows: (nr, activity, reclaimed, reasons, answer, repaid ('' where undecided))
SHEETS: dict[str, dict] = {
    "nacka": dict(
        town="Nacka",
        pagesize=landscape(A4),
        row_height=2.0 * cm,
        widths=[1.2 * cm, 5 * cm, 2.6 * cm, 7 * cm, 7 * cm, 2.6 * cm],
        head=["Nr", "Insats", "Krävs tillbaka", "Socialstyrelsens skäl", "Kommunens svar", "Återbetalas"],
        rows=[
            ("1", "Fritidsgård Fisksätra", "84 300", "Verksamheten är ordinarie.", "Bestrids, se bilaga 1.", "0"),
            ("2", "Läger Velamsund", "22 750", "Kvitton saknas.", "Medges.", "22 750"),
            ("3", "Nattvandring Orminge", "9 900", "Utanför bidragsperioden.", "Medges.", "9 900"),
            ("4", "Simskola Älta", "17 400", "Syftet stämmer inte.", "Kommunen återkommer.", ""),
            ("5", "Mentorer Boo", "56 000", "Ordinarie personal.", "Bestrids.", "0"),
            ("6", "Kulturkväll Sickla", "12 250", "Kostnaden är för hög.", "Medges delvis.", "5 000"),
            ("7", "Läxhjälp Saltsjöbaden", "31 600", "Underlag saknas.", "Medges.", "31 600"),
            ("8", "Föräldracafé Jarlaberg", "8 450", "Beskrivning saknas.", "Bestrids, se bilaga 2.", "0"),
        ],
        total=("242 650", "69 250"),
        footer="Sida {page} av 2",
    ),
    "eslov": dict(
        town="Eslöv",
        pagesize=A4,
        row_height=3.0 * cm,
        widths=[1.3 * cm, 3.8 * cm, 2.2 * cm, 4.2 * cm, 4.2 * cm, 2.1 * cm],
        head=["Löpnr", "Aktivitet", "Återkrävt (kr)", "Motivering", "Ställningstagande", "Medges (kr)"],
        rows=[
            ("1", "Sommarjobb", "45 000", "Lönekostnad utan koppling.", "Bestrids.", "0"),
            ("2", "Idrott på lov", "13 200", "Kvitton saknas.", "Medges.", "13 200"),
            ("3", "Brobyggare", "62 800", "Myndighetsutövning.", "Utreds vidare.", ""),
            ("4", "Tjejgrupp", "7 350", "Utanför perioden.", "Medges.", "7 350"),
            ("5", "Trygghetsvärdar", "28 100", "Ordinarie verksamhet.", "Bestrids.", "0"),
            ("6", "Biblioteksläxhjälp", "19 600", "Orimlig kostnad.", "Medges delvis.", "9 800"),
            ("7", "Öppen förskola", "11 000", "Syftet stämmer inte.", "Bestrids.", "0"),
            ("8", "Fritidsbuss", "24 500", "Underlag saknas.", "Medges.", "24 500"),
            ("9", "Ungdomsråd", "5 250", "Beskrivning saknas.", "Bestrids.", "0"),
        ],
        total=None,
        footer="Eslövs kommun · sida {page}",
    ),
}


def _row(nr: str, title: str, claimed: str, reasons: str, answer: str, repaid: str) -> dict[str, str | None]:
    position = "unclear" if not repaid else "disputes" if repaid == "0" else "accepts_full" if repaid == claimed else "accepts_partial"
    return dict(claimed=claimed.replace(" ", ""), position=position, repayment=repaid.replace(" ", "") or None)


# what the pipeline must read: written from the rows above before it ran
EXPECTED = {name: {r[0]: _row(*r) for r in sheet["rows"]} for name, sheet in SHEETS.items()}
EXPECTED_TOTAL = {"nacka": "242650", "eslov": "216800"}


def _footer(text: str):
    def draw(canvas, doc) -> None:
        canvas.setFont("Helvetica", 8)
        canvas.drawRightString(doc.pagesize[0] - 1.5 * cm, 1.0 * cm, text.format(page=doc.page))

    return draw


def _grid(sheet: dict) -> Table:
    data = [[Paragraph(h, HEAD) for h in sheet["head"]]]
    data += [[Paragraph(c, CELL) for c in row] for row in sheet["rows"]]
    if sheet["total"]:
        claimed, repaid = sheet["total"]
        data.append([Paragraph(c, CELL) for c in ["", "Summa", claimed, "", "", repaid]])
    heights = [None] + [sheet["row_height"]] * (len(data) - 1)
    t = Table(data, colWidths=sheet["widths"], rowHeights=heights, repeatRows=1)
    ruling = (
        [("GRID", (0, 0), (-1, -1), 0.5, colors.black)] if sheet["town"] == "Nacka" else [("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey)]
    )
    t.setStyle(
        TableStyle(
            [
                *ruling,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (2, 1), (2, -1), "RIGHT"),
                ("ALIGN", (5, 1), (5, -1), "RIGHT"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4f0")),
            ]
        )
    )
    return t


def make(name: str, path: Path) -> Path:
    sheet = SHEETS[name]
    doc = SimpleDocTemplate(
        str(path), pagesize=sheet["pagesize"], leftMargin=1.5 * cm, rightMargin=1.5 * cm, topMargin=1.5 * cm, bottomMargin=2 * cm
    )
    story = [
        Paragraph(f"{sheet['town']} kommun – yttrande över Socialstyrelsens återkrav av statsbidrag, 2025-03-11. Belopp i kronor.", BODY),
        _grid(sheet),
    ]
    doc.build(story, onFirstPage=_footer(sheet["footer"]), onLaterPages=_footer(sheet["footer"]))
    return path


if __name__ == "__main__":
    COMMITTED.mkdir(parents=True, exist_ok=True)
    for name in sys.argv[1:] or SHEETS:
        make(name, COMMITTED / f"yttrande-{name}.pdf")
