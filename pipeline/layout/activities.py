"""Activities read from a table: a response laid out as one table, a row per activity (number,
activity, amount reclaimed, the agency's assessment, the municipality's position)."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from ..ingest import IngestedDocument, Line
from ..ingest.model import Box
from ..structure import Section
from ..swedish import find_money, parse_amount
from .marks import MARK_ROLE, has_marks, marked
from .row_prose import PARAGRAPH_SIGNAL, rows_in_paragraphs
from .tables import LayoutTable, TableCell


def _line(cell: TableCell | None, fallback: Line | None = None) -> Line | None:
    if cell is None or not cell.words:
        return fallback
    ws = cell.words
    return Line(ws[0].page, min(w.start for w in ws), max(w.end for w in ws), cell.text, cell.box)


_STRAY_MARKS = ":.;-–"
_STRAY_MARKS_BEFORE = ":.;"  # not a minus: a negative amount keeps its sign
_CURRENCY = re.compile(r"\b(kr|kronor|sek)\b\.?|:-", re.I)
# one amount as a cell prints it: '1 204 750', '43 612,50', '88000' (digit groups of three), or
# '62500', '104300' where a scan lost the thin spaces between the groups
# '9.845,40', '409.630': thousands marked by full stops (two groups of three at least where no
# öre follow, so '19.4' or '3.10' stay numbers)
_DOT_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+,\d{1,2}|\d{1,3}\.\d{3}(?:\.\d{3})*")
_ONE_AMOUNT = re.compile(rf"(?:\d{{1,4}}(?:\s\d{{3}})*|\d{{5,9}})(?:,\d{{1,2}})?|{_DOT_GROUPED.pattern}")


def cell_amount(text: str) -> Decimal | None:
    """An amount cell: '1 204 750 kr' (wrapped inside the cell and joined), '88 000'. A cell
    holds one amount: where it is digit groups alone, they are one number even when a scan lost
    a thin space between them ('1204 750 kr')."""
    bare = _bare(text)
    if re.fullmatch(r"\d[\d\s]*(,\d{1,2})?", bare) or _DOT_GROUPED.fullmatch(bare):
        return parse_amount(re.sub(r"[\s.]+", "", bare))
    ms = find_money(text, money_context=True)
    if ms:
        return ms[0].value
    return parse_amount(text.strip())


def is_bare_amount(text: str) -> bool:
    """The text is one amount and nothing else ('84 000', '6 400,00 kr')."""
    return bool(_ONE_AMOUNT.fullmatch(_bare(text)))


def _bare(text: str) -> str:
    """The cell's digits without its currency and a stray mark beside them ('36 200:' whose krona
    dash lost its hyphen to the scan, '9 400.' a speck read as a full stop, '19 900-kr' one read
    as a hyphen)."""
    return _CURRENCY.sub("", text).strip().rstrip(_STRAY_MARKS).lstrip(_STRAY_MARKS_BEFORE).strip()


def cell_amounts(cell: TableCell) -> list[Decimal]:
    """The amounts a cell prints: one, wrapped or not ('1 204' over '750 kr'); or one a line
    where the lines joined are no one amount (a merged row's cost items: '84 000' over
    '24 000')."""
    if is_bare_amount(cell.text) or len(cell.lines) < 2:
        value = cell_amount(cell.text) if cell.text else None
        return [value] if value is not None else []
    return [v for v in (cell_amount(t) for t in cell.lines if is_bare_amount(t)) if v is not None]


def _claimed(table: LayoutTable, row: list[TableCell]) -> Decimal | None:
    """The row's claim: its amount cell; where that lists the activity's cost items (no column
    names the reclaim), their sum."""
    from .years import year_claim

    cell = table.cell(row, "amount")
    amounts = cell_amounts(cell) if cell is not None else []
    if cell is None:
        return year_claim(table, row)  # split over grant-year columns: their sum
    if not amounts:
        return None
    itemised = table.cell(row, "cost_item") is not None and len(amounts) > 1
    return sum(amounts, Decimal(0)) if itemised else amounts[0]


def _row_number(table: LayoutTable, row: list[TableCell]) -> str | None:
    """The row's activity number: its number cell's first word (a scan's rule beside it can
    read as '—'); without a number column, the number the activity cell starts with
    ('Aktivitet 3 – Läxhjälp', '2.1 Fältarbete')."""
    from ..structure import _NUMBERED

    cell = table.cell(row, "number")
    if cell is None:
        activity = table.cell(row, "activity") or row[0]
        m = _NUMBERED.match(activity.text)
        return m.group("num") if m else None
    number = (cell.text.split() or [""])[0].rstrip(".")
    return number if number and number.replace(".", "").isdigit() else None


def _row_title(table: LayoutTable, activity: TableCell) -> str:
    """The activity cell's title, without the number it starts with where no column holds it."""
    from ..structure import _NUMBERED

    m = _NUMBERED.match(activity.text) if "number" not in (r for _, r, _ in table.columns) else None
    return m.group("title") if m else activity.text


def _row_section(table: LayoutTable, row: list[TableCell], number: str, activity: TableCell) -> Section:
    words = [w for c in row for w in c.words]
    first = min(words, key=lambda w: (w.page, w.start))
    last = max(words, key=lambda w: (w.page, w.end))
    head = Line(first.page, first.start, first.end, first.text, first.shown)
    body = Line(last.page, first.start if last.page == first.page else 0, last.end, " ".join(c.text for c in row), None)
    amount = _claimed(table, row)
    sec = Section(number, _row_title(table, activity), amount, head, [body])
    sec.amount_stated = amount is not None
    sec.cells = row_cells(table, row)
    return sec


def row_cells(table: LayoutTable, row: list[TableCell]) -> dict[str, Line | None]:
    """The row's cells by their column's role: a code read as its legend's words, two columns
    of one role (a code and a comment beside it) read as one answer."""
    cells: dict[str, Line | None] = {}
    for k, (_, role, _) in enumerate(table.columns):
        if not role or role == MARK_ROLE:  # marks are read as their headers' words below
            continue
        line = _cell_end(_line(row[k]))
        meaning = table.legends.get(k, {}).get(line.text.strip()) if line is not None else None
        if line is not None and meaning:
            line = Line(line.page_no, line.start, line.end, meaning[:1].upper() + meaning[1:] + ".", line.box)
        cells[role] = _joined(cells.get(role), line)
    if has_marks(table):
        _answer_by_marks(cells, marked(table, row))
    cells["comment"] = _joined(cells.get("comment"), _note_line(table, row))
    return cells


def _note_line(table: LayoutTable, row: list[TableCell]) -> Line | None:
    """The comment merged across the columns under the row (layout/records.py), as a line."""
    words = table.notes.get(row[0].row, [])
    return _line(TableCell(row[0].row, row[0].col, list(words))) if words else None


def _answer_by_marks(cells: dict[str, Line | None], marks: list) -> None:
    """The marked columns' headers are the row's answer in words, before any comment beside it;
    'mark' holds them (None: the row is marked in no column, not answered yet)."""
    answer = None
    for cell, head in marks:
        line = _line(cell)
        if line is not None:
            answer = _joined(answer, Line(line.page_no, line.start, line.end, head[:1].upper() + head[1:] + ".", line.box))
    cells["mark"] = answer
    cells["position"] = _joined(answer, cells.get("position"))


def _cell_end(line: Line | None) -> Line | None:
    """A cell's text never ends by leading on (nothing follows in the cell): a colon at its end
    is a full stop a scan read with a speck ('… bedömning:')."""
    if line is None or not line.text.endswith(":"):
        return line
    return Line(line.page_no, line.start, line.end, line.text[:-1] + ".", line.box)


def _joined(first: Line | None, then: Line | None) -> Line | None:
    """Two cells of a row read as one text, the first's place kept."""
    if first is None or then is None:
        return first or then
    end = then.end if then.page_no == first.page_no else first.end
    return Line(first.page_no, first.start, end, f"{first.text} {then.text}", first.box)


def row_numbers(table: LayoutTable) -> list[str | None]:
    """Each row's number; rows whose number a scan lost take the numbers their neighbours leave
    for them (rows between 1 and 4: 2 and 3), where the count fits."""
    numbers = [None if row[0].is_total else _row_number(table, row) for row in table.rows]
    known = [(k, int(n)) for k, n in enumerate(numbers) if n and n.isdigit()]
    for (a, na), (b, nb) in zip(known, known[1:], strict=False):
        if b - a > 1 and nb - na == b - a:
            numbers[a + 1 : b] = [str(na + k) for k in range(1, b - a)]
    return numbers


def _row_spans(tables: list[LayoutTable]) -> list[tuple[int, int, int]]:
    """Each table row's page and character span."""
    spans = []
    for row in (row for t in tables for row in t.rows):
        words = [w for c in row for w in c.words]
        if words:
            spans.append((words[0].page, min(w.start for w in words), max(w.end for w in words)))
    return spans


def _lines_under(tables: list[LayoutTable], lines: list[Line]) -> set[int]:
    """Indices of the lines the tables' rows stand on."""
    spans = _row_spans(tables)
    return {i for i, ln in enumerate(lines) for p, a, z in spans if ln.page_no == p and a <= ln.start < z}


def restates_rows(summary, sections: list[Section], tables: list[LayoutTable]) -> bool:
    """A summary table found line by line on the rows of the activity table the sections were
    read from (each section keeps its row's cells): the same table, no second source to check
    the sections against."""
    if not any(s.cells for s in sections):
        return False
    spans = _row_spans([t for t in tables if t.role == "activities"])
    rows = [r for r in summary.rows if not r.is_total]
    return bool(rows) and all(any(r.page == p and a <= r.line < z for p, a, z in spans) for r in rows)


def headings_in_rows(sections: list[Section], tables: list[LayoutTable]) -> bool:
    """Every heading found stands on an activity table's row: the rows ('1 Simskola 27 000 kr
    Ordinarie …') read as numbered lines, not headings; the table reads them cell by cell."""
    spans = _row_spans([t for t in tables if t.role == "activities"])
    return bool(sections) and all(any(s.heading.page_no == p and a <= s.heading.start < z for p, a, z in spans) for s in sections)


def _row_entries(tables: list[LayoutTable], lines: list[Line]) -> tuple[list, set[int]]:
    """The activity tables' rows as contents entries (number, title, claim) for finding their
    headings in the prose, and the indices of the lines the tables stand on."""
    from ..structure import TocEntry

    activity_tables = [t for t in tables if t.role == "activities"]
    entries: list = []
    for t in activity_tables:
        for row, number in zip(t.rows, row_numbers(t), strict=True):
            activity = t.cell(row, "activity")
            if number and activity is not None and activity.text:
                sec = _row_section(t, row, number, activity)
                entries.append(TocEntry(len(entries) + 1, number, sec.title, sec.amount, None, sec.heading))
    return entries, _lines_under(activity_tables, lines)


def sections_from_tables(doc: IngestedDocument, lines: list[Line], tables: list[LayoutTable], end_at: int) -> list[Section]:
    """Activities a table names: where the prose after it treats each under a heading of its
    own, those sections (the table's claim where the prose states none); else a section per
    row."""
    from ..structure import find_sections

    rows = table_sections(doc, tables)
    entries, covered = _row_entries(tables, lines)
    located = find_sections(lines, entries, covered, end_at) if entries else []
    if not rows or len(located) < len(rows):
        return rows_in_paragraphs(rows, lines, covered, end_at, _box_of(doc))  # or a paragraph per row, opened by its id
    for sec in located:
        entry, sec.toc = sec.toc, None  # the table is no contents page: no contents checks
        if sec.amount is None and entry is not None:
            sec.amount, sec.amount_stated = entry.amount, entry.amount is not None
    return located


def _box_of(doc: IngestedDocument) -> Callable[[int, int, int], Box | None]:
    pages = {p.page_no: p for p in doc.pages}
    return lambda page, a, z: pages[page].box(a, z)


def names_other_activities(sections: list[Section], tables: list[LayoutTable]) -> bool:
    """An activity table whose rows' numbers the sections found do not all carry: the sections
    are the letter's parts ('Del 1', 'Del 2'), not the activities the table names."""
    numbers = {n for t in tables if t.role == "activities" for n in row_numbers(t) if n}
    return len(numbers) >= 2 and not numbers <= {s.number for s in sections}


def table_sections(doc: IngestedDocument, tables: list[LayoutTable]) -> list[Section]:
    """A section per row of the activity tables, its cells kept by their column's role."""
    out: list[Section] = []
    for t in (t for t in tables if t.role == "activities"):
        for row, number in zip(t.rows, row_numbers(t), strict=True):
            activity = t.cell(row, "activity")
            if number and activity is not None and activity.text:
                out.append(_row_section(t, row, number, activity))
    from .joined import join_answer_tables
    from .reconcile import reconcile_with_total

    join_answer_tables(out, tables)  # the answers given in a second table, row by row on the numbers
    reconcile_with_total(doc, out, tables)
    return out


def apply_table_cells(sd, facts: list) -> None:
    """Activities read from table rows take their assessment, reasons and position from the
    row's own cells (the row's text runs across columns, so it is no paragraph to read)."""
    from ..extract import Paragraph, position_of

    sections = {s.number: s for s in sd.sections}
    for a in facts:
        sec = sections.get(a.number)
        if sec is None or not sec.cells:
            continue
        assessment = sec.cells.get("assessment")
        answer = sec.cells.get("position")
        if assessment or PARAGRAPH_SIGNAL not in sec.signals:  # the agency's words read from the row's own paragraph stand
            _cell_reasons(a, sec.cells, assessment, answer)
        paras = [Paragraph(answer.text, [(0, answer)])] if answer else []
        refs = any(r.activity_no == a.number for r in sd.refs)
        a.position, a.repayment, a.evidence, a.evidence_page = position_of(sec, paras, a.claimed, refs)
        _repayment_column(a, sec.cells.get("repayment"))
        if a.position == "accepts_partial" and a.repayment is None:
            a.repayment = _part_in_notes(sec.cells, a.claimed)
        if (a.position == "disputes" and _undecided(sec.cells, answer)) or _unmarked(sec.cells):
            a.position, a.repayment = "unclear", None


def _unmarked(cells: dict[str, Line | None]) -> bool:
    """A row of a table that answers by marks, marked in no column and repaying nothing it
    states: not answered yet."""
    return MARK_ROLE in cells and cells[MARK_ROLE] is None and cells.get("repayment") is None


def _cell_reasons(a, cells: dict[str, Line | None], assessment: Line | None, answer: Line | None) -> None:
    """The agency's assessment and reasons from the row's cells."""
    from .. import reasons
    from ..cell_reasons import cell_assessment
    from ..extract import reasons_of

    # without a column of its own, the finding stands in the answer's comment (pipeline.cell_reasons)
    a.assessment = assessment.text if assessment else cell_assessment(answer.text) if answer else None
    # an assessment column holds the agency's whole finding, which always gives a reason (pipeline.reasons)
    a.reasons = reasons.reasons_of(a.assessment, likeliest=assessment is not None) if a.assessment else []
    if not assessment and not a.reasons:  # or in a notes column of long text (pipeline.layout.content)
        a.reasons = _reasons_in_notes(cells, reasons_of)


def _part_in_notes(cells: dict[str, Line | None], claimed: Decimal | None) -> Decimal | None:
    """A partly accepted row whose part stands only in its notes ('D: 16 000 SEK avser
    lokalhyra'): the one amount there below the claim."""
    notes = " ".join(c.text for role in ("position", "comment") if (c := cells.get(role)) is not None)
    parts = {m.value for m in find_money(notes, money_context=True) if claimed is None or 0 < m.value < claimed}
    return parts.pop() if len(parts) == 1 else None


def with_cell_refs(line_refs: list, tables: list[LayoutTable], listed: set[str]) -> list:
    """The references read line by line, and those an activity table's cells make ('(bil.' over
    '5).' in a narrow notes cell; a column per activity, whose lines run across every activity):
    on a table's lines, the cells' reading stands."""
    cell_refs = _cell_refs(tables, listed)
    spans = _row_spans([t for t in tables if t.role == "activities" and t.rows])
    in_cells = {r.attachment_id for r in cell_refs}
    kept = [r for r in line_refs if r.attachment_id not in in_cells or not _on_spans(r, spans)]
    known = {(r.activity_no, r.attachment_id) for r in kept}
    return kept + [r for r in cell_refs if (r.activity_no, r.attachment_id) not in known]


def _cell_refs(tables: list[LayoutTable], listed: set[str]) -> list:
    """The references each activity table row's cells make, with the row's activity."""
    from ..attachlist import find_refs

    out = []
    for t in (t for t in tables if t.role == "activities"):
        for row, number in zip(t.rows, row_numbers(t), strict=True):
            lines = [ln for ln in [*(_line(c) for c in row), _note_line(t, row)] if ln is not None]
            out += find_refs(lines, _row_activity(number), listed)
    return out


def _on_spans(ref, spans: list[tuple[int, int, int]]) -> bool:
    return any(ref.line.page_no == p and a <= ref.start < z for p, a, z in spans)


def _row_activity(number: str | None) -> Callable[[Line], str | None]:
    """Every line of a row belongs to the row's activity."""
    return lambda _line: number


def _reasons_in_notes(cells: dict[str, Line | None], reasons_of: Callable[[str], list[str]]) -> list[str]:
    """A table without a column for the agency's assessment gives it in the row's notes or
    beside the answer ('SoS: för hög kostnad. Medges delvis'): the reasons read from those."""
    notes = [c.text for role in ("comment", "position") if (c := cells.get(role)) is not None]
    return reasons_of(" ".join(notes)) if notes else []


def apply_table_reasons(sd, facts: list) -> dict[str, list[str]]:
    """The agency's reasons a matrix marks for an activity's row (a cross under each letter
    that applies, the letters explained in a legend): the legend's words read as a reason, added
    to what the activity's text gives. Returns what the text gave, by activity."""
    from ..extract import reasons_of
    from .codes import marked_meanings

    by_number = {a.number: a for a in facts}
    from_text = {a.number: list(a.reasons) for a in facts}
    for t in (t for t in sd.layout_tables if t.code_meanings):
        for row, number in zip(t.rows, row_numbers(t), strict=True):
            a = by_number.get(number)
            if a is None:
                continue
            marked = [code for meaning in marked_meanings(t, row) for code in reasons_of(meaning)]
            a.reasons = list(dict.fromkeys([*a.reasons, *marked]))
    return from_text


def _undecided(cells: dict[str, Line | None], answer: Line | None) -> bool:
    """A row whose repayment cell is empty where the table has that column (others print a
    figure, 0 for what they dispute) and whose answer does not dispute in words: the
    municipality has not decided yet ('Kommunen utreder frågan och återkommer')."""
    return "repayment" in cells and cells["repayment"] is None and not _disputes_in_words(answer)


def _disputes_in_words(answer: Line | None) -> bool:
    """The answer cell says the municipality disputes ('Bestrids', 'Kommunen medger inte'): a
    row whose repayment cell is empty then disputes; otherwise it has not decided yet."""
    from ..extract import _assessment_rx

    pos = _assessment_rx()["pos"]
    text = answer.text if answer is not None else ""
    return pos["dispute"].matches_any(text) or bool(_assessment_rx()["negated_accept"].search(text))


def _table_answers(tables: list[LayoutTable]) -> dict[str, tuple[Line, Decimal | None]]:
    """Activity number → the answer cell of a table row that names it (a summary table beside
    the prose: 'Godtas delvis (53 120:-)') and the amount its repayment column states."""
    out: dict[str, tuple[Line, Decimal | None]] = {}
    for t in (t for t in tables if t.role in ("activities", "summary")):
        for row, number in zip(t.rows, row_numbers(t), strict=True):
            line = _line(t.cell(row, "position"))
            if number and line is not None:
                out.setdefault(number, (line, _repaid(t.cell(row, "repayment"))))
    return out


def _repaid(cell: TableCell | None) -> Decimal | None:
    return cell_amount(cell.text) if cell is not None and is_bare_amount(cell.text) else None


def _settles(prose: tuple[str, Decimal | None], table: tuple[str, Decimal | None]) -> bool:
    """The table's answer settles what the prose left open: the prose takes no clear position,
    or it reads as disputing where the table accepts a stated part."""
    (prose_pos, _), (table_pos, table_repayment) = prose, table
    if prose_pos in (None, "unclear"):
        return table_pos != "unclear"
    return prose_pos == "disputes" and table_pos == "accepts_partial" and table_repayment is not None


def apply_table_answers(sd, facts: list) -> None:
    """Activities read from prose take a summary table's answer for them where it settles what
    the prose leaves open (one more signal; the prose's reading stands otherwise)."""
    from ..extract import Paragraph, position_of

    answers = _table_answers(sd.layout_tables)
    sections = {s.number: s for s in sd.sections}
    for a in facts:
        sec, (answer, repaid) = sections.get(a.number), answers.get(a.number, (None, None))
        if sec is None or sec.cells or answer is None:
            continue
        position, repayment, evidence, page = position_of(sec, [Paragraph(answer.text, [(0, answer)])], a.claimed, False)
        if position == "accepts_partial" and repayment is None:
            repayment = repaid  # 'Medges delvis' with the part in the column beside it
        if _settles((a.position, a.repayment), (position, repayment)):
            a.position, a.repayment, a.evidence, a.evidence_page = position, repayment, evidence, page


def _repayment_column(a, cell: Line | None) -> None:
    """A column stating what the municipality repays is its position in figures, plainer than
    the words beside it: nothing repaid, it disputes; all of it, it accepts; a part, it accepts
    that part."""
    value = cell_amount(cell.text) if cell is not None and is_bare_amount(cell.text) else None
    if value is None or a.claimed is None or value > a.claimed:
        return
    a.position = "disputes" if value == 0 else "accepts_full" if value == a.claimed else "accepts_partial"
    a.repayment = value


def _contents_entry(table: LayoutTable, row: list[TableCell], ordinal: int):
    """A contents row as a TocEntry: its title (numbered or not), amount and page; None for a
    row without a title or a page number."""
    from ..structure import _NUMBERED, TocEntry, split_amount

    title_cell = table.cell(row, "section") or table.cell(row, "activity") or row[0]
    page_cell = table.cell(row, "page")
    page_text = page_cell.text.strip() if page_cell else ""
    if not title_cell.text or not page_text.isdigit():
        return None
    nm = _NUMBERED.match(title_cell.text)
    title, amount = split_amount(nm.group("title") if nm else title_cell.text)
    if amount is None:
        amount = _amount_column(table, row)
    ws = [w for c in row for w in c.words]
    line = Line(ws[0].page, min(w.start for w in ws), max(w.end for w in ws), " ".join(c.text for c in row), None)
    return TocEntry(ordinal, nm.group("num") if nm else None, title.strip(), amount, int(page_text), line)


def _amount_column(table: LayoutTable, row: list[TableCell]) -> Decimal | None:
    """The row's amount column in kronor ('Belopp (tkr)' counts thousands)."""
    cell = table.cell(row, "amount")
    value = cell_amount(cell.text) if cell is not None and cell.text else None
    return value * _header_scale(table, "amount") if value is not None else None


def contents_from_table(tables: list[LayoutTable], lines: list[Line]) -> tuple[list, set[int]]:
    """The contents laid out as a table with a page column: its entries, and the indices (into
    `lines`) of the lines its rows stand on."""
    table = next((t for t in tables if t.role == "contents"), None)
    if table is None:
        return [], set()
    entries: list = []
    for row in table.rows:
        entry = _contents_entry(table, row, len(entries) + 1)
        if entry is not None:
            entries.append(entry)
    spans = [(e.line.page_no, e.line.start, e.line.end) for e in entries]
    covered = {i for i, ln in enumerate(lines) for p, a, z in spans if ln.page_no == p and a <= ln.start < z}
    return entries, covered


def _header_scale(table: LayoutTable, role: str) -> Decimal:
    from ..structure import _header_unit

    head = next((h for _, r, h in table.columns if r == role), "")
    return _header_unit(head)
