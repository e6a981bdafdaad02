"""Activities read from a table: a response laid out as one table, a row per activity (number,
activity, amount reclaimed, the agency's assessment, the municipality's position)."""

from __future__ import annotations

import re
from decimal import Decimal

from ..ingest import IngestedDocument, Line
from ..structure import Section
from ..swedish import find_money, parse_amount
from .tables import LayoutTable, TableCell


def _line(cell: TableCell | None, fallback: Line | None = None) -> Line | None:
    if cell is None or not cell.words:
        return fallback
    ws = cell.words
    return Line(ws[0].page, min(w.start for w in ws), max(w.end for w in ws), cell.text, cell.box)


_CURRENCY = re.compile(r"\b(kr|kronor|sek)\b\.?|:-", re.I)


def cell_amount(text: str) -> Decimal | None:
    """An amount cell: '1 204 750 kr' (wrapped inside the cell and joined), '88 000'. A cell
    holds one amount: where it is digit groups alone, they are one number even when a scan lost
    a thin space between them ('1204 750 kr')."""
    bare = _CURRENCY.sub("", text).strip()
    if re.fullmatch(r"\d[\d\s]*(,\d{1,2})?", bare):
        return parse_amount(re.sub(r"\s+", "", bare))
    ms = find_money(text, money_context=True)
    if ms:
        return ms[0].value
    return parse_amount(text.strip())


def table_sections(doc: IngestedDocument, tables: list[LayoutTable]) -> list[Section]:
    """A section per row of the activity tables, its cells kept by their column's role."""
    out: list[Section] = []
    for t in tables:
        if t.role != "activities":
            continue
        for row in t.rows:
            # the cell's number: its first word (a scan's rule beside it can read as '—')
            number = ((t.cell(row, "number") or row[0]).text.split() or [""])[0].rstrip(".")
            activity = t.cell(row, "activity")
            if not number or not number.replace(".", "").isdigit() or activity is None or not activity.text:
                continue
            words = [w for c in row for w in c.words]
            first = min(words, key=lambda w: (w.page, w.start))
            last = max(words, key=lambda w: (w.page, w.end))
            head = Line(first.page, first.start, first.end, first.text, first.box)
            body = Line(last.page, first.start if last.page == first.page else 0, last.end, " ".join(c.text for c in row), None)
            amount_cell = t.cell(row, "amount")
            amount = cell_amount(amount_cell.text) if amount_cell else None
            sec = Section(number, activity.text, amount, head, [body])
            sec.amount_stated = amount is not None
            sec.cells = {role: _line(row[k]) for k, (_, role, _) in enumerate(t.columns) if role}
            out.append(sec)
    return out


def apply_table_cells(sd, facts: list) -> None:
    """Activities read from table rows take their assessment, reasons and position from the
    row's own cells (the row's text runs across columns, so it is no paragraph to read)."""
    from ..extract import Paragraph, position_of, reasons_of

    sections = {s.number: s for s in sd.sections}
    for a in facts:
        sec = sections.get(a.number)
        if sec is None or not sec.cells:
            continue
        assessment = sec.cells.get("assessment")
        a.assessment = assessment.text if assessment else None
        a.reasons = reasons_of(a.assessment) if a.assessment else []
        answer = sec.cells.get("position")
        paras = [Paragraph(answer.text, [(0, answer)])] if answer else []
        refs = any(r.activity_no == a.number for r in sd.refs)
        a.position, a.repayment, a.evidence, a.evidence_page = position_of(sec, paras, a.claimed, refs)


def contents_from_table(tables: list[LayoutTable], lines: list[Line]) -> tuple[list, set[int]]:
    """The contents laid out as a table with a page column: its entries, and the indices (into
    `lines`) of the lines its rows stand on."""
    from ..structure import _NUMBERED, TocEntry, split_amount

    table = next((t for t in tables if t.role == "contents"), None)
    if table is None:
        return [], set()
    entries: list = []
    spans: list[tuple[int, int, int]] = []
    for row in table.rows:
        title_cell = table.cell(row, "section") or table.cell(row, "activity") or row[0]
        page_cell, amount_cell = table.cell(row, "page"), table.cell(row, "amount")
        page_text = page_cell.text.strip() if page_cell else ""
        if not title_cell.text or not page_text.isdigit():
            continue
        title = title_cell.text
        nm = _NUMBERED.match(title)
        number = nm.group("num") if nm else None
        title, amount = split_amount(nm.group("title") if nm else title)
        if amount is None and amount_cell is not None and amount_cell.text:
            amount = cell_amount(amount_cell.text)
            unit = _header_scale(table, "amount")
            amount = amount * unit if amount is not None else None
        ws = [w for c in row for w in c.words]
        line = Line(ws[0].page, min(w.start for w in ws), max(w.end for w in ws), " ".join(c.text for c in row), None)
        entries.append(TocEntry(len(entries) + 1, number, title.strip(), amount, int(page_text), line))
        spans.append((ws[0].page, line.start, line.end))
    covered = {i for i, ln in enumerate(lines) for p, a, z in spans if ln.page_no == p and a <= ln.start < z}
    return entries, covered


def _header_scale(table: LayoutTable, role: str) -> Decimal:
    from ..structure import _header_unit

    head = next((h for _, r, h in table.columns if r == role), "")
    return _header_unit(head)
