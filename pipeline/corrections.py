"""A reviewer's corrections (contract v2, `corrections`), applied on every run.

A reviewer fixes a value once, in `corrections.csv` in the input folder's root (or the file given
with `granttrail run --corrections FILE`): one row per field, keyed by the document (doc_sha256 or
doc_id), the table, the row's key and the column. The file is read fresh on every run, never
cached, and applied to the extracted documents after extraction and before link and check, so
links, checks, totals, the report and the workbook all see the corrected value. Each row gets a
status: `applied`, `stale` (the document or row is gone, or the pipeline now reads that value
itself) or `invalid` (the value does not parse for its column). An applied correction replaces
the pipeline's evidence for the field with a `reviewer` reading of confidence 1."""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import pyarrow as pa

from .confidence import REVIEW_BELOW, corroborate, review_checks
from .evidence import Evidence, Provenance, as_text
from .schemas import POSITIONS, REASONS, SCHEMAS

CORRECTIONS_CSV = "corrections.csv"
COLUMNS = ("doc_sha256", "doc_id", "table", "key", "field", "value", "note", "reviewer", "date")
# The literal a reviewer writes to clear a value (an empty cell is a template row not filled in).
CLEAR = "null"
# Activity columns the pipeline stores under other names on `ActivityFacts`.
ACTIVITY_ATTRS = {
    "activity_no": None,
    "title": "title",
    "toc_title": "toc_title",
    "claimed_amount_sek": "claimed",
    "page_start": "page_start",
    "page_end": "page_end",
    "agency_assessment": "assessment",
    "agency_reasons": "reasons",
    "municipality_position": "position",
    "repayment_amount_sek": "repayment",
    "position_evidence": "evidence",
    "position_page": "evidence_page",
}
TOC_ATTRS = {
    "number": "number",
    "title": "title",
    "amount_sek": "amount",
    "page": "page",
    "found_page": "found_page",
}
DOCUMENT_FIELDS = ("title", "issuer", "municipality", "addressee", "doc_date", "language")
ENUMS = {("activities", "municipality_position"): POSITIONS}
_CURRENCY = re.compile(r"[A-Z]{3}")
SHA_PREFIX_MIN = 16  # hex digits of doc_sha256 that name a document (doc_id is its first 16)


class Invalid(ValueError):
    """The value does not parse for its column."""


@dataclass
class Correction:
    row: dict[str, str | None]
    order: int
    status: str = "invalid"
    previous_value: str | None = None
    message: str = ""
    doc_id: str | None = None
    doc_sha256: str | None = None
    parsed: Any = None

    def target(self) -> tuple[str, str, str, str]:
        r = self.row
        return (self.doc_id or "", r.get("table") or "", r.get("key") or "", r.get("field") or "")

    def out_row(self) -> dict:
        r: dict[str, object] = {c: self.row.get(c) for c in COLUMNS}
        r.update(
            doc_id=self.doc_id or r["doc_id"],
            doc_sha256=self.doc_sha256 or r["doc_sha256"],
            previous_value=self.previous_value,
            status=self.status,
            message=self.message,
            _order=self.order,
        )
        return r


@dataclass
class Corrections:
    """The corrections for one run, and what became of each."""

    items: list[Correction] = field(default_factory=list)
    source: Path | None = None
    raw: bytes = b""
    review_below: float = REVIEW_BELOW

    @classmethod
    def load(cls, input_dir: Path, path: Path | None = None, review_below: float | None = None) -> Corrections:
        review_below = REVIEW_BELOW if review_below is None else review_below
        src = Path(path) if path else Path(input_dir) / CORRECTIONS_CSV
        if not src.is_file():
            if path:
                raise FileNotFoundError(f"corrections file {src} does not exist")
            return cls(review_below=review_below)
        raw = src.read_bytes()
        return cls(read_rows(raw), src, raw, review_below)

    def digest(self) -> str:
        """What the published tables depend on besides the documents: the corrections' bytes
        and the review threshold (a changed file or threshold republishes the tables)."""
        return hashlib.sha256(self.raw + f"\0{self.review_below}".encode()).hexdigest()[:16]

    def apply(self, docs: list) -> None:
        """Apply to the extracted documents (`ExtractedDocument`s), in place."""
        for d in docs:
            self.apply_to_document(d)
        self.close()

    def apply_to_document(self, ed) -> None:
        """Apply the rows that name this document and no document before it (a streamed run
        applies each document's as its result arrives); a later row for the same field
        supersedes an earlier one."""
        latest: dict[tuple, Correction] = {}
        doc = ed.ingested
        for c in self.items:
            wanted = [x.lower() for x in (c.row.get("doc_sha256"), c.row.get("doc_id")) if x]
            if c.doc_id is not None or not _names_document(wanted, doc.doc_id or "", doc.sha256 or ""):
                continue
            c.doc_id, c.doc_sha256 = doc.doc_id, doc.sha256
            if c.status == "invalid":
                continue
            prev = latest.get(c.target())
            if prev is not None:
                prev.status, prev.message = "stale", "superseded by a later row for the same field"
            latest[c.target()] = c
        for c in latest.values():
            _apply_one(c, ed)

    def close(self) -> None:
        """After every document: a row that named none of them is stale."""
        for c in self.items:
            if c.doc_id is None and c.status != "invalid":
                c.status, c.message = "stale", "the document is no longer among the inputs"

    def finish(self, tables: dict[str, list[dict]]) -> None:
        """Publish: the corrections table, `correction_stale` and `needs_review` checks."""
        finish_tables(tables, self.settled())

    def settled(self) -> dict:
        """What publish needs of the applied corrections, as plain data (the dvc stages keep it
        between link and publish)."""
        return dict(
            rows=[c.out_row() for c in self.items],
            stale=[_stale_check(c) for c in self.items if c.status == "stale"],
            review_below=self.review_below,
        )


def finish_tables(tables: dict[str, list[dict]], settled: dict) -> None:
    """The corrections table, `correction_stale` checks, and `needs_review` checks for readings
    below the review threshold (after cross-document arithmetic raised what it confirms)."""
    tables["corrections"] = list(settled["rows"])
    checks = tables.setdefault("checks", [])
    base = len(checks)
    corroborate(tables)  # arithmetic across documents that closes raises confidence
    new = [dict(c) for c in settled["stale"]]
    new += review_checks(tables.get("evidence", []), settled["review_below"])
    for i, ch in enumerate(new):
        ch["_order"] = base + i
    checks.extend(new)

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for c in self.items:
            out[c.status] = out.get(c.status, 0) + 1
        return out


def read_rows(raw: bytes) -> list[Correction]:
    """The CSV as a reviewer (or Excel, with `;` and a byte-order mark) saves it."""
    text = raw.decode("utf-8-sig", errors="replace")
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    items: list[Correction] = []
    for i, rec in enumerate(reader):
        row = {c: _cell(rec.get(c)) for c in COLUMNS}
        if not any(row.values()):
            continue
        c = Correction(row, i)
        problem = _row_problem(row)
        if problem:
            c.message = problem
        else:
            c.status = "pending"
        items.append(c)
    return items


def _cell(v: str | None) -> str | None:
    v = (v or "").strip()
    return v or None


def _row_problem(row: dict) -> str | None:
    table, fld = row.get("table"), row.get("field")
    if not (row.get("doc_sha256") or row.get("doc_id")):
        return "no doc_sha256 or doc_id"
    if table not in CORRECTABLE:
        return f"table {table!r} cannot be corrected (one of: {', '.join(CORRECTABLE)})"
    if fld not in CORRECTABLE[table]:
        return f"{table} has no correctable column {fld!r}"
    if not row.get("key") and table in ("activities", "toc_entries"):
        return "no key (the row's activity_no or ordinal)"
    if row.get("value") is None:
        return f"no value (write {CLEAR!r} to clear the field)"
    try:
        parse_value(table, fld, row["value"])
    except Invalid as e:
        return str(e)
    return None


def _column_type(table: str, fld: str) -> pa.DataType:
    return SCHEMAS[table].field(fld).type


def parse_value(table: str, fld: str, text: str) -> Any:
    """The reviewer's text as the column's value; raises `Invalid`."""
    if text.strip().lower() == CLEAR:
        return None
    t = _column_type(table, fld)
    text = text.strip()
    for is_type, parse in _PARSERS:
        if is_type(t):
            return parse(text, t)
    return _string(table, fld, text)


def _date(text: str, t: pa.DataType) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise Invalid(f"{text!r} is no date (write YYYY-MM-DD)") from None


def _integer(text: str, t: pa.DataType) -> int:
    if not re.fullmatch(r"-?\d+", text):
        raise Invalid(f"{text!r} is no whole number")
    return int(text)


def _float(text: str, t: pa.DataType) -> float:
    try:
        return float(text.replace(",", "."))
    except ValueError:
        raise Invalid(f"{text!r} is no number") from None


def _decimal(text: str, t: pa.DataType) -> Decimal:
    return _amount(text, t.scale)


def _amount(text: str, scale: int) -> Decimal:
    from .swedish import parse_amount

    v = parse_amount(text)
    if v is None or scale != 2:
        try:
            v = Decimal(text.replace("\u00a0", "").replace(" ", "").replace(",", "."))
        except InvalidOperation:
            raise Invalid(f"{text!r} is no amount") from None
    if not v.is_finite() or v != v.quantize(Decimal(1).scaleb(-scale)):
        raise Invalid(f"{text!r} has more than {scale} decimals")
    return v


def _boolean(text: str, t: pa.DataType) -> bool:
    low = text.lower()
    if low in ("true", "ja", "yes", "1"):
        return True
    if low in ("false", "nej", "no", "0"):
        return False
    raise Invalid(f"{text!r} is neither true nor false")


def _reasons(text: str, t: pa.DataType) -> list[str]:
    codes = [x.strip() for x in re.split(r"[;,]", text) if x.strip()]
    bad = [x for x in codes if x not in REASONS]
    if bad:
        raise Invalid(f"unknown reason code(s) {', '.join(bad)} (one of: {', '.join(REASONS)})")
    return codes


# a column's Arrow type -> the parser of a reviewer's text for it; other columns are strings
_PARSERS: list[tuple[Callable[[pa.DataType], bool], Callable[[str, pa.DataType], Any]]] = [
    (pa.types.is_decimal, _decimal),
    (pa.types.is_date, _date),
    (pa.types.is_integer, _integer),
    (pa.types.is_floating, _float),
    (pa.types.is_boolean, _boolean),
    (pa.types.is_list, _reasons),
]


def _string(table: str, fld: str, text: str) -> str:
    allowed = ENUMS.get((table, fld))
    if allowed and text not in allowed:
        raise Invalid(f"{text!r} is not one of {', '.join(allowed)}")
    if fld == "currency" and not _CURRENCY.fullmatch(text):
        raise Invalid(f"{text!r} is no ISO 4217 currency code")
    return text


# --------------------------------------------------------------------------------------------
# Applying


def _names_document(wanted: list[str], doc_id: str, sha256: str) -> bool:
    """The correction names this document: by its id, its hash, or a hash prefix of 16 or more."""
    return any(w in (doc_id, sha256) or (len(w) >= SHA_PREFIX_MIN and sha256.startswith(w)) for w in wanted)


def _apply_one(c: Correction, ed) -> None:
    # validated before it is applied: a correction names its table and field
    table, key, fld = c.row["table"] or "", c.row.get("key") or "", c.row["field"] or ""
    c.parsed = parse_value(table, fld, c.row["value"] or "")
    target = CORRECTABLE[table][fld]
    found = target.find(ed, key)
    if found is None:
        c.status, c.message = "stale", f"{table} has no row {key!r} in this document"
        return
    current = target.get(found)
    c.previous_value = as_text(current)
    if _same(current, c.parsed):
        c.status, c.message = "stale", "the pipeline now reads this value itself"
        return
    target.set(found, c.parsed)
    if table == "activities":
        _derive_repayment(found, fld, current)
    c.status, c.message = "applied", ""
    _record_evidence(ed, c, table, key or ed.ingested.doc_id, fld)


def _same(current: Any, new: Any) -> bool:
    if isinstance(current, Decimal) and isinstance(new, Decimal):
        return current == new
    return as_text(current) == as_text(new)


def _derive_repayment(act, fld: str, old: Any) -> None:
    """Keep the contract's rule (accepts_full repays the claim, disputes repays 0, unclear
    nothing) when the reviewer corrects the claim or the position."""
    if fld == "claimed_amount_sek" and act.position == "accepts_full" and act.repayment == old:
        act.repayment = act.claimed
    elif fld == "municipality_position":
        act.repayment = {"accepts_full": act.claimed, "disputes": Decimal(0), "unclear": None}.get(act.position, act.repayment)


def _record_evidence(ed, c: Correction, table: str, key: str, fld: str) -> None:
    """The reviewer's reading replaces the pipeline's for this field; it keeps the place where
    the value is printed, so the report can still show it on its page."""
    ev_doc = ed.ingested.doc_id
    same = [e for e in ed.evidence if (e.table, e.key, e.field) == (table, key, fld)]
    prov = next((e.prov for e in same if e.prov), None)
    ed.evidence = [e for e in ed.evidence if e not in same]
    ed.evidence.append(
        Evidence(
            doc_id=ev_doc,
            table=table,
            key=key,
            field=fld,
            value=as_text(c.parsed),
            raw_text=c.row["value"],
            prov=prov or _row_page(ed, table, key),
            source="reviewer",
            signals=("reviewer",),
            confidence=1.0,
        )
    )


def _row_page(ed, table: str, key: str) -> Provenance | None:
    if table == "activities":
        a = next((a for a in ed.activities if a.number == key), None)
        return Provenance(a.page_start) if a else None
    if table == "invoices" and ed.invoice and ed.invoice.get("page"):
        return Provenance(ed.invoice["page"])
    return None


def _stale_check(c: Correction) -> dict:
    r = c.row
    return dict(
        doc_id=c.doc_id or r.get("doc_id") or (r.get("doc_sha256") or "")[:16] or None,
        activity_no=r.get("key") if r.get("table") == "activities" else None,
        check="correction_stale",
        severity="info",
        expected=r.get("value"),
        actual=c.previous_value,
        message=f"Correction of {r.get('table')} {r.get('key') or ''} {r.get('field')} to “{r.get('value')}” was not applied: {c.message}.",
        page=None,
    )


# --------------------------------------------------------------------------------------------
# Where each correctable field lives on an extracted document


@dataclass(frozen=True)
class Target:
    """How to find a table's row on an `ExtractedDocument` and read or write one column."""

    kind: str  # "attr": an object's attribute; "dict": a row dict's item; "meta": ed.meta
    name: str
    finder: str  # activities, toc_entries, invoices, documents

    def find(self, ed, key: str):
        return _FINDERS[self.finder](ed, key)

    def get(self, obj) -> Any:
        if self.kind == "attr":
            return getattr(obj, self.name)
        return obj.get(self.name)

    def set(self, obj, value: Any) -> None:
        if self.kind == "attr":
            setattr(obj, self.name, value)
        else:
            obj[self.name] = value


def _find_activity(ed, key: str):
    return next((a for a in ed.activities if a.number == key), None)


def _find_toc_entry(ed, key: str):
    return next((e for e in ed.structured.toc if str(e.ordinal) == key), None)


def _find_invoice(ed, key: str):
    """The document's invoice row; its key is the document's own id (or left empty)."""
    return ed.invoice if ed.invoice and key in ("", ed.ingested.doc_id) else None


def _find_document(ed, key: str):
    return ed.meta if key in ("", ed.ingested.doc_id) else None


# Target.finder -> how that table's row is found on an ExtractedDocument
_FINDERS: dict[str, Callable[[Any, str], Any]] = {
    "activities": _find_activity,
    "toc_entries": _find_toc_entry,
    "invoices": _find_invoice,
    "documents": _find_document,
}


def _targets() -> dict[str, dict[str, Target]]:
    acts = {col: Target("attr", attr, "activities") for col, attr in ACTIVITY_ATTRS.items() if attr}
    toc = {col: Target("attr", attr, "toc_entries") for col, attr in TOC_ATTRS.items()}
    inv = {f.name: Target("dict", f.name, "invoices") for f in SCHEMAS["invoices"] if f.name not in ("doc_id",)}
    docs = {name: Target("meta", name, "documents") for name in DOCUMENT_FIELDS}
    return {"activities": acts, "toc_entries": toc, "invoices": inv, "documents": docs}


CORRECTABLE = _targets()
