"""Money and people in house styles the blind corpora showed missing (tests/gen/money_people_forms.py):
each committed PDF read by the pipeline and compared with the values written down with it
before the pipeline ran on them."""

from __future__ import annotations

import json
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import documents_reader

DATA = Path(__file__).resolve().parent / "data" / "money_people_forms"
EXPECTED = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def read():
    return documents_reader(DATA)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_amount_printed_is_one_money_mention(read, name):
    ed = read(name)
    got = Counter(Decimal(m["value"]).quantize(Decimal("0.01")) for m in ed.money)
    want = Counter(Decimal(v) for v in EXPECTED[name]["money"])
    optional = {Decimal(v) for v in EXPECTED[name].get("money_optional", [])}
    assert {v: c for v, c in (got - want).items() if v not in optional} == {}, "amounts read that are not printed"
    assert want - got == Counter(), "amounts printed that are not read"


@pytest.mark.parametrize("name", sorted(n for n in EXPECTED if "people" in EXPECTED[n]))
def test_people_with_their_roles_and_contacts(read, name):
    ed = read(name)
    got = {p["name"]: p for p in ed.people}
    assert set(got) == {p["name"] for p in EXPECTED[name]["people"]}
    for p in EXPECTED[name]["people"]:
        for field in ("role", "party", "phone", "email"):
            if field in p:
                assert got[p["name"]][field] == p[field], (p["name"], field)


# addresses as OCR misreads them on scanned contact lines: the "@" as "&" or "Q", a space after a
# dot, the last dot as ":"; taken only where the local part spells the name before it
MISREAD = [
    ("Karin Dahl\nSocialchef\nkarin. dahl &tranas:se, 0140-681 20", "Karin Dahl", "karin.dahl@tranas.se"),
    ("Fråga Nils Ek, ekonom, eller mejla\nnils.ek Qsala.se.", "Nils Ek", "nils.ek@sala.se"),
    ("Anna Berg, kontakt: info &kommun:se", "Anna Berg", None),  # a department's address spells no one
]


@pytest.mark.parametrize("text,name,address", MISREAD)
def test_an_address_ocr_misread_is_read_where_it_spells_the_name(text, name, address):
    from pipeline.people_signals import misread_address

    assert misread_address(text, name, text.index(name) + len(name)) == address
