"""Runs the stages over an input folder. Each document's processing (ingest → structure →
extract) is a pure function of its bytes and its path in the case folder, so it runs in a process
pool here and could run on a cluster unchanged; results are cached by content under
OUT_DIR/interim/ so a rerun only processes what is new. Link, check and publish then run over all
documents."""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__

MODELS = Path(__file__).resolve().parent.parent / "models"


@dataclass
class InputFile:
    path: Path
    rel: str
    size: int


@dataclass
class RunReport:
    documents: list[dict] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    pages: int = 0
    ocr_pages: int = 0
    seconds: float = 0.0
    cached: int = 0
    processed: int = 0
    profile: dict[str, float] = field(default_factory=dict)  # seconds per stage (pipeline/profile.py)


def discover(input_dir: Path) -> list[InputFile]:
    files = []
    for root, dirs, names in os.walk(input_dir):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in ("interim", "__pycache__"))
        for n in sorted(names):
            if n.startswith("."):
                continue
            p = Path(root) / n
            if p.is_file():
                files.append(InputFile(p, p.relative_to(input_dir).as_posix(), p.stat().st_size))
    return sorted(files, key=lambda f: f.rel)


def pipeline_fingerprint() -> str:
    """What a cached result depends on besides the document: code version and pattern data."""
    h = hashlib.sha256(__version__.encode())
    for p in sorted((MODELS / "patterns").glob("*.json")):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    for p in sorted(Path(__file__).parent.rglob("*.py")):
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def process_document(data: bytes, rel: str):
    """ingest → structure → extract for one document. Never raises: a failure becomes the
    document's status and error."""
    from .extract import ExtractedDocument, extract
    from .ingest import ingest_bytes
    from .profile import stage
    from .structure import StructuredDocument, structure

    with stage("ingest"):
        doc = ingest_bytes(data, rel)
    try:
        with stage("structure"):
            sd = structure(doc)
        with stage("extract"):
            return extract(sd)
    except Exception as e:  # noqa: BLE001 - one document must never stop the run
        doc.status = "partial"
        doc.error = f"text was read but could not be analysed: {type(e).__name__}: {e}"
        return ExtractedDocument(StructuredDocument(doc, "other"), "other")


def _process_path(path: str, rel: str, cache_file: str | None):
    data = Path(path).read_bytes()
    ed = process_document(data, rel)
    if cache_file:
        _write_cache(Path(cache_file), ed)
    return ed


def _write_cache(path: Path, ed) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with open(tmp, "wb") as fh:
        pickle.dump(ed, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)


def cache_path(cache_dir: Path, fingerprint: str, doc_id: str, rel: str) -> Path:
    key = hashlib.sha256(f"{fingerprint}\0{doc_id}\0{rel}".encode()).hexdigest()[:24]
    return cache_dir / doc_id[:2] / f"{doc_id}-{key}.pkl"


def run(input_dir: Path, out_dir: Path, *, workers: int | None = None, use_cache: bool = True,
        on_progress: Callable[[str, int, int, dict | None], None] | None = None,
        executor: str = "process", scheduler: str | None = None) -> RunReport:
    """`executor`: "process" (a local pool of `workers`) or "dask" (the cluster at `scheduler`,
    or a LocalCluster); see pipeline/executors.py."""
    from .ingest import doc_id_of
    from .schemas import TABLES

    t0 = time.perf_counter()
    report = RunReport()
    files = discover(input_dir)
    cache_dir = Path(out_dir) / "interim" / "documents"
    run_info = Path(out_dir) / "interim" / "run.json"
    fp = pipeline_fingerprint()
    seen: dict[str, str] = {}
    extra_rows: list[dict] = []
    todo: list[tuple[InputFile, str, Path]] = []
    cached: list[tuple[InputFile, str, Path]] = []
    for f in files:
        try:
            data = f.path.read_bytes()
        except OSError as e:
            extra_rows.append(dict(doc_id=None, source_path=f.rel, sha256=None, media_type=None, kind="other",
                                   status="failed", error=f"cannot read the file: {e.strerror or e}", page_count=0,
                                   ocr_pages=0, bytes=f.size))
            continue
        doc_id, sha = doc_id_of(data)
        if doc_id in seen:
            extra_rows.append(dict(doc_id=doc_id, source_path=f.rel, sha256=sha, media_type=None, kind=None,
                                   status="duplicate", error=f"the same bytes as {seen[doc_id]}; processed once",
                                   page_count=None, ocr_pages=0, bytes=f.size))
            continue
        seen[doc_id] = f.rel
        cp = cache_path(cache_dir, fp, doc_id, f.rel)
        if use_cache and cp.exists():
            cached.append((f, doc_id, cp))
            continue
        todo.append((f, doc_id, cp))
    run_key = hashlib.sha256(json.dumps([fp, [(f.rel, f.size) for f in files], sorted(d for _, d, _ in todo + cached),
                                         [r["source_path"] for r in extra_rows]]).encode()).hexdigest()
    if use_cache and not todo and _unchanged(run_info, run_key, Path(out_dir), TABLES):
        # nothing new since the last run over this folder: its tables stand as they are
        prev = json.loads(run_info.read_text(encoding="utf-8"))["summary"]
        report.documents, report.counts = prev["documents"], prev["counts"]
        report.pages, report.ocr_pages, report.cached = prev["pages"], prev["ocr_pages"], len(cached)
        if on_progress:
            for f, _, _ in cached:
                on_progress(f.rel, 1, len(files), None)
        report.seconds = time.perf_counter() - t0
        return report
    from .streaming import run_streamed, write_profile

    report.profile = {"discover": time.perf_counter() - t0}
    report.profile.update(run_streamed(report, todo, cached, extra_rows, Path(out_dir), workers=workers,
                                       executor=executor, scheduler=scheduler, total=len(files),
                                       on_progress=on_progress))
    keep = ("source_path", "kind", "status", "error")
    summary = dict(documents=[{k: d.get(k) for k in keep} for d in report.documents], counts=report.counts,
                   pages=report.pages, ocr_pages=report.ocr_pages)
    run_info.parent.mkdir(parents=True, exist_ok=True)
    run_info.write_text(json.dumps({"input_dir": str(Path(input_dir).resolve()), "run_key": run_key if use_cache else None,
                                    "summary": summary}, ensure_ascii=False), encoding="utf-8")
    report.seconds = time.perf_counter() - t0
    write_profile(report, Path(out_dir))
    return report


def describe_duplicates(extra_rows: list[dict], originals: dict[str, dict]) -> None:
    """A file with the same bytes as another is that document again: its row says what it is."""
    for row in extra_rows:
        orig = originals.get(row.get("doc_id") or "")
        if row["status"] == "duplicate" and orig:
            for k in ("media_type", "kind", "title", "issuer", "municipality", "addressee", "doc_date", "page_count"):
                row[k] = orig.get(k)


def _unchanged(run_info: Path, run_key: str, out_dir: Path, tables) -> bool:
    try:
        prev = json.loads(run_info.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return prev.get("run_key") == run_key and all((out_dir / f"{t}.parquet").exists() for t in tables)
