"""Bundles: one file holding several documents (a response followed by its attachments, a
scanner's stack of invoices) split into its parts (CONTRACT v2, *Bundles*).

page features → boundaries → parts. Each page is described by what marks a document's start or
its continuation: an attachment stamp ("Bilaga 3a"), page numbering that restarts or continues
("Sida 2 (5)", "Page 1 of 2"), running headers and footers shared with the page before, the page
size, text layer against scan, an invoice's head and its number. Evidence for and against a
boundary between two pages adds up to a score; a score near the threshold is a boundary in doubt.
A response at the front lends its attachment list as a prior: a page that names a listed
attachment's invoice number or stamp, and the page before does not, starts that attachment.

Each part is read like a file of its own: its pages are cut out of the file into a PDF (or
multi-page TIFF) of their own and ingested as such, so a part gives what the same document given
separately gives. Its doc_id, source_path, container_doc_id and first_page follow the contract."""

from __future__ import annotations

import hashlib
import io
import re
import statistics
from dataclasses import dataclass, field
from typing import NamedTuple

from .ingest import IngestedDocument, PageText, ingest_bytes

# A boundary between two pages when the evidence for it adds up to this much.
BOUNDARY_AT = 2.0
# Evidence this far from the threshold makes a boundary (or its absence) certain; nearer, the
# confidence falls linearly towards 0.5 at the threshold itself.
CERTAIN_MARGIN = 2.0
# A part whose boundaries are less sure than this gets a needs_review check (the contract's
# default review threshold).
REVIEW_BELOW = 0.8
# A file is split only where at least one boundary is this clear: a single document never
# splits on weak cues.
SPLIT_NEEDS = 3.5
# Page sizes differing by more than this share are another paper (A4 against Letter, a receipt).
SIZE_CHANGE = 0.03

# Weights of the cues (log-odds-like points for a boundary; negative against).
W_STAMP = 5.0  # another attachment stamp at the top of the page
W_NUMBER_RESTART = 3.0  # "Sida 1 av 3" after other pages
W_NUMBER_ENDED = 2.0  # the page before was the last of its numbering ("Sida 30 (30)")
W_NUMBER_CONTINUES = -4.5  # "Sida 3 av 5" after "Sida 2 av 5"
W_NOT_FIRST = -2.5  # "Sida 2 (2)" after a page without numbering: no document's first page
W_RUNNING_SHARED = -1.5  # the same running header or footer as the page before
W_RUNNING_STOPS = 1.0  # the page before carried a running line this page lacks
W_SIZE = 1.0
W_TITLE = 1.0  # a title or letterhead at the top, not the page before's
W_SCAN = 1.0  # text layer against scan
W_INVOICE_STARTS = 2.0  # an invoice head after a page that is no invoice
W_OTHER_INVOICE = 4.0  # both pages carry an invoice number and they differ
W_SAME_INVOICE = -4.0  # both pages carry the same invoice number
W_OTHER_SUPPLIER = 2.5  # both pages name a supplier's org number and none is the same
W_TOTAL_BEFORE = 1.0  # the page before closed with an amount to pay, this one opens an invoice
W_TOTAL_FOLLOWS = -2.0  # an invoice head without its total, then a page with the total only
W_INVOICE_ENDED = 1.5  # after an invoice's amount to pay, a page that is no invoice
W_LISTED_STARTS = 3.0  # the page names a listed attachment the page before does not name
W_LISTED_SAME = -1.5  # both pages name only the same listed attachment


def _alt(words: list[str]) -> str:
    return "|".join(words)


def _compile() -> dict[str, re.Pattern]:
    """The genre's words (models/patterns/bundle.json) as the patterns the cues read."""
    from .structure import patterns

    w = {k: _alt(v) for k, v in patterns("bundle").items() if isinstance(v, list)}
    ident = r"\d{1,3}(?:\.\d{1,3})?[a-z]?"
    count = rf"(?:\(\s*(?P<m1>\d{{1,3}})\s*\)|(?:{w['of']})\s*(?P<m2>\d{{1,3}}))"
    return dict(
        # "Bilaga 3a", "Bilaga 3a till yttrande": a stamp is a line of its own
        stamp=re.compile(
            rf"^\s*(?:{w['stamp']})\s*(?:nr\.?\s*)?(?P<id>{ident})\s*(?:$|[-–:,(]|till\b|to\b)",
            re.I,
        ),
        numbering=re.compile(rf"(?i)\b(?:{w['page']})\s*(?P<n>\d{{1,3}})\s*{count}?"),
        page_alone=re.compile(rf"(?i)\s*(?:{w['page']})\s*\d{{1,3}}\s*"),
        # "Socialförvaltningen 2 (3)" closing a header or footer line; "2/3", "2 av 3" as the
        # whole line ("Stockholm 1/12" is a date)
        bare_numbering=re.compile(
            rf"(?i)(?:(?:^|\s)(?P<n>\d{{1,3}})\s*\(\s*(?P<m1>\d{{1,3}})\s*\)|"
            rf"^\s*(?P<n2>\d{{1,3}})\s*(?:{w['of']})\s*(?P<m2>\d{{1,3}}))\s*$"
        ),
        # an invoice's own head: its number or date label, or its name on a line of its own
        invoice_head=re.compile(rf"(?im)^\s*(?:{w['invoice_title']})\s*$|\b(?:{w['invoice_head']})\b"),
        to_pay=re.compile(rf"(?i)\b(?:{w['to_pay']})\b"),
        # a number label over its value, as OCR reads a label column and a value column apart
        stacked_number=re.compile(
            rf"(?im)^\s*(?:{w['number_label']})\.?\s*:?\s*\n\s*"
            r"(?P<n>[A-Z]{0,4}[-/]?\d[\dA-Z/-]{0,24})\s*$"
        ),
    )


def _generic_words() -> frozenset[str]:
    from .structure import patterns

    return frozenset(w.casefold() for w in patterns("bundle")["generic"])


_RX = _compile()
_LISTED_TOKEN = re.compile(r"\d[\d\-]{2,}\d")  # an invoice, notice or order number in a listed name
_WORD = re.compile(r"[A-Za-zÅÄÖåäöÉéÜü]{5,}")
_GENERIC_WORDS = _generic_words()
TITLE_LINES = 6  # a document's name stands in its first lines
TITLE_WORDS = 2  # words of a listed name a page's first lines must show to be that attachment
COMMON_SHARE = 3  # a word in more than a third of the listed names names none of them
# Stamps, page numbers and running headers and footers stand in a page's top and bottom bands:
# this share of the page height, or without positions this many lines at each end.
BAND_SHARE = 0.15
BAND_LINES = 3
HEAD_LINES = 15  # an invoice's head stands in its first lines
TITLE_ZONE = 0.35  # a title or letterhead stands in this top share of the page
TITLE_SCALE = 1.3  # times the page's usual text size
RUNNING_WORDS = 2  # words a band line needs to count as a running header or footer


@dataclass
class PageFeatures:
    """What one page shows about where documents begin and end."""

    page_no: int  # 1-based in the file
    text: str
    size: tuple[float, float]
    scanned: bool
    band: list[str]  # the page's first and last lines, as printed
    running: set[str] = field(default_factory=set)  # band lines that recur on other pages
    numbering: tuple[int, int | None] | None = None
    stamp: str | None = None
    kind: str = "other"  # what the page alone reads as: invoice, response, other
    invoice_number: str | None = None
    has_total: bool = False
    invoice_head: bool = False
    title: str | None = None  # a title or letterhead standing out at the top
    org_numbers: set[str] = field(default_factory=set)
    listed: set[str] = field(default_factory=set)  # attachment ids of the list this page names


class Cue(NamedTuple):
    """One piece of evidence for (weight > 0) or against a boundary."""

    weight: float
    signal: str  # what kind of evidence: stamp, page_numbering, invoice_number, attachment_list, ...
    reason: str  # in words, naming the pages


@dataclass
class Boundary:
    """The evidence between page `after` and the next one."""

    after: int
    cues: list[Cue]

    @property
    def score(self) -> float:
        return sum(c.weight for c in self.cues)

    @property
    def signals(self) -> list[str]:
        """The kinds of evidence that speak for a boundary here."""
        return sorted({c.signal for c in self.cues if c.weight > 0})

    @property
    def is_boundary(self) -> bool:
        return self.score >= BOUNDARY_AT

    @property
    def confidence(self) -> float:
        return min(1.0, 0.5 + abs(self.score - BOUNDARY_AT) / (2 * CERTAIN_MARGIN))


@dataclass
class Part:
    first: int
    last: int
    confidence: float = 1.0
    doubt: list[int] = field(default_factory=list)  # pages whose boundary is in doubt
    signals: list[str] = field(default_factory=list)  # the evidence for where it begins
    reasons: list[str] = field(default_factory=list)
    attachment_id: str | None = None


# --------------------------------------------------------------------------------------------
# Page features


def _mask(line: str) -> str:
    return re.sub(r"\d+", "#", line.casefold()).strip()


def _numbering(band: list[str]) -> tuple[int, int | None] | None:
    for ln in band:
        m = _RX["numbering"].search(ln)
        if m and (m.group("m1") or m.group("m2") or _RX["page_alone"].fullmatch(ln)):
            total = m.group("m1") or m.group("m2")
            return int(m.group("n")), int(total) if total else None
        m = _RX["bare_numbering"].search(ln)
        if m:
            n, total = int(m.group("n") or m.group("n2")), int(m.group("m1") or m.group("m2"))
            if 0 < n <= total:
                return n, total
    return None


def _stamp(band: list[str]) -> str | None:
    for ln in band:
        m = _RX["stamp"].match(ln)
        if m:
            return m.group("id")
    return None


def _page_doc(doc: IngestedDocument, page: PageText) -> IngestedDocument:
    one = IngestedDocument(doc.doc_id, doc.sha256, doc.source_path, doc.media_type, doc.size)
    one.pages = [PageText(1, page.text, page.source, page.width, page.height, page.boxes)]
    one.page_count = 1
    return one


def _page_kind(doc: IngestedDocument, page: PageText) -> tuple[str, str | None, bool]:
    """What the page alone reads as, and an invoice page's number and whether it shows a total."""
    from .invoices import read_invoice
    from .structure import classify

    one = _page_doc(doc, page)
    kind = classify(one, 0, False)
    if kind != "invoice" and _invoice_like(page.text):
        kind = "invoice"
    if kind != "invoice":
        return kind, None, False
    inv = read_invoice(one) or {}
    number = inv.get("invoice_number") or _stacked_number(page.text)
    return (
        kind,
        number,
        inv.get("total_amount") is not None or bool(_RX["to_pay"].search(page.text)),
    )


# text, top, bottom, size (points; None unknown): the font size on a text layer, the line's
# height as OCR read it
PlacedLine = tuple[str, float | None, float | None, float | None]


def _invoice_like(text: str) -> bool:
    """An invoice by its own head in the first lines and an amount to pay, in the languages
    the classifier of whole documents does not know."""
    head = "\n".join(text.split("\n")[:HEAD_LINES])
    return bool(_RX["invoice_head"].search(head) and _RX["to_pay"].search(text))


def raw_page_lines(data: bytes, doc: IngestedDocument) -> list[list[PlacedLine]]:
    """Each page's lines before cleaning (running headers and footers still there), with their
    place on the page: the text layer's, or tesseract's for a scanned page (read once: the OCR
    of the file's ingest is kept per page image, pipeline.ingest.pdf)."""
    raw: dict[int, list] = {}
    if doc.media_type == "application/pdf":
        raw = _pdf_raw_lines(data, doc)
    elif doc.ocr_pages:
        raw = _image_raw_lines(data)
    return [_placed_lines(raw[i]) if i in raw else _cleaned_placed_lines(p) for i, p in enumerate(doc.pages)]


def _pdf_raw_lines(data: bytes, doc: IngestedDocument) -> dict[int, list]:
    """A PDF's raw lines by page index: the text layer as the file's ingest read it (kept for
    this file, pipeline.ingest.pdf; read again only outside ingest_file), OCR for scanned pages."""
    from .ingest import pdf as reader

    pages = reader.kept_text_layer(doc.sha256)
    if pages is None:
        pdf = reader.open_pdf(data)
        try:
            pages, _, _ = reader.text_layer(pdf)
        finally:
            pdf.close()
    raw = {i: lines for i, lines in enumerate(pages) if "".join(ln.text for ln in lines).strip()}
    scans = [i for i, p in enumerate(doc.pages) if i not in raw and p.source == "ocr"]
    if scans:
        read = reader.ocr_pages(data, scans)
        raw.update({i: reader.ocr_lines(p) for i, p in read.items() if p is not None})
    return raw


def _image_raw_lines(data: bytes) -> dict[int, list]:
    from .ingest import pdf as reader

    images, scales, _ = reader.image_pages(data)
    return dict(enumerate(reader.ocr_lines(p) for p in reader.ocr_images(images, scales)))


def _placed_lines(lines: list) -> list[PlacedLine]:
    return [_placed(ln.text, ln.top, ln.bottom, ln.font[0]) for ln in lines]


def _cleaned_placed_lines(page: PageText) -> list[PlacedLine]:
    """A page without raw lines (HTML, text, an unread scan): its cleaned lines and their boxes."""
    return [_placed(ln.text, ln.box[1] if ln.box else None, ln.box[3] if ln.box else None, None) for ln in page.lines()]


def _placed(text: str, top: float | None, bottom: float | None, size: float | None) -> PlacedLine:
    top, bottom = _known(top), _known(bottom)
    if not size and top is not None and bottom is not None:
        size = bottom - top
    return text, top, bottom, size or None


def _known(v: float | None) -> float | None:
    return None if v is None or v != v else v  # NaN: no position


def band_of(lines: list[PlacedLine], height: float | None) -> list[str]:
    """The lines of the page's top and bottom bands, where stamps, page numbers and running
    headers and footers stand: by position where lines have one, else the first and last lines."""
    kept = [ln for ln in lines if ln[0].strip()]
    if height and kept and all(ln[1] is not None for ln in kept):
        return [t for t, top, bottom, _ in kept if _in_band(top, bottom, height)]
    texts = [ln[0] for ln in kept]
    return texts[:BAND_LINES] + texts[-BAND_LINES:] if len(texts) > 2 * BAND_LINES else texts


def _in_band(top: float | None, bottom: float | None, height: float) -> bool:
    return (top is not None and top < BAND_SHARE * height) or (bottom is not None and bottom > (1 - BAND_SHARE) * height)


def title_of(lines: list[PlacedLine], height: float | None) -> str | None:
    """The page's title or letterhead: its largest line in the top part of the page, where that
    stands out from the page's text; digits masked."""
    sized = [ln for ln in lines if ln[0].strip() and ln[3] and ln[1] is not None]
    if not sized or not height:
        return None
    body = statistics.median(ln[3] or 0.0 for ln in sized)
    top = [ln for ln in sized if (ln[1] or 0.0) < TITLE_ZONE * height]
    if not top:
        return None
    best = max(top, key=lambda ln: ln[3] or 0.0)
    return _mask(best[0]) if (best[3] or 0.0) >= TITLE_SCALE * body else None


def page_features(data: bytes, doc: IngestedDocument) -> list[PageFeatures]:
    from .swedish import find_org_numbers

    raw = raw_page_lines(data, doc)
    feats = []
    for page, lines in zip(doc.pages, raw, strict=True):
        band = band_of(lines, page.height)
        kind, number, total = _page_kind(doc, page)
        feats.append(
            PageFeatures(
                page.page_no,
                page.text,
                (page.width or 0.0, page.height or 0.0),
                page.source == "ocr",
                band,
                numbering=_numbering(band),
                stamp=_stamp(band),
                kind=kind,
                invoice_number=number,
                has_total=total,
                invoice_head=bool(_RX["invoice_head"].search(page.text)),
                org_numbers={c.value for c in find_org_numbers(page.text)},
                title=title_of(lines, page.height),
            )
        )
    seen: dict[str, set[int]] = {}
    for f in feats:
        for key in _running_keys(f.band):
            seen.setdefault(key, set()).add(f.page_no)
    for f in feats:
        f.running = {k for k in _running_keys(f.band) if len(seen[k]) >= 2}
    return feats


def _running_keys(band: list[str]) -> set[str]:
    """Band lines as running-line keys, digits masked; page numbers have a cue of their own."""
    keys = {_mask(ln) for ln in band if not _numbering([ln])}
    # a line of words (a letterhead, a running title), not a lone label or a postal code
    return {k for k in keys if len(re.findall(r"[^\W\d_]{3,}", k)) >= RUNNING_WORDS}


# --------------------------------------------------------------------------------------------
# Boundaries


def _numbering_cues(a: PageFeatures, b: PageFeatures) -> list[Cue]:
    cues = []
    if b.numbering and b.numbering[0] == 1:
        cues.append(Cue(W_NUMBER_RESTART, "page_numbering", f"page numbering restarts on page {b.page_no}"))
    elif a.numbering and b.numbering and b.numbering[0] == a.numbering[0] + 1 and a.numbering[1] == b.numbering[1]:
        cues.append(
            Cue(
                W_NUMBER_CONTINUES,
                "page_numbering",
                f"page numbering continues on page {b.page_no}",
            )
        )
    elif b.numbering and b.numbering[0] > 1:
        reason = f"page {b.page_no} is numbered {b.numbering[0]}: no first page"
        cues.append(Cue(W_NOT_FIRST, "page_numbering", reason))
    if a.numbering and a.numbering[1] and a.numbering[0] == a.numbering[1]:
        cues.append(Cue(W_NUMBER_ENDED, "page_numbering", f"page {a.page_no} is the last of its numbering"))
    return cues


def _layout_cues(a: PageFeatures, b: PageFeatures) -> list[Cue]:
    cues = []
    if a.running & b.running:
        cues.append(
            Cue(
                W_RUNNING_SHARED,
                "running_lines",
                f"pages {a.page_no}-{b.page_no} share a running header or footer",
            )
        )
    elif a.running and not b.running:
        cues.append(
            Cue(
                W_RUNNING_STOPS,
                "running_lines",
                f"the running header or footer stops after page {a.page_no}",
            )
        )
    (wa, ha), (wb, hb) = a.size, b.size
    if wa and wb and (abs(wa - wb) > SIZE_CHANGE * max(wa, wb) or abs(ha - hb) > SIZE_CHANGE * max(ha, hb)):
        cues.append(Cue(W_SIZE, "page_size", f"page size changes on page {b.page_no}"))
    if b.title and b.title != a.title:
        cues.append(Cue(W_TITLE, "title", f"a new title or letterhead on page {b.page_no}"))
    if a.scanned != b.scanned:
        cues.append(
            Cue(
                W_SCAN,
                "scan",
                f"{'a scan' if b.scanned else 'a text layer'} begins on page {b.page_no}",
            )
        )
    return cues


def _invoice_cues(a: PageFeatures, b: PageFeatures) -> list[Cue]:
    """Cues from what the two pages read as invoices: where one begins, its number, its
    supplier, and where its amount to pay stands."""
    cues = []
    if b.kind == "invoice" and a.kind != "invoice":
        cues.append(Cue(W_INVOICE_STARTS, "invoice_head", f"an invoice begins on page {b.page_no}"))
    number = _invoice_number_cue(a, b)
    if number:
        cues.append(number)
    if a.org_numbers and b.org_numbers and not a.org_numbers & b.org_numbers and b.kind == "invoice":
        cues.append(Cue(W_OTHER_SUPPLIER, "supplier", f"another supplier's org number on page {b.page_no}"))
    return cues + _invoice_total_cues(a, b)


def _invoice_number_cue(a: PageFeatures, b: PageFeatures) -> Cue | None:
    """Both pages show an invoice number: another invoice, or the same one continuing."""
    if not (a.invoice_number and b.invoice_number):
        return None
    if _digits(a.invoice_number) != _digits(b.invoice_number):
        return Cue(W_OTHER_INVOICE, "invoice_number", f"invoice {b.invoice_number} on page {b.page_no} after {a.invoice_number}")
    return Cue(W_SAME_INVOICE, "invoice_number", f"invoice {b.invoice_number} continues on page {b.page_no}")


def _invoice_total_cues(a: PageFeatures, b: PageFeatures) -> list[Cue]:
    """An amount to pay closes an invoice: before a new invoice's head, before a page that is
    no invoice; an invoice without one totals on the next page."""
    if a.kind != "invoice":
        return []
    cues = []
    if b.kind == "invoice" and a.has_total and b.invoice_head:
        cues.append(Cue(W_TOTAL_BEFORE, "invoice_total", f"page {a.page_no} closes with an amount to pay"))
    if a.has_total and b.kind != "invoice":
        cues.append(Cue(W_INVOICE_ENDED, "invoice_total", f"the invoice ends on page {a.page_no}"))
    if not a.has_total and b.has_total and not b.invoice_number:
        cues.append(Cue(W_TOTAL_FOLLOWS, "invoice_total", f"the invoice of page {a.page_no} totals on page {b.page_no}"))
    return cues


def _stacked_number(text: str) -> str | None:
    m = _RX["stacked_number"].search(text)
    if not m or re.fullmatch(r"\d{4}-\d\d-\d\d", m.group("n")):
        return None
    return m.group("n")


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s) or s


def _stamp_cues(a: PageFeatures, b: PageFeatures, current: str | None) -> list[Cue]:
    cues = []
    if b.stamp and b.stamp != current:
        cues.append(Cue(W_STAMP, "stamp", f"stamp “Bilaga {b.stamp}” on page {b.page_no}"))
    if b.listed - a.listed:
        cues.append(
            Cue(
                W_LISTED_STARTS,
                "attachment_list",
                f"page {b.page_no} names listed attachment {sorted(b.listed - a.listed)[0]}",
            )
        )
    elif b.listed and b.listed == a.listed and len(b.listed) == 1:
        cues.append(
            Cue(
                W_LISTED_SAME,
                "attachment_list",
                f"pages {a.page_no}-{b.page_no} name the same listed attachment",
            )
        )
    return cues


def boundaries(feats: list[PageFeatures]) -> list[Boundary]:
    """The evidence between each page and the next."""
    out = []
    current = feats[0].stamp if feats else None
    for a, b in zip(feats, feats[1:], strict=False):
        bd = Boundary(
            a.page_no,
            _numbering_cues(a, b) + _layout_cues(a, b) + _invoice_cues(a, b) + _stamp_cues(a, b, current),
        )
        if bd.is_boundary:
            current = b.stamp
        elif b.stamp:
            current = current or b.stamp
        out.append(bd)
    return out


def parts_from(bounds: list[Boundary], n_pages: int) -> list[Part]:
    """The parts between the boundaries. A part is as sure as the least sure decision about its
    pages: the boundaries at its ends and every page break inside it not taken as one; `doubt`
    names the pages after which such a decision is in doubt."""
    parts: list[Part] = []
    part = Part(1, n_pages)
    for bd in bounds:
        unsure = bd.confidence < REVIEW_BELOW
        if unsure:
            part.doubt.append(bd.after)
        part.confidence = min(part.confidence, bd.confidence)
        if bd.is_boundary:
            part.last = bd.after
            parts.append(part)
            part = Part(
                bd.after + 1,
                n_pages,
                bd.confidence,
                [bd.after] if unsure else [],
                bd.signals,
                [c.reason for c in bd.cues],
            )
    parts.append(part)
    return parts


# --------------------------------------------------------------------------------------------
# The response's attachment list as a prior


@dataclass
class Listed:
    attachment_id: str
    label: str
    tokens: set[str]  # numbers in its name: invoice, notice or order numbers
    words: set[str]
    invoice_like: bool


def listed_attachments(response: IngestedDocument) -> list[Listed]:
    from .link import doc_type_of
    from .structure import structure

    sd = structure(response)
    if sd.kind != "response":
        return []
    out = []
    for it in sd.attachment_list:
        name = f"{it.filename} {it.label}"
        tokens = {t for t in _LISTED_TOKEN.findall(name) if not re.fullmatch(r"(19|20)\d\d", t)}
        words = {w.casefold() for w in _WORD.findall(it.label)} - _GENERIC_WORDS
        out.append(
            Listed(
                it.attachment_id,
                it.label,
                tokens,
                words,
                doc_type_of(it.label) in ("invoice", "internal_invoice", "payment_notice"),
            )
        )
    # words most of the list shares ("faktura", "underlag") name no attachment in particular
    common = {w for w in {w for li in out for w in li.words} if sum(w in li.words for li in out) > max(1, len(out) // COMMON_SHARE)}
    for li in out:
        li.words -= common
    return out


def _names(text: str, token: str) -> bool:
    return re.search(rf"(?<![\d-]){re.escape(token)}(?![\d-])", text) is not None


def _titled(f: PageFeatures, li: Listed) -> bool:
    """Does the page open with the listed attachment's name ("Verksamhetsrapport sommarlov")?"""
    head = " ".join(f.text.split("\n")[:TITLE_LINES]).casefold()
    return len(li.words) >= 1 and sum(w in head for w in li.words) >= min(TITLE_WORDS, len(li.words))


def mark_listed(feats: list[PageFeatures], listed: list[Listed]) -> None:
    """The listed attachments each page names: by the number in the listed name where it has
    one (an invoice number is specific), else by the name's words in the page's first lines."""
    for f in feats:
        f.listed = {li.attachment_id for li in listed if (any(_names(f.text, t) for t in li.tokens) if li.tokens else _titled(f, li))}
        if f.stamp:
            f.listed |= {li.attachment_id for li in listed if _same_id(li.attachment_id, f.stamp)}


def _same_id(a: str, b: str) -> bool:
    from .link import same_attachment_id

    return same_attachment_id(a, b)


def _fit(part_text: str, stamp: str | None, listed_ids: set[str], kind: str, li: Listed) -> float:
    score = 0.0
    if stamp and _same_id(stamp, li.attachment_id):
        score += 5.0
    if li.attachment_id in listed_ids:
        score += 3.0
    low = part_text.casefold()
    score += min(1.5, 0.5 * sum(1 for w in li.words if w in low))
    if li.invoice_like and kind == "invoice":
        score += 0.5
    return score


LISTED_MATCH = 0.9  # link's match score for a part the split took as a listed attachment
ASSIGN_AT = 1.0  # the least fit for a part to be taken as a listed attachment


def assign(parts: list[Part], feats: list[PageFeatures], listed: list[Listed]) -> None:
    """Parts to listed attachments in list order (the order a case is filed in): the monotone
    assignment with the best total fit."""
    if not parts or not listed:
        return
    fits = []
    for p in parts:
        pages = feats[p.first - 1 : p.last]
        text = "\n".join(f.text for f in pages)
        ids = set().union(*(f.listed for f in pages))
        fits.append([_fit(text, pages[0].stamp, ids, pages[0].kind, li) for li in listed])
    n, m = len(parts), len(listed)
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            take = fits[i][j] + best[i + 1][j + 1] if fits[i][j] >= ASSIGN_AT else float("-inf")
            best[i][j] = max(take, best[i + 1][j], best[i][j + 1])
    i = j = 0
    while i < n and j < m:
        if fits[i][j] >= ASSIGN_AT and best[i][j] == fits[i][j] + best[i + 1][j + 1]:
            parts[i].attachment_id = listed[j].attachment_id
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1


# --------------------------------------------------------------------------------------------
# Splitting a file

SPLITTABLE = ("application/pdf", "image/tiff")


def plan(data: bytes, doc: IngestedDocument) -> list[Part]:
    """The file's parts; one part for a single document."""
    if doc.media_type not in SPLITTABLE or doc.status == "failed" or len(doc.pages) < 2 or len(doc.pages) != doc.page_count:
        return [Part(1, max(1, doc.page_count))]
    feats = page_features(data, doc)
    bounds = boundaries(feats)
    if not any(b.score >= SPLIT_NEEDS for b in bounds):
        return [Part(1, len(feats))]
    parts = parts_from(bounds, len(feats))
    head = part_document(data, doc, parts[0])
    listed = listed_attachments(head) if len(parts) > 1 else []
    if listed:
        # the response at the front names what follows: read the rest again with that prior
        response_end = parts[0].last
        mark_listed(feats[response_end:], listed)
        parts = parts_from(boundaries(feats), len(feats))
        if parts[0].last == response_end:
            assign(parts[1:], feats, listed)
    return parts


def part_sha(file_sha: str, part: Part) -> str:
    return hashlib.sha256(f"{file_sha}#pages={part.first}-{part.last}".encode()).hexdigest()


def slice_pages(data: bytes, media_type: str, first: int, last: int) -> bytes:
    """Pages first..last (1-based, inclusive) as a file of their own."""
    if media_type == "application/pdf":
        import pypdfium2 as pdfium

        src = pdfium.PdfDocument(data)
        dst = pdfium.PdfDocument.new()
        try:
            dst.import_pages(src, list(range(first - 1, last)))
            buf = io.BytesIO()
            dst.save(buf)
            return buf.getvalue()
        finally:
            dst.close()
            src.close()
    from PIL import Image, ImageSequence

    with Image.open(io.BytesIO(data)) as im:
        frames = [f.copy() for k, f in enumerate(ImageSequence.Iterator(im)) if first - 1 <= k < last]
        dpi = im.info.get("dpi")
    buf = io.BytesIO()
    extra = {"dpi": dpi} if dpi else {}
    frames[0].save(buf, format="TIFF", save_all=True, append_images=frames[1:], **extra)
    return buf.getvalue()


def part_document(data: bytes, doc: IngestedDocument, part: Part) -> IngestedDocument:
    """One part read as a file of its own, named and identified as the contract says."""
    piece = slice_pages(data, doc.media_type, part.first, part.last)
    sha = part_sha(doc.sha256, part)
    rel = f"{doc.source_path}#pages={part.first}-{part.last}"
    pd = ingest_bytes(piece, rel)
    pd.doc_id, pd.sha256, pd.size = sha[:16], sha, len(piece)
    pd.container_doc_id, pd.first_page = doc.doc_id, part.first
    pd.bundle = dict(
        role="part",
        confidence=round(part.confidence, 3),
        doubt=part.doubt,
        signals=part.signals,
        reasons=part.reasons,
        attachment_id=part.attachment_id,
    )
    return pd


def ingest_file(data: bytes, rel: str) -> list[IngestedDocument]:
    """The file's documents: the file itself, or a bundle's container followed by its parts."""
    from .ingest.pdf import ocr_kept

    with ocr_kept():  # a scanned page is read once: for the split, and as its part's page
        return _documents(data, rel)


def _documents(data: bytes, rel: str) -> list[IngestedDocument]:
    doc = ingest_bytes(data, rel)
    parts = plan(data, doc)
    if len(parts) < 2:
        return [doc]
    docs = [part_document(data, doc, p) for p in parts]
    container = IngestedDocument(
        doc.doc_id,
        doc.sha256,
        doc.source_path,
        doc.media_type,
        doc.size,
        title=doc.title,
        status=doc.status,
        error=doc.error,
        ocr_pages=doc.ocr_pages,
        page_count=doc.page_count,
    )
    container.bundle = dict(role="container", parts=[f"{p.first}-{p.last}" for p in parts])
    return [container, *docs]


def split_of(doc) -> dict:
    """How a document was split out of a bundle ({} for a file of its own; also for documents
    read before bundles existed, or stand-ins without the field)."""
    return getattr(doc, "bundle", None) or {}


def is_container(doc: IngestedDocument) -> bool:
    return split_of(doc).get("role") == "container"


# --------------------------------------------------------------------------------------------
# Findings


def review_checks(docs) -> list[dict]:
    """A needs_review finding for each part whose boundary is in doubt, naming the pages."""
    out = []
    for ed in docs:
        b = split_of(ed.ingested)
        if b.get("role") != "part" or b.get("confidence", 1.0) >= REVIEW_BELOW:
            continue
        first = ed.ingested.first_page or 1
        pages = ", ".join(f"{p}/{p + 1}" for p in b.get("doubt", []))
        out.append(
            dict(
                doc_id=ed.ingested.doc_id,
                activity_no=None,
                check="needs_review",
                severity="warning",
                expected=f"pages {first}-{first + ed.ingested.page_count - 1} one document",
                actual=f"boundary in doubt between pages {pages}",
                message=(
                    f"Where this part of {ed.ingested.source_path.split('#')[0]} begins or ends is "
                    f"uncertain (confidence {b['confidence']:.2f}): check the pages {pages} of "
                    f"the file."
                ),
                page=1,
            )
        )
    return out


def listed_match(doc: IngestedDocument, attachment_id: str) -> float | None:
    """How surely a part is the listed attachment `attachment_id` (None: the split did not say)."""
    from .link import same_attachment_id

    b = split_of(doc)
    if b.get("role") != "part" or not b.get("attachment_id"):
        return None
    if not same_attachment_id(b["attachment_id"], attachment_id):
        return 0.0
    return round(max(LISTED_MATCH, b.get("confidence", 1.0)), 3)


def split_evidence(resp, rows: list[dict], files: dict) -> list:
    """Evidence for each listed attachment linked to a bundle's part: where the list names it,
    what marked the part's start, and how sure the split and the match are."""
    from .evidence import Evidence, Provenance

    sd = resp.structured
    by_id = {it.attachment_id: it for it in sd.attachment_list}
    pages = {p.page_no: p for p in resp.ingested.pages}
    out = []
    for r in rows:
        f = files.get(r["file_doc_id"]) if r["file_doc_id"] else None
        b = split_of(f.ingested) if f else {}
        if b.get("role") != "part":
            continue
        it = by_id.get(r["attachment_id"])
        page = pages.get(it.line.page_no) if it else None
        prov = Provenance.of_span(page, it.line.start, it.line.end) if it and page else None
        signals = tuple(b.get("signals", [])) + (("attachment_list",) if b.get("attachment_id") else ())
        out.append(
            Evidence(
                resp.ingested.doc_id,
                "attachments",
                r["attachment_id"],
                "file_doc_id",
                r["file_doc_id"],
                it.line.text if it else None,
                prov,
                "ocr" if page and page.source == "ocr" else "text_layer",
                tuple(dict.fromkeys(signals)),
                min(b.get("confidence", 1.0), r["match_score"] or 0.0),
            )
        )
    return out
