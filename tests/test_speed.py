"""The speed work keeps values the same: a page's words' boxes computed in one pass equal the
boxes computed one span at a time; bundle detection reading the text layer its file's ingest
kept sees the same lines as reading the file again; the cache writes what it reads back."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import RESPONSE_PDF

BUNDLE = Path(__file__).parent / "data" / "genre" / "bundle-mora"


def _bundle_pdf() -> Path:
    return next(p for p in sorted(BUNDLE.rglob("*.pdf")))


def test_words_boxes_in_one_pass_equal_the_boxes_one_span_at_a_time():
    from pipeline.ingest import ingest_bytes

    doc = ingest_bytes(RESPONSE_PDF.read_bytes(), RESPONSE_PDF.name)
    checked = 0
    for page in doc.pages:
        words = [(m.start(), m.end()) for m in re.finditer(r"\S+", page.text)]
        # spans that overlap, are empty, run past the text's end, or cover the whole page
        odd = [(a, a + (a % 11)) for a in range(0, len(page.text) + 5, 7)] + [(0, len(page.text))]
        for spans in (words, odd):
            assert page.boxes_of(spans) == [page.box(a, z) for a, z in spans]
            checked += len(spans)
    first = doc.pages[0]
    word = re.search(r"\S+", first.text)
    assert word is not None
    box = first.boxes_of([word.span()])[0]
    assert box is not None and 0 <= box[0] < box[2] <= first.width and 0 <= box[1] < box[3] <= first.height
    assert checked > 1000


def test_bundle_detection_reads_the_text_layer_its_ingest_kept():
    from pipeline import bundle
    from pipeline.ingest import ingest_bytes
    from pipeline.ingest.pdf import kept_text_layer, ocr_kept

    data = _bundle_pdf().read_bytes()
    alone = bundle.raw_page_lines(data, ingest_bytes(data, "a.pdf"))  # nothing kept: read again
    with ocr_kept():
        doc = ingest_bytes(data, "a.pdf")
        kept = kept_text_layer(doc.sha256)
        assert kept is not None and len(kept) == doc.page_count
        shared = bundle.raw_page_lines(data, doc)
    assert kept_text_layer(doc.sha256) is None  # forgotten with the file
    assert shared == alone
    assert sum(len(lines) for lines in shared) > 3 * doc.page_count
    # running headers are still there before cleaning: more raw lines than cleaned ones
    assert sum(len(lines) for lines in shared) >= sum(len(p.text.split("\n")) for p in doc.pages)


def test_a_bundle_result_cached_reads_back_to_the_same_bytes():
    from pipeline import cache
    from pipeline.orchestrate import process_file

    data = _bundle_pdf().read_bytes()
    result = process_file(data, "bundle-mora/" + _bundle_pdf().name)
    assert len(result) > 2  # a container and its parts
    raw = cache.dumps(result)
    back = cache.loads(raw, list)
    assert cache.dumps(back) == raw
    assert [ed.ingested.doc_id for ed in back] == [ed.ingested.doc_id for ed in result]
    assert back[1].ingested.pages[0].boxes.tobytes() == result[1].ingested.pages[0].boxes.tobytes()  # NaN too
