"""Ten responses in other municipalities' wordings (tests/wordings.py), run end to end once and
compared with the values written down with them."""

from __future__ import annotations

from decimal import Decimal

import pytest
import wordings
from conftest import read_tables

NAMES = sorted(wordings.RESPONSES)


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
    return {name: {table: [r for r in rows if r.get("doc_id") == by_case[name]] for table, rows in t.items()}
            for name in NAMES}


def _dec(v) -> str | None:
    return None if v is None else format(Decimal(v).normalize(), "f")


@pytest.mark.parametrize("name", NAMES)
def test_activities(wordings_run, name):
    t = wordings_run[name]
    want = wordings.EXPECTED[name]["activities"]
    got = {a["activity_no"]: dict(claimed=_dec(a["claimed_amount_sek"]), reasons=sorted(a["agency_reasons"]),
                                  position=a["municipality_position"], repayment=_dec(a["repayment_amount_sek"]))
           for a in t["activities"]}
    assert got == want


@pytest.mark.parametrize("name", NAMES)
def test_attachments_and_references(wordings_run, name):
    t = wordings_run[name]
    exp = wordings.EXPECTED[name]
    assert [a["attachment_id"] for a in t["attachments"]] == exp["attachments"]
    assert {(r["activity_no"], r["attachment_id"]) for r in t["attachment_refs"]} == exp["refs"]
    assert all(r["resolved"] for r in t["attachment_refs"])
    checks = {c["check"] for c in t["checks"]}
    assert not checks & ({"unresolved_reference", "unreferenced_attachment"} | exp.get("absent_checks", set()))


@pytest.mark.parametrize("name", NAMES)
def test_payments_and_people(wordings_run, name):
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
def test_money_mentions(wordings_run, name):
    t = wordings_run[name]
    exp = wordings.EXPECTED[name]
    values = [_dec(m["value"]) for m in t["money"]]
    for v in exp["money"]:
        assert v in values, (v, values)
    for v, n in exp.get("money_count", {}).items():
        assert values.count(v) >= n, (v, values)
