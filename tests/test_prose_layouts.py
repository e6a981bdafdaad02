"""Responses laid out with lettered parts and attachment lists in other forms
(tests/prose_layouts.py), run end to end once from the committed PDFs and compared with the
values written down with them."""

from __future__ import annotations

import shutil
from decimal import Decimal

import prose_layouts
import pytest
from conftest import read_tables

NAMES = sorted(prose_layouts.RESPONSES)


@pytest.fixture(scope="module")
def layouts_run(tmp_path_factory):
    from pipeline.runner import run

    root = tmp_path_factory.mktemp("prose_layouts")
    for name in NAMES:
        case = root / "in" / name
        case.mkdir(parents=True)
        shutil.copy(prose_layouts.COMMITTED / f"yttrande-{name}.pdf", case)
    run(root / "in", root / "out", use_cache=False)
    t = read_tables(root / "out")
    by_case = {d["source_path"].split("/")[0]: d for d in t["documents"]}
    return {name: {table: [r for r in rows if r.get("doc_id") == by_case[name]["doc_id"]] for table, rows in t.items()} for name in NAMES}


def _dec(v) -> str | None:
    return None if v is None else format(Decimal(v).normalize(), "f")


def test_the_committed_pdfs_are_the_generators(tmp_path):
    for name in NAMES:
        fresh = prose_layouts.make(name, tmp_path / f"{name}.pdf")
        assert fresh.stat().st_size > 0 and (prose_layouts.COMMITTED / f"yttrande-{name}.pdf").exists()


@pytest.mark.parametrize("name", NAMES)
def test_activities(layouts_run, name):
    got = {
        a["activity_no"]: dict(
            title=a["title"],
            claimed=_dec(a["claimed_amount_sek"]),
            position=a["municipality_position"],
            repayment=_dec(a["repayment_amount_sek"]),
        )
        for a in layouts_run[name]["activities"]
    }
    assert got == prose_layouts.EXPECTED[name]["activities"]


@pytest.mark.parametrize("name", NAMES)
def test_attachment_list_and_references(layouts_run, name):
    exp = prose_layouts.EXPECTED[name]
    assert [a["attachment_id"] for a in layouts_run[name]["attachments"]] == exp["attachments"]
    assert {(r["activity_no"], r["attachment_id"]) for r in layouts_run[name]["attachment_refs"]} == exp["refs"]
    assert not {c["check"] for c in layouts_run[name]["checks"]} & exp["absent_checks"]


@pytest.mark.parametrize("name", [n for n in NAMES if "toc" in prose_layouts.EXPECTED[n]])
def test_contents_keep_the_part_letters(layouts_run, name):
    got = [(e["number"], e["title"]) for e in sorted(layouts_run[name]["toc_entries"], key=lambda e: e["ordinal"])]
    assert got == prose_layouts.EXPECTED[name]["toc"]


@pytest.mark.parametrize("name", [n for n in NAMES if "checks" in prose_layouts.EXPECTED[n]])
def test_an_unreferenced_attachment_names_the_activity_its_id_carries(layouts_run, name):
    got = {(c["activity_no"], c["actual"], c["check"]) for c in layouts_run[name]["checks"] if c["check"] == "unreferenced_attachment"}
    assert got == prose_layouts.EXPECTED[name]["checks"]
