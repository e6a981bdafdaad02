"""The second blind genre corpus (tests/data/genre2/, made by tests/gen/genre2.py) checked as a
yardstick: its gold adds up, follows the contract's vocabularies and names files that exist. No
granttrail run here: these tests check the gold, not the pipeline (benchmarks/genre_scores.py
--corpus tests/data/genre2 scores the pipeline against it)."""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "genre2"
CASES = sorted(p.parent.name for p in CORPUS.glob("*/gold.json"))
MIN_CASES = 12
MAX_FILE_BYTES = 1_000_000  # committed inputs stay small
REASONS = {
    "purpose_mismatch",
    "unverifiable_costs",
    "exercise_of_authority",
    "outside_grant_period",
    "ordinary_operations",
    "fabricated_documents",
    "excessive_cost",
    "description_mismatch",
    "missing_description",
    "conditions_not_met",
}
POSITIONS = {"accepts_full", "accepts_partial", "disputes", "unclear"}
SCORE_CANDIDATES = [ROOT.parent / "shared" / "tools" / "score.py", Path("/work/shared/tools/score.py")]


def gold(case: str) -> dict:
    return json.loads((CORPUS / case / "gold.json").read_text(encoding="utf-8"))["files"]


def amount(v: str | None) -> Decimal:
    return Decimal(v or "0")


def test_corpus_is_complete() -> None:
    assert len(CASES) >= MIN_CASES
    assert (CORPUS / "README.md").read_text(encoding="utf-8").count("\n| ") - 1 >= len(CASES)


@pytest.mark.parametrize("case", CASES)
def test_files_small_and_named_once(case: str) -> None:
    files = [f for f in (CORPUS / case).rglob("*") if f.is_file()]
    assert all(f.stat().st_size < MAX_FILE_BYTES for f in files), case
    assert len({f.name for f in files}) == len(files), case  # score.py matches files by base name


@pytest.mark.parametrize("case", CASES)
def test_gold_names_files_that_exist(case: str) -> None:
    import pypdfium2 as pdfium

    names = {f.name: f for f in (CORPUS / case).rglob("*") if f.is_file()}
    for key, g in gold(case).items():
        base, _, span = key.partition("#pages=")
        assert base in names, key
        if span:
            first, last = (int(x) for x in span.split("-"))
            doc = pdfium.PdfDocument(str(names[base]))
            assert 1 <= first <= last <= len(doc), key
            doc.close()
        for target in g.get("attachment_files", {}).values():
            assert target.partition("#pages=")[0] in names, target


@pytest.mark.parametrize("case", CASES)
def test_invoice_gold_adds_up(case: str) -> None:
    for name, g in gold(case).items():
        if g["kind"] != "invoice":
            continue
        net, vat, total = amount(g["net"]), amount(g["vat"]), amount(g["total"])
        assert net + vat == total, name
        assert sum(amount(line["amount"]) for line in g["invoice_lines"]) == net, name
        assert sum(amount(r["net_amount"]) for r in g["invoice_vat"]) == net, name
        assert sum(amount(r["vat_amount"]) for r in g["invoice_vat"]) == vat, name
        assert (total < 0) == bool(g.get("is_credit_note")), name
        if "amount_due" in g:  # öresavrundning: at most 50 öre away from the total, whole kronor
            due = amount(g["amount_due"])
            assert abs(due - total) <= Decimal("0.50") and due == due.to_integral_value(), name


def check_activity(name: str, g: dict, a: dict) -> None:
    """One activity's gold: known codes, a repayment that follows from the position, a printed claim."""
    where = (name, a["activity_no"])
    claimed, position, repay = amount(a["claimed_amount_sek"]), a["municipality_position"], a["repayment_amount_sek"]
    assert position in POSITIONS and a["agency_reasons"] and set(a["agency_reasons"]) <= REASONS, where
    if position == "accepts_partial":
        assert repay is not None and 0 < amount(repay) < claimed, where
    else:
        expected = {"accepts_full": claimed, "disputes": Decimal(0), "unclear": None}[position]
        assert (None if repay is None else amount(repay)) == expected, where
    assert 1 <= a["page_start"] <= g["page_count"], where
    assert claimed in {amount(v) for v in g["money"]}, where  # the claim is printed somewhere


@pytest.mark.parametrize("case", CASES)
def test_response_gold_is_consistent(case: str) -> None:
    for name, g in gold(case).items():
        if g["kind"] != "response":
            continue
        acts = g["activities"]
        assert len({a["activity_no"] for a in acts}) == len(acts), name
        for a in acts:
            check_activity(name, g, a)
        assert sum(amount(a["claimed_amount_sek"]) for a in acts) == amount(g["totals"]["claimed_sek"]), name
        repaid = sum(amount(a["repayment_amount_sek"]) for a in acts if a["repayment_amount_sek"] is not None)
        assert repaid == amount(g["totals"]["accepted_repayment_sek"]), name
        assert set(g.get("attachment_files", {})) <= {x["attachment_id"] for x in g.get("attachments", [])}, name


@pytest.mark.slow
def test_perfect_output_scores_one() -> None:
    """A perfect run written from the gold scores 1.000 with the shared score.py (tests/gen/gold_selfcheck.py)."""
    score = next((p for p in SCORE_CANDIDATES if p.is_file()), None)
    if score is None:
        pytest.skip("shared score.py not found")
    sys.path.insert(0, str(ROOT / "tests" / "gen"))
    import gold_selfcheck

    assert gold_selfcheck.main(["--corpus", str(CORPUS), "--score", str(score)]) == 0
