"""Two signatures side by side that OCR reads as rows (a line of two names over a line of two
titles) are two people, each with the title under them."""

from __future__ import annotations

from pipeline import extract


def test_a_line_of_two_names_over_a_line_of_two_titles_is_two_signers():
    text = "Med stöd av nämndens beslut\nKarin Sundqvist (C) Olof Bergmark\nOrdförande Förvaltningschef\nSida 2 av 2\n"
    hits = extract._side_by_side_signers(text)
    assert [(h[2], h[3], h[4]) for h in hits] == [("Karin Sundqvist", "ordförande", "C"), ("Olof Bergmark", "förvaltningschef", None)]
    assert text[hits[0][0] : hits[0][1]] == "Karin Sundqvist"


def test_two_names_over_no_titles_are_not_taken_for_signers():
    assert extract._side_by_side_signers("Kerstin Ek Lars Holm\nStockholm Uppsala\n") == []
    assert extract._side_by_side_signers("Karin Sundqvist Olof Bergmark\n") == []
