"""Do two output folders publish the same bytes? Compares every `<table>.parquet` of OUT_A with
OUT_B byte for byte (a speed or memory change must not change a single byte of the tables).

    .venv/bin/python benchmarks/same_tables.py OUT_A OUT_B [OUT_A2 OUT_B2 ...]

The guard for speed work: `--record DIR` runs granttrail (this checkout) over the guard inputs
(the shared corpus, the devset's bundle and real invoices, and every text-layer case of the
genre … genre10 corpora in one folder) into DIR/<input>; `--check DIR` runs them again
into a temporary folder and compares each with DIR/<input>.

    .venv/bin/python benchmarks/same_tables.py --record /tmp/tables-before   # before a change
    .venv/bin/python benchmarks/same_tables.py --check /tmp/tables-before    # after it

Exit status 1 and the differing tables named when any differs."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" if (ROOT.parent / "shared").is_dir() else Path("/work/shared")
GENRE_CORPORA = ("genre", "genre2", "genre3", "genre4", "genre5", "genre6", "genre7", "genre8", "genre9", "genre10")
# cases read by OCR (scans, photos): minutes each on two shared cores, and OCR is not what a
# text-layer speed change touches
OCR_CASE_WORDS = ("scan", "foto", "photo")


def digests(out_dir: Path) -> dict[str, str]:
    """sha256 of each published table, by table name (links through `.tables/current` followed)."""
    return {p.stem: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(Path(out_dir).glob("*.parquet"))}


def differences(a: Path, b: Path) -> list[str]:
    da, db = digests(a), digests(b)
    if not da:
        return [f"{a}: no tables"]
    return [name for name in sorted(set(da) | set(db)) if da.get(name) != db.get(name)]


def compare(pairs: list[tuple[Path, Path]]) -> int:
    bad = 0
    for a, b in pairs:
        diff = differences(a, b)
        print(f"{a} vs {b}: {'same bytes' if not diff else 'DIFFER: ' + ', '.join(diff)}")
        bad += bool(diff)
    return 1 if bad else 0


def genre_text_cases(into: Path) -> Path:
    """One folder holding every text-layer genre case as a case folder (copies of the inputs: a
    run does not follow links; the gold files left out)."""
    for corpus in GENRE_CORPORA:
        for gold in sorted((ROOT / "tests" / "data" / corpus).glob("*/gold.json")):
            case = gold.parent
            if any(w in case.name for w in OCR_CASE_WORDS):
                continue
            for src in sorted(p for p in case.rglob("*") if p.is_file() and p.name != "gold.json"):
                dst = into / f"{corpus}-{case.name}" / src.relative_to(case)
                dst.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(src, dst)
    return into


def guard_inputs(scratch: Path) -> dict[str, Path]:
    return {
        "corpus": SHARED / "corpus",
        "bundle": SHARED / "devset" / "bundle",
        "invoices-real": SHARED / "devset" / "invoices-real",
        "genre-text": genre_text_cases(scratch / "genre-text"),
    }


def run_all(inputs: dict[str, Path], out_root: Path) -> None:
    env = dict(os.environ, OMP_THREAD_LIMIT="1", PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    for name, folder in inputs.items():
        t = time.perf_counter()
        cmd = [sys.executable, "-m", "pipeline.cli", "run", str(folder), "--out", str(out_root / name), "--no-cache", "--quiet"]
        subprocess.run(cmd, env=env, cwd=ROOT, check=True)
        print(f"{name}: {time.perf_counter() - t:.1f} s", file=sys.stderr)


def guard(mode: str, base: Path) -> int:
    with tempfile.TemporaryDirectory(prefix="same-tables-") as tmp:
        inputs = guard_inputs(Path(tmp))
        if mode == "--record":
            run_all(inputs, base)
            return 0
        run_all(inputs, Path(tmp) / "out")
        return compare([(base / name, Path(tmp) / "out" / name) for name in inputs])


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] in ("--record", "--check"):
        return guard(argv[0], Path(argv[1]))
    if len(argv) < 2 or len(argv) % 2:
        print(__doc__)
        return 2
    return compare([(Path(a), Path(b)) for a, b in zip(argv[0::2], argv[1::2], strict=True)])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
