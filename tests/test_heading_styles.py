"""Responses headed in other common styles (tests/heading_styles.py), run end to end once and
compared with the values written down with them."""

from __future__ import annotations

from decimal import Decimal

import heading_styles
import pytest
from conftest import read_tables

NAMES = sorted(heading_styles.RESPONSES)


@pytest.fixture(scope="module")
def styles_run(tmp_path_factory):
    from pipeline.runner import run

    root = tmp_path_factory.mktemp("heading_styles")
    for name in NAMES:
        case = root / "in" / name
        case.mkdir(parents=True)
        heading_styles.make(name, case / f"yttrande-{name}.pdf")
    run(root / "in", root / "out", use_cache=False)
    t = read_tables(root / "out")
    by_case = {d["source_path"].split("/")[0]: d for d in t["documents"]}
    return {
        name: {
            "document": by_case[name],
            **{table: [r for r in rows if r.get("doc_id") == by_case[name]["doc_id"]] for table, rows in t.items()},
        }
        for name in NAMES
    }


def _dec(v) -> str | None:
    return None if v is None else format(Decimal(v).normalize(), "f")


@pytest.mark.parametrize("name", NAMES)
def test_is_a_response(styles_run, name):
    assert styles_run[name]["document"]["kind"] == "response"


@pytest.mark.parametrize("name", NAMES)
def test_activities(styles_run, name):
    got = {
        a["activity_no"]: dict(
            title=a["title"],
            claimed=_dec(a["claimed_amount_sek"]),
            position=a["municipality_position"],
            repayment=_dec(a["repayment_amount_sek"]),
        )
        for a in styles_run[name]["activities"]
    }
    assert got == heading_styles.EXPECTED[name]["activities"]


@pytest.mark.parametrize("name", NAMES)
def test_attachment_list(styles_run, name):
    got = [a["attachment_id"] for a in styles_run[name]["attachments"]]
    assert got == heading_styles.EXPECTED[name]["attachments"]


@pytest.mark.parametrize("name", [n for n in NAMES if "refs" in heading_styles.EXPECTED[n]])
def test_references_and_absent_checks(styles_run, name):
    exp = heading_styles.EXPECTED[name]
    assert {(r["activity_no"], r["attachment_id"]) for r in styles_run[name]["attachment_refs"]} == exp["refs"]
    assert not {c["check"] for c in styles_run[name]["checks"]} & exp["absent_checks"]
