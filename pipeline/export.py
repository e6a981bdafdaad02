"""`granttrail export OUT_DIR --xlsx FILE`: the published tables as one Excel workbook.

An overview sheet (per response: activities, claimed, accepted, disputed; checks by severity;
corrections by status) and one sheet per table of the contract. Amounts are numbers written from
the Decimals (the cell holds the exact öre as printed by `Decimal`, never a float's rounding)
with two decimals in a Swedish number format; dates are dates; headers are frozen and filterable,
columns sized to their contents."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date
from decimal import Decimal
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .schemas import SCHEMAS
from .totals import activity_totals

# Swedish locale (LCID 041D): grouped thousands and two decimals; Swedish Excel shows
# "1 234,56". Kronor columns carry the unit.
MONEY_FORMAT = "[$-41D]#,##0.00"
SEK_FORMAT = '[$-41D]#,##0.00\\ "kr"'
DECIMAL_FORMAT = "[$-41D]#,##0.####"
FLOAT_FORMAT = "[$-41D]0.00"
DATE_FORMAT = "yyyy-mm-dd"  # the Swedish standard date (SS-ISO 8601)
# Column widths in characters: enough for an amount or a date, capped for long texts.
MIN_WIDTH, MAX_WIDTH = 6, 60
# Excel's limit for a cell's text.
CELL_TEXT_MAX = 32_767
# Rows sampled for a column's width (a long table is not measured to the end).
WIDTH_SAMPLE = 500
OVERVIEW = "Översikt"
HEADER_FILL = "DDE4F0"


def read_tables(out_dir: Path) -> dict[str, pa.Table]:
    tables = {}
    for name in SCHEMAS:
        path = Path(out_dir) / f"{name}.parquet"
        if path.exists():
            tables[name] = pq.read_table(path)
    return tables


def export_xlsx(out_dir: Path, target: Path) -> Path:
    """Write the workbook; returns its path."""
    from openpyxl import Workbook

    tables = read_tables(out_dir)
    if not tables:
        raise FileNotFoundError(f"no tables in {out_dir}: run `granttrail run` first")
    wb = Workbook()
    overview = wb.active
    overview.title = OVERVIEW
    rows = {name: t.to_pylist() for name, t in tables.items()}
    _overview(overview, rows)
    for name, table in tables.items():
        _table_sheet(wb.create_sheet(name), table.schema, rows[name])
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp")
    wb.save(tmp)
    tmp.replace(target)
    return target


def _number_format(name: str, dtype: pa.DataType) -> str | None:
    if pa.types.is_decimal(dtype):
        if dtype.scale != 2:
            return DECIMAL_FORMAT
        return SEK_FORMAT if name.endswith("_sek") else MONEY_FORMAT
    if pa.types.is_date(dtype):
        return DATE_FORMAT
    if pa.types.is_floating(dtype):
        return FLOAT_FORMAT
    return None


def cell_value(v: object) -> object:
    """A value as a cell holds it: Decimals stay Decimals (written exactly), lists as text."""
    if isinstance(v, list):
        return "; ".join("" if x is None else str(x) for x in v)
    if isinstance(v, str):
        return _clean_text(v)
    return v


def exact(cell) -> None:
    """A Decimal's own digits as the cell's number ("608000.00"): openpyxl would print it
    through a float ("%.16g"). Excel keeps 15 significant digits, kronor below 10^13 exactly."""
    if isinstance(cell.value, Decimal) and cell.value.is_finite():
        cell._value = format(cell.value, "f")  # the number as text in <v>, type stays numeric


def _clean_text(s: str) -> str:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    s = ILLEGAL_CHARACTERS_RE.sub("", s)
    return s if len(s) <= CELL_TEXT_MAX else s[: CELL_TEXT_MAX - 1] + "…"


def _table_sheet(ws, schema: pa.Schema, rows: list[dict]) -> None:
    names = schema.names
    formats = [_number_format(n, schema.field(n).type) for n in names]
    ws.append(names)
    for r in rows:
        ws.append([cell_value(r.get(n)) for n in names])
    for j, fmt in enumerate(formats, start=1):
        if fmt:
            for (cell,) in ws.iter_rows(min_row=2, min_col=j, max_col=j):
                cell.number_format = fmt
                exact(cell)
    _finish(ws, [[r.get(n) for n in names] for r in rows[:WIDTH_SAMPLE]], names)


def _finish(ws, sample: list[list], header: list[str]) -> None:
    """Bold, frozen, filterable header; columns as wide as their contents."""
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    for j, name in enumerate(header):
        longest = max([len(name) + 2] + [_shown_width(row[j]) for row in sample] or [0])
        width = max(MIN_WIDTH, min(MAX_WIDTH, longest))
        ws.column_dimensions[get_column_letter(j + 1)].width = width


def _shown_width(v: object) -> int:
    """Characters a value takes on screen (an amount with its grouping and unit)."""
    if v is None:
        return 0
    if isinstance(v, Decimal):
        return len(f"{v:,.2f}") + 3
    if isinstance(v, date):
        return 10
    if isinstance(v, list):
        return len("; ".join(map(str, v)))
    return max((len(line) for line in str(v).splitlines()), default=0) + 1


def _overview(ws, rows: dict[str, list[dict]]) -> None:
    """Per response: what is claimed, accepted and disputed; below it, checks and corrections."""
    from openpyxl.styles import Font

    header = [
        "svar (fil)",
        "kommun",
        "datum",
        "aktiviteter",
        "återkrävt (kr)",
        "godtaget för återbetalning (kr)",
        "bestritt (kr)",
        "fel",
        "varningar",
        "info",
    ]
    ws.append(header)
    lines = _response_lines(rows)
    for line in lines:
        ws.append(line)
    for row in ws.iter_rows(min_row=2, min_col=3, max_col=7):
        row[0].number_format = DATE_FORMAT
        for cell in row[2:]:
            cell.number_format = SEK_FORMAT
            exact(cell)
    _finish(ws, lines, header)
    ws.append([])
    n = ws.max_row + 1
    ws.cell(n, 1, "Tabell").font = Font(bold=True)
    ws.cell(n, 2, "rader").font = Font(bold=True)
    for name, table_rows in rows.items():
        ws.append([name, len(table_rows)])
    statuses = Counter(c["status"] for c in rows.get("corrections", []))
    if statuses:
        ws.append([])
        ws.append(["Rättelser", ", ".join(f"{k} {v}" for k, v in sorted(statuses.items()))])


def _response_lines(rows: dict[str, list[dict]]) -> list[list]:
    """The overview's line for each response (duplicates left out), by file name."""
    docs = {d["doc_id"]: d for d in rows.get("documents", []) if d.get("status") != "duplicate"}
    acts: defaultdict[str, list[dict]] = defaultdict(list)
    for a in rows.get("activities", []):
        acts[a["doc_id"]].append(a)
    severities = Counter((c["doc_id"], c["severity"]) for c in rows.get("checks", []))
    responses = sorted((d for d in docs.values() if d.get("kind") == "response"), key=lambda d: d["source_path"])
    return [_overview_row(d, acts.get(d["doc_id"], []), severities) for d in responses]


def _overview_row(d: dict, acts: list[dict], severities: Counter) -> list:
    claimed, repaid, disputed = activity_totals(acts, zero=Decimal("0.00"))
    did = d["doc_id"]
    return [
        d["source_path"],
        d.get("municipality"),
        d.get("doc_date"),
        len(acts),
        claimed,
        repaid,
        disputed,
        severities.get((did, "error"), 0),
        severities.get((did, "warning"), 0),
        severities.get((did, "info"), 0),
    ]
