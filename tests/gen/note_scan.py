"""A response's first page scanned with a yellow sticky note on it (a reminder in a hand-like
italic, stuck at an angle over the letterhead's right side), and a grey box the letter itself
prints (the agency's objection, shaded, square with the text). Scanned in colour, saved as a
rough JPEG (quality 20) and read in grey.

Made up for this test (municipality, names and sentences invented), written before granttrail
read it: LETTER are the page's lines, NOTE the reminder's, BOX the shaded box's."""

from __future__ import annotations

import io
from pathlib import Path

LETTER = [
    "Hylte kommun",
    "Omsorgsnämnden",
    "Hyltebruk den 12 mars 2025",
    "Yttrande över återkrav av statsbidrag",
    "Nämnden har tagit del av beslutet och yttrar sig här.",
    "Aktivitet 2 Öppen förskola i Torup 16 400 kr",
]
BOX = "Socialstyrelsen anser att kostnaden inte är styrkt."
AFTER_BOX = "Nämnden bestrider återkravet och bifogar fakturorna."
NOTE = ["Ring Lena Grip", "om fakturorna!", "/BK"]
DPI = 150
NOTE_DEGREES = -4.0


def page_image():
    """The page at DPI in colour, with the note stuck on: an RGB PIL image."""
    from PIL import Image, ImageDraw, ImageFont

    scale = DPI / 72
    page = Image.new("RGB", (round(595 * scale), round(842 * scale)), "white")
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(_font("DejaVuSans.ttf"), round(11 * scale))
    y = 80 * scale
    for text in LETTER:
        draw.text((72 * scale, y), text, fill="black", font=font)
        y += 24 * scale
    draw.rectangle((72 * scale, y - 4 * scale, 520 * scale, y + 22 * scale), fill=(205, 205, 205))
    draw.text((78 * scale, y), BOX, fill="black", font=font)
    draw.text((72 * scale, y + 40 * scale), AFTER_BOX, fill="black", font=font)
    note = Image.new("RGB", (round(150 * scale), round(140 * scale)), (255, 240, 120))
    hand = ImageFont.truetype(_font("DejaVuSans-Oblique.ttf"), round(13 * scale))
    nd = ImageDraw.Draw(note)
    for k, text in enumerate(NOTE):
        nd.text((12 * scale, (18 + 26 * k) * scale), text, fill=(20, 20, 90), font=hand)
    note = note.convert("RGBA").rotate(NOTE_DEGREES, expand=True, resample=Image.Resampling.BICUBIC)
    page.paste(note, (round(380 * scale), round(50 * scale)), note)
    return page


def _font(name: str) -> str:
    for folder in ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu"):
        if Path(folder, name).exists():
            return str(Path(folder, name))
    raise FileNotFoundError(name)


def scanned_pdf(path: Path) -> Path:
    """The page through a rough JPEG (quality 20), in grey, as a one-page PDF of that image."""
    from PIL import Image

    buf = io.BytesIO()
    page_image().save(buf, "JPEG", quality=20)
    Image.open(buf).convert("L").save(path, "PDF", resolution=DPI)
    return path


if __name__ == "__main__":
    print(scanned_pdf(Path(__file__).resolve().parent.parent / "data" / "ocr" / "note-scan.pdf"))
