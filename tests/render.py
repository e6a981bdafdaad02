"""Render test documents to PDF with reportlab: responses in other layouts and invoices."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

_styles = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=_styles["Normal"], fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=8)
H1 = ParagraphStyle("h1", parent=BODY, fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=6, spaceAfter=10)
H2 = ParagraphStyle("h2", parent=BODY, fontName="Helvetica-Bold", fontSize=12, leading=16, spaceBefore=8, spaceAfter=6)


def render(path: Path, blocks: list, header: str, footer: str) -> Path:
    """blocks: ("h1"|"h2"|"p", text) tuples, ("table", rows), ("columns", rows), ("break",), ("toc", [(text, page)])."""

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8.5)
        canvas.drawString(2.2 * cm, A4[1] - 1.3 * cm, header)
        canvas.drawRightString(A4[0] - 2.2 * cm, 1.2 * cm, footer.format(page=doc.page))
        canvas.restoreState()

    story = []
    for b in blocks:
        kind = b[0]
        if kind == "break":
            story.append(PageBreak())
        elif kind == "table":
            t = Table(b[1], hAlign="LEFT", colWidths=[6.5 * cm] + [3 * cm] * (len(b[1][0]) - 1))
            t.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                        ("FONTNAME", (0, 0), (-1, -1), "Helvetica"),
                        ("FONTSIZE", (0, 0), (-1, -1), 10),
                        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                    ]
                )
            )
            story += [t, Spacer(1, 10)]
        elif kind == "columns":  # side by side without rules: two signatures beside each other
            t = Table(b[1], hAlign="LEFT", colWidths=[8 * cm] * len(b[1][0]))
            t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "Helvetica"), ("FONTSIZE", (0, 0), (-1, -1), 10)]))
            story += [t, Spacer(1, 10)]
        elif kind == "toc":
            rows = [[text, str(page)] for text, page in b[1]]
            t = Table(rows, hAlign="LEFT", colWidths=[14 * cm, 1.5 * cm])
            t.setStyle(
                TableStyle(
                    [("FONTNAME", (0, 0), (-1, -1), "Helvetica"), ("FONTSIZE", (0, 0), (-1, -1), 10), ("ALIGN", (1, 0), (1, -1), "RIGHT")]
                )
            )
            story += [t, Spacer(1, 10)]
        else:
            story.append(Paragraph(b[1], {"h1": H1, "h2": H2, "p": BODY}[kind]))
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2.2 * cm, bottomMargin=2.2 * cm)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return path


# --------------------------------------------------------------------------------------------
# Response A: "Aktivitet N:" headings, amounts on their own lines, no table of contents, a summary
# table, a stated total that does not add up, a reference to a missing attachment.

RESPONSE_A = [
    ("h1", "Yttrande till Socialstyrelsen"),
    ("p", "Datum: 2025-02-03"),
    (
        "p",
        "Norrviks kommun lämnar här sitt yttrande över Socialstyrelsens preliminära beslut om återkrav av "
        "statsbidrag för insatser i utsatta områden. Socialstyrelsen återkräver totalt 330 000 kronor av "
        "kommunen för fyra aktiviteter som genomfördes i Norrvik under 2023.",
    ),
    ("h2", "Sammanställning"),
    (
        "table",
        [
            ["Insats", "Belopp", "Medges", "Ifrågasätts"],
            ["1 Sommarlovsaktiviteter", "88 400", "0", "88 400"],
            ["2 Fritidsgårdens kvällsöppet", "120 000", "50 000", "70 000"],
            ["3 Föräldrautbildning", "75 000", "75 000", "0"],
            ["4 Trygghetsvandringar", "40 000", "0", "40 000"],
            ["Summa", "323 400", "125 000", "198 400"],
        ],
    ),
    ("h2", "Aktivitet 1: Sommarlovsaktiviteter"),
    ("p", "Belopp som återkrävs: 88 400 kr"),
    ("h2", "Socialstyrelsens bedömning:"),
    ("p", "Kostnaderna kan inte verifieras eftersom fakturor saknas i redovisningen."),
    ("h2", "Kommunens inställning"),
    (
        "p",
        "Kommunen motsätter sig återkravet. Aktiviteterna riktade sig till barn och unga i Centrumområdet och "
        "samlade under sommaren 2023 drygt 400 deltagare. Fakturorna bifogas (se bilaga 1 och bilaga 4).",
    ),
    ("p", "Föreningarna fick bidrag för sina lovaktiviteter:"),
    ("table", [["Mottagare", "Utbetalt", "Summa"], ["IK Norrvik", "2023-06-15", "20 000"], ["Norrviks scoutkår", "2023-06-20", "8 400"]]),
    ("h2", "Aktivitet 2: Fritidsgårdens kvällsöppet"),
    ("p", "Belopp: 120 000 kr"),
    ("p", "Enligt Socialstyrelsen är kvällsöppet en del av fritidsgårdens ordinarie verksamhet och därför inte bidragsberättigad."),
    (
        "p",
        "Kommunen delar delvis bedömningen. Kommunen medger återbetalning av 50 000 kronor av beloppet, "
        "som avser personal som redan var anställd. Avtalet med arrangören finns i bilaga 2.",
    ),
    ("h2", "Aktivitet 3: Föräldrautbildning"),
    ("p", "Belopp som återkrävs: 75 000 kr"),
    ("p", "Socialstyrelsen anser att utbildningen genomfördes 2024 och därmed ligger utanför bidragsperioden."),
    ("p", "Kommunen accepterar återkravet i sin helhet."),
    ("h2", "Aktivitet 4: Trygghetsvandringar"),
    ("p", "Belopp som återkrävs: 40 000 kr"),
    ("p", "Socialstyrelsen bedömer att kostnaden inte överensstämmer med bidragets syfte."),
    ("h2", "Bilagor"),
    ("p", "Bilaga 1 Fakturor sommarlov.pdf"),
    ("p", "Bilaga 2 Avtal med Kvällsöppet AB.pdf"),
    ("p", "Bilaga 3 Deltagarlista föräldrautbildning.pdf"),
]

GOLD_A = {
    "kind": "response",
    "issuer": "Norrviks kommun",
    "municipality": "Norrvik",
    "addressee": "Socialstyrelsen",
    "doc_date": "2025-02-03",
    "activities": [
        {
            "activity_no": "1",
            "title": "Sommarlovsaktiviteter",
            "claimed_amount_sek": "88400",
            "page_start": 1,
            "municipality_position": "disputes",
            "repayment_amount_sek": "0",
            "agency_reasons": ["unverifiable_costs"],
            "attachment_refs": ["1", "4"],
        },
        {
            "activity_no": "2",
            "title": "Fritidsgårdens kvällsöppet",
            "claimed_amount_sek": "120000",
            "page_start": 1,
            "municipality_position": "accepts_partial",
            "repayment_amount_sek": "50000",
            "agency_reasons": ["ordinary_operations"],
            "attachment_refs": ["2"],
        },
        {
            "activity_no": "3",
            "title": "Föräldrautbildning",
            "claimed_amount_sek": "75000",
            "page_start": 1,
            "municipality_position": "accepts_full",
            "repayment_amount_sek": "75000",
            "agency_reasons": ["outside_grant_period"],
            "attachment_refs": [],
        },
        {
            "activity_no": "4",
            "title": "Trygghetsvandringar",
            "claimed_amount_sek": "40000",
            "page_start": 2,
            "municipality_position": "unclear",
            "repayment_amount_sek": None,
            "agency_reasons": ["purpose_mismatch"],
            "attachment_refs": [],
        },
    ],
    "totals": {"claimed_sek": "323400", "accepted_repayment_sek": "125000"},
    "attachments": [
        {"attachment_id": "1", "activity_no": "1", "invoice_number": None},
        {"attachment_id": "2", "activity_no": "2", "invoice_number": None},
        {"attachment_id": "3", "activity_no": None, "invoice_number": None},
    ],
    "grant_payments": [
        {"recipient": "IK Norrvik", "payment_date": "2023-06-15"},
        {"recipient": "Norrviks scoutkår", "payment_date": "2023-06-20"},
    ],
    "checks": [
        {"activity_no": None, "check": "stated_total_mismatch"},
        {"activity_no": "1", "check": "unresolved_reference"},
        {"activity_no": None, "check": "unreferenced_attachment"},
    ],
}

# Response B: a table of contents aligned without dot leaders, numbered headings with amounts,
# partial acceptance worded "godtar att … återbetalas", a heading that differs from the contents,
# an invoice mentioned in the text.

RESPONSE_B = [
    ("h1", "Yttrande till Socialstyrelsen"),
    ("p", "2025-03-10"),
    ("h2", "Innehållsförteckning"),
    (
        "toc",
        [
            ("1. Sommarjobb för unga (150 000 kronor)", 2),
            ("2. Mentorsprogram (64 500 kronor)", 2),
            ("3. Digital fritidsgård (210 000 kronor)", 3),
        ],
    ),
    ("break",),
    (
        "p",
        "Höglunda kommun har tagit del av Socialstyrelsens preliminära beslut om återkrav. Sammanlagt "
        "återkräver Socialstyrelsen 424 500 kronor för tre aktiviteter.",
    ),
    ("h2", "1. Sommarjobb för unga (150 000 kronor)"),
    ("p", "Socialstyrelsen bedömer att kostnaden är orimligt hög i förhållande till aktivitetens omfattning."),
    (
        "p",
        "Kommunen godtar att 120 000 kr återbetalas. Resterande del avser handledare för 35 ungdomar. "
        "Kostnaden fakturerades med faktura nr 4711 daterad 2023-05-02.",
    ),
    ("h2", "2. Mentorsprogram (64 500 kronor)"),
    (
        "p",
        "Socialstyrelsen bedömer att kommunen i efterhand har konstruerat närvarolistorna, vilket innebär att "
        "handlingarna har efterkonstruerats.",
    ),
    ("p", "Kommunen tillbakavisar bedömningen och bifogar originalhandlingarna (bil. 2a)."),
    ("break",),
    ("h2", "3. Digitala fritidsgården (210 000 kronor)"),
    ("p", "Socialstyrelsen bedömer att aktiviteten är en form av myndighetsutövning."),
    ("p", "Kommunen kommer att betala tillbaka hela beloppet."),
    ("h2", "Bilagor"),
    ("p", "2a Närvarolistor mentorsprogram.pdf"),
    ("p", "2b Avtal mentorer.pdf"),
]

GOLD_B = {
    "kind": "response",
    "issuer": "Höglunda kommun",
    "municipality": "Höglunda",
    "addressee": "Socialstyrelsen",
    "doc_date": "2025-03-10",
    "toc_entries": [
        {"number": "1", "title": "Sommarjobb för unga", "amount_sek": "150000", "page": 2},
        {"number": "2", "title": "Mentorsprogram", "amount_sek": "64500", "page": 2},
        {"number": "3", "title": "Digital fritidsgård", "amount_sek": "210000", "page": 3},
    ],
    "activities": [
        {
            "activity_no": "1",
            "title": "Sommarjobb för unga",
            "claimed_amount_sek": "150000",
            "page_start": 2,
            "municipality_position": "accepts_partial",
            "repayment_amount_sek": "120000",
            "agency_reasons": ["excessive_cost"],
            "attachment_refs": [],
        },
        {
            "activity_no": "2",
            "title": "Mentorsprogram",
            "claimed_amount_sek": "64500",
            "page_start": 2,
            "municipality_position": "disputes",
            "repayment_amount_sek": "0",
            "agency_reasons": ["fabricated_documents"],
            "attachment_refs": ["2a"],
        },
        {
            "activity_no": "3",
            "title": "Digitala fritidsgården",
            "claimed_amount_sek": "210000",
            "page_start": 3,
            "municipality_position": "accepts_full",
            "repayment_amount_sek": "210000",
            "agency_reasons": ["exercise_of_authority"],
            "attachment_refs": [],
        },
    ],
    "totals": {"claimed_sek": "424500", "accepted_repayment_sek": "330000"},
    "attachments": [
        {"attachment_id": "2a", "activity_no": "2", "invoice_number": None},
        {"attachment_id": "2b", "activity_no": "2", "invoice_number": None},  # "2b" carries activity 2's number
    ],
    "activity_invoices": {"1": [{"invoice_number": "4711", "invoice_date": "2023-05-02"}]},
    "checks": [{"activity_no": "3", "check": "toc_title_mismatch"}, {"activity_no": "2", "check": "unreferenced_attachment"}],
}


def response_a(path: Path) -> Path:
    return render(path, RESPONSE_A, "Norrviks kommun  Socialförvaltningen", "Sida {page}")


def response_b(path: Path) -> Path:
    return render(path, RESPONSE_B, "Höglunda kommun   YTTRANDE   2025-03-10", "{page} (3)")


# --------------------------------------------------------------------------------------------
# Invoices in several layouts, drawn on a canvas as office and web shops print them.


def invoice(
    path: Path,
    *,
    layout: str,
    supplier: str,
    org_no: str | None,
    fields: dict[str, str],
    totals: list[tuple[str, str]],
    title: str = "FAKTURA",
    lines: list[tuple[str, str]] = (),
    sender: bool = True,
) -> Path:
    """layout: 'columns' (label left, value right-aligned), 'colon' ('Label: value'), 'stacked'
    (label above value), 'table' (totals in a ruled table)."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4
    y = h - 60
    if sender:  # without one, as when the sender is a logo: the footer names the company
        c.setFont("Helvetica-Bold", 13)
        c.drawString(56, y, supplier)
        c.setFont("Helvetica", 10)
        c.drawString(56, y - 15, "Storgatan 1")
        c.drawString(56, y - 29, "111 22 Stockholm")
    c.setFont("Helvetica-Bold", 16)
    c.drawRightString(w - 56, y, title)
    c.setFont("Helvetica", 10)
    fy = y - 40
    for label, value in fields.items():
        if layout == "colon":
            c.drawString(340, fy, f"{label}: {value}")
            fy -= 15
        elif layout == "stacked":
            c.drawString(340, fy, label)
            c.drawString(340, fy - 13, value)
            fy -= 30
        else:
            c.drawString(340, fy, label)
            c.drawRightString(w - 56, fy, value)
            fy -= 15
    cy = min(fy, y - 110) - 20
    c.drawString(56, cy, "Kund")
    c.drawString(56, cy - 14, "Vallby kommun")
    c.drawString(56, cy - 28, "Box 100, 123 45 Vallby")
    ly = cy - 70
    c.drawString(56, ly, "Beskrivning")
    c.drawRightString(w - 56, ly, "Belopp")
    for text, amount in lines:
        ly -= 15
        c.drawString(56, ly, text)
        c.drawRightString(w - 56, ly, amount)
    ty = ly - 30
    if layout == "table":
        t = Table([[a, b] for a, b in totals], colWidths=[5 * cm, 4 * cm])
        t.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    ("FONTNAME", (0, 0), (-1, -1), "Helvetica"),
                    ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ]
            )
        )
        tw, th = t.wrap(0, 0)
        t.drawOn(c, w - 56 - tw, ty - th)
        ty -= th + 20
    else:
        for label, value in totals:
            c.drawString(320, ty, label)
            c.drawRightString(w - 56, ty, value)
            ty -= 15
    if org_no:
        c.setFont("Helvetica", 8)
        c.drawString(56, 50, f"{supplier} | Org.nr {org_no} | Bankgiro 123-4567")
    c.save()
    return path


RESPONSE_C = [
    ("h1", "Yttrande till Socialstyrelsen"),
    ("p", "2025-04-01"),
    ("p", "Vallby kommun yttrar sig här över återkravet av statsbidraget för 2023."),
    ("h2", "1. Konferens om trygghet (11 500 kronor)"),
    ("p", "Socialstyrelsen bedömer att kostnaderna inte kan säkerställas."),
    ("p", "Konferensen hölls i mars 2023. Kommunen bifogar fakturan (bilaga 1.1)."),
    ("h2", "2. Utbildning i metodstöd (5 000 kronor)"),
    ("p", "Socialstyrelsen bedömer att utbildningen är en del av den ordinarie verksamheten."),
    ("p", "Kommunen bestrider bedömningen, se bilagorna 2.1–2.3. Utbildningen genomfördes under 2023."),
    ("h2", "3. Studieresa (4 000 kronor)"),
    ("p", "Socialstyrelsen bedömer att resan inte överensstämmer med bidragets syfte."),
    ("p", "Kommunen motsätter sig återkravet, se bilaga 3.1 och 3.2. Resan planerades under 2023."),
    ("h2", "Bilagor"),
    ("p", "1.1 Faktura 4711 Konferensgården AB.pdf"),
    ("p", "2.1 Faktura 880 Metodhuset.pdf"),
    ("p", "2.2 Kreditfaktura 881 Metodhuset.pdf"),
    ("p", "2.3 Faktura 4711 Konferensgården AB.pdf"),
    ("p", "3.1 Invoice 2024-77 Reisebüro.pdf"),
    ("p", "3.2 Faktura 1020 Bussbolaget.pdf"),
]


def invoice_case(root: Path) -> Path:
    """A response with six listed invoices and seven files (one filed twice)."""
    case = root / "vallby-2025"
    bil = case / "bilagor"
    bil.mkdir(parents=True)
    render(case / "Yttrande Vallby.pdf", RESPONSE_C, "Vallby kommun   Yttrande", "Sida {page}")
    first = invoice(
        bil / "bilaga_1_1_faktura_4711.pdf",
        layout="columns",
        supplier="Konferensgården AB",
        org_no="556677-8899",
        fields={"Fakturanummer": "4711", "Fakturadatum": "2023-03-10", "Förfallodatum": "2023-04-09"},
        lines=[("Konferenspaket 20 personer", "10 000,00")],
        totals=[("Summa exkl. moms", "10 000,00 kr"), ("Moms 12 %", "1 200,00 kr"), ("Att betala", "11 200,00 kr")],
    )
    (bil / "Bil 2.3 faktura 4711.pdf").write_bytes(first.read_bytes())
    invoice(
        bil / "2.1-Faktura%20880%20Metodhuset.pdf",
        layout="colon",
        supplier="Metodhuset AB",
        org_no="559123-4561",
        fields={"Fakturanr": "880", "Fakturadatum": "2023-04-01", "Förfallodatum": "2023-05-01"},
        lines=[("Utbildningsdag metodstöd", "6 000,00")],
        totals=[("Netto", "6 000,00"), ("Moms 0 %", "0,00"), ("Att betala", "6 000,00 kr")],
    )
    invoice(
        bil / "2.2 Kreditfaktura 881.pdf",
        layout="table",
        supplier="Metodhuset AB",
        org_no="559123-4561",
        title="KREDITFAKTURA",
        fields={"Fakturanummer": "881", "Fakturadatum": "2023-04-15"},
        lines=[("Kreditering av utebliven halvdag", "1 000,00")],
        totals=[("Netto", "1 000,00"), ("Moms 0 %", "0,00"), ("Att erhålla", "1 000,00")],
    )
    invoice(
        bil / "3.1 invoice 2024-77.pdf",
        layout="stacked",
        supplier="Reisebüro Nord GmbH",
        org_no=None,
        title="INVOICE",
        fields={"Invoice No": "2024-77", "Invoice date": "2024-02-15", "Due date": "2024-03-15"},
        lines=[("Group travel", "EUR 250.00")],
        totals=[("Subtotal", "EUR 250.00"), ("VAT 24.3 %", "EUR 60.75"), ("Total", "EUR 310.75")],
    )
    invoice(
        bil / "3.2 Faktura 1020 Bussbolaget.pdf",
        layout="columns",
        supplier="Bussbolaget i Vallby AB",
        org_no="559000-0112",
        fields={"Fakturanummer": "1002", "Fakturadatum": "2023-09-01"},
        lines=[("Buss Vallby–Malmö t/r", "2 000,00")],
        totals=[("Summa exkl. moms", "2 000,00 kr"), ("Moms 25 %", "500,00 kr"), ("Att betala", "2 500,00 kr")],
    )
    return case


# Response D: contents numbered, body headings unnumbered, a conclusion with a total that does not add up.
RESPONSE_D = [
    ("h1", "Yttrande till Socialstyrelsen"),
    ("p", "2025-05-20"),
    ("h2", "Innehåll"),
    ("toc", [("1. Nattvandring (30 000 kronor)", 2), ("2. Läxhjälp (45 500 kronor)", 2), ("Sammanfattning", 2)]),
    ("break",),
    ("h2", "Nattvandring (30 000 kronor)"),
    ("p", "Socialstyrelsen bedömer att aktiviteten inte överensstämmer med bidragets syfte."),
    ("p", "Kommunen delar inte bedömningen och avser inte att återbetala beloppet."),
    ("h2", "Läxhjälp (45 500 kronor)"),
    ("p", "Socialstyrelsen bedömer att kostnaderna inte kan säkerställas."),
    ("p", "Kommunen kommer att betala tillbaka hela beloppet."),
    ("h2", "Sammanfattning"),
    ("p", "Socialstyrelsen återkräver sammanlagt 80 000 kronor, varav kommunen återbetalar 45 500 kronor."),
]


def response_d(path: Path) -> Path:
    return render(path, RESPONSE_D, "Ekby kommun   Yttrande", "Sida {page} av 2")


# Response E: no contents, numbered headings without amounts, the sum stated in the text, a
# numbered list that is not an activity.
RESPONSE_E = [
    ("h1", "Yttrande över preliminärt återkrav"),
    ("p", "Till Socialstyrelsen, 2025-06-02"),
    ("p", "Kommunen vill framhålla följande utgångspunkter:"),
    ("p", "1. Insatserna har planerats tillsammans med polisen."),
    ("p", "2. Alla kostnader är bokförda under 2023."),
    ("h2", "1. Fältassistenter"),
    ("p", "Socialstyrelsen återkräver 35 000 kronor och bedömer att kostnaden inte kan spåras."),
    ("p", "Kommunen bifogar lönespecifikationer och motsätter sig återkravet."),
    ("h2", "2. Feriearbeten"),
    ("p", "Socialstyrelsen återkräver 60 000 kronor eftersom arbetena utfördes 2024."),
    ("p", "Kommunen godtar att 20 000 kronor återbetalas."),
]


def response_e(path: Path) -> Path:
    return render(path, RESPONSE_E, "Sjöstad kommun", "{page}")


# Response F: a short contents on the page where the first activity starts.
RESPONSE_F = [
    ("h1", "Yttrande till Socialstyrelsen"),
    ("p", "2025-06-10"),
    ("h2", "Innehåll"),
    ("toc", [("1. Fritidsbank (12 000 kronor)", 1), ("2. Sommarkollo (48 000 kronor)", 1)]),
    ("h2", "1. Fritidsbank (12 000 kronor)"),
    ("p", "Socialstyrelsen bedömer att aktiviteten inte överensstämmer med bidragets syfte."),
    ("p", "Kommunen avser att återbetala beloppet."),
    ("h2", "2. Sommarkollo (48 000 kronor)"),
    ("p", "Socialstyrelsen bedömer att kostnaderna inte kan verifieras."),
    ("p", "Kommunen motsätter sig återkravet, se bilaga 2."),
]


def response_f(path: Path) -> Path:
    return render(path, RESPONSE_F, "Åby kommun", "{page}")


def invoice_grid(path: Path, *, with_vat_number: bool = True) -> Path:
    """An invoice as accounting software prints it: a trading name as the logo, labels in a row
    with their values under them, the buyer's address block with the buyer's own org number, an
    item table, totals side by side, and a three-column footer with the legal name and org number."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4
    c.setFont("Helvetica-Bold", 18)
    c.drawString(50, h - 60, "Lekplatsbolaget")
    c.setFont("Helvetica-Bold", 20)
    c.drawString(380, h - 60, "Faktura")
    for i, (label, value) in enumerate([("Fakturadatum", "2023-05-12"), ("Fakturanr", "10234"), ("Kundnr", "1042"), ("OCR", "102347")]):
        c.setFont("Helvetica", 8)
        c.drawString(380 + i * 52, h - 80, label)
        c.setFont("Helvetica", 9)
        c.drawString(380 + i * 52, h - 92, value)
    c.setFont("Helvetica", 10)
    for k, text in enumerate(["Ravlunda kommun", "Socialförvaltningen", "Box 12", "360 70 Ravlunda"]):
        c.drawString(330, h - 130 - 13 * k, text)
    c.setFont("Helvetica", 8)
    c.drawString(330, h - 182, "Org.nr 212000-0142")
    c.setFont("Helvetica", 9)
    y = h - 230
    c.drawString(50, y, "Er referens: Per Persson")
    c.drawString(300, y, "Vår referens: Lisa Ek")
    c.drawString(50, y - 13, "Betalningsvillkor: 30 dagar")
    c.drawString(300, y - 13, "Förfallodatum: 2023-06-11")
    y -= 70
    for x, text in [(50, "Art.nr"), (110, "Benämning"), (330, "Antal"), (380, "Enhet"), (430, "À-pris")]:
        c.drawString(x, y, text)
    c.drawRightString(545, y, "Belopp")
    for row in [
        ("L-100", "Gungställning montering", "1", "st", "18 400,00", "18 400,00"),
        ("T-7", "Transport", "2", "tim", "650,00", "1 300,00"),
    ]:
        y -= 14
        for x, text in zip((50, 110, 330, 380), row[:4], strict=True):
            c.drawString(x, y, text)
        c.drawRightString(475, y, row[4])
        c.drawRightString(545, y, row[5])
    y -= 50
    for x, label, value in [
        (250, "Exkl. moms", "19 700,00"),
        (330, "Moms 25%", "4 925,00"),
        (410, "Öresavr.", "0,00"),
        (480, "Att betala", "24 625,00 SEK"),
    ]:
        c.setFont("Helvetica", 9)
        c.drawString(x, y, label)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(x, y - 14, value)
    c.setFont("Helvetica", 7.5)
    for x, top, bottom in [
        (50, "Lekplatsbolaget i Norden AB", "Industrivägen 4"),
        (200, "Telefon", "0413-55 66 70"),
        (300, "Bankgiro", "5050-1055"),
        (420, "Org.nr", "556036-0793"),
    ]:
        c.drawString(x, 70, top)
        c.drawString(x, 60, bottom)
    c.drawString(420, 50, "Innehar F-skattsedel")
    if with_vat_number:
        c.drawString(300, 50, "Momsreg.nr SE556036079301")
    c.save()
    return path


# Response G: a committee's letter. "Insats N – title" headings with the amount on a labelled line
# ("Återkrävt belopp: 120 tkr"), sub-headings for the agency and the municipality, a title that
# is not "Yttrande …", attachments "Bilaga N: …", a signature and a contact person.
RESPONSE_G = [
    ("p", "Socialnämnden"),
    ("p", "Dnr SN 2024/0456"),
    ("h1", "Svar på Socialstyrelsens begäran om yttrande angående återkrav av statsbidrag till kommuner med utsatta områden"),
    ("p", "Ravlunda 2025-02-28"),
    (
        "p",
        "Ravlunda kommun har den 15 januari 2025 fått Socialstyrelsens preliminära beslut om återkrav "
        "av statsbidrag om totalt 215 tkr för år 2023. Kommunen lämnar följande yttrande.",
    ),
    ("h2", "Insats 1 – Föräldrastöd i Norra"),
    ("p", "Återkrävt belopp: 45 000 kr"),
    ("h2", "Socialstyrelsens bedömning"),
    ("p", "Socialstyrelsen bedömer att insatsen utgör ordinarie verksamhet."),
    ("h2", "Kommunens yttrande"),
    ("p", "Ravlunda kommun godtar Socialstyrelsens bedömning och återbetalar beloppet."),
    ("h2", "Insats 2 – Lekplats vid Norra torget"),
    ("p", "Återkrävt belopp: 120 tkr"),
    ("h2", "Socialstyrelsens bedömning"),
    ("p", "Kostnaderna har inte kunnat styrkas med underlag."),
    ("h2", "Kommunens yttrande"),
    ("p", "Kommunen anser att återkravet ska upphävas. Fakturan från Lekplatsbolaget finns i bilaga 1 och avtalet i bilaga 2."),
    ("h2", "Insats 3 – Trygghetsvärdar"),
    ("p", "Återkrävt belopp: 50 000 kr"),
    ("h2", "Socialstyrelsens bedömning"),
    ("p", "Socialstyrelsen anser att kostnaden inte står i proportion till insatsen."),
    ("h2", "Kommunens yttrande"),
    (
        "p",
        "Kommunen delar delvis bedömningen. Kommunen medger att 12 500 kronor av beloppet ska återbetalas men "
        "bestrider återkravet i övrigt. Se lönespecifikationer i bilaga 3.",
    ),
    ("h2", "Bilagor"),
    ("p", "Bilaga 1: Faktura nr 10234 från Lekplatsbolaget i Norden AB"),
    ("p", "Bilaga 2: Avtal med Lekplatsbolaget i Norden AB"),
    ("p", "Bilaga 3: Lönespecifikationer trygghetsvärdar"),
    ("p", "Anna Andersson<br/>Socialchef"),
    ("p", "Kontaktperson: Per Persson, ekonom, tel 0470-123 45, per.persson@ravlunda.se"),
]


def ravlunda_case(root: Path) -> Path:
    """Response G with the grid invoice filed as its attachment 1."""
    case = root / "ravlunda-2025"
    (case / "bilagor").mkdir(parents=True)
    render(case / "Svar till Socialstyrelsen.pdf", RESPONSE_G, "RAVLUNDA KOMMUN", "{page} (2)")
    invoice_grid(case / "bilagor" / "Bilaga 1 faktura 10234.pdf")
    return case


# Response H: activities numbered as sub-sections of a chapter, framed by a background and a
# summary that are numbered too; "Label: text" paragraphs for each side; amounts after a dash.
RESPONSE_H = [
    ("h1", "Yttrande angående preliminärt beslut om återkrav av statsbidrag"),
    ("p", "Mölnås kommun, Kommunstyrelsens förvaltning"),
    ("p", "Datum 2025-03-14, dnr KS 2025/77"),
    ("h2", "Innehållsförteckning"),
    (
        "toc",
        [
            ("1. Bakgrund", 1),
            ("2. Kommunens synpunkter per aktivitet", 1),
            ("2.1 Fältgruppen – 230 000 kronor", 1),
            ("2.2 Läxhjälp i Centrum – 87 450,50 kronor", 1),
            ("2.3 Sommarjobb – 64 000 kronor", 2),
            ("3. Sammanfattning", 2),
            ("Bilageförteckning", 2),
        ],
    ),
    ("h2", "1. Bakgrund"),
    (
        "p",
        "Mölnås kommun beviljades 2022 statsbidrag om 1,2 miljoner kronor. Socialstyrelsen har granskat "
        "kommunens redovisning och avser att återkräva 381 450,50 kronor.",
    ),
    ("h2", "2. Kommunens synpunkter per aktivitet"),
    ("h2", "2.1 Fältgruppen – 230 000 kronor"),
    ("p", "Socialstyrelsens bedömning: Socialstyrelsen bedömer att fältgruppen är en del av kommunens ordinarie verksamhet."),
    (
        "p",
        "Kommunens kommentar: Kommunen bestrider återkravet. Fältgruppen startades med statsbidraget 2022 och "
        "bestod av fyra fältassistenter. Anställningsavtalen bifogas (bilaga 2a och 2b).",
    ),
    ("h2", "2.2 Läxhjälp i Centrum – 87 450,50 kronor"),
    ("p", "Socialstyrelsens bedömning: Kostnaderna kan inte härledas till aktiviteten."),
    ("p", "Kommunens kommentar: Kommunen godtar återkravet och återbetalar 87 450,50 kronor."),
    ("break",),
    ("h2", "2.3 Sommarjobb – 64 000 kronor"),
    ("p", "Socialstyrelsens bedömning: Sommarjobben genomfördes 2023 och ligger utanför bidragsperioden."),
    (
        "p",
        "Kommunens kommentar: Kommunen accepterar att 32 000 kronor återbetalas. Resterande del avser "
        "handledning i juni 2022, se faktura 55120 från Jobbstart i Mölnås AB (bilaga 3).",
    ),
    ("h2", "3. Sammanfattning"),
    ("p", "Av Socialstyrelsens återkrav på 381 450,50 kronor godtar kommunen att 119 450,50 kronor återbetalas."),
    ("h2", "Bilageförteckning"),
    ("p", "Bilaga 2a Anställningsavtal fältassistent 1"),
    ("p", "Bilaga 2b Anställningsavtal fältassistent 2"),
    ("p", "Bilaga 3 Faktura 55120 Jobbstart i Mölnås AB"),
    ("p", "Med vänlig hälsning"),
    ("p", "Karin Berg<br/>Kommundirektör"),
]


def response_h(path: Path) -> Path:
    return render(path, RESPONSE_H, "Mölnås kommun", "Sida {page} av 2")


# Response I: no contents; each activity has numbered sub-headings for the two sides.
RESPONSE_I = [
    ("h1", "Yttrande till Socialstyrelsen"),
    ("p", "Tallby kommun, 2025-04-22"),
    ("h2", "1. Nattfotboll (100 000 kronor)"),
    ("h2", "1.1 Socialstyrelsens bedömning"),
    ("p", "Socialstyrelsen bedömer att kostnaden är oskäligt hög."),
    ("h2", "1.2 Kommunens inställning"),
    ("p", "Kommunen godtar att 40 000 kronor återbetalas."),
    ("h2", "2. Ungdomsråd (25 000 kronor)"),
    ("h2", "2.1 Socialstyrelsens bedömning"),
    ("p", "Socialstyrelsen bedömer att aktiviteten genomfördes 2024."),
    ("h2", "2.2 Kommunens inställning"),
    ("p", "Kommunen bestrider återkravet, se bilaga 2.1."),
    ("h2", "Bilagor"),
    ("p", "2.1 Protokoll ungdomsrådet 2023-11-02"),
]


def response_i(path: Path) -> Path:
    return render(path, RESPONSE_I, "Tallby kommun", "{page}")


# Response J: no contents; the amount ends the heading after a comma, a colon or a space, or
# stands in words in parentheses; the conclusion is a paragraph without a heading.
RESPONSE_J = [
    ("h1", "Yttrande över Socialstyrelsens preliminära beslut om återkrav"),
    ("p", "Dnr 2025/12  Kvarnby kommun  2025-01-30"),
    ("p", "Kvarnby kommun har tagit del av Socialstyrelsens preliminära beslut och yttrar sig enligt nedan."),
    ("h2", "Aktivitet 1 – Fritidsledare i Östra (återkrävt belopp 120 000 kr)"),
    ("p", "Socialstyrelsen bedömer att tjänsterna utgör ordinarie verksamhet."),
    ("p", "Kommunen delar inte bedömningen. Tjänsterna inrättades med statsbidraget."),
    ("h2", "Aktivitet 2 – Trygghetsvandringar, 45 000 kr"),
    ("p", "Socialstyrelsen bedömer att kostnaderna inte kan verifieras."),
    ("p", "Kommunen återbetalar beloppet."),
    ("h2", "Aktivitet 3 – Sommarläger: 78 250,50 kr"),
    ("p", "Socialstyrelsen bedömer att lägret genomfördes 2024."),
    ("p", "Kommunen godtar att 30 000 kronor återbetalas."),
    ("h2", "Aktivitet 4 – Föräldrakurser SEK 12 500"),
    ("p", "Socialstyrelsen bedömer att aktiviteten är myndighetsutövning."),
    ("p", "Kommunen bestrider återkravet."),
    ("p", "Sammantaget återbetalar kommunen 75 000 kronor av totalt 255 750,50 kronor."),
]


def response_j(path: Path) -> Path:
    return render(path, RESPONSE_J, "Kvarnby kommun", "{page}")


# Response K: the attachment list as a table; lettered ids referred to as a range ("bil. 1a–1c");
# "bilagorna 2 och 3"; compound document names ("Hyresavtal").
RESPONSE_K = [
    ("h1", "Yttrande – återkrav av statsbidrag för insatser i utsatta områden"),
    ("p", "Sundby kommun, Socialförvaltningen, 2025-02-10"),
    ("h2", "Innehåll"),
    (
        "toc",
        [
            ("1. Mötesplats Sundby (64 000 kr)", 1),
            ("2. Kvällsfotboll (22 500 kr)", 1),
            ("3. Föräldranätverk (18 000 kr)", 2),
            ("Bilagor", 2),
        ],
    ),
    ("h2", "1. Mötesplats Sundby (64 000 kr)"),
    ("p", "Socialstyrelsen bedömer att kostnaderna inte kan härledas till aktiviteten."),
    ("p", "Kommunen bestrider återkravet. Hyresavtal och fakturor bifogas (bil. 1a–1c)."),
    ("h2", "2. Kvällsfotboll (22 500 kr)"),
    ("p", "Socialstyrelsen bedömer att aktiviteten är en del av ordinarie verksamhet."),
    ("p", "Kommunen bestrider återkravet, se bilagorna 2 och 3."),
    ("break",),
    ("h2", "3. Föräldranätverk (18 000 kr)"),
    ("p", "Socialstyrelsen bedömer att kostnaden avser 2024."),
    ("p", "Kommunen återbetalar hela beloppet."),
    ("h2", "Bilagor"),
    (
        "table",
        [
            ["Bilaga", "Beskrivning"],
            ["1a", "Hyresavtal Mötesplats Sundby"],
            ["1b", "Faktura 2023-0411 Sundby Fastigheter AB"],
            ["1c", "Faktura 2023-0502 Sundby Fastigheter AB"],
            ["2", "Närvarolistor kvällsfotboll"],
            ["3", "Avtal med Sundby IF"],
        ],
    ),
]


def response_k(path: Path) -> Path:
    return render(path, RESPONSE_K, "Sundby kommun", "Sida {page}")


# Response L: neither contents nor numbers; each activity is a heading that ends with its amount.
RESPONSE_L = [
    ("h1", "Yttrande gällande återkrav av statsbidrag"),
    ("p", "Älvby kommun 2025-01-15"),
    ("p", "Älvby kommun lämnar härmed yttrande över Socialstyrelsens preliminära beslut om återkrav."),
    ("h2", "Fritidsgård Norra – 120 000 kr"),
    ("p", "Socialstyrelsen bedömer att kostnaden avser ordinarie verksamhet."),
    ("p", "Kommunen bestrider återkravet."),
    ("h2", "Sommarlovsaktiviteter – 35 500 kr"),
    ("p", "Socialstyrelsen bedömer att kostnaderna inte kan verifieras."),
    ("p", "Kommunen återbetalar beloppet."),
    ("h2", "Trygghetskameror – 80 000 kr"),
    ("p", "Socialstyrelsen bedömer att investeringen inte är förenlig med villkoren."),
    ("p", "Kommunen godtar att 40 000 kronor återbetalas."),
    ("p", "Totalt: 235 500 kr"),
]


def response_l(path: Path) -> Path:
    return render(path, RESPONSE_L, "Älvby kommun", "{page}")


def read_response(path: Path, blocks: list, name: str = "Yttrande.pdf", footer: str = "{page}"):
    """A small response rendered from `blocks` and read by the pipeline as a file called `name`;
    it must be read as a response."""
    from pipeline.orchestrate import process_document

    ed = process_document(render(path, blocks, header="", footer=footer).read_bytes(), name)
    assert ed.kind == "response"
    return ed


def activity_rows(ed) -> list[tuple]:
    """(number, title, claimed, position) of each activity read."""
    return [(a.number, a.title, a.claimed, a.position) for a in ed.activities]
