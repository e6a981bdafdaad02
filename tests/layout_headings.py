"""Responses whose activity headings carry no id a scheme can read: a title alone on its line, set
apart only by its type and the space around it (the learned heading model's work,
pipeline.heading_model and pipeline.layout_votes).

Written, with the values a reader expects, before running the pipeline on them. Every name, amount
and sentence is invented; the styles differ on purpose (fonts, sizes, margins, wording, where the
claim stands), so that what reads them right is layout, not one house style.

- ockelbo: Times, the headings bold and two points larger, no numbers anywhere: the activities are
  numbered by order (1, 2, 3). The claim on a labelled line ("Återkrav: 38 500 kronor").
- torsas: Helvetica, the headings bold at the body's size after a wide gap, each naming the
  decision's number at its end ("(beslutets punkt 7)"); the claim inside the agency's sentence.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

EXPECTED: dict[str, list[dict]] = {
    "ockelbo": [
        {"activity_no": "1", "title": "Sommaraktiviteter för barn i Åbyggeby", "claimed": "38500"},
        {"activity_no": "2", "title": "Kvällsöppen mötesplats på biblioteket", "claimed": "64200"},
        {"activity_no": "3", "title": "Utbildning för fältsekreterare", "claimed": "21750"},
    ],
    "torsas": [
        {"activity_no": "7", "title": "Lovfritids i Bergkvara", "claimed": "47000"},
        {"activity_no": "11", "title": "Föräldraträffar på familjecentralen", "claimed": "15800"},
        {"activity_no": "12", "title": "Trygghetsvandringar i Söderåkra", "claimed": "9300"},
    ],
}

_OCKELBO = {
    "font": ("Times-Roman", 11.0, "Times-Bold", 13.0),
    "margin": 70.0,
    "opening": [
        "Ockelbo kommun",
        "Socialnämnden",
        "Yttrande över Socialstyrelsens preliminära beslut om återkrav",
        "Socialnämnden har tagit del av Socialstyrelsens underrättelse om återkrav av statsbidrag för kommuner med "
        "socialt utsatta områden och lämnar följande yttrande över de tre aktiviteter som beslutet gäller.",
    ],
    "sections": [
        (
            "Sommaraktiviteter för barn i Åbyggeby",
            [
                "Återkrav: 38 500 kronor",
                "Socialstyrelsen anser att aktiviteterna ingick i den ordinarie fritidsverksamheten och inte var en ny insats i området.",
                "Nämnden bestrider återkravet. Aktiviteterna riktade sig till barn som inte nåddes av den ordinarie "
                "verksamheten, vilket deltagarlistorna visar.",
            ],
        ),
        (
            "Kvällsöppen mötesplats på biblioteket",
            [
                "Återkrav: 64 200 kronor",
                "Socialstyrelsen bedömer att kostnaderna för lokalhyra inte kan knytas till aktiviteten.",
                "Nämnden medger återkravet och betalar tillbaka hela beloppet.",
            ],
        ),
        (
            "Utbildning för fältsekreterare",
            [
                "Återkrav: 21 750 kronor",
                "Socialstyrelsen menar att utbildningen genomfördes efter bidragsperiodens slut.",
                "Nämnden bestrider återkravet, eftersom utbildningen beställdes och betalades under bidragsperioden.",
            ],
        ),
    ],
    "closing": ["Med vänlig hälsning", "Karin Lundqvist", "Ordförande i socialnämnden"],
}

_TORSAS = {
    "font": ("Helvetica", 10.0, "Helvetica-Bold", 10.0),
    "margin": 60.0,
    "opening": [
        "Torsås kommun, Kommunstyrelsen",
        "Svar på underrättelse om återkrav av statsbidrag",
        "Kommunen har tagit del av Socialstyrelsens preliminära beslut och vill här lämna synpunkter på de "
        "aktiviteter som beslutet tar upp.",
    ],
    "sections": [
        (
            "Lovfritids i Bergkvara (beslutets punkt 7)",
            [
                "Enligt Socialstyrelsen saknas underlag för personalkostnaderna, och myndigheten återkräver därför 47 000 kronor.",
                "Kommunen bestrider återkravet och bifogar lönespecifikationerna.",
            ],
        ),
        (
            "Föräldraträffar på familjecentralen (beslutets punkt 11)",
            [
                "Socialstyrelsen bedömer att träffarna inte nådde de boende i området och återkräver 15 800 kronor.",
                "Kommunen godtar återkravet.",
            ],
        ),
        (
            "Trygghetsvandringar i Söderåkra (beslutets punkt 12)",
            [
                "Socialstyrelsen anser att kostnaden för västar och ficklampor är för hög och återkräver 9 300 kronor.",
                "Kommunen godtar återkravet och betalar beloppet.",
            ],
        ),
    ],
    "closing": ["Med vänliga hälsningar", "Per Axelsson", "Kommunchef"],
}

STYLES = {"ockelbo": _OCKELBO, "torsas": _TORSAS}
PARAGRAPH_GAP = 8.0  # points between the body's paragraphs
HEADING_GAP = 22.0  # points above a heading


def _write(c: Canvas, text: str, font: str, size: float, y: float, margin: float) -> float:
    width = A4[0] - 2 * margin
    for line in simpleSplit(text, font, size, width):
        if y < margin:
            c.showPage()
            y = A4[1] - margin
        c.setFont(font, size)
        c.drawString(margin, y, line)
        y -= size * 1.3
    return y


def make(name: str, path: Path) -> Path:
    style = STYLES[name]
    body_font, body_size, head_font, head_size = style["font"]
    margin = style["margin"]
    c = Canvas(str(path), pagesize=A4)
    c.setTitle(f"Yttrande {name}")
    y = A4[1] - margin
    for text in style["opening"]:
        y = _write(c, text, body_font, body_size, y, margin) - PARAGRAPH_GAP
    for title, paragraphs in style["sections"]:
        y = _write(c, title, head_font, head_size, y - HEADING_GAP, margin) - PARAGRAPH_GAP / 2
        for text in paragraphs:
            y = _write(c, text, body_font, body_size, y, margin) - PARAGRAPH_GAP
    y -= HEADING_GAP
    for text in style["closing"]:
        y = _write(c, text, body_font, body_size, y, margin)
    c.save()
    return path
