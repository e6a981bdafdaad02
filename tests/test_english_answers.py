"""An answer written in English (an international office, a consultant): the agency's voice, its
reasons and the municipality's part told apart in English as they are in Swedish. Sentences of my
own, expected values written before the pipeline was run on them."""

from __future__ import annotations

import pytest

from pipeline import reasons
from pipeline.extract import Paragraph, _assessment
from pipeline.ingest import Line


@pytest.mark.parametrize(
    "sentence,codes",
    [
        ("The Board considers that the bus hire cannot be matched to any invoice in the accounts.", ["unverifiable_costs"]),
        ("According to Socialstyrelsen, the theatre visit took place after the grant period had ended.", ["outside_grant_period"]),
        ("Socialstyrelsen finds that the mentoring was part of the school's regular work.", ["ordinary_operations"]),
        ("The agency notes that the price paid for the venue was unreasonably high.", ["excessive_cost"]),
    ],
)
def test_english_findings_give_their_reason(sentence, codes):
    assert reasons.reasons_of(sentence) == codes


def test_the_agency_speaks_in_english_and_the_municipality_answers():
    texts = [
        "The Board finds that the youth club's evening staff were paid from the grant after it had expired.",
        "The staff were hired for the project and their contracts ended in December.",
        "The municipality therefore disputes the claim.",
    ]
    paras = [Paragraph(t, [(0, Line(1, 0, len(t), t, None))]) for t in texts]
    agency, _ = _assessment(paras)
    assert [p.text for p in agency] == texts[:1]


def test_costs_that_cannot_be_followed_in_the_books_are_unverifiable():
    # own wordings of the tracing finding, none of them in the training data
    assert reasons.reasons_of("Socialstyrelsen har inte kunnat följa bussresornas kostnader i bokslutet.") == ["unverifiable_costs"]
    assert reasons.reasons_of("Myndigheten menar att fritidsledarnas löner inte går att följa i redovisningen.") == ["unverifiable_costs"]


def test_the_answer_after_the_agency_in_one_english_paragraph_is_the_municipality_s():
    text = "The Board finds that the trip took place after the grant period. That is right. The municipality will repay the amount."
    agency, rest = _assessment([Paragraph(text, [(0, Line(1, 0, len(text), text, None))])])
    assert [p.text.strip() for p in agency] == ["The Board finds that the trip took place after the grant period. That is right."]
    assert [p.text.strip() for p in rest] == ["The municipality will repay the amount."]
