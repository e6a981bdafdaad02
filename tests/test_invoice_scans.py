"""Photographed and scanned invoices: a photo's uneven light evened out before OCR, and the
invoice reader's answers to what OCR makes of boxes and percent signs. The inputs are made here
(an image drawn with PIL, OCR-like text written out), each with the values it must give."""

from __future__ import annotations

from decimal import Decimal as D

import numpy as np
import pytest
from PIL import Image, ImageDraw

from pipeline.ingest import ingest_bytes
from pipeline.ingest.photo import even_light
from pipeline.invoicing.fields import parse_number
from pipeline.invoicing.reader import read
from pipeline.structure import _reads_as_invoice


def _sheet(paper: np.ndarray) -> Image.Image:
    """Rows of dark bars (strokes) on the given paper."""
    im = Image.fromarray(paper.astype(np.uint8), mode="L")
    draw = ImageDraw.Draw(im)
    for y in range(100, 700, 40):
        for x in range(80, 520, 30):
            draw.rectangle([x, y, x + 18, y + 3], fill=40)
    return im


def test_a_photos_falling_light_and_dark_surround_become_white_paper():
    h, w = 800, 600
    light = np.linspace(225, 150, w)[None, :].repeat(h, axis=0)  # the light falls off to the right
    light[:, :160] = 70  # the desk beside the sheet
    flat = np.asarray(even_light(_sheet(light)))
    paper = flat[310:335, 240:580]  # between two rows of strokes
    assert paper.min() >= 230  # paper white from the bright side to the dark one
    assert flat[:, :60].min() >= 230  # the desk too, away from the sheet's edge
    assert flat[102, 265] < 120 and flat[102, 505] < 120  # strokes stay dark on the bright side and the dark one


@pytest.mark.parametrize("paper_level", [255, 250])
def test_a_scan_is_left_as_it_is(paper_level):
    scan = _sheet(np.full((800, 600), paper_level))
    assert even_light(scan) is scan


@pytest.mark.parametrize(
    "text, number",
    [
        ("T 2023-1207", "2023-1207"),  # a box's rule read as a T
        ("| JH-4471-23", "JH-4471-23"),
        ("I 88213", "88213"),
        ("2023-1207", "2023-1207"),
    ],
)
def test_a_rule_read_as_a_letter_before_the_number_is_skipped(text, number):
    got = parse_number(text)
    assert got is not None and got[0] == number


def test_a_letter_that_is_part_of_no_number_stays_no_number():
    assert parse_number("A 1234") is None  # "A" is no rule: no number follows a letter here by guess
    assert parse_number("T abc") is None


@pytest.mark.parametrize(
    "text, net, vat, total",
    [
        (  # Swedish, the percent signs read as "Yo"
            "Fjällstugans Konferens AB FAKTURA\nFakturanr Fakturadatum\n3391 2024-02-14\n"
            "Specifikation Antal Enhet Pris Summa\nKonferensdag 20 pers 20 st 450,00 9 000,00\nLokal 1 st 3 000,00 3000.00\n"
            "Belopp exkl. moms 12 000,00\nMoms 12 Yo 1 080,00\nMoms 25 Yo 750,00\nSumma inkl. moms 13 830,00\n",
            "12000.00",
            "1830.00",
            "13830.00",
        ),
        (  # German, the percent signs lost altogether
            "Gasthof Lindenhof\nRECHNUNG\nRechnungsnummer 7781\nRechnungsdatum 02.03.2024\n"
            "Nettobetrag 1.400,00\nMwSt 7 73,50\nMwSt 19 66,50\nGesamtbetrag 1.540,00\n",
            "1400.00",
            "140.00",
            "1540.00",
        ),
    ],
)
def test_vat_lines_whose_rates_ocr_lost_add_up_when_the_total_closes(text, net, vat, total):
    r = read(ingest_bytes(text.encode(), "case/bilagor/scan.txt"))
    assert (r.values["net_amount"], r.values["vat_amount"], r.values["total_amount"]) == (D(net), D(vat), D(total))


def test_a_scan_whose_letterhead_ocr_could_not_read_is_still_an_invoice():
    text = (
        "FRRCICE BÖR IC RC JÖSSE EE SL\nWISE WE 66 12 66\nRechnungsempfänger Rechnungsnummer RG-1188\n"
        "Gemeinde Tranås Rechnungsdatum 11.10.2023\nBezeichnung Menge Betrag\nSeminarraum 1 150,00\n"
        "Nettobetrag 150,00 EUR\nzzgl. MwSt. 19 28,50 EUR\nGesamtbetrag 178,50 EUR\n"
    )
    assert _reads_as_invoice(text)
    # a response that cites a German invoice's number and sum is no invoice
    response = (
        "Yttrande över Socialstyrelsens återkrav\nRechnungsnummer RG-1188 avser lokalhyra.\nGesamtbetrag 178,50 EUR har redovisats.\n"
    )
    assert not _reads_as_invoice(response)
