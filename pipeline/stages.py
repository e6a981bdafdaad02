"""The stages one at a time, each reading the previous stage's interim data and writing its own
(for `dvc repro`): ingest → structure → extract → link → check → publish. Every stage is a step
of the one stage list in orchestrate.py, guarded the same way as in `granttrail run`; interim
data is validated JSON (cache.py), never pickle."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

from . import cache
from .orchestrate import DOCUMENT_STAGES, document_step

log = logging.getLogger("granttrail")

_INPUT_OF = {s.name: prev.name for prev, s in zip(DOCUMENT_STAGES, DOCUMENT_STAGES[1:], strict=False)}


def _fresh(d: Path) -> Path:
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    return d


def _write_manifest(out: Path, manifest: dict) -> None:
    cache.write_atomic(out / "manifest.json", json.dumps(manifest, indent=1).encode("utf-8"))


def _write_json(path: Path, data: dict) -> None:
    cache.write_atomic(path, json.dumps(data, ensure_ascii=False, default=str).encode("utf-8"))


def _read_manifest(d: Path) -> dict:
    m = json.loads((d / "manifest.json").read_text(encoding="utf-8"))
    if not isinstance(m, dict) or not isinstance(m.get("documents"), list):
        raise cache.CacheError(f"{d / 'manifest.json'} is not a stage manifest")
    return m


def ingest_stage(input_dir: Path, interim: Path) -> int:
    from .discover import read_file, scan
    from .ingest import doc_id_of
    from .orchestrate import duplicate_row, unreadable_row

    out = _fresh(interim / "ingest")
    found = scan(input_dir, exclude=interim)
    manifest: dict = {"documents": [], "extra": list(found.rows), "errors": [], "input_dir": str(Path(input_dir).resolve())}
    seen: dict[str, str] = {}
    for f in found.files:
        try:
            data = read_file(f)
        except OSError as e:
            manifest["extra"].append(unreadable_row(f.rel, e, f.size))
            continue
        doc_id, sha = doc_id_of(data)
        if doc_id in seen:
            manifest["extra"].append(duplicate_row(doc_id, sha, f.rel, seen[doc_id], f.size))
            continue
        seen[doc_id] = f.rel
        for doc in document_step("ingest", (data, f.rel)):  # one document, or a bundle's parts
            cache.save(doc, out / f"{doc.doc_id}.json")
            manifest["documents"].append(doc.doc_id)
    _write_manifest(out, manifest)
    return len(manifest["documents"])


def _per_document(interim: Path, name: str) -> int:
    src = _INPUT_OF[name]
    out = _fresh(interim / name)
    manifest = _read_manifest(interim / src)
    for doc_id in manifest["documents"]:
        value = cache.load(interim / src / f"{doc_id}.json")
        cache.save(document_step(name, value), out / f"{doc_id}.json")
    _write_manifest(out, manifest)
    return len(manifest["documents"])


def structure_stage(interim: Path) -> int:
    return _per_document(interim, "structure")


def extract_stage(interim: Path) -> int:
    return _per_document(interim, "extract")


def link_stage(interim: Path) -> None:
    from .corrections import Corrections
    from .extract import ExtractedDocument
    from .orchestrate import link_step

    manifest = _read_manifest(interim / "extract")
    docs = [cache.load(interim / "extract" / f"{d}.json", ExtractedDocument) for d in manifest["documents"]]
    errors: list[str] = list(manifest.get("errors", []))
    desk = Corrections.load(Path(manifest.get("input_dir", ".")))  # a reviewer's, read fresh
    desk.apply(docs)  # after extraction, before link and check, as in `granttrail run`
    linked = link_step(docs, manifest["extra"], errors)
    cache.save(dict(linked=linked, extra=manifest["extra"], errors=errors), interim / "link.json")
    _write_json(interim / "corrections.json", desk.settled())


def check_stage(interim: Path) -> None:
    from .orchestrate import check_step

    saved = cache.load(interim / "link.json", dict)
    checked = check_step(saved["linked"], saved["extra"], saved["errors"])
    cache.save(dict(linked=checked.linked, extra=checked.extra, checks=checked.checks, errors=checked.errors), interim / "check.json")


def publish_stage(interim: Path, out: Path) -> dict[str, int]:
    from .corrections import finish_tables
    from .orchestrate import Checked, tables_of
    from .outdir import check_writable, locked
    from .publish import publish

    saved = cache.load(interim / "check.json", dict)
    for e in saved["errors"]:
        log.error("%s", e)
    check_writable(out)
    tables = tables_of(Checked(saved["linked"], saved["extra"], saved["checks"], saved["errors"]))
    settled = interim / "corrections.json"
    if settled.exists():  # corrections, correction_stale and needs_review checks
        finish_tables(tables, json.loads(settled.read_text(encoding="utf-8")))
    with locked(out):
        return publish(tables, out)
