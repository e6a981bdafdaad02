"""Responses that list the grant's payments to associations in a table whose header the other
generators do not use (issue 13: "grant payments from any payment table"): a voucher column
("Verifikation", "Löpnr") instead of "Bidnr", and a column saying what the money was for
("Syfte", "Ändamål"). Written, with the values a reader expects, before running the pipeline on
them. Every name, amount and sentence is invented. `python tests/payment_tables.py` rewrites the
committed PDFs in tests/data/payment_tables/.
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

COMMITTED = Path(__file__).resolve().parent / "data" / "payment_tables"
TOP, LEADING = 790, 15

DOCS: dict[str, dict] = {
    "ostersund": dict(
        opening=[
            "Östersunds kommun, Socialförvaltningen",
            "Yttrande över Socialstyrelsens underrättelse om återkrav",
            "Aktivitet 1 – Föreningsstöd för lovaktiviteter",
            "Återkrävt belopp: 41 000 kr",
            "Socialstyrelsen anser att det inte framgår vilka föreningar som fått bidrag.",
            "Kommunen bestrider återkravet och redovisar utbetalningarna nedan.",
        ],
        columns=[56, 150, 230, 380, 500],
        head=["Verifikation", "Utbetald", "Mottagare", "Syfte", "Belopp"],
        rows=[
            ["Ver 23-0412", "2023-03-20", "Torvalla IF", "Påsklovscamp", "15 000,-"],
            ["Ver 23-0950", "2023-06-12", "Frösö Kanotklubb", "Paddelkurser", "26 000,-"],
        ],
        closing=["Summa 41 000,-", "Anna Holm, socialchef"],
    ),
    "landskrona": dict(
        opening=[
            "Landskrona stad, Individ- och familjeförvaltningen",
            "Yttrande – återkrav av statsbidrag",
            "1. Bidrag till föreningar i Öster (30 500 kronor)",
            "Socialstyrelsen bedömer att bidragen inte kan knytas till insatsen.",
            "Förvaltningen delar inte bedömningen. Pengarna betalades ut enligt följande.",
        ],
        columns=[56, 120, 200, 350, 480],
        head=["Löpnr", "Datum", "Förening", "Ändamål", "Belopp (kr)"],
        rows=[
            ["17", "2023-05-02", "Öster BK", "Fotbollsskola", "12 500"],
            ["18", "2023-05-02", "Kulturhuset Ung", "Dansgrupp", "8 000"],
            ["23", "2023-09-14", "Landskrona Simsällskap", "Simskola", "10 000"],
        ],
        closing=["Totalt 30 500", "Jonas Ek, förvaltningschef"],
    ),
}

EXPECTED = {
    "ostersund": [
        ("Ver 23-0412", "2023-03-20", "Torvalla IF", "Påsklovscamp", "15000"),
        ("Ver 23-0950", "2023-06-12", "Frösö Kanotklubb", "Paddelkurser", "26000"),
    ],
    "landskrona": [
        ("17", "2023-05-02", "Öster BK", "Fotbollsskola", "12500"),
        ("18", "2023-05-02", "Kulturhuset Ung", "Dansgrupp", "8000"),
        ("23", "2023-09-14", "Landskrona Simsällskap", "Simskola", "10000"),
    ],
}


def make(name: str, path: Path) -> Path:
    d = DOCS[name]
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    y = TOP
    for text in d["opening"]:
        c.drawString(56, y, text)
        y -= LEADING
    y -= 6
    for row in [d["head"], *d["rows"]]:
        for x, cell in zip(d["columns"], row, strict=True):
            c.drawString(x, y, cell)
        y -= LEADING
    for text in d["closing"]:
        c.drawString(56, y, text)
        y -= LEADING
    c.save()
    return path


if __name__ == "__main__":
    COMMITTED.mkdir(parents=True, exist_ok=True)
    for name in sys.argv[1:] or DOCS:
        make(name, COMMITTED / f"yttrande-{name}.pdf")
