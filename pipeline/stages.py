"""The stages one at a time, each reading the previous stage's interim data and writing its own
(for `dvc repro`): ingest → structure → extract → link → check → publish."""

from __future__ import annotations

import json
import pickle
import shutil
from pathlib import Path


def _save(obj, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with open(tmp, "wb") as fh:
        pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)


def _load(path: Path):
    with open(path, "rb") as fh:
        return pickle.load(fh)


def _fresh(d: Path) -> Path:
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    return d


def ingest_stage(input_dir: Path, interim: Path) -> int:
    from .bundle import ingest_file
    from .ingest import doc_id_of
    from .runner import discover

    out = _fresh(interim / "ingest")
    manifest: dict = {"documents": [], "extra": []}
    seen: dict[str, str] = {}
    for f in discover(input_dir):
        data = f.path.read_bytes()
        doc_id, sha = doc_id_of(data)
        if doc_id in seen:
            manifest["extra"].append(dict(doc_id=doc_id, source_path=f.rel, sha256=sha, status="duplicate",
                                          error=f"the same bytes as {seen[doc_id]}; processed once", ocr_pages=0,
                                          bytes=f.size))
            continue
        seen[doc_id] = f.rel
        for doc in ingest_file(data, f.rel):  # one document, or a bundle and its parts
            _save(doc, out / f"{doc.doc_id}.pkl")
            manifest["documents"].append(doc.doc_id)
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return len(manifest["documents"])


def _per_document(interim: Path, src: str, dst: str, fn) -> int:
    out = _fresh(interim / dst)
    manifest = json.loads((interim / src / "manifest.json").read_text(encoding="utf-8"))
    for doc_id in manifest["documents"]:
        _save(fn(_load(interim / src / f"{doc_id}.pkl")), out / f"{doc_id}.pkl")
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return len(manifest["documents"])


def structure_stage(interim: Path) -> int:
    from .structure import structure

    return _per_document(interim, "ingest", "structure", structure)


def extract_stage(interim: Path) -> int:
    from .extract import extract

    return _per_document(interim, "structure", "extract", extract)


def link_stage(interim: Path) -> None:
    from .link import link

    manifest = json.loads((interim / "extract" / "manifest.json").read_text(encoding="utf-8"))
    docs = [_load(interim / "extract" / f"{d}.pkl") for d in manifest["documents"]]
    docs.sort(key=lambda ed: ed.ingested.source_path)
    aliases: dict[str, list[str]] = {}
    for row in manifest["extra"]:
        aliases.setdefault(row["doc_id"], []).append(row["source_path"])
    _save((link(docs, aliases), manifest["extra"]), interim / "link.pkl")


def check_stage(interim: Path) -> None:
    from .check import checks
    from .publish import document_row
    from .runner import describe_duplicates

    linked, extra = _load(interim / "link.pkl")
    describe_duplicates(extra, {ed.ingested.doc_id: document_row(ed, linked) for ed in linked.docs})
    _save((linked, extra, checks(linked)), interim / "check.pkl")


def publish_stage(interim: Path, out: Path) -> dict[str, int]:
    from .publish import publish, tables_from

    linked, extra, check_rows = _load(interim / "check.pkl")
    return publish(tables_from(linked, check_rows, extra), out)
