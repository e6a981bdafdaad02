"""Four responses for the semantic side of issue 13 (tests/wordings_sem.py), run end to end once
and compared with the values written down with them: where the agency's reasons stand, reasons in
new wordings, positions for two activities answered together, and people in signatures and
contact lines."""

from __future__ import annotations

from decimal import Decimal

import pytest
import wordings_sem
from conftest import read_tables

NAMES = sorted(wordings_sem.RESPONSES)


@pytest.fixture(scope="module")
def sem_run(tmp_path_factory):
    from pipeline.runner import run

    root = tmp_path_factory.mktemp("wordings_sem")
    for name in NAMES:
        case = root / "in" / name
        case.mkdir(parents=True)
        wordings_sem.make(name, case / f"yttrande-{name}.pdf")
    run(root / "in", root / "out", use_cache=False)
    t = read_tables(root / "out")
    by_case = {d["source_path"].split("/")[0]: d["doc_id"] for d in t["documents"]}
    return {name: {table: [r for r in rows if r.get("doc_id") == by_case[name]] for table, rows in t.items()} for name in NAMES}


def _dec(v) -> str | None:
    return None if v is None else format(Decimal(v).normalize(), "f")


@pytest.mark.parametrize("name", NAMES)
def test_reasons_and_positions(sem_run, name):
    got = {
        a["activity_no"]: dict(
            claimed=_dec(a["claimed_amount_sek"]),
            reasons=sorted(a["agency_reasons"]),
            position=a["municipality_position"],
            repayment=_dec(a["repayment_amount_sek"]),
        )
        for a in sem_run[name]["activities"]
    }
    assert got == wordings_sem.EXPECTED[name]["activities"]


@pytest.mark.parametrize("name", NAMES)
def test_people(sem_run, name):
    people = {p["name"]: p for p in sem_run[name]["people"]}
    want = wordings_sem.EXPECTED[name]["people"]
    assert sorted(people) == sorted(p[0] for p in want)
    for name_, role, party, phone, email in want:
        p = people[name_]
        assert ((p["role"] or "").lower(), p["party"], p["phone"], p["email"]) == (role, party, phone, email), p


@pytest.mark.parametrize("name", [n for n in NAMES if "money" in wordings_sem.EXPECTED[n]])
def test_money_in_table_cells(sem_run, name):
    values = {_dec(m["value"]) for m in sem_run[name]["money"]}
    exp = wordings_sem.EXPECTED[name]
    assert set(exp["money"]) <= values, sorted(values)
    assert not set(exp["money_absent"]) & values, sorted(values)
