"""Check every genre gold file against score.py without granttrail: write the tables a perfect run
would write (from the gold itself) and expect score.py to give 1.000 in every area. Catches gold
that score.py cannot match (names, bundle parts, keys), not extraction errors.

    /work/main/.venv/bin/python tests/gen/gold_selfcheck.py [--score PATH] [--corpus DIR]

--corpus DIR checks another corpus of the same shape (default tests/data/genre; e.g. tests/data/genre2).
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "genre"
TABLES = [
    "documents",
    "pages",
    "toc_entries",
    "activities",
    "money",
    "quantities",
    "attachments",
    "attachment_refs",
    "invoices",
    "activity_invoices",
    "grant_payments",
    "people",
    "checks",
]


def doc_ids(case: Path) -> dict[str, tuple[str, str]]:
    """file or part name -> (doc_id, source_path)"""
    out = {}
    for f in sorted(case.rglob("*")):
        if f.is_file() and f.name != "gold.json":
            sha = hashlib.sha256(f.read_bytes()).hexdigest()
            rel = f.relative_to(case).as_posix()
            out[f.name] = (sha[:16], rel, sha)
    return out


def perfect_output(case: Path, out: Path) -> None:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))["files"]
    files = doc_ids(case)
    rows = {t: [] for t in TABLES}

    def ident(name: str) -> tuple[str, str]:
        if "#pages=" in name:
            base, span = name.split("#pages=")
            _, rel, sha = files[base]
            return hashlib.sha256(f"{sha}#pages={span}".encode()).hexdigest()[:16], f"{rel}#pages={span}"
        did, rel, _ = files[name]
        return did, rel

    for name, g in gold.items():
        did, rel = ident(name)
        rows["documents"].append(
            dict(
                doc_id=did,
                source_path=rel,
                kind=g["kind"],
                issuer=g.get("issuer"),
                municipality=g.get("municipality"),
                addressee=g.get("addressee"),
                doc_date=g.get("doc_date"),
                page_count=g.get("page_count"),
                title=g.get("title"),
            )
        )
        for v in g.get("money", []):
            rows["money"].append(dict(doc_id=did, value=str(Decimal(v))))
        for q in g.get("quantities", []):
            rows["quantities"].append(dict(doc_id=did, value=float(q["value"]), unit=q["unit"]))
        for p in g.get("people", []):
            one = {k: (v[0] if isinstance(v, list) else v) for k, v in p.items()}
            rows["people"].append(
                dict(
                    doc_id=did,
                    **{k: one.get(k) for k in ("name", "role", "party", "phone", "email")},
                )
            )
        if g["kind"] == "invoice":
            rows["invoices"].append(
                dict(
                    doc_id=did,
                    invoice_number=g["invoice_number"],
                    invoice_date=g.get("invoice_date"),
                    supplier_org_no=g.get("supplier_org_no"),
                    net_amount=g.get("net"),
                    vat_amount=g.get("vat"),
                    total_amount=g.get("total"),
                    currency=g.get("currency"),
                )
            )
            continue
        for e in g.get("toc_entries", []):
            rows["toc_entries"].append(
                dict(
                    doc_id=did,
                    number=e["number"],
                    title=e["title"],
                    amount_sek=e["amount_sek"],
                    page=e["page"],
                )
            )
        for a in g.get("activities", []):
            rows["activities"].append(
                dict(
                    doc_id=did,
                    activity_no=a["activity_no"],
                    title=a["title"],
                    claimed_amount_sek=a["claimed_amount_sek"],
                    page_start=a["page_start"],
                    municipality_position=a["municipality_position"],
                    repayment_amount_sek=a["repayment_amount_sek"],
                    agency_reasons=a["agency_reasons"],
                )
            )
            for ref in a["attachment_refs"]:
                rows["attachment_refs"].append(dict(doc_id=did, activity_no=a["activity_no"], attachment_id=ref))
        files_map = g.get("attachment_files", {})
        for a in g.get("attachments", []):
            fd = files_map.get(a["attachment_id"])
            rows["attachments"].append(
                dict(
                    doc_id=did,
                    attachment_id=a["attachment_id"],
                    activity_no=a["activity_no"],
                    invoice_number=a["invoice_number"],
                    file_doc_id=ident(fd)[0] if fd else None,
                )
            )
        for act, invs in g.get("activity_invoices", {}).items():
            for i in invs:
                rows["activity_invoices"].append(dict(doc_id=did, activity_no=act, invoice_number=i["invoice_number"]))
        for p in g.get("grant_payments", []):
            rows["grant_payments"].append(dict(doc_id=did, recipient=p["recipient"], payment_date=p["payment_date"]))
        for c in g.get("checks", []):
            rows["checks"].append(dict(doc_id=did, activity_no=c["activity_no"], check=c["check"], severity="warning"))
    # files and parts with no gold of their own (agreements, leases, lists) get a documents row
    listed = {r["source_path"] for r in rows["documents"]}
    extra = [f for g in gold.values() for f in g.get("attachment_files", {}).values()]
    for name in extra + [n for n in files if not any(n == k.split("#")[0] for k in gold)]:
        did, rel = ident(name)
        if rel not in listed:
            listed.add(rel)
            rows["documents"].append(dict(doc_id=did, source_path=rel, kind="attachment"))
    out.mkdir(parents=True, exist_ok=True)
    for t, r in rows.items():
        table = pa.Table.from_pylist(r) if r else pa.table({"doc_id": pa.array([], pa.string())})
        pq.write_table(table, out / f"{t}.parquet")


def main(argv: list[str]) -> int:
    score = argv[argv.index("--score") + 1] if "--score" in argv else "/work/shared/tools/score.py"
    corpus = Path(argv[argv.index("--corpus") + 1]).resolve() if "--corpus" in argv else CORPUS
    bad = 0
    for gold in sorted(corpus.glob("*/gold.json")):
        with tempfile.TemporaryDirectory() as tmp:
            perfect_output(gold.parent, Path(tmp))
            res = json.loads(
                subprocess.run(
                    [sys.executable, score, tmp, str(gold), "--json"],
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout
            )
        low = {a: v for a, v in res["areas"].items() if v < 0.9995}
        bad += bool(low)
        print(f"{gold.parent.name:20s} overall {res['overall']:.3f}" + (f"  LOW {low}" if low else ""))
        for a in low:
            print("   ", "; ".join(d for d in res["details"][a])[:600])
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
