"""The stage list, defined once. `granttrail run` (runner.py) and the dvc stages (stages.py) both
go through it, so a failure is handled the same way wherever it happens:

- per document: ingest → structure → extract. A stage that raises leaves the document with
  status `partial` (or `failed` when nothing was read) and a plain error; the traceback goes to
  the log; the document continues with an empty result for that stage.
- over all documents: link → check → publish. A stage that raises is a run-level error (logged
  with its traceback); the run still publishes what it has.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

log = logging.getLogger("granttrail")

ANALYSIS_FAILED = "text was read but could not be analysed"
NO_ACTIVITIES = "read as a response, but no activity was found in its layout: its activities need a reviewer"


def _ingest(value: tuple[bytes, str]) -> list:
    """A file's documents: the file itself, or a bundle's container followed by its parts."""
    from .bundle import ingest_file

    data, rel = value
    return ingest_file(data, rel)


def _structure(doc: Any) -> Any:
    from .structure import structure

    return structure(doc)


def _extract(sd: Any) -> Any:
    from .extract import extract
    from .ocr_sums import reconciled

    ed = reconciled(extract(sd))  # a digit OCR misread, found by the response's own sums
    if ed.kind == "response" and not ed.activities:
        _mark_unread_activities(ed.ingested)
    return ed


def _mark_unread_activities(doc: Any) -> None:
    """A response whose activities were not found is read only in part: said, not silent."""
    if doc.status == "ok":
        doc.status = "partial"
    doc.error = f"{doc.error}; {NO_ACTIVITIES}" if doc.error else NO_ACTIVITIES


def _failed_ingest(value: tuple[bytes, str], e: BaseException) -> list:
    from .ingest import IngestedDocument, doc_id_of

    data, rel = value
    doc_id, sha = doc_id_of(data)
    doc = IngestedDocument(doc_id, sha, rel, "application/octet-stream", len(data))
    doc.status, doc.error = "failed", f"could not read the file: {_plain(e)}"
    return [doc]


def _unstructured(doc: Any, e: BaseException) -> Any:
    from .structure import StructuredDocument

    _mark_partial(doc, e)
    return StructuredDocument(doc, "other")


def _unextracted(sd: Any, e: BaseException) -> Any:
    from .extract import ExtractedDocument
    from .structure import StructuredDocument

    _mark_partial(sd.ingested, e)
    return ExtractedDocument(StructuredDocument(sd.ingested, "other"), "other")


@dataclass(frozen=True)
class DocumentStage:
    name: str
    run: Callable[[Any], Any]
    fallback: Callable[[Any, BaseException], Any]  # the stage's result when `run` raised


DOCUMENT_STAGES: tuple[DocumentStage, ...] = (
    DocumentStage("ingest", _ingest, _failed_ingest),
    DocumentStage("structure", _structure, _unstructured),
    DocumentStage("extract", _extract, _unextracted),
)
CORPUS_STAGES = ("link", "check", "publish")
STAGE_NAMES = tuple(s.name for s in DOCUMENT_STAGES) + CORPUS_STAGES


def _plain(e: BaseException) -> str:
    if isinstance(e, MemoryError):
        from .limits import TOO_LARGE

        return TOO_LARGE
    return f"{type(e).__name__}: {e}" if str(e) else type(e).__name__


def _mark_partial(doc: Any, e: BaseException) -> None:
    if doc.status == "ok":
        doc.status = "partial"
    msg = f"{ANALYSIS_FAILED}: {_plain(e)}"
    doc.error = f"{doc.error}; {msg}" if doc.error else msg


def _source_of(value: Any) -> str:
    if isinstance(value, tuple):
        return str(value[1])
    doc = getattr(value, "ingested", value)
    return str(getattr(doc, "source_path", "?"))


def document_step(name: str, value: Any) -> Any:
    """One per-document stage over one document, guarded: it never raises for a document."""
    stage = next(s for s in DOCUMENT_STAGES if s.name == name)
    try:
        return stage.run(value)
    except (MemoryError, RecursionError, Exception) as e:  # noqa: BLE001 - one document never stops the run
        log.error("%s failed for %s", name, _source_of(value), exc_info=True)
        return stage.fallback(value, e)


def analyse(doc: Any) -> Any:
    """The stages after ingest for one ingested document (a file, or a bundle's part)."""
    value = doc
    for stage in DOCUMENT_STAGES[1:]:
        value = document_step(stage.name, value)
    return value


def process_file(data: bytes, rel: str) -> list:
    """ingest → structure → extract for one file: a pure function of its bytes and its path in
    the case. One document, or a bundle's container and its parts (pipeline.bundle). Never
    raises: a failure becomes a document's status and error."""
    return [analyse(doc) for doc in document_step("ingest", (data, rel))]


def process_document(data: bytes, rel: str) -> Any:
    """The file's own document (for a bundle: its container; parts from `process_file`)."""
    return process_file(data, rel)[0]


# ------------------------------------------------------------------------------------------------
# over all documents
# ------------------------------------------------------------------------------------------------


@dataclass
class Checked:
    linked: Any  # link.Linked
    extra: list[dict]  # documents rows of files not processed themselves (duplicates, unreadable)
    checks: list[dict]
    errors: list[str]  # run-level errors of the corpus stages


def aliases_of(extra: list[dict]) -> dict[str, list[str]]:
    """doc_id -> the further paths of byte-identical copies."""
    out: dict[str, list[str]] = {}
    for row in extra:
        if row["status"] == "duplicate" and row.get("doc_id"):
            out.setdefault(row["doc_id"], []).append(row["source_path"])
    return out


def link_step(docs: list, extra: list[dict], errors: list[str]) -> Any:
    from .link import Linked, link

    docs = sorted(docs, key=lambda ed: ed.ingested.source_path)
    try:
        return link(docs, aliases_of(extra))
    except Exception as e:  # noqa: BLE001 - the documents' own tables still publish
        log.error("link failed", exc_info=True)
        errors.append(f"linking failed ({_plain(e)}): attachments and invoices are not linked")
        return Linked(docs)


def check_step(linked: Any, extra: list[dict], errors: list[str], near_duplicates: Callable | None = None) -> Checked:
    """check over linked documents (all of a corpus, or one case with the corpus-wide
    `near_duplicates` finder, streaming.py)."""
    from .check import checks
    from .publish import document_row

    describe_duplicates(extra, {ed.ingested.doc_id: document_row(ed, linked) for ed in linked.docs})
    try:
        rows = checks(linked, near_duplicates)
    except Exception as e:  # noqa: BLE001
        log.error("check failed", exc_info=True)
        errors.append(f"the checks failed ({_plain(e)}): the checks table is empty")
        rows = []
    return Checked(linked, extra, _uncertain_missing_dropped(rows, linked, extra), errors)


def _uncertain_missing_dropped(rows: list[dict], linked: Any, extra: list[dict]) -> list[dict]:
    """A listed attachment is not "missing" when part of its response's folder could not be
    read: the file may well be there. The unreadable folder's own row says so instead."""
    unread = [r["source_path"] for r in extra if not r.get("doc_id") and r.get("status") == "failed"]
    if not unread:
        return rows
    folder_of = {ed.ingested.doc_id: ed.ingested.source_path.rpartition("/")[0] for ed in linked.docs}

    def uncertain(row: dict) -> bool:
        if row.get("check") != "attachment_file_missing":
            return False
        base = folder_of.get(row.get("doc_id") or "", "")
        prefix = f"{base}/" if base else ""
        for path in unread:
            if not path.startswith(prefix):
                continue
            if path.endswith("/") or path.rpartition("/")[2] == (row.get("expected") or ""):
                return True
        return False

    kept = [r for r in rows if not uncertain(r)]
    if len(kept) < len(rows):
        log.warning(
            "%d 'attachment missing' findings left out: part of the folder could not be read",
            len(rows) - len(kept),
        )
    return kept


def tables_of(checked: Checked) -> dict[str, list[dict]]:
    from .publish import tables_from

    return tables_from(checked.linked, checked.checks, checked.extra)


def describe_duplicates(extra_rows: list[dict], originals: dict[str, dict]) -> None:
    """A file with the same bytes as another is that document again: its row says what it is."""
    for row in extra_rows:
        orig = originals.get(row.get("doc_id") or "")
        if row["status"] == "duplicate" and orig:
            for k in (
                "media_type",
                "kind",
                "title",
                "issuer",
                "municipality",
                "addressee",
                "doc_date",
                "page_count",
            ):
                row[k] = orig.get(k)


def duplicate_row(doc_id: str, sha: str, rel: str, first: str, size: int) -> dict:
    return dict(
        doc_id=doc_id,
        source_path=rel,
        sha256=sha,
        media_type=None,
        kind=None,
        status="duplicate",
        error=f"the same bytes as {first}; processed once",
        page_count=None,
        ocr_pages=0,
        bytes=size,
    )


def unreadable_row(rel: str, e: OSError, size: int | None) -> dict:
    from .discover import row

    return row(rel, f"cannot read the file: {(e.strerror or str(e)).lower()}", size)
