"""The streamed run (documents to the cache, link and check per case, Parquet written in batches)
writes the same tables as linking and publishing every document at once."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import render
from conftest import copy_inputs

from pipeline.streaming import DocSummary, cases


def _all_at_once(inp: Path, out: Path) -> None:
    """The run as one piece, everything in memory: the reference the streamed run must equal."""
    from pipeline.check import checks
    from pipeline.ingest import doc_id_of
    from pipeline.link import link
    from pipeline.publish import document_row, publish, tables_from
    from pipeline.runner import describe_duplicates, discover, process_document

    seen: dict[str, str] = {}
    docs, extra = [], []
    for f in discover(inp):
        data = f.path.read_bytes()
        doc_id, sha = doc_id_of(data)
        if doc_id in seen:
            extra.append(dict(doc_id=doc_id, source_path=f.rel, sha256=sha, media_type=None, kind=None,
                              status="duplicate", error=f"the same bytes as {seen[doc_id]}; processed once",
                              page_count=None, ocr_pages=0, bytes=f.size))
            continue
        seen[doc_id] = f.rel
        docs.append(process_document(data, f.rel))
    docs.sort(key=lambda ed: ed.ingested.source_path)
    aliases: dict[str, list[str]] = {}
    for row in extra:
        aliases.setdefault(row["doc_id"], []).append(row["source_path"])
    linked = link(docs, aliases)
    describe_duplicates(extra, {ed.ingested.doc_id: document_row(ed, linked) for ed in docs})
    publish(tables_from(linked, checks(linked), extra), out)


def test_streamed_tables_equal_publishing_everything_at_once(tmp_path):
    from pipeline.runner import run

    inp = tmp_path / "in"
    render.invoice_case(inp)  # a response, six invoices, one filed twice
    render.ravlunda_case(inp)
    nested = inp / "ravlunda-2025" / "svar-2"  # a second response inside the first one's folder
    nested.mkdir()
    render.response_d(nested / "Yttrande Ekby.pdf")
    # press releases outside every case, about a response in another folder
    copy_inputs(inp, "press", "botkyrka-2025/Yttrande Socialstyrelsen 2025-01-17.pdf")
    report = run(inp, tmp_path / "streamed", workers=1, use_cache=False)
    _all_at_once(inp, tmp_path / "reference")
    assert report.processed >= 12
    for ref in sorted((tmp_path / "reference").glob("*.parquet")):
        want = pq.read_table(ref).to_pylist()
        got = pq.read_table(tmp_path / "streamed" / ref.name).to_pylist()
        assert got == want, ref.stem
    counts = report.counts
    assert counts["activity_invoices"] > 0 and counts["attachments"] > 0 and counts["checks"] > 0
    links = pq.read_table(tmp_path / "streamed" / "document_links.parquet").to_pylist()
    assert any(x["relation"] == "press_release_about" for x in links)


def test_streamed_rerun_from_the_cache_gives_the_same_bytes(tmp_path):
    from pipeline.runner import run

    inp = tmp_path / "in"
    render.invoice_case(inp)
    run(inp, tmp_path / "out", workers=1)
    first = {p.name: p.read_bytes() for p in (tmp_path / "out").glob("*.parquet")}
    render.response_d(inp / "vallby-2025" / "Yttrande 2.pdf")  # something new: link runs again
    report = run(inp, tmp_path / "out", workers=1)
    assert (report.processed, report.cached) == (1, 6)
    (inp / "vallby-2025" / "Yttrande 2.pdf").unlink()  # gone again: the first tables, from the cache
    report = run(inp, tmp_path / "out", workers=1)
    assert report.processed == 0
    assert {p.name: p.read_bytes() for p in (tmp_path / "out").glob("*.parquet")} == first


def _summary(path: str, kind: str) -> DocSummary:
    return DocSummary(doc_id=path, source_path=path, kind=kind, pages=1, ocr_pages=0, status="ok", cache_file="")


def test_a_case_is_the_outermost_response_folder_with_everything_below_it():
    docs = [_summary("a/svar.pdf", "response"), _summary("a/bilagor/f1.pdf", "invoice"),
            _summary("a/b/svar2.pdf", "response"), _summary("a/b/f2.pdf", "attachment"),
            _summary("c/f3.pdf", "invoice"), _summary("press/p.html", "press_release"),
            _summary("d/svar.pdf", "response")]
    groups = sorted([s.source_path for s in g] for g in cases(docs))
    assert groups == [["a/b/f2.pdf", "a/b/svar2.pdf", "a/bilagor/f1.pdf", "a/svar.pdf"], ["c/f3.pdf"],
                      ["d/svar.pdf"], ["press/p.html"]]
    # a response at the top of the input folder makes one case of everything
    assert len(cases([*docs, _summary("svar.pdf", "response")])) == 1
