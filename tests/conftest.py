"""Shared fixtures: the bundled sample, the shared gold, and one pipeline run over the sample."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "raw"
SHARED = ROOT.parent / "shared"
RESPONSE_PDF = RAW / "botkyrka-2025" / "Yttrande Socialstyrelsen 2025-01-17.pdf"
SEED_RESPONSE = SHARED / "seeds" / "001_e441ec52418bea7e.txt"


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
