"""Rules of the genre added for issue 13, each on text written here (never a corpus string):
the sender a letterhead names, the genitive of a municipality's name, the addressee line, and
amount lines that repeat on every page."""

from __future__ import annotations

from pipeline.extract import _addressee, issuer_of
from pipeline.ingest.pdf import RawLine, find_running_lines


def test_letterhead_region_is_the_issuer_for_its_place():
    text = "REGION HALLANDSÖ\nSocialförvaltningen\nRegionen ansvarar för Hallandsö kommuns uppgifter."
    assert issuer_of(text, ["REGION HALLANDSÖ", "Socialförvaltningen"]) == ("Region Hallandsö", "Hallandsö")


def test_upper_case_letterhead_in_the_genitive():
    assert issuer_of("BJÖRKVIKS KOMMUN\nYttrande", ["BJÖRKVIKS KOMMUN", "Yttrande"]) == ("Björkviks kommun", "Björkvik")


def test_a_place_whose_name_ends_in_s_keeps_it():
    assert issuer_of("Bollnäs kommun lämnar yttrande.") == ("Bollnäs kommun", "Bollnäs")
    assert issuer_of("Norrbys kommun lämnar yttrande.") == ("Norrbys kommun", "Norrby")


def test_addressee_line_with_address_and_no_table_header():
    class Doc:
        text = ""

    sample = "Mottagare Utbetalt Belopp\nTill Socialstyrelsen, 106 30 Stockholm\n"
    assert _addressee(Doc(), sample) == "Socialstyrelsen"
    assert _addressee(Doc(), "Mottagare Utbetalt Belopp\n") is None


def _line(text: str, top: float) -> RawLine:
    boxes = [(50.0 + 5 * i, top, 55.0 + 5 * i, top + 10) for i in range(len(text))]
    return RawLine(text, boxes, 50.0, top, 50.0 + 5 * len(text), top + 10, None, top + 10, None)


def test_an_amount_line_on_every_page_is_no_running_header():
    pages = [
        [_line("Dnr 2025/12", 20), _line(f"Belopp: {n} kr", 40), _line("Brödtext om aktiviteten.", 300)]
        for n in ("12 000", "48 500", "7 250")
    ]
    running = find_running_lines(pages, [(595.0, 842.0)] * 3)
    assert {li for _, li in running} == {0}  # the diary number repeats; the amounts differ


def test_signature_under_the_organisation_with_party_and_unit():
    from pipeline.extract import _signatures

    text = "Med vänlig hälsning\nÅSBY KOMMUN\nKultur- och fritidsnämnden\nPer Holm (M)\nOrdförande i kultur- och fritidsnämnden\n"
    assert [(n, r, p) for _, _, n, r, p in _signatures(text)] == [("Per Holm", "ordförande", "M")]
    text = "Med vänliga hälsningar\nEva Lund\nHandläggare, enheten för statsbidrag\n"
    assert [(n, r, p) for _, _, n, r, p in _signatures(text)] == [("Eva Lund", "handläggare", None)]


def test_signature_blocks_stacked_one_after_another():
    """Each name over its title: the unit's line above the first name is no name, the chair's
    party stands after her name, and the title line ending above a name is not that name's role."""
    from pipeline.extract import _people_rx, _person_hits

    text = "Kultur- och fritidsnämnden\nEbba Lundgren (MP)\nordförande\nKarl Wester\nförvaltningschef\n"
    hits = {name: (role, party) for _, _, name, role, party in _person_hits(_people_rx(), text) if role}
    assert hits["Ebba Lundgren"] == ("ordförande", "MP")
    assert hits["Karl Wester"] == ("förvaltningschef", None)


def test_signatures_under_other_greetings():
    from pipeline.extract import _signatures

    for greeting in ("Bästa hälsningar", "Vänliga hälsningar,", "Kind regards,", "Best regards", "Hälsningar"):
        text = f"Vi återkommer gärna.\n{greeting}\nKarin Ström\nVD\n"
        assert [hit[2] for hit in _signatures(text)] == ["Karin Ström"], greeting
