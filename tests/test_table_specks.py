"""Claims against the table's sum row (tests/gen/table_specks.py): a stroke left of an amount that a
scan reads as a leading '1' is dropped where the claims then add up to the sum, and a text
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
def test_a_stroke_read_as_a_digit_is_dropped(tmp_path):
    got = run_cases(tmp_path, {"tibro": table_specks.COMMITTED / "scan-tibro.pdf"})["tibro"]
    assert activity_values(got["activities"]) == table_specks.EXPECTED["tibro"]
