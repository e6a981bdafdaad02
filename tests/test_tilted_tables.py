"""Tables whose lines run at a slope (tests/gen/tilted_tables.py): every row read whole though its
last cells stand in the next row's band."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from case_runs import activity_values, run_cases

sys.path.insert(0, str(Path(__file__).resolve().parent / "gen"))
import tilted_tables  # noqa: E402

NAMES = sorted(tilted_tables.CASES)


@pytest.fixture(scope="module")
def tilted_run(tmp_path_factory):
    return run_cases(tmp_path_factory.mktemp("tilted"), {n: tilted_tables.COMMITTED / f"yttrande-{n}.pdf" for n in NAMES})


@pytest.mark.parametrize("name", NAMES)
def test_every_row_an_activity(tilted_run, name):
    assert activity_values(tilted_run[name]["activities"]) == tilted_tables.EXPECTED[name]
