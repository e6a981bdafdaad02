"""OCR of a contents page: every entry keeps its page number although tesseract reads the column
of page numbers as one tall word, and the repairs inside digit context."""

from __future__ import annotations

import pytest

from pipeline.ingest import ocr
from pipeline.tocline import toc_line
from tests.gen import scanned_contents


def word(text: str, box: tuple[float, float, float, float], conf: float = 0.9) -> ocr.OcrWord:
    return ocr.OcrWord(text, box, conf, 1, (1, 1, 1))


def test_a_column_of_stacked_glyphs_is_not_a_word():
    lines = [word("Bakgrund", (60, 100 + 15 * k, 120, 110 + 15 * k)) for k in range(8)]
    column = word("NINNABWWN", (530, 100, 536, 215), conf=0.0)
    two_stacked = word("ON", (530, 100, 536, 125), conf=0.42)
    heading = word("Innehåll", (60, 40, 200, 70), conf=0.3)  # big, unsure, but a word
    kept = ocr._without_noise([*lines, column, two_stacked, heading])
    assert [w.text for w in kept] == ["Bakgrund"] * 8 + ["Innehåll"]


def test_a_lone_number_in_a_strip_needs_less_confidence_than_letters():
    assert ocr._recovered_word(word("7", (0, 0, 5, 8), conf=0.46))
    assert ocr._recovered_word(word("14", (0, 0, 9, 8), conf=0.35))
    assert not ocr._recovered_word(word("så", (0, 0, 9, 8), conf=0.46))
    assert not ocr._recovered_word(word("vå", (0, 0, 9, 8), conf=0.75))  # two letters: a scrap
    assert not ocr._recovered_word(word("7", (0, 0, 5, 8), conf=0.2))
    assert ocr._recovered_word(word("Bilagor", (0, 0, 40, 8), conf=0.8))


def test_digits_read_as_letters_are_repaired_and_cost_confidence():
    fixed = ocr._repair(word("1OO00", (0, 0, 50, 8), conf=1.0))
    assert fixed.text == "10000"
    assert fixed.conf == pytest.approx(ocr.REPAIR_PENALTY**2)
    assert ocr._repair(word("3l8", (0, 0, 50, 8))).text == "318"
    assert ocr._repair(word("OO1", (0, 0, 50, 8))).text == "OO1"  # mostly letters: not a number
    assert ocr._repair(word("126163;20", (0, 0, 50, 8))).text == "126163,20"
    assert ocr._repair(word("Olle", (0, 0, 50, 8))).text == "Olle"  # no digit: a name


@pytest.mark.slow
@pytest.mark.ocr
def test_every_contents_entry_of_a_scan_keeps_its_page_number():
    image = scanned_contents.scanned_image()
    page = ocr.recognise(image, scanned_contents.DPI / 72)
    found = [toc_line(" ".join(w.text for w in row)) for row in page.lines]
    pages = [f[1] for f in found if f]
    assert pages == [p for _, p in scanned_contents.ENTRIES]
    assert abs(page.skew - scanned_contents.SKEW_DEGREES) < 0.3


def test_ones_set_close_are_counted_by_their_strokes():
    from PIL import Image, ImageDraw

    image = Image.new("L", (60, 30), 255)
    draw = ImageDraw.Draw(image)
    for x in (10, 22, 34):  # three strokes of a '1', a few pixels apart
        draw.rectangle((x, 5, x + 3, 25), fill=0)
    read = ocr._ones_counted(word("1", (8, 3, 40, 27), conf=0.9), image)
    assert read.text == "111"
    assert read.conf == pytest.approx(0.9 * ocr.REPAIR_PENALTY)
    assert ocr._ones_counted(word("7", (8, 3, 40, 27)), image).text == "7"  # not a one
    assert ocr._ones_counted(word("1", (8, 3, 15, 27)), image).text == "1"  # one stroke


def test_a_bullet_tesseract_missed_is_restored_where_the_list_has_ink():
    from PIL import Image, ImageDraw

    scale = 2.0  # pixels per point
    image = Image.new("L", (400, 200), 255)
    draw = ImageDraw.Draw(image)
    tops = [20, 34, 48, 62, 76]
    for top in tops[:4]:  # bullets on the first four rows; the fifth wraps the fourth item
        draw.ellipse((30 * scale, (top + 2) * scale, 33 * scale, (top + 5) * scale), fill=0)
    rows = [
        [word("•", (30, 22, 33, 25)), word("3.1-Faktura", (48, 20, 100, 27))],
        [word("3.2-Avtal.pdf", (48, 34, 110, 41))],  # bullet not read
        [word("-3.3-Kvitto.pdf", (48, 48, 110, 55))],  # bullet read as a dash glued to the id
        [word("•", (30, 64, 33, 67)), word("3.4-Deltagarlista", (48, 62, 130, 69))],
        [word("februari.pdf", (48, 76, 100, 83))],  # the item wrapping: no ink beside it
    ]
    out = ocr._restore_bullets(rows, image, scale)
    assert [" ".join(w.text for w in row) for row in out] == [
        "• 3.1-Faktura",
        "• 3.2-Avtal.pdf",
        "• 3.3-Kvitto.pdf",
        "• 3.4-Deltagarlista",
        "februari.pdf",
    ]
    assert out[1][0].box[0] == 30 and out[1][0].conf < out[1][1].conf


def test_a_dash_read_as_em_dash_is_the_swedish_en_dash():
    assert ocr._en_dash(word("—", (0, 0, 9, 8))).text == "–"
    assert ocr._en_dash(word("4—6", (0, 0, 20, 8))).text == "4–6"
    assert ocr._en_dash(word("Lombia", (0, 0, 30, 8))).text == "Lombia"


def test_a_speck_read_as_a_full_stop_does_not_glue_a_word_to_the_number_after_it():
    parts = ocr._unglued(word("(bilagorna.7a–7b).", (100, 0, 180, 8), conf=0.9))
    assert [p.text for p in parts] == ["(bilagorna", "7a–7b)."]
    assert parts[0].box[2] < parts[1].box[0] and parts[1].conf < 0.9
    assert [p.text for p in ocr._unglued(word("1.5", (0, 0, 20, 8)))] == ["1.5"]  # a decimal
    assert [p.text for p in ocr._unglued(word("s.7", (0, 0, 20, 8)))] == ["s.7"]  # an abbreviation
    assert [p.text for p in ocr._unglued(word("Bilaga.", (0, 0, 20, 8)))] == ["Bilaga."]


def test_a_page_read_on_its_side_is_told_by_its_narrow_lines():
    upright = [
        ocr.OcrWord(t, (60 + 60 * k, 100 + 12 * n, 110 + 60 * k, 108 + 12 * n), 0.9, 1, (1, 1, n))
        for n in range(5)
        for k, t in enumerate(["Kommunen", "bestrider", "återkravet"])
    ]
    sideways = [ocr.OcrWord(t, (300, 40 * n, 312, 40 * n + 9), 0.9, 1, (1, 1, n)) for n, t in enumerate(["2", "vo", "EZ", "So", "&", "Kå"])]
    assert ocr._lines_run_across(upright, 600)
    assert not ocr._lines_run_across(sideways, 600)
    assert not ocr._lines_run_across([], 600)
