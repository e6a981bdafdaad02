"""A table response's table running onto a second page under its header printed again, the header
wrapping a cell over two lines and a page header standing above it (generator:
tests/layouts/make_repeated_header.py, expected values written before the pipeline read them)."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import read_tables

sys.path.insert(0, str(Path(__file__).parent / "layouts"))
import make_repeated_header as mrh  # noqa: E402

CASES = {"kumla": (mrh.render_kumla, mrh.GOLD_KUMLA), "lycksele": (mrh.render_lycksele, mrh.GOLD_LYCKSELE)}


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    from pipeline.runner import run

    root = tmp_path_factory.mktemp("repeated")
    for name, (render, _) in CASES.items():
        (root / "in" / name).mkdir(parents=True)
        render(root / "in" / name / f"{name}.pdf")
    run(root / "in", root / "out", use_cache=False)
    return root


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_repeated_header_is_no_row(out, name):
    from pipeline.ingest import ingest_bytes
    from pipeline.layout import find_tables

    pdf = out / "in" / name / f"{name}.pdf"
    tables = [t for t in find_tables(ingest_bytes(pdf.read_bytes(), pdf.name, ocr=False)) if t.role == "activities"]
    assert len(tables) == 1 and tables[0].pages == [1, 2]
    heads = {c.text for c in tables[0].header}
    assert not any(c.text in heads or c.text.startswith(tuple(heads)) for row in tables[0].rows for c in row if c.text)


@pytest.mark.parametrize("name", sorted(CASES))
def test_activities_over_the_page_break(out, name):
    docs = {d["doc_id"]: d["source_path"] for d in read_tables(out / "out")["documents"]}
    got = [a for a in read_tables(out / "out")["activities"] if docs[a["doc_id"]].endswith(f"{name}.pdf")]
    got = sorted(got, key=lambda a: int(a["activity_no"]))
    want = CASES[name][1]
    assert [(a["activity_no"], a["title"], a["claimed_amount_sek"], a["municipality_position"]) for a in got] == [
        (g["activity_no"], g["title"], Decimal(g["claimed"]), g["position"]) for g in want
    ]
