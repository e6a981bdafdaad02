"""A run whose memory does not grow with the corpus.

1. Documents: each task (in the process pool or on a dask cluster) reads one file, runs ingest →
   structure → extract, writes the result to the content-addressed cache and, beside it, the
   document's own rows of every per-document table as Arrow (already sorted, already typed), and
   hands back only a small summary.
2. Link and check per case: a case is the folder of a response with everything below it (the only
   documents `link` relates); its documents are loaded from the cache, linked, checked and
   dropped. Press releases are matched to responses across cases from their summaries.
3. Publish: one `ParquetWriter` per table; documents in doc_id order, each one's cached rows and
   its case's rows appended in bounded batches. Every table's sort key starts with doc_id (or is
   small and built whole: documents, document_links), so the files hold the same rows in the same
   order as publishing everything at once.
"""

from __future__ import annotations

import os
import pickle
import posixpath
import tempfile
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

import pyarrow as pa
import pyarrow.ipc  # noqa: F401 - pa.ipc
import pyarrow.parquet as pq

from . import profile

# a table's rows are written once this many bytes or rows are waiting (memory per table stays
# near this whatever the corpus; row groups are cut at the same places for the same input)
BATCH_BYTES = 8 << 20
BATCH_ROWS = 50_000
RELEASE_EVERY = 64  # documents between returns of freed Arrow memory to the system
COMPACT_PIECES = 64  # pieces waiting in one table's batch before they are made one
PRESS_LINK_MIN = 0.6  # as link(): a press release is about a response from this score
ROWS_SUFFIX = ".rows.pkl"
# tables whose rows come from the links between a case's documents, per response
CASE_TABLES = ("attachments", "attachment_refs", "activity_invoices", "checks")
# tables built whole (sorted by something other than doc_id; one row per file or per link)
WHOLE_TABLES = ("documents", "document_links")


@dataclass
class DocSummary:
    """What the driver keeps of a processed document."""
    doc_id: str
    source_path: str
    kind: str
    pages: int
    ocr_pages: int
    status: str
    cache_file: str
    municipality: str | None = None
    press_text: str | None = None  # press releases only: matched to responses across cases
    row: dict = field(default_factory=dict)  # its `documents` row as an unattached document


def rows_path(cache_file: Path | str) -> Path:
    return Path(str(cache_file) + ROWS_SUFFIX)


def document_tables(ed) -> dict[str, pa.Table]:
    """One document's rows of every per-document table, sorted and typed as publish writes them."""
    from .link import Linked
    from .publish import tables_from, to_arrow

    tables = tables_from(Linked([ed]), [], [])
    return {name: to_arrow(name, rows) for name, rows in tables.items()
            if rows and name not in CASE_TABLES and name not in WHOLE_TABLES}


def summary_of(ed, cache_file: str) -> DocSummary:
    from .publish import document_row

    doc = ed.ingested
    meta = ed.meta or {}
    return DocSummary(doc.doc_id, doc.source_path, ed.kind, doc.page_count or 0, doc.ocr_pages or 0,
                      doc.status, cache_file, meta.get("municipality"),
                      doc.text if ed.kind == "press_release" else None, document_row(ed, None))


def process_to_cache(path: str, rel: str, cache_file: str) -> tuple[DocSummary, dict[str, float]]:
    """The per-document task: process, cache, and return the summary and this task's seconds."""
    from .runner import process_document

    profile.take()
    with profile.stage("read"):
        data = Path(path).read_bytes()
    ed = process_document(data, rel)
    with profile.stage("cache"):
        summary = summary_of(ed, cache_file)
        save_result(Path(cache_file), ed)
        _write_rows(rows_path(cache_file), summary, document_tables(ed))
        _release_arrow_memory()
    return summary, profile.take()


# The two places a document's result is written to and read from the cache (for link and check);
# the cache's format is theirs alone.
def save_result(path: Path, ed) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as fh:
        pickle.dump(ed, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)


def load_result(path: Path | str):
    with open(path, "rb") as fh:
        return pickle.load(fh)


def _write_rows(path: Path, summary: DocSummary, tables: dict[str, pa.Table]) -> None:
    # each table as its own Arrow IPC stream: read back, a table's buffers are slices of its own
    # bytes, so a table waiting in a writer's batch holds only itself (a pickled dict of tables
    # would hold the whole file's bytes for as long as any one of them waits)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as fh:
        pickle.dump(summary, fh, protocol=pickle.HIGHEST_PROTOCOL)
        pickle.dump({name: _ipc_bytes(t) for name, t in tables.items()}, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)


def _ipc_bytes(table: pa.Table) -> bytes:
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as w:
        w.write_table(table)
    return sink.getvalue().to_pybytes()


def cached_summary(cache_file: Path) -> DocSummary | None:
    """A cached document's summary, or None when its entry is missing or unreadable."""
    try:
        with open(rows_path(cache_file), "rb") as fh:
            s = pickle.load(fh)
    except Exception:  # noqa: BLE001 - a stale or broken cache entry is recomputed
        return None
    if not isinstance(s, DocSummary) or not Path(cache_file).exists():
        return None
    s.cache_file = str(cache_file)  # where the entry is now (OUT_DIR may have moved since)
    return s


def _cached_tables(s: DocSummary) -> dict[str, pa.Table]:
    with open(rows_path(s.cache_file), "rb") as fh:
        pickle.load(fh)
        streams = pickle.load(fh)
    return {name: pa.ipc.open_stream(b).read_all() for name, b in streams.items()}


def run_documents(todo: list[tuple[str, str, str]], executor: Executor | None,
                  on_done: Callable[[DocSummary], None]) -> dict[str, float]:
    """(path, rel, cache file) per document, on the executor (None: here, one by one); returns
    the stage seconds summed over tasks."""
    totals: dict[str, float] = {}
    if executor is None:
        results: Iterable = (process_to_cache(*t) for t in todo)
    else:
        results = (f.result() for f in as_completed([executor.submit(process_to_cache, *t) for t in todo]))
    for summary, seconds in results:
        profile.add(totals, seconds)
        on_done(summary)
    return totals


# ---------------------------------------------------------------------------------- link, check

@dataclass
class CaseRows:
    """What link and check add to the per-document rows, for the whole corpus (small: a few rows
    per document)."""
    documents: dict[str, dict] = field(default_factory=dict)  # doc_id -> documents row
    per_doc: dict[str, dict[str, list[dict]]] = field(default_factory=dict)  # table -> doc_id -> rows
    document_links: list[dict] = field(default_factory=list)


def cases(summaries: list[DocSummary]) -> list[list[DocSummary]]:
    """Documents grouped by case: the outermost folder holding a response, with everything below
    it. A document under no response's folder is a group of its own."""
    folders = {posixpath.dirname(s.source_path) for s in summaries if s.kind == "response"}
    groups: dict[str, list[DocSummary]] = {}
    for s in sorted(summaries, key=lambda s: s.source_path):
        key = next((f for f in _ancestors(s.source_path) if f in folders), None)
        groups.setdefault(key if key is not None else "\0" + s.source_path, []).append(s)
    return list(groups.values())


def _ancestors(path: str) -> Iterator[str]:
    """"a/b/c.pdf" -> "", "a", "a/b": outermost first."""
    parts = path.split("/")[:-1]
    yield ""
    for i in range(1, len(parts) + 1):
        yield "/".join(parts[:i])


def link_and_check(summaries: list[DocSummary], aliases: dict[str, list[str]]) -> CaseRows:
    from .check import checks
    from .link import link
    from .publish import document_row

    out = CaseRows(per_doc={t: {} for t in CASE_TABLES})
    for group in cases(summaries):
        if len(group) == 1 and group[0].kind != "response":
            out.documents[group[0].doc_id] = group[0].row
            continue
        with profile.stage("load"):
            docs = [load_result(s.cache_file) for s in group]
        with profile.stage("link"):
            linked = link(docs, aliases)
        with profile.stage("check"):
            check_rows = checks(linked)
        for ed in docs:
            out.documents[ed.ingested.doc_id] = document_row(ed, linked)
        for rid, rows in linked.attachments.items():
            out.per_doc["attachments"].setdefault(rid, []).extend(rows)
        for rid, rows in linked.refs.items():
            out.per_doc["attachment_refs"].setdefault(rid, []).extend(rows)
        for table, rows in (("activity_invoices", linked.activity_invoices), ("checks", check_rows)):
            for r in rows:
                out.per_doc[table].setdefault(r["doc_id"], []).append(r)
        # press releases are matched across cases below, from every response
        out.document_links.extend(x for x in linked.document_links if x["relation"] != "press_release_about")
    with profile.stage("link"):
        out.document_links.extend(press_links(summaries))
    return out


def press_links(summaries: list[DocSummary]) -> list[dict]:
    """link()'s press-release rule over the whole corpus, from the summaries alone."""
    from .link import press_score

    def stub(s: DocSummary) -> SimpleNamespace:
        return SimpleNamespace(meta={"municipality": s.municipality},
                               ingested=SimpleNamespace(doc_id=s.doc_id, text=s.press_text or ""))

    ordered = sorted(summaries, key=lambda s: s.source_path)
    responses = [stub(s) for s in ordered if s.kind == "response"]
    links = []
    for s in ordered:
        if s.kind != "press_release":
            continue
        press = stub(s)
        for resp in responses:
            score = press_score(press, resp)  # type: ignore[arg-type]
            if score >= PRESS_LINK_MIN:
                links.append(dict(from_doc_id=s.doc_id, to_doc_id=resp.ingested.doc_id,
                                  relation="press_release_about", score=score))
    return links


# -------------------------------------------------------------------------------------- publish

def _release_arrow_memory() -> None:
    """Hand freed Arrow memory back to the system: Arrow's allocator keeps what it freed for
    reuse, and many small per-document tables freed one by one would otherwise stay in RSS."""
    pa.default_memory_pool().release_unused()


class _TableWriter:
    """One table's Parquet file, written in bounded batches to a temporary name."""

    def __init__(self, name: str, schema: pa.Schema, out_dir: Path) -> None:
        self.path = out_dir / f"{name}.parquet"
        fd, self.tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=out_dir)
        os.close(fd)
        self.schema = schema
        self.writer = pq.ParquetWriter(self.tmp, schema, compression="zstd")
        self.pending: list[pa.Table] = []
        self.pending_rows = self.pending_bytes = self.rows = 0
        self.closed = False

    def append(self, table: pa.Table) -> None:
        if table.num_rows == 0:
            return
        self.pending.append(table)
        self.pending_rows += table.num_rows
        self.pending_bytes += table.nbytes
        if self.pending_rows >= BATCH_ROWS or self.pending_bytes >= BATCH_BYTES:
            self.flush()
        elif len(self.pending) >= COMPACT_PIECES:
            # a few rows from each of many documents: one contiguous table instead of hundreds of
            # small ones, whose buffers and schemas cost far more than their rows
            self.pending = [pa.concat_tables(self.pending).combine_chunks()]

    def flush(self) -> None:
        if self.pending:
            batch = pa.concat_tables(self.pending)
            self.writer.write_table(batch, row_group_size=max(batch.num_rows, 1))
            self.rows += batch.num_rows
        self.pending, self.pending_rows, self.pending_bytes = [], 0, 0

    def close(self) -> None:
        self.flush()
        if self.rows == 0:
            self.writer.write_table(pa.Table.from_batches([], schema=self.schema))
        self.writer.close()
        self.closed = True
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        if not self.closed:
            self.writer.close()
            Path(self.tmp).unlink(missing_ok=True)


def publish_streamed(summaries: list[DocSummary], case_rows: CaseRows, extra_documents: list[dict],
                     out_dir: Path) -> dict[str, int]:
    from .publish import to_arrow
    from .schemas import SCHEMAS

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    writers = {name: _TableWriter(name, schema, out_dir) for name, schema in SCHEMAS.items()}
    try:
        for k, s in enumerate(sorted(summaries, key=lambda s: s.doc_id)):
            if k % RELEASE_EVERY == 0:
                _release_arrow_memory()
            for name, table in _cached_tables(s).items():
                writers[name].append(table)
            for name in CASE_TABLES:
                rows = case_rows.per_doc[name].get(s.doc_id)
                if rows:
                    writers[name].append(to_arrow(name, rows))
        writers["documents"].append(to_arrow("documents", [*case_rows.documents.values(), *extra_documents]))
        writers["document_links"].append(to_arrow("document_links", case_rows.document_links))
        for w in writers.values():
            w.close()
    except BaseException:
        for w in writers.values():
            w.abort()
        raise
    return {name: w.rows for name, w in writers.items()}


# ------------------------------------------------------------------------------------ the run

def run_streamed(report, todo: list, cached: list, extra_rows: list[dict], out_dir: Path, *,
                 workers: int | None, executor: str, scheduler: str | None, total: int,
                 on_progress: Callable[[str, int, int, dict | None], None] | None) -> dict[str, float]:
    """The run after discovery: `todo` and `cached` are (InputFile, doc_id, cache file) lists.
    Fills `report` (documents, counts, pages) and returns the seconds per stage."""
    import time

    from .executors import default_workers, document_executor
    from .runner import describe_duplicates

    seconds: dict[str, float] = {}
    summaries: list[DocSummary] = []
    for f, doc_id, cp in cached:
        s = cached_summary(cp)
        if s is None:
            todo.append((f, doc_id, cp))
            continue
        summaries.append(s)
        report.cached += 1
        if on_progress:
            on_progress(f.rel, 1, total, None)

    def done(s: DocSummary) -> None:
        summaries.append(s)
        if on_progress:
            on_progress(s.source_path, 1, total, dict(pages=s.pages, status=s.status))

    t = time.perf_counter()
    workers = workers or default_workers()
    # absolute paths: a dask worker elsewhere resolves them on the shared file system, not in its cwd
    tasks = [(str(Path(f.path).resolve()), f.rel, str(Path(cp).resolve())) for f, _, cp in todo]
    if tasks:
        from .nlp import ensure_model

        ensure_model()  # here, once: not in every worker at the same time
    if tasks and (executor == "dask" or (len(tasks) > 1 and workers > 1)):
        with document_executor(executor, min(workers, len(tasks)), scheduler) as pool:
            profile.add(seconds, run_documents(tasks, pool, done))
    else:
        profile.add(seconds, run_documents(tasks, None, done))
    seconds["documents"] = time.perf_counter() - t
    report.processed = len(todo)

    aliases: dict[str, list[str]] = {}
    for row in extra_rows:
        if row["status"] == "duplicate":
            aliases.setdefault(row["doc_id"], []).append(row["source_path"])
    profile.take()
    case_rows = link_and_check(summaries, aliases)
    describe_duplicates(extra_rows, case_rows.documents)
    t = time.perf_counter()
    report.counts = publish_streamed(summaries, case_rows, extra_rows, out_dir)
    profile.add(seconds, profile.take())
    seconds["publish"] = time.perf_counter() - t
    by_path = sorted(case_rows.documents.values(), key=lambda r: r["source_path"])
    report.documents = by_path + extra_rows
    report.pages = sum(s.pages for s in summaries)
    report.ocr_pages = sum(s.ocr_pages for s in summaries)
    return seconds


def write_profile(report, out_dir: Path) -> None:
    """OUT_DIR/interim/profile.json: the run's seconds per stage, its total last."""
    import json

    report.profile["total"] = report.seconds
    path = out_dir / "interim" / "profile.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({k: round(v, 3) for k, v in report.profile.items()}, indent=1), encoding="utf-8")
