"""Sheets with one row per invoice and the activity's cells merged down over its rows
(tests/gen/merged_groups.py): the activity's title and the agency's assessment are read whole
though their wrapped lines stand beside different invoice rows (pipeline/layout/paragraphs.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from case_runs import dec, run_cases

sys.path.insert(0, str(Path(__file__).resolve().parent / "gen"))
import merged_groups  # noqa: E402

NAMES = sorted(merged_groups.RESPONSES)


@pytest.fixture(scope="module")
def groups_run(tmp_path_factory):
    return run_cases(tmp_path_factory.mktemp("merged_groups"), {n: merged_groups.COMMITTED / f"yttrande-{n}.pdf" for n in NAMES})


def _read(a: dict) -> dict:
    return dict(
        title=a["title"],
        claimed=dec(a["claimed_amount_sek"]),
        position=a["municipality_position"],
        repayment=dec(a["repayment_amount_sek"]),
        assessment=" ".join((a["agency_assessment"] or "").split()),
    )


@pytest.mark.parametrize("name", NAMES)
def test_every_group_an_activity_read_whole(groups_run, name):
    assert {a["activity_no"]: _read(a) for a in groups_run[name]["activities"]} == merged_groups.EXPECTED[name]
