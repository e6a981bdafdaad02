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


# A summary table with a repayment column before prose sections under capitalised headings whose
# numbers skip (5, 8, 11); the table names the activities the prose then treats.
REGION_SUMMARY = [
    ("5", "Läxhjälp i Åsen", "30 000", "Bestrids", "0"),
    ("8", "Sportlov på Hällby", "12 400", "Medges", "12 400"),
    ("11", "Kvällsbad för unga", "8 000", "Medges delvis", "2 000"),
]
REGION_SECTIONS = [
    ("5. LÄXHJÄLP I ÅSEN", "30 000", "Läxhjälpen är ordinarie verksamhet.", "Läxhjälpen startade 2023. Kommunen bestrider återkravet."),
    ("8. SPORTLOV PÅ HÄLLBY", "12 400", "Kostnaderna är inte styrkta.", "Kommunen godtar återkravet."),
    (
        "11. KVÄLLSBAD FÖR UNGA",
        "8 000",
        "Entréavgifterna saknar kvitton.",
        "Entréavgifterna om 2 000 kronor saknar kvitton och betalas tillbaka. I övrigt bestrider kommunen återkravet.",
    ),
]
GOLD_REGION = [
    dict(activity_no="5", title="LÄXHJÄLP I ÅSEN", claimed="30000", position="disputes", repayment="0"),
    dict(activity_no="8", title="SPORTLOV PÅ HÄLLBY", claimed="12400", position="accepts_full", repayment="12400"),
    dict(activity_no="11", title="KVÄLLSBAD FÖR UNGA", claimed="8000", position="accepts_partial", repayment="2000"),
]


def render_region(path: Path) -> Path:
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
    story = [Paragraph("Åsens kommun, 2025-03-10", BODY), Paragraph("YTTRANDE ÖVER BESLUT OM ÅTERKRAV", TITLE)]
    head = ["Nr", "Insats", "Återkrävt (kr)", "Ställningstagande", "Medges (kr)"]
    data = [[Paragraph(h, HEAD) for h in head]] + [[Paragraph(c, CELL) for c in row] for row in REGION_SUMMARY]
    t = Table(data, colWidths=[1.2 * cm, 5 * cm, 3 * cm, 3.5 * cm, 2.5 * cm], hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(t)
    for heading, amount, assessment, answer in REGION_SECTIONS:
        story += [
            Paragraph(heading, HEAD),
            Paragraph(f"Återkrävt: {amount} kronor", BODY),
            Paragraph(f"Socialstyrelsen: {assessment}", BODY),
            Paragraph(f"Kommunens kommentar: {answer}", BODY),
        ]
    doc.build(story)
    return path
