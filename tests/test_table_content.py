"""Table responses read by what their columns hold (tests/gen/table_content.py): rotated header
text, group rows that are no activities, amounts wrapping between digit groups, the agency's
reasons in a notes column or only as crosses in a matrix with a legend. Expected values were
written in the generator before the pipeline read the documents."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest
from case_runs import dec, run_cases

sys.path.insert(0, str(Path(__file__).resolve().parent / "gen"))
import table_content  # noqa: E402

NAMES = sorted(table_content.EXPECTED)


@pytest.fixture(scope="module")
def content_run(tmp_path_factory):
    return run_cases(tmp_path_factory.mktemp("table_content"), {n: table_content.COMMITTED / f"yttrande-{n}.pdf" for n in NAMES})


def test_rows_read_apart_from_reasons(content_run):
    """Perstorp's turned table: every activity's claim, position and repayment (its reasons wait
    for the reasons reader, above)."""
    read = {n: {k: v for k, v in o.items() if k != "reasons"} for n, o in _outcomes(content_run["perstorp"]["activities"]).items()}
    assert read == {n: {k: v for k, v in o.items() if k != "reasons"} for n, o in table_content.EXPECTED["perstorp"].items()}


def _outcomes(rows: list[dict]) -> dict[str, dict]:
    return {
        a["activity_no"]: dict(
            claimed=dec(a["claimed_amount_sek"]),
            position=a["municipality_position"],
            repayment=dec(a["repayment_amount_sek"]),
            reasons=sorted(a["agency_reasons"]),
        )
        for a in rows
    }


# the reasons reader (pipeline/reasons*.py, not the tables') reads no reason in "har utövat
# myndighet"; strict, so this turns red when it does and the mark can go
READER_MISSES: dict[str, str] = {}  # perstorp's "utövat myndighet" is read since the reasons' fallback (s10-sem)


@pytest.mark.parametrize(
    "name", [pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=READER_MISSES[n])) if n in READER_MISSES else n for n in NAMES]
)
def test_every_row_an_activity_with_its_reasons(content_run, name):
    expected = {n: dict(v, reasons=sorted(v["reasons"])) for n, v in table_content.EXPECTED[name].items()}
    assert _outcomes(content_run[name]["activities"]) == expected


@pytest.mark.parametrize("name", sorted(table_content.EXPECTED_MONEY))
def test_wrapped_amounts_read_whole(content_run, name):
    read = Counter(dec(m["value"]) for m in content_run[name]["money"] if m["value"] != 0)
    assert read == Counter(table_content.EXPECTED_MONEY[name])


@pytest.mark.parametrize("name", sorted(table_content.EXPECTED_REFS))
def test_references_wrapping_in_a_cell(content_run, name):
    # the table's references, each with its row's activity (a list line read as a reference of no
    # activity is the attachment list reader's, not the tables')
    refs = {(r["activity_no"], r["attachment_id"]) for r in content_run[name]["attachment_refs"] if r["activity_no"] is not None}
    assert refs == table_content.EXPECTED_REFS[name]


def test_matrix_reasons_carry_their_evidence(content_run):
    """Sigtuna's reasons are only marks under letters: each activity's evidence names the matrix
    and its legend and points at a marked cell on the page."""
    rows = {e["key"]: e for e in content_run["sigtuna"]["evidence"] if e["field"] == "agency_reasons"}
    assert set(rows) == {"1", "2", "3"}
    assert rows["2"]["value"] == "; ".join(content_run_reasons(content_run, "sigtuna", "2"))
    assert {"reason_matrix", "legend"} <= set(rows["2"]["signals"]) and rows["2"]["x0"] is not None
    assert "oskäligt hög" in rows["2"]["raw_text"]


def content_run_reasons(content_run, name: str, number: str) -> list[str]:
    return next(a["agency_reasons"] for a in content_run[name]["activities"] if a["activity_no"] == number)
