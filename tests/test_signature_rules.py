"""Signatures under a drawn signature line ("__________") with no greeting above: a consultant's
draft signed by its authors, an English letter signed by a chair. Texts of my own; expected values
written before the pipeline was run on them."""

from __future__ import annotations

from pipeline.extract import _signatures

CONSULTANTS = """Bilaga 3 Protokollsutdrag
Rådgivning Norr AB
____________________
Anders Berglund
Verksamhetskonsult
____________________
Lena Sjöholm (S)
Kommunalråd, Bodens kommun
"""

ENGLISH = """Annex 2 Floor plan
For the Municipal Executive Board
.......................................
Erik Lindqvist
Chief Executive, Falu kommun
"""


def _people(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(name, role, party) for _, _, name, role, party in _signatures(text)]


def test_names_under_signature_lines_are_signers_with_their_titles():
    assert _people(CONSULTANTS) == [("Anders Berglund", "verksamhetskonsult", None), ("Lena Sjöholm", "kommunalråd", "S")]


def test_a_dotted_signature_line_in_an_english_letter():
    assert _people(ENGLISH) == [("Erik Lindqvist", "chief executive", None)]
