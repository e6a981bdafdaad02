"""needs_review: doubtful readings named with their competitors, settled by a reviewer."""

from __future__ import annotations

from pipeline.confidence import review_checks
from pipeline.evidence import Evidence, Provenance


def _ev(
    field: str,
    value: str,
    conf: float,
    *,
    raw: str | None = None,
    source: str = "text_layer",
    signals: tuple[str, ...] = ("heading",),
    key: str = "4",
) -> dict:
    return Evidence(
        "d1",
        "activities",
        key,
        field,
        value,
        raw or value,
        Provenance(3, 10, 20),
        source,
        signals,
        conf,
    ).row()  # type: ignore[arg-type]


def test_low_confidence_names_the_competing_readings():
    rows = [
        _ev("claimed_amount_sek", "120000.00", 0.62, signals=("heading",)),
        _ev("claimed_amount_sek", "12000.00", 0.55, signals=("contents",)),
        _ev("title", "Läxhjälp", 0.95),
    ]
    checks = review_checks(rows, 0.8)
    assert [(c["activity_no"], c["check"], c["expected"], c["actual"], c["page"]) for c in checks] == [
        ("4", "needs_review", "12000.00", "120000.00", 3)
    ]
    assert "0.55" in checks[0]["message"] and "contents, heading" in checks[0]["message"]


def test_single_reading_shows_the_printed_text_and_the_threshold_decides():
    rows = [_ev("repayment_amount_sek", "1200.00", 0.7, raw="1 2OO kr", source="ocr")]
    assert [(c["expected"], c["actual"]) for c in review_checks(rows, 0.8)] == [("1 2OO kr", "1200.00")]
    assert review_checks(rows, 0.6) == []


def test_a_reviewers_reading_settles_the_field():
    rows = [
        _ev("claimed_amount_sek", "120000.00", 0.5),
        _ev("claimed_amount_sek", "12000.00", 1.0, source="reviewer", signals=("reviewer",)),
    ]
    assert review_checks(rows, 0.8) == []


def test_arithmetic_that_closes_raises_the_claims_confidence():
    from decimal import Decimal as D

    from pipeline.confidence import corroborate

    ev = [
        _ev("claimed_amount_sek", "1000.00", 0.6, key="1"),
        _ev("claimed_amount_sek", "2500.00", 0.6, key="2"),
        _ev("claimed_amount_sek", "25000.00", 0.3, key="2", signals=("contents",)),
    ]
    tables = {
        "evidence": ev,
        "activities": [
            dict(doc_id="d1", activity_no="1", claimed_amount_sek=D("1000.00")),
            dict(doc_id="d1", activity_no="2", claimed_amount_sek=D("2500.00")),
        ],
        "money": [dict(doc_id="d1", role="total", activity_no=None, currency="SEK", value=D("3500.00"))],
        "activity_invoices": [
            dict(doc_id="d1", activity_no="1", invoice_doc_id="inv", net_amount=D("800.00"), total_amount=D("1000.00"), currency="SEK")
        ],
    }
    corroborate(tables)
    one, two, competitor = ev
    assert one["signals"] == ["heading", "stated_total", "invoices"] and one["confidence"] == 0.9
    assert two["signals"] == ["heading", "stated_total"] and two["confidence"] == 0.8
    assert competitor["confidence"] == 0.3  # the reading not published gains nothing
    tables["money"][0]["value"] = D("3600.00")  # a total that does not close is no signal
    fresh = [_ev("claimed_amount_sek", "2500.00", 0.6, key="2")]
    tables["evidence"] = fresh
    corroborate(tables)
    assert fresh[0]["confidence"] == 0.6
