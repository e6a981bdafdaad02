"""What a table's columns hold, read from their header words (the vocabulary is data:
models/patterns/table_columns.json), and which rows sum the table."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..structure import patterns

# roles that hold money: the claim, a cost item's amount, what the municipality repays or contests,
# figures a column no header word names prints (layout/records.py)
MONEY_ROLES = ("amount", "cost", "repayment", "disputed", "year", "figure")
MIN_COLUMNS = 3
MAX_HEADER_CHARS = 45  # a header cell longer than this is a row's text
# header roles kept by text: the table finders ask for every word and every line's first cell
ROLE_CACHE = 4096


@cache
def _vocabulary() -> tuple[list[tuple[str, re.Pattern[str]]], re.Pattern[str]]:
    data = patterns("table_columns")
    roles = [(role, re.compile(rx, re.I)) for role, rx in data["roles"]]
    return roles, re.compile(data["total_row"], re.I)


@lru_cache(maxsize=ROLE_CACHE)
def header_role(text: str) -> str | None:
    """The role a header cell's words name, or None."""
    from .years import YEAR_ROLE, is_year_header

    if is_year_header(text):
        return YEAR_ROLE  # a grant year's share of the claim
    roles, _ = _vocabulary()
    return next((role for role, rx in roles if rx.search(text)), None)


def column_roles(headers: list[str]) -> list[str | None]:
    """Each column's role. The column naming the reclaim is the table's amount; where one does,
    the plain amount columns beside it are the cost items' amounts."""
    roles = [header_role(h) for h in headers]
    if "claimed" in roles:
        roles = ["cost" if r == "amount" else r for r in roles]
    return ["amount" if r == "claimed" else r for r in roles]


def is_total_label(text: str) -> bool:
    """'Summa', 'Totalt', 'Sammanlagt': a row's first words that make it the table's sum."""
    _, total = _vocabulary()
    return bool(total.match(text.strip()))


def names_columns(texts: list[str]) -> bool:
    """A table's header row: it names its columns in a few words without digits (digits make it
    a row), and all its cells but one name a role."""
    from .years import is_year_header

    if any((re.search(r"\d", t) and not is_year_header(t)) or len(t) > MAX_HEADER_CHARS for t in texts):
        return False
    named = sum(r is not None for r in column_roles(texts))
    return len(texts) >= MIN_COLUMNS and named >= max(2, len(texts) - 1)
