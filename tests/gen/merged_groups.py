"""Answer sheets with one row per invoice or pay list and the activity's cells merged down over its
rows (issue 12 point 3: rows grouped under a merged first cell): the activity's number and
title, its claim, the agency's assessment, the municipality's answer and the repayment are each
one cell spanning the group, vertically centred, so a cell's wrapped lines fall beside different
invoice rows. Written with their expected values before the pipeline read them; every name,
amount and sentence is invented.

- `arvika`: a workbook (openpyxl) printed by LibreOffice Calc, landscape, ruled; ids "2.1" in a
  "Bil." column.
- `sala`: HTML with rowspan cells printed by headless Chromium, vertical-align middle.

`python tests/gen/merged_groups.py` rewrites the committed PDFs in tests/data/merged_groups/.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

COMMITTED = Path(__file__).resolve().parent.parent / "data" / "merged_groups"

# groups: (activity cell, claim, assessment, answer, repayment, [(id, document, amount)])
RESPONSES: dict[str, dict] = {
    "arvika": dict(
        town="Arvika",
        head=[
            "Aktivitet",
            "Återkrävt (kr)",
            "Bil.",
            "Verifikation",
            "Belopp (kr)",
            "Socialstyrelsens bedömning",
            "Kommunens svar",
            "Återbetalas (kr)",
        ],
        groups=[
            (
                "2. Sommarläger vid Glafsfjorden för unga",
                "44 300,00",
                "Lägret var öppet för alla unga i kommunen och inte riktat till området.",
                "Bestrids. Deltagarna anmäldes via fritidsgården i Styckåsen.",
                "0,00",
                [("2.1", "Faktura 7731", "28 100,00"), ("2.2", "Faktura 7790", "11 200,00"), ("2.3", "Faktura 8002", "5 000,00")],
            ),
            (
                "4. Läxhjälp",
                "16 800,00",
                "Kostnaderna är inte styrkta med underlag för timmarna.",
                "Medges.",
                "16 800,00",
                [("4.1", "Faktura 5521", "16 800,00")],
            ),
            (
                "7. Kvällsöppen idrottshall i Sågudden",
                "61 000,00",
                "Hallhyran är ordinarie verksamhet som fanns före bidraget.",
                "Medges delvis: hyran för januari återbetalas. Övrigt bestrids.",
                "12 000,00",
                [("7.1", "Faktura 3310", "49 000,00"), ("7.2", "Faktura 3388", "12 000,00")],
            ),
        ],
    ),
    "sala": dict(
        town="Sala",
        head=["Aktivitet", "Krav", "Bil.", "Underlag", "Summa", "Motivering", "Ställningstagande", "Återbetalning"],
        groups=[
            (
                "1. Fältgrupp i Västra Ängarna",
                "52 000 kr",
                "Lönerna avser tjänster som fanns innan bidraget beviljades.",
                "Bestrids. Tjänsterna inrättades med bidraget, se bilaga 1.",
                "0 kr",
                [("1.1", "Lönelista maj", "26 000 kr"), ("1.2", "Lönelista juni", "26 000 kr")],
            ),
            (
                "3. Simskola på sommarlovet",
                "9 600 kr",
                "Aktiviteten hölls efter bidragsperioden.",
                "Medges.",
                "9 600 kr",
                [("3.1", "Faktura 2208", "4 800 kr"), ("3.2", "Faktura 2231", "4 800 kr")],
            ),
            (
                "5. Föräldracafé",
                "7 450 kr",
                "Beskrivningen i redovisningen saknas.",
                "Medges.",
                "7 450 kr",
                [("5.1", "Faktura 119", "7 450 kr")],
            ),
        ],
    ),
}


def _amount(text: str) -> str:
    return text.replace(" kr", "").replace(" ", "").replace(",00", "")


def _expected(group: tuple) -> tuple[str, dict]:
    cell, claimed, assessment, answer, repaid, _ = group
    no, title = cell.split(". ", 1)
    position = "disputes" if _amount(repaid) == "0" else "accepts_full" if repaid == claimed else "accepts_partial"
    return no, dict(title=title, claimed=_amount(claimed), position=position, repayment=_amount(repaid), assessment=assessment)


# what the pipeline must read: written from the groups above before it ran
EXPECTED = {name: dict(_expected(g) for g in resp["groups"]) for name, resp in RESPONSES.items()}


def _sheet(resp: dict, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.append([f"{resp['town']} kommun – svar till Socialstyrelsen om återkrav av statsbidrag, 2025-03-05"])
    ws.append([])
    ws.append(resp["head"])
    thin = Side(style="thin")
    wrap = Alignment(wrap_text=True, vertical="center")
    row = 4
    for cell, claimed, assessment, answer, repaid, items in resp["groups"]:
        first = row
        for bil, doc, amount in items:
            ws.cell(row, 3, bil), ws.cell(row, 4, doc), ws.cell(row, 5, amount)
            row += 1
        for col, value in ((1, cell), (2, claimed), (6, assessment), (7, answer), (8, repaid)):
            ws.cell(first, col, value)
            if row - 1 > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=row - 1, end_column=col)
    for r in ws.iter_rows(min_row=3, max_row=row - 1, max_col=8):
        for c in r:
            c.alignment, c.border = wrap, Border(left=thin, right=thin, top=thin, bottom=thin)
    for c in ws[3]:
        c.font = Font(bold=True)
    for r in range(4, row):
        ws.row_dimensions[r].height = 24  # rows as a user sets them: a merged cell's lines fit its group
    for col, width in zip("ABCDEFGH", (24, 12, 6, 16, 12, 30, 30, 12), strict=True):
        ws.column_dimensions[col].width = width
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    with tempfile.TemporaryDirectory() as tmp:
        xlsx = Path(tmp) / f"{path.stem}.xlsx"
        wb.save(xlsx)
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(xlsx)], check=True, capture_output=True, timeout=180
        )
        shutil.copy(Path(tmp) / f"{path.stem}.pdf", path)


def _html(resp: dict) -> str:
    head = "".join(f"<th>{h}</th>" for h in resp["head"])
    body = ""
    for cell, claimed, assessment, answer, repaid, items in resp["groups"]:
        n = len(items)
        for k, (bil, doc, amount) in enumerate(items):
            merged = [cell, claimed] if k == 0 else []
            tail = [assessment, answer, repaid] if k == 0 else []
            cells = "".join(f'<td rowspan="{n}">{v}</td>' for v in merged) + f'<td>{bil}</td><td>{doc}</td><td class="a">{amount}</td>'
            cells += "".join(f'<td rowspan="{n}" class="{"a" if v is repaid else ""}">{v}</td>' for v in tail)
            body += f"<tr>{cells}</tr>"
    return f"""<!doctype html><html lang="sv"><head><meta charset="utf-8"><style>
@page {{ size: A4 landscape; margin: 15mm; }}
body {{ font-family: 'Liberation Serif', serif; font-size: 10pt; }}
table {{ border-collapse: collapse; font-size: 9pt; width: 100%; }}
th, td {{ border: 0.5pt solid #333; padding: 2pt 4pt; vertical-align: middle; text-align: left; }}
th {{ background: #eee; }}
.a, td:nth-child(2) {{ white-space: nowrap; }}
</style></head><body>
<p><b>{resp["town"]} kommun</b> · Socialnämnden · 2025-02-28</p>
<p>Svar på Socialstyrelsens preliminära beslut om återkrav. Underlagen bifogas med numren i kolumnen Bil.</p>
<table><tr>{head}</tr>{body}</table>
</body></html>"""


def _chromium(resp: dict, path: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.html"
        src.write_text(_html(resp), encoding="utf-8")
        cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", f"--print-to-pdf={path}", src.as_uri()]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)


def make(name: str, path: Path) -> Path:
    (_chromium if name == "sala" else _sheet)(RESPONSES[name], path)
    return path


if __name__ == "__main__":
    COMMITTED.mkdir(parents=True, exist_ok=True)
    for name in sys.argv[1:] or RESPONSES:
        make(name, COMMITTED / f"yttrande-{name}.pdf")
