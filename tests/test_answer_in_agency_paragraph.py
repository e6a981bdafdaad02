"""The municipality's answer inside the paragraph that reports the agency's assessment: after a
sentence ending on a lettered attachment ("… i bilaga D. Kommunen godtar …"), and with the
municipality as subject later in its sentence ("Det stämmer, och kommunen godtar återkravet.",
"Därför bestrider vi återkravet."). Written with the expected values before any run."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from pipeline.orchestrate import process_document
from tests.render import render


def test_answers_inside_the_agencys_paragraph(tmp_path: Path) -> None:
    blocks = [
        ("h1", "Yttrande över preliminärt beslut om återkrav"),
        ("p", "Kommunen lämnar följande yttrande över Socialstyrelsens preliminära beslut om återkrav av statsbidrag."),
        ("h2", "1. Familjeveckor"),
        ("p", "Återkrav: 64 000 kronor"),
        (
            "p",
            "Socialstyrelsen anser att kostnaderna för två av veckorna saknar underlag. Underlag för de övriga finns i "
            "bilaga B. Kommunen godtar återkravet till den del det avser veckorna utan underlag, 16 000 kronor.",
        ),
        ("h2", "2. Lovaktiviteter"),
        ("p", "Återkrav: 31 500 kronor"),
        ("p", "Socialstyrelsen konstaterar att aktiviteterna hölls under 2023. Det stämmer, och kommunen godtar återkravet."),
        ("h2", "3. Mötesplats"),
        ("p", "Återkrav: 88 000 kronor"),
        (
            "p",
            "Socialstyrelsen menar att mötesplatsen är ordinarie verksamhet. Den startade med bidraget, se bilaga C. "
            "Därför bestrider vi återkravet.",
        ),
        ("p", "Bilagor"),
        ("p", "A Ansökan"),
        ("p", "B Underlag familjeveckor"),
        ("p", "C Beslut om mötesplatsen"),
        ("p", "Kumla den 2 mars 2025"),
        ("p", "Johan Ek, socialchef"),
    ]
    pdf = render(tmp_path / "r.pdf", blocks, header="", footer="{page}")
    ed = process_document(pdf.read_bytes(), "Yttrande.pdf")
    assert [(a.number, a.claimed, a.position, a.repayment) for a in ed.activities] == [
        ("1", Decimal("64000.00"), "accepts_partial", Decimal("16000.00")),
        ("2", Decimal("31500.00"), "accepts_full", Decimal("31500.00")),
        ("3", Decimal("88000.00"), "disputes", Decimal("0.00")),
    ]
