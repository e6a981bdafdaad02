"""Claims against the table's sum row (tests/gen/table_specks.py): a stroke left of an amount that a
scan reads as a leading '1' is dropped, and a faded leading digit the scan lost is put back,
where the claims then add up to the sum; a text
layer's printed slip is kept as printed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from case_runs import activity_values, run_cases

sys.path.insert(0, str(Path(__file__).resolve().parent / "gen"))
import table_specks  # noqa: E402


def test_a_printed_slip_is_kept(tmp_path):
    got = run_cases(tmp_path, {"mullsjo": table_specks.COMMITTED / "yttrande-mullsjo.pdf"})["mullsjo"]
    assert activity_values(got["activities"]) == table_specks.EXPECTED["mullsjo"]


@pytest.mark.slow
@pytest.mark.ocr
@pytest.mark.parametrize("name", ["tibro", "torsby"])
def test_a_misread_leading_digit_is_mended(tmp_path, name):
    """tibro: a stroke read as a leading '1'; torsby: a faded leading digit not read at all."""
    got = run_cases(tmp_path, {name: table_specks.COMMITTED / f"scan-{name}.pdf"})[name]
    assert activity_values(got["activities"]) == table_specks.EXPECTED[name]
    # the activity table read again line by line is no second source to find a mismatch in
    assert not [c for c in got["checks"] if c["check"] == "summary_table_mismatch"]
