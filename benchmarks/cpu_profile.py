"""Where the CPU seconds of a run go: runs `granttrail run` over INPUT_DIR in this one process
(no worker pool, no cache) under cProfile and prints the CPU seconds (user + system, so a busy
machine does not inflate them), the seconds per stage, and the functions and modules ranked by
cumulative and by self time (CPU seconds of this process: the profiler's clock is
time.process_time).

    .venv/bin/python benchmarks/cpu_profile.py INPUT_DIR [--top 40] [--warm] [--stats FILE]

`--plain N` runs without the profiler and prints CPU seconds per stage (min of N warm runs).
`--warm` processes the folder once before measuring, so imports, model loads and compiled
patterns (paid once per worker) are left out; `--stats FILE` keeps the raw profile (pstats)."""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import resource
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def cpu_seconds() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def run_once(input_dir: Path) -> dict[str, float]:
    from pipeline.runner import run

    with tempfile.TemporaryDirectory(prefix="cpu-profile-") as out:
        report = run(input_dir, Path(out), use_cache=False, isolate=False)
    return report.profile


STAGE_CPU: dict[str, float] = defaultdict(float)


def _cpu_timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        t = cpu_seconds()
        try:
            return fn(*args, **kwargs)
        finally:
            STAGE_CPU[name] += cpu_seconds() - t

    return timed


def time_stages() -> None:
    """CPU seconds per stage of this process (the run is in-process), by wrapping the stage
    functions: ingest, structure and extract of the stage list, link and check per case, the
    corpus's finish and publish."""
    from dataclasses import replace

    from pipeline import orchestrate, streaming

    orchestrate.DOCUMENT_STAGES = tuple(replace(s, run=_cpu_timed(s.name, s.run)) for s in orchestrate.DOCUMENT_STAGES)
    orchestrate.link_step = _cpu_timed("link", orchestrate.link_step)
    orchestrate.check_step = _cpu_timed("check", orchestrate.check_step)
    streaming.finish_case = _cpu_timed("finish case", streaming.finish_case)
    streaming.publish_streamed = _cpu_timed("publish", streaming.publish_streamed)


def _module_of(filename: str) -> str:
    if "/pipeline/" in filename:
        return "pipeline/" + filename.split("/pipeline/", 1)[1]
    if "site-packages/" in filename:
        return filename.split("site-packages/", 1)[1].split("/", 1)[0]
    return filename.rsplit("/", 1)[-1] if filename.startswith("/") else filename


def by_module(stats: pstats.Stats) -> list[tuple[str, float]]:
    """Self seconds summed per module (pipeline file, or third-party package)."""
    totals: dict[str, float] = defaultdict(float)
    for (filename, _line, _name), (_cc, _nc, tt, _ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        totals[_module_of(filename)] += tt
    return sorted(totals.items(), key=lambda kv: -kv[1])


def _print_stats(stats: pstats.Stats, order: str, top: int) -> None:
    buf = io.StringIO()
    stats.stream = buf  # type: ignore[attr-defined]
    stats.sort_stats(order).print_stats(top)
    print(buf.getvalue().split("ncalls", 1)[-1].join(("ncalls", "")) if "ncalls" in buf.getvalue() else buf.getvalue())


def plain(input_dir: Path, repeat: int) -> None:
    """CPU seconds without the profiler (its overhead is several times the work in call-heavy
    code): the whole run and each stage, the minimum over `repeat` runs after a warm-up."""
    time_stages()
    run_once(input_dir)
    best: dict[str, float] = {}
    for _ in range(repeat):
        STAGE_CPU.clear()
        t = cpu_seconds()
        run_once(input_dir)
        STAGE_CPU["total"] = cpu_seconds() - t
        best = {k: min(v, best.get(k, v)) for k, v in STAGE_CPU.items()}
    print(f"CPU seconds, min of {repeat} warm runs: " + ", ".join(f"{k} {v:.3f}" for k, v in best.items()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input_dir", type=Path)
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--warm", action="store_true", help="process the folder once before measuring")
    ap.add_argument("--stats", type=Path, default=None, help="write the raw pstats here")
    ap.add_argument("--plain", type=int, default=0, metavar="N", help="no profiler: CPU seconds per stage, min of N warm runs")
    args = ap.parse_args()
    if args.plain:
        plain(args.input_dir, args.plain)
        return
    start = cpu_seconds()
    if args.warm:
        run_once(args.input_dir)
    warm = cpu_seconds()
    prof = cProfile.Profile(time.process_time)  # CPU, not wall: the machine is shared
    prof.enable()
    profile = run_once(args.input_dir)
    prof.disable()
    measured = cpu_seconds() - warm
    if args.stats:
        prof.dump_stats(str(args.stats))
    stats = pstats.Stats(prof)
    print(f"CPU seconds: {measured:.2f} measured run (under cProfile), {warm - start:.2f} warm-up")
    print("stages (wall s): " + ", ".join(f"{k} {v:.2f}" for k, v in profile.items()))
    print("\nself seconds by module:")
    for mod, s in by_module(stats)[: args.top]:
        print(f"  {s:8.2f}  {mod}")
    print("\nby cumulative time:")
    _print_stats(stats, "cumulative", args.top)
    print("\nby self time:")
    _print_stats(stats, "tottime", args.top)


if __name__ == "__main__":
    main()
