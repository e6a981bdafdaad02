"""The Excel workbook: opens with openpyxl, amounts exactly the Parquet values."""

from __future__ import annotations

import re
import zipfile
from datetime import datetime
from decimal import Decimal

import pyarrow as pa
import pytest

from pipeline.schemas import SCHEMAS


@pytest.fixture(scope="module")
def workbook(sample_run, tmp_path_factory):
    from pipeline.export import export_xlsx

    out, _, _ = sample_run
    return export_xlsx(out, tmp_path_factory.mktemp("xlsx") / "granttrail.xlsx")


def _sheet_rows(ws) -> list[dict]:
    rows = ws.iter_rows(values_only=True)
    header = next(rows)
    return [dict(zip(header, r, strict=True)) for r in rows]


def test_sheets_header_and_layout(workbook):
    import openpyxl

    wb = openpyxl.load_workbook(workbook)
    assert wb.sheetnames == ["Översikt", *SCHEMAS]
    for name, schema in SCHEMAS.items():
        ws = wb[name]
        assert [c.value for c in ws[1]] == schema.names
        assert ws.freeze_panes == "A2" and ws.auto_filter.ref == ws.dimensions
    acts = wb["activities"]
    width = {c.value: acts.column_dimensions[c.column_letter].width for c in acts[1]}
    assert 12 <= width["claimed_amount_sek"] <= 20 and width["title"] > width["activity_no"]
    assert acts["E2"].number_format.endswith('#,##0.00\\ "kr"')


def test_amounts_equal_the_parquet_values_exactly(workbook, sample_run):
    import openpyxl

    _, _, tables = sample_run
    wb = openpyxl.load_workbook(workbook)
    checked = 0
    for name, schema in SCHEMAS.items():
        money = [f.name for f in schema if pa.types.is_decimal(f.type)]
        if not money or not tables[name]:
            continue
        for got, want in zip(_sheet_rows(wb[name]), tables[name], strict=True):
            for col in money:
                if want[col] is None:
                    assert got[col] is None
                    continue
                assert isinstance(got[col], int | float)
                assert Decimal(repr(got[col])) == want[col], (name, col)
                checked += 1
    assert checked > 200
    # the cells hold the Decimal's own digits, not a float's shortest repr
    xml = zipfile.ZipFile(workbook).read("xl/worksheets/sheet5.xml").decode()  # activities
    claimed = [str(a["claimed_amount_sek"]) for a in tables["activities"]]
    assert all(f"<v>{v}</v>" in xml for v in claimed)


def test_dates_and_overview_totals(workbook, sample_run):
    import openpyxl

    _, _, tables = sample_run
    wb = openpyxl.load_workbook(workbook)
    docs = _sheet_rows(wb["documents"])
    dated = [d for d in docs if d["doc_date"] is not None]
    assert dated and all(isinstance(d["doc_date"], datetime) for d in dated)
    want = {d["source_path"]: d["doc_date"] for d in tables["documents"]}
    assert all(d["doc_date"].date() == want[d["source_path"]] for d in dated)
    overview = _sheet_rows(wb["Översikt"])
    resp = next(r for r in overview if r["svar (fil)"] and str(r["svar (fil)"]).endswith(".pdf"))
    assert Decimal(repr(resp["återkrävt (kr)"])) == Decimal("10804406.32")
    assert Decimal(repr(resp["godtaget för återbetalning (kr)"])) == Decimal("2541455.30")
    assert resp["aktiviteter"] == 26


def test_cli_export(sample_run, tmp_path):
    from typer.testing import CliRunner

    from pipeline.cli import app

    out, _, _ = sample_run
    res = CliRunner().invoke(app, ["export", str(out), "--xlsx", str(tmp_path / "a.xlsx")])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "a.xlsx").stat().st_size > 10_000
    assert re.search(r"workbook", res.output)
