"""A prose response with a summary table before its sections: the table states each activity's
answer in a word or two ("Godtas delvis (6 000 kr)"); one section's prose leaves its part
unaccepted in words and disputes the rest. Expected values written before the pipeline read the file."""

from __future__ import annotations

from pathlib import Path

from make_sheet_tables import BODY, CELL, HEAD, TITLE
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

SUMMARY = [
    ("1 Lovfiske i Storsjön", "24 000", "Bestrids"),
    ("2 Ungdomsrådet", "18 500", "Godtas delvis (6 000 kr)"),
    ("3 Kvällsfotboll", "9 900", "Godtas"),
]
SECTIONS = [
    (
        "Aktivitet 1 – Lovfiske i Storsjön",
        "24 000 kr",
        "Kostnaderna är inte styrkta med kvitton.",
        "Kvitton för fiskekort och bussresor bifogas i bilaga 1. Kommunen bestrider återkravet.",
    ),
    (
        "Aktivitet 2 – Ungdomsrådet",
        "18 500 kr",
        "Arvodena till ungdomsrådets ledamöter saknar underlag.",
        "Arvodena för höstens möten, 6 000 kr, saknar underlag. Övriga arvoden framgår av protokollen i "
        "bilaga 2, och där delar kommunen inte Socialstyrelsens bedömning.",
    ),
    ("Aktivitet 3 – Kvällsfotboll", "9 900 kr", "Aktiviteten ingår i ordinarie verksamhet.", "Kommunen godtar återkravet."),
]
GOLD = [
    dict(activity_no="1", claimed="24000", position="disputes", repayment="0"),
    dict(activity_no="2", claimed="18500", position="accepts_partial", repayment="6000"),
    dict(activity_no="3", claimed="9900", position="accepts_full", repayment="9900"),
]


def render(path: Path) -> Path:
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
    story = [
        Paragraph("Norrsjö kommun, 2025-02-20", BODY),
        Paragraph("Yttrande till Socialstyrelsen över förslag till beslut om återkrav", TITLE),
        Paragraph("Sammanfattning", HEAD),
    ]
    head = ["Aktivitet", "Återkrävt (kr)", "Kommunens ställningstagande"]
    data = [[Paragraph(h, HEAD) for h in head]] + [[Paragraph(c, CELL) for c in row] for row in SUMMARY]
    t = Table(data, colWidths=[6 * cm, 3 * cm, 6 * cm], hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(t)
    for heading, amount, assessment, answer in SECTIONS:
        story += [
            Paragraph(heading, TITLE),
            Paragraph(f"Belopp: {amount}", BODY),
            Paragraph(f"Socialstyrelsens bedömning: {assessment}", BODY),
            Paragraph(f"Kommunens svar: {answer}", BODY),
        ]
    story += [Paragraph("Bilagor", HEAD), Paragraph("Bilaga 1 Kvitton lovfiske", BODY), Paragraph("Bilaga 2 Protokoll ungdomsrådet", BODY)]
    doc.build(story)
    return path
