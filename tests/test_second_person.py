"""A letter that speaks to the agency in the second person ("Ni skriver att …", "I ert beslut
anges att …", "Er bedömning: …") and labels its own part ("Vårt svar: …"); a mail whose
attachments are shown as file chips with their sizes. Documents written here, with the expected
values, before any run."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from pipeline.extract import ExtractedDocument
from pipeline.orchestrate import process_document
from tests.render import read_response, render

OPENING = [
    ("h1", "Svar på er skrivelse om återkrav"),
    ("p", "Tack för er skrivelse. Vi svarar nedan på varje punkt i ert preliminära beslut om återkrav av statsbidrag."),
]
CLOSING = [("p", "Vänliga hälsningar"), ("p", "Eva Lund, verksamhetschef")]


def _extracted(tmp_path: Path, blocks: list) -> ExtractedDocument:
    return read_response(tmp_path / "r.pdf", OPENING + blocks + CLOSING, "Svar.pdf")


def _facts(ed: ExtractedDocument) -> list[tuple[str, Decimal | None, str, list[str]]]:
    return [(a.number, a.claimed, a.position, sorted(a.reasons)) for a in ed.activities]


def test_the_agency_addressed_as_ni(tmp_path: Path) -> None:
    blocks = [
        ("h2", "1. Sommarläger i Hagfors"),
        ("p", "Återkrävt belopp: 38 000 kr"),
        ("p", "Ni skriver att lägret genomfördes efter bidragsperiodens slut. Vi bestrider återkravet, lägret hölls i augusti 2022."),
        ("h2", "2. Samordnare"),
        ("p", "Återkrävt belopp: 120 000 kr"),
        ("p", "I ert beslut anges att samordnarens tjänst hör till kommunens ordinarie verksamhet. Kommunen godtar återkravet."),
        ("h2", "3. Kulturkvällar"),
        ("p", "Återkrävt belopp: 16 500 kr"),
        ("p", "Ni anser att kostnaderna inte kan styrkas med fakturor. Vi bestrider återkravet och bifogar fakturorna."),
    ]
    assert _facts(_extracted(tmp_path, blocks)) == [
        ("1", Decimal("38000.00"), "disputes", ["outside_grant_period"]),
        ("2", Decimal("120000.00"), "accepts_full", ["ordinary_operations"]),
        ("3", Decimal("16500.00"), "disputes", ["unverifiable_costs"]),
    ]


def test_labelled_parts_your_assessment_and_our_answer(tmp_path: Path) -> None:
    blocks = [
        ("h2", "Punkt 4: Nattvandring"),
        ("p", "Belopp: 27 000 kr"),
        ("p", "Er bedömning: insatsen saknar beskrivning i ansökan."),
        ("p", "Vårt svar: Nattvandringen beskrevs under rubriken trygghet. Vi bestrider återkravet."),
        ("h2", "Punkt 5: Fritidsgård"),
        ("p", "Belopp: 54 000 kr"),
        ("p", "Er bedömning: verksamheten är ordinarie och fanns före bidraget."),
        ("p", "Vårt svar: Vi medger återkravet."),
    ]
    assert _facts(_extracted(tmp_path, blocks)) == [
        ("4", Decimal("27000.00"), "disputes", ["missing_description"]),
        ("5", Decimal("54000.00"), "accepts_full", ["ordinary_operations"]),
    ]


def test_a_mails_attachment_chips_with_their_sizes(tmp_path: Path) -> None:
    blocks = [
        ("h2", "1. Läxhjälp"),
        ("p", "Återkrävt belopp: 12 000 kr"),
        ("p", "Socialstyrelsen bedömer att kostnaderna inte är styrkta. Kommunen bestrider återkravet, se bilaga 1a och bilaga 2."),
        ("p", "2 bilagor"),
        ("p", "PDF Bilaga 1a fakturor läxhjälp.pdf"),
        ("p", "312 kB"),
        ("p", "PDF Bilaga 2 avtal med studieförbundet.pdf"),
        ("p", "1,4 MB"),
    ]
    ed = _extracted(tmp_path, blocks)
    assert [(a.attachment_id, a.label) for a in ed.structured.attachment_list] == [
        ("1a", "fakturor läxhjälp"),
        ("2", "avtal med studieförbundet"),
    ]


def test_the_addressee_in_an_address_block_or_a_mails_to_field(tmp_path: Path) -> None:
    block = [
        ("p", "Hagfors kommun"),
        ("p", "Socialstyrelsen"),
        ("p", "106 30 Stockholm"),
        ("h1", "Svar angående återkrav av statsbidrag för 2022"),
        ("p", "Vi har tagit del av ert preliminära beslut och svarar här. Vi godtar återkravet på 14 000 kronor."),
    ]
    pdf = render(tmp_path / "a.pdf", block, header="", footer="")
    assert process_document(pdf.read_bytes(), "Svar.pdf").meta["addressee"] == "Socialstyrelsen"
    mail = [
        ("p", "Från: Per Ek &lt;per.ek@hagfors.se&gt;"),
        ("p", "Till: registrator@socialstyrelsen.se"),
        ("p", "Ämne: Yttrande över preliminärt återkrav"),
        ("p", "Hej! Vi godtar ert preliminära beslut om återkrav på 14 000 kronor och betalar tillbaka beloppet."),
    ]
    pdf = render(tmp_path / "m.pdf", mail, header="", footer="")
    assert process_document(pdf.read_bytes(), "Mail.pdf").meta["addressee"] == "Socialstyrelsen"


def test_claims_told_only_in_the_agencys_sentence_under_worded_headings(tmp_path: Path) -> None:
    blocks = [
        ("p", "Er punkt 1: Fritidsledare i Ekshärad"),
        ("p", "I ert beslut anges att de tre fritidsledarna (142 tkr) hör till kommunens ordinarie verksamhet. Vi delar inte bedömningen."),
        ("p", "Er punkt 2: Simskola för nyanlända"),
        (
            "p",
            "Ni anser att simskolan saknar samband med bidragets syfte. Kommunen avstår från att yttra sig men "
            "återbetalar hela beloppet, sjutusen (7 000) kronor.",
        ),
        ("p", "Er punkt 3: Kvällsöppet bibliotek"),
        ("p", "Ni skriver att kvällsöppet på biblioteket, 23,5 tkr, genomfördes under 2023. Vi har inga invändningar mot återkravet."),
    ]
    assert _facts(_extracted(tmp_path, blocks)) == [
        ("1", Decimal("142000.00"), "disputes", ["ordinary_operations"]),
        ("2", Decimal("7000.00"), "accepts_full", ["purpose_mismatch"]),
        ("3", Decimal("23500.00"), "accepts_full", ["outside_grant_period"]),
    ]
