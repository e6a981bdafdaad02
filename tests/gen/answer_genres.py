"""Responses that are not letters (issues 12/13, forms side): answer forms, slide decks and
question-and-answer sheets, each in more than one design, with their gold in score.py's format.

Written, with the expected values, BEFORE the pipeline was run on any of them. Every name, amount
and sentence is invented. `python tests/gen/answer_genres.py` rewrites tests/data/answer_genres/;
the slide deck made with python-pptx is converted by LibreOffice Impress and rebuilt only where
its PDF is missing or with ANSWER_GENRES_REBUILD_EXTERNAL=1 (LibreOffice stamps the time).

- form-gavle: a form with ruled cells (every label and value in a drawn box), field numbers 1-12
  that coincide with activity numbers (activity 2 beside field 2), the options one per line with
  "☒"/"☐" glyphs ("Vi godtar en del av återkravet"), block headers "Återkrävd insats".
- form-lulea: labels and values in one run with a colon ("Insatsens nummer: 4"), the options on
  one line as drawn squares, the ticked one holding a ZapfDingbats check (a flattened check box
  widget), the unticked ones no glyph at all.
- form-sundbyberg: the activity's number only in its block's header ("Del 2 – Aktivitet 5"),
  options "[X] Medger delvis" on one line, amounts bare in "(kr)" fields.
- deck-umea: python-pptx slides through LibreOffice: a title slide, a summary slide naming every
  activity, one slide per "Aktivitet N: Title" with "Återkrävt belopp" and two text boxes, a
  closing "Bilagor" slide.
- deck-boras: reportlab landscape slides with a coloured title bar "Projekt N – Title", an amount
  callout "Krav" over "30 000 kr" at the right, an activity continued on a second slide
  ("(forts.)"), and an overview table slide before the activity slides.
- form-orebro: the activity's number and name in one field ("7 Ungdomsgård Vivalla"), the
  options each on a line of its own in the label column, a drawn square with an X typed in the
  ticked one, the claim "SEK 23 400".
- deck-malmo: each activity slide titled with the activity's name, its number and claim in a
  subtitle ("Insats 2 · återkrävt 40 000 kr"); the agency's and the answer's labels over two
  columns on one line.
- form-karlskrona: every label in small type at the top of its ruled cell, the value under it
  (no value column, no colon), the options "☐ Medger ☐ Medger delvis ☒ Bestrider" on one line.
- deck-lund: python-pptx through LibreOffice: slides titled "Aktivitet N" with the name in a text
  box under the title, an overview slide with a real table, labelled parts in one text box.
- qa-solna: a question-and-answer sheet "Fråga 1 … / Svar: …": question numbers 1-3 are not
  activity numbers (5, 7, 10); the question names the activity and its claim.
- qa-vaxjo: pairs "Socialstyrelsens bedömning: … / Kommunens kommentar: …" under a bold line
  "Aktivitet N, Title (amount)".
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

rl_config.invariant = 1  # no time stamp: a rebuild gives the same bytes
ROOT = Path(__file__).resolve().parents[1] / "data" / "answer_genres"
FONT_FILE = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")  # has ☒ and ☐
FONT_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")


def _fonts() -> tuple[str, str]:
    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_FILE)))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONT_BOLD)))
    return "DejaVu", "DejaVu-Bold"


def _impress_pdf(prs, path: Path) -> None:
    """A python-pptx presentation printed to PDF by LibreOffice Impress."""
    with tempfile.TemporaryDirectory() as tmp:
        pptx = Path(tmp) / (path.stem + ".pptx")
        prs.save(str(pptx))
        subprocess.run(
            ["soffice", "-env:UserInstallation=file:///tmp/lo-forms", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(pptx)],
            check=True,
            capture_output=True,
            timeout=180,
        )
        shutil.copy(Path(tmp) / (path.stem + ".pdf"), path)


def act(no, title, claimed, page, position, repay, reasons, refs):
    return dict(
        activity_no=no,
        title=title,
        claimed_amount_sek=claimed,
        page_start=page,
        municipality_position=position,
        repayment_amount_sek=repay,
        agency_reasons=reasons,
        attachment_refs=refs,
    )


def gold(file: str, municipality: str, page_count: int, acts: list[dict], attachments: list[tuple[str, str | None]], **extra) -> dict:
    claimed = sum(float(a["claimed_amount_sek"]) for a in acts)
    repaid = sum(float(a["repayment_amount_sek"]) for a in acts if a["repayment_amount_sek"] is not None)
    g = dict(
        kind="response",
        municipality=municipality,
        page_count=page_count,
        activities=acts,
        totals=dict(claimed_sek=f"{claimed:.2f}", accepted_repayment_sek=f"{repaid:.2f}", activities=len(acts)),
        checks=[],
        **extra,
    )
    if attachments:  # score.py divides by the list's length: an empty list is left out
        g["attachments"] = [dict(attachment_id=i, activity_no=a, invoice_number=None) for i, a in attachments]
    return {"files": {file: g}}


CASES: dict[str, dict] = {}

# ------------------------------------------------------------------------------------------
# form-gavle: ruled cells, ☒/☐ one option per line


GAVLE_BLOCKS = [
    dict(
        no="2",
        title="Nattvandring Sätra",
        claimed="45 000",
        ticks=(False, True, False),
        accepted="15 000",
        why=["Kostnaden för västar och telefoner godtas, 15 000 kr.", "Lönerna för nattvandrarna var nödvändiga (bilaga 1)."],
    ),
    dict(
        no="5",
        title="Fritidsbank Andersberg",
        claimed="62 400",
        ticks=(False, False, True),
        accepted="",
        why=["Fritidsbanken öppnade 2022 som en ny verksamhet i", "området, se bilaga 2."],
    ),
    dict(
        no="9",
        title="Föräldrakurs på arabiska",
        claimed="18 250",
        ticks=(True, False, False),
        accepted="",
        why=["Kursen hölls inte i den omfattning som ansökan angav."],
    ),
]


def make_form_gavle(path: Path) -> None:
    font, bold = _fonts()
    c = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4
    x_label, x_value, right = 50, 250, w - 50
    y = h - 60

    def cell(label: str, values: list[str], y: float, field_no: int) -> float:
        rows = max(1, len(values))
        height = 16 * rows + 6
        c.setStrokeColor(colors.black)
        c.rect(x_label - 4, y - height + 12, x_value - x_label - 4, height, stroke=1, fill=0)
        c.rect(x_value - 6, y - height + 12, right - x_value + 6, height, stroke=1, fill=0)
        c.setFont(font, 8.5)
        c.drawString(x_label, y, f"{field_no} {label}")
        c.setFont(font, 10)
        for k, v in enumerate(values):
            c.drawString(x_value, y - 16 * k, v)
        return y - height - 4

    c.setFont(bold, 14)
    c.drawString(x_label, y, "Yttrande över preliminärt beslut om återkrav")
    y -= 18
    c.setFont(font, 9)
    c.drawString(x_label, y, "Statsbidrag för insatser i kommuner med utsatta områden – svarsformulär")
    y -= 26
    field = 1
    for label, value in [("Kommunens namn", "Gävle kommun"), ("Datum för yttrandet", "2025-03-04"), ("Ärendenummer", "9.1-61120/2024")]:
        y = cell(label, [value], y, field)
        field += 1
    for b in GAVLE_BLOCKS:
        if y < 330:
            c.showPage()
            y = h - 60
        c.setFillColor(colors.HexColor("#dddddd"))
        c.rect(x_label - 4, y - 5, right - x_label + 4, 17, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont(bold, 10.5)
        c.drawString(x_label, y, "Återkrävd insats")
        y -= 24
        f = 4
        y = cell("Insatsens nummer i beslutet", [b["no"]], y, f)
        y = cell("Insatsens namn", [b["title"]], y, f + 1)
        y = cell("Belopp som återkrävs (kr)", [b["claimed"]], y, f + 2)
        options = ["Vi godtar återkravet", "Vi godtar en del av återkravet", "Vi godtar inte återkravet"]
        y = cell("Vårt svar", [("☒ " if t else "☐ ") + o for t, o in zip(b["ticks"], options, strict=True)], y, f + 3)
        y = cell("Belopp vi godtar (kr)", [b["accepted"]] if b["accepted"] else [], y, f + 4)
        y = cell("Skäl", b["why"], y, f + 5)
        y -= 6
    if y < 200:
        c.showPage()
        y = h - 60
    c.setFont(bold, 10.5)
    c.drawString(x_label, y, "Bilagor och underskrift")
    y -= 24
    y = cell("Bilagor", ["Bilaga 1: Lönelista nattvandrare 2023", "Bilaga 2: Invigningsprogram fritidsbanken"], y, 10)
    y = cell("Underskrift", ["Karin Holm, ordförande socialnämnden"], y, 11)
    cell("Kontaktperson", ["Jonas Ek, 026-17 80 00, jonas.ek@gavle.se"], y, 12)
    c.save()


CASES["form-gavle"] = dict(
    file="Gävle svar återkrav formulär.pdf",
    make=make_form_gavle,
    gold=gold(
        "Gävle svar återkrav formulär.pdf",
        "Gävle",
        2,
        [
            act("2", "Nattvandring Sätra", "45000.00", 1, "accepts_partial", "15000.00", [], ["1"]),
            act("5", "Fritidsbank Andersberg", "62400.00", 1, "disputes", "0.00", [], ["2"]),
            act("9", "Föräldrakurs på arabiska", "18250.00", 2, "accepts_full", "18250.00", [], []),
        ],
        [("1", "2"), ("2", "5")],
    ),
)

# ------------------------------------------------------------------------------------------
# form-lulea: "Label: value", options on one line as drawn squares, a ZapfDingbats check in the ticked


LULEA_BLOCKS = [
    dict(no="4", title="Sommarlovsaktiviteter Hertsön", claimed="28 500 kr", tick=0, accepted=None, why="Vi delar bedömningen."),
    dict(
        no="6",
        title="Ungdomscoach",
        claimed="96 000 kr",
        tick=1,
        accepted="40 000 kr",
        why="Coachen arbetade halva tiden på Hertsön (bilaga 1). Resten avser ordinarie skolarbete.",
    ),
]


def make_form_lulea(path: Path) -> None:
    c = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4
    x = 60
    y = h - 70
    c.setFont("Helvetica-Bold", 13)
    c.drawString(x, y, "Luleå kommun – Svar på kommunicering om återkrav")
    y -= 16
    c.setFont("Helvetica", 9)
    c.drawString(x, y, "Blanketten fylls i digitalt och skrivs ut som PDF.")
    y -= 28

    def field(label: str, value: str) -> None:
        nonlocal y
        c.setFont("Helvetica", 10)
        c.drawString(x, y, f"{label}: {value}")
        y -= 20

    field("Kommun", "Luleå kommun")
    field("Datum", "2025-02-27")
    for b in LULEA_BLOCKS:
        y -= 10
        c.setFont("Helvetica-Bold", 11)
        c.drawString(x, y, "Uppgifter om insatsen")
        y -= 22
        field("Insatsens nummer", b["no"])
        field("Insatsens namn", b["title"])
        field("Återkrävt belopp", b["claimed"])
        c.setFont("Helvetica", 10)
        c.drawString(x, y, "Ställningstagande:")
        ox = x + 110
        for k, option in enumerate(["Medges", "Medges delvis", "Bestrids"]):
            c.rect(ox, y - 2, 10, 10, stroke=1, fill=0)
            if k == b["tick"]:
                c.setFont("ZapfDingbats", 9)
                c.drawString(ox + 1, y, "4")
            c.setFont("Helvetica", 10)
            c.drawString(ox + 16, y, option)
            ox += 120
        y -= 20
        field("Belopp som medges vid delvis medgivande", b["accepted"] or "")
        field("Kommentar", b["why"])
    y -= 10
    field("Bilagor", "Bilaga 1 Tidrapporter ungdomscoach")
    field("Underskrift", "Per Lindqvist, socialchef")
    c.save()


CASES["form-lulea"] = dict(
    file="Luleå kommunicering återkrav blankett.pdf",
    make=make_form_lulea,
    gold=gold(
        "Luleå kommunicering återkrav blankett.pdf",
        "Luleå",
        1,
        [
            act("4", "Sommarlovsaktiviteter Hertsön", "28500.00", 1, "accepts_full", "28500.00", [], []),
            act("6", "Ungdomscoach", "96000.00", 1, "accepts_partial", "40000.00", [], ["1"]),
        ],
        [("1", "6")],
    ),
)

# ------------------------------------------------------------------------------------------
# deck-umea: python-pptx -> LibreOffice Impress

UMEA_SLIDES = [
    (
        "3",
        "Sommarkollo i Ersboda",
        "75 000 kr",
        ["Kollot riktade sig till hela kommunen.", "Deltagarna kom inte från området."],
        ["Två av tre deltagare bodde i Ersboda (bilaga 1).", "Kommunen bestrider återkravet."],
    ),
    ("6", "Läxhjälp Ålidhem", "31 200 kr", ["Läxhjälpen är en del av skolans ordinarie verksamhet."], ["Kommunen medger återkravet."]),
    (
        "8",
        "Trygghetsvärdar",
        "54 000 kr",
        ["Kostnaden per timme är orimligt hög."],
        ["Kommunen medger 20 000 kr av beloppet och bestrider resten (bilaga 2)."],
    ),
]


def make_deck_umea(path: Path) -> None:
    from pptx import Presentation
    from pptx.util import Pt

    prs = Presentation()
    prs.slide_width, prs.slide_height = 12192000, 6858000  # 16:9
    title_layout, content_layout, blank = prs.slide_layouts[0], prs.slide_layouts[1], prs.slide_layouts[6]
    s = prs.slides.add_slide(title_layout)
    s.shapes.title.text = "Umeå kommuns yttrande"
    s.placeholders[1].text = "Svar på Socialstyrelsens preliminära beslut om återkrav, 2025-03-10"
    s = prs.slides.add_slide(content_layout)
    s.shapes.title.text = "Sammanfattning"
    body = s.placeholders[1].text_frame
    body.text = "Aktivitet 3 Sommarkollo i Ersboda, 75 000 kr: bestrids"
    for line in ["Aktivitet 6 Läxhjälp Ålidhem, 31 200 kr: medges", "Aktivitet 8 Trygghetsvärdar, 54 000 kr: medges delvis"]:
        body.add_paragraph().text = line

    def box(slide, x, y, w, h, head, lines, size=16):
        tf = slide.shapes.add_textbox(x, y, w, h).text_frame
        tf.word_wrap = True
        tf.text = head
        tf.paragraphs[0].runs[0].font.bold = True
        tf.paragraphs[0].runs[0].font.size = Pt(size + 2)
        for line in lines:
            p = tf.add_paragraph()
            p.text = "– " + line
            p.runs[0].font.size = Pt(size)

    emu = 914400 // 2  # half an inch
    for no, title, amount, agency, answer in UMEA_SLIDES:
        s = prs.slides.add_slide(blank)
        tf = s.shapes.add_textbox(emu, emu // 2, 22 * emu, 2 * emu).text_frame
        tf.text = f"Aktivitet {no}: {title}"
        tf.paragraphs[0].runs[0].font.size = Pt(32)
        tf.paragraphs[0].runs[0].font.bold = True
        tf = s.shapes.add_textbox(emu, 2 * emu + emu // 2, 10 * emu, emu).text_frame
        tf.text = f"Återkrävt belopp: {amount}"
        tf.paragraphs[0].runs[0].font.size = Pt(18)
        box(s, emu, 4 * emu, 11 * emu, 8 * emu, "Socialstyrelsens bedömning", agency)
        box(s, 13 * emu, 4 * emu, 11 * emu, 8 * emu, "Vår kommentar", answer)
    s = prs.slides.add_slide(content_layout)
    s.shapes.title.text = "Bilagor"
    body = s.placeholders[1].text_frame
    body.text = "Bilaga 1. Deltagarlista sommarkollo"
    body.add_paragraph().text = "Bilaga 2. Timredovisning trygghetsvärdar"
    body.add_paragraph().text = "Anna Berg, socialdirektör"
    _impress_pdf(prs, path)


CASES["deck-umea"] = dict(
    file="Umeå yttrande återkrav.pdf",
    make=make_deck_umea,
    external=True,
    gold=gold(
        "Umeå yttrande återkrav.pdf",
        "Umeå",
        6,
        [
            act("3", "Sommarkollo i Ersboda", "75000.00", 3, "disputes", "0.00", ["purpose_mismatch"], ["1"]),
            act("6", "Läxhjälp Ålidhem", "31200.00", 4, "accepts_full", "31200.00", ["ordinary_operations"], []),
            act("8", "Trygghetsvärdar", "54000.00", 5, "accepts_partial", "20000.00", ["excessive_cost"], ["2"]),
        ],
        [("1", "3"), ("2", "8")],
    ),
)

# ------------------------------------------------------------------------------------------
# deck-boras: reportlab landscape slides, a title bar, an amount callout, a continued slide

BORAS_SLIDES = [
    (
        "12",
        "Mötesplats Hässleholmen",
        "30 000 kr",
        ["Lokalhyran fanns före bidragsperioden."],
        ["Hyresavtalet tecknades 2023 (bilaga A)."],
        False,
    ),  # noqa: E501
    ("14", "Idrott på lov", "82 600 kr", ["Aktiviteterna var öppna för alla i Borås."], ["De flesta deltagare kom från Norrby."], False),
    ("14", "Idrott på lov (forts.)", None, [], ["Borås stad bestrider därför återkravet.", "Se närvarolistor i bilaga B."], True),
]


def make_deck_boras(path: Path) -> None:
    page = landscape(A4)
    c = canvas.Canvas(str(path), pagesize=page)
    w, h = page

    def bar(title: str, n: int) -> None:
        c.setFillColor(colors.HexColor("#1f4e79"))
        c.rect(0, h - 80, w, 80, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 26)
        c.drawString(40, h - 52, title)
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 9)
        c.drawRightString(w - 30, 20, f"Borås Stad · Yttrande · {n}")

    c.setFont("Helvetica-Bold", 34)
    c.drawString(60, h / 2 + 30, "Borås Stads svar på återkravet")
    c.setFont("Helvetica", 16)
    c.drawString(60, h / 2 - 5, "Statsbidrag för utsatta områden 2022 · 2025-02-26")
    c.showPage()
    bar("Våra svar i korthet", 2)
    c.setFont("Helvetica-Bold", 14)
    rows = [
        ("Projekt", "Krav (kr)", "Vårt svar"),
        ("12 Mötesplats Hässleholmen", "30 000", "Medges"),
        ("14 Idrott på lov", "82 600", "Bestrids"),
    ]
    y = h - 140
    for k, (a, b, d) in enumerate(rows):
        c.setFont("Helvetica-Bold" if k == 0 else "Helvetica", 14)
        c.drawString(60, y, a)
        c.drawRightString(470, y, b)
        c.drawString(520, y, d)
        y -= 28
    c.showPage()
    n = 3
    for no, title, amount, agency, answer, _continued in BORAS_SLIDES:
        bar(f"Projekt {no} – {title}", n)
        if amount:
            c.setFillColor(colors.HexColor("#fde9d9"))
            c.rect(w - 230, h - 200, 190, 90, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.setFont("Helvetica", 14)
            c.drawString(w - 215, h - 135, "Krav")
            c.setFont("Helvetica-Bold", 24)
            c.drawString(w - 215, h - 170, amount)
        y = h - 130
        if agency:
            c.setFont("Helvetica-Bold", 15)
            c.drawString(50, y, "Socialstyrelsen menar")
            y -= 24
            c.setFont("Helvetica", 14)
            for line in agency:
                c.drawString(60, y, "• " + line)
                y -= 22
            y -= 14
        c.setFont("Helvetica-Bold", 15)
        c.drawString(50, y, "Borås Stad svarar")
        y -= 24
        c.setFont("Helvetica", 14)
        for line in answer:
            c.drawString(60, y, "• " + line)
            y -= 22
        if no == "12":
            c.drawString(60, y, "• Vi medger återkravet för projekt 12.")
        c.showPage()
        n += 1
    bar("Bilagor", n)
    c.setFont("Helvetica", 14)
    c.drawString(60, h - 130, "Bilaga A – Hyresavtal Hässleholmen")
    c.drawString(60, h - 156, "Bilaga B – Närvarolistor lovaktiviteter")
    c.drawString(60, h - 200, "Malin Ström, förvaltningschef")
    c.save()


CASES["deck-boras"] = dict(
    file="Borås Stad yttrande bildspel.pdf",
    make=make_deck_boras,
    gold=gold(
        "Borås Stad yttrande bildspel.pdf",
        "Borås",
        6,
        [
            act("12", "Mötesplats Hässleholmen", "30000.00", 3, "accepts_full", "30000.00", ["outside_grant_period"], ["A"]),
            act("14", "Idrott på lov", "82600.00", 4, "disputes", "0.00", ["purpose_mismatch"], ["B"]),
        ],
        [("A", "12"), ("B", "14")],
    ),
)

# ------------------------------------------------------------------------------------------
# Q&A sheets


def _write_lines(path: Path, lines: list[tuple[str, str]], size: float = 10.5) -> None:
    """lines: (style, text); style 'h' bold 13, 'b' bold, 'p' plain, '' a blank line."""
    c = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4
    y = h - 70
    for style, text in lines:
        if y < 70:
            c.showPage()
            y = h - 70
        if not style:
            y -= 8
            continue
        c.setFont({"h": "Times-Bold", "b": "Times-Bold", "p": "Times-Roman"}[style], 14 if style == "h" else size)
        c.drawString(70, y, text)
        y -= 20 if style == "h" else 14.5
    c.save()


SOLNA = [
    ("h", "Solna stad – frågor och svar om återkravet"),
    ("p", "Svar till Socialstyrelsen, 2025-03-12. Dnr 9.1-62001/2024."),
    ("", ""),
    ("b", "Fråga 1"),
    ("p", "Socialstyrelsen återkräver 38 000 kr för aktivitet 5, Läxhjälp i Hallonbergen, eftersom"),
    ("p", "läxhjälpen anses vara en del av skolans ordinarie verksamhet. Vad anser kommunen?"),
    ("b", "Svar:"),
    ("p", "Solna stad bestrider återkravet. Läxhjälpen startade 2022 och drevs av fritidsförvaltningen"),
    ("p", "(bilaga 1)."),
    ("", ""),
    ("b", "Fråga 2"),
    ("p", "För aktivitet 7, Sommarjobb för unga, återkrävs 24 500 kr. Socialstyrelsen menar att"),
    ("p", "underlaget för lönekostnaderna saknas. Vad anser kommunen?"),
    ("b", "Svar:"),
    ("p", "Kommunen medger återkravet."),
    ("", ""),
    ("b", "Fråga 3"),
    ("p", "Aktivitet 10, Kvinnors hälsa på Ankan, 60 000 kr: kostnaden för lokalen bedöms vara för hög."),
    ("p", "Vad anser kommunen?"),
    ("b", "Svar:"),
    ("p", "Kommunen medger 12 000 kr och bestrider resten av återkravet, se hyresavtalet i bilaga 2."),
    ("", ""),
    ("b", "Bilagor"),
    ("p", "1. Beslut om läxhjälp i fritidsförvaltningens regi"),
    ("p", "2. Hyresavtal Ankan"),
    ("", ""),
    ("p", "Eva Lund, socialdirektör"),
]

VAXJO = [
    ("h", "Växjö kommun"),
    ("p", "Yttrande över Socialstyrelsens preliminära beslut om återkrav, 2025-02-18"),
    ("", ""),
    ("b", "Aktivitet 1, Fältassistenter Araby (110 000 kr)"),
    ("p", "Socialstyrelsens bedömning: Fältassistenterna fanns redan innan bidraget och är ordinarie verksamhet."),
    ("p", "Kommunens kommentar: Kommunen bestrider återkravet. Tjänsterna inrättades 2022, se bilaga 1."),
    ("", ""),
    ("b", "Aktivitet 3, Mötesplats Teleborg (42 000 kr)"),
    ("p", "Socialstyrelsens bedömning: Mötesplatsens kostnader går inte att följa i redovisningen."),
    ("p", "Kommunens kommentar: Kommunen medger återkravet."),
    ("", ""),
    ("b", "Aktivitet 4, Språkcafé (15 600 kr)"),
    ("p", "Socialstyrelsens bedömning: Språkcaféet nådde inte de boende i området."),
    ("p", "Kommunens kommentar: Kommunen medger 5 600 kr men bestrider resten av beloppet."),
    ("", ""),
    ("b", "Bilaga"),
    ("p", "Bilaga 1 Beslut om fältassistenter"),
    ("", ""),
    ("p", "Med vänlig hälsning"),
    ("p", "Sara Nilsson, ordförande i omsorgsnämnden"),
]


CASES["qa-solna"] = dict(
    file="Solna frågor och svar återkrav.pdf",
    make=lambda path: _write_lines(path, SOLNA),
    gold=gold(
        "Solna frågor och svar återkrav.pdf",
        "Solna",
        1,
        [
            act("5", "Läxhjälp i Hallonbergen", "38000.00", 1, "disputes", "0.00", ["ordinary_operations"], ["1"]),
            act("7", "Sommarjobb för unga", "24500.00", 1, "accepts_full", "24500.00", ["unverifiable_costs"], []),
            act("10", "Kvinnors hälsa på Ankan", "60000.00", 1, "accepts_partial", "12000.00", ["excessive_cost"], ["2"]),
        ],
        [("1", "5"), ("2", "10")],
    ),
)
CASES["qa-vaxjo"] = dict(
    file="Växjö yttrande återkrav.pdf",
    make=lambda path: _write_lines(path, VAXJO),
    gold=gold(
        "Växjö yttrande återkrav.pdf",
        "Växjö",
        1,
        [
            act("1", "Fältassistenter Araby", "110000.00", 1, "disputes", "0.00", ["ordinary_operations"], ["1"]),
            act("3", "Mötesplats Teleborg", "42000.00", 1, "accepts_full", "42000.00", ["unverifiable_costs"], []),
            act("4", "Språkcafé", "15600.00", 1, "accepts_partial", "5600.00", ["purpose_mismatch"], []),
        ],
        [("1", "1")],
    ),
)


# ------------------------------------------------------------------------------------------
# form-orebro: the activity's number and name in one field, the options on lines of their own in
# the label column (drawn squares, an X typed in the ticked one), the claim "SEK 23 400"

OREBRO_BLOCKS = [
    dict(no_name="7 Ungdomsgård Vivalla", claimed="SEK 23 400", tick=2, accepted="", why="Gården öppnade i mars 2022."),
    dict(no_name="11 Läxläsning Baronbackarna", claimed="SEK 51 000", tick=1, accepted="9 000", why="Lokalkostnaden medges."),
]


def make_form_orebro(path: Path) -> None:
    c = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4
    x_label, x_value = 56, 280
    y = h - 64
    c.setFont("Times-Bold", 15)
    c.drawString(x_label, y, "Örebro kommun")
    y -= 18
    c.setFont("Times-Roman", 11)
    c.drawString(x_label, y, "Svarsblankett – återkrav av statsbidrag, 2025-03-03")
    y -= 30

    def row(label: str, value: str) -> None:
        nonlocal y
        c.setFont("Times-Roman", 10)
        c.drawString(x_label, y, label)
        c.setFont("Courier", 10)
        c.drawString(x_value, y, value)
        y -= 19

    row("Kommun", "Örebro kommun")
    row("Handläggare", "Lina Åberg")
    for b in OREBRO_BLOCKS:
        y -= 12
        c.setFont("Times-Bold", 11)
        c.drawString(x_label, y, "Återkravet gäller")
        y -= 20
        row("Aktivitet (nr och namn)", b["no_name"])
        row("Återkrav enligt beslutet", b["claimed"])
        for k, option in enumerate(["Vi medger återkravet", "Vi medger återkravet delvis", "Vi bestrider återkravet"]):
            c.rect(x_label, y - 2, 9, 9, stroke=1, fill=0)
            if k == b["tick"]:
                c.setFont("Courier", 10)
                c.drawString(x_label + 1.5, y, "X")
            c.setFont("Times-Roman", 10)
            c.drawString(x_label + 16, y, option)
            y -= 17
        row("Varav medges (kr)", b["accepted"])
        row("Kommentar", b["why"])
    c.save()


CASES["form-orebro"] = dict(
    file="Örebro svarsblankett.pdf",
    make=make_form_orebro,
    gold=gold(
        "Örebro svarsblankett.pdf",
        "Örebro",
        1,
        [
            act("7", "Ungdomsgård Vivalla", "23400.00", 1, "disputes", "0.00", [], []),
            act("11", "Läxläsning Baronbackarna", "51000.00", 1, "accepts_partial", "9000.00", [], []),
        ],
        [],
    ),
)

# ------------------------------------------------------------------------------------------
# deck-malmo: the slide's title is the activity's name; its number and claim in the subtitle


MALMO_SLIDES = [
    (
        "Språkstöd i förskolan",
        "Insats 2 · återkrävt 40 000 kr",
        ["Insatsen ingår i förskolans ordinarie uppdrag."],
        ["Malmö stad medger återkravet."],
    ),
    (
        "Fritidsledare Rosengård",
        "Insats 5 · återkrävt 75 500 kr",
        ["Lönekostnaderna kan inte verifieras."],
        ["Malmö stad bestrider återkravet."],
    ),
]


def make_deck_malmo(path: Path) -> None:
    page = landscape(A4)
    c = canvas.Canvas(str(path), pagesize=page)
    w, h = page
    c.setFont("Helvetica-Bold", 30)
    c.drawString(60, h - 200, "Malmö stads svar till Socialstyrelsen")
    c.setFont("Helvetica", 16)
    c.drawString(60, h - 240, "Återkrav av statsbidrag · 2025-02-28")
    c.showPage()
    c.setFont("Helvetica-Bold", 26)
    c.drawString(50, h - 70, "Två insatser")
    c.setFont("Helvetica", 16)
    c.drawString(60, h - 130, "Insats 2 Språkstöd i förskolan – 40 000 kr")
    c.drawString(60, h - 160, "Insats 5 Fritidsledare Rosengård – 75 500 kr")
    c.showPage()
    for title, subtitle, agency, answer in MALMO_SLIDES:
        c.setFont("Helvetica-Bold", 26)
        c.drawString(50, h - 70, title)
        c.setFont("Helvetica", 13)
        c.drawString(52, h - 95, subtitle)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(50, h - 150, "Socialstyrelsen skriver")
        c.drawString(440, h - 150, "Vi svarar")
        c.setFont("Helvetica", 13)
        for k, line in enumerate(agency):
            c.drawString(50, h - 175 - 20 * k, line)
        for k, line in enumerate(answer):
            c.drawString(440, h - 175 - 20 * k, line)
        c.showPage()
    c.setFont("Helvetica-Bold", 26)
    c.drawString(50, h - 70, "Kontakt")
    c.setFont("Helvetica", 14)
    c.drawString(60, h - 130, "Omar Haddad, enhetschef, omar.haddad@malmo.se")
    c.save()


CASES["deck-malmo"] = dict(
    file="Malmö stad svar återkrav.pdf",
    make=make_deck_malmo,
    gold=gold(
        "Malmö stad svar återkrav.pdf",
        "Malmö",
        5,
        [
            act("2", "Språkstöd i förskolan", "40000.00", 3, "accepts_full", "40000.00", ["ordinary_operations"], []),
            act("5", "Fritidsledare Rosengård", "75500.00", 4, "disputes", "0.00", ["unverifiable_costs"], []),
        ],
        [],
    ),
)


# ------------------------------------------------------------------------------------------
# form-karlskrona: every label in small type at the top of its ruled cell, the value under it

KARLSKRONA_BLOCKS = [
    dict(
        no="3",
        title="Läger för unga ledare",
        claimed="33 600 kr",
        ticks="☐ Medger  ☐ Medger delvis  ☒ Bestrider",
        accepted="-",
        why=["Lägret hölls i Kungsmarken för unga från Kungsmarken."],
    ),
    dict(
        no="8",
        title="Kvällsöppen simhall",
        claimed="12 900 kr",
        ticks="☒ Medger  ☐ Medger delvis  ☐ Bestrider",
        accepted="-",
        why=["Simhallen hade öppet för alla i kommunen."],
    ),
]


def make_form_karlskrona(path: Path) -> None:
    font, bold = _fonts()
    c = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4
    x, right = 50, w - 50
    y = h - 60
    c.setFont(bold, 13)
    c.drawString(x, y, "Karlskrona kommun")
    y -= 16
    c.setFont(font, 10)
    c.drawString(x, y, "Svar på Socialstyrelsens preliminära beslut om återkrav")
    y -= 24

    def cell(label: str, values: list[str]) -> None:
        nonlocal y
        height = 14 + 14 * max(1, len(values))
        c.rect(x - 4, y - height + 10, right - x + 8, height, stroke=1, fill=0)
        c.setFont(font, 7)
        c.drawString(x, y, label)
        c.setFont(font, 10.5)
        for k, v in enumerate(values):
            c.drawString(x + 2, y - 14 - 14 * k, v)
        y -= height + 4

    cell("Kommun", ["Karlskrona kommun"])
    cell("Datum", ["2025-03-06"])
    for b in KARLSKRONA_BLOCKS:
        y -= 6
        c.setFont(bold, 11)
        c.drawString(x, y, "Aktivitet som återkravet gäller")
        y -= 18
        cell("Aktivitetens nr i beslutet", [b["no"]])
        cell("Aktivitetens namn", [b["title"]])
        cell("Belopp som återkrävs", [b["claimed"]])
        cell("Kommunens ställningstagande", [b["ticks"]])
        cell("Belopp som kommunen medger", [b["accepted"]])
        cell("Kommunens motivering", b["why"])
    c.save()


CASES["form-karlskrona"] = dict(
    file="Karlskrona svar på återkrav.pdf",
    make=make_form_karlskrona,
    gold=gold(
        "Karlskrona svar på återkrav.pdf",
        "Karlskrona",
        1,
        [
            act("3", "Läger för unga ledare", "33600.00", 1, "disputes", "0.00", [], []),
            act("8", "Kvällsöppen simhall", "12900.00", 1, "accepts_full", "12900.00", [], []),
        ],
        [],
    ),
)

# ------------------------------------------------------------------------------------------
# deck-lund: python-pptx slides titled "Aktivitet N" with the name as a subtitle, an overview table


LUND_SLIDES = [
    ("4", "Mentorskap för unga", "25 000 kr", ["Mentorerna anställdes redan 2020."], ["Lunds kommun medger återkravet."]),
    ("9", "Öppen förskola Norra Fäladen", "47 300 kr", ["Kostnaderna saknar underlag."], ["Kommunen bestrider återkravet, se bilaga 1."]),
]


def make_deck_lund(path: Path) -> None:
    from pptx import Presentation
    from pptx.util import Emu, Pt

    prs = Presentation()
    prs.slide_width, prs.slide_height = 12192000, 6858000
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Yttrande från Lunds kommun"
    s.placeholders[1].text = "Återkrav av statsbidrag – 2025-03-11"
    s = prs.slides.add_slide(prs.slide_layouts[5])  # title only
    s.shapes.title.text = "Översikt"
    table = s.shapes.add_table(3, 3, Emu(600000), Emu(1800000), Emu(10000000), Emu(1500000)).table
    for r, row in enumerate(
        [("Aktivitet", "Återkrävt", "Svar"), ("4 Mentorskap för unga", "25 000", "Medges"), ("9 Öppen förskola", "47 300", "Bestrids")]
    ):
        for k, text in enumerate(row):
            table.cell(r, k).text = text
    for no, name, amount, agency, answer in LUND_SLIDES:
        s = prs.slides.add_slide(prs.slide_layouts[5])
        s.shapes.title.text = f"Aktivitet {no}"
        tf = s.shapes.add_textbox(Emu(600000), Emu(1500000), Emu(10000000), Emu(500000)).text_frame
        tf.text = name
        tf.paragraphs[0].runs[0].font.size = Pt(24)
        tf = s.shapes.add_textbox(Emu(600000), Emu(2100000), Emu(10000000), Emu(400000)).text_frame
        tf.text = f"Belopp som återkrävs: {amount}"
        tf = s.shapes.add_textbox(Emu(600000), Emu(2800000), Emu(10000000), Emu(2500000)).text_frame
        tf.text = "Socialstyrelsens bedömning:"
        for line in agency:
            tf.add_paragraph().text = line
        tf.add_paragraph().text = "Kommunens svar:"
        for line in answer:
            tf.add_paragraph().text = line
    s = prs.slides.add_slide(prs.slide_layouts[1])
    s.shapes.title.text = "Bilaga"
    s.placeholders[1].text_frame.text = "Bilaga 1 Revisionsrapport öppna förskolan"
    _impress_pdf(prs, path)


CASES["deck-lund"] = dict(
    file="Lunds kommun yttrande presentation.pdf",
    make=make_deck_lund,
    external=True,
    gold=gold(
        "Lunds kommun yttrande presentation.pdf",
        "Lund",
        5,
        [
            act("4", "Mentorskap för unga", "25000.00", 3, "accepts_full", "25000.00", ["ordinary_operations"], []),
            act("9", "Öppen förskola Norra Fäladen", "47300.00", 4, "disputes", "0.00", ["unverifiable_costs"], ["1"]),
        ],
        [("1", "9")],
    ),
)


# ------------------------------------------------------------------------------------------
# form-sundbyberg: the activity's number only in its block's header ("Del 2 – Aktivitet 5")

SUNDBYBERG_BLOCKS = [
    dict(
        no="5",
        title="Läxhjälp på Hallonbergens bibliotek",
        claimed="27 000",
        ticks="[ ] Medger  [ ] Medger delvis  [X] Medger ej",
        accepted="",
        why="Läxhjälpen startade hösten 2022.",
    ),
    dict(
        no="12",
        title="Fältarbete sommartid",
        claimed="64 800",
        ticks="[ ] Medger  [X] Medger delvis  [ ] Medger ej",
        accepted="30 000",
        why="Lönerna för juli medges.",
    ),
]


def make_form_sundbyberg(path: Path) -> None:
    c = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4
    x_label, x_value = 60, 250
    y = h - 64
    c.setFont("Helvetica-Bold", 13)
    c.drawString(x_label, y, "Sundbybergs stad – svar på underrättelse om återkrav")
    y -= 30

    def row(label: str, value: str) -> None:
        nonlocal y
        c.setFont("Helvetica", 9.5)
        c.drawString(x_label, y, label)
        c.setFont("Courier", 10)
        c.drawString(x_value, y, value)
        y -= 18

    c.setFont("Helvetica-Bold", 11)
    c.drawString(x_label, y, "Del 1 – Avsändare")
    y -= 20
    row("Kommun", "Sundbybergs stad")
    row("Datum", "2025-03-05")
    for k, b in enumerate(SUNDBYBERG_BLOCKS):
        y -= 10
        c.setFont("Helvetica-Bold", 11)
        c.drawString(x_label, y, f"Del {k + 2} – Aktivitet {b['no']}")
        y -= 20
        row("Aktivitetens namn", b["title"])
        row("Återkrävt belopp (kr)", b["claimed"])
        row("Ställningstagande", b["ticks"])
        row("Belopp som medges (kr)", b["accepted"])
        row("Motivering", b["why"])
    c.save()


CASES["form-sundbyberg"] = dict(
    file="Sundbyberg svar underrättelse.pdf",
    make=make_form_sundbyberg,
    gold=gold(
        "Sundbyberg svar underrättelse.pdf",
        "Sundbyberg",
        1,
        [
            act("5", "Läxhjälp på Hallonbergens bibliotek", "27000.00", 1, "disputes", "0.00", [], []),
            act("12", "Fältarbete sommartid", "64800.00", 1, "accepts_partial", "30000.00", [], []),
        ],
        [],
    ),
)


def build(names: list[str]) -> None:
    rebuild_external = os.environ.get("ANSWER_GENRES_REBUILD_EXTERNAL") == "1"
    for name in names or sorted(CASES):
        case = CASES[name]
        folder = ROOT / name
        folder.mkdir(parents=True, exist_ok=True)
        pdf = folder / case["file"]
        if not case.get("external") or rebuild_external or not pdf.exists():
            case["make"](pdf)
        (folder / "gold.json").write_text(json.dumps(case["gold"], ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    build(sys.argv[1:])
