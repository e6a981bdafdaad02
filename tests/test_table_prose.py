"""A summary table of the activities joined by their ids with a paragraph per activity on the
next page (tests/gen/table_prose.py): claim and position from the table, page and the agency's
words from the paragraph."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from case_runs import activity_values, run_cases

sys.path.insert(0, str(Path(__file__).resolve().parent / "gen"))
import table_prose  # noqa: E402

NAMES = sorted(table_prose.EXPECTED)


@pytest.fixture(scope="module")
def prose_run(tmp_path_factory):
    return run_cases(tmp_path_factory.mktemp("table_prose"), {n: table_prose.COMMITTED / f"yttrande-{n}.pdf" for n in NAMES})


@pytest.mark.parametrize("name", NAMES)
def test_rows_joined_with_their_paragraphs(prose_run, name):
    assert activity_values(prose_run[name]["activities"], "page_start") == table_prose.EXPECTED[name]


@pytest.mark.parametrize("name", NAMES)
def test_the_agency_words_from_the_paragraph(prose_run, name):
    said = {a["activity_no"]: a["agency_assessment"] or "" for a in prose_run[name]["activities"]}
    for number, sentence in table_prose.AGENCY_SENTENCES[name].items():
        assert sentence in said[number]
