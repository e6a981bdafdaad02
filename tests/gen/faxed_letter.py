"""A response's page as a fax machine sends it: a Word-made letter (Times, bold headings, two
signatures side by side, an e-mail address) printed, faxed and received at 200 dpi in black and
white, turned a little, with the sending machine's header line across the top and dust: specks of
a pixel or two, some in the margin just before a line's first word (where a bullet would stand),
some just after a line's last word (where tesseract reads them as ':' or '.').

Made up for this test (company, amounts, names and sentences invented), written before granttrail
read it: `HEADINGS`, `AMOUNT_LINES`, `SIGNERS` and `EMAIL` are what a reader sees on the page."""

from __future__ import annotations

import io
import random
from pathlib import Path

from tests.gen.scanned_letter import wrapped

FAX_HEADER = "03-MAR-2025 09:17   FROM: LJUNGBYBOSTADER AB  +46 372 78 90 00   TO: 075-247 30 00   P.001/001"
COMPANY = "Ljungbybostäder AB – ett bolag i Ljungby kommun"
TITLE = "Yttrande över återkrav av statsbidrag 2022"
HEADINGS = ["Projekt 4 Sommar-entreprenörer i Replösa", "Projekt 9 Läxhjälp i Hamneda"]
AMOUNT_LINES = ["Återkrävt belopp: 74 300 kr", "Återkrävt belopp: 18 650 kr"]
PARAGRAPHS = [
    "Bolaget anser att projektet följde villkoren. Ungdomarna drev egna företag under sommaren och redovisade sina timmar varje vecka.",
    "Vi medger att två tillfällen hölls efter projektperioden och godtar att de kostnaderna återbetalas.",
]
SIGNERS = ("Ann-Sofie Berg", "Mats Lindqvist")
ROLES = ("VD", "Fastighetschef")
EMAIL = "mats.lindqvist@ljungbybostader.se"
DPI = 200
SKEW_DEGREES = 0.9
INK_THRESHOLD = 150  # grey under which the fax prints black
FONT, BOLD, SIZE = "Times-Roman", "Times-Bold", 11.5
LEFT = 72.0


def letter_pdf() -> tuple[bytes, list[tuple[float, float, float]]]:
    """The page as a vector PDF, and for each line of body text (x start, x end, baseline y from
    the top, points) where it stands, so dust can be put just before and after it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    _, height = A4
    lines: list[tuple[float, float, float]] = []

    def text(s: str, y: float, font: str = FONT, size: float = SIZE, x: float = LEFT) -> None:
        c.setFont(font, size)
        c.drawString(x, height - y, s)
        lines.append((x, x + stringWidth(s, font, size), y))

    c.setFont("Courier", 7)
    c.drawString(20, height - 14, FAX_HEADER)
    text(COMPANY, 60)
    text(TITLE, 110, BOLD, 15)
    y = 150.0
    for heading, amount, paragraph in zip(HEADINGS, AMOUNT_LINES, PARAGRAPHS, strict=True):
        text(heading, y, BOLD, 13)
        text(amount, y + 17)
        y += 40
        for line in wrapped(paragraph, 440, FONT, SIZE):
            text(line, y)
            y += 14
        y += 20
    text("Med vänliga hälsningar", y)
    y += 40
    for name, role, x in zip(SIGNERS, ROLES, (LEFT, 300.0), strict=True):
        text(name, y, x=x)
        text(role, y + 14, x=x)
    text(EMAIL, y + 28, x=300.0)
    c.showPage()
    c.save()
    return buf.getvalue(), lines


def faxed_image():
    """The page at DPI in black and white, turned SKEW_DEGREES, dusted: a PIL image, mode '1'."""
    import pypdfium2 as pdfium
    from PIL import Image

    pdf_bytes, lines = letter_pdf()
    scale = DPI / 72
    image = pdfium.PdfDocument(pdf_bytes)[0].render(scale=scale, grayscale=True).to_pil().convert("L")
    px = image.load()
    rng = random.Random(23)
    for x0, x1, y in lines:
        # a speck or two where a bullet would stand and where a full stop would follow
        for x in (x0 - rng.uniform(5, 9), x1 + rng.uniform(20, 60)):
            cx, cy = round(x * scale), round((y - rng.uniform(1, 4)) * scale)
            for dx, dy in rng.sample([(0, 0), (1, 0), (0, 1), (1, 1)], rng.randint(1, 3)):
                px[cx + dx, cy + dy] = 0
    for _ in range(300):
        px[rng.randrange(image.width), rng.randrange(image.height)] = 0
    image = image.rotate(SKEW_DEGREES, resample=Image.Resampling.BICUBIC, fillcolor=255)
    return image.point(lambda v: 255 if v >= INK_THRESHOLD else 0).convert("1")


def faxed_pdf(path: Path) -> Path:
    """The fax as a one-page PDF holding only the black-and-white image."""
    faxed_image().save(path, "PDF", resolution=DPI)
    return path


if __name__ == "__main__":
    import sys

    print(faxed_pdf(Path(sys.argv[1] if len(sys.argv) > 1 else "faxed-letter.pdf")))
