"""OCR settings compared on every scanned case: the CPU seconds each page's OCR costs (the
thread's CPU time inside `recognise`: image preparation, tesseract through its library, the
second reading of strips, assembly) and the score of the whole run against the case's gold.

    OMP_THREAD_LIMIT=1 .venv/bin/python benchmarks/ocr_settings.py [--setting NAME ...] [--case DIR ...] [--json FILE]

Without --case: devset/scanned-response and every scan-* case of tests/data/genre*/ (the held-out
corpora left out). Each
setting is applied in the run's worker processes by a `sitecustomize` module put first on their
PYTHONPATH (the runner's workers are started by a fork server, so a patch made here would not
reach them): it rewrites the tesseract configuration of a page's main reading, or scales the
page image before OCR. The pipeline's code is not changed. CPU time, not wall time: the machine
is shared, and a page's thread CPU is what one core spends on it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
RESPONSE_AREAS = ("toc", "activities", "positions", "reasons", "attachments", "tables", "checks")

# name -> (what replaces the main reading's '--psm 3', image scale factor)
SETTINGS: dict[str, tuple[str | None, float]] = {
    "current": (None, 1.0),
    "psm6": ("--psm 6", 1.0),
    "psm4": ("--psm 4", 1.0),
    "psm3-scale0.85": (None, 0.85),
    "psm6-scale0.85": ("--psm 6", 0.85),
    # tesseract's word lists not loaded (issue 12): the LSTM model reads without the dictionary
    "nodawg": ("--psm 3 -c load_system_dawg=0 -c load_freq_dawg=0", 1.0),
}
# corpora held out from the sessions that tune the pipeline: never read here
HELD_OUT = frozenset({"genre11"})

SITE = """
import os, time
_setting = os.environ.get("GT_OCR_PSM") or None
_factor = float(os.environ.get("GT_OCR_SCALE", "1"))
_log = os.environ["GT_OCR_LOG"]
try:
    from pipeline.ingest import ocr as _ocr, tesseract as _tess
except Exception:
    _ocr = None
if _ocr is not None:
    _words, _recognise = _tess.words, _ocr.recognise

    def words(image, config):
        if _setting and config == _ocr.TESS_CONFIG:
            config = config.replace("--psm 3", _setting)
        return _words(image, config)

    def recognise(image, scale):
        if _factor != 1.0:
            image = image.resize((round(image.width * _factor), round(image.height * _factor)))
            scale *= _factor
        t = time.thread_time()
        page = _recognise(image, scale)
        with open(_log, "a") as f:
            f.write(f"{time.thread_time() - t:.3f}\\n")
        return page

    _tess.words, _ocr.recognise = words, recognise
"""


def scan_cases() -> list[Path]:
    found = [SHARED / "devset" / "scanned-response"]
    for corpus in sorted(p for p in (ROOT / "tests" / "data").glob("genre*") if p.name not in HELD_OUT):
        found += sorted(p for p in corpus.glob("scan-*") if (p / "gold.json").exists())
    return found


def run_case(case: Path, setting: str, tmp: Path) -> dict:
    psm, factor = SETTINGS[setting]
    site = tmp / "site"
    site.mkdir(exist_ok=True)
    (site / "sitecustomize.py").write_text(SITE)
    log = tmp / f"{case.name}.cpu"
    inputs, out = tmp / f"{case.name}-in", tmp / f"{case.name}-out"
    inputs.mkdir()
    for f in case.iterdir():
        if f.name not in ("gold.json", "README.md"):
            shutil.copy(f, inputs / f.name)  # the run refuses links to places outside its input
    env = dict(
        os.environ,
        OMP_THREAD_LIMIT="1",
        PYTHONPATH=f"{site}{os.pathsep}{ROOT}",
        GT_OCR_PSM=psm or "",
        GT_OCR_SCALE=str(factor),
        GT_OCR_LOG=str(log),
    )
    granttrail = Path(sys.executable).parent / "granttrail"
    subprocess.run([str(granttrail), "run", str(inputs), "--out", str(out), "--no-cache"], env=env, capture_output=True, check=False)
    cpu = [float(x) for x in log.read_text().split()] if log.exists() else []
    proc = subprocess.run([sys.executable, str(SCORE), str(out), str(case / "gold.json"), "--json"], capture_output=True, text=True)
    try:
        score = json.loads(proc.stdout)
    except json.JSONDecodeError:
        score = {"overall": 0.0, "areas": {}}
    areas = score.get("areas", {})
    resp = [areas[a] for a in RESPONSE_AREAS if a in areas]
    return {
        "pages": len(cpu),
        "cpu": round(sum(cpu), 2),
        "overall": score.get("overall", 0.0),
        "response": round(sum(resp) / len(resp), 3) if resp else None,
        "areas": areas,
    }


def main(argv: list[str]) -> None:
    settings = [argv[i + 1] for i, a in enumerate(argv) if a == "--setting"] or list(SETTINGS)
    cases = [Path(argv[i + 1]).resolve() for i, a in enumerate(argv) if a == "--case"] or scan_cases()
    dump = next((argv[i + 1] for i, a in enumerate(argv) if a == "--json"), None)
    results: dict[str, dict[str, dict]] = {}
    for setting in settings:
        results[setting] = {}
        with tempfile.TemporaryDirectory(prefix=f"ocrset-{setting}-") as tmp:
            for case in cases:
                r = run_case(case, setting, Path(tmp))
                results[setting][f"{case.parent.name}/{case.name}"] = r
                per_page = r["cpu"] / max(r["pages"], 1)
                name = f"{case.parent.name}/{case.name}"
                line = f"{setting:16s} {name:36s} {r['pages']:3d} p {per_page:5.2f} CPU-s/p"
                print(f"{line}  overall {r['overall']:.3f}  response {r['response']}", flush=True)
        pages = sum(r["pages"] for r in results[setting].values())
        cpu = sum(r["cpu"] for r in results[setting].values())
        print(f"{setting:16s} ALL {pages} pages {cpu / max(pages, 1):.2f} CPU-s/page", flush=True)
        if dump:
            Path(dump).write_text(json.dumps(results, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
