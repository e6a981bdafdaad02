"""Line items per invoice: for every invoice in one or more `granttrail run` output folders, whether
it has a line table (judged by looking: benchmarks/invoice_line_tables.json), how many lines were
read, what they add up to, and which of the invoice's figures that is (net, total, or none).

    .venv/bin/python benchmarks/invoice_lines_coverage.py OUT_DIR [OUT_DIR ...]

Exit status 1 if an invoice with a line table has no lines, or its lines add up to none of its
figures."""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pyarrow.parquet as pq

TABLES = Path(__file__).with_name("invoice_line_tables.json")
TOLERANCE = Decimal("0.015")


@dataclass
class Coverage:
    file: str
    has_table: bool | None  # None: not judged
    lines: int
    line_sum: Decimal | None
    net: Decimal | None
    total: Decimal | None
    printed: bool = False  # the line sum is printed on the invoice ("Line Total Amount 135.00")

    @property
    def adds_up_to(self) -> str:
        if self.line_sum is None:
            return "-"
        for name, v in (("net", self.net), ("total", self.total)):
            if v is not None and abs(abs(self.line_sum) - abs(v)) < TOLERANCE:
                return name
        return "printed sum" if self.printed else "none"

    @property
    def ok(self) -> bool:
        return not self.has_table or (self.lines > 0 and self.adds_up_to != "none")


def judged() -> dict[str, bool]:
    return json.loads(TABLES.read_text())["tables"]


def coverage(out: Path, tables: dict[str, bool]) -> list[Coverage]:
    docs = {r["doc_id"]: r["source_path"] for r in pq.read_table(out / "documents.parquet").to_pylist()}
    lines: dict[str, list[Decimal]] = {}
    for ln in pq.read_table(out / "invoice_lines.parquet").to_pylist():
        lines.setdefault(ln["doc_id"], []).append(ln["amount"])
    texts: dict[str, str] = {}
    for pg in pq.read_table(out / "pages.parquet", columns=["doc_id", "text"]).to_pylist():
        texts[pg["doc_id"]] = texts.get(pg["doc_id"], "") + "\n" + (pg["text"] or "")
    rows = []
    for inv in pq.read_table(out / "invoices.parquet").to_pylist():
        name = Path(docs.get(inv["doc_id"], inv["doc_id"])).name
        got = lines.get(inv["doc_id"], [])
        line_sum = sum(got, Decimal(0)) if got else None
        printed = line_sum is not None and _printed(line_sum, texts.get(inv["doc_id"], ""))
        rows.append(Coverage(name, tables.get(name), len(got), line_sum, inv["net_amount"], inv["total_amount"], printed))
    return sorted(rows, key=lambda c: c.file)


def _printed(v: Decimal, text: str) -> bool:
    """The amount stands in the text, in either decimal convention ("135.00", "135,00")."""
    whole, cents = f"{abs(v):.2f}".split(".")
    grouped = re.sub(r"(?<=\d)(?=(\d{3})+$)", "[ .,\u00a0]?", whole)
    return re.search(rf"(?<![\d.,]){grouped}[.,]{cents}(?!\d)", text) is not None


def main(argv: list[str]) -> int:
    if not argv:
        sys.exit(__doc__)
    rows = [c for out in argv for c in coverage(Path(out), judged())]
    print(f"{'invoice':48} {'table':>5} {'lines':>5} {'line sum':>12} {'net':>12} {'total':>12}  adds up to")
    for c in rows:
        table = "?" if c.has_table is None else ("yes" if c.has_table else "no")
        print(f"{c.file[:48]:48} {table:>5} {c.lines:>5} {c.line_sum or '':>12} {c.net or '':>12} {c.total or '':>12}  {c.adds_up_to}")
    with_table = [c for c in rows if c.has_table]
    print(
        f"\ninvoices with a line table: {len(with_table)}; lines read for {sum(1 for c in with_table if c.lines)}; "
        f"adding up: {sum(1 for c in with_table if c.ok)}"
    )
    return 0 if all(c.ok for c in rows) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
