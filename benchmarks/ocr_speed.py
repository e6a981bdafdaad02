"""OCR cost of ingesting scanned documents, cold (no OCR cache): CPU seconds per OCR page (all
threads of this process: tesseract through its library, image preparation, assembly) and wall
seconds, with the pages read in parallel as a run reads them (tesseract single-threaded).

    OMP_THREAD_LIMIT=1 .venv/bin/python benchmarks/ocr_speed.py [--cli] FILE [FILE ...]

--cli also times the bare `tesseract` command line (swe, --psm 3, one thread) on the same page
images, one after the other: on a shared machine the CPU a page costs varies with the load, and
the ratio of the two says what the pipeline adds to tesseract's one reading.

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


def children_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure_cli(path: Path) -> tuple[int, float]:
    """(pages, CPU seconds) of the bare tesseract command line on the pages' images as the
    pipeline hands them to OCR (a PDF's embedded scan as stored; a rendered page otherwise)."""
    import subprocess
    import tempfile

    import pypdfium2 as pdfium

    from pipeline.ingest.raster import render_pages

    data = path.read_bytes()
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    pages, cpu = 0, children_cpu_seconds()
    with tempfile.TemporaryDirectory() as tmp:
        for page in render_pages(data, list(range(len(pdfium.PdfDocument(data))))):
            if page.image is None:
                continue
            png = Path(tmp) / "page.png"
            page.image.save(png)
            subprocess.run(["tesseract", str(png), "-", "-l", "swe", "--psm", "3", "tsv"], env=env, capture_output=True, check=True)
            pages += 1
    return pages, children_cpu_seconds() - cpu


def main(paths: list[Path], cli: bool = False) -> None:
    os.environ.pop("GRANTTRAIL_OCR_CACHE", None)  # cold: every page read by tesseract
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    total_pages, total_cpu, total_wall = 0, 0.0, 0.0
    for path in paths:
        pages, cpu, wall = measure(path)
        total_pages, total_cpu, total_wall = total_pages + pages, total_cpu + cpu, total_wall + wall
        print(f"{path.name}: {pages} OCR pages, {cpu / max(pages, 1):.2f} CPU-s/page, {wall / max(pages, 1):.2f} wall-s/page")
        if cli and path.suffix.lower() == ".pdf":
            n, bare = measure_cli(path)
            print(f"  bare tesseract: {bare / max(n, 1):.2f} CPU-s/page; pipeline / bare = {cpu / max(bare, 1e-9):.2f}")
    n = max(total_pages, 1)
    print(f"all: {total_pages} OCR pages, {total_cpu / n:.2f} CPU-s/page, {total_wall / n:.2f} wall-s/page")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    args = sys.argv[1:]
    main([Path(p) for p in args if p != "--cli"], cli="--cli" in args)
