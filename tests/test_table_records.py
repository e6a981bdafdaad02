"""Table responses read by what their rows and columns hold (tests/gen/table_records.py): a header
that names only some of its columns, records of a figures row and a comment merged under it, the
position as a cross in one of several columns, the positions in a second table joined by the id
column. Expected values were written in the generator before the pipeline read the documents."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest
from case_runs import activity_values, check_committed_pdfs, dec, run_cases

sys.path.insert(0, str(Path(__file__).resolve().parent / "gen"))
import table_records  # noqa: E402


@pytest.fixture(scope="module")
def records_run(tmp_path_factory):
    pdfs = {n: table_records.COMMITTED / f"yttrande-{n}.pdf" for n in table_records.RESPONSES}
    return run_cases(tmp_path_factory.mktemp("table_records"), pdfs)


@pytest.mark.parametrize("name", table_records.RESPONSES)
def test_every_row_an_activity_with_its_answer(records_run, name):
    assert records_run[name]["documents"][0]["kind"] == "response"
    assert activity_values(records_run[name]["activities"]) == table_records.EXPECTED[name]


@pytest.mark.parametrize("name", sorted(table_records.EXPECTED_MONEY))
def test_every_figure_a_money_mention(records_run, name):
    read = Counter(dec(m["value"]) for m in records_run[name]["money"] if m["value"] != 0)
    assert read == Counter(table_records.EXPECTED_MONEY[name])


@pytest.mark.parametrize("name", sorted(table_records.EXPECTED_REFS))
def test_references_in_the_comment_rows(records_run, name):
    refs = {(r["activity_no"], r["attachment_id"]) for r in records_run[name]["attachment_refs"] if r["activity_no"] is not None}
    assert refs == table_records.EXPECTED_REFS[name]


@pytest.mark.slow
def test_committed_pdfs_render(tmp_path):
    check_committed_pdfs(table_records, tmp_path)
