"""Evidence for the agency's reasons a matrix marks: where the marks stand, the legend's words
they stand for, and the signals that agree (the mark under a letter, the legend that explains
the letter, and the activity's own text where it gives the same reason)."""

from __future__ import annotations

from ..evidence import Evidence, Provenance, agreement_confidence
from .activities import row_numbers
from .codes import marked_cells
from .tables import LayoutTable


def _marked_rows(tables: list[LayoutTable]) -> dict[str, tuple[list, list[str]]]:
    """Activity number → the cells its row marks and the legend's words for them."""
    out: dict[str, tuple[list, list[str]]] = {}
    for t in (t for t in tables if t.code_meanings):
        for row, number in zip(t.rows, row_numbers(t), strict=True):
            marks = marked_cells(t, row)
            if number and marks:
                out.setdefault(number, ([c for c, _ in marks], [m for _, m in marks]))
    return out


def matrix_reason_evidence(sd, facts: list, text_reasons: dict[str, list[str]]) -> list[Evidence]:
    """An evidence row for each activity whose reasons a matrix marks."""
    marked = _marked_rows(sd.layout_tables)
    out = []
    for a in (a for a in facts if a.number in marked and a.reasons):
        cells, meanings = marked[a.number]
        first = cells[0]
        words = first.words
        prov = Provenance(first.page, min(w.start for w in words), max(w.end for w in words), first.box) if words else None
        signals = ("reason_matrix", "legend") + (("text",) if set(text_reasons.get(a.number, [])) & set(a.reasons) else ())
        raw = "; ".join(meanings)
        out.append(
            Evidence(
                sd.ingested.doc_id,
                "activities",
                a.number,
                "agency_reasons",
                "; ".join(a.reasons),
                raw,
                prov,
                "table",
                signals,
                agreement_confidence(len(signals)),
            )
        )
    return out
