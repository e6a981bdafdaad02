"""An amount OCR misread by one digit ('0' as '6', '8' as '3') is found by the response's own
arithmetic: the stated total differs from the activities' sum by exactly what one confusable digit
of one amount read on a scanned page explains. That amount is read again with the digit the sum
asks for, its confidence lowered so a reviewer sees it. Written before the rule: the letters are
our own (Eslöv, Mölndal), given as the text OCR hands over."""

from __future__ import annotations

from array import array
from decimal import Decimal

from pipeline.ingest import ingest_bytes
from pipeline.orchestrate import _extract, _structure

# Eslöv: activity 2's claim 48 000 read as 48 600 (a '0' as '6'); the total is read right
ESLOV = """Eslövs kommun
Socialförvaltningen
Yttrande över återkrav av statsbidrag
Eslöv 2025-03-11
Kommunen lämnar här sitt yttrande. Totalt återkrävs 109 500 kr.
1. Fritidsgård i Marieholm
Återkrävt belopp: 23 500 kr
Socialstyrelsen anser att kostnaderna inte är styrkta.
Kommunen medger återkravet och återbetalar beloppet.
2. Sommarlovsaktiviteter
Återkrävt belopp: 48 600 kr
Socialstyrelsen anser att aktiviteterna låg utanför projekttiden.
Kommunen bestrider återkravet i sin helhet.
3. Föräldrastöd
Återkrävt belopp: 38 000 kr
Socialstyrelsen anser att insatsen inte var förebyggande.
Kommunen bestrider återkravet.
Med vänlig hälsning
Karin Olsson
Socialchef
"""

# Mölndal: the claims add up to 104 900 and the total reads 104 960: the total's '0' read as '6'
# explains it as well as a '0' of any claim read as '6' would; one reading is as sure as the
# other, so nothing is changed
MOLNDAL = ESLOV.replace("Eslöv", "Mölndal").replace("109 500 kr", "104 960 kr").replace("48 600 kr", "43 400 kr")


def ocr_document(text: str, name: str):
    """The letter as a scanned page's reading: source OCR, every character read with 0.9."""
    doc = ingest_bytes(text.encode(), name)
    for page in doc.pages:
        page.source = "ocr"
        page.confs = array("f", [0.9] * len(page.text))
    return doc


def claims(ed) -> dict[str, Decimal | None]:
    return {a.number: a.claimed for a in ed.activities}


def test_a_claim_misread_by_one_digit_is_read_again_as_the_total_asks():
    ed = _extract(_structure(ocr_document(ESLOV, "Eslöv yttrande.txt")))
    assert claims(ed) == {"1": Decimal("23500"), "2": Decimal("48000"), "3": Decimal("38000")}
    page = ed.ingested.pages[0]
    at = page.text.index("48 000 kr")
    assert page.confidence(at, at + 6) < 0.8  # the repaired amount asks for review
    assert Decimal("48600") not in {m["value"] for m in ed.money}


def test_a_misread_total_leaves_the_claims_as_read():
    ed = _extract(_structure(ocr_document(MOLNDAL, "Mölndal yttrande.txt")))
    assert claims(ed) == {"1": Decimal("23500"), "2": Decimal("43400"), "3": Decimal("38000")}


def test_a_text_layer_is_never_read_again():
    doc = ingest_bytes(ESLOV.encode(), "Eslöv yttrande.txt")
    ed = _extract(_structure(doc))
    assert claims(ed)["2"] == Decimal("48600")


def test_a_value_placed_nowhere_on_a_scanned_document_is_an_ocr_reading():
    from pipeline.activity_evidence import _source

    scanned = _extract(_structure(ocr_document(ESLOV, "Eslöv yttrande.txt")))
    assert _source(scanned.structured, None) == "ocr"
    typed = _extract(_structure(ingest_bytes(ESLOV.encode(), "Eslöv yttrande.txt")))
    assert _source(typed.structured, None) == "text_layer"
