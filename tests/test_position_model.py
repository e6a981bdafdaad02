"""The municipality's position read by the trained classifier (pipeline.positions) beside the
rules, and a repayment stated as a share of the claim. Sentences of my own, in registers the rules
were not written for (English by an international office, klarspråk, committee prose); every
expected value was written before the pipeline was run on them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline import positions
from pipeline.extract import Paragraph, position_of
from pipeline.ingest import Line
from pipeline.position_signals import read_statement, repaid_amounts, repaid_share
from pipeline.structure import Section

CLAIM = Decimal("60000")


def _position(*sentences: str, claimed: Decimal = CLAIM):
    paras = []
    for s in sentences:
        line = Line(1, 0, len(s), s, None)
        paras.append(Paragraph(s, [(0, line)]))
    head = Line(1, 0, 4, "Test", None)
    return position_of(Section("3", "Test", claimed, head), paras, claimed, False)[:2]


@pytest.fixture(scope="module", autouse=True)
def trained():
    positions.ensure_model()


@pytest.mark.parametrize(
    "sentences,expected",
    [
        # English answers: the verb decides, an amount below the claim makes it partial
        (("The grant financed two youth workers.", "The city accepts the reclaim and will pay it back."), ("accepts_full", CLAIM)),
        (("Our committee has no objection to the decision and will refund the money.",), ("accepts_full", CLAIM)),
        (("The council is willing to repay SEK 20,000 of the amount but contests the rest.",), ("accepts_partial", Decimal("20000"))),
        (("The costs are documented in Annex 2.", "The municipality therefore contests the claim."), ("disputes", Decimal(0))),
        # a share of the claim, its amount printed nowhere
        (("Förvaltningen godtar att en tredjedel av återkravet betalas tillbaka.",), ("accepts_partial", Decimal("20000.00"))),
        (("Vi betalar tillbaka tre fjärdedelar av beloppet.",), ("accepts_partial", Decimal("45000.00"))),
        (("The municipality will repay a quarter of the amount claimed.",), ("accepts_partial", Decimal("15000.00"))),
        # the amount agreed to, not a cost the sentence concedes on the way
        (
            ("Nämnden medger att hyran, 4 200 kronor, var hög, och godtar ett återkrav om 9 000 kronor.",),
            ("accepts_partial", Decimal("9000")),
        ),
    ],
)
def test_positions_in_registers_the_rules_lacked(sentences, expected):
    assert _position(*sentences) == expected


@pytest.mark.parametrize(
    "sentence,share",
    [
        ("Kommunen återbetalar hälften av kostnaden.", Decimal("0.5")),
        ("Bolaget betalar två tredjedelar av summan.", Decimal(2) / 3),
        ("We refund 30 per cent of the sum.", Decimal("0.3")),
        ("Kommunen återbetalar hela beloppet.", None),
        ("Vi betalar 100 procent av beloppet.", None),
    ],
)
def test_a_share_of_the_claim(sentence, share):
    assert repaid_share(sentence) == share


def test_the_accepted_sum_is_not_the_claim_named_beside_it():
    assert repaid_amounts("Kommunen godtar ett återkrav om 7 500 kronor i stället för återkravet på 30 000 kronor.") == [Decimal("7500")]


@pytest.mark.parametrize(
    "sentence,label",
    [
        ("Kommunstyrelsen ställer sig bakom myndighetens slutsats och betalar tillbaka pengarna.", "accepts_full"),
        ("Vi kan inte gå med på att pengarna krävs tillbaka.", "disputes"),
        ("We will get back to you with our position after the audit.", "unclear"),
        ("Lägret hölls i augusti vid en kursgård utanför staden.", "none"),
    ],
)
def test_the_classifier_reads_an_answer_sentence(sentence, label):
    verdict = positions.classify(sentence)
    assert verdict is not None and verdict.label == label


def test_rules_and_classifier_agreeing_is_recorded():
    st = read_statement("accepts_full", "Kommunen godtar återkravet och betalar tillbaka hela beloppet.", CLAIM)
    assert st is not None and st.worded and st.model_agrees and not st.model_disagrees


def test_a_part_repaid_of_a_claim_not_read():
    assert _position("Vi återbetalar 7 000 kronor av beloppet och bestrider resten.", claimed=None) == ("accepts_partial", Decimal("7000"))


def test_a_summary_naming_other_activities_is_not_this_ones_position():
    assert _position(
        "The municipality contests the claim.",
        "The city accepts repayment for activities 2 and 5 and contests the remaining claims.",
    ) == ("disputes", Decimal(0))
