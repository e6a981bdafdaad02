"""Is `evidence.confidence` honest? A reliability table: readings binned by their confidence,
against how often the reading is right according to the gold files.

usage: python benchmarks/calibration.py [INPUT_DIR GOLD.json ...] [--out-root DIR] [--reuse]

Without arguments: the shared corpus (gold/botkyrka-2025.json) and the three devsets (scanned
response, real invoices, bundle). Each input folder is run through the whole pipeline (or, with
--reuse, an earlier run under --out-root is read), then every field's published reading (the
most confident evidence row, as the report shows it) is compared with the gold value for that
table, row and column. Fields the gold does not state are left out.

Prints the table and the issue's two acceptance numbers: the accuracy of readings with
confidence ≥ 0.9 (wanted ≥ 98 %) and the share of wrong readings below the review threshold
(wanted ≥ 80 %)."""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from pipeline.confidence import REVIEW_BELOW, readings_by_field  # noqa: E402

DEFAULT_SETS = [
    (SHARED / "corpus", SHARED / "gold" / "botkyrka-2025.json"),
    (SHARED / "devset" / "scanned-response", SHARED / "devset" / "scanned-response" / "gold.json"),
    (SHARED / "devset" / "invoices-real", SHARED / "devset" / "invoices-real" / "gold.json"),
    (SHARED / "devset" / "bundle", SHARED / "devset" / "bundle" / "gold.json"),
]
BINS = (0.0, 0.5, 0.8, 0.9, 0.95, 1.0)
SURE = 0.9  # the bar: readings at least this sure are right 98 % of the time
# gold key -> published column, per table
INVOICE_FIELDS = {
    "invoice_number": "invoice_number",
    "invoice_date": "invoice_date",
    "supplier": "supplier_name",
    "supplier_org_no": "supplier_org_no",
    "net": "net_amount",
    "vat": "vat_amount",
    "total": "total_amount",
    "currency": "currency",
    "amount_due": "amount_due",
}
ACTIVITY_FIELDS = (
    "title",
    "toc_title",
    "claimed_amount_sek",
    "page_start",
    "municipality_position",
    "repayment_amount_sek",
    "agency_reasons",
)
ATTACHMENT_FIELDS = ("activity_no", "filename", "invoice_number")


def norm(v: object) -> str:
    """Values compared as the shared scorer does: amounts to the öre, text case- and
    space-folded, lists as sorted sets."""
    if v is None:
        return ""
    if isinstance(v, list):
        return ";".join(sorted(norm(x) for x in v))
    s = unicodedata.normalize("NFC", str(v)).strip()
    if re.fullmatch(r"-?\d+(?:\.\d+)?", s):
        try:
            return str(Decimal(s).quantize(Decimal("0.01")))
        except InvalidOperation:
            pass
    s = re.sub(r"\s+", " ", s.casefold().replace("–", "-").replace("—", "-"))
    return s.strip(" .:")


def gold_values(gold: dict, doc_ids: dict[str, str]) -> dict[tuple, str]:
    """(doc_id, table, key, field) -> the gold value, normalised."""
    truth: dict[tuple, str] = {}
    for name, g in gold["files"].items():
        did = doc_ids.get(name)
        if did is None:
            continue
        if g.get("kind") == "invoice":
            for gk, col in INVOICE_FIELDS.items():
                if gk in g:
                    truth[(did, "invoices", did, col)] = norm(g[gk])
        for a in g.get("activities", []):
            for col in ACTIVITY_FIELDS:
                if col in a:
                    truth[(did, "activities", str(a["activity_no"]), col)] = norm(a[col])
        for a in g.get("attachments", []):
            for col in ATTACHMENT_FIELDS:
                if col in a:
                    truth[(did, "attachments", str(a["attachment_id"]), col)] = norm(a[col])
    return truth


def doc_ids_by_name(out: Path) -> dict[str, str]:
    """Gold names files by their name (or path) in the input folder, parts of bundles by
    "name#pages=F-L"."""
    ids: dict[str, str] = {}
    for d in pq.read_table(out / "documents.parquet").to_pylist():
        if not d["doc_id"] or d["status"] == "duplicate":
            continue
        path = d["source_path"]
        ids.setdefault(path, d["doc_id"])
        ids.setdefault(path.rsplit("/", 1)[-1], d["doc_id"])
    return ids


@dataclass
class Tally:
    n: int = 0
    right: int = 0
    conf_sum: float = 0.0
    wrong: list[str] = field(default_factory=list)

    def add(self, ok: bool, conf: float, what: str) -> None:
        self.n += 1
        self.right += ok
        self.conf_sum += conf
        if not ok:
            self.wrong.append(what)


def bin_of(conf: float) -> int:
    for i in range(len(BINS) - 1):
        if conf < BINS[i + 1]:
            return i
    return len(BINS) - 2


def evaluate(out: Path, gold_path: Path, bins: dict[int, Tally], by_field: dict[str, Tally]) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    truth = gold_values(gold, doc_ids_by_name(out))
    rows = pq.read_table(out / "evidence.parquet").to_pylist()
    for key, readings in readings_by_field(rows).items():
        if key not in truth:
            continue
        top = next((r for r in readings if r["source"] == "reviewer"), readings[0])
        conf = top["confidence"] if top["confidence"] is not None else 0.0
        ok = norm(top["value"]) == truth[key]
        what = f"{gold_path.parent.name}/{key[1]}:{key[2]}:{key[3]} read {top['value']!r} ({conf:.2f})"
        bins[bin_of(conf)].add(ok, conf, what)
        by_field[f"{key[1]}.{key[3]}"].add(ok, conf, what)


def run_set(input_dir: Path, out: Path, reuse: bool) -> None:
    if reuse and (out / "evidence.parquet").exists():
        return
    from pipeline.runner import run

    run(input_dir, out, use_cache=True)


def report(bins: dict[int, Tally], by_field: dict[str, Tally], verbose: bool) -> None:
    print(f"{'confidence':<14}{'readings':>9}{'right':>7}{'accuracy':>10}{'mean conf':>11}")
    for i in range(len(BINS) - 1):
        t = bins[i]
        acc = f"{t.right / t.n:.1%}" if t.n else "–"
        mean = f"{t.conf_sum / t.n:.3f}" if t.n else "–"
        hi = "]" if i == len(BINS) - 2 else ")"
        print(f"[{BINS[i]:.2f}, {BINS[i + 1]:.2f}{hi:<2}{t.n:>8}{t.right:>7}{acc:>10}{mean:>11}")
    sure = [bins[i] for i in range(len(BINS) - 1) if BINS[i] >= SURE]
    n_sure, r_sure = sum(t.n for t in sure), sum(t.right for t in sure)
    wrong = sum(t.n - t.right for t in bins.values())
    wrong_low = sum(t.n - t.right for i, t in bins.items() if BINS[i + 1] <= REVIEW_BELOW)
    print()
    print(f"confidence ≥ {SURE}: {r_sure}/{n_sure} right" + (f" ({r_sure / n_sure:.1%}; wanted ≥ 98 %)" if n_sure else ""))
    print(f"wrong readings below {REVIEW_BELOW}: {wrong_low}/{wrong}" + (f" ({wrong_low / wrong:.1%}; wanted ≥ 80 %)" if wrong else ""))
    print("\nper field:")
    for name, t in sorted(by_field.items()):
        print(f"  {name:<40}{t.n:>5}{t.right / t.n:>9.1%}{t.conf_sum / t.n:>9.3f}")
    if verbose:
        print("\nwrong readings:")
        for t in bins.values():
            for w in t.wrong:
                print("  " + w)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", help="INPUT_DIR GOLD.json pairs (default: corpus + devsets)")
    ap.add_argument("--out-root", type=Path, default=Path("/tmp/granttrail-calibration"))
    ap.add_argument("--reuse", action="store_true", help="read earlier runs under --out-root")
    ap.add_argument("--verbose", "-v", action="store_true", help="list the wrong readings")
    args = ap.parse_args(argv)
    if len(args.sets) % 2:
        ap.error("give INPUT_DIR GOLD.json pairs")
    sets = [(Path(a), Path(b)) for a, b in zip(args.sets[::2], args.sets[1::2], strict=True)]
    bins: dict[int, Tally] = defaultdict(Tally)
    by_field: dict[str, Tally] = defaultdict(Tally)
    for i, (input_dir, gold) in enumerate(sets or DEFAULT_SETS):
        out = args.out_root / f"{i}-{input_dir.name}"
        run_set(input_dir, out, args.reuse)
        evaluate(out, gold, bins, by_field)
    report(bins, by_field, args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
