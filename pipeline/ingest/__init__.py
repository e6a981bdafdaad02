"""Ingest: bytes in, pages of text with provenance out. A pure function of the file's bytes."""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Callable

from .model import IngestedDocument, Line, PageText
from .pdf import PdfError, _ocr_once, clean_pages, keep_text_layer, ocr_lines, ocr_pages, open_pdf, text_layer
from .web import html_main_text, text_main, text_pages

__all__ = ["IngestedDocument", "Line", "PageText", "ingest_bytes", "sniff", "doc_id_of"]

TESSERACT_HINT = (
    "tesseract is not installed, so pages without a text layer cannot be read; "
    "install it with: apt-get install tesseract-ocr tesseract-ocr-swe"
)


def doc_id_of(data: bytes) -> tuple[str, str]:
    sha = hashlib.sha256(data).hexdigest()
    return sha[:16], sha


_IMAGES = ((b"\xff\xd8\xff", "image/jpeg"), (b"\x89PNG\r\n\x1a\n", "image/png"), (b"II*\x00", "image/tiff"), (b"MM\x00*", "image/tiff"))


_OFFICE = ((b"word/", "a Word document (.docx)"), (b"xl/", "an Excel workbook (.xlsx)"), (b"ppt/", "a PowerPoint file (.pptx)"))


def is_einvoice_xml(data: bytes) -> bool:
    from ..invoicing.einvoice import is_einvoice_xml as check

    return check(data)


def sniff(data: bytes) -> str:
    """The media type from the content, never the file name."""
    head = data[:2048]
    if b"%PDF-" in data[:1024]:
        return "application/pdf"
    for magic, media in _IMAGES:
        if data.startswith(magic):
            return media
    low = head.lower().lstrip(b"\xef\xbb\xbf \t\r\n")
    if low.startswith(b"<") and is_einvoice_xml(data):
        return "application/xml"  # an e-invoice (PEPPOL BIS 3, Svefaktura, CII)
    if low.startswith((b"<!doctype html", b"<html", b"<?xml")) or any(
        t in low for t in (b"<html", b"<body", b"<head>", b"<p>", b"<div", b"<article")
    ):
        return "text/html"
    if not data.strip():
        return "application/x-empty"
    if b"\x00" in head:
        return "application/octet-stream"
    text = decode_text(data)
    printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text[:4000])
    if printable / max(1, min(len(text), 4000)) > 0.95:
        return "text/plain"
    return "application/octet-stream"


def decode_text(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
    return unicodedata.normalize("NFC", text)


def ingest_bytes(data: bytes, source_path: str, *, ocr: bool = True) -> IngestedDocument:
    doc_id, sha = doc_id_of(data)
    media = sniff(data)
    doc = IngestedDocument(doc_id, sha, source_path, media, len(data))
    try:
        _reader_of(media, data)(doc, data, ocr)
    except PdfError as e:
        doc.status, doc.error = "failed", str(e)
    except MemoryError:
        from ..limits import TOO_LARGE

        doc.status, doc.error, doc.pages = "failed", TOO_LARGE, []
    except Exception as e:  # noqa: BLE001 - one bad file must never stop the run
        doc.status, doc.error = "failed", f"could not read the file: {type(e).__name__}: {e}"
    if doc.status == "ok" and doc.pages and not any(p.text.strip() for p in doc.pages) and not doc.error:
        doc.status, doc.error = "partial", "no text could be read from the file"
    return doc


Reader = Callable[[IngestedDocument, bytes, bool], None]


def _reader_of(media: str, data: bytes) -> Reader:
    """The reader for a file of this media type (what sniff found in its bytes)."""
    if media.startswith("image/"):
        return _ingest_image
    if media in _READERS:
        return _READERS[media]
    if data.startswith(b"PK\x03\x04"):
        return _refuse_archive
    return _refuse_binary


def _ingest_html(doc: IngestedDocument, data: bytes, ocr: bool) -> None:
    web = html_main_text(decode_text(data))
    doc.pages = [PageText(1, web.text, "html")]
    doc.title, doc.published, doc.site_name, doc.page_count = web.title, web.published, web.site, 1


def _ingest_text(doc: IngestedDocument, data: bytes, ocr: bool) -> None:
    text = decode_text(data)
    pages = text_pages(text)
    if pages:  # a document saved as text: whole, page by page
        doc.pages = [PageText(i + 1, "\n".join(ln for ln in p.split("\n") if ln.strip()), "text") for i, p in enumerate(pages)]
        doc.page_count = len(pages)
    else:
        web = text_main(text)
        doc.pages = [PageText(1, web.text, "text")]
        doc.title, doc.page_count = web.title, 1


def _refuse_empty(doc: IngestedDocument, data: bytes, ocr: bool) -> None:
    doc.status, doc.error = "failed", "the file is empty (0 bytes of content)"


def _refuse_archive(doc: IngestedDocument, data: bytes, ocr: bool) -> None:
    """An office document (a ZIP inside) or a ZIP archive: said what to do instead."""
    kind = next((name for marker, name in _OFFICE if marker in data[:200000]), None)
    doc.status = "failed"
    doc.error = f"{kind} is not read here: save it as PDF and add that" if kind else "a ZIP archive: unpack it into the case folder"


def _refuse_binary(doc: IngestedDocument, data: bytes, ocr: bool) -> None:
    doc.status, doc.error = "failed", "not a PDF, image, HTML or text file (unrecognised binary content)"


def _ocr_error(e: Exception) -> str:
    """What to tell a user whose pages OCR could not read."""
    name = type(e).__name__
    if "TesseractNotFound" in name or "tesseract is not installed" in str(e).lower():
        return TESSERACT_HINT
    return f"OCR failed ({name}: {e}); install tesseract-ocr-swe if it is missing"


def _ingest_image(doc: IngestedDocument, data: bytes, ocr: bool) -> None:
    """A scan saved as an image (a photographed or scanned invoice): every frame by OCR, decoded
    and read one at a time (raster.py)."""
    from .raster import frame_count, image_frames, ocr_stream

    doc.page_count = frame_count(data)
    if not ocr:
        doc.status, doc.error = "partial", f"{doc.page_count} scanned page(s) and OCR is off"
        return
    sizes: dict[int, tuple[float, float]] = {}

    def frames():
        for f in image_frames(data):
            sizes[f.index] = f.size
            yield f

    try:
        got = ocr_stream(frames(), _ocr_once)
    except Exception as e:  # noqa: BLE001
        doc.status, doc.error = "partial", _ocr_error(e)
        return
    order = sorted(got)
    read = {i: got[i] for i in order if got[i] is not None}
    doc.ocr_pages = len(read)
    lines = [ocr_lines(got[i]) if got[i] is not None else [] for i in order]
    sizes_pt = [(got[i].width, got[i].height) if got[i] is not None else sizes[i] for i in order]
    doc.pages, doc.running_lines = clean_pages(lines, sizes_pt, ["ocr"] * len(order))
    _set_ocr_facts(doc.pages, {order.index(i): page for i, page in read.items()})


def _set_ocr_facts(pages: list[PageText], read: dict) -> None:
    """What OCR did to each page it read: turned, deskewed, how sure."""
    for i, ocr in read.items():
        pages[i].rotation, pages[i].skew, pages[i].ocr_confidence = ocr.rotation, ocr.skew, ocr.confidence


def _ingest_einvoice(doc: IngestedDocument, data: bytes, ocr: bool = False) -> None:
    """An e-invoice XML file: its data, and a plain page rendering it."""
    from ..invoicing.einvoice import as_page_text, parse

    e = parse(data)
    if e is None:
        doc.status, doc.error = "failed", "an XML file that is not a readable e-invoice"
        return
    doc.einvoice_xml = data
    doc.pages, doc.page_count = [PageText(1, as_page_text(e), "text")], 1


def _ingest_pdf(doc: IngestedDocument, data: bytes, ocr: bool) -> None:
    from ..invoicing.einvoice import embedded_xml

    pdf = open_pdf(data)
    unreadable: list[int] = []
    turns: dict[int, int] = {}
    try:
        pages, sizes, empty = text_layer(pdf, unreadable, turns)
        keep_text_layer(doc.sha256, pages)
        doc.einvoice_xml = embedded_xml(pdf)  # Factur-X / ZUGFeRD / XRechnung
    finally:
        pdf.close()
    doc.page_count = len(pages)
    sources = ["text_layer"] * len(pages)
    if empty:
        if not ocr:
            doc.status, doc.error = "partial", f"{len(empty)} page(s) have no text layer and OCR is off"
        else:
            try:
                got = ocr_pages(data, empty, unreadable)
            except Exception as e:  # noqa: BLE001
                doc.status, doc.error = "partial", _ocr_error(e)
            else:
                read = {i: page for i, page in got.items() if page is not None}
                for i, page in read.items():
                    pages[i] = ocr_lines(page)
                    sizes[i] = (page.width, page.height)
                    sources[i] = "ocr"
                doc.ocr_pages = len(read)
    if unreadable:
        _page_failures(doc, sorted(set(unreadable)))
    doc.pages, doc.running_lines = clean_pages(pages, sizes, sources)
    for i, turn in turns.items():
        doc.pages[i].rotation = turn  # its turned text read in its own frame (turned_text.py)
    if doc.ocr_pages:
        _set_ocr_facts(doc.pages, read)


def _page_failures(doc: IngestedDocument, unreadable: list[int]) -> None:
    """Pages that could not be loaded fail alone: the document is partial and says which."""
    shown = ", ".join(str(i + 1) for i in unreadable[:10]) + (" …" if len(unreadable) > 10 else "")
    msg = f"{len(unreadable)} page(s) could not be loaded (damaged): {shown}"
    doc.status = "partial" if doc.status == "ok" else doc.status
    doc.error = f"{doc.error}; {msg}" if doc.error else msg


_READERS: dict[str, Reader] = {
    "application/pdf": _ingest_pdf,
    "text/html": _ingest_html,
    "text/plain": _ingest_text,
    "application/xml": _ingest_einvoice,
    "application/x-empty": _refuse_empty,
}
