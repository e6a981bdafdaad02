"""Attachment references as two blind house styles wrote them (tests/gen/note_lists.py): footnotes
whose text refers to an attachment, with only a raised mark in the body (the reference belongs to
the mark's activity); ids with the activity's number before a hyphen; an invoice label with its
supplier before the number. Each committed PDF read by the pipeline and compared with the values
written down with it before the pipeline ran on them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data" / "note_lists"
EXPECTED = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def read():
    from pipeline.link import link
    from pipeline.orchestrate import process_document

    cache: dict[str, object] = {}

    def of(name: str):
        if name not in cache:
            ed = process_document((DATA / name).read_bytes(), name)
            cache[name] = (ed, link([ed]))
        return cache[name]

    return of


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_attachments_take_the_activity_that_refers_to_them(read, name):
    ed, linked = read(name)
    rows = linked.attachments[ed.ingested.doc_id]
    assert [[r["attachment_id"], r["activity_no"]] for r in rows] == EXPECTED[name]["attachments"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_references_by_activity(read, name):
    ed, linked = read(name)
    got = sorted({(r["activity_no"], r["attachment_id"]) for r in linked.refs[ed.ingested.doc_id]})
    assert got == sorted(tuple(x) for x in EXPECTED[name]["refs"])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_listed_invoices_link_to_their_activity(read, name):
    ed, linked = read(name)
    got = sorted({(x["activity_no"], x["invoice_number"]) for x in linked.activity_invoices if x["doc_id"] == ed.ingested.doc_id})
    assert got == sorted(tuple(x) for x in EXPECTED[name]["invoices"])


@pytest.mark.parametrize("name", sorted(n for n, e in EXPECTED.items() if "checks" in e))
def test_hyphen_ids_resolve(read, name):
    from pipeline.check import checks

    ed, linked = read(name)
    found = [
        [c["activity_no"], c["check"]] for c in checks(linked) if c["severity"] in ("error", "warning") and c["check"] != "needs_review"
    ]
    assert found == EXPECTED[name]["checks"]


def test_a_hyphen_pair_is_an_id_where_listed_or_running_down_else_a_range():
    from pipeline.attachlist import expand_ref_spec

    assert expand_ref_spec("15-1 och 15-2") == ["15-1", "15-2"]
    assert expand_ref_spec("1-2", {"1-1", "1-2"}) == ["1-2"]
    assert expand_ref_spec("3-5") == ["3", "4", "5"]
    assert expand_ref_spec("3–5", {"3-5"}) == ["3", "4", "5"]  # an en dash is a range


def test_notes_run_together_on_one_line_split_in_sequence():
    from pipeline.footnotes import _note_parts

    line = "1Faktura 23-118 från Buss AB, 4 400 kr (bilaga 2). 2Avtal med föreningen, se bilaga 3. 4 st"
    assert _note_parts(line) == [
        ("1", "Faktura 23-118 från Buss AB, 4 400 kr (bilaga 2)."),
        ("2", "Avtal med föreningen, se bilaga 3. 4 st"),
    ]


def test_an_invoice_number_after_the_supplier():
    from pipeline.link import invoice_number_of

    assert invoice_number_of("Faktura Hedemora Innebandy nr 2023-112", "invoice") == "2023-112"
    assert invoice_number_of("Faktura 2231 Nora Buss AB", "invoice") == "2231"
    assert invoice_number_of("Fakturor för lokalhyra 2023", "invoice") is None
