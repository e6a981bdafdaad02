"""A two-page response printed 2-up (both pages side by side, shrunk, on one landscape sheet) and
scanned: the way a registry saves paper. Page 1 is a letter running down its whole half; page 2
is short (a closing paragraph and the signature), so its few lines stand beside page 1's first
lines, on the same heights. Read right, page 1 comes first and then page 2; no row mixes the two.

Two sheets: FRAMED (a thin frame round each page, as a printer's "print borders" draws it,
Times, 200 dpi, turned 0.7 degrees) and BARE (no frames, Helvetica, 150 dpi, turned -0.4
degrees). Made up for this test (municipality, names and sentences invented), written before
granttrail read them: PAGE1 and PAGE2 are the lines a reader sees on each page."""

from __future__ import annotations

import io
import random
from pathlib import Path

MUNICIPALITY = "Ljusnarsbergs kommun"
PAGE1 = [
    MUNICIPALITY,
    "Kultur- och fritidsnämnden",
    "Kopparberg den 3 mars 2025",
    "Yttrande om återkrav av statsbidrag",
    "Nämnden har tagit del av Socialstyrelsens beslut om återkrav.",
    "Insats A Simskola för nyanlända barn 41 300 kr",
    "Nämnden bestrider återkravet för insats A.",
    "Simskolan genomfördes under sommaren med tolv grupper.",
    "Insats B Ungdomsråd i Ställdalen 18 900 kr",
    "Nämnden medger återkravet för insats B.",
    "Rådet kom aldrig i gång och pengarna användes inte.",
    "Insats C Läger vid Norrsjön 27 650 kr",
    "Nämnden medger 5 000 kr av återkravet för insats C.",
    "Resten av kostnaderna framgår av bilaga 2.",
]
PAGE2 = [
    "Nämnden ber Socialstyrelsen ompröva beslutet för insats A.",
    "Bilagor",
    "1. Deltagarlistor simskola",
    "2. Kostnadssammanställning läger",
    "Gunnel Åkesson",
    "Ordförande, kultur- och fritidsnämnden",
]
BOLD = {"Times-Roman": "Times-Bold", "Helvetica": "Helvetica-Bold"}
SHRINK = 0.7  # each A4 page is printed at this size
FRAMED = {"font": "Times-Roman", "dpi": 200, "degrees": 0.7, "frames": True, "seed": 5}
BARE = {"font": "Helvetica", "dpi": 150, "degrees": -0.4, "frames": False, "seed": 9}


def pages_pdf(font: str) -> bytes:
    """The response's two A4 pages as a vector PDF."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for lines in (PAGE1, PAGE2):
        y = A4[1] - 80
        for text in lines:
            heading = text.startswith(("Yttrande", "Insats", "Bilagor"))
            c.setFont(BOLD[font] if heading else font, 12)
            c.drawString(72, y, text)
            y -= 30 if heading else 24
        c.showPage()
    c.save()
    return buf.getvalue()


def sheet(style: dict):
    """The 2-up sheet as scanned: a grey PIL image, landscape A4 at the style's dpi."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw

    dpi = style["dpi"]
    pdf = pdfium.PdfDocument(pages_pdf(style["font"]))
    width, height = round(842 * dpi / 72), round(595 * dpi / 72)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    for k in range(2):
        page = pdf[k].render(scale=SHRINK * dpi / 72, grayscale=True).to_pil().convert("L")
        x = round(width / 4 + k * width / 2 - page.width / 2)
        y = round((height - page.height) / 2)
        image.paste(page, (x, y))
        if style["frames"]:
            draw.rectangle((x - 2, y - 2, x + page.width + 2, y + page.height + 2), outline=90, width=2)
    image = image.rotate(style["degrees"], resample=Image.Resampling.BICUBIC, fillcolor=255)
    rng = random.Random(style["seed"])
    px = image.load()
    for _ in range(500):
        px[rng.randrange(image.width), rng.randrange(image.height)] = rng.randrange(60, 200)
    return image


def sheet_pdf(path: Path, style: dict) -> Path:
    """The scan as a one-page PDF holding only the image (as a scanner's PDF does)."""
    sheet(style).save(path, "PDF", resolution=style["dpi"])
    return path


if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent / "data" / "ocr"
    print(sheet_pdf(out / "twoup-framed.pdf", FRAMED), sheet_pdf(out / "twoup-bare.pdf", BARE))
