"""Throughput and memory at scale: generates N cases (a multi-page response with its activities and
attachment list, and the invoices it lists, all with a text layer; no two files alike), runs
`granttrail run --no-cache --profile` over them as a process and reports pages/s, peak RSS and
per-stage seconds next to a bare pypdfium2 text pass over the same files (one process, every
page's text: the floor for text-layer input).

    .venv/bin/python benchmarks/scale.py N [--workers W] [--executor process|dask] [--dir DIR]

The corpus is generated once per N under DIR (default: $TMPDIR/granttrail-scale-N) and reused.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # tests/render.py draws the documents

ACTIVITIES_PER_CASE = 7  # one invoice per activity: 8 documents a case
PARAGRAPHS_PER_ACTIVITY = 17  # about four pages an activity: a response of about 30 pages
POLL_SECONDS = 0.05
TITLES = (
    "Fritidsgård kvällstid",
    "Läxhjälp för mellanstadiet",
    "Nattvandring med föräldrar",
    "Sommarlovsaktiviteter",
    "Utbildning i metodstöd",
    "Trygghetsvandring",
    "Idrott på loven",
    "Föräldrastöd i grupp",
    "Kulturskola i centrum",
    "Studieresa för unga ledare",
)
SUPPLIERS = (
    "Konferensgården AB",
    "Metodhuset AB",
    "Bussbolaget i Norden AB",
    "Lekplatsbolaget i Norden AB",
    "Fritidsservice Syd AB",
    "Utbildarna i Väst AB",
    "Idrottsmaterial Nord AB",
)


def _amount(case: int, act: int) -> int:
    return 10_000 + 1_000 * ((case * 7 + act * 13) % 90)


def _kr(v: int) -> str:
    return f"{v:,}".replace(",", " ")


def _response_blocks(case: int, town: str) -> list:
    blocks: list = [
        ("h1", "Yttrande till Socialstyrelsen"),
        ("p", f"Datum: 2025-02-{1 + case % 27:02d}"),
        (
            "p",
            f"{town} kommun yttrar sig här över Socialstyrelsens beslut om återkrav av "
            "statsbidraget för insatser i områden med socioekonomiska utmaningar 2023.",
        ),
    ]
    for a in range(1, ACTIVITIES_PER_CASE + 1):
        title = TITLES[(case + a) % len(TITLES)]
        claimed = _amount(case, a)
        blocks += [
            ("h2", f"{a}. {title} ({_kr(claimed)} kronor)"),
            (
                "p",
                "Socialstyrelsen bedömer att kostnaderna inte kan säkerställas som kostnader för "
                "aktiviteten och att de därför ska återbetalas.",
            ),
            ("p", f"Kommunen bestrider bedömningen och bifogar fakturan, se bilaga {a}.1."),
        ]
        for k in range(PARAGRAPHS_PER_ACTIVITY):
            blocks.append(
                (
                    "p",
                    f"Aktiviteten genomfördes under 2023 i {town} med {12 + (case + k) % 40} deltagare "
                    f"vid {3 + (a * k) % 20} tillfällen. Verksamheten leddes av personal från "
                    f"förvaltningen och föreningslivet, och kostnaderna bokfördes på projektets konto "
                    f"{4000 + a * 10 + k}. Uppföljningen visar att deltagarna var nöjda och att "
                    f"insatsen nådde målgruppen i området, vilket redovisades till nämnden i "
                    f"{('mars', 'maj', 'oktober')[(k + a) % 3]} samma år. " * 2,
                )
            )
        blocks.append(("break",))
    blocks.append(("h2", "Bilagor"))
    for a in range(1, ACTIVITIES_PER_CASE + 1):
        blocks.append(("p", f"{a}.1 Faktura {_invoice_no(case, a)} {SUPPLIERS[a - 1]}.pdf"))
    return blocks


def _invoice_no(case: int, act: int) -> str:
    return str(100_000 + case * 100 + act)


def generate(n: int, root: Path) -> Path:
    """N case folders under root, each a response and its invoices; skipped when already there."""
    import render

    done = root / ".complete"
    if done.exists() and done.read_text() == str(n):
        return root
    root.mkdir(parents=True, exist_ok=True)
    for case in range(n):
        town = f"Provby {case + 1}"
        folder = root / f"provby-{case + 1:04d}"
        (folder / "bilagor").mkdir(parents=True, exist_ok=True)
        render.render(folder / "Yttrande.pdf", _response_blocks(case, town), f"{town} kommun   YTTRANDE", "Sida {page}")
        for a in range(1, ACTIVITIES_PER_CASE + 1):
            net = _amount(case, a)
            render.invoice(
                folder / "bilagor" / f"{a}.1 Faktura {_invoice_no(case, a)}.pdf",
                layout="columns",
                supplier=SUPPLIERS[a - 1],
                org_no=f"55{6000 + a:04d}-{1000 + case % 9000:04d}",
                fields={"Fakturanummer": _invoice_no(case, a), "Fakturadatum": f"2023-{1 + a:02d}-15"},
                lines=[(TITLES[(case + a) % len(TITLES)], f"{_kr(net)},00")],
                totals=[
                    ("Summa exkl. moms", f"{_kr(net)},00 kr"),
                    ("Moms 25 %", f"{_kr(net // 4)},00 kr"),
                    ("Att betala", f"{_kr(net + net // 4)},00 kr"),
                ],
            )
    done.write_text(str(n))
    return root


def bare_pdfium(root: Path) -> tuple[float, int, int, float]:
    """Seconds, pages, files and CPU seconds of one process reading every page's text with
    pypdfium2."""
    import pypdfium2 as pdfium

    files = sorted(root.rglob("*.pdf"))
    cpu = time.process_time()
    t = time.perf_counter()
    pages = 0
    for f in files:
        doc = pdfium.PdfDocument(f.read_bytes())
        for i in range(len(doc)):
            doc[i].get_textpage().get_text_range()
            pages += 1
        doc.close()
    return time.perf_counter() - t, pages, len(files), time.process_time() - cpu


@dataclass
class Measured:
    seconds: float
    driver_mb: float  # peak RSS of the granttrail process
    tree_mb: float  # peak of the summed RSS of it and all its processes
    cpu_seconds: float  # user + system seconds of it and all its processes (robust to a busy machine)


def measured_run(cmd: list[str], cwd: Path) -> Measured:
    """Wall seconds, peak RSS of the driver process and of its whole process tree, and CPU seconds."""
    import psutil

    t = time.perf_counter()
    proc = psutil.Popen(cmd, stdout=subprocess.DEVNULL, cwd=cwd)
    driver = tree = 0
    cpu: dict[int, float] = {}  # pid -> its CPU seconds when last seen
    while proc.poll() is None:
        try:
            procs = [proc, *proc.children(recursive=True)]
            rss = [p.memory_info().rss for p in procs]
            for p in procs:
                times = p.cpu_times()
                cpu[p.pid] = times.user + times.system
        except psutil.Error:
            continue
        driver, tree = max(driver, rss[0]), max(tree, sum(rss))
        time.sleep(POLL_SECONDS)
    seconds = time.perf_counter() - t
    if proc.returncode:
        raise SystemExit(f"{' '.join(cmd)} exited {proc.returncode}")
    return Measured(seconds, driver / 2**20, tree / 2**20, sum(cpu.values()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int, help="cases (each a response and its invoices)")
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--executor", default="process")
    ap.add_argument("--dir", type=Path, default=None)
    ap.add_argument("--code", type=Path, default=ROOT, help="the granttrail checkout to run (to compare versions)")
    ap.add_argument("--baseline", action="store_true", help="a checkout without --profile and --executor")
    args = ap.parse_args()
    root = args.dir or Path(tempfile.gettempdir()) / f"granttrail-scale-{args.n}"
    t = time.perf_counter()
    generate(args.n, root)
    print(f"corpus: {root} ({time.perf_counter() - t:.1f} s to generate or find)")
    bare, pages, files, bare_cpu = bare_pdfium(root)
    out = Path(tempfile.mkdtemp(prefix="granttrail-scale-out-"))
    cmd = [sys.executable, "-m", "pipeline.cli", "run", str(root), "--out", str(out), "--no-cache", "--quiet"]
    cmd += ["--profile", "--executor", args.executor] if not args.baseline else []
    if args.workers:
        cmd += ["--workers", str(args.workers)]
    env_path = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = f"{args.code}{os.pathsep}{env_path}" if env_path else str(args.code)
    m = measured_run(cmd, args.code)  # python -m: the code in cwd
    prof = out / "interim" / "profile.json"  # absent when measuring a granttrail without --profile
    profile = json.loads(prof.read_text(encoding="utf-8")) if prof.exists() else {}
    print(f"{files} documents, {pages} pages, {os.cpu_count()} cores")
    print(f"  bare pypdfium2 text pass : {bare:7.2f} s  {pages / bare:7.0f} pages/s  (CPU {bare_cpu:.2f} s)")
    print(f"  granttrail run           : {m.seconds:7.2f} s  {pages / m.seconds:7.0f} pages/s  ({m.seconds / bare:.2f}x the bare pass)")
    print(f"  CPU seconds, all processes: {m.cpu_seconds:7.2f} s  ({m.cpu_seconds / bare_cpu:.2f}x the bare pass's CPU)")
    print(f"  peak RSS                 : driver {m.driver_mb:.0f} MB, all processes {m.tree_mb:.0f} MB")
    print("  stages (s; ingest/structure/extract summed over workers):")
    for stage, s in profile.items():
        print(f"    {stage:<12} {s:8.2f}")
    shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
