"""A response's first page as the agency's registry scans it: a letterhead, the agency's received
stamp (a tilted, framed box) across the top right, a contents block whose entries end in an
amount and then, after dot leaders, a page number, and paragraphs set as a word processor sets
them (11 pt, line spacing 1.15, 6 pt after each paragraph: a paragraph's advance is under 1.45
line steps, so only the font size tells the break). Printed in Helvetica, rasterised at 200 dpi,
turned a little and speckled.

Made up for this test (municipality, amounts and sentences invented), written before granttrail
read it: `CONTENTS` and `PARAGRAPHS` are what a reader sees on the page."""

from __future__ import annotations

import io
from pathlib import Path

MUNICIPALITY = "Tingsryds kommun"
CONTENTS = [
    ("Inledning", 2),
    ("Insats 1 Läxhjälp i Väckelsång, 61.200 kr", 2),
    ("Insats 2 Sommarjobb för unga, 134.500 kr", 3),
    ("Insats 3 Föräldracafé, 27.000 kr", 3),
    ("Insats 4 Trygghetsvärdar, 88.750 kr", 4),
    ("Bilagor", 5),
]
PARAGRAPHS = [
    "Kommunen har tagit del av Socialstyrelsens underrättelse om återkrav och lämnar här sitt "
    "yttrande över de insatser som myndigheten anser inte uppfyller villkoren för bidraget.",
    "Kommunen medger återkravet för insats 3 och återbetalar beloppet.",
    "För insats 1, 2 och 4 bestrider kommunen återkravet i sin helhet, av de skäl som anges under respektive rubrik nedan.",
]
STAMP = ("SOCIALSTYRELSEN", "Inkom 2025-04-02", "Dnr 9.1-55120/2024")
DPI = 200
SKEW_DEGREES = -0.6
STAMP_DEGREES = 3.0
FONT, SIZE = "Helvetica", 11.0
LEADING = 1.15 * SIZE
PARAGRAPH_AFTER = 6.0


def wrapped(text: str, width: float, font: str = FONT, size: float = SIZE) -> list[str]:
    """The text broken into lines no wider than `width` points in `font` at `size`."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if line and stringWidth(trial, font, size) > width:
            lines.append(line)
            line = word
        else:
            line = trial
    return [*lines, line]


def _stamp(c, x: float, y: float) -> None:
    """The registry stamp: a rounded frame with three lines, turned STAMP_DEGREES."""
    c.saveState()
    c.translate(x, y)
    c.rotate(STAMP_DEGREES)
    c.setLineWidth(2.2)
    c.roundRect(0, 0, 160, 64, 6)
    c.setFont("Helvetica-Bold", 10)
    c.drawCentredString(80, 46, STAMP[0])
    c.setFont("Helvetica-Bold", 14)
    c.drawCentredString(80, 26, STAMP[1])
    c.setFont("Helvetica", 8.5)
    c.drawCentredString(80, 10, STAMP[2])
    c.restoreState()


def letter_pdf() -> bytes:
    """The page as a vector PDF (the paper the scanner reads)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    width, height = A4
    left, right = 70.0, width - 70.0
    c.setFont(FONT, SIZE)
    c.drawString(left, height - 80, MUNICIPALITY)
    c.drawString(left, height - 80 - LEADING, "Barn- och utbildningsförvaltningen")
    _stamp(c, right - 170, height - 118)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(left, height - 160, "Yttrande över återkrav av statsbidrag")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(left, height - 195, "Innehåll")
    y = height - 215
    c.setFont(FONT, 10)
    dot = stringWidth(".", FONT, 10)
    for title, page in CONTENTS:
        c.drawString(left, y, title)
        num_x = right - stringWidth(str(page), FONT, 10)
        x = left + stringWidth(title, FONT, 10) + 3
        c.drawString(x, y, "." * int((num_x - 3 - x) / dot))
        c.drawString(num_x, y, str(page))
        y -= 16
    y -= 24
    c.setFont(FONT, SIZE)
    for paragraph in PARAGRAPHS:
        for line in wrapped(paragraph, right - left):
            c.drawString(left, y, line)
            y -= LEADING
        y -= PARAGRAPH_AFTER
    c.showPage()
    c.save()
    return buf.getvalue()


def scanned_image():
    """The page at DPI, turned SKEW_DEGREES and speckled: a grey PIL image."""
    from tests.gen.scanned_contents import scanned

    return scanned(letter_pdf(), DPI, SKEW_DEGREES, seed=11, specks=600, greys=(60, 200))


def scanned_pdf(path: Path) -> Path:
    """The scan as a one-page PDF holding only the image (as a scanner's PDF does)."""
    scanned_image().save(path, "PDF", resolution=DPI)
    return path


if __name__ == "__main__":
    import sys

    print(scanned_pdf(Path(sys.argv[1] if len(sys.argv) > 1 else "scanned-letter.pdf")))
