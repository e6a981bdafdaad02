"""Speed changes that must not change an answer (issue 16): the skew finder's neighbour search,
find_money's line cache and the forkserver's warm-up."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from pipeline.layout import skew
from pipeline.swedish import FIND_MONEY_CACHED_CHARS, find_money

ROOT = Path(__file__).resolve().parent.parent


def _nearest_right_by_scan(k: int, boxes: list[tuple[float, float, float, float]]) -> int | None:
    """The neighbour as defined: of all words starting at most a point before k's right edge and
    within the gap, on k's line, the one with the least left edge (the first such in left order)."""
    b = boxes[k]
    h = b[3] - b[1]
    best = None
    for j in sorted(range(len(boxes)), key=lambda i: boxes[i][0]):
        n = boxes[j]
        if n[0] < b[2] - 1 or n[0] - b[2] > skew.NEIGHBOUR_GAP * h:
            continue
        if abs(skew._middle(n)[1] - skew._middle(b)[1]) <= skew.SAME_LINE * h and (best is None or n[0] < boxes[best][0]):
            best = j
    return best


def _random_page(rnd: random.Random) -> list[tuple[float, float, float, float]]:
    """Words on a grid of lines with ties in left edges, zero widths and odd heights."""
    boxes = []
    for _ in range(rnd.randint(1, 80)):
        x = rnd.choice([rnd.uniform(0, 500), float(rnd.randint(0, 50) * 10)])
        y = rnd.choice([rnd.uniform(0, 700), float(rnd.randint(0, 20) * 12)])
        w = rnd.choice([rnd.uniform(0, 60), 0.0, 0.5])
        h = rnd.choice([rnd.uniform(0, 14), 10.0])
        boxes.append((x, y, x + w, y + h))
    return boxes


def test_right_neighbour_is_the_nearest_on_the_line_as_a_full_scan_finds_it() -> None:
    rnd = random.Random(16)
    for _ in range(200):
        boxes = _random_page(rnd)
        order = sorted(range(len(boxes)), key=lambda i: boxes[i][0])
        lefts = [boxes[i][0] for i in order]
        for k in order:
            assert skew._right_neighbour(k, boxes, order, lefts) == _nearest_right_by_scan(k, boxes)


def test_page_slope_of_tilted_lines() -> None:
    """Three lines of eight words, each falling 1.5 points a word of 40 points: slope 0.0375."""
    boxes = [(40.0 * i, 100.0 * line + 1.5 * i, 40.0 * i + 30.0, 100.0 * line + 1.5 * i + 10.0) for line in range(3) for i in range(8)]
    assert round(skew.page_slope(boxes), 6) == 0.0375
    level = [(x0, y0 - 1.5 * (x0 / 40.0), x1, y1 - 1.5 * (x0 / 40.0)) for x0, y0, x1, y1 in boxes]
    assert skew.page_slope(level) == 0.0


def test_find_money_answers_each_caller_alike_and_apart() -> None:
    line = "Kommunen återbetalar 12 500 kronor för aktivitet 3."
    first = find_money(line)
    assert [(m.value, m.raw) for m in first] == [(Decimal("12500.00"), "12 500 kronor")]
    first.clear()  # a caller's own list: what it does with it is not seen by the next caller
    assert [m.value for m in find_money(line)] == [Decimal("12500.00")]
    long_text = (line + " ") * (FIND_MONEY_CACHED_CHARS // len(line) + 1)
    assert len(long_text) > FIND_MONEY_CACHED_CHARS
    assert [m.value for m in find_money(long_text)] == [Decimal("12500.00")] * (FIND_MONEY_CACHED_CHARS // len(line) + 1)


def test_warm_up_prepares_the_forkserver_without_models_or_the_command_line() -> None:
    """What a worker inherits from the forkserver: the pattern vocabularies compiled, the command
    line's libraries imported but not its module (a `python -m pipeline.cli` worker runs it as
    its main module), and no trained model read (a model rebuilt later is read fresh)."""
    probe = (
        "import json, sys; import pipeline.warm; "
        "from pipeline.invoicing import vocab; from pipeline import reasons, positions, heading_model; "
        "print(json.dumps({'labels': vocab.labels.cache_info().currsize, 'cli': 'pipeline.cli' in sys.modules, "
        "'typer': 'typer' in sys.modules, 'models': [reasons.model.cache_info().currsize, "
        "positions.model.cache_info().currsize, heading_model.load.cache_info().currsize]}))"
    )
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True, timeout=120)
    state = json.loads(out.stdout.strip().splitlines()[-1])
    assert state == {"labels": 1, "cli": False, "typer": True, "models": [0, 0, 0]}
