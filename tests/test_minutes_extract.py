"""A response embedded in a committee's minutes extract: "§ 47 Yttrande över …" as its title,
the positions first as att-clauses under "Beslut" naming the activities, then run-in headings
("Aktivitet 2. Title (31 000 kr). Socialstyrelsen anser …") whose sentence goes on in the body.
Written with the expected values before any run."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from pipeline.orchestrate import process_document
from tests.render import render

BLOCKS = [
    ("p", "LYSEKILS KOMMUN"),
    ("p", "PROTOKOLLSUTDRAG"),
    ("p", "Omsorgsnämnden, sammanträdesdatum 2025-03-04"),
    ("h2", "§ 47 Yttrande över Socialstyrelsens preliminära beslut om återkrav av statsbidrag"),
    ("p", "Beslut"),
    ("p", "Omsorgsnämnden beslutar att som sitt yttrande till Socialstyrelsen anföra det som står i ärendebeskrivningen, samt"),
    ("p", "att medge återkravet avseende aktivitet 1,"),
    ("p", "att bestrida återkravet avseende aktivitet 2, 3 och 4."),
    ("p", "Ärendebeskrivning"),
    (
        "p",
        "Aktivitet 1. Sommarfritids (22 000 kr). Socialstyrelsen bedömer att verksamheten genomfördes sommaren 2023, "
        "efter bidragsperioden. Förvaltningen delar bedömningen.",
    ),
    (
        "p",
        "Aktivitet 2. Fältassistenter (31 000 kr). Socialstyrelsen anser att fältassistenterna är en del av den ordinarie "
        "verksamheten. Tjänsterna inrättades för projektet, se bilaga 1.",
    ),
    (
        "p",
        "Aktivitet 3. Föräldragrupper (9 500 kr). Socialstyrelsen menar att kostnaderna inte är styrkta. Fakturorna finns i bilaga 2.",
    ),
    ("p", "Aktivitet 4. Kvällsfika (4 800 kr). Socialstyrelsen anser att kostnaden är för hög. Fikat var enkelt och billigt."),
    ("p", "Sammantaget medger nämnden återkrav med 22 000 kr."),
    ("p", "Beslutsunderlag"),
    ("p", "Bilaga 1 Beslut om fältassistenter"),
    ("p", "Bilaga 2 Fakturor föräldragrupper"),
    ("p", "Justerandes sign."),
]


def test_a_minutes_extract_answers_the_reclaim(tmp_path: Path) -> None:
    pdf = render(tmp_path / "p.pdf", BLOCKS, header="", footer="{page}")
    ed = process_document(pdf.read_bytes(), "Protokollsutdrag ON 2025-03-04 § 47.pdf")
    assert ed.kind == "response"
    assert [(a.number, a.title, a.claimed, a.position, a.repayment, sorted(a.reasons)) for a in ed.activities] == [
        ("1", "Sommarfritids", Decimal("22000.00"), "accepts_full", Decimal("22000.00"), ["outside_grant_period"]),
        ("2", "Fältassistenter", Decimal("31000.00"), "disputes", Decimal("0.00"), ["ordinary_operations"]),
        ("3", "Föräldragrupper", Decimal("9500.00"), "disputes", Decimal("0.00"), ["unverifiable_costs"]),
        ("4", "Kvällsfika", Decimal("4800.00"), "disputes", Decimal("0.00"), ["excessive_cost"]),
    ]
    assert [a.attachment_id for a in ed.structured.attachment_list] == ["1", "2"]
