"""The genre corpus's gold is consistent with its own files (tests/data/genre, built by
tests/gen/genre.py). These tests check the test data, not granttrail: scoring granttrail on the
corpus is benchmarks/genre_scores.py."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image

CORPUS = Path(__file__).parent / "data" / "genre"
CASES = sorted(p.parent for p in CORPUS.glob("*/gold.json"))
MAX_FILE_BYTES = 300_000


def gold_files(case: Path) -> dict:
    return json.loads((case / "gold.json").read_text(encoding="utf-8"))["files"]


def file_pages(path: Path) -> int:
    if path.suffix.lower() != ".pdf":
        with Image.open(path) as im:
            return getattr(im, "n_frames", 1)
    doc = pdfium.PdfDocument(str(path))
    try:
        return len(doc)
    finally:
        doc.close()


def page_count(case: Path, name: str) -> int:
    base, _, span = name.partition("#pages=")
    (path,) = [p for p in case.rglob(base) if p.is_file()]
    if span:
        first, last = (int(x) for x in span.split("-"))
        assert 1 <= first <= last <= file_pages(path), name
        return last - first + 1
    return file_pages(path)


def test_corpus_has_the_cases():
    kinds = {g["kind"] for c in CASES for g in gold_files(c).values()}
    assert len(CASES) >= 14 and kinds == {"response", "invoice"}


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_files_small_and_named_once(case: Path):
    names = [p.name for p in case.rglob("*") if p.is_file()]
    assert len(names) == len(set(names)), "score.py matches base names: they must be unique in a case"
    for p in case.rglob("*"):
        assert p.stat().st_size < MAX_FILE_BYTES, p


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_response_gold_adds_up(case: Path):
    for name, g in gold_files(case).items():
        if g["kind"] != "response":
            continue
        assert g["page_count"] == page_count(case, name)
        acts = g["activities"]
        assert sum(Decimal(a["claimed_amount_sek"]) for a in acts) == Decimal(g["totals"]["claimed_sek"])
        repaid = [Decimal(a["repayment_amount_sek"]) for a in acts if a["repayment_amount_sek"] is not None]
        assert sum(repaid) == Decimal(g["totals"]["accepted_repayment_sek"])
        for a in acts:
            claimed = Decimal(a["claimed_amount_sek"])
            rep = a["repayment_amount_sek"]
            expected = {"accepts_full": claimed, "disputes": Decimal(0), "unclear": None}
            if a["municipality_position"] == "accepts_partial":
                assert Decimal(0) < Decimal(rep) < claimed
            else:
                assert (None if rep is None else Decimal(rep)) == expected[a["municipality_position"]]
            assert 1 <= a["page_start"] <= g["page_count"]
        ids = {x["attachment_id"] for x in g.get("attachments", [])}
        unresolved = {c["activity_no"] for c in g.get("checks", []) if c["check"] == "unresolved_reference"}
        for a in acts:
            missing = set(a["attachment_refs"]) - ids
            assert not missing or a["activity_no"] in unresolved, (a["activity_no"], missing)
        for aid, target in g.get("attachment_files", {}).items():
            assert aid in ids and page_count(case, target) >= 1


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_invoice_gold_adds_up(case: Path):
    for name, g in gold_files(case).items():
        if g["kind"] != "invoice":
            continue
        assert page_count(case, name) >= 1
        assert Decimal(g["net"]) + Decimal(g["vat"]) == Decimal(g["total"]), name
        if "invoice_lines" in g:
            assert sum(Decimal(x["amount"]) for x in g["invoice_lines"]) == Decimal(g["net"]), name
        if g.get("is_credit_note"):
            assert Decimal(g["total"]) < 0
