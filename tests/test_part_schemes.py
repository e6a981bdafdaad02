"""Activities under other part schemes: lower-case letters ('a.', 'b.') and paragraph signs
('§ 1', '§ 2'), with the claim on a line under the heading or in the sentence after it; an
attachment list headed 'Bifogat'. Documents written here, with the expected values, before any run."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from pipeline.extract import ExtractedDocument
from tests.render import activity_rows, read_response

OPENING = [
    ("h1", "Yttrande över preliminärt återkrav av statsbidrag"),
    ("p", "Kommunen har tagit del av Socialstyrelsens underrättelse om återkrav av statsbidrag och yttrar sig nedan."),
]
CLOSING = [("p", "Sala den 4 mars 2025"), ("p", "Anders Berg, socialchef")]


def _extracted(tmp_path: Path, blocks: list) -> ExtractedDocument:
    return read_response(tmp_path / "r.pdf", OPENING + blocks + CLOSING, "Yttrande.pdf")


def _read(tmp_path: Path, blocks: list) -> list[tuple]:
    return activity_rows(_extracted(tmp_path, blocks))


def test_lower_case_lettered_activities(tmp_path: Path) -> None:
    blocks = [
        ("p", "a. Sommarkollo i Norrby"),
        ("p", "Återkrävt belopp: 22.500,00 SEK"),
        ("p", "Socialstyrelsen anför att kostnaderna inte är styrkta. Kommunen medger återkravet."),
        ("p", "b. Läxhjälp på biblioteket"),
        ("p", "Återkrävt belopp: 48.100,00 SEK"),
        ("p", "Socialstyrelsen anför att insatsen är ordinarie verksamhet. Kommunen bestrider återkravet."),
        ("p", "c. Föräldraträffar"),
        ("p", "Återkrävt belopp: 9.800,50 SEK"),
        ("p", "Kommunen bestrider återkravet, se bilaga 1."),
        ("p", "Bifogat"),
        ("p", "1 Närvarolistor föräldraträffar"),
    ]
    ed = _extracted(tmp_path, blocks)
    assert [(a.attachment_id, a.label) for a in ed.structured.attachment_list] == [("1", "Närvarolistor föräldraträffar")]
    assert [(a.number, a.title, a.claimed, a.position) for a in ed.activities] == [
        ("a", "Sommarkollo i Norrby", Decimal("22500.00"), "accepts_full"),
        ("b", "Läxhjälp på biblioteket", Decimal("48100.00"), "disputes"),
        ("c", "Föräldraträffar", Decimal("9800.50"), "disputes"),
    ]


def test_paragraph_sign_activities(tmp_path: Path) -> None:
    blocks = [
        ("p", "§ 1 Nattvandring i Gärdet"),
        ("p", "Socialstyrelsen avser att återkräva 31 000 kr eftersom kostnaderna inte är styrkta. Nämnden medger återkravet."),
        ("p", "§ 2 Mentorer i skolan"),
        ("p", "Socialstyrelsen avser att återkräva 57 400 kr. Nämnden bestrider återkravet."),
        ("p", "§ 3 Idrottsläger"),
        ("p", "Socialstyrelsen avser att återkräva 12 000 kr. Nämnden bestrider återkravet."),
    ]
    assert _read(tmp_path, blocks) == [
        ("1", "Nattvandring i Gärdet", Decimal("31000.00"), "accepts_full"),
        ("2", "Mentorer i skolan", Decimal("57400.00"), "disputes"),
        ("3", "Idrottsläger", Decimal("12000.00"), "disputes"),
    ]


def test_positions_stated_once_for_ranges_of_activities(tmp_path: Path) -> None:
    blocks = [
        *(
            block
            for n, title, amount in (
                (1, "Fältarbete", "18 000"),
                (2, "Läger", "26 500"),
                (3, "Föräldrakurs", "7 300"),
                (4, "Mentorer", "41 000"),
                (5, "Kulturveckan", "30 000"),
            )
            for block in (
                ("p", f"{n}) {title}"),
                ("p", f"Återkrävt belopp {amount}:-"),
                ("p", "Kommentar: Verksamheten redovisas i underlaget, som bifogas."),
            )
        ),
        ("p", "Ställningstagande"),
        ("p", "Kommunen medger återkraven för aktivitet 1–3. Kommunen bestrider återkravet för aktivitet 4."),
        ("p", "För aktivitet 5 medger kommunen 10 000:- och bestrider resterande 20 000:-."),
    ]
    got = [(a.number, a.position, a.repayment) for a in _extracted(tmp_path, blocks).activities]
    assert got == [
        ("1", "accepts_full", Decimal("18000.00")),
        ("2", "accepts_full", Decimal("26500.00")),
        ("3", "accepts_full", Decimal("7300.00")),
        ("4", "disputes", Decimal("0.00")),
        ("5", "accepts_partial", Decimal("10000.00")),
    ]


def test_a_concluding_sentence_after_the_last_activity_is_no_part_of_it(tmp_path: Path) -> None:
    blocks = [
        ("p", "1. Simskola"),
        ("p", "Återkrävt belopp: 30 000 kr"),
        ("p", "Kommunen medger återkravet."),
        ("p", "2. Fältarbete"),
        ("p", "Återkrävt belopp: 52 000 kr"),
        ("p", "Kommunen bestrider återkravet."),
        ("p", "Kommunen medger således återkrav med sammanlagt 30 000 kr."),
    ]
    got = [(a.number, a.position, a.repayment) for a in _extracted(tmp_path, blocks).activities]
    assert got == [("1", "accepts_full", Decimal("30000.00")), ("2", "disputes", Decimal("0.00"))]
