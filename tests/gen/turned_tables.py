"""Responses whose answer table is printed turned on an upright page (issue 12 point 3): a wide
landscape table pasted into a portrait document, so its text runs bottom to top (turned 90°
anticlockwise) or top to bottom (turned clockwise), while the page itself is not rotated and a
letter page before it is upright. Written with their expected values before the pipeline read
them; every name, amount and sentence is invented.

- `mora`: reportlab; page 1 an upright letter with "Bilagor" list; page 2 a ruled table turned
  anticlockwise: "Nr | Aktivitet | Återkrävt belopp | Socialstyrelsens skäl | Kommunens svar |
  Återbetalas", wrapped cells, an empty repayment for the undecided row, a Summa row.
- `ystad`: HTML printed by headless Chromium; the table sits in a block turned with CSS
  `rotate(-90deg)` after an upright intro paragraph on the same page; amounts "12 500 kr".
- `boden`: reportlab; the table turned clockwise (text runs top to bottom), no rules, columns
  "Punkt | Insats | Krav (kr) | Kommentar | Återbetalning (kr)", the position a sentence.

`python tests/gen/turned_tables.py` rewrites the committed PDFs in tests/data/turned_tables/.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Paragraph, Table, TableStyle

COMMITTED = Path(__file__).resolve().parent.parent / "data" / "turned_tables"
BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=14)
CELL = ParagraphStyle("c", fontName="Helvetica", fontSize=8.5, leading=10.5)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=8.5, leading=10.5)

# rows: (nr, activity, reclaimed, reasons, answer, repaid ('' where undecided)) as printed
RESPONSES: dict[str, dict] = {
    "mora": dict(
        town="Mora",
        turn=90,
        head=["Nr", "Aktivitet", "Återkrävt belopp", "Socialstyrelsens skäl", "Kommunens svar", "Återbetalas"],
        widths=[1.0 * cm, 5.0 * cm, 2.6 * cm, 6.5 * cm, 7.5 * cm, 2.6 * cm],
        rows=[
            (
                "1",
                "Sommarlovsaktiviteter i Noret",
                "48 200",
                "Insatsen vände sig till hela kommunen.",
                "Bestrids. Nio av tio deltagare bodde i Noret (bilaga 1).",
                "0",
            ),
            ("2", "Läxhjälp på Färnäs bibliotek", "19 750", "Timlistor saknas.", "Medges.", "19 750"),
            (
                "3",
                "Fältassistenter",
                "132 000",
                "Tjänsterna fanns före bidraget.",
                "Medges delvis: en tjänst fanns sedan tidigare och återbetalas. Övrigt bestrids (bilaga 2).",
                "44 000",
            ),
            ("5", "Ungdomsråd", "7 300", "Beskrivning saknas i redovisningen.", "Medges.", "7 300"),
            (
                "6",
                "Idrottsskola Östnor",
                "26 900",
                "Kostnaderna kan inte verifieras.",
                "Kommunen inväntar föreningens bokslut och återkommer.",
                "",
            ),
        ],
        total=("234 150", "71 050"),
    ),
    "ystad": dict(
        town="Ystad",
        turn=90,
        head=["Nr", "Aktivitet", "Belopp", "Motivering", "Ställningstagande", "Återbetalas"],
        rows=[
            ("1", "Nattvandring i Östra förstaden", "12 500 kr", "Aktiviteten låg utanför perioden.", "Medges.", "12 500 kr"),
            ("2", "Feriepraktik", "86 400 kr", "Lönerna avser ordinarie personal.", "Bestrids, se bilaga 1.", "0 kr"),
            ("3", "Föräldrastöd", "23 000 kr", "Underlag saknas.", "Medges delvis med 8 000 kr. Resten bestrids.", "8 000 kr"),
            ("4", "Simskola vid Saltsjöbadet", "15 600 kr", "Syftet stämmer inte med bidraget.", "Bestrids, se bilaga 2.", "0 kr"),
        ],
        total=("137 500 kr", "20 500 kr"),
    ),
    "boden": dict(
        town="Boden",
        turn=270,
        head=["Punkt", "Insats", "Krav (kr)", "Kommentar", "Återbetalning (kr)"],
        widths=[1.4 * cm, 5.5 * cm, 2.6 * cm, 11.0 * cm, 3.2 * cm],
        rows=[
            ("1", "Mötesplats Sävast", "64 000", "Kommunen bestrider kravet. Lokalen användes bara av områdets unga.", "0"),
            ("2", "Trygghetsvärdar", "38 500", "Kommunen medger kravet och betalar tillbaka hela beloppet.", "38 500"),
            ("3", "Kulturverkstad", "21 250", "Kommunen medger 10 000 kr av kravet; resten bestrids.", "10 000"),
            ("4", "Fritidsbuss", "9 800", "Kommunen medger kravet.", "9 800"),
        ],
        total=None,
    ),
}


def _row(nr: str, title: str, claimed: str, *rest: str) -> dict[str, str | None]:
    repaid = rest[-1]
    amount = lambda s: s.replace(" kr", "").replace(" ", "")  # noqa: E731
    position = (
        "unclear" if not repaid else "disputes" if amount(repaid) == "0" else "accepts_full" if repaid == claimed else "accepts_partial"
    )
    return dict(claimed=amount(claimed), position=position, repayment=amount(repaid) or None)


# what the pipeline must read: written from the rows above before it ran
EXPECTED = {name: {r[0]: _row(*r) for r in resp["rows"]} for name, resp in RESPONSES.items()}


def _letter(c, town: str, n_attach: int) -> None:
    text = c.beginText(2.5 * cm, A4[1] - 3 * cm)
    text.setFont("Helvetica-Bold", 13)
    text.textLine(f"{town} kommun – Yttrande över Socialstyrelsens beslut om återkrav")
    text.setFont("Helvetica", 10.5)
    text.textLine("")
    text.textLine(f"{town} kommun har tagit del av Socialstyrelsens preliminära beslut om återkrav av")
    text.textLine("statsbidrag för insatser i utsatta områden och lämnar här sitt yttrande.")
    text.textLine("Kommunens svar för varje aktivitet står i tabellen på nästa sida.")
    text.textLine("")
    text.textLine("Bilagor")
    for i in range(1, n_attach + 1):
        text.textLine(f"{i}. Underlag för aktivitet {i}")
    text.textLine("")
    text.textLine(f"{town} den 14 mars 2025")
    text.textLine("Kommunstyrelsen")
    c.drawText(text)
    c.showPage()


def _grid(resp: dict) -> Table:
    data = [[Paragraph(h, HEAD) for h in resp["head"]]]
    data += [[Paragraph(c, CELL) for c in row] for row in resp["rows"]]
    if resp["total"]:
        claimed, repaid = resp["total"]
        blanks = [""] * (len(resp["head"]) - 4)
        data.append([Paragraph(c, CELL) for c in ["", "Summa", claimed, *blanks, repaid]])
    ruled = resp["town"] != "Boden"
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6"))]
    style += [("GRID", (0, 0), (-1, -1), 0.5, colors.black)] if ruled else [("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black)]
    t = Table(data, colWidths=resp["widths"])
    t.setStyle(TableStyle(style))
    return t


def _make_reportlab(resp: dict, path: Path) -> None:
    c = rl_canvas.Canvas(str(path), pagesize=A4)
    _letter(c, resp["town"], 2)
    t = _grid(resp)
    w, h = t.wrap(A4[1] - 4 * cm, A4[0] - 4 * cm)
    c.saveState()
    if resp["turn"] == 90:  # text runs bottom to top: the table's top edge lies along the page's left
        c.translate(2 * cm + 0, 2 * cm)
        c.rotate(90)
        t.drawOn(c, 0, -h)
    else:  # text runs top to bottom: the table's top edge lies along the page's right
        c.translate(A4[0] - 2 * cm, A4[1] - 2 * cm)
        c.rotate(-90)
        t.drawOn(c, 0, -h)
    c.restoreState()
    c.setFont("Helvetica", 8)
    c.drawRightString(A4[0] - 1.5 * cm, 1.0 * cm, "2 (2)")
    c.showPage()
    c.save()


def _html(resp: dict) -> str:
    head = "".join(f"<th>{h}</th>" for h in resp["head"])
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in resp["rows"])
    claimed, repaid = resp["total"]
    rows += f"<tr><td></td><td>Summa</td><td>{claimed}</td><td></td><td></td><td>{repaid}</td></tr>"
    return f"""<!doctype html><html lang="sv"><head><meta charset="utf-8"><style>
@page {{ size: A4 portrait; margin: 15mm; }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }}
.turned {{ position: absolute; top: 50mm; left: 0; width: 200mm; transform-origin: top left;
  transform: translate(0, 200mm) rotate(-90deg); }}
table {{ border-collapse: collapse; width: 100%; font-size: 8.5pt; }}
th, td {{ border: 0.5pt solid #444; padding: 3pt; vertical-align: top; text-align: left; }}
th {{ background: #dfe8f3; }}
</style></head><body>
<h2>{resp["town"]} kommun</h2>
<p>Yttrande över Socialstyrelsens preliminära beslut om återkrav av statsbidrag. Kommunens svar per
aktivitet står i tabellen nedan. Bilagor: 1. Närvarolistor 2. Kursplan simskola.</p>
<p>{resp["town"]} 2025-02-20, Socialförvaltningen</p>
<div class="turned"><table><tr>{head}</tr>{rows}</table></div>
</body></html>"""


def _make_chromium(resp: dict, path: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.html"
        src.write_text(_html(resp), encoding="utf-8")
        subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", f"--print-to-pdf={path}", src.as_uri()],
            check=True,
            capture_output=True,
            timeout=120,
        )


def make(name: str, path: Path) -> Path:
    resp = RESPONSES[name]
    (_make_chromium if name == "ystad" else _make_reportlab)(resp, path)
    return path


if __name__ == "__main__":
    COMMITTED.mkdir(parents=True, exist_ok=True)
    for name in sys.argv[1:] or RESPONSES:
        make(name, COMMITTED / f"yttrande-{name}.pdf")
