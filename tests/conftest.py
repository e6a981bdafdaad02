"""Shared fixtures: the bundled sample, the shared gold, and one pipeline run over the sample."""

from __future__ import annotations

import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pyarrow.parquet as pq
import pytest

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "raw"
SHARED = ROOT.parent / "shared"
RESPONSE_PDF = RAW / "botkyrka-2025" / "Yttrande Socialstyrelsen 2025-01-17.pdf"
SEED_RESPONSE = SHARED / "seeds" / "001_e441ec52418bea7e.txt"

# System packages some tests need; `make test` installs them where it can (.ci/sysdeps, root with
# apt), elsewhere those tests skip with the command that installs them.
OCR_PACKAGES = "tesseract-ocr tesseract-ocr-swe tesseract-ocr-osd"
OCR_SKIP = f"needs tesseract with Swedish; install as root: apt-get install -y {OCR_PACKAGES} (or run `make sysdeps` as root)"
BROWSER_SKIP = "needs Chromium and its driver; install as root: apt-get install -y chromium chromium-driver (or run `make sysdeps` as root)"


def tesseract_has_swedish() -> bool:
    exe = shutil.which("tesseract")
    if not exe:
        return False
    try:
        langs = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return "swe" in langs.split()


def pytest_collection_modifyitems(config, items) -> None:
    ocr_tests = [item for item in items if item.get_closest_marker("ocr")]
    if ocr_tests and not tesseract_has_swedish():
        for item in ocr_tests:
            item.add_marker(pytest.mark.skip(reason=OCR_SKIP))


def documents_reader(data: Path):
    """A function that reads a committed document under `data` through the pipeline
    (orchestrate.process_document), each once: for a test module's fixture."""
    from pipeline.orchestrate import process_document

    cache: dict[str, object] = {}

    def of(name: str):
        if name not in cache:
            cache[name] = process_document((data / name).read_bytes(), name)
        return cache[name]

    return of


def read_tables(out: Path) -> dict[str, list[dict]]:
    return {p.stem: pq.read_table(p).to_pylist() for p in out.glob("*.parquet")}


def decimal_text(v) -> str | None:
    """An amount as its plain digits ("45000", "12.5"), None for none."""
    return None if v is None else format(Decimal(v).normalize(), "f")


def activity_outcomes(rows: list[dict]) -> dict[str, dict]:
    """Each activity's claim, reasons, position and repayment, as the rendered responses'
    expected values write them."""
    return {
        a["activity_no"]: dict(
            claimed=decimal_text(a["claimed_amount_sek"]),
            reasons=sorted(a["agency_reasons"]),
            position=a["municipality_position"],
            repayment=decimal_text(a["repayment_amount_sek"]),
        )
        for a in rows
    }


def run_rendered(make, names: list[str], root: Path) -> dict[str, dict[str, list[dict]]]:
    """Render each named response with `make(name, path)` into a folder of its own, run the
    pipeline once over them all, and give each response's rows per table."""
    from pipeline.runner import run

    for name in names:
        case = root / "in" / name
        case.mkdir(parents=True)
        make(name, case / f"yttrande-{name}.pdf")
    run(root / "in", root / "out", use_cache=False)
    t = read_tables(root / "out")
    by_case = {d["source_path"].split("/")[0]: d["doc_id"] for d in t["documents"]}
    return {name: {table: [r for r in rows if r.get("doc_id") == by_case[name]] for table, rows in t.items()} for name in names}


@pytest.fixture(scope="session")
def sample_run(tmp_path_factory):
    """One run of the whole pipeline over raw/ (the bundled sample)."""
    from pipeline.runner import run

    out = tmp_path_factory.mktemp("sample-out")
    report = run(RAW, out, use_cache=False)
    return out, report, read_tables(out)


@pytest.fixture(scope="session")
def response_doc():
    from pipeline.extract import extract
    from pipeline.ingest import ingest_bytes
    from pipeline.structure import structure

    doc = ingest_bytes(RESPONSE_PDF.read_bytes(), "botkyrka-2025/" + RESPONSE_PDF.name)
    return extract(structure(doc))


def copy_inputs(dst: Path, *names: str) -> Path:
    dst.mkdir(parents=True, exist_ok=True)
    for n in names:
        src = RAW / n
        target = dst / n
        target.parent.mkdir(parents=True, exist_ok=True)
        if src.is_dir():
            shutil.copytree(src, target)
        else:
            shutil.copy2(src, target)
    return dst
