"""Spreadsheets printed with fixed row heights (tests/gen/sheet_rows.py): every row read though a
one-line row stands in a tall grid row, the sheet read as one table over the page break and its
page footer, an empty repayment cell an undecided row, and no false total check."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest
from case_runs import activity_values, run_cases

sys.path.insert(0, str(Path(__file__).resolve().parent / "gen"))
import sheet_rows  # noqa: E402

NAMES = sorted(sheet_rows.SHEETS)


@pytest.fixture(scope="module")
def sheets_run(tmp_path_factory):
    return run_cases(tmp_path_factory.mktemp("sheet_rows"), {name: sheet_rows.COMMITTED / f"yttrande-{name}.pdf" for name in NAMES})


@pytest.mark.parametrize("name", NAMES)
def test_every_row_an_activity(sheets_run, name):
    assert activity_values(sheets_run[name]["activities"]) == sheet_rows.EXPECTED[name]


@pytest.mark.parametrize("name", NAMES)
def test_one_table_over_the_page_break(sheets_run, name):
    tables = [t for t in sheets_run[name]["layout_tables"] if t["role"] == "activities"]
    assert [(t["page"], t["page_end"]) for t in tables] == [(1, 2)]


@pytest.mark.parametrize("name", NAMES)
def test_claims_add_up(sheets_run, name):
    claimed = sum(Decimal(a["claimed_amount_sek"]) for a in sheets_run[name]["activities"])
    assert claimed == Decimal(sheet_rows.EXPECTED_TOTAL[name])
    assert not [c for c in sheets_run[name]["checks"] if c["check"] in ("summary_table_mismatch", "total_mismatch")]
