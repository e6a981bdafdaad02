"""Payment tables headed with a voucher column and a purpose column (tests/payment_tables.py),
run end to end once from the committed PDFs: every payment with its reference, date,
recipient, purpose and amount."""

from __future__ import annotations

import payment_tables
import pytest
from case_runs import dec, run_cases

NAMES = sorted(payment_tables.DOCS)


@pytest.fixture(scope="module")
def payments_run(tmp_path_factory):
    runs = run_cases(tmp_path_factory.mktemp("payment_tables"), {name: payment_tables.COMMITTED / f"yttrande-{name}.pdf" for name in NAMES})
    return {name: runs[name]["grant_payments"] for name in NAMES}


@pytest.mark.parametrize("name", NAMES)
def test_every_payment_of_the_table(payments_run, name):
    got = [(p["reference"], str(p["payment_date"]), p["recipient"], p["description"], dec(p["amount_sek"])) for p in payments_run[name]]
    assert got == payment_tables.EXPECTED[name]
