"""Run committed test PDFs end to end, one case folder each, and give every case its rows of
every table: shared by the generated-response tests of issue 13."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

from conftest import read_tables


def run_cases(root: Path, pdfs: dict[str, Path]) -> dict[str, dict[str, list[dict]]]:
    """{case: {table: rows of that case's response}} after one run over every case's PDF."""
    from pipeline.runner import run

    for name, pdf in pdfs.items():
        case = root / "in" / name
        case.mkdir(parents=True)
        shutil.copy(pdf, case)
    run(root / "in", root / "out", use_cache=False)
    t = read_tables(root / "out")
    by_case = {d["source_path"].split("/")[0]: d["doc_id"] for d in t["documents"]}
    return {name: {table: [r for r in rows if r.get("doc_id") == by_case[name]] for table, rows in t.items()} for name in pdfs}


def dec(v) -> str | None:
    """An amount as its shortest text ('12500.00' -> '12500'), None kept."""
    return None if v is None else format(Decimal(v).normalize(), "f")


def activity_values(rows: list[dict], *fields: str) -> dict[str, dict]:
    """Each activity's claim, position and repayment (and `fields` as read) by its number."""
    return {
        a["activity_no"]: dict(
            **{f: a[f] for f in fields},
            claimed=dec(a["claimed_amount_sek"]),
            position=a["municipality_position"],
            repayment=dec(a["repayment_amount_sek"]),
        )
        for a in rows
    }


def check_committed_pdfs(generator, tmp_path: Path) -> None:
    """Every response of a generator module (RESPONSES, make, COMMITTED) renders, and its PDF is
    committed."""
    for name in generator.RESPONSES:
        fresh = generator.make(name, tmp_path / f"{name}.pdf")
        assert fresh.stat().st_size > 0 and (generator.COMMITTED / f"yttrande-{name}.pdf").exists()


def check_attachments(rows: dict[str, list[dict]], expected: dict) -> None:
    """A case's attachment list, its references by activity, and no check it must not raise."""
    assert [a["attachment_id"] for a in rows["attachments"]] == expected["attachments"]
    assert {(r["activity_no"], r["attachment_id"]) for r in rows["attachment_refs"]} == expected["refs"]
    assert not {c["check"] for c in rows["checks"]} & expected["absent_checks"]


def run_generated(generator, tmp_path_factory) -> dict[str, dict[str, list[dict]]]:
    """One run over every committed PDF of a generator module (RESPONSES, COMMITTED)."""
    names = sorted(generator.RESPONSES)
    root = tmp_path_factory.mktemp(generator.__name__)
    return run_cases(root, {name: generator.COMMITTED / f"yttrande-{name}.pdf" for name in names})
