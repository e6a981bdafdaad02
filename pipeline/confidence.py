"""Honest confidence for auditors: values read with too little certainty become `needs_review`
checks that name the competing readings, so a reviewer sees the doubtful values first.

Works on the `evidence` table's rows (whatever stages write them): one check per published field
(doc, table, key, field) that has a reading below the review threshold. A field a reviewer has
corrected (source `reviewer`) is settled and never flagged again."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

# A reading below this confidence is shown to a reviewer (`granttrail run --review-below`).
REVIEW_BELOW = 0.8
# How the competing readings are joined in a check's `expected` column.
READING_SEPARATOR = " | "

FieldKey = tuple[str, str, str, str]  # doc_id, table, key, field
# Each independent check that closes (a total, the invoices) takes this share of the remaining
# doubt away: a reading at 0.6 that the stated total confirms goes to 0.8.
DOUBT_KEPT = 0.5
# Rounding a municipality's ledger allows (as check.TOLERANCE): kronor.
ARITHMETIC_TOLERANCE = Decimal("1.00")


def field_key(row: dict) -> FieldKey:
    return (
        row.get("doc_id") or "",
        row.get("table") or "",
        row.get("key") or "",
        row.get("field") or "",
    )


def readings_by_field(evidence_rows: list[dict]) -> dict[FieldKey, list[dict]]:
    """Evidence rows grouped by the field they read, most confident first."""
    groups: dict[FieldKey, list[dict]] = defaultdict(list)
    for r in evidence_rows:
        groups[field_key(r)].append(r)
    for rows in groups.values():
        rows.sort(key=lambda r: -(r.get("confidence") or 0.0))
    return groups


def doubtful(rows: list[dict], threshold: float) -> bool:
    """A field needs review when a reading of it is below the threshold, unless a reviewer has
    settled it."""
    if any(r.get("source") == "reviewer" for r in rows):
        return False
    return any((r.get("confidence") or 0.0) < threshold for r in rows)


def competing_readings(rows: list[dict]) -> tuple[str | None, str | None]:
    """(expected, actual): actual is the reading published (the most confident), expected the
    other readings that differ from it; where there are none, the text as printed when it is not
    simply the value (an OCR or format repair the reviewer should see)."""
    actual = rows[0].get("value")
    others: list[str] = []
    for r in rows[1:]:
        v = r.get("value")
        if v is not None and v != actual and v not in others:
            others.append(v)
    if others:
        return READING_SEPARATOR.join(others), actual
    raw = rows[0].get("raw_text")
    return (raw if raw and raw != actual else None), actual


def review_checks(evidence_rows: list[dict], threshold: float = REVIEW_BELOW) -> list[dict]:
    """`needs_review` checks (severity warning) for the doubtful fields."""
    out: list[dict] = []
    for (doc_id, table, key, fld), rows in sorted(readings_by_field(evidence_rows).items()):
        if not doubtful(rows, threshold):
            continue
        expected, actual = competing_readings(rows)
        conf = min((r.get("confidence") or 0.0) for r in rows)
        signals = sorted({s for r in rows for s in (r.get("signals") or [])})
        where = f"{table} {key}".strip()
        message = (
            f"{where}: {fld} read as “{actual}” with confidence {conf:.2f} "
            f"(below {threshold:.2f})"
            + (f"; other readings: {expected}" if expected and len(rows) > 1 else "")
            + (f"; signals: {', '.join(signals)}" if signals else "")
            + "."
        )
        out.append(
            dict(
                doc_id=doc_id,
                activity_no=key if table == "activities" else None,
                check="needs_review",
                severity="warning",
                expected=expected,
                actual=actual,
                message=message,
                page=rows[0].get("page"),
                table=table,
                key=key,
                field=fld,
                confidence=conf,
            )
        )
    return out


def corroborate(tables: dict[str, list[dict]]) -> None:
    """Arithmetic that closes is a signal the readers cannot see one document at a time: the
    activities' claims adding up to a total the response states, and the invoices linked to an
    activity adding up to its claim (net or gross). Each raises the claim's evidence rows
    (signal `stated_total` or `invoices`), in place."""
    claims = [
        e
        for e in tables.get("evidence", [])
        if e["table"] == "activities" and e["field"] == "claimed_amount_sek" and e["source"] != "reviewer"
    ]
    if not claims:
        return
    acts: defaultdict[str, dict[str, Decimal | None]] = defaultdict(dict)  # doc_id -> activity_no -> claimed
    for a in tables.get("activities", []):
        acts[a["doc_id"]][a["activity_no"]] = a["claimed_amount_sek"]
    for e in claims:
        claimed = acts.get(e["doc_id"], {}).get(e["key"])
        if claimed is None or _text(claimed) != e["value"]:
            continue  # a competing reading, not the one published
        if _stated_total_closes(e["doc_id"], acts[e["doc_id"]], tables):
            _raise(e, "stated_total")
        if _invoices_close(e["doc_id"], e["key"], claimed, tables):
            _raise(e, "invoices")


def _text(v: Decimal) -> str:
    return str(v.quantize(Decimal("0.01")))


def _close(a: Decimal, b: Decimal) -> bool:
    return abs(a - b) <= ARITHMETIC_TOLERANCE


def _stated_total_closes(doc_id: str, claims: dict, tables: dict) -> bool:
    values = [v for v in claims.values() if v is not None]
    if len(values) < 2:
        return False
    total = sum(values, Decimal(0))
    return any(
        m["doc_id"] == doc_id and m["role"] == "total" and m["activity_no"] is None and m["currency"] == "SEK" and _close(m["value"], total)
        for m in tables.get("money", [])
    )


def _invoices_close(doc_id: str, activity: str, claimed: Decimal, tables: dict) -> bool:
    links = [
        x for x in tables.get("activity_invoices", []) if x["doc_id"] == doc_id and x["activity_no"] == activity and x["invoice_doc_id"]
    ]
    if not links or any((x.get("currency") or "SEK") != "SEK" for x in links):
        return False
    for col in ("net_amount", "total_amount"):
        amounts = [x[col] for x in links]
        if None not in amounts and _close(sum(amounts, Decimal(0)), claimed):
            return True
    return False


def _raise(e: dict, signal: str) -> None:
    if signal in (e.get("signals") or []):
        return
    e["signals"] = [*(e.get("signals") or []), signal]
    e["confidence"] = round(1 - (1 - (e.get("confidence") or 0.0)) * DOUBT_KEPT, 4)
