"""A faxed response page (black and white, dust, skew): specks are no punctuation and no bullets,
one glyph is not read twice, and an e-mail address keeps its '@'. Fast tests build the rows the
rules see; the slow one reads the faxed page of tests/gen/faxed_letter.py (expected values written
before granttrail read it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.ingest import dust, ocr
from tests.gen import faxed_letter

FAXED = Path(__file__).parent / "data" / "ocr" / "faxed-letter.pdf"


def word(text: str, box: tuple[float, float, float, float], conf: float = 0.95) -> ocr.OcrWord:
    return ocr.OcrWord(text, box, conf, 1, (1, 1, 1))


def texts(row: list[ocr.OcrWord]) -> list[str]:
    return [w.text for w in row]


def test_a_speck_read_as_punctuation_apart_from_the_words_goes():
    row = [word("beloppet.", (63, 88, 113, 99)), word(":", (308, 93, 309.1, 94.1), 0.89), word(".", (385, 91, 386.1, 92.1), 0.73)]
    assert texts(dust.without_specks(row)) == ["beloppet."]
    # a dash between words and a full stop as tall as the text's are kept
    dash = [word("AB", (62, 38, 77, 47)), word("–", (177, 42, 181.7, 43.1)), word("ett", (186, 38, 201, 47))]
    assert texts(dust.without_specks(dash)) == ["AB", "–", "ett"]


def test_a_speck_glued_before_a_word_goes_but_a_quotation_stays():
    row = [word('"Johan', (57, 241, 92.6, 252.5), 0.56), word("Ek", (98, 241, 110, 250))]
    assert texts(dust.without_specks(row)) == ["Johan", "Ek"]
    assert texts(dust.without_specks([word(".AB", (59, 38, 77, 47), 0.82)])) == ["AB"]
    quoted = [word("”Trygga", (60, 100, 100, 110)), word("vägar”", (104, 100, 140, 110))]
    assert texts(dust.without_specks(quoted)) == ["”Trygga", "vägar”"]


def test_one_glyph_read_twice_is_one_word():
    row = [
        word("2021:7", (63, 351, 111, 361)),
        word("Community-", (118, 351, 205.5, 364)),
        word("-ambassadörer", (202, 343, 303.5, 365)),
        word("i", (310, 351, 317.9, 361)),
        word("i", (316, 354, 318.2, 360.8)),
        word("Andersberg", (324, 344, 413, 374)),
    ]
    assert texts(dust.read_once(row)) == ["2021:7", "Community-ambassadörer", "i", "Andersberg"]
    apart = [word("i", (10, 0, 12, 8)), word("i", (20, 0, 22, 8))]
    assert texts(dust.read_once(apart)) == ["i", "i"]


def test_a_dust_speck_is_no_bullet():
    row = [word(".", (57, 616, 57.7, 617.1), 0.77), word("identifierade", (63, 611, 131, 620)), word("(Appendix", (136, 611, 191, 622))]
    assert ocr._bullet(row)[0].text != "•"
    real = [word("e", (57, 613, 61, 617), 0.6), word("identifierade", (63, 611, 131, 620)), word("(Appendix", (136, 611, 191, 622))]
    assert ocr._bullet(real)[0].text == "•"


def test_an_e_mail_address_keeps_its_at_sign():
    assert dust.mail_at(word("linnea.sjoberg&gavlestadsmiljo.se", (0, 0, 190, 11), 0.2)).text == "linnea.sjoberg@gavlestadsmiljo.se"
    assert dust.mail_at(word("anna.berg©kommun.se", (0, 0, 90, 11))).text == "anna.berg@kommun.se"
    assert dust.mail_at(word("Svensson&Co", (0, 0, 60, 11))).text == "Svensson&Co"
    assert dust.mail_at(word("IQ.se", (0, 0, 20, 11))).text == "IQ.se"


@pytest.mark.slow
@pytest.mark.ocr
def test_the_faxed_letter_reads_without_dust():
    image = faxed_letter.faxed_image()
    page = ocr.recognise(image, faxed_letter.DPI / 72)
    lines = [" ".join(w.text for w in row) for row in page.lines]
    assert not any(ln.startswith("•") for ln in lines), lines
    for heading in faxed_letter.HEADINGS:
        assert heading in lines, lines
    for amount in faxed_letter.AMOUNT_LINES:
        assert any(ln.endswith(amount.split(": ")[1]) for ln in lines), lines
    assert " ".join(faxed_letter.SIGNERS) in lines
    assert any(faxed_letter.EMAIL in ln for ln in lines), lines
    assert FAXED.exists()  # the committed copy is what tests/gen/faxed_letter.py writes
