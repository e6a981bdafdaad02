"""Runs the stages over an input folder. Each document's processing (ingest → structure →
extract, the stage list in orchestrate.py) is a pure function of its bytes and its path in the
case folder, so it runs in a process of its own here (with a memory ceiling and a time limit,
limits.py) and could run on a cluster unchanged; results are cached by content under
OUT_DIR/interim/ as validated data (cache.py), so a rerun only processes what is new. Link, check
and publish then run over all documents, and the tables are published as one unit (outdir.py)."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .corrections import CORRECTIONS_CSV, Corrections
from .discover import InputFile, file_digest, read_file, scan
from .limits import IsolatedPool, Outcome, Task, in_process, usable_cores

log = logging.getLogger("granttrail")

OCR_CACHE_ENV = "GRANTTRAIL_OCR_CACHE"

MODELS = Path(__file__).resolve().parent.parent / "models"
# modules a document's process needs, loaded once in the fork server; pipeline.warm imports the
# rest and compiles the pattern vocabularies there, so no worker does it again
_PRELOAD = [
    "pipeline.orchestrate",
    "pipeline.ingest",
    "pipeline.structure",
    "pipeline.extract",
    "pipeline.cache",
    "pypdfium2",
    "PIL.Image",
    "pipeline.warm",
]

TEXT_PAGE_BYTES = 3000  # about a page of running text

__all__ = ["InputFile", "RunReport", "cache_path", "discover", "process_document", "run"]


@dataclass
class RunReport:
    documents: list[dict] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    pages: int = 0
    ocr_pages: int = 0
    seconds: float = 0.0
    cached: int = 0
    processed: int = 0
    errors: list[str] = field(default_factory=list)  # run-level: a stage over all documents failed
    notes: list[str] = field(default_factory=list)  # what was deliberately not read (hidden files)
    profile: dict[str, float] = field(default_factory=dict)  # seconds per stage (--profile)


def discover(input_dir: Path) -> list[InputFile]:
    """The files a run reads (see discover.scan for what else it finds)."""
    return scan(input_dir).files


def pipeline_fingerprint() -> str:
    """What a cached result depends on besides the document: code version and pattern data."""
    h = hashlib.sha256(__version__.encode())
    for p in sorted((MODELS / "patterns").glob("*.json")):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    for p in sorted(Path(__file__).parent.rglob("*.py")):
        h.update(p.read_bytes())
    for weights in (MODELS / "sv_reasons" / "weights.json", MODELS / "sv_positions" / "weights.json"):  # the trained classifiers
        if weights.exists():
            h.update(weights.read_bytes())
    return h.hexdigest()[:16]


def process_document(data: bytes, rel: str):
    """ingest → structure → extract for one document. Never raises: a failure becomes the
    document's status and error."""
    from .orchestrate import process_document as run_stages

    return run_stages(data, rel)


@contextmanager
def _ocr_cache(folder: str | None) -> Iterator[None]:
    """The OCR cache folder for this document only (pipeline.ingest.ocr reads the variable): a
    worker serves runs into different output folders, and tests run many in one process."""
    before = os.environ.pop(OCR_CACHE_ENV, None)
    if folder:
        os.environ[OCR_CACHE_ENV] = folder
    try:
        yield
    finally:
        os.environ.pop(OCR_CACHE_ENV, None)
        if before is not None:
            os.environ[OCR_CACHE_ENV] = before


def _process_path(path: str, rel: str, size: int, ocr_cache: str | None = None, *, on_pages: Callable[[int], None]) -> bytes:
    """In a document's own process: read, process, and return the result as cache data (a list:
    one document, or a bundle's container and its parts)."""
    from . import cache
    from .discover import InputFile
    from .orchestrate import process_file

    data = read_file(InputFile(Path(path), rel, size))
    on_pages(_page_estimate(data))
    with _ocr_cache(ocr_cache):
        return cache.dumps(process_file(data, rel))


def _page_estimate(data: bytes) -> int:
    """Pages the time limit allows for: a PDF's /Count, a TIFF's frames, or a text's length in
    pages of TEXT_PAGE_BYTES (a 2 MB web page is hundreds of pages of reading)."""
    import re

    if data[:1024].find(b"%PDF-") >= 0:
        counts = [int(m) for m in re.findall(rb"/Count\s+(\d{1,7})", data)]
        return max(counts, default=1)
    return max(1, len(data) // TEXT_PAGE_BYTES)


def cache_path(cache_dir: Path, fingerprint: str, doc_id: str, rel: str | bytes) -> Path:
    raw = rel if isinstance(rel, bytes) else rel.encode("utf-8", "surrogateescape")
    key = hashlib.sha256(fingerprint.encode() + b"\0" + doc_id.encode() + b"\0" + raw).hexdigest()
    return cache_dir / doc_id[:2] / f"{doc_id}-{key[:24]}.json"


@dataclass
class _Plan:
    todo: list[tuple[InputFile, str, Path]] = field(default_factory=list)
    cached: list[tuple[InputFile, str, Path]] = field(default_factory=list)
    extra: list[dict] = field(default_factory=list)


def _plan(files: list[InputFile], cache_dir: Path, fp: str, use_cache: bool) -> _Plan:
    from .orchestrate import duplicate_row, unreadable_row

    plan = _Plan()
    seen: dict[str, str] = {}
    for f in files:
        try:
            doc_id, sha = file_digest(f)
        except OSError as e:
            plan.extra.append(unreadable_row(f.rel, e, f.size))
            continue
        if doc_id in seen:
            plan.extra.append(duplicate_row(doc_id, sha, f.rel, seen[doc_id], f.size))
            continue
        seen[doc_id] = f.rel
        cp = cache_path(cache_dir, fp, doc_id, f.key())
        (plan.cached if use_cache and cp.exists() else plan.todo).append((f, doc_id, cp))
    return plan


def run(
    input_dir: Path,
    out_dir: Path,
    *,
    workers: int | None = None,
    use_cache: bool = True,
    on_progress: Callable[[str, int, int, dict | None], None] | None = None,
    isolate: bool = True,
    on_wait: Callable[[str], None] | None = None,
    corrections: Path | None = None,
    review_below: float | None = None,
    executor: str = "process",
    scheduler: str | None = None,
) -> RunReport:
    """Every stage over `input_dir` into `out_dir`. `isolate=False` runs documents in this
    process, without memory or time limits (for debugging); `on_wait` hears that another run
    holds the output folder. Corrections come from `corrections` or INPUT_DIR/corrections.csv,
    read fresh on every run (never cached); `review_below` is the needs_review threshold.
    `executor` "dask" runs the documents as tasks on the dask.distributed cluster at `scheduler`
    (a LocalCluster here without one; pipeline/executors.py); the tables are the same bytes."""
    from .executors import EXECUTORS

    if executor not in EXECUTORS:
        raise ValueError(f"unknown executor {executor!r}: use one of {', '.join(EXECUTORS)}")
    from .outdir import check_writable, locked, remove_temp_files

    out_dir = Path(out_dir)
    check_writable(out_dir)
    with locked(out_dir, on_wait):
        remove_temp_files(out_dir / "interim")
        desk = Corrections.load(Path(input_dir), corrections, review_below)
        where = Where(isolate, executor, scheduler)
        return _run(Path(input_dir), out_dir, workers, use_cache, on_progress, where, desk)


def _run(
    input_dir: Path,
    out_dir: Path,
    workers: int | None,
    use_cache: bool,
    on_progress: Callable[[str, int, int, dict | None], None] | None,
    where: Where,
    desk: Corrections,
) -> RunReport:
    from .outdir import intact, read_manifest
    from .schemas import TABLES

    t0 = time.perf_counter()
    report = RunReport()
    found = scan(input_dir, exclude=out_dir)
    # the reviewer's corrections.csv in the folder's root is no document
    files = [f for f in found.files if f.rel != CORRECTIONS_CSV]
    report.notes = found.notes
    for note in found.notes:
        log.info("%s", note)
    cache_dir = out_dir / "interim" / "documents"
    fp = pipeline_fingerprint()
    plan = _plan(files, cache_dir, fp, use_cache)
    extra_rows = found.rows + plan.extra
    run_key = _run_key(fp, files, plan, extra_rows, desk)
    progress = on_progress or (lambda *a: None)
    if use_cache and not plan.todo and intact(out_dir, list(TABLES), run_key):
        # nothing new since the last run over this folder: its tables stand as they are
        _as_last_run(report, read_manifest(out_dir) or {}, plan, progress, len(files))
        report.seconds = time.perf_counter() - t0
        return report
    from .streaming import DocumentStream

    stream = DocumentStream(desk, out_dir / "interim")  # results set aside as they arrive
    try:
        _cached_results(plan, report, progress, len(files), stream)
        report.profile["discover"] = time.perf_counter() - t0
        t1 = time.perf_counter()
        _process_all(plan.todo, workers, use_cache, where, progress, len(files), report, stream)
        report.profile["documents (wall)"] = time.perf_counter() - t1
        report.processed = len(plan.todo)
        return _link_check_publish(stream, extra_rows, report, out_dir, input_dir, run_key if use_cache else None, t0)
    finally:
        stream.close()


def _run_key(fp: str, files: list[InputFile], plan: _Plan, extra_rows: list[dict], desk: Corrections) -> str:
    """What the published tables depend on: code and patterns, the files, the documents, the
    rows of files not processed themselves, and the corrections."""
    return hashlib.sha256(
        json.dumps(
            [
                fp,
                [(f.rel, f.size) for f in files],
                sorted(d for _, d, _ in plan.todo + plan.cached),
                [(r["source_path"], r["status"], r["error"]) for r in extra_rows],
                desk.digest(),
            ]
        ).encode()
    ).hexdigest()


def _as_last_run(report: RunReport, manifest: dict, plan: _Plan, progress: Callable, total: int) -> None:
    """The report of the last run over this folder, whose tables stand."""
    prev = manifest["summary"]
    report.documents, report.counts = prev["documents"], prev["counts"]
    report.pages, report.ocr_pages = prev["pages"], prev["ocr_pages"]
    report.cached = len(plan.cached)
    report.errors = prev.get("errors", [])
    for f, _, _ in plan.cached:
        progress(f.rel, 1, total, None)


def _cached_results(plan: _Plan, report: RunReport, progress: Callable, total: int, stream) -> None:
    """The cached documents' results into `stream`; an entry that cannot be used goes back to
    `plan.todo`."""
    from . import cache

    for f, doc_id, cp in plan.cached:
        try:
            stream.add(_documents(cache.load(cp, list)))
            report.cached += 1
            progress(f.rel, 1, total, None)
        except (OSError, cache.CacheError) as e:  # a stale, broken or crafted entry: recomputed
            log.warning("cache entry for %s not used (%s); processing the file again", f.rel, e)
            plan.todo.append((f, doc_id, cp))


def _keep(path: Path, data: bytes) -> None:
    """Cache files are a convenience: one that cannot be written (a full disk) is skipped."""
    from . import cache

    try:
        cache.write_atomic(path, data)
    except OSError as e:
        log.warning("could not write %s (%s): it will be computed again next time", path, e)


def _extracted_type() -> type:
    from .extract import ExtractedDocument

    return ExtractedDocument


@dataclass(frozen=True)
class Where:
    """Where the documents run: isolated processes with limits (the default), this process
    (debugging), or a dask.distributed cluster."""

    isolate: bool = True
    executor: str = "process"
    scheduler: str | None = None


def _outcomes(tasks: list[Task], workers: int | None, where: Where) -> Iterator[Outcome]:
    if where.executor == "dask":
        return on_dask(_process_path, tasks, workers, where.scheduler)
    if where.isolate:
        pool = IsolatedPool(_process_path, min(workers or usable_cores(), len(tasks)), preload=_PRELOAD)
        return pool.run(tasks)
    return in_process(_process_path, tasks)


def on_dask(fn: Callable[..., bytes], tasks: list[Task], workers: int | None, scheduler: str | None) -> Iterator[Outcome]:
    """The documents as tasks on a dask.distributed cluster (its workers see the same paths)."""
    from concurrent.futures import as_completed

    from .executors import document_executor

    with document_executor("dask", workers, scheduler) as ex:
        futs = {ex.submit(_timed, fn, t.args): t for t in tasks}
        for fut in as_completed(futs):
            t = futs[fut]
            try:
                payload, seconds = fut.result()
            except Exception as e:  # noqa: BLE001 - a task that failed fails its document only
                yield Outcome(t.key, None, f"could not be processed ({type(e).__name__}: {e})")
                continue
            yield Outcome(t.key, payload, None, seconds)


def _timed(fn: Callable[..., bytes], args: tuple) -> tuple[bytes, float]:
    start = time.monotonic()
    payload = fn(*args, on_pages=lambda n: None)
    return payload, time.monotonic() - start


def _process_all(
    todo: list[tuple[InputFile, str, Path]],
    workers: int | None,
    use_cache: bool,
    where: Where,
    progress: Callable,
    total: int,
    report: RunReport,
    stream,
) -> None:
    """The documents to process, each result into `stream` (and the cache) as it arrives."""
    if not todo:
        return
    from .nlp import ensure_model
    from .positions import ensure_model as ensure_positions
    from .reasons import ensure_model as ensure_reasons

    ensure_model()  # here, once: not in every worker at the same time
    ensure_reasons()
    ensure_positions()
    by_key = {str(i): item for i, item in enumerate(todo)}
    # pages already read by OCR are not read again after a pipeline upgrade (OUT/interim/ocr)
    ocr_cache = str(todo[0][2].parents[2] / "ocr") if use_cache else None
    tasks = [Task(k, (str(f.path), f.rel, f.size, ocr_cache)) for k, (f, _, _) in by_key.items()]
    for out in _outcomes(tasks, workers, where):
        report.profile["documents (summed)"] = report.profile.get("documents (summed)", 0.0) + out.seconds
        f, doc_id, cp = by_key[out.key]
        eds = _decode(out, f, doc_id)
        ed = eds[0]  # the file's own document (a bundle's container)
        log.info("%s: %s in %.1f s", f.rel, ed.ingested.status, out.seconds)
        if use_cache and out.payload is not None:
            _keep(cp, out.payload)
        done = dict(pages=ed.ingested.page_count, status=ed.ingested.status)
        stream.add(eds)
        progress(f.rel, 1, total, done)


def _decode(out, f: InputFile, doc_id: str):
    """The document's result, or a failed document saying why its process gave none."""
    from . import cache

    if out.payload is not None:
        try:
            return _documents(cache.loads(out.payload, list))
        except cache.CacheError as e:
            out.error, out.payload = f"its result could not be read back ({e})", None
    log.error("%s: %s", f.rel, out.error)
    return [_failed_document(f, doc_id, out.error or "failed")]


def _documents(eds: list) -> list:
    """A file's cached result: its documents, each a validated record."""
    from . import cache

    kind = _extracted_type()
    if not eds or not all(isinstance(ed, kind) for ed in eds):
        raise cache.CacheError("expected a list of extracted documents")
    return eds


def _failed_document(f: InputFile, doc_id: str, error: str):
    from .extract import ExtractedDocument
    from .ingest import IngestedDocument
    from .structure import StructuredDocument

    try:
        _, sha = file_digest(f)
    except OSError:
        sha = ""
    doc = IngestedDocument(doc_id, sha, f.rel, "application/octet-stream", f.size)
    doc.status, doc.error = "failed", error
    return ExtractedDocument(StructuredDocument(doc, "other"), "other")


def _link_check_publish(
    stream,
    extra_rows: list[dict],
    report: RunReport,
    out_dir: Path,
    input_dir: Path,
    run_key: str | None,
    t0: float,
) -> RunReport:
    """link → check → publish (the stage list's corpus half), one case at a time (streaming.py)."""
    from .streaming import TableSink, returned_memory

    sink = TableSink(out_dir / "interim")
    try:
        with returned_memory():
            return _cases_and_publish(stream, sink, extra_rows, report, out_dir, input_dir, run_key, t0)
    finally:
        sink.close()


def _cases_and_publish(
    stream, sink, extra_rows: list[dict], report: RunReport, out_dir: Path, input_dir: Path, run_key: str | None, t0: float
) -> RunReport:
    from .streaming import finish_corpus, link_check_cases, publish_streamed

    done = link_check_cases(stream, extra_rows, sink, stream.desk.review_below)
    report.errors.extend(done.errors)
    report.profile.update(done.seconds)
    sink.rows["documents"] = done.documents + extra_rows
    finish_corpus(sink, stream.desk)  # the corrections table and correction_stale checks
    report.documents = sorted(done.documents, key=lambda r: r["source_path"]) + extra_rows
    files = [s for s in stream.summaries if not s.is_part]  # a bundle's parts: its container's pages
    report.pages = sum(s.page_count for s in files)
    report.ocr_pages = sum(s.ocr_pages for s in files)
    keep = ("source_path", "kind", "status", "error")
    summary = dict(
        documents=[{k: d.get(k) for k in keep} for d in report.documents],
        pages=report.pages,
        ocr_pages=report.ocr_pages,
        errors=report.errors,
    )
    t3 = time.perf_counter()
    report.counts = publish_streamed(sink, out_dir, run_key, summary)
    report.profile["publish"] = time.perf_counter() - t3
    _keep(
        out_dir / "interim" / "profile.json",  # benchmarks/scale.py reads the stages' seconds
        json.dumps({k: round(v, 3) for k, v in report.profile.items()}).encode("utf-8"),
    )
    info = {"input_dir": str(Path(input_dir).resolve()), "run_key": run_key, "summary": summary}
    _keep(out_dir / "interim" / "run.json", json.dumps(info, ensure_ascii=False).encode("utf-8"))
    report.seconds = time.perf_counter() - t0
    return report


def _precount(tables: dict[str, list[dict]]) -> dict[str, int]:
    from .schemas import SCHEMAS

    return {name: len(tables.get(name, [])) for name in SCHEMAS}


def describe_duplicates(extra_rows: list[dict], originals: dict[str, dict]) -> None:
    """Kept for callers of the old name: see orchestrate.describe_duplicates."""
    from .orchestrate import describe_duplicates as describe

    describe(extra_rows, originals)
