"""Provenance as a type: where a value was read and how sure the reading is.

One `Evidence` record is made where a value is read (a heading, a table cell, an invoice label's
neighbour, an embedded e-invoice, a reviewer's correction) and travels with the document to the
`evidence` table of the contract (v2). The report draws its highlights from these records, so no
stage has to find a value's place on the page again. Modelled on docling-core's
`ProvenanceItem`: page, character span and box, plus what we add for auditors: the independent
signals that agree on the value and a confidence in [0, 1]."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Literal, TypedDict

from .ingest.model import Box, PageText

EvidenceSource = Literal["text_layer", "ocr", "table", "einvoice", "reviewer"]

# A reading confirmed by this many independent signals is as sure as the reader gets.
SIGNALS_FOR_CERTAINTY = 3


@dataclass(frozen=True)
class Provenance:
    """A place in a document: page (1-based), character span in that page's text, box in PDF
    points (x0, top, x1, bottom; None where the page has no geometry)."""

    page: int
    char_start: int | None = None
    char_end: int | None = None
    box: Box | None = None

    @classmethod
    def of_span(cls, page: PageText, start: int, end: int) -> Provenance:
        return cls(page.page_no, start, end, page.box(start, end))


class EvidenceRow(TypedDict):
    """A row of the contract's `evidence` table."""

    doc_id: str
    table: str
    key: str
    field: str
    value: str | None
    raw_text: str | None
    page: int | None
    char_start: int | None
    char_end: int | None
    x0: float | None
    top: float | None
    x1: float | None
    bottom: float | None
    source: EvidenceSource
    signals: list[str]
    confidence: float


@dataclass(frozen=True)
class Evidence:
    """One field of one published row, with where it was read."""

    doc_id: str
    table: str
    key: str
    field: str
    value: str | None
    raw_text: str | None
    prov: Provenance | None
    source: EvidenceSource
    signals: tuple[str, ...] = ()
    confidence: float = 1.0

    def row(self) -> EvidenceRow:
        p = self.prov
        box: tuple[float | None, ...] = p.box if p and p.box else (None, None, None, None)
        return EvidenceRow(
            doc_id=self.doc_id,
            table=self.table,
            key=self.key,
            field=self.field,
            value=self.value,
            raw_text=self.raw_text,
            page=p.page if p else None,
            char_start=p.char_start if p else None,
            char_end=p.char_end if p else None,
            x0=box[0],
            top=box[1],
            x1=box[2],
            bottom=box[3],
            source=self.source,
            signals=list(self.signals),
            confidence=round(clamp(self.confidence), 4),
        )


def clamp(x: float, lo: float = 0.0, hi: float = 1.0) -> float:
    return max(lo, min(hi, x))


def as_text(value: object) -> str | None:
    """A value as the evidence table shows it: the published value's text form."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        return str(value.quantize(Decimal("0.01")))
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return ";".join(str(v) for v in value)
    return str(value)


def agreement_confidence(signals: int, base: float = 0.6) -> float:
    """Confidence from how many independent readings agree: one signal alone gives `base`; each
    further one closes a third of the remaining gap, certainty at SIGNALS_FOR_CERTAINTY."""
    if signals <= 0:
        return 0.0
    if signals >= SIGNALS_FOR_CERTAINTY:
        return 0.99
    conf = base
    for _ in range(signals - 1):
        conf += (1 - conf) / 3 * 2
    return clamp(conf, 0.0, 0.99)


@dataclass
class EvidenceLog:
    """The evidence a document collects while it is read."""

    items: list[Evidence] = field(default_factory=list)

    def add(self, ev: Evidence) -> None:
        self.items.append(ev)

    def rows(self) -> list[EvidenceRow]:
        return [e.row() for e in self.items]
