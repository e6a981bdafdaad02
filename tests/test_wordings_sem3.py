"""Responses for the third round of issue 13's semantic side (tests/wordings_sem3.py), run end to
end once and compared with the values written down with them: reasons given as the cause of the
claim, as a comparison, as what would have been done anyway and as a contrast; positions in
English-influenced Swedish and put off; an English signature block and a contact line with the
title before the name."""

from __future__ import annotations

import pytest
import wordings_sem3
from conftest import activity_outcomes, run_rendered

NAMES = sorted(wordings_sem3.RESPONSES)


@pytest.fixture(scope="module")
def sem3_run(tmp_path_factory):
    return run_rendered(wordings_sem3.make, NAMES, tmp_path_factory.mktemp("wordings_sem3"))


@pytest.mark.parametrize("name", NAMES)
def test_reasons_and_positions(sem3_run, name):
    assert activity_outcomes(sem3_run[name]["activities"]) == wordings_sem3.EXPECTED[name]["activities"]


@pytest.mark.parametrize("name", NAMES)
def test_people(sem3_run, name):
    people = {p["name"]: p for p in sem3_run[name]["people"]}
    want = wordings_sem3.EXPECTED[name]["people"]
    assert sorted(people) == sorted(p[0] for p in want)
    for name_, role, party, phone, email in want:
        p = people[name_]
        assert ((p["role"] or "").lower(), p["party"], p["phone"], p["email"]) == (role, party, phone, email), p
