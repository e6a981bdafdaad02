"""Spreadsheet-like responses whose answer cells state an amount on a wrapped line
(tests/sheet_answers.py): the activities as written down, and no summary table read from the
wrapped lines (no summary_table_mismatch)."""

from __future__ import annotations

import pytest
import sheet_answers
from case_runs import activity_values, run_cases

NAMES = sorted(sheet_answers.SHEETS)


@pytest.fixture(scope="module")
def sheets_run(tmp_path_factory):
    return run_cases(tmp_path_factory.mktemp("sheet_answers"), {name: sheet_answers.COMMITTED / f"yttrande-{name}.pdf" for name in NAMES})


@pytest.mark.parametrize("name", NAMES)
def test_activities(sheets_run, name):
    got = activity_values(sheets_run[name]["activities"])
    assert got == sheet_answers.EXPECTED[name]


@pytest.mark.parametrize("name", NAMES)
def test_no_summary_table_from_a_wrapped_answer(sheets_run, name):
    assert not [c for c in sheets_run[name]["checks"] if c["check"] == "summary_table_mismatch"]
