"""A reviewer's corrections: applied before link and check on every run, with a status each."""

from __future__ import annotations

import csv
import hashlib
import shutil
from decimal import Decimal as D
from pathlib import Path

import pytest
import render
from conftest import read_tables

CSV_HEADER = "doc_sha256,doc_id,table,key,field,value,note,reviewer,date\n"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def corrected(tmp_path_factory):
    """The invoice case run without and then with three corrections: activity 1's claim set to
    what its invoice says (applied), a claim for an activity the response does not have (stale),
    and an amount in words the column cannot hold (invalid)."""
    from pipeline.runner import run

    root = tmp_path_factory.mktemp("corrections")
    case = render.invoice_case(root / "in")
    run(root / "in", root / "before", use_cache=False)
    sha = _sha(case / "Yttrande Vallby.pdf")
    rows = [
        [
            sha,
            "",
            "activities",
            "1",
            "claimed_amount_sek",
            "11 200,00 kr",
            "fakturan visar 11 200",
            "Eva",
            "2025-06-01",
        ],
        ["", sha[:16], "activities", "9", "claimed_amount_sek", "1000", "", "Eva", "2025-06-01"],
        [
            sha,
            "",
            "activities",
            "2",
            "claimed_amount_sek",
            "femtusen ungefär",
            "",
            "Eva",
            "2025-06-01",
        ],
    ]
    with open(root / "in" / "corrections.csv", "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([CSV_HEADER.strip().split(","), *rows])
    out = root / "out"
    run(root / "in", out, use_cache=False)
    return root, out, read_tables(root / "before"), read_tables(out)


def test_three_corrections_get_their_status(corrected):
    _, _, _, t = corrected
    rows = t["corrections"]
    assert [(r["key"], r["status"]) for r in rows] == [
        ("1", "applied"),
        ("9", "stale"),
        ("2", "invalid"),
    ]
    applied, stale, invalid = rows
    assert applied["previous_value"] == "11500.00" and applied["reviewer"] == "Eva"
    assert applied["note"] == "fakturan visar 11 200" and applied["doc_id"] == stale["doc_id"]
    assert "no row '9'" in stale["message"]
    assert "no amount" in invalid["message"]
    assert not any(d["source_path"].endswith("corrections.csv") for d in t["documents"])


def test_applied_value_reaches_activities_evidence_and_checks(corrected):
    _, _, before, t = corrected
    claim = {a["activity_no"]: a["claimed_amount_sek"] for a in t["activities"]}
    assert claim == {"1": D("11200.00"), "2": D("5000.00"), "3": D("4000.00")}
    reviewer = [e for e in t["evidence"] if e["source"] == "reviewer"]
    assert [(e["table"], e["key"], e["field"], e["value"], e["confidence"]) for e in reviewer] == [
        ("activities", "1", "claimed_amount_sek", "11200.00", 1.0)
    ]
    assert reviewer[0]["page"] == 1

    def sums(tables: dict) -> set:
        return {c["activity_no"] for c in tables["checks"] if c["check"] == "invoice_sum_mismatch"}

    # 11 200 claimed now equals the invoice's total: the check saw the corrected value
    assert "1" in sums(before) and "1" not in sums(t)
    stale = [c for c in t["checks"] if c["check"] == "correction_stale"]
    assert [(c["activity_no"], c["severity"], c["expected"]) for c in stale] == [("9", "info", "1000")]


def test_corrections_survive_the_cache_and_follow_edits(corrected, tmp_path):
    from pipeline.runner import run

    root, _, _, _ = corrected
    src, out = tmp_path / "in", tmp_path / "out"
    shutil.copytree(root / "in", src)
    run(src, out)  # fills the cache
    run(src, out, use_cache=True)  # nothing new: the corrections are read again, not cached
    claim = {a["activity_no"]: a["claimed_amount_sek"] for a in read_tables(out)["activities"]}
    assert claim["1"] == D("11200.00")
    path = src / "corrections.csv"
    path.write_text(path.read_text(encoding="utf-8").replace('"11 200,00 kr"', "11300"), encoding="utf-8")
    run(src, out)  # nothing new among the documents, but the corrections changed
    claim = {a["activity_no"]: a["claimed_amount_sek"] for a in read_tables(out)["activities"]}
    assert claim["1"] == D("11300.00")


def test_corrections_file_outside_the_input_and_excel_semicolons(tmp_path, corrected):
    from pipeline.runner import run

    root, _, _, _ = corrected
    src = tmp_path / "in"
    shutil.copytree(root / "in", src)
    (src / "corrections.csv").unlink()
    sha = _sha(src / "vallby-2025" / "Yttrande Vallby.pdf")
    elsewhere = tmp_path / "review.csv"
    elsewhere.write_bytes(
        "\ufeff".encode()
        + (f"doc_sha256;table;key;field;value;reviewer\n{sha};activities;3;municipality_position;accepts_full;Ola\n").encode()
    )
    run(src, tmp_path / "out", corrections=elsewhere)
    t = read_tables(tmp_path / "out")
    act = next(a for a in t["activities"] if a["activity_no"] == "3")
    # accepting in full repays the claim: the contract's rule holds for a corrected position
    assert (act["municipality_position"], act["repayment_amount_sek"]) == (
        "accepts_full",
        D("4000.00"),
    )
    assert [r["status"] for r in t["corrections"]] == ["applied"]


@pytest.mark.parametrize(
    "table,field,text,value",
    [
        ("activities", "claimed_amount_sek", "1 234,50", D("1234.50")),
        ("activities", "claimed_amount_sek", "1234.5", D("1234.50")),
        (
            "activities",
            "agency_reasons",
            "purpose_mismatch; excessive_cost",
            ["purpose_mismatch", "excessive_cost"],
        ),
        ("invoices", "invoice_date", "2023-03-10", __import__("datetime").date(2023, 3, 10)),
        ("invoices", "is_credit_note", "ja", True),
        ("invoices", "vat_rate", "12,5", 12.5),
        ("activities", "repayment_amount_sek", "NULL", None),
    ],
)
def test_values_parse_for_their_column(table, field, text, value):
    from pipeline.corrections import parse_value

    assert parse_value(table, field, text) == value


@pytest.mark.parametrize(
    "table,field,text",
    [
        ("activities", "claimed_amount_sek", "1 234,567"),
        ("activities", "municipality_position", "agrees"),
        ("activities", "agency_reasons", "too_expensive"),
        ("invoices", "invoice_date", "10 mars"),
        ("invoices", "currency", "kronor"),
    ],
)
def test_values_that_do_not_parse_are_invalid(table, field, text):
    from pipeline.corrections import Invalid, parse_value

    with pytest.raises(Invalid):
        parse_value(table, field, text)


def test_applied_value_reaches_the_workbook(corrected, tmp_path):
    import openpyxl

    from pipeline.export import export_xlsx

    _, out, _, _ = corrected
    wb = openpyxl.load_workbook(export_xlsx(out, tmp_path / "review.xlsx"))
    rows = list(wb["activities"].iter_rows(values_only=True))
    col = rows[0].index("claimed_amount_sek")
    assert {r[1]: D(repr(r[col])) for r in rows[1:]}["1"] == D("11200.00")
    header, *corrections = wb["corrections"].iter_rows(values_only=True)
    assert [r[header.index("status")] for r in corrections] == ["applied", "stale", "invalid"]


def test_applied_value_reaches_the_report(corrected, tmp_path):
    from pipeline.report import build_report

    root, out, _, _ = corrected
    shutil.copytree(out, tmp_path / "out")
    index = build_report(tmp_path / "out", root / "in")
    page = next(p for p in index.parent.glob("*.html") if p.name != "index.html")
    html = page.read_text(encoding="utf-8")
    activities = html.split('<table id="activities"', 1)[1].split("</table>", 1)[0]
    assert "11\u00a0200,00\u00a0kr" in activities and "11\u00a0500,00\u00a0kr" not in activities
    assert 'id="total-claimed">20\u00a0200,00\u00a0kr<' in html  # 11 200 + 5 000 + 4 000
    corrections = html.split("<h2>Rättelser</h2>", 1)[1].split("</table>", 1)[0]
    assert all(s in corrections for s in ("tillämpad", "inaktuell", "ogiltig"))
    assert "11 500,00 kr" in corrections  # the value it replaced
    assert "rättelsen till ”1000” tillämpades inte" in html  # the correction_stale check


def test_the_stages_one_at_a_time_apply_them_too(corrected, tmp_path):
    """`dvc repro` runs the stages one by one: the link stage applies the corrections."""
    from pipeline import stages

    root, _, _, _ = corrected
    interim = tmp_path / "interim"
    stages.ingest_stage(root / "in", interim)
    stages.structure_stage(interim)
    stages.extract_stage(interim)
    stages.link_stage(interim)
    stages.check_stage(interim)
    stages.publish_stage(interim, tmp_path / "out")
    t = read_tables(tmp_path / "out")
    assert [r["status"] for r in t["corrections"]] == ["applied", "stale", "invalid"]
    claim = {a["activity_no"]: a["claimed_amount_sek"] for a in t["activities"]}
    assert claim["1"] == D("11200.00")
    assert "1" not in {c["activity_no"] for c in t["checks"] if c["check"] == "invoice_sum_mismatch"}


def test_cli_run_with_corrections_and_review_threshold(corrected, tmp_path):
    from typer.testing import CliRunner

    from pipeline.cli import app

    root, _, _, _ = corrected
    src = tmp_path / "in"
    shutil.copytree(root / "in", src)
    review = tmp_path / "review.csv"
    (src / "corrections.csv").rename(review)
    res = CliRunner().invoke(
        app,
        [
            "run",
            str(src),
            "--out",
            str(tmp_path / "out"),
            "--corrections",
            str(review),
            "--review-below",
            "0.9",
            "--workers",
            "1",
        ],
    )
    assert res.exit_code == 0, res.output
    assert "corrections: applied 1, invalid 1, stale 1" in res.output
    assert "no amount" in res.output  # why the invalid row was not applied
