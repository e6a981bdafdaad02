"""Ingest: page text with provenance, cleaning, OCR, and bad input that never stops a run."""

from __future__ import annotations

import re

import pytest
from conftest import RAW, SEED_RESPONSE, read_tables
from rapidfuzz import fuzz

from pipeline.ingest import ingest_bytes, sniff


def _squash(text: str) -> str:
    text = re.sub(r"\.{3,}|…+", " ", text)  # dot leaders
    text = re.sub(r"[•\-–*]\s", " ", text)  # bullets as rendered
    return re.sub(r"\s+", " ", text).strip()


def seed_pages() -> list[str]:
    raw = SEED_RESPONSE.read_text(encoding="utf-8")
    return [p for p in re.split(r"\n\s*\n\s*\n\s*\n+", raw) if p.strip()]


@pytest.mark.skipif(not SEED_RESPONSE.exists(), reason="needs ../shared/seeds")
def test_every_page_matches_the_seed(response_doc):
    pages = response_doc.ingested.pages
    seeds = seed_pages()
    assert len(pages) == 30 == len(seeds)
    ratios = [fuzz.ratio(_squash(p.text), _squash(s)) for p, s in zip(pages, seeds, strict=True)]
    assert min(ratios) >= 97, [(i + 1, round(r, 1)) for i, r in enumerate(ratios) if r < 97]


def test_running_header_and_footer_removed(response_doc):
    doc = response_doc.ingested
    assert any("Sida" in ln for ln in doc.running_lines)
    for p in doc.pages:
        assert not re.search(r"Sida \d+ \(\d+\)", p.text)
        assert "YTTRANDE 2025-01-17" not in p.text


def test_paragraph_lines_joined_and_headings_kept(response_doc):
    page3 = response_doc.ingested.pages[2].text.split("\n")
    assert "1. Street sessions (438 711,88 kronor)" in page3
    assert any(ln.startswith("Botkyrka konsthall ligger i Fittja centrum") and ln.endswith("en aktiv fritid.") for ln in page3)


def test_boxes_for_text_layer_values(response_doc):
    page = response_doc.ingested.pages[2]
    i = page.text.index("438 711,88")
    x0, top, x1, bottom = page.box(i, i + len("438 711,88 kronor"))
    assert 0 < x0 < x1 < page.width and 0 < top < bottom < page.height


@pytest.mark.slow
@pytest.mark.ocr
def test_scanned_invoice_is_ocred():
    pdf = RAW / "botkyrka-2025" / "bilagor" / "25.1-Fakturaunderlag RBM-utbildning.pdf"
    doc = ingest_bytes(pdf.read_bytes(), pdf.name)
    assert doc.status == "ok", doc.error
    assert doc.ocr_pages == 1 and doc.pages[0].source == "ocr"
    assert "Fakturanummer 2024-0117" in doc.pages[0].text
    assert doc.pages[0].box(0, 5) is not None


def test_sniffing_uses_content_not_names():
    assert sniff(b"%PDF-1.7\n...") == "application/pdf"
    assert sniff(b"<!DOCTYPE html><html><body><p>x</p></body></html>") == "text/html"
    assert sniff(b"Botkyrka kommun svarar") == "text/plain"
    assert sniff(b"") == "application/x-empty"
    assert sniff(bytes(range(256)) * 4) == "application/octet-stream"
    assert sniff(b"\xff\xd8\xff\xe0\x00\x10JFIF") == "image/jpeg"
    assert sniff(b"\x89PNG\r\n\x1a\n\x00") == "image/png"
    assert sniff(b"II*\x00\x08\x00") == "image/tiff"


def test_a_broken_image_is_a_failed_document_with_a_reason():
    doc = ingest_bytes(b"\xff\xd8\xff\xe0 not really a jpeg", "case/bilagor/foto.jpg")
    assert doc.status == "failed" and "could not read the file" in doc.error and doc.media_type == "image/jpeg"


def test_cp1252_text_is_decoded():
    doc = ingest_bytes("Kommunen återför 200 000:- till Socialstyrelsen efter bedömningen.\n".encode("cp1252"), "x.txt")
    assert "återför" in doc.pages[0].text


def _encrypted_pdf(path):
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), encrypt=StandardEncryption("hemligt", canPrint=0))
    c.drawString(72, 720, "Hemligt yttrande")
    c.save()


def test_bad_inputs_get_rows_and_good_files_are_unaffected(tmp_path):
    from pipeline.runner import run

    src = tmp_path / "in"
    (src / "case").mkdir(parents=True)
    good = (RAW / "botkyrka-2025" / "bilagor" / "09.4-faktura 939787.pdf").read_bytes()
    (src / "case" / "09.4-faktura 939787.pdf").write_bytes(good)
    (src / "empty.pdf").write_bytes(b"")
    (src / "garbage.bin").write_bytes(bytes(range(256)) * 8)
    (src / "truncated.pdf").write_bytes(good[: len(good) // 3])
    _encrypted_pdf(src / "locked.pdf")
    (src / "page.pdf").write_bytes((RAW / "press" / "004_2a68f86f48f52d39.html").read_bytes())
    (src / "copy-of-invoice.pdf").write_bytes(good)
    out = tmp_path / "out"
    run(src, out, use_cache=False)
    docs = {d["source_path"]: d for d in read_tables(out)["documents"]}
    assert len(docs) == 7
    assert docs["empty.pdf"]["status"] == "failed" and "empty" in docs["empty.pdf"]["error"]
    assert docs["garbage.bin"]["status"] == "failed" and "not a PDF" in docs["garbage.bin"]["error"]
    assert docs["truncated.pdf"]["status"] == "failed" and "damaged or truncated" in docs["truncated.pdf"]["error"]
    assert docs["locked.pdf"]["status"] == "failed" and "encrypted" in docs["locked.pdf"]["error"]
    assert docs["page.pdf"]["media_type"] == "text/html" and docs["page.pdf"]["kind"] == "press_release"
    assert docs["page.pdf"]["status"] == "ok"
    dup = [d for d in docs.values() if d["status"] == "duplicate"]
    assert len(dup) == 1 and "processed once" in dup[0]["error"]
    assert (dup[0]["kind"], dup[0]["media_type"], dup[0]["page_count"]) == ("invoice", "application/pdf", 1)
    inv = docs["case/09.4-faktura 939787.pdf"]
    assert inv["status"] == "ok" and inv["kind"] == "invoice"
    invoices = read_tables(out)["invoices"]
    assert [(i["invoice_number"], str(i["total_amount"])) for i in invoices] == [("939787", "15000.00")]


def test_missing_tesseract_is_partial_with_a_hint(monkeypatch):
    import pytesseract

    from pipeline.ingest import tessapi

    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    monkeypatch.setattr(tessapi, "_LIB", [None])  # nor its library
    pdf = RAW / "botkyrka-2025" / "bilagor" / "25.1-Fakturaunderlag RBM-utbildning.pdf"
    doc = ingest_bytes(pdf.read_bytes(), pdf.name)
    assert doc.status == "partial" and "apt-get install tesseract-ocr tesseract-ocr-swe" in doc.error
    assert doc.page_count == 1 and doc.ocr_pages == 0


def test_office_files_and_archives_say_what_to_do(tmp_path):
    import io
    import zipfile

    def zipped(name: str) -> bytes:
        b = io.BytesIO()
        with zipfile.ZipFile(b, "w") as z:
            z.writestr(name, "<x/>")
        return b.getvalue()

    docx = ingest_bytes(zipped("word/document.xml"), "case/yttrande.docx")
    assert docx.status == "failed" and docx.error == "a Word document (.docx) is not read here: save it as PDF and add that"
    archive = ingest_bytes(zipped("bilaga 1.pdf"), "case/bilagor.zip")
    assert archive.status == "failed" and archive.error == "a ZIP archive: unpack it into the case folder"
