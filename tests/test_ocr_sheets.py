"""A scanned sheet holding two pages side by side (a response printed 2-up) is read as two pages,
the left one first; a landscape page whose text crosses the middle stays one page."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from pipeline.ingest import ingest_bytes, sheets

DATA = Path(__file__).parent / "data" / "ocr"
SCALE = 200 / 72


def sheet_with(blocks: list[tuple[int, int, int, int]], size: tuple[int, int] = (2339, 1654)) -> Image.Image:
    """A white sheet with black rectangles (x0, y0, x1, y1) standing for lines of text."""
    a = np.full((size[1], size[0]), 255, dtype=np.uint8)
    for x0, y0, x1, y1 in blocks:
        a[y0:y1, x0:x1] = 0
    return Image.fromarray(a)


def text_lines(x0: int, x1: int, y0: int, n: int) -> list[tuple[int, int, int, int]]:
    return [(x0, y0 + 60 * k, x1, y0 + 60 * k + 20) for k in range(n)]


def test_two_pages_side_by_side_are_cut_in_the_paper_between_them():
    left = text_lines(150, 1000, 150, 20)  # a full first page
    right = text_lines(1330, 2100, 150, 3)  # a short second page, beside the first one's top
    cut = sheets.gutter(sheet_with(left + right), SCALE)
    assert cut is not None and 1000 < cut < 1330


def test_a_landscape_page_whose_lines_cross_the_middle_is_one_page():
    table = [(150, 150, 2200, 170), *text_lines(150, 1000, 250, 10), *text_lines(1330, 2100, 250, 10)]  # a title across
    assert sheets.gutter(sheet_with(table), SCALE) is None
    columns = text_lines(150, 1100, 150, 20) + text_lines(1160, 2200, 150, 20)  # a column gap, not two margins
    assert sheets.gutter(sheet_with(columns), SCALE) is None


def test_a_portrait_page_with_two_columns_is_left_to_the_page_reading():
    columns = text_lines(100, 700, 150, 30) + text_lines(950, 1550, 150, 30)
    assert sheets.gutter(sheet_with(columns, (1654, 2339)), SCALE) is None


@pytest.mark.slow
@pytest.mark.ocr
@pytest.mark.parametrize("name", ["twoup-framed.pdf", "twoup-bare.pdf"])
def test_a_2up_scan_reads_the_left_page_then_the_right_one(name):
    doc = ingest_bytes((DATA / name).read_bytes(), name)
    assert doc.page_count == 1
    text = [ln.text for ln in doc.pages[0].lines()]

    def row_of(words: str) -> int:
        return next(k for k, t in enumerate(text) if words in t)

    assert row_of("Ljusnarsbergs kommun") < row_of("bilaga 2") < row_of("ompröva beslutet") < row_of("Gunnel Åkesson")
    page2_words = {"ompröva", "Bilagor", "Deltagarlistor", "Kostnadssammanställning", "Gunnel", "Ordförande,"}
    for line in text[: row_of("bilaga 2") + 1]:
        assert not page2_words & set(line.split()), line
    assert text[row_of("Gunnel Åkesson")].strip() == "Gunnel Åkesson"
    assert "Insats C Läger vid Norrsjön 27 650 kr" in text
