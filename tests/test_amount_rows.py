"""A claim printed as a small table under each activity's heading: amount columns over one row of
amounts, no currency ("Beviljat  Använt  Återkrävt" / "120 000  96 500  40 000"). Written with the
expected values before any run."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline.orchestrate import process_document

ACTIVITIES = [
    ("1. Fältgrupp i Brunnby", ("Beviljat", "Använt", "Återkrävt"), ("120 000", "96 500", "40 000"), "Nämnden bestrider återkravet."),
    ("2. Lovbio", ("Beviljat", "Använt", "Återkrävt"), ("30 000", "30 000", "12 750"), "Nämnden godtar återkravet."),
]


def _draw(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 780
    c.setFont("Helvetica-Bold", 13)
    c.drawString(60, y, "Yttrande över Socialstyrelsens preliminära beslut om återkrav")
    y -= 30
    for heading, header, row, answer in ACTIVITIES:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(60, y, heading)
        y -= 18
        c.setFont("Helvetica", 10)
        for k, h in enumerate(header):  # row by row, as a word processor writes a table
            c.drawString(60 + 110 * k, y, h)
        for k, v in enumerate(row):
            c.drawRightString(140 + 110 * k, y - 14, v)
        y -= 32
        c.drawString(60, y, "Socialstyrelsen bedömer att kostnaderna inte är styrkta.")
        y -= 14
        c.drawString(60, y, answer)
        y -= 28
    c.drawString(60, y, "Strängnäs den 3 mars 2025, Eva Ahl, socialchef")
    c.save()
    return path


def test_the_claim_under_its_column_in_a_small_table(tmp_path: Path) -> None:
    ed = process_document(_draw(tmp_path / "r.pdf").read_bytes(), "Yttrande.pdf")
    assert [(a.number, a.title, a.claimed, a.position) for a in ed.activities] == [
        ("1", "Fältgrupp i Brunnby", Decimal("40000.00"), "disputes"),
        ("2", "Lovbio", Decimal("12750.00"), "accepts_full"),
    ]
