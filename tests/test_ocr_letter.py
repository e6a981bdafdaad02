"""A scanned response page: contents entries keep their page numbers after an amount and a wiped
leader, a stamp's frame is no text, and paragraphs set with a word processor's spacing stay apart
(the OCR page model's baseline and font size)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from pipeline.ingest import ocr, typography
from pipeline.tocline import toc_line
from tests.gen import scanned_letter

LETTER = Path(__file__).parent / "data" / "ocr" / "scanned-letter.pdf"


def word(text: str, box: tuple[float, float, float, float]) -> ocr.OcrWord:
    return ocr.OcrWord(text, box, 0.9, 1, (1, 1, 1))


def test_a_rows_baseline_is_where_its_letters_sit_not_where_descenders_hang():
    row = [word("Kommunen", (10, 100, 80, 110)), word("gripa", (85, 102, 120, 113)), word("om", (125, 103, 140, 110))]
    assert typography.row_baseline(row) == 110


def test_font_size_from_word_heights_whatever_the_letters():
    # 11 pt type: x-height about 5.5 pt, capitals 7.8 pt, x-height and descender 7.6 pt
    row = [word("om", (0, 102.5, 12, 108)), word("Krav", (15, 100.2, 40, 108)), word("gupp", (45, 102.5, 70, 110.1))]
    assert typography.row_size(row) == pytest.approx(11.0, abs=0.4)
    junk = [*row, word("beloppet", (75, 100.2, 110, 118))]  # a stroke below taken into the box
    assert typography.row_size(junk) == pytest.approx(11.0, abs=0.4)


def test_rows_near_the_body_size_share_it_and_a_heading_keeps_its_own():
    body = [[word("Kommunen", (0, 100, 60, 100 + h))] for h in (7.6, 7.9, 7.8, 8.0)]
    heading = [word("Yttrande", (0, 50, 90, 61.4))]  # 16 pt capitals
    sizes = typography.line_sizes([heading, *body])
    assert len(set(sizes[1:])) == 1
    assert sizes[0] == pytest.approx(16.0, abs=0.5)


def test_a_page_number_cut_close_from_its_strip_and_a_frame_is_no_glyph():
    scale = 200 / 72
    band = np.zeros((30, 400), dtype=bool)
    band[10:15, 0:300] = True  # a stamp frame's side running through the row: thin all along
    band[6:23, 350:361] = True  # a digit
    band[4, 320] = band[4, 330] = True  # specks a wiped leader left
    assert ocr._inked_span(band, 0, 400, scale) == (350 - 8, 361 + 8)
    seven = np.zeros((30, 40), dtype=bool)
    seven[6:8, 10:20] = True  # a '7': its bar, and a thin stroke down to the baseline
    for k in range(15):
        seven[8 + k, 19 - k // 2 : 21 - k // 2] = True
    assert ocr._inked_span(seven, 0, 40, scale) == (10 - 8, 21 + 8)
    crossing = np.zeros((30, 40), dtype=bool)
    crossing[:, 10:14] = True  # a frame's upright side crosses the row's band
    assert ocr._inked_span(crossing, 0, 40, scale) is None


@pytest.mark.slow
@pytest.mark.ocr
def test_a_scanned_letter_keeps_contents_pages_and_paragraphs():
    from pipeline.ingest import ingest_bytes

    doc = ingest_bytes(LETTER.read_bytes(), LETTER.name)
    lines = doc.pages[0].text.split("\n")
    entries = [e for e in map(toc_line, lines) if e]
    assert [page for _, page in entries] == [page for _, page in scanned_letter.CONTENTS]
    assert [title.split(",")[-1].strip() for title, _ in entries[1:5]] == [
        t.split(",")[-1].strip() for t, _ in scanned_letter.CONTENTS[1:5]
    ]
    for paragraph in scanned_letter.PARAGRAPHS:
        first, last = " ".join(paragraph.split()[:4]), " ".join(paragraph.split()[-2:])
        assert any(ln.startswith(first) and ln.endswith(last) for ln in lines), paragraph


@pytest.mark.slow
@pytest.mark.ocr
def test_the_engine_kept_in_process_reads_as_the_command_line_and_is_reused():
    from pipeline.ingest import tessapi, tesseract

    if not tessapi.available():
        pytest.skip("libtesseract cannot be loaded here: the command line is used")
    image = scanned_letter.scanned_image().crop((0, 0, 1654, 700))
    by_api = tesseract._read_words(image, ocr.TESS_CONFIG).words
    assert by_api == tesseract._read_words_by_command(image, ocr.TESS_CONFIG).words
    assert any(w.text == "Tingsryds" for w in by_api)
    engines = len(tessapi._ENGINES)
    tesseract._read_words(image, ocr.TESS_CONFIG)
    assert len(tessapi._ENGINES) == engines


@pytest.mark.ocr
def test_settings_read_while_the_model_loads_reach_the_engine():
    import ctypes

    from pipeline.ingest import tessapi

    if not tessapi.available():
        pytest.skip("libtesseract cannot be loaded here: the command line is used")
    config = "--psm 3 -c load_system_dawg=0 -c load_freq_dawg=0 -c tessedit_do_invert=0"
    assert tessapi._load_settings(config) == ([b"load_system_dawg", b"load_freq_dawg"], [b"0", b"0"])
    lib = tessapi._library()
    lib.TessBaseAPIGetBoolVariable.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]
    with tessapi._engine("swe", config) as api:
        loaded = ctypes.c_int(-1)
        assert lib.TessBaseAPIGetBoolVariable(api, b"load_system_dawg", ctypes.byref(loaded))
        assert loaded.value == 0
        assert lib.TessBaseAPIGetBoolVariable(api, b"tessedit_do_invert", ctypes.byref(loaded))
        assert loaded.value == 0
