"""Rows whose cells are centred vertically (a spreadsheet's or a word processor's 'centre' cell
alignment): a tall cell's wrapped lines stand above its row's number line as well as below it, so
the lines before the first numbered row belong to it, and a line between two numbered rows to the
one it is nearer. Top-aligned rows start every cell at the number's line: nothing stands above
the first one, and they are left as they are."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .tables import LayoutTable, TableCell, Word

KEY_COLUMN = 0


def _middle(w: Word) -> float:
    return (w.box[1] + w.box[3]) / 2


def _key_line(row: list[TableCell]) -> float | None:
    """The height of a row's number (its key cell's first word)."""
    words = row[KEY_COLUMN].words
    return _middle(min(words, key=lambda w: w.box[1])) if words else None


def _leads_unnumbered(table: LayoutTable) -> bool:
    """The body opens with a row whose key cell is empty over numbered rows on one page: cell
    lines that stand above the first number."""
    body = [r for r in table.rows if not r[0].is_total]
    if len(body) < 2 or body[0][KEY_COLUMN].words or len(table.pages) > 1:
        return False
    return all(_key_line(r) is not None for r in body[1:])


def _to_nearest(keyed: list[list[TableCell]], words: list[tuple[int, Word]]) -> None:
    """Each word into its column's cell of the row whose number line is nearest to it."""
    heights = [_key_line(r) or 0.0 for r in keyed]
    for r in keyed:
        for c in r:
            c.words = []
    for col, w in words:
        nearest = min(range(len(keyed)), key=lambda k: abs(heights[k] - _middle(w)))
        keyed[nearest][col].words.append(w)


def recentre_rows(table: LayoutTable) -> None:
    """Where the body opens above its first number, every body word goes to the numbered row whose
    number line is nearest to it (in its own column)."""
    if not _leads_unnumbered(table):
        return
    body = [r for r in table.rows if not r[0].is_total]
    _to_nearest(body[1:], [(c.col, w) for r in body for c in r for w in c.words])
    table.rows = [*body[1:], *[r for r in table.rows if r[0].is_total]]
    for k, row in enumerate(table.rows):
        for c in row:
            c.row = k
