"""Invoices with no known title or label (tests/gen/invoice_content.py: Welsh, Albanian) are
invoices by their content: priced lines, VAT at a printed rate, a total that is net plus VAT.
Values written down with the documents before the pipeline ran on them."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data" / "invoice_content"
EXPECTED = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_an_invoice_by_its_content(name):
    from pipeline.orchestrate import process_document

    ed = process_document((DATA / name).read_bytes(), name)
    want = EXPECTED[name]
    assert ed.kind == want["kind"]
    inv = ed.invoice or {}
    assert {k: inv.get(f"{k}_amount") for k in ("net", "vat", "total")} == {k: Decimal(want[k]) for k in ("net", "vat", "total")}


def test_a_cost_summary_in_a_letter_is_no_invoice():
    """Priced lines and a VAT line in a response's table do not make the response an invoice."""
    from pipeline.invoicing.kind import content_score

    letter = "\n".join(
        [
            "Yttrande över Socialstyrelsens preliminära beslut om återkrav",
            "Kommunen bestrider återkravet. Kostnaderna framgår nedan.",
            "Buss 2 4 500,00 9 000,00",
        ]
    )
    assert content_score(letter) < 2
