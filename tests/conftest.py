"""Shared fixtures: the bundled sample, the shared gold, and one pipeline run over the sample."""

from __future__ import annotations

import shutil
import subprocess
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


def read_tables(out: Path) -> dict[str, list[dict]]:
    return {p.stem: pq.read_table(p).to_pylist() for p in out.glob("*.parquet")}


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
