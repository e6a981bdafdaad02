"""The agency's reasons, the municipality's positions and the people of a response in wordings and
layouts no rule was written for: telegraphic table cells, margin-numbered paragraphs, the
decision's text copied in above a labelled answer, answers in bullets, form fields. Every
expected value here was written before the pipeline was run on it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pipeline import reasons
from pipeline.extract import Paragraph, position_of
from pipeline.ingest import Line
from pipeline.structure import Section

CLAIM = Decimal("40000")


def _position(sentence: str, claimed: Decimal = CLAIM):
    line = Line(1, 0, len(sentence), sentence, None)
    return position_of(Section("3", "Test", claimed, line), [Paragraph(sentence, [(0, line)])], claimed, False)[:2]


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # the verb and its object decide; the amount repaid is the one in the accepting clause
        ("Vi medger 15 000 kr – resten bestrids.", ("accepts_partial", Decimal("15000"))),
        ("Regionen godtar att 5 500 kronor betalas tillbaka, övrigt bestrids.", ("accepts_partial", Decimal("5500"))),
        ("Staden är beredd att återbetala 8 000 kronor av beloppet.", ("accepts_partial", Decimal("8000"))),
        ("Vi accepterar därför att betala tillbaka 12 000 kr men inte mer.", ("accepts_partial", Decimal("12000"))),
        ("Vi kan gå med på att återbetala 3 000 kr men bestrider resten av kravet.", ("accepts_partial", Decimal("3000"))),
        ("Förvaltningen medger 9 000 kronor och bestrider återstoden.", ("accepts_partial", Decimal("9000"))),
        ("Nämnden lämnar återkravet utan erinran.", ("accepts_full", CLAIM)),
        ("Kommunen lämnar beslutet i denna del utan invändning.", ("accepts_full", CLAIM)),
        ("Kommunen betalar tillbaka hela beloppet.", ("accepts_full", CLAIM)),
        ("Bolaget motsätter sig inte återkravet.", ("accepts_full", CLAIM)),
        ("Kommunen kan inte acceptera återkravet.", ("disputes", Decimal(0))),
        ("Kommunen vidhåller att kostnaden är bidragsberättigad.", ("disputes", Decimal(0))),
        ("Kommunen ser inga skäl att betala tillbaka bidraget.", ("disputes", Decimal(0))),
        ("Nämnden godtar inte att beloppet betalas tillbaka.", ("disputes", Decimal(0))),
        ("Kommunen lämnar besked om denna del senare.", ("unclear", None)),
        ("Vårt ställningstagande ges när slutrapporten finns.", ("unclear", None)),
        ("Ställningstagande: tas efter revisionen.", ("unclear", None)),
    ],
)
def test_the_verb_and_its_object_decide_the_position(sentence, expected):
    assert _position(sentence) == expected


@pytest.mark.parametrize(
    "cell,codes",
    [
        # comment cells of a table: the agency's finding in a few words, beside the answer
        ("Medges. Underlag saknas för hyran.", ["unverifiable_costs"]),
        ("Bestrids Enligt SoS ordinarie verksamhet.", ["ordinary_operations"]),
        ("Delvis. SoS: orimligt dyrt, fakturor saknas.", ["excessive_cost", "unverifiable_costs"]),
        ("Bestrids. Aktiviteten riktades till boende i området, se bilaga 4.", ["purpose_mismatch"]),
    ],
)
def test_a_table_comment_cell_gives_the_reason_it_answers(cell, codes):
    from pipeline.cell_reasons import cell_reasons

    assert cell_reasons(cell) == codes


def test_a_margin_number_does_not_hide_the_agency_speaking():
    from pipeline.extract import _assessment

    texts = [
        "14 Enligt Socialstyrelsen är lägret myndighetsutövning och återkravet uppgår till 30 000 kronor.",
        "15 Lägret var öppet för alla och ingen enskild fick något beslut.",
    ]
    paras = [Paragraph(t, [(0, Line(1, 0, len(t), t, None))]) for t in texts]
    agency, rest = _assessment(paras)
    assert [p.text for p in agency] == texts[:1]
    assert reasons.reasons_of(agency[0].text) == ["exercise_of_authority"]


def test_the_decision_copied_in_above_a_labelled_answer_is_the_agencys(tmp_path: Path):
    """A decision's paragraph reproduced, indented, without the agency's name, and the
    municipality's answer under a label: the indented text is the assessment."""
    from pipeline.extract import _assessment

    def line(t: str, x: float) -> Line:
        return Line(1, 0, len(t), t, (x, 100.0, x + 300.0, 112.0))

    texts = [
        ("Av underlaget framgår att kostnaderna för hyra avser våren 2024, efter bidragsperioden.", 110.0),
        ("SVAR FRÅN MORA KOMMUN: Kommunen medger återkravet.", 72.0),
    ]
    paras = [Paragraph(t, [(0, line(t, x))]) for t, x in texts]
    agency, rest = _assessment(paras)
    assert [p.text for p in agency] == [texts[0][0]]
    assert reasons.reasons_of(agency[0].text) == ["outside_grant_period"]
    assert [p.text for p in rest] == [texts[1][0]]


@pytest.mark.parametrize(
    "text,people",
    [
        # a label in the middle of a line, after a separator
        (
            "Ansvarig: Per Olofsson (C), ordförande · Handläggare: Maja Kronqvist, 0480-45 12 30, maja.kronqvist@kalmar.se",
            {"Per Olofsson": ("ordförande", None), "Maja Kronqvist": ("handläggare", "maja.kronqvist@kalmar.se")},
        ),
        # a form field: the field's own words before the name; the e-mail spells the name
        (
            "14. Kontaktperson, telefon, e-post Henrik Brännström, 0950-166 20,\nhenrik.brannstrom@lycksele.se",
            {"Henrik Brännström": (None, "henrik.brannstrom@lycksele.se")},
        ),
        # no label at all: a name, a phone and an address that spells it
        (
            "Frågor om yttrandet besvaras av\nAstrid Nyqvist\n0910-73 50 00\nastrid.nyqvist@skelleftea.se",
            {"Astrid Nyqvist": (None, "astrid.nyqvist@skelleftea.se")},
        ),
    ],
)
def test_a_person_by_agreeing_signals(text, people):
    from pipeline.extract import people as read_people
    from pipeline.ingest.model import IngestedDocument, PageText

    page = PageText(page_no=1, text=text, source="text_layer")
    doc = IngestedDocument(doc_id="d", sha256="0", source_path="x.pdf", media_type="application/pdf", size=0, pages=[page])
    got = {p["name"]: (p["role"], p["email"]) for p in read_people(doc, None)}
    assert {n: (r if r is None else r.split()[0], e) for n, (r, e) in got.items()} == people


def test_a_persons_agreeing_signals_are_recorded_with_a_confidence():
    from pipeline.ingest.model import IngestedDocument, PageText
    from pipeline.people_signals import people_evidence

    text = "Med vänliga hälsningar\n\nIngrid Forsgren\nsocialchef\n0920-45 30 00\ningrid.forsgren@lulea.se"
    page = PageText(page_no=1, text=text, source="text_layer")
    doc = IngestedDocument(doc_id="d", sha256="0", source_path="x.pdf", media_type="application/pdf", size=0, pages=[page])
    row = dict(name="Ingrid Forsgren", role="socialchef", party=None, phone="+46920453000", email="ingrid.forsgren@lulea.se", page=1)
    (ev,) = people_evidence(doc, [row])
    assert (ev.table, ev.key, ev.prov.char_start) == ("people", "Ingrid Forsgren", text.index("Ingrid"))
    assert set(ev.signals) == {"name_shape", "role", "phone", "email", "email_spells_name", "signature"}
    assert ev.confidence >= 0.9
    lone = dict(row, role=None, phone=None, email=None)
    (weak,) = people_evidence(doc, [lone])
    assert set(weak.signals) == {"name_shape", "signature"} and weak.confidence < ev.confidence


def test_a_signer_under_the_municipality_by_delegation_with_a_compound_title():
    """No greeting: the name alone on its line at the end, a compound title under it."""
    from pipeline.extract import people as read_people
    from pipeline.ingest.model import IngestedDocument, PageText

    text = "Bilaga 2. Hyresavtal.\nTIMRÅ KOMMUN\nEnligt delegation\nJonas Wikström\nförvaltningsekonom"
    page = PageText(page_no=1, text=text, source="text_layer")
    doc = IngestedDocument(doc_id="d", sha256="0", source_path="x.pdf", media_type="application/pdf", size=0, pages=[page])
    assert [(p["name"], p["role"]) for p in read_people(doc, None)] == [("Jonas Wikström", "förvaltningsekonom")]


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # the amount repaid is the one in the accepting clause, not the claim named beside it
        ("Kommunen bestrider återkravet på 40 000 kronor men medger 10 000 kronor för resorna.", ("accepts_partial", Decimal("10000"))),
        ("Av återkravet på 40 000 kr godtar nämnden att 25 000 kr betalas tillbaka.", ("accepts_partial", Decimal("25000"))),
        ("Kommunen fick 40 000 kronor i bidrag och återbetalar 12 500 kronor.", ("accepts_partial", Decimal("12500"))),
        ("Vi godtar återkravet om 40 000 kr.", ("accepts_full", CLAIM)),
        ("Nämnden vidgår återkravet.", ("accepts_full", CLAIM)),
        (
            "Förvaltningen vidgår kravet till den del det gäller hyran, 7 500 kronor, och bestrider resten.",
            ("accepts_partial", Decimal("7500")),
        ),
    ],
)
def test_the_amount_repaid_comes_from_the_accepting_clause(sentence, expected):
    assert _position(sentence) == expected


@pytest.mark.parametrize(
    "text,people",
    [
        # two signers side by side without a greeting, under the board's name
        (
            "3. Budget 2022\nFör socialnämnden\nKarin Ek (V) Oskar Lundin\nOrdförande Nämndsekreterare\nSida 2 av 2",
            {"Karin Ek": ("ordförande", "V"), "Oskar Lundin": ("nämndsekreterare", None)},
        ),
        # a label with its colon after other words on the line (a letterhead's columns read as one line)
        (
            "Socialförvaltningen Handläggare: Sara Berglund, 023-82 000\nFalun den 3 mars 2025",
            {"Sara Berglund": ("handläggare", None)},
        ),
    ],
)
def test_signers_and_labels_where_the_layout_runs_together(text, people):
    from pipeline.extract import people as read_people
    from pipeline.ingest.model import IngestedDocument, PageText

    page = PageText(page_no=1, text=text, source="ocr")
    doc = IngestedDocument(doc_id="d", sha256="0", source_path="x.pdf", media_type="image/png", size=0, pages=[page])
    assert {p["name"]: (p["role"], p["party"]) for p in read_people(doc, None)} == people


@pytest.mark.parametrize(
    "text,expected",
    [
        # the answer goes on in the agency's paragraph: a federation answering, a position put off
        (
            "Socialstyrelsen anser att hyran var för hög. Lokalen hyrdes till marknadspris (bilaga 2). "
            "Förbundet bestrider därför återkravet.",
            ("disputes", Decimal(0), "Förbundet bestrider"),
        ),
        (
            "Socialstyrelsen menar att fakturan saknas. Leverantören har inte fakturerat ännu och kommunen kan därför "
            "inte ta ställning förrän fakturan har kommit.",
            ("unclear", None, "ta ställning"),
        ),
        ("Nämnden anser inte att kostnaden ska återbetalas.", ("disputes", Decimal(0), "anser inte")),
    ],
)
def test_the_answer_read_where_it_goes_on_in_the_agencys_paragraph(text, expected):
    from pipeline.extract import _assessment

    line = Line(1, 0, len(text), text, None)
    agency, rest = _assessment([Paragraph(text, [(0, line)])])
    position, repayment, evidence, _ = position_of(Section("3", "Test", CLAIM, line), rest, CLAIM, False)
    assert (position, repayment) == expected[:2] and expected[2] in (evidence or "")


def test_the_agencys_unvoiced_finding_stays_the_agencys():
    """ "Slutligen att delar inte …": the agency's finding goes on without naming anyone; "delar
    inte" here is no municipality declining."""
    from pipeline.extract import _assessment

    text = "Socialstyrelsen bedömer att kostnaden saknar underlag. Slutligen att delar inte följt villkoren för bidraget."
    agency, rest = _assessment([Paragraph(text, [(0, Line(1, 0, len(text), text, None))])])
    assert [p.text for p in agency] == [text] and rest == []
