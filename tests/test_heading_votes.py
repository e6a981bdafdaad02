"""The heading votes (pipeline.heading_votes): candidate readings of a line, and which set of
candidates explains a small letter best. Lines without boxes: layout signals stay silent, the
content signals decide."""

from __future__ import annotations

from decimal import Decimal

import pytest
from test_attachlist import lines_of

from pipeline.heading_votes import candidates_of, voted_headings


@pytest.mark.parametrize(
    "text, number, kind, title, amount",
    [
        ("36 800 kr (i) Fritidsgård Torpa", "i", "roman-lower", "Fritidsgård Torpa", "36800.00"),
        ("iii) Idrottslov för mellanstadiet 19 200 kr", "iii", "roman-lower", "Idrottslov för mellanstadiet", "19200.00"),
        ("Akt. 11 Sommarscen Navestad", "11", "digit", "Sommarscen Navestad", None),
        ("Insats 2 – Utflykter ............ 9.950:-", "2", "digit", "Utflykter", "9950.00"),
        ("§ 4 Läxhjälp i Berga – SEK 12 500", "4", "digit", "Läxhjälp i Berga", "12500.00"),
        ("B. Sommarkollo", "B", "letter-upper", "Sommarkollo", None),
    ],
)
def test_a_line_read_as_a_numbered_heading(text, number, kind, title, amount):
    c = next(c for c in candidates_of(0, text) if c.scheme[3] == kind)
    assert (c.number, c.title, c.amount) == (number, title, Decimal(amount) if amount else None)


@pytest.mark.parametrize(
    "text",
    [
        "3 Socialstyrelsen bedömer att kvällsöppet på ungdomsgården är ordinarie verksamhet och återkräver",
        "2. Kommunen har tagit del av beslutet.",
        "I kommunen finns tre fritidsgårdar som hålls öppna på kvällarna under hela året",
    ],
)
def test_a_paragraph_is_no_heading(text):
    assert candidates_of(0, text) == []


def test_the_set_that_adds_up_to_the_stated_total_with_the_agency_under_each_is_kept():
    lines = lines_of(
        "Socialstyrelsen återkräver 50 000 kr.",
        "Sammanställning",
        "1 Fritidsgård 30 000 kr",
        "2 Kollo 20 000 kr",
        "(a) Fritidsgård",
        "Återkrav: 30 000 kr",
        "Socialstyrelsen anser att gården är ordinarie verksamhet.",
        "Kommunen bestrider återkravet.",
        "(b) Kollo",
        "Återkrav: 20 000 kr",
        "Kommunen medger återkravet.",
    )
    score, heads = voted_headings(lines, range(len(lines)), len(lines))
    assert [(h.number, h.title, h.amount) for h in heads] == [
        ("a", "Fritidsgård", Decimal("30000.00")),
        ("b", "Kollo", Decimal("20000.00")),
    ]
    assert "stated_total" in heads[0].signals and "amount_line" in heads[0].signals
    assert score > 0


def test_a_list_with_nothing_under_its_items_explains_nothing():
    lines = lines_of("Bilagor", "1 Avtal med föreningen", "2 Närvarolistor", "3 Fakturor", "Med vänlig hälsning")
    assert voted_headings(lines, range(len(lines)), len(lines)) == (0.0, [])


@pytest.mark.parametrize(
    "text, number, title, amount",
    [
        ("Etapp 3: Kvällsfotboll i Vretstorp (återkrav 41 500 kr)", "3", "Kvällsfotboll i Vretstorp", "41500.00"),
        ("Akt. nr 7 / Läxhjälp i Sköllersta / 8,5 KSEK", "7", "Läxhjälp i Sköllersta", "8500.00"),
    ],
)
def test_claims_in_brackets_and_after_slashes(text, number, title, amount):
    found = [(c.number, c.title, c.amount) for c in candidates_of(0, text) if c.scheme[3] == "digit"]
    assert found == [(number, title, Decimal(amount))]


def test_a_lists_items_take_the_number_their_text_names_and_the_claim_on_their_line():
    from pipeline.ingest import Line
    from pipeline.structure import Section, inner_numbers

    def sec(number: str, text: str, amount: str | None) -> Section:
        ln = Line(1, 0, len(text), text, None)
        return Section(number, text.split(") ", 1)[1], Decimal(amount) if amount else None, ln)

    sections = [
        sec("1", "1) Om aktivitet 6, Läxhjälp i Ryd, där Socialstyrelsen återkräver 9.800:- med", None),
        sec("2", "2) Angående insats 11, Sommarkollo (SEK 42 000): Socialstyrelsen menar", "7000.00"),
    ]
    inner_numbers(sections)
    assert [(s.number, s.title, s.amount) for s in sections] == [
        ("6", "Läxhjälp i Ryd", Decimal("9800.00")),
        ("11", "Sommarkollo", Decimal("42000.00")),
    ]


def test_a_wrapped_list_item_that_names_its_activity_is_one_even_with_no_reclaim_under_it():
    from pipeline.structure import find_sections, inner_numbers

    lines = lines_of(
        "Kommunen lämnar synpunkter på tre aktiviteter.",
        "1) Om aktivitet 5, Simskola i Lagan, där Socialstyrelsen återkräver SEK 12 500 med",
        "motiveringen att underlag saknas. Kvittona bifogas och kommunen bestrider återkravet.",
        "2) Om aktivitet 9, Nattvandring i Replösa (18.000:-): vandringarna hölls",
        "hösten 2023. Kommunen godtar att beloppet betalas tillbaka.",
        "3) Om aktivitet 12, Föräldraträffar (7.400:-): träffarna hölls två gånger",
        "i månaden hela året och listorna finns hos kommunen.",
    )
    sections = find_sections(lines, [], set(), len(lines))
    inner_numbers(sections)
    assert [(s.number, s.title, s.amount) for s in sections] == [
        ("5", "Simskola i Lagan", Decimal("12500.00")),
        ("9", "Nattvandring i Replösa", Decimal("18000.00")),
        ("12", "Föräldraträffar", Decimal("7400.00")),
    ]


def test_numbers_printed_in_the_headings_beat_numbers_the_reader_counted():
    """Headings that end in an amount and open with a lead-in ('Avs. projekt 5, …'): the reader of
    amount headings counts them 1, 2, 3; the votes read the printed numbers and, explaining as
    many activities as well, win."""
    from pipeline.structure import _better_explained, find_sections

    lines = lines_of(
        "Kommunen yttrar sig över tre projekt, sammanlagt kr 61 400:-.",
        "Avs. projekt 5, Kvällsfotboll Anderstorp – belopp kr 12 000:-",
        "Socialstyrelsens skäl: verksamheten fanns redan före bidraget.",
        "Kommunens ställningstagande: Medges inte.",
        "Avs. projekt 8, Läger vid Bolmen – belopp kr 27 400:-",
        "Socialstyrelsens skäl: kostnaderna för logi är inte styrkta.",
        "Kommunens ställningstagande: Medges.",
        "Avs. projekt 13, Språkcafé Smålandsstenar – belopp kr 22 000:-",
        "Socialstyrelsens skäl: caféet når inte det utpekade området.",
        "Kommunens ställningstagande: Medges inte.",
    )
    found = find_sections(lines, [], set(), len(lines))
    sections = _better_explained(lines, found, ([], set()), len(lines))
    assert [(s.number, s.title, s.amount) for s in sections] == [
        ("5", "Kvällsfotboll Anderstorp", Decimal("12000.00")),
        ("8", "Läger vid Bolmen", Decimal("27400.00")),
        ("13", "Språkcafé Smålandsstenar", Decimal("22000.00")),
    ]
