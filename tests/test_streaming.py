"""The streamed run (pipeline/streaming.py: link and check one case folder at a time, the tables
built from per-case pieces) publishes the same bytes as linking, checking and publishing every
document at once, including what looks across cases (an invoice filed in two municipalities'
folders) and the reviewer's corrections."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.streaming import Summary, cases

SUPPLIER = "Lägergården i Norden AB"
ORG_NO = "556677-8899"


def _summary(path: str, kind: str) -> Summary:
    return Summary(path, path, kind, 1, 0, False, None, None, (0, 0))


def test_cases_are_the_outermost_response_folders():
    found = cases(
        [
            _summary("z.pdf", "invoice"),
            _summary("a/c/y.pdf", "invoice"),
            _summary("a/Yttrande.pdf", "response"),
            _summary("p/press.html", "press_release"),
            _summary("a/b/x.pdf", "attachment"),
            _summary("a/c/Yttrande.pdf", "response"),
        ]
    )
    assert [[s.source_path for s in g] for g in found] == [
        ["a/Yttrande.pdf", "a/b/x.pdf", "a/c/Yttrande.pdf", "a/c/y.pdf"],
        ["p/press.html"],
        ["z.pdf"],
    ]


def test_a_response_at_the_root_makes_one_case():
    found = cases([_summary("Yttrande.pdf", "response"), _summary("k/a.pdf", "invoice"), _summary("b.pdf", "other")])
    assert [[s.source_path for s in g] for g in found] == [["Yttrande.pdf", "b.pdf", "k/a.pdf"]]


def _response(path: Path, town: str, title: str, number: str) -> None:
    import render

    blocks = [
        ("h1", "Yttrande till Socialstyrelsen"),
        ("p", f"{town} kommun yttrar sig över Socialstyrelsens beslut om återkrav av statsbidraget för 2023."),
        ("h2", f"1. {title} (24 000 kronor)"),
        ("p", "Socialstyrelsen bedömer att kostnaden inte kan styrkas och ska återbetalas."),
        ("p", "Kommunen bestrider bedömningen och bifogar fakturan, se bilaga 1.1."),
        ("h2", "Bilagor"),
        ("p", f"1.1 Faktura {number} {SUPPLIER}.pdf"),
    ]
    render.render(path, blocks, f"{town} kommun   YTTRANDE", "Sida {page}")


def _invoice(path: Path, number: str, date: str) -> None:
    import render

    render.invoice(
        path,
        layout="columns",
        supplier=SUPPLIER,
        org_no=ORG_NO,
        fields={"Fakturanummer": number, "Fakturadatum": date},
        lines=[("Lägervecka", "24 000,00")],
        totals=[("Summa exkl. moms", "24 000,00 kr"), ("Moms 25 %", "6 000,00 kr"), ("Att betala", "30 000,00 kr")],
    )


@pytest.fixture(scope="module")
def two_cases(tmp_path_factory) -> Path:
    """Two municipalities' folders, each a response and the invoice it lists: the same invoice
    (supplier, amount, and a number that differs only by its hyphen), filed in both."""
    from pipeline.ingest import doc_id_of

    root = tmp_path_factory.mktemp("streamed") / "in"
    filed = (("Ekby", "Sommarläger", "4711-23", "2023-06-12"), ("Fjällby", "Lägerverksamhet", "471123", "2023-06-19"))
    for town, title, number, date in filed:
        folder = root / f"{town} kommun"
        (folder / "bilagor").mkdir(parents=True)
        _response(folder / "Yttrande.pdf", town, title, number)
        _invoice(folder / "bilagor" / f"1.1 Faktura {number}.pdf", number, date)
    fjallby = doc_id_of((root / "Fjällby kommun" / "Yttrande.pdf").read_bytes())[0]
    with open(root / "corrections.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["doc_sha256", "doc_id", "table", "key", "field", "value", "note", "reviewer", "date"])
        w.writerow(["", fjallby, "activities", "1", "claimed_amount_sek", "25000", "", "ak", "2025-03-01"])
        w.writerow(["", "00000000deadbeef", "activities", "1", "claimed_amount_sek", "1", "", "ak", "2025-03-01"])
    return root


def _all_at_once(src: Path, out: Path) -> None:
    """The tables as built before streaming: every document in memory, linked and checked together."""
    from pipeline.corrections import Corrections
    from pipeline.discover import scan
    from pipeline.orchestrate import check_step, link_step, process_file, tables_of
    from pipeline.publish import publish

    docs = []
    for f in scan(src).files:
        if f.rel != "corrections.csv":
            docs += process_file(f.path.read_bytes(), f.rel)
    desk = Corrections.load(src)
    desk.apply(docs)
    errors: list[str] = []
    tables = tables_of(check_step(link_step(docs, [], errors), [], errors))
    desk.finish(tables)
    publish(tables, out)


def test_streamed_tables_are_the_tables_built_at_once(two_cases, tmp_path):
    from pipeline.runner import run

    streamed, at_once = tmp_path / "streamed", tmp_path / "at_once"
    run(two_cases, streamed, isolate=False)
    _all_at_once(two_cases, at_once)
    for p in sorted(at_once.glob("*.parquet")):
        assert (streamed / p.name).read_bytes() == p.read_bytes(), p.stem

    checks = pq.read_table(streamed / "checks.parquet").to_pylist()
    docs = {d["doc_id"]: d["source_path"] for d in pq.read_table(streamed / "documents.parquet").to_pylist()}
    near = [c for c in checks if c["check"] == "near_duplicate_invoice"]
    assert [docs[c["doc_id"]] for c in near] == ["Fjällby kommun/bilagor/1.1 Faktura 471123.pdf"]
    assert [c["status"] for c in pq.read_table(streamed / "corrections.parquet").to_pylist()] == ["applied", "stale"]
    activities = pq.read_table(streamed / "activities.parquet").to_pylist()
    acts = {(docs[a["doc_id"]], a["activity_no"]): a["claimed_amount_sek"] for a in activities}
    assert acts[("Fjällby kommun/Yttrande.pdf", "1")] == Decimal("25000.00")
    assert acts[("Ekby kommun/Yttrande.pdf", "1")] == Decimal("24000.00")
