"""Ten responses in other municipalities' wordings (tests/wordings.py), run end to end once and
compared with the values written down with them."""

from __future__ import annotations

import pytest
import wordings
from conftest import activity_outcomes, run_rendered
from conftest import decimal_text as _dec

NAMES = sorted(wordings.RESPONSES)

KNOWN: dict[tuple[str, str], str] = {}  # (case, area) -> why it is expected to fail; none at present


def known(request, name: str, area: str) -> None:
    if (name, area) in KNOWN:
        request.applymarker(pytest.mark.xfail(reason=KNOWN[(name, area)], strict=False))


@pytest.fixture(scope="module")
def wordings_run(tmp_path_factory):
    return run_rendered(wordings.make, NAMES, tmp_path_factory.mktemp("wordings"))


@pytest.mark.parametrize("name", NAMES)
def test_activities(wordings_run, name, request):
    known(request, name, "activities")
    t = wordings_run[name]
    want = wordings.EXPECTED[name]["activities"]
    assert activity_outcomes(t["activities"]) == want


@pytest.mark.parametrize("name", NAMES)
def test_attachments_and_references(wordings_run, name, request):
    known(request, name, "attachments")
    t = wordings_run[name]
    exp = wordings.EXPECTED[name]
    assert [a["attachment_id"] for a in t["attachments"]] == exp["attachments"]
    assert {(r["activity_no"], r["attachment_id"]) for r in t["attachment_refs"]} == exp["refs"]
    assert all(r["resolved"] for r in t["attachment_refs"])
    checks = {c["check"] for c in t["checks"]}
    assert not checks & {"unresolved_reference", "unreferenced_attachment"}


@pytest.mark.parametrize("name", NAMES)
def test_stated_totals_compare_like_with_like(wordings_run, name, request):
    """Every response states totals that add up (the grant received and budgets are no totals)."""
    known(request, name, "checks")
    checks = {c["check"] for c in wordings_run[name]["checks"]}
    assert not checks & {"stated_total_mismatch", "summary_table_mismatch"}


@pytest.mark.parametrize("name", NAMES)
def test_payments_and_people(wordings_run, name, request):
    known(request, name, "people")
    t = wordings_run[name]
    exp = wordings.EXPECTED[name]
    got = [(str(p["payment_date"]), p["recipient"], _dec(p["amount_sek"])) for p in t["grant_payments"]]
    assert got == exp.get("payments", [])
    people = {p["name"]: p for p in t["people"]}
    for name_, role, phone, email in exp.get("people", []):
        assert name_ in people, (name_, sorted(people))
        p = people[name_]
        assert (p["role"] or "").lower() == role and p["phone"] == phone and p["email"] == email, p


@pytest.mark.parametrize("name", NAMES)
def test_money_mentions(wordings_run, name, request):
    known(request, name, "money")
    t = wordings_run[name]
    exp = wordings.EXPECTED[name]
    values = [_dec(m["value"]) for m in t["money"]]
    for v in exp["money"]:
        assert v in values, (v, values)
    for v, n in exp.get("money_count", {}).items():
        assert values.count(v) >= n, (v, values)


@pytest.mark.parametrize("name", NAMES)
def test_attachment_evidence(wordings_run, name, request):
    """Every listed attachment has evidence: its id, label and file name on the list's page,
    with a span and a box from the text layer."""
    known(request, name, "attachments")
    t = wordings_run[name]
    ev = [e for e in t["evidence"] if e["table"] == "attachments"]
    ids = wordings.EXPECTED[name]["attachments"]
    assert sorted({e["key"] for e in ev}) == sorted(ids)
    for aid in ids:
        fields = {e["field"]: e for e in ev if e["key"] == aid}
        assert {"attachment_id", "label", "filename"} <= set(fields), (aid, sorted(fields))
        e = fields["label"]
        page = next(p for p in t["pages"] if p["page_no"] == e["page"])
        assert page["text"][e["char_start"] : e["char_end"]] == e["raw_text"]
        assert e["x0"] is not None and 0 < e["confidence"] <= 1
