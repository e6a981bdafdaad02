"""A response laid out as one table, one row per activity (number, activity, amount reclaimed, the
agency's assessment, the municipality's position); cells wrap over lines, an amount wraps inside
its cell, the attachment list is one line. Ruled or whitespace-aligned, on one or two pages.
Written with its expected values before the pipeline read it."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
CELL = ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=9, leading=11)
TITLE = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceAfter=10)

ROWS = [
    (
        "1",
        "Sommarkollo för barn i Västra Kärr",
        "145 000 kr",
        "Kostnaderna kan inte verifieras eftersom fakturor saknas.",
        "Kommunen bestrider återkravet. Fakturorna bifogas som bilaga 1.",
    ),
    (
        "2",
        "Nattvandring med föräldrar",
        "62 500 kr",
        "Aktiviteten ingår i kommunens ordinarie verksamhet.",
        "Kommunen godtar återkravet och återbetalar beloppet.",
    ),
    (
        "3",
        "Läxhjälp på biblioteket under hösten 2023 och våren 2024",
        "1 204 750 kr",
        "Aktiviteten är inte förenlig med bidragets syfte.",
        "Kommunen godtar delvis återkravet och återbetalar 200 000 kronor.",
    ),
    (
        "4",
        "Fritidsledare på mötesplatsen",
        "88 000 kr",
        "Kostnaderna avser tid utanför bidragsperioden.",
        "Kommunen bestrider återkravet, se bilaga 2 med tidrapporter som visar att arbetet utfördes 2023.",
    ),
    (
        "5",
        "Trygghetsvandringar",
        "30 250 kr",
        "Socialstyrelsen bedömer att underlaget inte styrker kostnaderna.",
        "Kommunen motsätter sig återkravet.",
    ),
]

GOLD_ACTIVITIES = [
    dict(
        activity_no="1",
        title="Sommarkollo för barn i Västra Kärr",
        claimed_amount_sek="145000",
        municipality_position="disputes",
        repayment_amount_sek="0",
        agency_reasons=["unverifiable_costs"],
    ),
    dict(
        activity_no="2",
        title="Nattvandring med föräldrar",
        claimed_amount_sek="62500",
        municipality_position="accepts_full",
        repayment_amount_sek="62500",
        agency_reasons=["ordinary_operations"],
    ),
    dict(
        activity_no="3",
        title="Läxhjälp på biblioteket under hösten 2023 och våren 2024",
        claimed_amount_sek="1204750",
        municipality_position="accepts_partial",
        repayment_amount_sek="200000",
        agency_reasons=["purpose_mismatch"],
    ),
    dict(
        activity_no="4",
        title="Fritidsledare på mötesplatsen",
        claimed_amount_sek="88000",
        municipality_position="disputes",
        repayment_amount_sek="0",
        agency_reasons=["outside_grant_period"],
    ),
    dict(
        activity_no="5",
        title="Trygghetsvandringar",
        claimed_amount_sek="30250",
        municipality_position="disputes",
        repayment_amount_sek="0",
        agency_reasons=["unverifiable_costs"],
    ),
]


def render(path: Path, *, ruled: bool = True, wide_amount: bool = False, landscape_page: bool = False) -> Path:
    size = landscape(A4) if landscape_page else A4
    doc = SimpleDocTemplate(str(path), pagesize=size, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
    story = [
        Paragraph("Yttrande över Socialstyrelsens beslut om återkrav av statsbidrag", TITLE),
        Paragraph("Ekås kommun, 2025-02-14", BODY),
        Paragraph(
            "Ekås kommun lämnar härmed sitt yttrande till Socialstyrelsen. Kommunens "
            "ställningstagande till varje aktivitet framgår av tabellen nedan.",
            BODY,
        ),
    ]
    head = ["Nr", "Aktivitet", "Återkrävt belopp", "Socialstyrelsens bedömning", "Kommunens ställningstagande"]
    # a narrow amount column makes "1 204 750 kr" wrap inside its cell
    amount_w = 1.6 * cm if not wide_amount else 2.6 * cm
    width = size[0] - 4 * cm
    rest = width - 1.0 * cm - amount_w
    widths = [1.0 * cm, rest * 0.3, amount_w, rest * 0.33, rest * 0.37]
    data = [[Paragraph(h, HEAD) for h in head]] + [[Paragraph(c, CELL) for c in row] for row in ROWS]
    t = Table(data, colWidths=widths, repeatRows=1)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]
    if ruled:
        style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    t.setStyle(TableStyle(style))
    story += [
        t,
        Spacer(1, 12),
        Paragraph("Bilagor: 1. Fakturor sommarkollo 2. Tidrapporter fritidsledare", BODY),
        Paragraph("Anna Berg, socialchef", BODY),
    ]
    doc.build(story)
    return path


if __name__ == "__main__":
    import sys

    render(Path(sys.argv[1]), ruled="--unruled" not in sys.argv)
