"""What the driver keeps of each document between its result arriving and publish, so that a run's
memory grows with the documents' findings, not with their pages.

A document's character boxes (16 bytes a character: most of a result's memory) were read by
extract, which put them into the evidence rows it wrote. After extraction only link reads boxes
again, and only on the response pages that hold its attachment list (each listed item's evidence
points at its line there). Every other page's boxes are released as soon as its document's result
arrives; the content-addressed cache keeps the full result, so a rerun reads them again.
"""

from __future__ import annotations

import os
import pickle
import posixpath
import tempfile
import time
from array import array
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, BinaryIO

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.ipc  # noqa: F401 - pa.ipc

from .ingest.model import PAGE_MEMOS

if TYPE_CHECKING:
    from .corrections import Corrections


def pages_link_reads(ed) -> set[int]:
    """The page numbers whose boxes link still reads: a response's attachment-list pages."""
    if ed.kind != "response":
        return set()
    return {it.line.page_no for it in ed.structured.attachment_list}


def release_unlinked_geometry(eds: Iterable) -> None:
    """Free what no later stage reads of the documents' pages (see the module's docstring)."""
    for ed in eds:
        keep = pages_link_reads(ed)
        for page in ed.ingested.pages:
            if page.page_no not in keep:
                _release_page(page)


def release_page_geometry(eds: Iterable) -> None:
    """After link and check nothing reads a page's character boxes (evidence rows already hold
    theirs): all of them freed before publish builds the rows."""
    for ed in eds:
        for page in ed.ingested.pages:
            _release_page(page)


def _release_page(page) -> None:
    page.boxes, page.confs = array("f"), array("f")
    for memo in PAGE_MEMOS:  # memoized derivations: rebuilt on demand, never read after extraction
        page.__dict__.pop(memo, None)


@contextmanager
def returned_memory() -> Iterator[None]:
    """Arrow on the C library's allocator while the driver links, checks and publishes: Arrow's own
    pool keeps what a table freed for reuse, so each large table published would leave its peak
    in the process; malloc gives large blocks back at once."""
    before = pa.default_memory_pool()
    pa.set_memory_pool(pa.system_memory_pool())
    try:
        yield
    finally:
        pa.set_memory_pool(before)


# ------------------------------------------------------------------------------------------------
# Documents set aside until their case is linked
# ------------------------------------------------------------------------------------------------


@dataclass
class Summary:
    """What the driver keeps in memory of a processed document."""

    doc_id: str
    source_path: str
    kind: str
    page_count: int
    ocr_pages: int
    is_part: bool  # a bundle's part: its pages are its container's
    municipality: str | None
    press_text: str | None  # press releases only: matched to responses across cases
    where: tuple[int, int]  # offset and length of the document in the spill file


class Spill:
    """A run's extracted documents on disk, each read back once when its case is linked. The file
    is this run's own (written and read by this process only; a temporary name that a killed run's
    cleanup removes, outdir.remove_temp_files)."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".streamed-", suffix=".tmp", dir=folder)
        self.path = Path(name)
        self.fh = os.fdopen(fd, "w+b")

    def put(self, ed) -> tuple[int, int]:
        data = pickle.dumps(ed, protocol=pickle.HIGHEST_PROTOCOL)
        self.fh.seek(0, os.SEEK_END)
        at = self.fh.tell()
        self.fh.write(data)
        return at, len(data)

    def get(self, where: tuple[int, int]):
        self.fh.seek(where[0])
        return pickle.loads(self.fh.read(where[1]))  # noqa: S301 - this run's own file

    def close(self) -> None:
        self.fh.close()
        self.path.unlink(missing_ok=True)


class DocumentStream:
    """The documents of a run as their results arrive: the reviewer's corrections applied, what no
    later stage reads released, the document set aside and only its summary kept."""

    def __init__(self, desk: Corrections, folder: Path) -> None:
        self.desk = desk
        self.spill = Spill(folder)
        self.summaries: list[Summary] = []
        self.near_duplicates = CorpusNearDuplicates()

    def add(self, eds: list) -> None:
        for ed in eds:
            self.desk.apply_to_document(ed)  # after extraction, before link and check
            release_unlinked_geometry([ed])
            self.summaries.append(_summary(ed, self.spill.put(ed)))
        self.near_duplicates.note(eds)

    def load(self, group: list[Summary]) -> list:
        return [self.spill.get(s.where) for s in group]

    def close(self) -> None:
        self.spill.close()


def _summary(ed, where: tuple[int, int]) -> Summary:
    doc = ed.ingested
    return Summary(
        doc.doc_id,
        doc.source_path,
        ed.kind,
        doc.page_count or 0,
        doc.ocr_pages or 0,
        bool(doc.container_doc_id),
        (ed.meta or {}).get("municipality"),
        doc.text if ed.kind == "press_release" else None,
        where,
    )


def cases(summaries: list[Summary]) -> list[list[Summary]]:
    """Documents grouped as link relates them: each response to the files in its folder tree
    (link._in_case_path), so a case is the outermost folder holding a response with everything
    below it. A document under no response's folder is a case of its own. Cases in the order of
    their first path, documents by path."""
    folders = {posixpath.dirname(s.source_path) for s in summaries if s.kind == "response"}
    groups: dict[str, list[Summary]] = {}
    for s in sorted(summaries, key=lambda s: s.source_path):
        key = next((f for f in _ancestors(s.source_path) if f in folders), None)
        groups.setdefault(key if key is not None else "\0" + s.source_path, []).append(s)
    return list(groups.values())


def _ancestors(path: str) -> Iterator[str]:
    """ "a/b/c.pdf" -> "", "a", "a/b": outermost first."""
    parts = path.split("/")[:-1]
    yield ""
    for i in range(1, len(parts) + 1):
        yield "/".join(parts[:i])


# ------------------------------------------------------------------------------------------------
# Across cases: press releases and invoices filed twice
# ------------------------------------------------------------------------------------------------


def press_links(summaries: list[Summary]) -> list[dict]:
    """link()'s press-release rule over the whole corpus, from the summaries alone (a press
    release is about a response wherever the two are filed)."""
    from .link import PRESS_MATCH_THRESHOLD, press_score

    ordered = sorted(summaries, key=lambda s: s.source_path)
    responses = [_stub(s) for s in ordered if s.kind == "response"]
    links = []
    for s in ordered:
        if s.kind != "press_release":
            continue
        press = _stub(s)
        for resp in responses:
            score = press_score(press, resp)  # type: ignore[arg-type]
            if score >= PRESS_MATCH_THRESHOLD:
                links.append(dict(from_doc_id=s.doc_id, to_doc_id=resp.ingested.doc_id, relation="press_release_about", score=score))
    return links


def _stub(s: Summary) -> SimpleNamespace:
    return SimpleNamespace(meta={"municipality": s.municipality}, ingested=SimpleNamespace(doc_id=s.doc_id, text=s.press_text or ""))


class CorpusNearDuplicates:
    """check's near-duplicate invoices over the whole corpus, found once from every invoice; each
    case's check reports the pairs whose second invoice is its own, in the corpus-wide order."""

    def __init__(self) -> None:
        self.invoices: list[tuple[str, SimpleNamespace]] = []  # (source_path, invoice stub)
        self.found: dict[str, list[tuple]] | None = None  # second invoice's doc_id -> add() args

    def note(self, eds: list) -> None:
        for ed in eds:
            if ed.invoice:
                stub = SimpleNamespace(invoice=dict(ed.invoice), ingested=SimpleNamespace(source_path=ed.ingested.source_path))
                self.invoices.append((ed.ingested.source_path, stub))

    def __call__(self, invoices: list, add: Callable[..., None]) -> None:
        if self.found is None:
            self.found = self._find()
        for ed in invoices:
            for args in self.found.get(ed.ingested.doc_id, []):
                add(*args)

    def _find(self) -> dict[str, list[tuple]]:
        from .invoicing.checks import near_duplicate_invoices

        found: dict[str, list[tuple]] = {}

        def keep(*args) -> None:
            found.setdefault(args[0], []).append(args)

        near_duplicate_invoices([stub for _, stub in sorted(self.invoices, key=lambda x: x[0])], keep)
        return found


# ------------------------------------------------------------------------------------------------
# Link, check and the tables, one case at a time
# ------------------------------------------------------------------------------------------------

# tables with many rows per document, sorted by doc_id first: each case's rows become Arrow at
# once (compact), and the cases' pieces are put in doc_id order at publish. Every other table is
# a few rows per document and is kept as rows until publish sorts it whole.
STREAMED_TABLES = ("pages", "evidence", "money", "quantities", "invoice_lines", "layout_tables", "layout_cells", "people")
# the checks' order within a document: each case's own findings, then the corrections not
# applied, then the readings to review (as desk.finish adds them after the rest)
STALE_ORDER = 1 << 40
REVIEW_ORDER = 2 << 40


class TableSink:
    """The tables as the cases are done: rows, or sorted Arrow pieces of the streamed tables,
    written to a temporary Arrow stream per table under `folder` until publish."""

    def __init__(self, folder: Path) -> None:
        from .schemas import SCHEMAS

        self.rows: dict[str, list[dict]] = {name: [] for name in SCHEMAS}
        self.pieces = {name: _PieceFile(folder, name) for name in STREAMED_TABLES}

    def add(self, tables: dict[str, list[dict]]) -> None:
        from .publish import to_arrow

        for name, rows in tables.items():
            if name not in self.pieces:
                self.rows[name].extend(rows)
                continue
            # a row without a document sorts after all others, by the rest of its key
            self.rows[name].extend(r for r in rows if r.get("doc_id") is None)
            placed = [r for r in rows if r.get("doc_id") is not None]
            if placed:
                self.pieces[name].append(to_arrow(name, placed))

    def table(self, name: str) -> pa.Table:
        """The whole table in publish's order (publish.to_arrow's, as if built at once)."""
        from .publish import to_arrow

        held = to_arrow(name, self.rows.pop(name, []))
        pieces = self.pieces.pop(name, None)
        whole = pieces.read() if pieces else None
        if whole is None:
            return held
        whole = whole.combine_chunks()  # one copy now, not one inside take and one after it
        # a stable sort: each document's rows stay in the order its case sorted them
        whole = whole.take(pc.sort_indices(whole, sort_keys=[("doc_id", "ascending")]))
        return pa.concat_tables([whole, held]).combine_chunks() if held.num_rows else whole.combine_chunks()

    def close(self) -> None:
        for pieces in self.pieces.values():
            pieces.close()


class _PieceFile:
    """One table's per-case pieces in an Arrow stream on disk (a temporary name that a killed
    run's cleanup removes)."""

    def __init__(self, folder: Path, name: str) -> None:
        self.folder, self.name = folder, name
        self.path: Path | None = None
        self.fh: BinaryIO | None = None
        self.writer: pa.ipc.RecordBatchStreamWriter | None = None

    def append(self, table: pa.Table) -> None:
        if self.writer is None:
            fd, path = tempfile.mkstemp(prefix=f".{self.name}-", suffix=".tmp", dir=self.folder)
            self.path, self.fh = Path(path), os.fdopen(fd, "wb")
            self.writer = pa.ipc.new_stream(self.fh, table.schema)
        self.writer.write_table(table)

    def read(self) -> pa.Table | None:
        """All pieces, in the order they came; None without any."""
        if self.writer is None or self.path is None:
            return None
        self._finish_writing()
        with pa.OSFile(str(self.path)) as source:
            table = pa.ipc.open_stream(source).read_all()
        self.close()
        return table

    def _finish_writing(self) -> None:
        if self.writer is not None and self.fh is not None and not self.fh.closed:
            self.writer.close()
            self.fh.close()

    def close(self) -> None:
        if self.fh is not None and not self.fh.closed:
            self.fh.close()
        if self.path is not None:
            self.path.unlink(missing_ok=True)


@dataclass
class CorpusRows:
    """What the run reports besides the tables."""

    documents: list[dict] = field(default_factory=list)  # each processed document's row
    errors: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)


def link_check_cases(stream: DocumentStream, extra: list[dict], sink: TableSink, review_below: float) -> CorpusRows:
    """link → check → the tables, one case at a time: each case's documents are read back, linked,
    checked, turned into rows and let go."""
    from .orchestrate import check_step, link_step
    from .publish import document_row, tables_from

    out = CorpusRows()
    for group in cases(stream.summaries):
        docs = stream.load(group)
        t0 = time.perf_counter()
        linked = link_step(docs, extra, out.errors)
        # press releases are linked across cases, from the summaries (press_links)
        linked.document_links = [x for x in linked.document_links if x["relation"] != "press_release_about"]
        t1 = time.perf_counter()
        checked = check_step(linked, extra, out.errors, stream.near_duplicates)
        _add_seconds(out.seconds, link=t1 - t0, check=time.perf_counter() - t1)
        release_page_geometry(docs)
        out.documents.extend(document_row(ed, linked) for ed in linked.docs)
        tables = tables_from(linked, checked.checks, [])
        finish_case(tables, review_below)
        del tables["documents"]  # the documents table is built whole (its rows: out.documents)
        sink.add(tables)
    sink.rows["document_links"].extend(press_links(stream.summaries))
    out.errors[:] = list(dict.fromkeys(out.errors))  # a stage that failed in many cases, said once
    return out


def _add_seconds(seconds: dict[str, float], **more: float) -> None:
    for k, v in more.items():
        seconds[k] = seconds.get(k, 0.0) + v


def finish_case(tables: dict[str, list[dict]], review_below: float) -> None:
    """corrections.finish_tables for one case: arithmetic that closes raises the readings it
    confirms, and the readings below the threshold become `needs_review` checks."""
    from .confidence import corroborate, review_checks

    corroborate(tables)
    checks = tables["checks"]
    for i, ch in enumerate(review_checks(tables.get("evidence", []), review_below)):
        ch["_order"] = REVIEW_ORDER + i
        checks.append(ch)


def finish_corpus(sink: TableSink, desk: Corrections) -> None:
    """corrections.finish_tables for the corpus: the corrections table and `correction_stale`."""
    desk.close()
    settled = desk.settled()
    sink.rows["corrections"] = list(settled["rows"])
    for i, ch in enumerate(settled["stale"]):
        sink.rows["checks"].append(dict(ch, _order=STALE_ORDER + i))


def publish_streamed(sink: TableSink, out_dir: Path, run_key: str | None, summary: dict) -> dict[str, int]:
    """Every table of the contract, published as one unit (outdir.publish_set), built one table
    at a time; the row counts go into `summary` (the manifest's) as they are known."""
    from .outdir import publish_set
    from .publish import write_table
    from .schemas import SCHEMAS

    def write(folder: Path) -> dict[str, int]:
        counts = {}
        for name in SCHEMAS:
            table = sink.table(name)
            write_table(table, folder / f"{name}.parquet")
            counts[name] = table.num_rows
            del table
            pa.default_memory_pool().release_unused()  # hand the table's memory back before the next
        summary["counts"] = counts
        return counts

    return publish_set(Path(out_dir), write, run_key, list(SCHEMAS), dict(summary=summary))
