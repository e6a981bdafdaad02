"""Header cells set so close that their words read as one cell ('Återkrävt Återbetalas' in a
sheet's narrow columns, 5 points apart): the body under them shows the columns, a gutter no
body word crosses between the two header words' middles splits them."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .tables import Word

from .body_edges import runs

MIN_GUTTER = 8.0  # points of blank body between two columns (right-aligned amounts leave less inside one)


def _gutter_between(a: Word, b: Word, body: list[Word]) -> float | None:
    """The middle of a blank run at least MIN_GUTTER wide in the body under a and b (from a's left
    edge to b's right), with body words on both sides of it; None where there is none."""
    left, right = a.box[0], b.box[2]
    spans = sorted((max(w.box[0], left), min(w.box[2], right)) for w in body if w.box[2] > left and w.box[0] < right)
    if not spans:
        return None
    edge = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - edge >= MIN_GUTTER:
            return (edge + x0) / 2
        edge = max(edge, x1)
    return None


def _neighbours(group: list[Word]) -> list[tuple[Word, Word]]:
    """Each header word with the nearest word starting right of its end (on its line or a
    wrapped one: 'Återkrävt' beside 'Återbetala' over its 's'), left to right."""
    pairs = []
    for w in group:
        beside = [x for x in group if x.box[0] >= w.box[2]]
        if beside:
            pairs.append((w, min(beside, key=lambda x: x.box[0])))
    return sorted(pairs, key=lambda p: p[0].box[0])


def _runs_in(run: list[Word], group: list[Word]) -> bool:
    """A run of words entering the header cell's columns from far left of it (a comment merged
    across the columns, layout/records.py): running text, no cell of the columns under it; a
    right-aligned amount reaching left of its header starts a little left only."""
    left, right = min(w.box[0] for w in group), max(w.box[2] for w in group)
    return run[0].box[0] < left - (right - left) and run[-1].box[2] > left


def split_at_gutters(group: list[Word], body_lines: list[list[Word]]) -> list[list[Word]]:
    """The header group split where the body keeps a gutter between two neighbouring header
    words of one line."""
    body = [w for ln in body_lines for run in runs(ln) if not _runs_in(run, group) for w in run]
    for a, b in _neighbours(group):
        cut = _gutter_between(a, b, body)
        left = [w for w in group if cut is not None and (w.box[0] + w.box[2]) / 2 < cut]
        right = [w for w in group if w not in left]
        if left and right:  # each side keeps a word: the right side is smaller, so this ends
            return [left, *split_at_gutters(right, body_lines)]
    return [group]
