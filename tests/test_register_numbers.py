"""Activities numbered by a project register ('2022:4', '2022:9'): the numbers have gaps and a
year, each heading has a claim line under it (in Swedish or, from a municipal company, in English).
Documents written here, with the expected values, before any run."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pipeline.orchestrate import process_document
from tests.render import render

INTRO = (
    "p",
    "Socialnämnden har tagit del av Socialstyrelsens preliminära beslut om återkrav av statsbidrag "
    "och lämnar följande yttrande. Nedan redovisas varje projekt med dess nummer i projektregistret.",
)


def _response(label: str, accept: str, attachment: str) -> list:
    return [
        ("h1", "Yttrande över preliminärt återkrav av statsbidrag"),
        INTRO,
        ("h2", "2022:4 Simskola för nyanlända familjer"),
        ("p", f"{label}: 45 000 kr"),
        ("p", "Socialstyrelsen bedömer att kostnaderna inte är styrkta."),
        ("p", f"Nämnden {accept} återkravet och återbetalar beloppet."),
        ("h2", "2022:9 Fältarbete under sommarlovet"),
        ("p", f"{label}: 128 300 kr"),
        ("p", "Socialstyrelsen anser att insatsen är ordinarie verksamhet."),
        ("p", "Nämnden bestrider återkravet. Fältarbetet var en ny insats."),
        ("h2", "2022:12 Mentorer i skolan"),
        ("p", f"{label}: 61 750,50 kr"),
        ("p", "Socialstyrelsen menar att insatsen genomfördes efter bidragsperioden."),
        ("p", f"Nämnden bestrider återkravet, se {attachment} 1 och {attachment} 2."),
        ("h2", f"{attachment}s" if attachment == "Bilaga" else "Appendices"),
        ("p", f"{attachment} 1 – Närvarolistor mentorer"),
        ("p", f"{attachment} 2 – Schema hösten 2022"),
        ("p", "Tierp den 2 mars 2025"),
        ("p", "Maria Lind, ordförande"),
    ]


@pytest.mark.parametrize(
    ("label", "accept", "attachment"), [("Återkrävt belopp", "medger", "Bilaga"), ("Claimed amount", "godtar", "Appendix")]
)
def test_register_numbered_projects_are_activities(tmp_path: Path, label: str, accept: str, attachment: str) -> None:
    pdf = render(tmp_path / "tierp.pdf", _response(label, accept, attachment), header="", footer="{page}")
    ed = process_document(pdf.read_bytes(), "Tierp yttrande.pdf")
    assert ed.kind == "response"
    got = [(a.number, a.title, a.claimed) for a in ed.activities]
    assert got == [
        ("2022:4", "Simskola för nyanlända familjer", Decimal("45000.00")),
        ("2022:9", "Fältarbete under sommarlovet", Decimal("128300.00")),
        ("2022:12", "Mentorer i skolan", Decimal("61750.50")),
    ]
    assert [(a.attachment_id, a.label) for a in ed.structured.attachment_list] == [
        ("1", "Närvarolistor mentorer"),
        ("2", "Schema hösten 2022"),
    ]
    assert sorted((r.activity_no, r.attachment_id) for r in ed.structured.refs) == [("2022:12", "1"), ("2022:12", "2")]
