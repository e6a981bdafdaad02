"""One activity a page, its heading and an amount line ('Återkrävt belopp: 64 000 kr') at the top
of each page under a running header, a page-number footer at the bottom. The amount lines are
the same words with another amount on each page: content, not running headers. Expected values
written before the pipeline read the file."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

PAGES = [
    ("Aktivitet 1. Läxhjälp i Norrby", "64 000 kr"),
    ("Aktivitet 2. Sommarkollo", "12 500 kr"),
    ("Aktivitet 3. Nattvandring", "7 250 kr"),
]
RUNNING_HEADER = "Stavsjö kommun – Yttrande över återkrav"
# expected: each page keeps its amount line; the running header and the footer are removed
GOLD_AMOUNT_LINES = ["Återkrävt belopp: 64 000 kr", "Återkrävt belopp: 12 500 kr", "Återkrävt belopp: 7 250 kr"]


def render(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4
    for n, (heading, amount) in enumerate(PAGES, 1):
        c.setFont("Helvetica", 9)
        c.drawString(60, h - 40, RUNNING_HEADER)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(60, h - 70, heading)
        c.setFont("Helvetica", 11)
        c.drawString(60, h - 88, f"Återkrävt belopp: {amount}")
        c.drawString(60, h - 120, "Kommunen bestrider återkravet och redovisar underlagen i bilagorna.")
        c.setFont("Helvetica", 9)
        c.drawString(w - 120, 30, f"Sida {n} ({len(PAGES)})")
        c.showPage()
    c.save()
    return path
