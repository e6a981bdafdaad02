"""A summary table's total row is checked against its rows only where the rows were read: a
blank claim cell is a cell not read (every reclaimed activity has a claim), and a column mostly
unread cannot be summed. Rows built here, with the expected findings, before the change."""

from __future__ import annotations

from decimal import Decimal

from pipeline.check import _summary_total_mismatch
from pipeline.structure import SummaryRow


def _row(no: str | None, claimed: str | None, accepted: str | None, total: bool = False) -> SummaryRow:
    amounts = {"claimed": Decimal(claimed) if claimed else None, "accepted": Decimal(accepted) if accepted else None}
    return SummaryRow(no or "Summa", no, amounts, {}, total, 2, 0)


def _findings(rows: list[SummaryRow], total: SummaryRow) -> list[str]:
    found: list[str] = []
    _summary_total_mismatch("d", total, rows, lambda *args: found.append(args[-2]))
    return found


def test_a_total_that_disagrees_with_rows_all_read_is_a_finding() -> None:
    rows = [_row("1", "10000", "0"), _row("2", "5000", "5000"), _row("3", "2000", "0")]
    assert len(_findings(rows, _row(None, "18000", "5000", total=True))) == 1  # claimed is off by 1 000


def test_unread_cells_are_no_finding() -> None:
    rows = [_row("1", "10000", "0"), _row("2", None, None), _row("3", "2000", None), _row("4", None, None)]
    assert _findings(rows, _row(None, "30000", "9000", total=True)) == []


def test_a_total_under_the_rows_of_a_later_page_only_is_not_summed() -> None:
    from pipeline.check import continued_fragment

    numbers = ["1", "2", "3", "4"]
    assert continued_fragment([_row("3", "2000", "0"), _row("4", "500", "0")], numbers)
    assert not continued_fragment([_row("1", "10000", "0"), _row("2", "5000", "0")], numbers)
    assert not continued_fragment([_row(None, "10000", "0")], numbers)  # rows without numbers: nothing to tell


def _checked(tables: list[list[SummaryRow]], activity_numbers: list[str]) -> list[str]:
    from types import SimpleNamespace

    from pipeline.check import _summary_table_checks
    from pipeline.structure import SummaryTable

    # each activity as its own section reads it: the rows agree with the sections
    rows = {r.activity_no: r for t in tables for r in t if r.activity_no}
    acts = [
        SimpleNamespace(number=n, claimed=rows[n].amounts["claimed"], repayment=rows[n].amounts["accepted"], position="accepts_partial")
        for n in activity_numbers
    ]
    sd = SimpleNamespace(summary_tables=[SummaryTable(["claimed", "accepted"], rows, 2) for rows in tables])
    resp = SimpleNamespace(activities=acts, structured=sd, ingested=SimpleNamespace(doc_id="d"), evidence=[])  # every value read surely
    found: list[str] = []
    _summary_table_checks(resp, lambda *args: found.append(args[2]))
    return [f for f in found if f == "summary_table_mismatch"]


def test_a_table_continued_over_pages_is_summed_whole() -> None:
    """Rows 11, 12 on page 1; 14, 18 and one total row on page 2 (the header repeated): the total
    covers both parts, whatever order the body answered the activities in (14, 11, 18, 12)."""
    first = [_row("11", "38600", "38600"), _row("12", "27350", "0")]
    second = [_row("14", "64000", "0"), _row("18", "212000", "53000"), _row(None, "341950", "91600", total=True)]
    assert _checked([first, second], ["14", "11", "18", "12"]) == []
    wrong = [_row("14", "64000", "0"), _row("18", "212000", "53000"), _row(None, "341950", "90000", total=True)]
    assert _checked([first, wrong], ["14", "11", "18", "12"]) == ["summary_table_mismatch"]  # off by 1 600 with both parts
