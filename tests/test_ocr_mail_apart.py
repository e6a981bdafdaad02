"""An e-mail address OCR read as three words, its '@' a glyph of its own, is one address again."""

from __future__ import annotations

from pipeline.ingest import dust
from pipeline.ingest.ocr import OcrWord


def words(*spec: tuple[str, float, float]) -> list[OcrWord]:
    return [OcrWord(text, (x0, 100.0, x1, 108.0), 0.9, 1, (1, 1, 1)) for text, x0, x1 in spec]


def test_the_lone_at_glyph_between_a_name_and_a_domain_joins_them():
    row = words(("E-post:", 10, 40), ("karin.olsson", 44, 96), ("2", 98, 104), ("ljusnarsberg.se", 106, 170))
    out = dust.mail_at_apart(row)
    assert [w.text for w in out] == ["E-post:", "karin.olsson@ljusnarsberg.se"]
    assert out[1].box == (44, 100.0, 170, 108.0) and out[1].conf < 0.9
    real_at = words(("per.nyman", 0, 40), ("@", 42, 49), ("hylte.se,", 51, 80), ("tel", 84, 96))
    assert [w.text for w in dust.mail_at_apart(real_at)] == ["per.nyman@hylte.se,", "tel"]
    short_box = words(("lena.ek", 0, 12), ("2", 26, 28), ("bjuv.se", 29, 50))  # the name's box stops short of its letters
    assert [w.text for w in dust.mail_at_apart(short_box)] == ["lena.ek@bjuv.se"]


def test_words_that_only_look_alike_stay_apart():
    far = words(("karin.olsson", 44, 96), ("2", 140, 146), ("ljusnarsberg.se", 150, 210))  # a column gap, not an address
    assert len(dust.mail_at_apart(far)) == 3
    counted = words(("bilaga", 0, 30), ("2", 33, 38), ("sidan", 41, 60))  # no domain after the digit
    assert len(dust.mail_at_apart(counted)) == 3
    swedish = words(("Läs", 0, 15), ("2", 17, 22), ("kommun.se", 24, 60))  # no address name before it
    assert len(dust.mail_at_apart(swedish)) == 3
