"""Answers given as codes in a table column ('M', 'B', 'D') and the legend printed near the table
that says what each code means ('Ställning: M = medges, B = bestrids, D = medges delvis'): the
code is read as the words it stands for."""

from __future__ import annotations

import re

from ..ingest import IngestedDocument
from .tables import LayoutTable

MAX_CODE_CHARS = 4  # a code is a letter or a few ('M', 'B', 'KOST'); longer is a word
_CODE = re.compile(rf"[A-ZÅÄÖ]{{1,{MAX_CODE_CHARS}}}")
# 'M = medges', 'B: bestrids', 'D – medges delvis': a code, a sign, and the words it stands for up
# to the next pair, a comma, a semicolon or a bracket
_PAIR = re.compile(
    rf"(?<!\w)(?P<code>{_CODE.pattern})\s*[=:–-]\s*(?P<meaning>[^\W\d_][^,;=()\n]*?)"
    rf"(?=\s*(?:[,;(\n.]|$|\s(?:{_CODE.pattern})\s*[=:–-]\s))"
)


def legend_pairs(text: str) -> dict[str, str]:
    """The code → meaning pairs a legend line states."""
    return {m.group("code"): m.group("meaning").strip() for m in _PAIR.finditer(text)}


def _column_codes(table: LayoutTable, col: int) -> set[str]:
    """The codes a body column holds, where every filled cell is one; else none."""
    texts = [row[col].text.strip() for row in table.rows if not row[0].is_total and row[col].text.strip()]
    return set(texts) if texts and all(_CODE.fullmatch(t) for t in texts) else set()


def _legend_for(codes: set[str], doc: IngestedDocument) -> dict[str, str]:
    """The first line of the document whose legend explains every code."""
    for page in doc.pages:
        for line in _legend_text(page.text).splitlines():
            pairs = legend_pairs(line)
            if codes <= pairs.keys():
                return {c: _TRAILING_NUMBER.sub("", pairs[c]) for c in codes}
    return {}


def read_legends(tables: list[LayoutTable], doc: IngestedDocument) -> None:
    """Each table's code columns with the meanings their legend gives."""
    for table in tables:
        for col in range(len(table.columns)):
            codes = _column_codes(table, col)
            legend = _legend_for(codes, doc) if codes else {}
            if legend:
                table.legends[col] = legend


# --------------------------------------------------------------------------------------------
# A matrix: one-letter header columns ('S', 'U', 'O'), a mark in a row's cell under the letters
# that apply, the letters explained in a legend under the table (on one line or one a line,
# wrapping or not).

_MARK = re.compile(r"^[xX×✓✔]$")
# a line that opens a legend pair ('U = …', 'A – …'): it starts a new pair, never wraps the last
_PAIR_START = re.compile(rf"\n(?={_CODE.pattern}\s*[=:–-]\s)")
_TRAILING_NUMBER = re.compile(r"\s+\d+$")  # a heading's number a joined line brought into the meaning


def _legend_text(text: str) -> str:
    """The page's text with wrapped lines joined, a line opening a new pair kept apart."""
    return "\n".join(part.replace("\n", " ") for part in _PAIR_START.split(text))


def _matrix_meanings(codes: dict[int, str], doc: IngestedDocument) -> dict[int, str]:
    """Column → the meaning a legend in the document gives its letter, where one legend explains
    every letter of the matrix."""
    pairs: dict[str, str] = {}
    for page in doc.pages:
        pairs.update({c: _TRAILING_NUMBER.sub("", m) for c, m in legend_pairs(_legend_text(page.text)).items()})
    if not set(codes.values()) <= pairs.keys():
        return {}
    return {col: pairs[code] for col, code in codes.items()}


def read_matrices(tables: list[LayoutTable], doc: IngestedDocument) -> None:
    """Each table's one-letter code columns with what their legend says the letter means."""
    for table in tables:
        codes = {k: head.strip() for k, (_, role, head) in enumerate(table.columns) if role == "code"}
        if codes:
            table.code_meanings = _matrix_meanings(codes, doc)


def marked_cells(table: LayoutTable, row: list) -> list[tuple]:
    """The row's marked cells under the matrix's letters, each with its legend's words."""
    return [(row[col], meaning) for col, meaning in table.code_meanings.items() if _MARK.match(row[col].text.strip())]


def marked_meanings(table: LayoutTable, row: list) -> list[str]:
    """The legend's words for every code column the row marks."""
    return [meaning for _, meaning in marked_cells(table, row)]
