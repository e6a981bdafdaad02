"""Table responses whose headers are centred over their columns (a spreadsheet's and a word
processor's) and whose claim is split over grant-year columns (tests/gen/table_layouts.py): every
activity as written down, and each read as a response."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from case_runs import activity_values, run_cases

sys.path.insert(0, str(Path(__file__).resolve().parent / "gen"))
import table_layouts  # noqa: E402

NAMES = sorted(table_layouts.EXPECTED)


@pytest.fixture(scope="module")
def layouts_run(tmp_path_factory):
    return run_cases(tmp_path_factory.mktemp("table_layouts"), {n: table_layouts.COMMITTED / f"yttrande-{n}.pdf" for n in NAMES})


@pytest.mark.parametrize("name", NAMES)
def test_every_row_an_activity(layouts_run, name):
    assert activity_values(layouts_run[name]["activities"]) == table_layouts.EXPECTED[name]


@pytest.mark.parametrize("name", NAMES)
def test_a_response(layouts_run, name):
    assert [d["kind"] for d in layouts_run[name]["documents"]] == ["response"]


@pytest.mark.parametrize("name", table_layouts.YEAR_COLUMNS)
def test_a_years_sum_is_no_stated_total(layouts_run, name):
    """The sum row of grant-year columns adds up each year; the claims' total is their sum, so a
    year's sum is no total that disagrees with the activities."""
    assert "stated_total_mismatch" not in {c["check"] for c in layouts_run[name]["checks"]}
