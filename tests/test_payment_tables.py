"""Payment tables headed with a voucher column and a purpose column (tests/payment_tables.py),
run end to end once from the committed PDFs: every payment with its reference, date,
recipient, purpose and amount."""

from __future__ import annotations

import shutil
from decimal import Decimal

import payment_tables
import pytest
from conftest import read_tables

NAMES = sorted(payment_tables.DOCS)


@pytest.fixture(scope="module")
def payments_run(tmp_path_factory):
    from pipeline.runner import run

    root = tmp_path_factory.mktemp("payment_tables")
    for name in NAMES:
        case = root / "in" / name
        case.mkdir(parents=True)
        shutil.copy(payment_tables.COMMITTED / f"yttrande-{name}.pdf", case)
    run(root / "in", root / "out", use_cache=False)
    t = read_tables(root / "out")
    by_case = {d["source_path"].split("/")[0]: d["doc_id"] for d in t["documents"]}
    return {name: [r for r in t["grant_payments"] if r["doc_id"] == by_case[name]] for name in NAMES}


@pytest.mark.parametrize("name", NAMES)
def test_every_payment_of_the_table(payments_run, name):
    got = [
        (p["reference"], str(p["payment_date"]), p["recipient"], p["description"], format(Decimal(p["amount_sek"]).normalize(), "f"))
        for p in payments_run[name]
    ]
    assert got == payment_tables.EXPECTED[name]
