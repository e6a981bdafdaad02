"""Responses printed from a municipality's e-service form (issue 13, structure side): one block
of fields per activity, labels in a left column without a colon, the value beside the label or
on the line under it, the position as tick boxes ("☒ Medger ☐ Bestrider", "[X] Godtar [ ]
Bestrider"), none ticked where the municipality has not decided.

Written, with the values a reader expects, before running the pipeline on them. Every name,
amount and sentence is invented. `python tests/form_responses.py` rewrites the committed PDFs in
tests/data/form_responses/.
"""

from __future__ import annotations

import sys
from pathlib import Path

from heading_styles import act
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

COMMITTED = Path(__file__).resolve().parent / "data" / "form_responses"
FONT_FILE = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")  # has ☒ and ☐
LABEL_X, VALUE_X, TOP, LEADING = 56, 230, 790, 14.5

# each form: the letter's opening lines, then per activity (heading, [(label lines, value lines)]),
# then closing lines
FORMS: dict[str, dict] = {}
EXPECTED: dict[str, dict] = {}


def _font() -> str:
    if FONT_FILE.exists():
        if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_FILE)))
        return "DejaVu"
    return "Helvetica"


def make(name: str, path: Path) -> Path:
    form = FORMS[name]
    c = canvas.Canvas(str(path), pagesize=A4)
    font = _font()
    y = TOP

    def line(text: str, x: float = LABEL_X) -> None:
        c.setFont(font, 10)
        c.drawString(x, y, text)

    for text in form["opening"]:
        line(text)
        y -= LEADING
    for heading, fields in form["activities"]:
        if y < 200:
            c.showPage()
            y = TOP
        y -= 6
        c.setFont(font, 12)
        c.drawString(LABEL_X, y, heading)
        y -= LEADING + 2
        for labels, values in fields:
            for k in range(max(len(labels), len(values))):
                if k < len(labels):
                    line(labels[k])
                if k < len(values):
                    line(values[k], VALUE_X)
                y -= LEADING
    y -= 6
    for text in form["closing"]:
        line(text)
        y -= LEADING
    c.save()
    return path


# 1. ☒/☐ boxes, labels and values side by side, "Belopp som återkrävs 52000 kr" without colon.
FORMS["umea"] = dict(
    opening=[
        "Umeå kommun",
        "E-tjänst: Svar på Socialstyrelsens underrättelse om återkrav",
        "Ärende SOC-2025-118",
        "Socialstyrelsen har aviserat återkrav om 101 200 kr för tre aktiviteter.",
    ],
    activities=[
        (
            "Aktivitet 3",
            [
                (["Namn på aktiviteten"], ["Öppen idrottshall på Ålidhem"]),
                (["Belopp som återkrävs"], ["52 000 kr"]),
                (["Socialstyrelsens skäl"], ["Hallen var öppen för alla unga i kommunen."]),
                (["Ställningstagande"], ["☐ Medger  ☒ Bestrider  ☐ Medger delvis"]),
                (["Belopp som medges"], ["0 kr"]),
                (["Motivering"], ["Besökarna kom till största delen från Ålidhem."]),
                (["Bifogade filer"], ["Bilaga 3.1: besoksstatistik_alidhem.pdf", "Bilaga 3.2: hyresavtal_idrottshall.pdf"]),
            ],
        ),
        (
            "Aktivitet 6",
            [
                (["Namn på aktiviteten"], ["Läxhjälp i Tomtebo"]),
                (["Belopp som återkrävs"], ["31 200 kr"]),
                (["Socialstyrelsens skäl"], ["Kostnaderna kan inte styrkas."]),
                (["Ställningstagande"], ["☒ Medger  ☐ Bestrider  ☐ Medger delvis"]),
                (["Belopp som medges"], ["31 200 kr"]),
                (["Motivering"], ["Kommunen saknar verifikationer och återbetalar."]),
                (["Bifogade filer"], ["–"]),
            ],
        ),
        (
            "Aktivitet 9",
            [
                (["Namn på aktiviteten"], ["Föräldrakurs på dari"]),
                (["Belopp som återkrävs"], ["18 000 kr"]),
                (["Socialstyrelsens skäl"], ["Kursen hölls efter bidragsperioden."]),
                (["Ställningstagande"], ["☐ Medger  ☐ Bestrider  ☐ Medger delvis"]),
                (["Belopp som medges"], ["–"]),
                (["Motivering"], ["Underlag har begärts från studieförbundet."]),
            ],
        ),
    ],
    closing=["Inskickat av: Sara Nilsson, utredare", "Beslutat av: Per Lindqvist, socialdirektör"],
)
EXPECTED["umea"] = dict(
    activities={
        "3": act("Öppen idrottshall på Ålidhem", "52000", "disputes", "0"),
        "6": act("Läxhjälp i Tomtebo", "31200", "accepts_full", "31200"),
        "9": act("Föräldrakurs på dari", "18000", "unclear", None),
    },
    attachments=[("3.1", "3"), ("3.2", "3")],
)

# 2. [X]/[ ] boxes, each value on the line under its label, a partial acceptance.
FORMS["boras"] = dict(
    opening=[
        "Borås Stad, Individ- och familjeomsorgsnämnden",
        "Yttrande över återkrav av statsbidrag (formulär)",
        "Socialstyrelsen återkräver sammanlagt 87 500 kr.",
    ],
    activities=[
        (
            "Insats 1",
            [
                (["Insatsens namn"], []),
                (["Sommarkollo för unga i Hässleholmen"], []),
                (["Återkrävt belopp"], []),
                (["60 000 kr"], []),
                (["Nämndens ställningstagande"], []),
                (["[ ] Godtar   [ ] Bestrider   [X] Godtar delvis"], []),
                (["Belopp som nämnden godtar"], []),
                (["15 000 kr"], []),
                (["Bifogade dokument"], []),
                (["Bilaga 1.1 Deltagarlista sommarkollo.pdf"], []),
                (["Kommentar: Två av tolv deltagare bodde utanför området."], []),
            ],
        ),
        (
            "Insats 2",
            [
                (["Insatsens namn"], []),
                (["Nattvandring i Norrby"], []),
                (["Återkrävt belopp"], []),
                (["27 500 kr"], []),
                (["Nämndens ställningstagande"], []),
                (["[ ] Godtar   [X] Bestrider   [ ] Godtar delvis"], []),
                (["Belopp som nämnden godtar"], []),
                (["0 kr"], []),
                (["Kommentar: Närvarolistor visar att nattvandringen genomfördes."], []),
            ],
        ),
    ],
    closing=["Ansvarig: Lena Hagström, avdelningschef"],
)
EXPECTED["boras"] = dict(
    activities={
        "1": act("Sommarkollo för unga i Hässleholmen", "60000", "accepts_partial", "15000"),
        "2": act("Nattvandring i Norrby", "27500", "disputes", "0"),
    },
    attachments=[("1.1", "1")],
)


if __name__ == "__main__":
    COMMITTED.mkdir(parents=True, exist_ok=True)
    for name in sys.argv[1:] or FORMS:
        make(name, COMMITTED / f"yttrande-{name}.pdf")
