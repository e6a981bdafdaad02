"""Responses for the semantic side of issue 13 (tests/wordings_sem.py and tests/wordings_sem3.py), run end to end once
and compared with the values written down with them: where the agency's reasons stand, reasons in
new wordings, positions answered together, put off or said with a modal verb, amounts in table cells,
and people in signatures and contact lines."""

from __future__ import annotations

import pytest
import wordings_sem
import wordings_sem3  # noqa: F401  (adds its responses to wordings_sem's registry)
from conftest import activity_outcomes, run_rendered
from conftest import decimal_text as _dec

NAMES = sorted(wordings_sem.RESPONSES)


@pytest.fixture(scope="module")
def sem_run(tmp_path_factory):
    return run_rendered(wordings_sem.make, NAMES, tmp_path_factory.mktemp("wordings_sem"))


@pytest.mark.parametrize("name", NAMES)
def test_reasons_and_positions(sem_run, name):
    assert activity_outcomes(sem_run[name]["activities"]) == wordings_sem.EXPECTED[name]["activities"]


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
