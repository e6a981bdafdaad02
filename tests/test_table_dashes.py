"""Titles with dashes in table cells (tests/gen/table_dashes.py): a dash between two words is the
title's, and a compound of names wrapped in its cell after its dash is read as one word."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from case_runs import run_cases

from pipeline.layout.tables import _dash_between_words, _join_wrapped

sys.path.insert(0, str(Path(__file__).resolve().parent / "gen"))
import table_dashes  # noqa: E402

NAMES = sorted(table_dashes.RESPONSES)


@pytest.fixture(scope="module")
def dashes_run(tmp_path_factory):
    return run_cases(tmp_path_factory.mktemp("table_dashes"), {n: table_dashes.COMMITTED / f"yttrande-{n}.pdf" for n in NAMES})


@pytest.mark.parametrize("name", NAMES)
def test_titles_as_printed(dashes_run, name):
    assert {a["activity_no"]: a["title"] for a in dashes_run[name]["activities"]} == table_dashes.EXPECTED[name]


def test_a_dash_beside_figures_is_no_word():
    text = "Kastellet – helgöppet 24 500 – Ordinarie –"
    dashes = [i for i, c in enumerate(text) if c == "–"]
    assert [_dash_between_words(text, i, i + 1) for i in dashes] == [True, False, False]
    label = "Öjebyn –\nhelgöppet TVA —\nNet à payer"  # a phrase wrapping after its dash; a label's empty value
    dashes = [i for i, c in enumerate(label) if c in "–—"]
    assert [_dash_between_words(label, i, i + 1) for i in dashes] == [True, False]


def test_wrapped_compound_and_hyphenation():
    assert _join_wrapped(["Sommarjobb Sjöbo–", "Västervång"]) == "Sommarjobb Sjöbo–Västervång"
    assert _join_wrapped(["fritids-", "gård i centrum"]) == "fritidsgård i centrum"
    assert _join_wrapped(["Bestrids.", "Se bilaga 1"]) == "Bestrids. Se bilaga 1"
