"""Table responses whose claims must add up to the sum row (issue 12): a scan reads a stray rule
fragment left of an amount as a leading '1'. Written with their expected values before the
pipeline read them; every name, amount and sentence is invented.

- `tibro`: portrait, ruled; a short vertical stroke printed just left of row 2's amount (a torn
  rule, a pen mark); scanned at 150 dpi with dust (`scan-tibro.pdf`, OCR). The claims are as
  printed and add up to the "Summa" row.
- `torsby`: portrait, ruled; row 3's amount printed with its leading digit faded to a pale grey
  (a worn toner), so the scan (`scan-torsby.pdf`, 150 dpi) reads "6 400 kr" as "400 kr". The
  claims are as printed and add up to the "Summa" row.
- `mullsjo`: a text layer whose printed claims do NOT add up to its sum row (the municipality's
  own slip, 118 400 where the sum counts 18 400): every digit is printed, so the claim stays
  118 400 and the mismatch is left for the checks.

`python tests/gen/table_specks.py` rewrites the committed PDFs in tests/data/table_specks/.
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "layouts"))

COMMITTED = Path(__file__).resolve().parent.parent / "data" / "table_specks"
BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=11, leading=14, spaceAfter=8)
CELL = ParagraphStyle("c", fontName="Helvetica", fontSize=11, leading=14)
AMOUNT = ParagraphStyle("a", parent=CELL, alignment=2)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=11, leading=14)

# (nr, activity, reclaimed, reasons, answer)
ROWS = {
    "tibro": [
        ("1", "Kvällsfotboll", "52 400 kr", "Ordinarie verksamhet.", "Kommunen bestrider återkravet."),
        ("2", "Läxhjälp", "38 650 kr", "Kvitton saknas.", "Kommunen godtar återkravet."),
        ("3", "Fältvandring", "24 900 kr", "Utanför perioden.", "Kommunen bestrider återkravet."),
        ("4", "Föräldracafé", "9 300 kr", "Syftet stämmer inte.", "Kommunen godtar återkravet."),
    ],
    "torsby": [
        ("1", "Skidskola Branäs", "41 300 kr", "Ordinarie verksamhet.", "Kommunen bestrider återkravet."),
        ("2", "Lovfiske Klarälven", "17 850 kr", "Kvitton saknas.", "Kommunen godtar återkravet."),
        ("3", "Kvällsfika", "6 400 kr", "Beskrivning saknas.", "Kommunen bestrider återkravet."),
        ("4", "Ungdomsråd", "22 000 kr", "Syftet stämmer inte.", "Kommunen godtar återkravet."),
    ],
    "mullsjo": [
        ("1", "Simskola", "27 000 kr", "Ordinarie verksamhet.", "Kommunen bestrider återkravet."),
        ("2", "Ungdomsgård", "118 400 kr", "Kvitton saknas.", "Kommunen godtar återkravet."),
        ("3", "Sommarlov", "14 600 kr", "Utanför perioden.", "Kommunen bestrider återkravet."),
    ],
}
TOTALS = {"tibro": "125 250 kr", "torsby": "87 550 kr", "mullsjo": "60 000 kr"}
STROKE_ROW = {"tibro": 2}  # the row whose amount has a stroke printed left of it
FADED_ROW = {"torsby": 3}  # the row whose amount's leading digit is printed pale

EXPECTED = {
    "tibro": {
        "1": dict(claimed="52400", position="disputes", repayment="0"),
        "2": dict(claimed="38650", position="accepts_full", repayment="38650"),
        "3": dict(claimed="24900", position="disputes", repayment="0"),
        "4": dict(claimed="9300", position="accepts_full", repayment="9300"),
    },
    "torsby": {
        "1": dict(claimed="41300", position="disputes", repayment="0"),
        "2": dict(claimed="17850", position="accepts_full", repayment="17850"),
        "3": dict(claimed="6400", position="disputes", repayment="0"),
        "4": dict(claimed="22000", position="accepts_full", repayment="22000"),
    },
    "mullsjo": {
        "1": dict(claimed="27000", position="disputes", repayment="0"),
        "2": dict(claimed="118400", position="accepts_full", repayment="118400"),
        "3": dict(claimed="14600", position="disputes", repayment="0"),
    },
}


class _Stroked(Flowable):
    """A right-aligned amount with a short vertical stroke a few points left of it."""

    def __init__(self, text: str, width: float) -> None:
        super().__init__()
        self.text, self.width, self.height = text, width, 14

    def draw(self) -> None:
        c = self.canv
        c.setFont("Helvetica", 11)
        c.drawRightString(self.width, 3, self.text)
        x = self.width - c.stringWidth(self.text, "Helvetica", 11) - 3.5
        c.setLineWidth(1.1)
        c.line(x, 1, x, 12)


class _Faded(Flowable):
    """A right-aligned amount whose leading digit is printed pale."""

    def __init__(self, text: str, width: float) -> None:
        super().__init__()
        self.text, self.width, self.height = text, width, 14

    def draw(self) -> None:
        c = self.canv
        c.setFont("Helvetica", 11)
        c.drawRightString(self.width, 3, self.text[1:])
        c.setFillColorRGB(0.86, 0.86, 0.86)
        c.drawRightString(self.width - c.stringWidth(self.text[1:], "Helvetica", 11), 3, self.text[0])


def _amount_cell(name: str, nr: str, amount: str):
    if STROKE_ROW.get(name) == int(nr):
        return _Stroked(amount, 2.6 * cm)
    if FADED_ROW.get(name) == int(nr):
        return _Faded(amount, 2.6 * cm)
    return Paragraph(amount, AMOUNT)


def _table(name: str) -> Table:
    head = ["Nr", "Aktivitet", "Återkrävt belopp", "Socialstyrelsens bedömning", "Kommunens ställningstagande"]
    data = [[Paragraph(h, HEAD) for h in head]]
    for nr, title, amount, reasons, answer in ROWS[name]:
        cell = _amount_cell(name, nr, amount)
        data.append([Paragraph(nr, CELL), Paragraph(title, CELL), cell, Paragraph(reasons, CELL), Paragraph(answer, CELL)])
    data.append([Paragraph(""), Paragraph("Summa", HEAD), Paragraph(TOTALS[name], AMOUNT), "", ""])
    t = Table(data, colWidths=[1.1 * cm, 3.2 * cm, 3.0 * cm, 4.4 * cm, 5.4 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def make(name: str, path: Path) -> Path:
    town = {"tibro": "Tibro", "torsby": "Torsby", "mullsjo": "Mullsjö"}[name]
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm)
    doc.build(
        [
            Paragraph(f"{town} kommun, Socialnämnden, 2025-02-24", BODY),
            Paragraph("Yttrande över Socialstyrelsens beslut om återkrav av statsbidrag 2023", BODY),
            Paragraph("Kommunens ställningstagande per aktivitet framgår av tabellen nedan.", BODY),
            _table(name),
        ]
    )
    return path


if __name__ == "__main__":
    from scan import scan

    COMMITTED.mkdir(parents=True, exist_ok=True)
    for name in sys.argv[1:] or ROWS:
        made = make(name, COMMITTED / f"yttrande-{name}.pdf")
        if name in STROKE_ROW or name in FADED_ROW:
            scan(made, COMMITTED / f"scan-{name}.pdf", dpi=150, skew=0.3, dust=40, blur=0.4)
            made.unlink()
