"""Print-and-scan a PDF: each page rendered to a grey image at a resolution, turned by a small
skew (or upside down), with dust and a little blur, saved as an image-only PDF."""

from __future__ import annotations

import random
from pathlib import Path


def scan(
    src: Path,
    dst: Path,
    *,
    dpi: int = 200,
    skew: float = 0.0,
    upside_down: set[int] = frozenset(),
    dust: int = 0,
    blur: float = 0.0,
    seed: int = 7,
) -> Path:
    import pypdfium2 as pdfium
    from PIL import ImageDraw, ImageFilter

    rnd = random.Random(seed)
    pdf = pdfium.PdfDocument(str(src))
    pages = []
    for i in range(len(pdf)):
        im = pdf[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        if skew:
            im = im.rotate(skew, fillcolor=255, expand=False)
        if i in upside_down:
            im = im.rotate(180)
        d = ImageDraw.Draw(im)
        for _ in range(dust):
            x, y = rnd.randrange(im.width), rnd.randrange(im.height)
            r = rnd.choice((1, 1, 2))
            d.ellipse((x, y, x + r, y + r), fill=rnd.randrange(0, 120))
        if blur:
            im = im.filter(ImageFilter.GaussianBlur(blur))
        pages.append(im)
    pdf.close()
    pages[0].save(dst, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])
    return dst
