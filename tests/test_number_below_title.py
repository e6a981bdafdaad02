"""Headings that hold only the activity's title, its number on a labelled line under it
("Socialstyrelsens nr: 4 | Återkrävt: 143 750,00 kr", "Aktivitetsnummer: 12 · Belopp: 40 000 kr"),
as a word processor's styles print them. Written with the expected values before any run."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from tests.render import activity_rows, read_response

OPENING = [
    ("h1", "Kommunens svar om återkrav av statsbidrag"),
    ("p", "Socialstyrelsen avser att återkräva delar av bidraget för 2022. Nedan lämnar vi våra synpunkter."),
]


def _read(tmp_path: Path, blocks: list) -> list[tuple]:
    closing = [("p", "Med vänlig hälsning"), ("p", "Ida Berg, socialchef")]
    return activity_rows(read_response(tmp_path / "r.pdf", OPENING + blocks + closing, "Svar.pdf", footer=""))


def test_the_number_on_a_field_line_under_the_title(tmp_path: Path) -> None:
    blocks = [
        ("h2", "Läxhjälp i Hede"),
        ("p", "Aktivitetsnummer: 12 · Belopp: 40 000 kr"),
        ("p", "Socialstyrelsen bedömer att läxhjälpen är ordinarie skolverksamhet. Vi bestrider återkravet."),
        ("h2", "Sommarkollo"),
        ("p", "Aktivitetsnummer: 15 · Belopp: 22 500 kr"),
        ("p", "Socialstyrelsen bedömer att kollot hölls 2023. Vi accepterar återkravet."),
    ]
    assert _read(tmp_path, blocks) == [
        ("12", "Läxhjälp i Hede", Decimal("40000.00"), "disputes"),
        ("15", "Sommarkollo", Decimal("22500.00"), "accepts_full"),
    ]


def test_the_agencys_number_and_the_claim_in_one_grey_line(tmp_path: Path) -> None:
    blocks = [
        ("h2", "Brobyggare i Funäsdalen"),
        ("p", "Socialstyrelsens nr: 4 | Återkrävt: 143 750,00 kr"),
        ("p", "Socialstyrelsen bedömer att lönekostnaderna inte är styrkta. Vi anser inte att återkrav ska ske."),
        ("h2", "Ungdomscafé"),
        ("p", "Socialstyrelsens nr: 7 | Återkrävt: 36 900,00 kr"),
        ("p", "Socialstyrelsen anser att caféet är ordinarie fritidsverksamhet. Vi accepterar återkravet."),
    ]
    assert _read(tmp_path, blocks) == [
        ("4", "Brobyggare i Funäsdalen", Decimal("143750.00"), "disputes"),
        ("7", "Ungdomscafé", Decimal("36900.00"), "accepts_full"),
    ]
