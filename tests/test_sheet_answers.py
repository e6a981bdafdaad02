"""Spreadsheet-like responses whose answer cells state an amount on a wrapped line
(tests/sheet_answers.py): the activities as written down, and no summary table read from the
wrapped lines (no summary_table_mismatch)."""

from __future__ import annotations

import shutil
from decimal import Decimal

import pytest
import sheet_answers
from conftest import read_tables

NAMES = sorted(sheet_answers.SHEETS)


@pytest.fixture(scope="module")
def sheets_run(tmp_path_factory):
    from pipeline.runner import run

    root = tmp_path_factory.mktemp("sheet_answers")
    for name in NAMES:
        case = root / "in" / name
        case.mkdir(parents=True)
        shutil.copy(sheet_answers.COMMITTED / f"yttrande-{name}.pdf", case)
    run(root / "in", root / "out", use_cache=False)
    t = read_tables(root / "out")
    by_case = {d["source_path"].split("/")[0]: d for d in t["documents"]}
    return {name: {table: [r for r in rows if r.get("doc_id") == by_case[name]["doc_id"]] for table, rows in t.items()} for name in NAMES}


def _dec(v) -> str | None:
    return None if v is None else format(Decimal(v).normalize(), "f")


@pytest.mark.parametrize("name", NAMES)
def test_activities(sheets_run, name):
    got = {
        a["activity_no"]: dict(
            claimed=_dec(a["claimed_amount_sek"]), position=a["municipality_position"], repayment=_dec(a["repayment_amount_sek"])
        )
        for a in sheets_run[name]["activities"]
    }
    assert got == sheet_answers.EXPECTED[name]


@pytest.mark.parametrize("name", NAMES)
def test_no_summary_table_from_a_wrapped_answer(sheets_run, name):
    assert not [c for c in sheets_run[name]["checks"] if c["check"] == "summary_table_mismatch"]
