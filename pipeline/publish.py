"""Publish: the contract's tables as Parquet, written atomically, rows in a fixed order, the same
bytes for the same input."""

from __future__ import annotations

import io
import json
import math
from datetime import date
from decimal import Decimal
from pathlib import Path

import pyarrow as pa
import pyarrow.json as pa_json
import pyarrow.parquet as pq

from .extract import ExtractedDocument
from .link import Linked
from .schemas import SCHEMAS, SORT_KEYS


def document_row(ed: ExtractedDocument, linked: Linked | None) -> dict:
    doc = ed.ingested
    parent, attachment_id = (linked.parent.get(doc.doc_id) if linked else None) or (None, None)
    kind = ed.kind
    if kind in ("attachment", "other"):
        kind = "attachment" if parent else "other"
    meta = ed.meta or {}
    return dict(
        doc_id=doc.doc_id,
        source_path=doc.source_path,
        sha256=doc.sha256,
        media_type=doc.media_type,
        kind=kind,
        title=meta.get("title") or doc.title,
        issuer=meta.get("issuer"),
        municipality=meta.get("municipality"),
        addressee=meta.get("addressee"),
        doc_date=meta.get("doc_date"),
        page_count=doc.page_count,
        ocr_pages=doc.ocr_pages,
        parent_doc_id=parent,
        attachment_id=attachment_id,
        status=doc.status,
        error=doc.error,
        bytes=doc.size,
        language=meta.get("language"),
        text_quality=meta.get("text_quality"),
        container_doc_id=doc.container_doc_id,
        first_page=doc.first_page,
    )


def tables_from(linked: Linked, check_rows: list[dict], extra_documents: list[dict]) -> dict[str, list[dict]]:
    t: dict[str, list[dict]] = {name: [] for name in SCHEMAS}
    for ed in linked.docs:
        doc = ed.ingested
        did = doc.doc_id
        t["documents"].append(document_row(ed, linked))
        for p in doc.pages:
            t["pages"].append(
                dict(
                    doc_id=did,
                    page_no=p.page_no,
                    text=p.text,
                    source=p.source if p.source in ("text_layer", "ocr") else "text_layer",
                    width=p.width,
                    height=p.height,
                    rotation=p.rotation,
                    skew=p.skew,
                    ocr_confidence=p.ocr_confidence,
                )
            )
        t["money"].extend(ed.money)
        t["evidence"].extend(dict(e.row()) for e in ed.evidence)
        t["invoice_lines"].extend(ed.invoice_lines)
        t["invoice_vat"].extend(ed.invoice_vat)
        t["layout_tables"].extend(ed.layout_tables)
        t["layout_cells"].extend(ed.layout_cells)
        t["quantities"].extend(ed.quantities)
        t["people"].extend(ed.people)
        if ed.invoice:
            t["invoices"].append(ed.invoice)
        if ed.kind != "response":
            continue
        sd = ed.structured
        for e in sd.toc:
            t["toc_entries"].append(
                dict(
                    doc_id=did, ordinal=e.ordinal, number=e.number, title=e.title, amount_sek=e.amount, page=e.page, found_page=e.found_page
                )
            )
        for a in ed.activities:
            t["activities"].append(
                dict(
                    doc_id=did,
                    activity_no=a.number,
                    title=a.title,
                    toc_title=a.toc_title,
                    claimed_amount_sek=a.claimed,
                    page_start=a.page_start,
                    page_end=a.page_end,
                    agency_assessment=a.assessment,
                    agency_reasons=a.reasons,
                    municipality_position=a.position,
                    repayment_amount_sek=a.repayment,
                    position_evidence=a.evidence,
                    position_page=a.evidence_page,
                    _order=a.order,
                )
            )
        for g in sd.grant_payments:
            t["grant_payments"].append(
                dict(
                    doc_id=did,
                    activity_no=g.activity_no,
                    reference=g.reference,
                    payment_date=g.payment_date,
                    recipient=g.recipient,
                    description=g.description,
                    amount_sek=g.amount,
                    page=g.page,
                    _order=g.order,
                )
            )
        t["attachments"].extend(linked.attachments.get(did, []))
        t["attachment_refs"].extend(linked.refs.get(did, []))
    t["activity_invoices"].extend(linked.activity_invoices)
    t["document_links"].extend(linked.document_links)
    t["checks"].extend(check_rows)
    t["documents"].extend(extra_documents)
    return t


def to_arrow(name: str, rows: list[dict]) -> pa.Table:
    schema = SCHEMAS[name]
    keys = SORT_KEYS[name]

    def sort_key(r: dict):
        return tuple((r.get(k) is None, r.get(k) if r.get(k) is not None else 0) for k in keys)

    rows = sorted(rows, key=sort_key)
    if not rows:
        return pa.Table.from_batches([], schema=schema)  # (schema.empty_table() imports pandas)
    # Rows go to Arrow as JSON lines read against the schema: Decimals travel as strings (exact to
    # the öre), dates as day numbers. Building arrays from Python lists instead makes pyarrow import
    # pandas, 0.2 s of every run.
    names = [f.name for f in schema]
    quanta = {f.name: Decimal(1).scaleb(-f.type.scale) for f in schema if pa.types.is_decimal(f.type)}
    buf = io.BytesIO()
    for r in rows:
        record = {n: _jsonable(r.get(n), quanta.get(n)) for n in names}
        buf.write(json.dumps(record, ensure_ascii=False).encode("utf-8"))
        buf.write(b"\n")
    buf.seek(0)
    opts = pa_json.ParseOptions(explicit_schema=schema, unexpected_field_behavior="ignore", newlines_in_values=False)
    table = pa_json.read_json(buf, read_options=pa_json.ReadOptions(block_size=1 << 26), parse_options=opts)
    return table.select(names).cast(schema)


_EPOCH = date(1970, 1, 1)


def _jsonable(v, quantum: Decimal | None = None):
    if isinstance(v, Decimal):
        return str(v.quantize(quantum or Decimal("0.01")))
    if isinstance(v, date):
        return (v - _EPOCH).days
    if isinstance(v, float) and not math.isfinite(v):
        return None
    return v


def write_table(table: pa.Table, path: Path) -> None:
    """Write one table. Publish writes into a fresh version folder that no reader sees until the
    whole set is in place (outdir.publish_set), so the file is written under its own name and
    gets the umask's mode."""
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, path, compression="zstd")


def publish(tables: dict[str, list[dict]], out_dir: Path, run_key: str | None = None, manifest: dict | None = None) -> dict[str, int]:
    """Every table of the contract, published as one unit (see outdir.py)."""
    from .outdir import publish_set

    def write(folder: Path) -> dict[str, int]:
        counts = {}
        for name in SCHEMAS:
            table = to_arrow(name, tables.get(name, []))
            write_table(table, folder / f"{name}.parquet")
            counts[name] = table.num_rows
        return counts

    return publish_set(Path(out_dir), write, run_key, list(SCHEMAS), manifest)
