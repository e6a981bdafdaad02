"""A contents page as a scanner gives it: entries with dot leaders and a right-aligned column of
page numbers (single digits repeated down several lines, which tesseract's layout analysis tends
to read as one vertical "word"), printed in Times, rasterised at 150 dpi, turned a little and
speckled. The entries are made up; `ENTRIES` is what a reader sees on the page."""

from __future__ import annotations

import io
import random
from pathlib import Path

ENTRIES = [
    ("Bakgrund", 2),
    ("Kommunens utgångspunkter", 2),
    ("Samverkan med civilsamhället", 2),
    ("Synpunkter per insats", 3),
    ("1. Sommarlovsaktiviteter (125 400 kronor)", 3),
    ("2. Föräldrastöd i Norra Berga (86 250,50 kronor)", 3),
    ("3. Nattvandring och fältarbete (212 000 kronor)", 5),
    ("4. Läxhjälp på biblioteket (48 730 kronor)", 5),
    ("5. Idrottsskola för flickor (97 115,25 kronor)", 5),
    ("6. Trygghetsvandringar (31 800 kronor)", 8),
    ("7. Kompetensutveckling för fritidsledare (154 990 kronor)", 9),
    ("8. Öppen förskola (64 000 kronor)", 11),
    ("9. Kulturveckor i Södra centrum (119 400,75 kronor)", 12),
    ("Bilagor", 14),
]
DPI = 150
SKEW_DEGREES = 0.8


def contents_pdf() -> bytes:
    """The page as a vector PDF (the 'paper' the scanner reads)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    width, height = A4
    left, right = 72.0, width - 72.0
    c.setFont("Times-Bold", 16)
    c.drawString(left, height - 90, "Innehåll")
    y = height - 125
    for title, page in ENTRIES:
        c.setFont("Times-Roman", 12)
        c.drawString(left, y, title)
        number = str(page)
        num_x = right - c.stringWidth(number, "Times-Roman", 12)
        dot = c.stringWidth(".", "Times-Roman", 12)
        x = left + c.stringWidth(title, "Times-Roman", 12) + 2
        leaders = int((num_x - 2 - x) / dot)
        c.drawString(x, y, "." * leaders)
        c.drawString(num_x, y, number)
        y -= 22
    c.showPage()
    c.save()
    return buf.getvalue()


def scanned_image():
    """The page at DPI, turned SKEW_DEGREES and speckled: a grey PIL image."""
    return scanned(contents_pdf(), DPI, SKEW_DEGREES, seed=7, specks=400, greys=(60, 180))


def scanned(pdf_bytes: bytes, dpi: int, degrees: float, *, seed: int, specks: int, greys: tuple[int, int]):
    """A one-page PDF as a scanner gives it: rendered at `dpi` in grey, turned `degrees` and
    dusted with `specks` random pixels of grey levels in `greys`."""
    import pypdfium2 as pdfium
    from PIL import Image

    pdf = pdfium.PdfDocument(pdf_bytes)
    image = pdf[0].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    image = image.rotate(degrees, resample=Image.Resampling.BICUBIC, fillcolor=255)
    rng = random.Random(seed)
    px = image.load()
    for _ in range(specks):
        px[rng.randrange(image.width), rng.randrange(image.height)] = rng.randrange(*greys)
    return image


def scanned_pdf(path: Path) -> Path:
    """The scan as a one-page PDF holding only the image (as a scanner's PDF does)."""
    image = scanned_image()
    image.save(path, "PDF", resolution=DPI)
    return path


if __name__ == "__main__":
    import sys

    print(scanned_pdf(Path(sys.argv[1] if len(sys.argv) > 1 else "scanned-contents.pdf")))
