"""Attachment lists, references, contents and totals in forms the corpora had not shown
(tests/gen/attach_forms.py): each committed PDF read by the pipeline, linked and checked, and
compared with the values written down with it before the pipeline ran on them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data" / "attach_forms"
EXPECTED = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def run():
    from pipeline.check import checks
    from pipeline.link import link
    from pipeline.orchestrate import process_document

    cache: dict[str, tuple] = {}

    def of(name: str):
        if name not in cache:
            ed = process_document((DATA / name).read_bytes(), name)
            linked = link([ed])
            cache[name] = (ed, linked, checks(linked))
        return cache[name]

    return of


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_list_with_each_item_s_activity(run, name):
    ed, linked, _ = run(name)
    got = [[a["attachment_id"], a["activity_no"]] for a in linked.attachments[ed.ingested.doc_id]]
    assert got == EXPECTED[name]["attachments"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_reference_in_any_wording(run, name):
    ed, _, _ = run(name)
    got = sorted({(r.attachment_id, r.activity_no) for r in ed.structured.refs})
    assert got == sorted(tuple(x) for x in EXPECTED[name]["refs"])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_no_false_finding(run, name):
    _, _, found = run(name)
    assert [(c["check"], c["activity_no"]) for c in found if c["severity"] in ("error", "warning")] == EXPECTED[name]["findings"]


@pytest.mark.parametrize("name", sorted(n for n in EXPECTED if "toc" in EXPECTED[n]))
def test_contents_of_parts_keep_the_part_s_number(run, name):
    ed, _, _ = run(name)
    assert [[e.number, e.title] for e in ed.structured.toc] == EXPECTED[name]["toc"]
    assert [a.number for a in ed.activities] == EXPECTED[name]["activities"]


@pytest.mark.parametrize("name", sorted(n for n in EXPECTED if "grant_years" in EXPECTED[n]))
def test_a_grant_period_of_several_years(run, name):
    from pipeline.link import grant_years_of

    ed, _, _ = run(name)
    assert list(grant_years_of(ed) or ()) == EXPECTED[name]["grant_years"]
