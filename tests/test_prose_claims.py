"""Responses whose titles and claims need the genre's arithmetic and layout (tests/gen/prose_claims.py):
each committed PDF read by the pipeline and compared with the values written down with it before
the pipeline ran on them."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data" / "prose_claims"
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
def test_activities_numbers_titles_and_claims(read, name):
    ed = read(name)
    assert ed.kind == "response"
    got = [(a.number, a.title, a.claimed) for a in ed.activities]
    want = [(a["activity_no"], a["title"], Decimal(a["claimed"])) for a in EXPECTED[name]["activities"]]
    assert got == want
