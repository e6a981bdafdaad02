"""Attachment lists, references, contents and totals in forms the corpora had not shown
(tests/gen/attach_forms.py): each committed PDF read by the pipeline, linked and checked, and
compared with the values written down with it before the pipeline ran on them."""

from __future__ import annotations

import json
from decimal import Decimal
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


@pytest.mark.parametrize(
    "line,want",
    [
        ("Fakturan framgår av bilaga ett.", ["1"]),
        ("Underlaget finns i bilagorna tre och fyra.", ["3", "4"]),
        ("I bilagan ett par fakturor som saknades.", []),  # the definite form takes no number
        ("Se bilaga sju.", []),  # no 7 in the list: a word names only a listed attachment
        ("Protokollen finns i bilagorna K2–K4.", ["K2", "K3", "K4"]),
        ("The invoices are in Annexes 1 and 3.", ["1", "3"]),
    ],
)
def test_references_in_words_series_and_english(line, want):
    from test_attachlist import lines_of

    from pipeline.attachlist import find_refs

    refs = find_refs(lines_of(line), lambda ln: None, {"1", "2", "3", "4", "K1", "K2", "K3", "K4"})
    assert [r.attachment_id for r in refs] == want


def _facts(no: str, claimed: str, repayment: str, position: str):
    from types import SimpleNamespace

    return SimpleNamespace(number=no, claimed=Decimal(claimed), repayment=Decimal(repayment), position=position)


def _response(money: list[tuple[str, int]], confidences: dict[str, float]):
    from types import SimpleNamespace

    from pipeline.evidence import Evidence

    acts = [
        _facts("4", "38900", "14000", "accepts_partial"),
        _facts("6", "24600", "24600", "accepts_full"),
        _facts("9", "131400", "0", "disputes"),
    ]
    ev = [Evidence("d", "activities", k, "claimed_amount_sek", "1", "1", None, "text_layer", (), c) for k, c in confidences.items()]
    rows = [dict(role="total", activity_no=None, currency="SEK", value=Decimal(v), page=p) for v, p in money]
    return SimpleNamespace(activities=acts, money=rows, evidence=ev, ingested=SimpleNamespace(doc_id="d"))


def _found(resp) -> list[tuple[str, str]]:
    from pipeline.check import _stated_total_mismatch

    out: list[tuple[str, str]] = []
    _stated_total_mismatch(None, resp, lambda *a: out.append((a[2], a[3])), {})
    return out


def test_a_stated_total_is_compared_like_for_like():
    """Claims 38 900 + 24 600 + 131 400 = 194 900, accepted 14 000 + 24 600 = 38 600."""
    sure = {"4": 0.95, "6": 0.95, "9": 0.95}
    assert _found(_response([("194900", 1), ("38600", 2)], sure)) == []  # the known totals
    assert _found(_response([("24600", 2), ("14000", 2)], sure)) == []  # each activity's own amount in a summary sentence
    assert _found(_response([("190000", 1)], sure)) == [("stated_total_mismatch", "error")]
    # the same mismatch on a claim read with low confidence: noted, no finding
    assert _found(_response([("190000", 1)], {**sure, "9": 0.5})) == [("stated_total_mismatch", "info")]
