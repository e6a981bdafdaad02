"""Responses in forms the activity finder had not seen (tests/gen/acts_signals.py): the agency's
codes as activity numbers, amounts in "Skr", heading fields set off by bars, a reference where the
title would stand, and responses titled as a memo, an e-mail or a minute. Each committed PDF read
by the pipeline and compared with the values written down with it before the pipeline ran."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import documents_reader

DATA = Path(__file__).resolve().parent / "data" / "acts_signals"
EXPECTED = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def read():
    return documents_reader(DATA)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_response_in_any_form_is_a_response(read, name):
    assert read(name).kind == EXPECTED[name]["kind"]


@pytest.mark.parametrize("name", sorted(n for n in EXPECTED if "activities" in EXPECTED[n]))
def test_activities_numbers_titles_and_claims(read, name):
    got = [(a.number, a.title, a.claimed) for a in read(name).activities]
    want = [(a["activity_no"], a["title"], Decimal(a["claimed"])) for a in EXPECTED[name]["activities"]]
    assert got == want


@pytest.mark.parametrize(
    ("line", "number", "title"),
    [
        ("ÅK-4 Nattvandring Viksjö och Kallhäll", "ÅK-4", "Nattvandring Viksjö och Kallhäll"),
        ("SR-12: Simskola för nyanlända", "SR-12", "Simskola för nyanlända"),
        ("K3 Ungdomsrådets sommarresa", "K3", "Ungdomsrådets sommarresa"),
        ("Åtg-07 – Lovbibliotek", "Åtg-07", "Lovbibliotek"),
    ],
)
def test_a_code_of_letters_joined_to_a_number_is_an_id(line, number, title):
    from pipeline.heading_votes import candidates_of

    assert [(c.number, c.title) for c in candidates_of(0, line)] == [(number, title)]


@pytest.mark.parametrize(
    "line",
    ["KS 2024/0459 Yttrande", "P-2207 Fakturor till kommunen", "SN-2024/301 Beslut", "Bil-1 Fakturor", "E4 var avstängd i två dagar."],
)
def test_a_reference_a_register_number_or_a_sentence_is_no_code_id(line):
    from pipeline.heading_votes import candidates_of

    assert candidates_of(0, line) == []


def test_heading_fields_set_apart_by_bars_or_dots_end_no_title():
    from pipeline.heading_votes import candidates_of

    got = [
        (c.number, c.title, str(c.amount)) for c in candidates_of(0, "Aktivitet 5 · Hälsoinspiratörer i Bäckebo | Återkrav 102 000,00 kr")
    ]
    assert got == [("5", "Hälsoinspiratörer i Bäckebo", "102000.00")]


PRESS_RELEASE = """Pressmeddelande 2025-03-01
Kommunen bestrider Socialstyrelsens återkrav
Socialstyrelsen återkräver 450 000 kr för fritidsgården och 120 000 kr för lovskolan.
Kommunen bestrider återkravet för fritidsgården. För lovskolan medger kommunen återkravet."""

AGENCY_LETTER = """Socialstyrelsen
Preliminärt beslut om återkrav
Socialstyrelsen återkräver 45 000 kr för aktivitet 1 och 12 000 kr för aktivitet 3.
Kommunen får yttra sig senast den 1 april 2025."""

MEMO = """PM
Underlag om Socialstyrelsens beslut
Socialstyrelsen återkräver 14 000 kr för lovfisket. Vi bestrider återkravet.
För kvällsbadet återkräver Socialstyrelsen 21 500 kr. Vi godtar återkravet."""


def test_the_reclaim_answered_item_by_item_is_a_response_by_content():
    from pipeline.response_cues import answers_the_reclaim, reads_as_response

    assert answers_the_reclaim(MEMO) and reads_as_response(MEMO, "pm.pdf")
    assert not answers_the_reclaim(PRESS_RELEASE)  # its label says what it is
    assert not answers_the_reclaim(AGENCY_LETTER)  # amounts reclaimed, no stance of the municipality's
