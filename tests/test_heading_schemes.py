"""Headings numbered by any scheme a letter repeats: a word or two before the number ("Ärende",
"Er punkt", "Delområde"), numbers of several levels that follow the agency's own case ids
("4.1.2"), numbers that skip, and the marks a plain-text e-mail puts before its headings ("## ").
Documents written here, with the expected values, before any run."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from pipeline.extract import ExtractedDocument
from tests.render import activity_rows, read_response

OPENING = [
    ("h1", "Yttrande över Socialstyrelsens preliminära beslut om återkrav"),
    ("p", "Kommunen har tagit del av Socialstyrelsens underrättelse om återkrav av statsbidrag för 2022 och yttrar sig nedan."),
]
CLOSING = [("p", "Gnesta den 3 mars 2025"), ("p", "Maria Holm, socialchef")]


def _extracted(tmp_path: Path, blocks: list) -> ExtractedDocument:
    return read_response(tmp_path / "r.pdf", OPENING + blocks + CLOSING, "Yttrande.pdf")


def _read(tmp_path: Path, blocks: list) -> list[tuple]:
    return activity_rows(_extracted(tmp_path, blocks))


def test_agency_case_ids_of_three_levels_after_a_word(tmp_path: Path) -> None:
    blocks = [
        ("h2", "Ärende 4.1.2 – Fritidsbank i Frösäng"),
        ("p", "Återkrav: 61 000 kronor"),
        ("p", "Socialstyrelsen bedömer att kostnaderna inte är styrkta. Kommunen bestrider återkravet, se bilaga 1."),
        ("h2", "Ärende 4.1.5 – Sommarjobb för unga"),
        ("p", "Återkrav: 24 500 kronor"),
        ("p", "Socialstyrelsen anser att insatsen är ordinarie verksamhet. Kommunen godtar återkravet."),
        ("h2", "Ärende 5.2.1 – Trygghetsvärdar"),
        ("p", "Återkrav: 98 200 kronor"),
        ("p", "Socialstyrelsen menar att kostnaden är för hög. Kommunen bestrider återkravet."),
    ]
    assert _read(tmp_path, blocks) == [
        ("4.1.2", "Fritidsbank i Frösäng", Decimal("61000.00"), "disputes"),
        ("4.1.5", "Sommarjobb för unga", Decimal("24500.00"), "accepts_full"),
        ("5.2.1", "Trygghetsvärdar", Decimal("98200.00"), "disputes"),
    ]


def test_two_words_before_the_number_and_the_claim_in_the_first_sentence(tmp_path: Path) -> None:
    blocks = [
        ("p", "Er punkt 2: Öppen förskola i Stjärnhov"),
        ("p", "Ni avser att återkräva 35 000 kronor för den öppna förskolan. Kommunen godtar återkravet."),
        ("p", "Er punkt 4: Kvällsfotboll"),
        ("p", "Ni avser att återkräva 18 750 kronor eftersom kostnaderna inte är styrkta. Kommunen bestrider återkravet."),
        ("p", "Er punkt 5: Läxhjälp i Laxne"),
        ("p", "Ni avser att återkräva 40 000 kronor. Kommunen bestrider återkravet och hänvisar till bilaga 2."),
    ]
    assert _read(tmp_path, blocks) == [
        ("2", "Öppen förskola i Stjärnhov", Decimal("35000.00"), "accepts_full"),
        ("4", "Kvällsfotboll", Decimal("18750.00"), "disputes"),
        ("5", "Läxhjälp i Laxne", Decimal("40000.00"), "disputes"),
    ]


def test_a_plain_text_mail_marks_its_headings(tmp_path: Path) -> None:
    blocks = [
        ("p", "## Insats 3 – Nattvandring"),
        ("p", "**Belopp:** 22 tkr"),
        ("p", "Socialstyrelsen bedömer att insatsen inte är styrkt. Vi bestrider återkravet."),
        ("p", "## Insats 7 – Musikskola"),
        ("p", "**Belopp:** 13,5 tkr"),
        ("p", "Socialstyrelsen bedömer att musikskolan är ordinarie verksamhet. Vi medger återkravet."),
    ]
    assert _read(tmp_path, blocks) == [
        ("3", "Nattvandring", Decimal("22000.00"), "disputes"),
        ("7", "Musikskola", Decimal("13500.00"), "accepts_full"),
    ]


def test_a_word_numbering_from_seven_with_gaps(tmp_path: Path) -> None:
    blocks = [
        ("h2", "Delområde 7 – Föreningsstöd"),
        ("p", "Återkrävt belopp: 52 000 kr"),
        ("p", "Socialstyrelsen bedömer att stödet inte når de boende i området. Nämnden bestrider återkravet."),
        ("h2", "Delområde 9 – Ungdomsråd"),
        ("p", "Återkrävt belopp: 8 400 kr"),
        ("p", "Socialstyrelsen bedömer att kostnaderna saknar underlag. Nämnden medger återkravet."),
        ("h2", "Delområde 12 – Parkourbana"),
        ("p", "Återkrävt belopp: 150 000 kr"),
        ("p", "Socialstyrelsen bedömer att investeringen inte omfattas av bidraget. Nämnden bestrider återkravet."),
    ]
    assert _read(tmp_path, blocks) == [
        ("7", "Föreningsstöd", Decimal("52000.00"), "disputes"),
        ("9", "Ungdomsråd", Decimal("8400.00"), "accepts_full"),
        ("12", "Parkourbana", Decimal("150000.00"), "disputes"),
    ]


def test_a_scan_that_lost_the_dash_after_the_number(tmp_path: Path) -> None:
    # OCR drops a thin dash: "Ärende 4.1.2 Fritidsbank …" still opens the scheme's heading
    blocks = [
        ("h2", "Ärende 4.1.2 Fritidsbank i Frösäng"),
        ("p", "Återkrav: 61 000 kronor"),
        ("p", "Socialstyrelsen bedömer att kostnaderna inte är styrkta. Kommunen bestrider återkravet."),
        ("h2", "Ärende 5.2.1 Trygghetsvärdar"),
        ("p", "Återkrav: 98 200 kronor"),
        ("p", "Socialstyrelsen menar att kostnaden är för hög. Kommunen godtar återkravet."),
    ]
    assert _read(tmp_path, blocks) == [
        ("4.1.2", "Fritidsbank i Frösäng", Decimal("61000.00"), "disputes"),
        ("5.2.1", "Trygghetsvärdar", Decimal("98200.00"), "accepts_full"),
    ]
