"""Responses printed from an e-service form (tests/form_responses.py), run end to end once from
the committed PDFs and compared with the values written down with them."""

from __future__ import annotations

import shutil
from decimal import Decimal

import form_responses
import pytest
from conftest import read_tables

NAMES = sorted(form_responses.FORMS)


@pytest.fixture(scope="module")
def forms_run(tmp_path_factory):
    from pipeline.runner import run

    root = tmp_path_factory.mktemp("form_responses")
    for name in NAMES:
        case = root / "in" / name
        case.mkdir(parents=True)
        shutil.copy(form_responses.COMMITTED / f"yttrande-{name}.pdf", case)
    run(root / "in", root / "out", use_cache=False)
    t = read_tables(root / "out")
    by_case = {d["source_path"].split("/")[0]: d for d in t["documents"]}
    return {name: {table: [r for r in rows if r.get("doc_id") == by_case[name]["doc_id"]] for table, rows in t.items()} for name in NAMES}


def _dec(v) -> str | None:
    return None if v is None else format(Decimal(v).normalize(), "f")


@pytest.mark.parametrize("name", NAMES)
def test_activities_from_the_form_fields(forms_run, name):
    got = {
        a["activity_no"]: dict(
            title=a["title"],
            claimed=_dec(a["claimed_amount_sek"]),
            position=a["municipality_position"],
            repayment=_dec(a["repayment_amount_sek"]),
        )
        for a in forms_run[name]["activities"]
    }
    assert got == form_responses.EXPECTED[name]["activities"]


@pytest.mark.parametrize("name", NAMES)
def test_the_files_each_form_lists_make_the_attachment_list(forms_run, name):
    assert [(a["attachment_id"], a["activity_no"]) for a in forms_run[name]["attachments"]] == form_responses.EXPECTED[name]["attachments"]
    assert not [c for c in forms_run[name]["checks"] if c["check"] in ("unresolved_reference", "unreferenced_attachment")]
