"""The output contract (shared/CONTRACT.md) as pyarrow schemas: defined here once, used by publish,
tests and notebooks. Columns beyond the contract are additions, never renames."""

from __future__ import annotations

import pyarrow as pa

MONEY = pa.decimal128(18, 2)
STR = pa.string()
I32 = pa.int32()
F64 = pa.float64()
DATE = pa.date32()
BOOL = pa.bool_()
DEC = pa.decimal128(18, 4)  # quantities, unit prices and rates: exact, more places than money

KINDS = ("response", "press_release", "invoice", "attachment", "other", "bundle")
STATUSES = ("ok", "partial", "failed", "duplicate")
POSITIONS = ("accepts_full", "accepts_partial", "disputes", "unclear")
REASONS = (
    "purpose_mismatch",
    "unverifiable_costs",
    "exercise_of_authority",
    "outside_grant_period",
    "ordinary_operations",
    "fabricated_documents",
    "excessive_cost",
    "description_mismatch",
    "missing_description",
    "conditions_not_met",
)
MONEY_ROLES = ("toc", "heading", "body", "table", "total", "invoice")
DOC_TYPES = (
    "invoice",
    "internal_invoice",
    "payment_notice",
    "agreement",
    "payslip",
    "report",
    "agenda",
    "participant_list",
    "decision",
    "other",
)
VIA = ("attachment_list", "body_mention", "invoice_file")
SEVERITIES = ("error", "warning", "info")
CHECKS = (
    "toc_title_mismatch",
    "toc_page_mismatch",
    "toc_amount_mismatch",
    "stated_total_mismatch",
    "summary_table_mismatch",
    "unresolved_reference",
    "unreferenced_attachment",
    "attachment_file_missing",
    "attachment_label_mismatch",
    "duplicate_invoice",
    "invoice_sum_mismatch",
    "invoice_outside_period",
    # v2
    "needs_review",
    "near_duplicate_invoice",
    "invoice_not_addressed",
    "vat_mismatch",
    "line_items_mismatch",
    "einvoice_mismatch",
    "correction_stale",
)
PAGE_SOURCES = ("text_layer", "ocr")
INVOICE_SOURCES = ("text_layer", "ocr", "einvoice")
EVIDENCE_SOURCES = ("text_layer", "ocr", "table", "einvoice", "reviewer")
TABLE_ROLES = ("activities", "summary", "attachments", "payments", "invoice_lines", "other")
CORRECTION_STATUSES = ("applied", "stale", "invalid")


def _s(*fields: tuple[str, pa.DataType]) -> pa.Schema:
    return pa.schema([pa.field(n, t) for n, t in fields])


SCHEMAS: dict[str, pa.Schema] = {
    "documents": _s(
        ("doc_id", STR),
        ("source_path", STR),
        ("sha256", STR),
        ("media_type", STR),
        ("kind", STR),
        ("title", STR),
        ("issuer", STR),
        ("municipality", STR),
        ("addressee", STR),
        ("doc_date", DATE),
        ("page_count", I32),
        ("ocr_pages", I32),
        ("parent_doc_id", STR),
        ("attachment_id", STR),
        ("status", STR),
        ("error", STR),
        ("bytes", pa.int64()),
        # v2
        ("language", STR),
        ("text_quality", F64),
        ("duplicate_of", STR),
        ("container_doc_id", STR),
        ("first_page", I32),
    ),
    "pages": _s(
        ("doc_id", STR),
        ("page_no", I32),
        ("text", STR),
        ("source", STR),
        ("width", F64),
        ("height", F64),
        # v2
        ("rotation", I32),
        ("skew", F64),
        ("ocr_confidence", F64),
    ),
    "toc_entries": _s(
        ("doc_id", STR), ("ordinal", I32), ("number", STR), ("title", STR), ("amount_sek", MONEY), ("page", I32), ("found_page", I32)
    ),
    "activities": _s(
        ("doc_id", STR),
        ("activity_no", STR),
        ("title", STR),
        ("toc_title", STR),
        ("claimed_amount_sek", MONEY),
        ("page_start", I32),
        ("page_end", I32),
        ("agency_assessment", STR),
        ("agency_reasons", pa.list_(STR)),
        ("municipality_position", STR),
        ("repayment_amount_sek", MONEY),
        ("position_evidence", STR),
        ("position_page", I32),
    ),
    "money": _s(
        ("doc_id", STR),
        ("mention_id", STR),
        ("activity_no", STR),
        ("value", MONEY),
        ("currency", STR),
        ("raw_text", STR),
        ("role", STR),
        ("page", I32),
        ("char_start", I32),
        ("char_end", I32),
        ("x0", F64),
        ("top", F64),
        ("x1", F64),
        ("bottom", F64),
        ("sentence", STR),
        ("approximate", BOOL),
        ("range_part", I32),
    ),
    "quantities": _s(
        ("doc_id", STR),
        ("value", F64),
        ("unit", STR),
        ("raw_text", STR),
        ("approximate", BOOL),
        ("page", I32),
        ("sentence", STR),
        ("char_start", I32),
        ("char_end", I32),
    ),
    "attachments": _s(
        ("doc_id", STR),
        ("attachment_id", STR),
        ("activity_no", STR),
        ("filename", STR),
        ("label", STR),
        ("doc_type", STR),
        ("invoice_number", STR),
        ("counterparty", STR),
        ("file_doc_id", STR),
        ("match_score", F64),
        ("page", I32),
    ),
    "attachment_refs": _s(
        ("doc_id", STR), ("activity_no", STR), ("ref_text", STR), ("attachment_id", STR), ("page", I32), ("resolved", BOOL)
    ),
    "invoices": _s(
        ("doc_id", STR),
        ("invoice_number", STR),
        ("invoice_date", DATE),
        ("due_date", DATE),
        ("supplier_name", STR),
        ("supplier_org_no", STR),
        ("net_amount", MONEY),
        ("vat_amount", MONEY),
        ("total_amount", MONEY),
        ("vat_rate", F64),
        ("currency", STR),
        ("payment_ref", STR),
        ("page", I32),
        ("is_credit_note", BOOL),
        ("customer_name", STR),
        # v2
        ("amount_due", MONEY),
        ("buyer_name", STR),
        ("buyer_org_no", STR),
        ("order_reference", STR),
        ("service_period_start", DATE),
        ("service_period_end", DATE),
        ("iban", STR),
        ("bic", STR),
        ("bankgiro", STR),
        ("plusgiro", STR),
        ("ocr_reference", STR),
        ("language", STR),
        ("source", STR),
    ),
    "invoice_lines": _s(
        ("doc_id", STR),
        ("line_no", I32),
        ("description", STR),
        ("quantity", DEC),
        ("unit", STR),
        ("unit_price", DEC),
        ("amount", MONEY),
        ("vat_rate", DEC),
        ("currency", STR),
        ("page", I32),
    ),
    "invoice_vat": _s(("doc_id", STR), ("vat_rate", DEC), ("net_amount", MONEY), ("vat_amount", MONEY), ("currency", STR)),
    "activity_invoices": _s(
        ("doc_id", STR),
        ("activity_no", STR),
        ("invoice_number", STR),
        ("attachment_id", STR),
        ("invoice_doc_id", STR),
        ("via", STR),
        ("invoice_date", DATE),
        ("net_amount", MONEY),
        ("total_amount", MONEY),
        ("currency", STR),
    ),
    "grant_payments": _s(
        ("doc_id", STR),
        ("activity_no", STR),
        ("reference", STR),
        ("payment_date", DATE),
        ("recipient", STR),
        ("description", STR),
        ("amount_sek", MONEY),
        ("page", I32),
    ),
    "people": _s(
        ("doc_id", STR), ("name", STR), ("role", STR), ("organisation", STR), ("party", STR), ("phone", STR), ("email", STR), ("page", I32)
    ),
    "checks": _s(
        ("doc_id", STR),
        ("activity_no", STR),
        ("check", STR),
        ("severity", STR),
        ("expected", STR),
        ("actual", STR),
        ("message", STR),
        ("page", I32),
    ),
    "document_links": _s(("from_doc_id", STR), ("to_doc_id", STR), ("relation", STR), ("score", F64)),
    # v2
    "evidence": _s(
        ("doc_id", STR),
        ("table", STR),
        ("key", STR),
        ("field", STR),
        ("value", STR),
        ("raw_text", STR),
        ("page", I32),
        ("char_start", I32),
        ("char_end", I32),
        ("x0", F64),
        ("top", F64),
        ("x1", F64),
        ("bottom", F64),
        ("source", STR),
        ("signals", pa.list_(STR)),
        ("confidence", F64),
    ),
    "layout_tables": _s(
        ("doc_id", STR),
        ("table_no", I32),
        ("page", I32),
        ("page_end", I32),
        ("n_rows", I32),
        ("n_cols", I32),
        ("ruled", BOOL),
        ("x0", F64),
        ("top", F64),
        ("x1", F64),
        ("bottom", F64),
        ("role", STR),
    ),
    "layout_cells": _s(
        ("doc_id", STR),
        ("table_no", I32),
        ("row", I32),
        ("col", I32),
        ("text", STR),
        ("is_header", BOOL),
        ("row_span", I32),
        ("col_span", I32),
        ("page", I32),
        ("x0", F64),
        ("top", F64),
        ("x1", F64),
        ("bottom", F64),
    ),
    "corrections": _s(
        ("doc_sha256", STR),
        ("doc_id", STR),
        ("table", STR),
        ("key", STR),
        ("field", STR),
        ("value", STR),
        ("note", STR),
        ("reviewer", STR),
        ("date", STR),
        ("previous_value", STR),
        ("status", STR),
        ("message", STR),
    ),  # why a correction is stale or invalid
}

TABLES = tuple(SCHEMAS)

# Deterministic row order per table: the columns rows are sorted by before writing.
SORT_KEYS: dict[str, tuple[str, ...]] = {
    "documents": ("source_path",),
    "pages": ("doc_id", "page_no"),
    "toc_entries": ("doc_id", "ordinal"),
    "activities": ("doc_id", "_order"),
    "money": ("doc_id", "page", "char_start", "mention_id"),
    "quantities": ("doc_id", "page", "char_start"),
    "attachments": ("doc_id", "_order"),
    "attachment_refs": ("doc_id", "page", "_order"),
    "invoices": ("doc_id",),
    "activity_invoices": ("doc_id", "_order", "invoice_number"),
    "grant_payments": ("doc_id", "_order"),
    "people": ("doc_id", "_order"),
    "checks": ("doc_id", "_order"),
    "document_links": ("from_doc_id", "to_doc_id"),
    "invoice_lines": ("doc_id", "line_no"),
    "invoice_vat": ("doc_id", "vat_rate"),
    "evidence": ("doc_id", "table", "key", "field", "page", "char_start"),
    "layout_tables": ("doc_id", "table_no"),
    "layout_cells": ("doc_id", "table_no", "row", "col"),
    "corrections": ("_order",),
}
