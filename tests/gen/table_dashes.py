"""Answer tables whose activity titles hold dashes (issue 12 point 3: a cell's text as printed):
a dash standing between two words ("Fritidsgård Gråbo – kvällsöppet") and a compound of place
names wrapped in its cell right after its dash ("Läger Stenkullen–" / "Floda"). Written with
their expected titles before the pipeline read them; every name and amount is invented.

- `lerum`: reportlab, ruled grid, the wrap after the dash set by the cell's line break.
- `pitea`: HTML printed by headless Chromium, a narrow title column, so the browser itself
  breaks "Hortlax–Norrfjärden" after its dash.

`python tests/gen/table_dashes.py` rewrites the committed PDFs in tests/data/table_dashes/.
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
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

COMMITTED = Path(__file__).resolve().parent.parent / "data" / "table_dashes"
BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=8)
CELL = ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=9, leading=11)

# rows: (nr, title as printed ('|' where the cell breaks the line), claimed, answer, repaid)
RESPONSES: dict[str, dict] = {
    "lerum": dict(
        town="Lerum",
        rows=[
            ("1", "Fritidsgård Gråbo – kvällsöppet", "46 500", "Bestrids, se bilaga 1.", "0"),
            ("2", "Läger Stenkullen–|Floda", "18 200", "Medges.", "18 200"),
            ("3", "Läxhjälp Lerums bibliotek", "9 750", "Medges.", "9 750"),
            ("4", "Nattvandring Tollered – Hallsås", "12 000", "Bestrids.", "0"),
        ],
    ),
    "pitea": dict(
        town="Piteå",
        rows=[
            ("1", "Buss Hortlax–Norrfjärden", "33 400", "Medges.", "33 400"),
            ("2", "Mötesplats Öjebyn – helgöppet", "27 900", "Bestrids, se bilaga 1.", "0"),
            ("3", "Simskola Pite havsbad", "14 100", "Medges.", "14 100"),
        ],
    ),
}

EXPECTED = {name: {r[0]: r[1].replace("|", "") for r in resp["rows"]} for name, resp in RESPONSES.items()}
HEADER = ["Nr", "Aktivitet", "Återkrävt belopp", "Kommunens ställningstagande", "Återbetalas"]


def _make_reportlab(resp: dict, path: Path) -> None:
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
    data = [[Paragraph(h, HEAD) for h in HEADER]]
    data += [[Paragraph(c.replace("|", "<br/>"), CELL) for c in row] for row in resp["rows"]]
    t = Table(data, colWidths=[1.0 * cm, 5.2 * cm, 2.8 * cm, 5.0 * cm, 2.6 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    intro = f"{resp['town']} kommun lämnar här sitt yttrande över Socialstyrelsens preliminära beslut om återkrav av statsbidrag."
    doc.build([Paragraph(f"{resp['town']} kommun – yttrande 2025-03-03", HEAD), Paragraph(intro, BODY), t])


def _html(resp: dict) -> str:
    head = "".join(f"<th>{h}</th>" for h in HEADER)
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in resp["rows"])
    return f"""<!doctype html><html lang="sv"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 20mm; }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; font-size: 9pt; }}
th, td {{ border: 0.5pt solid #555; padding: 3pt; vertical-align: top; text-align: left; }}
td:nth-child(2) {{ width: 36mm; }}
</style></head><body>
<h3>{resp["town"]} kommun – yttrande 2025-02-27</h3>
<p>{resp["town"]} kommun svarar på Socialstyrelsens preliminära beslut om återkrav av statsbidrag.</p>
<table><tr>{head}</tr>{rows}</table>
</body></html>"""


def _make_chromium(resp: dict, path: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.html"
        src.write_text(_html(resp), encoding="utf-8")
        cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", f"--print-to-pdf={path}", src.as_uri()]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)


def make(name: str, path: Path) -> Path:
    (_make_chromium if name == "pitea" else _make_reportlab)(RESPONSES[name], path)
    return path


if __name__ == "__main__":
    COMMITTED.mkdir(parents=True, exist_ok=True)
    for name in sys.argv[1:] or RESPONSES:
        make(name, COMMITTED / f"yttrande-{name}.pdf")
