"""Columns typed by what their cells hold where the header does not say: a column of long text
whose header names no role is the row's notes (where a table has no column for the agency's
reasons, they stand there); one-letter code columns count only as a matrix (two or more side by
side), a lone one is a scanned rule's remnant."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .tables import LayoutTable

LONG_TEXT_WORDS = 4  # a cell of this many words or more is running text, not a value or a code
LONG_TEXT_SHARE = 0.5  # share of the filled body cells that must be running text
MIN_MATRIX_CODES = 2  # one-letter columns side by side that make a matrix


def _filled(table: LayoutTable, col: int) -> list[str]:
    return [row[col].text for row in table.rows if not row[0].is_total and row[col].text.strip()]


def _running_text(texts: list[str]) -> bool:
    long = [t for t in texts if len(t.split()) >= LONG_TEXT_WORDS]
    return bool(texts) and len(long) >= LONG_TEXT_SHARE * len(texts)


def type_unnamed_columns(table: LayoutTable) -> None:
    """An unnamed column of running text holds the row's notes ('comment'); an unnamed column of
    amounts beside the claim's, none above the row's claim, what the municipality repays."""
    for k, (edge, role, head) in enumerate(table.columns):
        if role is None and k != 0 and _running_text(_filled(table, k)):
            table.columns[k] = (edge, "comment", head)
        elif role is None and k != 0 and _repays(table, k):
            table.columns[k] = (edge, "repayment", head)


def _repays(table: LayoutTable, col: int) -> bool:
    """Every filled cell of the column an amount no larger than its row's claim, in a table that
    states a claim and no repayment."""
    from .activities import cell_amount, is_bare_amount

    roles = [r for _, r, _ in table.columns]
    if "amount" not in roles or "repayment" in roles:
        return False
    claim_col = roles.index("amount")
    pairs = [(row[col].text, row[claim_col].text) for row in table.rows if not row[0].is_total and row[col].text.strip()]
    if not pairs or not all(is_bare_amount(part) and is_bare_amount(claim) for part, claim in pairs):
        return False
    return all((cell_amount(part) or 0) <= (cell_amount(claim) or 0) for part, claim in pairs)


def without_lone_code(roles: list[str | None]) -> list[str | None]:
    """The roles with a lone one-letter 'code' column unnamed (no matrix: a rule's remnant)."""
    if roles.count("code") >= MIN_MATRIX_CODES:
        return roles
    return [None if r == "code" else r for r in roles]
