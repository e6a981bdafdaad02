"""Score granttrail on the blind-made genre corpus: every case under tests/data/genre/<case>/
(inputs + gold.json) is run with `granttrail run` into a temporary directory and scored with the
shared score.py; prints each case's per-area scores and the mean per area.

    .venv/bin/python benchmarks/genre_scores.py [CASE ...] [--corpus DIR] [--score PATH/score.py]
                                                [--keep DIR] [--json]

--corpus DIR scores another blind-made corpus of the same shape (default tests/data/genre; e.g.
tests/data/genre2).

$GENRE_GRANTTRAIL replaces the `granttrail` command line. score.py is looked up in --score,
$GRANTTRAIL_SCORE, ../shared/tools/score.py beside the repo, then
/work/shared/tools/score.py. A case whose run fails scores 0 in every area it has gold for
(shown as "run failed"). Exit status 0 unless no case could be scored.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "genre"
SCORE_CANDIDATES = [
    ROOT.parent / "shared" / "tools" / "score.py",
    Path("/work/shared/tools/score.py"),
]
AREA_WIDTH = 9
CASE_TIMEOUT_S = 1800  # a scanned case is OCR on two shared cores: generous, but never a hang


def find_score(explicit: str | None) -> Path:
    for cand in [explicit, os.environ.get("GRANTTRAIL_SCORE"), *SCORE_CANDIDATES]:
        if cand and Path(cand).is_file():
            return Path(cand)
    sys.exit("score.py not found: pass --score PATH")


def granttrail_cmd() -> list[str]:
    if os.environ.get("GENRE_GRANTTRAIL"):  # another command line for the run, e.g. an installed release
        return shlex.split(os.environ["GENRE_GRANTTRAIL"])
    beside = Path(sys.executable).parent / "granttrail"
    if beside.exists():
        return [str(beside)]
    found = shutil.which("granttrail")
    if found:
        return [found]
    return [sys.executable, "-c", "import sys; from pipeline.cli import main; sys.exit(main())"]


def run_case(case: Path, out: Path) -> tuple[bool, float, str]:
    env = dict(
        os.environ,
        OMP_THREAD_LIMIT="1",
        PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
    )
    t = time.perf_counter()
    # the gold file sits in the case folder; the run reads a copy of the inputs without it
    inputs = out.parent / "in"
    shutil.copytree(case, inputs, ignore=shutil.ignore_patterns("gold.json"))
    try:
        proc = subprocess.run(
            [*granttrail_cmd(), "run", str(inputs), "--out", str(out)],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=CASE_TIMEOUT_S,
        )
    except subprocess.TimeoutExpired:
        return False, time.perf_counter() - t, f"timed out after {CASE_TIMEOUT_S} s"
    tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:] if proc.returncode else []
    return proc.returncode == 0, time.perf_counter() - t, " ".join(tail)


def score_case(score: Path, out: Path, gold: Path) -> dict:
    proc = subprocess.run([sys.executable, str(score), str(out), str(gold), "--json"], capture_output=True, text=True)
    try:
        return json.loads(proc.stdout)
    except json.JSONDecodeError:
        return {"overall": 0.0, "areas": {}, "error": (proc.stdout + proc.stderr).strip()[-300:]}


def table(results: dict[str, dict]) -> str:
    areas = sorted({a for r in results.values() for a in r.get("areas", {})})
    head = f"{'case':24s}" + "".join(f"{a[:AREA_WIDTH]:>{AREA_WIDTH + 1}s}" for a in areas) + f"{'overall':>9s}"
    lines = [head, "-" * len(head)]
    sums: dict[str, list[float]] = {a: [] for a in areas}
    for name, r in results.items():
        cells = []
        for a in areas:
            v = r.get("areas", {}).get(a)
            cells.append(f"{'':>{AREA_WIDTH + 1}s}" if v is None else f"{v:>{AREA_WIDTH + 1}.3f}")
            if v is not None:
                sums[a].append(v)
        note = "  (run failed)" if r.get("failed") else ""
        lines.append(f"{name[:24]:24s}" + "".join(cells) + f"{r.get('overall', 0.0):>9.3f}{note}")
    lines.append("-" * len(head))
    means = {a: sum(v) / len(v) for a, v in sums.items() if v}
    overall = [r.get("overall", 0.0) for r in results.values()]
    lines.append(
        f"{'mean':24s}"
        + "".join(f"{means.get(a, 0.0):>{AREA_WIDTH + 1}.3f}" for a in areas)
        + f"{sum(overall) / len(overall) if overall else 0.0:>9.3f}"
    )
    return "\n".join(lines)


def case_dirs(names: list[str], corpus: str | None) -> list[Path]:
    """The named cases, or every case with a gold.json, in --corpus DIR or the genre corpus."""
    root = Path(corpus).resolve() if corpus else CORPUS
    return [root / n for n in names] if names else sorted(p.parent for p in root.glob("*/gold.json"))


def main(argv: list[str]) -> int:
    opts = {k: argv[argv.index(k) + 1] for k in ("--score", "--keep", "--corpus") if k in argv}
    names = [a for a in argv if not a.startswith("--") and a not in opts.values()]
    score = find_score(opts.get("--score"))
    cases = case_dirs(names, opts.get("--corpus"))
    results: dict[str, dict] = {}
    for case in cases:
        with tempfile.TemporaryDirectory(prefix=f"genre-{case.name}-") as tmp:
            out = Path(tmp) / "out"
            ok, secs, err = run_case(case, out)
            r = score_case(score, out, case / "gold.json") if ok else {"overall": 0.0, "areas": {}}
            if not ok:
                gold_areas = score_case(score, Path(tmp) / "missing", case / "gold.json").get("areas", {})
                r["areas"] = {a: 0.0 for a in gold_areas}
            r.update(failed=not ok, seconds=round(secs, 1), error=err or r.get("error"))
            results[case.name] = r
            if opts.get("--keep"):
                shutil.copytree(out, Path(opts["--keep"]) / case.name, dirs_exist_ok=True)
            print(f"{case.name}: {'ok' if ok else 'FAILED ' + err} in {secs:.1f} s", file=sys.stderr)
    if "--json" in argv:
        print(json.dumps(results, ensure_ascii=False, indent=1))
    else:
        print(table(results))
        for name, r in results.items():
            low = {a: d for a, d in r.get("details", {}).items() if r["areas"].get(a, 1) < 1}
            for a, details in sorted(low.items()):
                print(f"  {name} {a}: " + "; ".join(details[:4]))
    return 0 if results else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
