"""OCR cost of ingesting scanned documents, cold (no OCR cache): CPU seconds per OCR page (all
threads of this process: tesseract through its library, image preparation, assembly) and wall
seconds, with the pages read in parallel as a run reads them (tesseract single-threaded).

    OMP_THREAD_LIMIT=1 .venv/bin/python benchmarks/ocr_speed.py FILE [FILE ...]

A run's documents are processed in child processes, whose CPU a `time` of the command line does
not see; this measures the ingest itself, in this process. The first page pays for loading the
language model (once per engine, one engine per thread)."""

from __future__ import annotations

import os
import resource
import sys
import time
from pathlib import Path


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def measure(path: Path) -> tuple[int, float, float]:
    """(OCR pages, CPU seconds, wall seconds) of ingesting `path` with OCR and no cache."""
    from pipeline.ingest import ingest_bytes

    data = path.read_bytes()
    cpu, wall = cpu_seconds(), time.perf_counter()
    doc = ingest_bytes(data, str(path))
    return doc.ocr_pages, cpu_seconds() - cpu, time.perf_counter() - wall


def main(paths: list[Path]) -> None:
    os.environ.pop("GRANTTRAIL_OCR_CACHE", None)  # cold: every page read by tesseract
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    total_pages, total_cpu, total_wall = 0, 0.0, 0.0
    for path in paths:
        pages, cpu, wall = measure(path)
        total_pages, total_cpu, total_wall = total_pages + pages, total_cpu + cpu, total_wall + wall
        print(f"{path.name}: {pages} OCR pages, {cpu / max(pages, 1):.2f} CPU-s/page, {wall / max(pages, 1):.2f} wall-s/page")
    n = max(total_pages, 1)
    print(f"all: {total_pages} OCR pages, {total_cpu / n:.2f} CPU-s/page, {total_wall / n:.2f} wall-s/page")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main([Path(p) for p in sys.argv[1:]])
