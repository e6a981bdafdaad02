"""A response written as a legal pleading lists its attachments under "BEVISNING" ("Bilaga 1.
Title – till styrkande av …"), items wrapping onto the next line and across a page whose number
stands alone between them. Written with the expected values before any run."""

from __future__ import annotations

from pathlib import Path

from pipeline.orchestrate import process_document
from tests.render import render


def test_the_evidence_list_of_a_pleading(tmp_path: Path) -> None:
    blocks = [
        ("h1", "Yttrande i ärende om återkrav av statsbidrag"),
        ("p", "YRKANDE"),
        ("p", "Kommunen bestrider återkravet avseende delprojekt 1 och medger återkravet avseende delprojekt 2."),
        ("p", "Delprojekt 1 – Mentorer"),
        ("p", "Återkrav: 54 000 kr. Socialstyrelsen anser att kostnaderna inte är styrkta. Kommunen bestrider återkravet, se bilaga 1."),
        ("p", "Delprojekt 2 – Kursmaterial"),
        ("p", "Återkrav: 8 000 kr. Socialstyrelsen anser att materialet inte avser bidragets syfte. Kommunen medger återkravet."),
        ("p", "BEVISNING"),
        (
            "p",
            "Bilaga 1. Utdrag ur lönesystemet, mentorsarvoden 2022 – till styrkande av kostnaderna i delprojekt 1 och av deras omfattning.",
        ),
        ("break",),
        ("p", "Bilaga 2. Avtal med studieförbundet – till styrkande av att mentorerna anlitades för projektet."),
        ("p", "Lerum den 20 februari 2025"),
        ("p", "Sara Ek, kommunjurist"),
    ]
    pdf = render(tmp_path / "r.pdf", blocks, header="", footer="{page}")
    ed = process_document(pdf.read_bytes(), "Yttrande.pdf")
    assert [a.attachment_id for a in ed.structured.attachment_list] == ["1", "2"]
