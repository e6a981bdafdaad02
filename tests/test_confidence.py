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
    assert [
        (c["activity_no"], c["check"], c["expected"], c["actual"], c["page"]) for c in checks
    ] == [("4", "needs_review", "12000.00", "120000.00", 3)]
    assert "0.55" in checks[0]["message"] and "contents, heading" in checks[0]["message"]


def test_single_reading_shows_the_printed_text_and_the_threshold_decides():
    rows = [_ev("repayment_amount_sek", "1200.00", 0.7, raw="1 2OO kr", source="ocr")]
    assert [(c["expected"], c["actual"]) for c in review_checks(rows, 0.8)] == [
        ("1 2OO kr", "1200.00")
    ]
    assert review_checks(rows, 0.6) == []


def test_a_reviewers_reading_settles_the_field():
    rows = [
        _ev("claimed_amount_sek", "120000.00", 0.5),
        _ev("claimed_amount_sek", "12000.00", 1.0, source="reviewer", signals=("reviewer",)),
    ]
    assert review_checks(rows, 0.8) == []
