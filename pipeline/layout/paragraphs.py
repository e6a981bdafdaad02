"""A cell merged down over several rows of a table (a sheet with one row per invoice under each
activity: the activity's title, the agency's assessment and the answer are each one cell over
the group, centred in it): the text layer sets its wrapped lines beside different rows, so the
table's rows cut one cell's paragraph apart ('Kostnaden är hög och en leverans' beside invoice
6.1, 'skedde efter bidragsperioden.' beside 6.2).

In any table, the lines of a column that follow each other at the line spacing of one paragraph
are one cell: where they stand beside several rows of which exactly one is numbered (the group's
row), the whole paragraph is that row's. Prose columns only (title, assessment, answer,
comment): figures and ids at line spacing are one an item, each in its row; and where a
paragraph reaches over two numbered rows, they are two rows' cells set close, left as they are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .tables import LayoutTable, TableCell, Word

PROSE_ROLES = ("activity", "assessment", "position", "comment")
# of a line's height: the gap between two lines of one paragraph (the leading); the rows of a
# sheet are parted by their cells' padding on top of it
PARAGRAPH_GAP = 1.0
KEY_COLUMN = 0


def _height(line: list[Word]) -> float:
    return max(w.box[3] for w in line) - min(w.box[1] for w in line)


def _follows(above: list[Word], line: list[Word]) -> bool:
    """Does `line` stand right under `above`, as the next line of one paragraph does?"""
    if above[0].page != line[0].page:
        return False
    gap = min(w.box[1] for w in line) - max(w.box[3] for w in above)
    height = max(_height(above), _height(line))
    return -height <= gap <= PARAGRAPH_GAP * height  # beside it on its line, or under it at the leading


def _paragraphs(rows: list[list[TableCell]], col: int) -> list[list[tuple[int, list[Word]]]]:
    """The column's lines top to bottom, as (row, line) runs that follow each other."""
    lines = [(i, ln) for i, row in enumerate(rows) for ln in row[col].line_words]
    lines.sort(key=lambda x: (x[1][0].page, min(w.box[1] for w in x[1])))
    runs: list[list[tuple[int, list[Word]]]] = []
    for i, ln in lines:
        if runs and _follows(runs[-1][-1][1], ln):
            runs[-1].append((i, ln))
        else:
            runs.append([(i, ln)])
    return runs


def _numbered(row: list[TableCell]) -> bool:
    from .tables import _keyed, _reading

    words = _reading(row[KEY_COLUMN].words)
    return bool(words) and _keyed(words)


def _middle(line: list[Word]) -> float:
    return (min(w.box[1] for w in line) + max(w.box[3] for w in line)) / 2


def _key_middle(row: list[TableCell]) -> float:
    from .tables import _reading

    return _middle(_reading(row[KEY_COLUMN].words)[:1])


def _move(rows: list[list[TableCell]], col: int, run: list[tuple[int, list[Word]]], target: int) -> None:
    for i, ln in run:
        if i != target:
            moved = {id(w) for w in ln}
            rows[i][col].words = [w for w in rows[i][col].words if id(w) not in moved]
            rows[target][col].words.extend(ln)


def _sentences_on(run: list[tuple[int, list[Word]]]) -> list[list[tuple[int, list[Word]]]]:
    """The run cut where a line starts with no lowercase letter: between the cells of two close
    rows ('Medges.' / 'Bestrids, se bilaga 1'); a line going on in lowercase goes on a sentence."""
    parts: list[list[tuple[int, list[Word]]]] = []
    for item in run:
        if parts and item[1][0].text[:1].islower():
            parts[-1].append(item)
        else:
            parts.append([item])
    return parts


def _gather(rows: list[list[TableCell]], col: int, numbered: list[bool]) -> None:
    """Each paragraph of the column beside several rows into its row: the one numbered row among
    them, or where it reaches over numbered rows, the one whose number stands nearest to a
    sentence that goes on over their border."""
    for run in _paragraphs(rows, col):
        keyed = sorted({i for i, _ in run if numbered[i]})
        if len({i for i, _ in run}) < 2:
            continue
        if len(keyed) == 1:
            _move(rows, col, run, keyed[0])
            continue
        for part in _sentences_on(run):
            spanned = sorted({i for i, _ in part})
            if len(spanned) > 1 and all(numbered[i] for i in spanned):
                middle = (_middle(part[0][1]) + _middle(part[-1][1])) / 2
                _move(rows, col, part, min(spanned, key=lambda i: abs(_key_middle(rows[i]) - middle)))


def _lone_cells_to_groups(rows: list[list[TableCell]], numbered: list[bool]) -> None:
    """A row with a blank first cell beside a merged group (an invoice row): what it holds in a
    column whose cell is empty in the group's numbered row is that merged cell, centred in the
    group (its claim, its repayment) and set beside this row; it goes to the numbered row whose
    number stands nearest, on the same page."""
    for i, row in enumerate(rows):
        if numbered[i] or row[KEY_COLUMN].words:
            continue
        for col, cell in enumerate(row):
            if not cell.words:
                continue
            middle, page = _middle(cell.words), cell.words[0].page
            near = [k for k in range(len(rows)) if numbered[k] and rows[k][KEY_COLUMN].words[0].page == page]
            if not near:
                continue
            k = min(near, key=lambda k: abs(_key_middle(rows[k]) - middle))
            if not rows[k][col].words:
                rows[k][col].words, cell.words = cell.words, []


def gather_paragraphs(table: LayoutTable) -> None:
    """Every prose column's paragraphs cut apart by the rows, each whole in its group's row; the
    merged cells beside an item row in their group's row."""
    rows = [r for r in table.rows if not r[0].is_total]
    numbered = [_numbered(r) for r in rows]
    if not any(numbered):
        return  # no numbered row to gather into
    for col, (_, role, _) in enumerate(table.columns):
        if role in PROSE_ROLES or col == KEY_COLUMN:
            _gather(rows, col, numbered)
    _lone_cells_to_groups(rows, numbered)
