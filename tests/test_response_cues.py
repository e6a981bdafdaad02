"""A response is a response by the genre's cues (its title or file name, its subject, a stated
position), not only once its activity sections were found. Documents written here, with the
expected kinds, before any run."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.orchestrate import NO_ACTIVITIES, process_document
from pipeline.response_cues import reads_as_response
from tests.render import render

# headings as small-caps labels with a symbol, no numbers and no amounts in them: a style the
# section finder has no rule for
UNNUMBERED_RESPONSE = [
    ("h1", "Yttrande över preliminärt beslut om återkrav av statsbidrag"),
    (
        "p",
        "Ånge kommun, socialnämnden, har tagit del av Socialstyrelsens underrättelse om återkrav "
        "av statsbidrag för kommuner med utsatta områden (dnr 9.2-5512/2024) och lämnar följande yttrande.",
    ),
    ("h2", "◆ Nattvandring i centrum"),
    ("p", "Nämnden delar Socialstyrelsens bedömning och kommer att återbetala beloppet."),
    ("h2", "◆ Läxhjälp på biblioteket"),
    ("p", "Nämnden bestrider återkravet. Kostnaderna avser verksamhet inom bidragets syfte."),
    ("p", "Ånge den 3 mars 2025"),
    ("p", "Karin Holmqvist, ordförande socialnämnden"),
]

AGENCY_DECISION = [
    ("h1", "Preliminärt beslut om återkrav av statsbidrag"),
    (
        "p",
        "Socialstyrelsen har granskat redovisningen av statsbidraget. Kommunen ska återbetala "
        "45 000 kronor. Kommunen har möjlighet att lämna yttrande senast den 1 april 2025.",
    ),
    ("p", "Socialstyrelsen bedömer att kostnaderna inte är förenliga med statsbidragets syfte."),
]

MINUTES_MENTIONING_THE_CASE = [
    ("h1", "Protokoll, kommunstyrelsens arbetsutskott"),
    ("p", "§ 14 Information om Socialstyrelsens granskning av statsbidrag. Arbetsutskottet noterar informationen."),
]


def _pdf(tmp_path: Path, name: str, blocks: list) -> bytes:
    path = render(tmp_path / name, blocks, header="", footer="{page}")
    return path.read_bytes()


def test_a_response_in_an_unknown_heading_style_is_still_a_response(tmp_path: Path) -> None:
    ed = process_document(_pdf(tmp_path, "ange.pdf", UNNUMBERED_RESPONSE), "Ånge kommun yttrande.pdf")
    assert ed.kind == "response"
    doc = ed.ingested
    if not ed.activities:  # read in part, and said so
        assert doc.status == "partial" and NO_ACTIVITIES in doc.error


def test_the_agency_decision_is_no_response(tmp_path: Path) -> None:
    ed = process_document(_pdf(tmp_path, "beslut.pdf", AGENCY_DECISION), "Preliminärt beslut.pdf")
    assert ed.kind != "response"


@pytest.mark.parametrize(
    ("text", "path", "expected"),
    [
        ("Yttrande\nSocialstyrelsens återkrav av statsbidrag.\nKommunen bestrider återkravet.", "a.pdf", True),
        ("Kommunen bestrider Socialstyrelsens återkrav av statsbidrag.", "Svar till Socialstyrelsen.pdf", True),
        # titled and about the case, but no position stated: a cover letter, not the answer
        ("Yttrande\nSocialstyrelsens återkrav av statsbidrag. Ärendet bereds vidare.", "a.pdf", False),
        # a position and a subject, but neither titled nor named a response
        ("Protokoll\nKommunen bestrider Socialstyrelsens återkrav av statsbidrag.", "protokoll.pdf", False),
        # one passing mention of the subject
        ("Yttrande\nKommunen bestrider kravet från Socialstyrelsen.", "a.pdf", False),
        # the title after the sender in a letterhead line, or after a label, in a file named otherwise
        ("Mölndals stad – Yttrande över återkrav av statsbidrag\nNämnden medger återkravet.", "kalkylblad.pdf", True),
        ("Ärende: svar på Socialstyrelsens återkrav\nStatsbidraget 2022. Kommunen bestrider kravet.", "skrivelse.pdf", True),
        # a municipal company answering in English-influenced Swedish
        ("Response: preliminärt återkrav av statsbidrag\nVi accepterar att återbetala beloppet till Socialstyrelsen.", "x.pdf", True),
        ("Återkrav statsbidrag\nVi accepterar återkravet från Socialstyrelsen.", "Reply to Socialstyrelsen.pdf", True),
        # minutes recording that an answer is to be written: no title of a response
        ("Protokoll § 14 Uppdrag att svara Socialstyrelsen om återkrav av statsbidrag\nNämnden bestrider återkravet.", "p.pdf", False),
    ],
)
def test_reads_as_response_wants_all_three_signals(text: str, path: str, expected: bool) -> None:
    assert reads_as_response(text, path) is expected


def test_minutes_that_mention_the_case_are_no_response(tmp_path: Path) -> None:
    ed = process_document(_pdf(tmp_path, "protokoll.pdf", MINUTES_MENTIONING_THE_CASE), "protokoll.pdf")
    assert ed.kind != "response"
