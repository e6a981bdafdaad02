"""Is `evidence.confidence` honest? A reliability table: readings binned by their confidence,
against how often the reading is right according to the gold files.

usage: python benchmarks/calibration.py [INPUT_DIR GOLD.json ...] [--shared] [--genre] [--case NAME ...]
                                        [--genre-dir DIR] [--out-root DIR] [--reuse] [--half A|B] [--verbose]

Without arguments: the shared corpus (gold/botkyrka-2025.json), the three devsets (scanned
response, real invoices, bundle) and every case of the blind genre corpus
(tests/data/genre/<case>/, its inputs copied without gold.json, as benchmarks/genre_scores.py
runs them). `--shared` or `--genre` keeps one of the two; `--case NAME` (repeatable) picks genre
cases; `--genre-dir` reads another corpus laid out the same way (the unseen tests/data/genre2;
give it its own --out-root, case names may repeat). Each input folder is run through the whole
pipeline in this process (or, with --reuse, an earlier run under --out-root is read), then every
field's published reading (the most confident evidence row, as the report shows it) is compared
with the gold value for that table, row and column. Fields the gold does not state are left out.

Prints the reliability table and the issue's two acceptance numbers, overall, per reading kind
(activity amount, position, repayment, toc entry, attachment field, attachment file, invoice
amount, invoice field) and for two halves of the cases: the accuracy of readings with confidence
≥ 0.9 (wanted ≥ 98 %) and the share of wrong readings below the review threshold (wanted ≥ 80 %).

Cross-validation by case: the halves keep a place's cases together (scan-kiruna goes with
prose-kiruna, the scan being the same document). A rule or constant chosen on half A's readings
(`--half A --verbose` lists its wrong ones) is measured on half B; the last table compares, for
each way a reading was made (kind, source, signals), its accuracy and mean confidence in the two
halves, so a confidence fitted to one half can be checked against the other."""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parent.parent
SHARED = next((p for p in (ROOT.parent / "shared", Path("/work/shared")) if p.is_dir()), ROOT.parent / "shared")
GENRE = ROOT / "tests" / "data" / "genre"
sys.path.insert(0, str(ROOT))

from pipeline.confidence import REVIEW_BELOW, readings_by_field  # noqa: E402

BINS = (0.0, 0.5, 0.8, 0.9, 0.95, 1.0)
SURE = 0.9  # the issue's bar: readings at least this sure are right 98 % of the time
SURE_ACCURACY_WANTED = 0.98
WRONG_FLAGGED_WANTED = 0.80
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
TOC_FIELDS = ("number", "title", "amount_sek", "page")
INVOICE_AMOUNTS = ("net_amount", "vat_amount", "total_amount", "amount_due")
# a reading's kind, by (table, field); a table's other fields fall under (table, "*")
KINDS = {
    ("activities", "claimed_amount_sek"): "activity amount",
    ("activities", "municipality_position"): "position",
    ("activities", "repayment_amount_sek"): "repayment",
    ("toc_entries", "*"): "toc entry",
    ("attachments", "file_doc_id"): "attachment file",
    ("attachments", "*"): "attachment field",
    **{("invoices", f): "invoice amount" for f in INVOICE_AMOUNTS},
    ("invoices", "*"): "invoice field",
}

Key = tuple[str, str, str, str]  # doc_id, table, key, field


@dataclass(frozen=True)
class CaseSet:
    """One input folder with its gold file."""

    name: str
    input_dir: Path
    gold: Path
    copy_inputs: bool = False  # a genre case keeps its gold.json beside the inputs

    @property
    def place(self) -> str:
        """What the halves keep together: a genre case's place (scan-kiruna, prose-kiruna), a
        shared set's own name."""
        parts = self.name.split("-")
        return parts[1] if self.copy_inputs and len(parts) > 1 else self.name


@dataclass(frozen=True)
class Judged:
    """One published reading compared with the gold."""

    case: str
    kind: str
    field: str
    confidence: float
    right: bool
    what: str
    how: str = ""  # the reading's source and signals ("ocr:heading+summary_table")


def shared_sets() -> list[CaseSet]:
    return [
        CaseSet("corpus", SHARED / "corpus", SHARED / "gold" / "botkyrka-2025.json"),
        *(
            CaseSet(name, SHARED / "devset" / name, SHARED / "devset" / name / "gold.json")
            for name in ("scanned-response", "invoices-real", "bundle")
        ),
    ]


def genre_sets(names: Iterable[str] = (), root: Path = GENRE) -> list[CaseSet]:
    wanted = set(names)
    cases = sorted(p.parent for p in root.glob("*/gold.json"))
    return [CaseSet(c.name, c, c / "gold.json", copy_inputs=True) for c in cases if not wanted or c.name in wanted]


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


def reading_kind(table: str, fld: str) -> str:
    return KINDS.get((table, fld)) or KINDS.get((table, "*")) or table


# --------------------------------------------------------------------------------------------
# gold values by published field


def invoice_truth(did: str, g: dict) -> dict[Key, str]:
    return {(did, "invoices", did, col): norm(g[gk]) for gk, col in INVOICE_FIELDS.items() if gk in g}


def activity_truth(did: str, g: dict) -> dict[Key, str]:
    return {
        (did, "activities", str(a["activity_no"]), col): norm(a[col])
        for a in g.get("activities", [])
        for col in ACTIVITY_FIELDS
        if col in a
    }


def attachment_truth(did: str, g: dict, doc_ids: dict[str, str]) -> dict[Key, str]:
    """The list's fields, and the file each listed attachment is (`attachment_files`)."""
    truth: dict[Key, str] = {}
    for a in g.get("attachments", []):
        for col in ATTACHMENT_FIELDS:
            if col in a:
                truth[(did, "attachments", str(a["attachment_id"]), col)] = norm(a[col])
    for aid, fname in (g.get("attachment_files") or {}).items():
        if fname in doc_ids:
            truth[(did, "attachments", str(aid), "file_doc_id")] = doc_ids[fname]
    return truth


def toc_truth(did: str, g: dict, toc_rows: list[dict]) -> dict[Key, str]:
    """The contents' entries, matched as score.py matches them (by number, else title); where
    the gold lists no entries, the activities' `toc_title` and `toc_page` state their own."""
    wanted: dict[str, dict] = {}
    for e in g.get("toc_entries", []):
        wanted[norm(e.get("number")) or norm(e.get("title"))] = {f: e.get(f) for f in TOC_FIELDS}
    if "toc_entries" not in g:
        for a in g.get("activities", []):
            stated = {f: a[col] for f, col in (("title", "toc_title"), ("page", "toc_page")) if a.get(col) is not None}
            if stated:
                wanted[norm(a["activity_no"])] = {"number": a["activity_no"], **stated}
    truth: dict[Key, str] = {}
    for row in toc_rows:
        if row["doc_id"] != did:
            continue
        entry = wanted.get(norm(row["number"]) or norm(row["title"]))
        for f, v in (entry or {}).items():
            truth[(did, "toc_entries", str(row["ordinal"]), f)] = norm(v)
    return truth


def gold_values(gold: dict, doc_ids: dict[str, str], toc_rows: list[dict]) -> dict[Key, str]:
    """(doc_id, table, key, field) -> the gold value, normalised."""
    truth: dict[Key, str] = {}
    for name, g in gold["files"].items():
        did = doc_ids.get(name) or doc_ids.get(name.rsplit(".", 1)[0])
        if did is None:
            continue
        if g.get("kind") == "invoice":
            truth.update(invoice_truth(did, g))
        truth.update(activity_truth(did, g))
        truth.update(attachment_truth(did, g, doc_ids))
        truth.update(toc_truth(did, g, toc_rows))
    return truth


def doc_ids_by_name(out: Path) -> dict[str, str]:
    """Gold names files by their base name (or its stem, as score.py does), parts of bundles by
    "name#pages=F-L"."""
    ids: dict[str, str] = {}
    for d in pq.read_table(out / "documents.parquet").to_pylist():
        if not d["doc_id"] or d["status"] == "duplicate":
            continue
        path = d["source_path"]
        base = path.rsplit("/", 1)[-1]
        for name in (path, base, base.rsplit(".", 1)[0]):
            ids.setdefault(name, d["doc_id"])
    return ids


# --------------------------------------------------------------------------------------------
# judging the published readings


def judge(case: CaseSet, out: Path) -> list[Judged]:
    gold = json.loads(case.gold.read_text(encoding="utf-8"))
    toc_rows = pq.read_table(out / "toc_entries.parquet").to_pylist()
    truth = gold_values(gold, doc_ids_by_name(out), toc_rows)
    rows = pq.read_table(out / "evidence.parquet").to_pylist()
    judged: list[Judged] = []
    for key, readings in readings_by_field(rows).items():
        if key not in truth:
            continue
        top = next((r for r in readings if r["source"] == "reviewer"), readings[0])
        conf = top["confidence"] if top["confidence"] is not None else 0.0
        ok = norm(top["value"]) == truth[key]
        what = (
            f"{case.name}/{key[1]}:{key[2]}:{key[3]} read {top['value']!r} ({conf:.2f}; {top['source']}; {','.join(top['signals'] or [])})"
        )
        if not ok:
            what += f" gold {truth[key]!r}"
        how = f"{top['source']}:{'+'.join(top['signals'] or [])}"
        judged.append(Judged(case.name, reading_kind(key[1], key[3]), f"{key[1]}.{key[3]}", conf, ok, what, how))
    return judged


def inputs_of(case: CaseSet, out_root: Path) -> Path:
    """The folder the run reads: a genre case's inputs copied without its gold file."""
    if not case.copy_inputs:
        return case.input_dir
    dest = out_root / "inputs" / case.name
    if not dest.exists():
        shutil.copytree(case.input_dir, dest, ignore=shutil.ignore_patterns("gold.json"))
    return dest


def run_set(case: CaseSet, out_root: Path, reuse: bool) -> Path:
    out = out_root / case.name
    if reuse and (out / "evidence.parquet").exists():
        return out
    from pipeline.runner import run

    # in this process, without the per-document time limit: a loaded machine's slow OCR page is
    # still a reading to judge, not a failure
    run(inputs_of(case, out_root), out, use_cache=True, isolate=False)
    return out


# --------------------------------------------------------------------------------------------
# the tables


@dataclass
class Tally:
    """The issue's two numbers over some readings."""

    n: int = 0
    right: int = 0
    conf_sum: float = 0.0
    sure: int = 0
    sure_right: int = 0
    wrong_low: int = 0

    def add(self, j: Judged) -> None:
        self.n += 1
        self.right += j.right
        self.conf_sum += j.confidence
        if j.confidence >= SURE:
            self.sure += 1
            self.sure_right += j.right
        if not j.right and j.confidence < REVIEW_BELOW:
            self.wrong_low += 1

    @property
    def wrong(self) -> int:
        return self.n - self.right

    def sure_accuracy(self) -> str:
        return f"{self.sure_right}/{self.sure} {self.sure_right / self.sure:6.1%}" if self.sure else "–"

    def wrong_flagged(self) -> str:
        return f"{self.wrong_low}/{self.wrong} {self.wrong_low / self.wrong:6.1%}" if self.wrong else "–"

    def holds(self) -> bool:
        sure_ok = not self.sure or self.sure_right / self.sure >= SURE_ACCURACY_WANTED
        return sure_ok and (not self.wrong or self.wrong_low / self.wrong >= WRONG_FLAGGED_WANTED)


def tally(judged: Iterable[Judged]) -> Tally:
    t = Tally()
    for j in judged:
        t.add(j)
    return t


def bin_of(conf: float) -> int:
    for i in range(len(BINS) - 1):
        if conf < BINS[i + 1]:
            return i
    return len(BINS) - 2


def reliability_table(judged: list[Judged]) -> list[str]:
    bins: dict[int, Tally] = defaultdict(Tally)
    for j in judged:
        bins[bin_of(j.confidence)].add(j)
    lines = [f"{'confidence':<14}{'readings':>9}{'right':>7}{'accuracy':>10}{'mean conf':>11}"]
    for i in range(len(BINS) - 1):
        t = bins[i]
        acc = f"{t.right / t.n:.1%}" if t.n else "–"
        mean = f"{t.conf_sum / t.n:.3f}" if t.n else "–"
        hi = "]" if i == len(BINS) - 2 else ")"
        lines.append(f"[{BINS[i]:.2f}, {BINS[i + 1]:.2f}{hi:<2}{t.n:>8}{t.right:>7}{acc:>10}{mean:>11}")
    return lines


def acceptance_rows(groups: dict[str, list[Judged]]) -> list[str]:
    """One line per group: readings, accuracy, ≥ SURE accuracy, wrong readings flagged."""
    head = f"{'':<22}{'readings':>9}{'accuracy':>10}{f'conf ≥ {SURE} right':>22}{f'wrong < {REVIEW_BELOW}':>18}  holds"
    lines = [head]
    for name, js in groups.items():
        t = tally(js)
        if not t.n:
            continue
        lines.append(
            f"{name:<22}{t.n:>9}{t.right / t.n:>10.1%}{t.sure_accuracy():>22}{t.wrong_flagged():>18}  {'yes' if t.holds() else 'NO'}"
        )
    return lines


def halves(cases: list[CaseSet]) -> dict[str, set[str]]:
    """Two halves of the cases, a place's cases together, places dealt alternately in name
    order (deterministic, and blind to how the cases score)."""
    places = sorted({c.place for c in cases})
    half_of = {p: "AB"[i % 2] for i, p in enumerate(places)}
    out: dict[str, set[str]] = {"A": set(), "B": set()}
    for c in cases:
        out[half_of[c.place]].add(c.name)
    return out


def by_kind(judged: list[Judged]) -> dict[str, list[Judged]]:
    groups: dict[str, list[Judged]] = defaultdict(list)
    for j in judged:
        groups[j.kind].append(j)
    return dict(sorted(groups.items()))


def signal_groups(judged: list[Judged], cases: list[CaseSet]) -> list[str]:
    """Readings grouped by kind and how they were read, with accuracy and mean confidence in
    each half: a confidence set from half A's accuracy should meet half B's."""
    halved = {name: half for half, names in halves(cases).items() for name in names}
    groups: dict[tuple[str, str], dict[str, Tally]] = defaultdict(lambda: defaultdict(Tally))
    for j in judged:
        groups[(j.kind, j.how)][halved.get(j.case, "A")].add(j)
    lines = [f"{'kind':<18}{'read as':<52}{'A: n  acc  conf':>20}{'B: n  acc  conf':>20}"]
    for (kind, how), by_half in sorted(groups.items()):
        cells = [
            f"{t.n:>6}{t.right / t.n:>7.0%}{t.conf_sum / t.n:>7.2f}" if t.n else f"{'–':>20}"
            for t in (by_half.get("A", Tally()), by_half.get("B", Tally()))
        ]
        lines.append(f"{kind:<18}{how[:51]:<52}" + "".join(cells))
    return lines


def report(judged: list[Judged], cases: list[CaseSet], verbose: bool) -> None:
    print(f"{len(judged)} readings from {len({j.case for j in judged})} cases\n")
    print("\n".join(reliability_table(judged)))
    print("\nthe two acceptance numbers (≥ 98 % right; ≥ 80 % of wrong readings flagged):")
    print("\n".join(acceptance_rows({"all": judged, **by_kind(judged)})))
    for half, names in halves(cases).items():
        part = [j for j in judged if j.case in names]
        if not part:
            continue
        print(f"\nhalf {half} ({len(names)} cases: {', '.join(sorted(names))}):")
        print("\n".join(reliability_table(part)))
        print("\n".join(acceptance_rows({"all": part, **by_kind(part)})))
    print("\nby how the reading was made, per half:")
    print("\n".join(signal_groups(judged, cases)))
    if verbose:
        print("\nwrong readings:")
        for j in sorted(judged, key=lambda j: -j.confidence):
            if not j.right:
                print("  " + j.what)


def chosen_sets(args: argparse.Namespace) -> list[CaseSet]:
    if args.sets:
        return [CaseSet(Path(a).name, Path(a), Path(b)) for a, b in zip(args.sets[::2], args.sets[1::2], strict=True)]
    sets: list[CaseSet] = []
    if args.shared or not (args.genre or args.case):
        sets += shared_sets()
    if args.genre or args.case or not args.shared:
        sets += genre_sets(args.case or (), args.genre_dir)
    return sets


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("sets", nargs="*", help="INPUT_DIR GOLD.json pairs (default: corpus, devsets and genre cases)")
    ap.add_argument("--shared", action="store_true", help="the shared corpus and devsets")
    ap.add_argument("--genre", action="store_true", help="the genre corpus")
    ap.add_argument("--case", action="append", help="a genre case (repeatable)")
    ap.add_argument("--genre-dir", type=Path, default=GENRE, help="another corpus of <case>/gold.json folders (e.g. tests/data/genre2)")
    ap.add_argument("--out-root", type=Path, default=Path("/tmp/granttrail-calibration"))
    ap.add_argument("--reuse", action="store_true", help="read earlier runs under --out-root")
    ap.add_argument("--half", choices=("A", "B"), help="judge one half of the cases only")
    ap.add_argument("--verbose", "-v", action="store_true", help="list the wrong readings")
    args = ap.parse_args(argv)
    if len(args.sets) % 2:
        ap.error("give INPUT_DIR GOLD.json pairs")
    every = chosen_sets(args)
    sets = [c for c in every if c.name in halves(every)[args.half]] if args.half else every
    judged: list[Judged] = []
    for case in sets:
        judged += judge(case, run_set(case, args.out_root, args.reuse))
    report(judged, every, args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
