"""Ten responses in other municipalities' wordings (tests/wordings.py), run end to end once and
compared with the values written down with them."""

from __future__ import annotations

from decimal import Decimal

import pytest
import wordings
from conftest import read_tables

NAMES = sorted(wordings.RESPONSES)

KNOWN: dict[tuple[str, str], str] = {}  # (case, area) -> why it is expected to fail; none at present


def known(request, name: str, area: str) -> None:
    if (name, area) in KNOWN:
        request.applymarker(pytest.mark.xfail(reason=KNOWN[(name, area)], strict=False))


@pytest.fixture(scope="module")
def wordings_run(tmp_path_factory):
    from pipeline.runner import run

    root = tmp_path_factory.mktemp("wordings")
    for name in NAMES:
        case = root / "in" / name
        case.mkdir(parents=True)
        wordings.make(name, case / f"yttrande-{name}.pdf")
    run(root / "in", root / "out", use_cache=False)
    t = read_tables(root / "out")
    by_case = {d["source_path"].split("/")[0]: d["doc_id"] for d in t["documents"]}
    return {name: {table: [r for r in rows if r.get("doc_id") == by_case[name]] for table, rows in t.items()} for name in NAMES}


def _dec(v) -> str | None:
    return None if v is None else format(Decimal(v).normalize(), "f")


@pytest.mark.parametrize("name", NAMES)
def test_activities(wordings_run, name, request):
    known(request, name, "activities")
    t = wordings_run[name]
    want = wordings.EXPECTED[name]["activities"]
    got = {
        a["activity_no"]: dict(
            claimed=_dec(a["claimed_amount_sek"]),
            reasons=sorted(a["agency_reasons"]),
            position=a["municipality_position"],
            repayment=_dec(a["repayment_amount_sek"]),
        )
        for a in t["activities"]
    }
    assert got == want


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
