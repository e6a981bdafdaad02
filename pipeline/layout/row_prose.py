"""A table of activities followed by a paragraph per activity that opens with the row's number and
title ("Nr 6 – Föräldraskapsstöd på arabiska. Enligt Socialstyrelsen …", "3: Lovläger. Kommunen
…"): the table and the prose are joined by the ids. Each row becomes an activity whose heading is
its paragraph's opening (its page is the activity's page) and whose body is the paragraph, with the
row's cells (claim, position, repayment) kept."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

if TYPE_CHECKING:
    from ..ingest import Line
    from ..ingest.model import Box
    from ..structure import Section

TITLE_MATCH = 85  # fuzzy ratio at which a paragraph's opening words are the row's title
MAX_LEAD_WORD = 12  # letters of a numbering word before the number ('Nr', 'Aktivitet', 'Insats')
PARAGRAPH_SIGNAL = "row_paragraph"  # an activity's signal: a table row joined with the paragraph its id opens
_SEPARATOR = r"\s*[–—:.,)-]?\s+"


def _opening_end(text: str, number: str, title: str) -> tuple[int, int] | None:
    """Where the line's opening number and title start and end, where the line opens with the
    row's number (after at most a numbering word) and then its title."""
    m = re.match(rf"^(\s*)(?:[^\W\d]{{1,{MAX_LEAD_WORD}}}\.?\s+)?{re.escape(number)}{_SEPARATOR}", text)
    if m is None:
        return None
    rest = text[m.end() :]
    head = rest[: len(title)]
    if not head or fuzz.ratio(head.lower(), title[: len(head)].lower()) < TITLE_MATCH:
        return None
    end = m.end() + len(head)
    after = re.match(r"[^\s.:–—-]*[.:]?\s*(?:[–—-]\s+)?", text[end:])  # the title's last letters and its closing mark
    return len(m.group(1)), end + (after.end() if after else 0)


def _first_opening(lines: list[Line], body: list[int], sec: Section) -> tuple[int, tuple[int, int]] | None:
    for i in body:
        span = _opening_end(lines[i].text, sec.number, sec.title)
        if span is not None:
            return i, span
    return None


def rows_in_paragraphs(
    rows: list[Section], lines: list[Line], skip: set[int], end_at: int, box_of: Callable[[int, int, int], Box | None]
) -> list[Section]:
    """The rows with their paragraphs, where every row has one after the table; else the rows."""
    from ..runin import _sub_line
    from ..structure import Section

    body = [i for i in range(min(end_at, len(lines))) if i not in skip]
    found = [_first_opening(lines, body, sec) for sec in rows]
    if len(rows) < 2 or any(f is None for f in found):
        return rows
    starts = sorted(i for i, _ in (f for f in found if f))
    out = []
    for sec, (i, (a, z)) in zip(rows, [f for f in found if f], strict=True):
        stop = next((s for s in starts if s > i), min(end_at, len(lines)))
        ln = lines[i]
        joined = Section(
            sec.number, sec.title, sec.amount, _sub_line(ln, a, z, box_of), [_sub_line(ln, z, len(ln.text), box_of), *lines[i + 1 : stop]]
        )
        joined.amount_stated, joined.cells, joined.signals = sec.amount_stated, sec.cells, [*sec.signals, PARAGRAPH_SIGNAL]
        out.append(joined)
    return out
