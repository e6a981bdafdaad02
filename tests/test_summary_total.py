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
