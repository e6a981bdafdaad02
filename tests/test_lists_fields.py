"""Attachment lists, document fields and kinds in other house styles (tests/gen/lists_fields.py):
references in a claim line run on into the paragraph, a one-line list of dotted ids after a
qualified heading, a diary's document card before the letter, a capitals letterhead with the
committee after a bar or dash, decisions under delegation. Each committed PDF read by the pipeline
and compared with the values written down with it before the pipeline ran on them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data" / "lists_fields"
EXPECTED = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))
FIELDS = ("kind", "issuer", "municipality", "addressee", "doc_date", "page_count")


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
def test_document_fields(read, name):
    ed, _ = read(name)
    meta = {**ed.meta, "kind": ed.kind, "page_count": ed.ingested.page_count}
    got = {f: (str(meta.get(f)) if f == "doc_date" and meta.get(f) else meta.get(f)) for f in FIELDS}
    assert got == {f: EXPECTED[name][f] for f in FIELDS}


@pytest.mark.parametrize("name", sorted(n for n, e in EXPECTED.items() if "attachments" in e))
def test_attachments_take_their_activity(read, name):
    ed, linked = read(name)
    rows = linked.attachments[ed.ingested.doc_id]
    assert [[r["attachment_id"], r["activity_no"]] for r in rows] == EXPECTED[name]["attachments"]


@pytest.mark.parametrize("name", sorted(n for n, e in EXPECTED.items() if "checks" in e))
def test_summary_table_findings_only_on_sure_readings(read, name):
    from pipeline.check import checks

    ed, linked = read(name)
    found = [
        [c["activity_no"], c["check"]] for c in checks(linked) if c["severity"] in ("error", "warning") and c["check"] != "needs_review"
    ]
    assert found == EXPECTED[name]["checks"]


def test_rows_that_restate_a_listed_item_cite_it():
    """A per-activity table of documents opens each row with the listed id; a numbered heading with
    the same number and another title cites nothing."""
    from test_attachlist import lines_of

    from pipeline.attachlist import cited_rows, parse_attachment_list

    lines = lines_of(
        "1.1 Faktura 301 Bussbolaget i Norr AB 2023-06-01 4 000",
        "1.2 Avtal lokalhyra Folkets hus",
        "2.1 Bakgrund",
        "Bifogade handlingar, se ovan: 1.1 Faktura 301 Bussbolaget i Norr AB; 1.2 Avtal lokalhyra Folkets hus; 2.1 Närvarolista",
    )
    items, head = parse_attachment_list(lines)
    assert head == 3 and [it.attachment_id for it in items] == ["1.1", "1.2", "2.1"]
    refs = cited_rows(lines[:3], items, lambda ln: "7")
    assert [(r.activity_no, r.attachment_id) for r in refs] == [("7", "1.1"), ("7", "1.2")]


def test_the_letter_starts_after_a_card_only_where_page_one_is_no_letter():
    from pipeline.letter_page import letter_start

    card = "ÄRENDEBLAD\nRegistrerad 2025-02-28\nMotpart Socialstyrelsen"
    letter = "Ale kommun\nSocialstyrelsen\n2025-02-20\nYttrande över preliminärt beslut om återkrav"
    names = lambda text: "kommun" in text  # noqa: E731
    assert letter_start([card, letter], names) == 1
    assert letter_start([letter, "Svar på fråga 2\nKommunen bestrider."], names) == 0  # page 1 is the letter
    assert letter_start(["Ale kommun\nSocialnämnden\n2025-02-20", "Yttrande över …"], names) == 0  # page 1 names the sender
    assert letter_start([card, "Bilaga 1"], names) == 0  # no page opens with a title: page 1 stays
