"""needs_review: doubtful readings named with their competitors, settled by a reviewer."""

from __future__ import annotations

import dataclasses
from decimal import Decimal as D

import pytest

from pipeline.confidence import (
    COMPETING_WORDING,
    FRAGMENT,
    POSITION_DEFAULT_CEILING,
    POSITION_DEFAULTED,
    POSITION_UNSTATED,
    POSITION_WORDED,
    review_checks,
)
from pipeline.confidence import position_confidence as conf_of
from pipeline.evidence import Evidence, Provenance
from pipeline.position_signals import read_statement


def _ev(
    field: str,
    value: str,
    conf: float,
    *,
    raw: str | None = None,
    source: str = "text_layer",
    signals: tuple[str, ...] = ("heading",),
    key: str = "4",
) -> dict:
    return Evidence(
        "d1",
        "activities",
        key,
        field,
        value,
        raw or value,
        Provenance(3, 10, 20),
        source,
        signals,
        conf,
    ).row()  # type: ignore[arg-type]


def test_low_confidence_names_the_competing_readings():
    rows = [
        _ev("claimed_amount_sek", "120000.00", 0.62, signals=("heading",)),
        _ev("claimed_amount_sek", "12000.00", 0.55, signals=("contents",)),
        _ev("title", "Läxhjälp", 0.95),
    ]
    checks = review_checks(rows, 0.8)
    assert [(c["activity_no"], c["check"], c["expected"], c["actual"], c["page"]) for c in checks] == [
        ("4", "needs_review", "12000.00", "120000.00", 3)
    ]
    assert "0.55" in checks[0]["message"] and "contents, heading" in checks[0]["message"]


def test_single_reading_shows_the_printed_text_and_the_threshold_decides():
    rows = [_ev("repayment_amount_sek", "1200.00", 0.7, raw="1 2OO kr", source="ocr")]
    assert [(c["expected"], c["actual"]) for c in review_checks(rows, 0.8)] == [("1 2OO kr", "1200.00")]
    assert review_checks(rows, 0.6) == []


def test_a_reviewers_reading_settles_the_field():
    rows = [
        _ev("claimed_amount_sek", "120000.00", 0.5),
        _ev("claimed_amount_sek", "12000.00", 1.0, source="reviewer", signals=("reviewer",)),
    ]
    assert review_checks(rows, 0.8) == []


def test_arithmetic_that_closes_raises_the_claims_confidence():
    from decimal import Decimal as D

    from pipeline.confidence import corroborate

    ev = [
        _ev("claimed_amount_sek", "1000.00", 0.6, key="1"),
        _ev("claimed_amount_sek", "2500.00", 0.6, key="2"),
        _ev("claimed_amount_sek", "25000.00", 0.3, key="2", signals=("contents",)),
    ]
    tables = {
        "evidence": ev,
        "activities": [
            dict(doc_id="d1", activity_no="1", claimed_amount_sek=D("1000.00")),
            dict(doc_id="d1", activity_no="2", claimed_amount_sek=D("2500.00")),
        ],
        "money": [dict(doc_id="d1", role="total", activity_no=None, currency="SEK", value=D("3500.00"))],
        "activity_invoices": [
            dict(doc_id="d1", activity_no="1", invoice_doc_id="inv", net_amount=D("800.00"), total_amount=D("1000.00"), currency="SEK")
        ],
    }
    corroborate(tables)
    one, two, competitor = ev
    assert one["signals"] == ["heading", "stated_total", "invoices"] and one["confidence"] == 0.9
    assert two["signals"] == ["heading", "stated_total"] and two["confidence"] == 0.8
    assert competitor["confidence"] == 0.3  # the reading not published gains nothing
    tables["money"][0]["value"] = D("3600.00")  # a total that does not close is no signal
    fresh = [_ev("claimed_amount_sek", "2500.00", 0.6, key="2")]
    tables["evidence"] = fresh
    corroborate(tables)
    assert fresh[0]["confidence"] == 0.6


# --------------------------------------------------------------------------------------------
# positions: how sure a position is follows from its sentence (pipeline.position_signals)


@pytest.mark.parametrize(
    "position, sentence, repayment, expected",
    [
        ("disputes", "Kommunen motsätter sig återkravet i sin helhet.", None, POSITION_WORDED),
        ("accepts_full", "Nämnden godtar återkravet och betalar tillbaka 7 250 kronor.", "7250", 1 - (1 - POSITION_WORDED) / 2),
        ("disputes", "Lokalen hyrdes av föreningen under vårterminen.", None, POSITION_DEFAULTED),
        # a default that cites an attachment is raised, but no default passes unreviewed
        ("disputes", "Kvitton för hyran finns i bilaga 4b.", None, POSITION_DEFAULT_CEILING),
        ("disputes", "Vi vidgår att 3 400 kr ska återbetalas men bestrider resten.", None, POSITION_WORDED * COMPETING_WORDING),
        ("accepts_full", "Kommunen godtar delvis bedömningen och återbetalar beloppet.", None, POSITION_WORDED * COMPETING_WORDING),
        ("accepts_full", "med bedömningen och återbetalar", None, POSITION_WORDED * FRAGMENT),
        ("accepts_full", "Kommunen godtar återkravet och återbetalar 5 000 kr.", "12000", POSITION_WORDED * COMPETING_WORDING),
        (
            "accepts_partial",
            "Kommunen medger att 5 000 kr återbetalas och bestrider återkravet i övrigt.",
            "5000",
            1 - (1 - POSITION_WORDED) / 2,
        ),
        ("unclear", None, None, POSITION_UNSTATED),
    ],
)
def test_position_confidence_from_its_sentence(position, sentence, repayment, expected):
    statement = read_statement(position, sentence, D(repayment) if repayment else None)
    if statement is not None:  # the rules' signals alone: the classifier's view is tested below
        statement = dataclasses.replace(statement, model_agrees=False, model_disagrees=False)
    assert conf_of(statement) == pytest.approx(expected)


def test_the_classifier_agreeing_raises_a_worded_position_and_disagreeing_lowers_it():
    from pipeline.confidence import MODEL_DISAGREES

    statement = read_statement("disputes", "Kommunen motsätter sig återkravet i sin helhet.", None)
    assert statement is not None
    alone = dataclasses.replace(statement, model_agrees=False, model_disagrees=False)
    assert conf_of(dataclasses.replace(alone, model_agrees=True)) == pytest.approx(1 - (1 - POSITION_WORDED) / 2)
    assert conf_of(dataclasses.replace(alone, model_disagrees=True)) == pytest.approx(POSITION_WORDED * MODEL_DISAGREES)


def test_a_whole_repayment_is_no_surer_than_the_claim():
    from pipeline.confidence import follow_the_claim

    ev = [
        _ev("claimed_amount_sek", "24000.00", 0.6, key="2"),
        _ev("municipality_position", "accepts_full", 0.95, key="2", signals=("position_wording",)),
        _ev("repayment_amount_sek", "24000.00", 0.95, key="2", signals=("position_wording", "heading")),
        _ev("municipality_position", "disputes", 0.9, key="3", signals=("position_wording",)),
        _ev("repayment_amount_sek", "0.00", 0.9, key="3", signals=("position_wording",)),
        _ev("claimed_amount_sek", "18000.00", 0.6, key="3"),
    ]
    follow_the_claim(ev)
    assert [e["confidence"] for e in ev] == [0.6, 0.95, 0.6, 0.9, 0.9, 0.6]
    stated = [
        _ev("claimed_amount_sek", "24000.00", 0.6, key="2"),
        _ev("municipality_position", "accepts_full", 0.95, raw="Kommunen godtar återkravet och betalar 24 000 kr.", key="2"),
        _ev("repayment_amount_sek", "24000.00", 0.95, key="2"),
    ]
    follow_the_claim(stated)  # the sentence states the sum: the repayment stands on its own reading
    assert stated[2]["confidence"] == 0.95


def test_a_value_a_check_flags_is_less_sure():
    from pipeline.confidence import FLAGGED, doubt_flagged

    ev = [
        _ev("claimed_amount_sek", "1000.00", 0.8, key="1"),
        _ev("claimed_amount_sek", "2500.00", 0.8, key="2"),
        Evidence("d1", "toc_entries", "3", "page", "4", "4", Provenance(1), "text_layer", ("contents", "heading"), 0.87).row(),
        Evidence("d1", "toc_entries", "3", "title", "Läger", "Läger", Provenance(1), "text_layer", ("contents", "heading"), 0.87).row(),
    ]
    tables = {
        "evidence": ev,
        "activities": [dict(doc_id="d1", activity_no="1"), dict(doc_id="d1", activity_no="2")],
        "toc_entries": [dict(doc_id="d1", ordinal=3, number="2", title="Läger", page=4, amount_sek=D("2500.00"))],
        "checks": [
            dict(doc_id="d1", activity_no="1", check="summary_table_mismatch"),
            dict(doc_id="d1", activity_no="2", check="toc_page_mismatch"),
        ],
    }
    doubt_flagged(tables)
    assert [e["confidence"] for e in ev] == [round(0.8 * FLAGGED, 4), 0.8, round(0.87 * FLAGGED, 4), 0.87]
    tables["checks"] = [dict(doc_id="d1", activity_no=None, check="stated_total_mismatch")]
    doubt_flagged(tables)  # a total that does not close puts every claim of the response in doubt
    assert ev[1]["confidence"] == round(0.8 * FLAGGED, 4)
    inv = [
        Evidence("inv", "invoices", "inv", f, v, v, Provenance(1), "text_layer", ("label",), 0.97).row()
        for f, v in (("net_amount", "800.00"), ("vat_amount", "200.00"), ("total_amount", "1100.00"), ("invoice_number", "17"))
    ]
    doubt_flagged({"evidence": inv, "checks": [dict(doc_id="inv", activity_no=None, check="vat_mismatch")]})
    assert [e["confidence"] for e in inv] == [round(0.97 * FLAGGED, 4)] * 3 + [0.97]


def test_positions_in_a_rendered_response_are_as_sure_as_their_sentences(tmp_path):
    """Expected values written from the document's text before the pipeline read it."""
    import confidence_docs
    from conftest import read_tables
    from test_responses import run_rendered

    t = read_tables(run_rendered(tmp_path, confidence_docs.lillnas, "Yttrande Lillnäs.pdf"))
    ev = {(e["key"], e["field"]): e for e in t["evidence"] if e["table"] == "activities"}
    acts = {a["activity_no"]: a for a in t["activities"]}
    # the checks table names the field in its message: "activities 3: municipality_position read as …"
    review = {(c["activity_no"], c["message"].split(": ", 1)[1].split(" ")[0]) for c in t["checks"] if c["check"] == "needs_review"}

    def conf(no: str, fld: str = "municipality_position") -> float:
        return ev[(no, fld)]["confidence"]

    # worded, and the position classifier reads the same: two signals that agree
    assert acts["1"]["municipality_position"] == "disputes" and conf("1") == pytest.approx(1 - (1 - POSITION_WORDED) / 2)
    # worded, its sum stated, and the classifier agreeing: three signals
    assert acts["2"]["municipality_position"] == "accepts_full" and conf("2") == pytest.approx(0.975)
    # the sentence states the sum repaid: the repayment stands on it; where it does not (6), the
    # repayment is the claim and no surer than the claim's reading
    assert conf("2", "repayment_amount_sek") == conf("2")
    assert acts["6"]["municipality_position"] == "accepts_full" and acts["6"]["repayment_amount_sek"] == D("15000.00")
    assert conf("6", "repayment_amount_sek") == conf("6", "claimed_amount_sek") < conf("6") == pytest.approx(1 - (1 - POSITION_WORDED) / 2)
    assert acts["3"]["municipality_position"] == "disputes" and conf("3") == pytest.approx(POSITION_DEFAULTED)
    assert ("3", "municipality_position") in review and ("1", "municipality_position") not in review
    assert acts["4"]["municipality_position"] == "disputes" and conf("4") == pytest.approx(POSITION_DEFAULT_CEILING)
    assert ("4", "municipality_position") in review
    # accepts 12 000 and disputes the rest: read right and sure, or read wrong and doubted
    five = acts["5"]
    if five["municipality_position"] == "accepts_partial" and five["repayment_amount_sek"] == D("12000.00"):
        assert conf("5") >= 0.9
    else:
        assert conf("5") < 0.8 and ("5", "municipality_position") in review


def test_contents_entries_as_sure_as_their_headings_confirm(tmp_path):
    """Expected values written from the document before the pipeline read it: an entry its
    heading confirms is surer than one read from the contents alone; a title the heading words
    differently, and a page the heading is not on, are doubted."""
    import confidence_docs
    from conftest import read_tables
    from test_responses import run_rendered

    t = read_tables(run_rendered(tmp_path, confidence_docs.bergvik, "Yttrande Bergvik.pdf"))
    number_of = {str(e["ordinal"]): e["number"] for e in t["toc_entries"]}
    conf = {(number_of[e["key"]], e["field"]): e["confidence"] for e in t["evidence"] if e["table"] == "toc_entries"}
    assert conf[("1", "title")] >= 0.9 and conf[("1", "page")] >= 0.9 and conf[("1", "number")] >= 0.9
    assert conf[("2", "title")] < 0.8 <= conf[("2", "page")]
    assert conf[("3", "page")] < 0.8 <= conf[("3", "title")]


def test_a_positions_evidence_names_how_its_sentence_bore_on_it():
    from pipeline.confidence import position_signals

    def names(position: str, sentence: str | None, repaid: str | None = None) -> tuple[str, ...]:
        return position_signals(read_statement(position, sentence, D(repaid) if repaid else None))

    assert names("disputes", "Underlag för resorna finns i bilaga 6.") == ("position_wording", "default", "cites_attachment")
    assert names("accepts_full", "Vi godtar återkravet och betalar tillbaka 9 900 kr.", "9900") == (
        "position_wording",
        "sum_stated",
        "classifier_agrees",
    )
    assert names("disputes", "och kommunen bestrider") == ("position_wording", "cut_sentence", "classifier_agrees")
    assert names("unclear", None) == ("position_wording",)
