"""Responses that are not letters (tests/gen/answer_genres.py): answer forms, slide decks and
question-and-answer sheets, run end to end once from the committed PDFs and compared with the
gold written down with them before the pipeline ever read them."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from case_runs import run_cases

DATA = Path(__file__).resolve().parent / "data" / "answer_genres"
CASES = sorted(p.name for p in DATA.iterdir() if (p / "gold.json").exists())
FORMS = [c for c in CASES if c.startswith("form-")]
DECKS = [c for c in CASES if c.startswith("deck-")]
SHEETS = [c for c in CASES if c.startswith("qa-")]


def gold_of(case: str) -> dict:
    files = json.loads((DATA / case / "gold.json").read_text(encoding="utf-8"))["files"]
    return next(iter(files.values()))


def amount(v) -> Decimal | None:
    return None if v is None else Decimal(str(v)).quantize(Decimal("0.01"))


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    pdfs = {case: next((DATA / case).glob("*.pdf")) for case in CASES}
    return run_cases(tmp_path_factory.mktemp("answer_genres"), pdfs)


@pytest.mark.parametrize("case", CASES)
def test_each_activity_once_by_its_own_number_with_title_claim_and_page(runs, case):
    """Field numbers, question numbers and slide numbers are never activities; a deck's activity
    starts on its own slide, not on the overview that lists every activity."""
    got = {a["activity_no"]: (a["title"], amount(a["claimed_amount_sek"]), a["page_start"]) for a in runs[case]["activities"]}
    want = {a["activity_no"]: (a["title"], amount(a["claimed_amount_sek"]), a["page_start"]) for a in gold_of(case)["activities"]}
    assert got == want
    assert runs[case]["documents"][0]["kind"] == "response"


@pytest.mark.parametrize("case", FORMS + ["deck-boras", "qa-solna"])
def test_the_ticked_box_or_the_answer_gives_position_and_repayment(runs, case):
    got = {a["activity_no"]: (a["municipality_position"], amount(a["repayment_amount_sek"])) for a in runs[case]["activities"]}
    want = {a["activity_no"]: (a["municipality_position"], amount(a["repayment_amount_sek"])) for a in gold_of(case)["activities"]}
    assert got == want


# deck-lund and qa-vaxjo head their one attachment "Bilaga" (singular): pipeline.attachlist's to read
@pytest.mark.parametrize("case", FORMS + [c for c in DECKS if c != "deck-lund"] + ["qa-solna"])
def test_the_attachment_list_in_a_field_or_on_a_slide_and_its_activities(runs, case):
    got = sorted((a["attachment_id"], a["activity_no"]) for a in runs[case]["attachments"])
    assert got == sorted((a["attachment_id"], a["activity_no"]) for a in gold_of(case).get("attachments", []))
    assert not [c for c in runs[case]["checks"] if c["check"] in ("unresolved_reference", "unreferenced_attachment")]


def test_a_forms_bare_amounts_in_money_fields_are_money(runs):
    """'45 000' typed beside 'Belopp som återkrävs (kr)' is a money mention of its activity."""
    rows = {(r["activity_no"], amount(r["value"])) for r in runs["form-gavle"]["money"]}
    assert {("2", Decimal("45000.00")), ("5", Decimal("62400.00")), ("9", Decimal("18250.00")), ("2", Decimal("15000.00"))} <= rows


def test_the_forms_sender_field_names_the_issuer(runs):
    doc = runs["form-lulea"]["documents"][0]
    assert (doc["issuer"], doc["municipality"]) == ("Luleå kommun", "Luleå")


@pytest.mark.parametrize(
    ("case", "activity", "agency_says", "answer_says"),
    [
        ("qa-solna", "5", "ordinarie verksamhet", "bestrider"),
        ("qa-vaxjo", "1", "fanns redan innan bidraget", "bestrider"),
        ("deck-umea", "3", "Deltagarna kom inte från området", "Två av tre deltagare"),
        ("deck-boras", "14", "öppna för alla", "bestrider"),
        ("deck-malmo", "5", "inte verifieras", "bestrider"),
        ("deck-lund", "9", "saknar underlag", "bestrider"),
    ],
)
def test_the_labels_say_whose_words_are_whose(runs, case, activity, agency_says, answer_says):
    """The agency's part under its label is the assessment; the answer under its own is not."""
    row = next(a for a in runs[case]["activities"] if a["activity_no"] == activity)
    assert agency_says in (row["agency_assessment"] or "")
    assert answer_says not in (row["agency_assessment"] or "")


@pytest.mark.parametrize(
    ("values", "cells", "position"),
    [
        (["[ ] Kommunen medger återkravet [X] Kommunen", "medger delvis [ ] Kommunen medger inte"], [], "accepts_partial"),
        (["☐ Vi godtar återkravet", "☐ Vi godtar en del av återkravet", "☒ Vi godtar inte återkravet"], [], "disputes"),
        (["■ Medges Medges delvis Bestrids"], ["■ Medges", "Medges delvis", "Bestrids"], "accepts_full"),
        (["Medger X Bestrider"], ["Medger", "X Bestrider"], "disputes"),
        (["( ) Godtar (X) Godtar delvis ( ) Godtar inte"], [], "accepts_partial"),
        (["√ Medges", "Medges inte"], ["√ Medges", "Medges inte"], "accepts_full"),
        (["☐ Medger ☐ Bestrider ☐ Medger delvis"], [], "unclear"),  # none ticked: not decided
    ],
)
def test_the_ticked_option_whatever_the_box(values, cells, position):
    from pipeline.form_fields import tick_answer
    from pipeline.ingest import Line

    lines = [Line(1, 0, len(v), v, None) for v in values]
    got = tick_answer(lines, cells)
    assert got is not None and got[0] == position


def test_a_sentence_with_position_words_is_no_tick_box():
    from pipeline.form_fields import tick_answer
    from pipeline.ingest import Line

    text = "Kommunen medger återkravet för hyran men bestrider resten av kostnaderna."
    assert tick_answer([Line(1, 0, len(text), text, None)], [text]) is None
