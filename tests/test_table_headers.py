"""Table responses with a two-row header under a merged cell and with a position code column
explained by a legend (tests/gen/table_headers.py): every activity as written down."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from case_runs import activity_values, run_cases

sys.path.insert(0, str(Path(__file__).resolve().parent / "gen"))
import table_headers  # noqa: E402

NAMES = sorted(table_headers.EXPECTED)


@pytest.fixture(scope="module")
def tables_run(tmp_path_factory):
    return run_cases(tmp_path_factory.mktemp("table_headers"), {n: table_headers.COMMITTED / f"yttrande-{n}.pdf" for n in NAMES})


@pytest.mark.parametrize("name", NAMES)
def test_every_row_an_activity(tables_run, name):
    assert activity_values(tables_run[name]["activities"]) == table_headers.EXPECTED[name]


@pytest.mark.parametrize("name", NAMES)
def test_a_response(tables_run, name):
    assert [d["kind"] for d in tables_run[name]["documents"]] == ["response"]
