"""Responses printed from an e-service form (tests/form_responses.py), run end to end once from
the committed PDFs and compared with the values written down with them."""

from __future__ import annotations

import form_responses
import pytest
from case_runs import activity_values, run_cases

NAMES = sorted(form_responses.FORMS)


@pytest.fixture(scope="module")
def forms_run(tmp_path_factory):
    return run_cases(tmp_path_factory.mktemp("form_responses"), {name: form_responses.COMMITTED / f"yttrande-{name}.pdf" for name in NAMES})


@pytest.mark.parametrize("name", NAMES)
def test_activities_from_the_form_fields(forms_run, name):
    got = activity_values(forms_run[name]["activities"], "title")
    assert got == form_responses.EXPECTED[name]["activities"]


@pytest.mark.parametrize("name", NAMES)
def test_the_files_each_form_lists_make_the_attachment_list(forms_run, name):
    assert [(a["attachment_id"], a["activity_no"]) for a in forms_run[name]["attachments"]] == form_responses.EXPECTED[name]["attachments"]
    assert not [c for c in forms_run[name]["checks"] if c["check"] in ("unresolved_reference", "unreferenced_attachment")]
