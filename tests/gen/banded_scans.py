"""Scanned responses whose activity headings are printed as light text in a dark band (a house
style's shaded heading bar, a table's dark header row), which a scanner gives as a dark grey
field or, in black and white, as a dithered dot pattern with the letters left white.

Made up for the OCR tests (municipalities, people, amounts and sentences invented), written
before granttrail read them: `RESPONSES[name]["activities"]` is what a reader sees in each band
(the agency's number, the title, the amount reclaimed). Two house styles:

- `ljusdal`: Helvetica, a solid dark grey band (grey 70) across the text column, "Projekt 3"
  left, the title, the amount right-aligned; scanned at 150 dpi grey, turned 0.4 degrees, dust.
- `sigtuna`: Times, a navy band narrower than the column, "Insats 7 – Title (återkrav 112 500
  kr)" in one run of white text; scanned at 300 dpi black and white with error-diffusion
  dithering (the band a dot pattern), turned -0.3 degrees.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

from tests.gen.scanned_letter import wrapped

COMMITTED = Path(__file__).resolve().parent.parent / "data" / "ocr"

RESPONSES: dict[str, dict] = {
    "ljusdal": {
        "municipality": "Ljusdals kommun",
        "font": ("Helvetica", "Helvetica-Bold"),
        "dpi": 150,
        "skew": 0.4,
        "dither": False,
        "intro": "Ljusdals kommun har tagit del av Socialstyrelsens preliminära beslut om återkrav och lämnar "
        "följande yttrande. Återkravet gäller tre projekt och uppgår till 118 400 kr.",
        "activities": [
            ("3", "Ungdomsgård i Färila", "48 000 kr"),
            ("5", "Simskola för nyanlända", "27 400 kr"),
            ("8", "Feriejobb för unga", "43 000 kr"),
        ],
        "body": [
            "Socialstyrelsen anser att verksamheten fanns redan före bidragsåret. Kommunen delar inte den "
            "bedömningen och bestrider återkravet.",
            "Socialstyrelsen menar att kostnaderna inte är styrkta. Kommunen medger återkravet och betalar tillbaka beloppet.",
            "Socialstyrelsen bedömer att lönerna avser ordinarie personal. Kommunen bestrider återkravet i sin helhet.",
        ],
    },
    "sigtuna": {
        "municipality": "Sigtuna kommun",
        "font": ("Times-Roman", "Times-Bold"),
        "dpi": 300,
        "skew": -0.3,
        "dither": True,
        "intro": "Sigtuna kommun lämnar härmed sitt yttrande över Socialstyrelsens preliminära beslut om "
        "återbetalning av statsbidrag för två insatser.",
        "activities": [
            ("7", "Läxhjälp i Märsta", "112 500 kr"),
            ("11", "Trygghetsvandringar i Valsta", "36 250 kr"),
        ],
        "body": [
            "Socialstyrelsen anser att insatsen inte riktade sig till områdets barn. Kommunen bestrider återkravet, "
            "eftersom alla deltagare bodde i Märsta.",
            "Socialstyrelsen menar att vandringarna ingick i ordinarie verksamhet. Kommunen medger återkravet.",
        ],
    },
}
BAND_GREY = {"ljusdal": 0.27, "sigtuna": (0.12, 0.16, 0.36)}  # fill of the heading bars


def band_text(name: str, no: str, title: str, amount: str) -> str:
    """What is printed in one band, as a reader sees it on one line."""
    if name == "sigtuna":
        return f"Insats {no} – {title} (återkrav {amount})"
    return f"Projekt {no} {title} {amount}"


def _band(c, name: str, left: float, right: float, y: float, no: str, title: str, amount: str, bold: str) -> None:
    """One heading bar with its white text, `y` the baseline."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    fill = BAND_GREY[name]
    c.setFillColorRGB(*fill) if isinstance(fill, tuple) else c.setFillGray(fill)
    if name == "sigtuna":
        text = band_text(name, no, title, amount)
        c.rect(left - 6, y - 6, stringWidth(text, bold, 12) + 40, 22, stroke=0, fill=1)
        c.setFillGray(1.0)
        c.setFont(bold, 12)
        c.drawString(left + 4, y, text)
    else:
        c.rect(left - 6, y - 7, right - left + 12, 24, stroke=0, fill=1)
        c.setFillGray(1.0)
        c.setFont(bold, 11.5)
        c.drawString(left, y, f"Projekt {no}")
        c.drawString(left + 90, y, title)
        c.drawRightString(right, y, amount)
    c.setFillGray(0.0)


def response_pdf(name: str) -> bytes:
    """The response as a vector PDF (the paper the scanner reads)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    r = RESPONSES[name]
    regular, bold = r["font"]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    width, height = A4
    left, right = 72.0, width - 72.0
    c.setFont(bold, 13)
    c.drawString(left, height - 80, r["municipality"])
    c.setFont(regular, 11)
    c.drawString(left, height - 100, "Socialstyrelsen, 106 30 Stockholm")
    c.drawString(left, height - 116, "Datum: 2025-03-04")
    c.setFont(bold, 15)
    c.drawString(left, height - 150, "Yttrande över preliminärt beslut om återkrav")
    y = height - 180
    c.setFont(regular, 11)
    for line in wrapped(r["intro"], right - left, regular, 11):
        c.drawString(left, y, line)
        y -= 14
    for (no, title, amount), body in zip(r["activities"], r["body"], strict=True):
        y -= 26
        _band(c, name, left, right, y, no, title, amount, bold)
        y -= 28
        c.setFont(regular, 11)
        for line in wrapped(body, right - left, regular, 11):
            c.drawString(left, y, line)
            y -= 14
    y -= 30
    c.drawString(left, y, "Karin Berglund, socialchef")
    c.showPage()
    c.save()
    return buf.getvalue()


def scanned_image(name: str):
    """The page as the scanner gives it: grey at its dpi, turned and dusted; in black and white
    with Floyd-Steinberg dithering where the scanner does that."""
    import pypdfium2 as pdfium
    from PIL import Image

    r = RESPONSES[name]
    pdf = pdfium.PdfDocument(response_pdf(name))
    image = pdf[0].render(scale=r["dpi"] / 72, grayscale=True).to_pil().convert("L")
    image = image.rotate(r["skew"], resample=Image.Resampling.BICUBIC, fillcolor=255)
    rng = random.Random(len(name))
    px = image.load()
    for _ in range(300):
        px[rng.randrange(image.width), rng.randrange(image.height)] = rng.randrange(40, 180)
    return image.convert("1") if r["dither"] else image  # convert('1') dithers (Floyd-Steinberg)


def scanned_pdf(name: str, path: Path) -> Path:
    """The scan as a one-page PDF holding only the image (as a scanner's PDF does)."""
    scanned_image(name).save(path, "PDF", resolution=RESPONSES[name]["dpi"])
    return path


def committed(name: str) -> Path:
    return COMMITTED / f"banded-{name}.pdf"


if __name__ == "__main__":
    for key in RESPONSES:
        print(scanned_pdf(key, committed(key)))
