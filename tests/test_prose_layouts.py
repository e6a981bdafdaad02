"""Responses laid out with lettered parts and attachment lists in other forms
(tests/prose_layouts.py), run end to end once from the committed PDFs and compared with the
values written down with them."""

from __future__ import annotations

import prose_layouts
import pytest
from case_runs import activity_values, check_attachments, check_committed_pdfs, run_generated

NAMES = sorted(prose_layouts.RESPONSES)


@pytest.fixture(scope="module")
def layouts_run(tmp_path_factory):
    return run_generated(prose_layouts, tmp_path_factory)


def test_the_committed_pdfs_are_the_generators(tmp_path):
    check_committed_pdfs(prose_layouts, tmp_path)


@pytest.mark.parametrize("name", NAMES)
def test_activities(layouts_run, name):
    got = activity_values(layouts_run[name]["activities"], "title")
    assert got == prose_layouts.EXPECTED[name]["activities"]


@pytest.mark.parametrize("name", NAMES)
def test_attachment_list_and_references(layouts_run, name):
    check_attachments(layouts_run[name], prose_layouts.EXPECTED[name])


@pytest.mark.parametrize("name", [n for n in NAMES if "toc" in prose_layouts.EXPECTED[n]])
def test_contents_keep_the_part_letters(layouts_run, name):
    got = [(e["number"], e["title"]) for e in sorted(layouts_run[name]["toc_entries"], key=lambda e: e["ordinal"])]
    assert got == prose_layouts.EXPECTED[name]["toc"]


@pytest.mark.parametrize("name", [n for n in NAMES if "checks" in prose_layouts.EXPECTED[n]])
def test_an_unreferenced_attachment_names_the_activity_its_id_carries(layouts_run, name):
    got = {(c["activity_no"], c["actual"], c["check"]) for c in layouts_run[name]["checks"] if c["check"] == "unreferenced_attachment"}
    assert got == prose_layouts.EXPECTED[name]["checks"]
