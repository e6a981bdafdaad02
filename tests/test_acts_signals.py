"""Responses in forms the activity finder had not seen (tests/gen/acts_signals.py): the agency's
codes as activity numbers, amounts in "Skr", heading fields set off by bars, a reference where the
title would stand, and responses titled as a memo, an e-mail or a minute. Each committed PDF read
by the pipeline and compared with the values written down with it before the pipeline ran."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data" / "acts_signals"
EXPECTED = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def read():
    from pipeline.orchestrate import process_document

    cache: dict[str, object] = {}

    def of(name: str):
        if name not in cache:
            cache[name] = process_document((DATA / name).read_bytes(), name)
        return cache[name]

    return of


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_response_in_any_form_is_a_response(read, name):
    assert read(name).kind == EXPECTED[name]["kind"]


@pytest.mark.parametrize("name", sorted(n for n in EXPECTED if "activities" in EXPECTED[n]))
def test_activities_numbers_titles_and_claims(read, name):
    got = [(a.number, a.title, a.claimed) for a in read(name).activities]
    want = [(a["activity_no"], a["title"], Decimal(a["claimed"])) for a in EXPECTED[name]["activities"]]
    assert got == want
