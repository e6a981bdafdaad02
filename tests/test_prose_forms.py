"""Prose responses without the usual scaffolding (tests/prose_forms.py): run-in activities with
no headings, a letter organised by the agency's reasons, attachments as footnotes after a cover
letter, a municipal company's response. Run end to end once from the committed PDFs and compared
with the values written down with them."""

from __future__ import annotations

import prose_forms
import pytest
from case_runs import activity_values, check_attachments, check_committed_pdfs, run_generated

NAMES = sorted(prose_forms.RESPONSES)


@pytest.fixture(scope="module")
def forms_run(tmp_path_factory):
    return run_generated(prose_forms, tmp_path_factory)


def test_the_committed_pdfs_are_the_generators(tmp_path):
    check_committed_pdfs(prose_forms, tmp_path)


@pytest.mark.parametrize("name", NAMES)
def test_activities(forms_run, name):
    got = activity_values(forms_run[name]["activities"], "title")
    assert got == prose_forms.EXPECTED[name]["activities"]


@pytest.mark.parametrize("name", [n for n in NAMES if "pages" in prose_forms.EXPECTED[n]])
def test_pages(forms_run, name):
    assert {a["activity_no"]: a["page_start"] for a in forms_run[name]["activities"]} == prose_forms.EXPECTED[name]["pages"]


@pytest.mark.parametrize("name", [n for n in NAMES if "reasons" in prose_forms.EXPECTED[n]])
def test_reasons_of_every_section_an_activity_is_listed_under(forms_run, name):
    got = {a["activity_no"]: sorted(a["agency_reasons"]) for a in forms_run[name]["activities"]}
    assert got == prose_forms.EXPECTED[name]["reasons"]


@pytest.mark.parametrize("name", NAMES)
def test_attachment_list_and_references(forms_run, name):
    check_attachments(forms_run[name], prose_forms.EXPECTED[name])


@pytest.mark.parametrize("name", [n for n in NAMES if "meta" in prose_forms.EXPECTED[n]])
def test_document_fields(forms_run, name):
    doc = forms_run[name]["documents"][0]
    got = {k: str(doc[k]) if doc[k] is not None else None for k in prose_forms.EXPECTED[name]["meta"]}
    assert got == prose_forms.EXPECTED[name]["meta"]
