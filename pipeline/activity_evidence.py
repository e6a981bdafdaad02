"""Evidence for a response's activities and contents: where each claimed amount, position and
repayment was read, the independent signals that agree on it (the contents, the heading, a
labelled amount line, the summary table) and how sure the reading is. The same for text-layer and
OCR pages: the page model carries boxes and character confidences for both."""

from __future__ import annotations

from decimal import Decimal

from .confidence import ocr_reading, position_confidence, position_signals, toc_field_confidence
from .evidence import Evidence, EvidenceSource, Provenance, agreement_confidence, as_text
from .ingest import Line, PageText
from .position_signals import read_statement
from .structure import Section, StructuredDocument
from .swedish import find_money


def _page(sd: StructuredDocument, page_no: int) -> PageText | None:
    return next((p for p in sd.ingested.pages if p.page_no == page_no), None)


def _amount_span(sd: StructuredDocument, line: Line, value: Decimal) -> Provenance | None:
    """The place of `value` as an amount on `line`, or the line itself."""
    page = _page(sd, line.page_no)
    if page is None:
        return None
    for m in find_money(line.text, money_context=True):
        if m.value == value:
            return Provenance.of_span(page, line.start + m.start, line.start + m.end)
    return Provenance.of_span(page, line.start, line.end)


def _source(sd: StructuredDocument, prov: Provenance | None) -> EvidenceSource:
    page = _page(sd, prov.page) if prov else None
    if page is None:  # read from no one place: OCR when every page of the document was
        pages = sd.ingested.pages
        return "ocr" if pages and all(p.source == "ocr" for p in pages) else "text_layer"
    return "ocr" if page.source == "ocr" else "text_layer"


def _reading_confidence(sd: StructuredDocument, prov: Provenance | None) -> float:
    page = _page(sd, prov.page) if prov else None
    if page is None or prov is None or prov.char_start is None or prov.char_end is None:
        return 1.0
    return ocr_reading(1.0, page, prov.char_start, prov.char_end)


Signals = tuple[list[str], "Provenance | None"]


def _stated_signals(sd: StructuredDocument, sec: Section, claimed: Decimal) -> Signals:
    """The section's own statements of the claim: its table row or heading, its amount line,
    its contents entry; the place of the first."""
    signals: list[str] = []
    prov = None
    heading_amount = sec.amount if sec.amount_line is None else None
    cell = (sec.cells or {}).get("amount")
    if cell is not None and sec.amount == claimed:
        signals.append("table_row")
        prov = Provenance(cell.page_no, cell.start, cell.end, cell.box)
    elif sec.amount_stated and heading_amount == claimed:
        signals.append("heading")
        prov = _amount_span(sd, sec.heading, claimed)
    if sec.amount_line is not None and sec.amount == claimed:
        signals.append("amount_line")
        prov = prov or _amount_span(sd, sec.amount_line, claimed)
    if sec.toc is not None and sec.toc.amount == claimed:
        signals.append("contents")
        prov = prov or _amount_span(sd, sec.toc.line, claimed)
    return signals, prov


def _summary_signals(sd: StructuredDocument, sec: Section, claimed: Decimal) -> Signals:
    """Summary-table rows that give this activity the claim; the place of the first cell."""
    signals: list[str] = []
    prov = None
    rows = [r for t in sd.summary_tables for r in t.rows if r.activity_no == sec.number and r.amounts.get("claimed") == claimed]
    for r in rows:
        signals.append("summary_table")
        page = _page(sd, r.page) if prov is None and "claimed" in r.spans else None
        if page is not None:
            prov = Provenance.of_span(page, *r.spans["claimed"])
    return signals, prov


# what the heading votes saw agree with the claim (pipeline.heading_votes): a table's row elsewhere
# naming the activity, a labelled amount line (the stated total is pipeline.confidence's to raise)
_VOTED_CLAIM_SIGNALS = {"row": "summary_table", "amount_line": "amount_line"}


def _voted_signals(sec: Section, already: list[str]) -> list[str]:
    """The claim's signals from the heading votes that no other reading has given already."""
    return [name for s in sec.signals if (name := _VOTED_CLAIM_SIGNALS.get(s)) and name not in already]


def _claim_signals(sd: StructuredDocument, sec: Section, claimed: Decimal) -> Signals:
    """The readings that state this claim, and the place of the first that does; a claim no
    statement gives was read from the body."""
    stated, prov = _stated_signals(sd, sec, claimed)
    tabled, tabled_prov = _summary_signals(sd, sec, claimed)
    signals = stated + tabled + _voted_signals(sec, stated + tabled)
    if not signals:
        return ["body"], _find_in_section(sd, sec, claimed)
    return signals, prov or tabled_prov


def _find_in_section(sd: StructuredDocument, sec: Section, value: Decimal) -> Provenance | None:
    for ln in [sec.heading, *sec.lines]:
        for m in find_money(ln.text):
            if m.value == value:
                page = _page(sd, ln.page_no)
                return Provenance.of_span(page, ln.start + m.start, ln.start + m.end) if page else None
    return None


def _sentence_place(sd: StructuredDocument, sentence: str | None, page_no: int | None) -> Provenance | None:
    if not sentence or page_no is None:
        return None
    page = _page(sd, page_no)
    if page is None:
        return None
    text = " ".join(page.text.split("\n"))  # same length: paragraphs may join lines
    at = text.find(sentence)
    if at < 0:
        at = text.find(sentence[:40])
        end = at + min(len(sentence), len(text) - at)
    else:
        end = at + len(sentence)
    return Provenance.of_span(page, at, end) if at >= 0 else Provenance(page_no)


def activity_evidence(sd: StructuredDocument, facts: list) -> list[Evidence]:
    """Evidence rows for every activity's claimed amount, position and repayment."""
    did = sd.ingested.doc_id
    out: list[Evidence] = []
    sections = {s.number: s for s in sd.sections}
    for a in facts:
        sec = sections.get(a.number)
        claim_signals: list[str] = []
        if sec is not None and a.claimed is not None:
            claim_signals, prov = _claim_signals(sd, sec, a.claimed)
            conf = agreement_confidence(len(claim_signals)) * _reading_confidence(sd, prov)
            out.append(
                Evidence(
                    did,
                    "activities",
                    a.number,
                    "claimed_amount_sek",
                    as_text(a.claimed),
                    _raw(sd, prov),
                    prov,
                    _source(sd, prov),
                    tuple(claim_signals),
                    conf,
                )
            )
        cell = (sec.cells or {}).get("position") if sec is not None else None
        pos_prov = (
            Provenance(cell.page_no, cell.start, cell.end, cell.box)
            if cell is not None
            else _sentence_place(sd, a.evidence, a.evidence_page)
        )
        statement = read_statement(a.position, a.evidence, a.repayment)
        pos_conf = position_confidence(statement) * _reading_confidence(sd, pos_prov)
        out.append(
            Evidence(
                did,
                "activities",
                a.number,
                "municipality_position",
                a.position,
                a.evidence,
                pos_prov,
                _source(sd, pos_prov),
                position_signals(statement),
                pos_conf,
            )
        )
        if a.repayment is not None:
            out.append(_repayment(sd, a, pos_prov, pos_conf, claim_signals))
    return out


def _repayment(sd: StructuredDocument, a, pos_prov: Provenance | None, pos_conf: float, claim_signals: list[str]) -> Evidence:
    did = sd.ingested.doc_id
    value = as_text(a.repayment)
    if a.position == "accepts_partial" and pos_prov is not None and pos_prov.char_start is not None:
        page = _page(sd, pos_prov.page)
        seg = page.text[pos_prov.char_start : pos_prov.char_end] if page else ""
        for m in find_money(seg, money_context=True):
            if m.value == a.repayment and page is not None:
                prov = Provenance.of_span(page, pos_prov.char_start + m.start, pos_prov.char_start + m.end)
                return Evidence(
                    did,
                    "activities",
                    a.number,
                    "repayment_amount_sek",
                    value,
                    m.raw,
                    prov,
                    _source(sd, prov),
                    ("position_wording", "amount"),
                    pos_conf * _reading_confidence(sd, prov),
                )
    # all of the claim, nothing, or a share of it: follows from the position and the claim
    signals = ("position_wording", *claim_signals) if a.position == "accepts_full" else ("position_wording",)
    return Evidence(
        did, "activities", a.number, "repayment_amount_sek", value, a.evidence, pos_prov, _source(sd, pos_prov), signals, pos_conf
    )


def _raw(sd: StructuredDocument, prov: Provenance | None) -> str | None:
    page = _page(sd, prov.page) if prov else None
    if page is None or prov is None or prov.char_start is None:
        return None
    return page.text[prov.char_start : prov.char_end]


def toc_evidence(sd: StructuredDocument) -> list[Evidence]:
    """Evidence rows for the contents' entries: number, title, amount and page as printed, with
    the heading found in the body as a second signal."""
    did = sd.ingested.doc_id
    out: list[Evidence] = []
    headed = {id(s.toc): s for s in sd.sections if s.toc is not None}
    for e in sd.toc:
        page = _page(sd, e.line.page_no)
        if page is None:
            continue
        prov = Provenance.of_span(page, e.line.start, e.line.end)
        conf_read = ocr_reading(1.0, page, e.line.start, e.line.end)
        sec = headed.get(id(e))
        signals = ("contents", "heading") if sec is not None or e.found_page else ("contents",)
        conf = agreement_confidence(len(signals)) * conf_read
        src: EvidenceSource = "ocr" if page.source == "ocr" else "text_layer"
        for name, value in (("number", e.number), ("title", e.title), ("amount_sek", e.amount), ("page", e.page)):
            if value is None:
                continue
            field_prov = prov
            if isinstance(value, Decimal):  # the amount: its own span on the line
                field_prov = _amount_span(sd, e.line, value) or prov
            out.append(
                Evidence(
                    did,
                    "toc_entries",
                    str(e.ordinal),
                    name,
                    as_text(value),
                    e.line.text,
                    field_prov,
                    src,
                    signals,
                    toc_field_confidence(conf, name, e, sec),
                )
            )
    return out
