"""The third and fourth genre corpora (tests/data/genre3/ and genre4/, written blind by
tests/gen/genre3.py and genre4.py) scored end to end: each text-layer case must keep at least the
overall score measured when its failure classes were last worked on (benchmarks/genre_scores.py
--corpus tests/data/genreN), so a change that loses what was gained on other municipalities' styles
fails here. Floors are measured values less a small slack; raise them when a case improves.
genre5 is not here: it is the blind measure, scored by the benchmark and never tuned on."""

from __future__ import annotations

import importlib.util
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SLACK = 0.005
# overall scores measured on this machine at commit 86953b1 (score.py), per corpus and case
MEASURED = {
    "genre3": {
        "invoices-leverantorer": 1.000,
        "prose-borlange": 1.000,
        "prose-gavle": 1.000,
        "prose-karlskrona": 1.000,
        "prose-landskrona": 0.977,
        "prose-motala": 0.960,
        "prose-nykoping": 1.000,
        "prose-trollhattan": 0.958,
        "sheet-vasteras": 1.000,
        "table-jonkoping": 1.000,
    },
    "genre4": {
        "email-pitea": 1.000,
        "gdocs-ostersund": 0.963,
        "invoices-grannland": 0.848,
        "prose-alingsas": 0.875,
        "prose-enkoping": 0.817,
        "prose-katrineholm": 0.887,
        "prose-sandviken": 0.973,
        "prose-uddevalla": 0.826,
        "sheet-trelleborg": 0.489,
        "table-kungsbacka": 0.738,
    },
}
CASES = [(corpus, case) for corpus, cases in MEASURED.items() for case in sorted(cases)]


def _genre_scores():
    spec = importlib.util.spec_from_file_location("genre_scores", ROOT / "benchmarks" / "genre_scores.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
@pytest.mark.parametrize("corpus,case", CASES)
def test_genre_case_keeps_its_score(corpus: str, case: str) -> None:
    gs = _genre_scores()
    try:
        score = gs.find_score(None)
    except SystemExit:
        pytest.skip("score.py not found (../shared/tools/score.py)")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        folder = ROOT / "tests" / "data" / corpus / case
        ok, _, error = gs.run_case(folder, out)
        assert ok, error
        result = gs.score_case(score, out, folder / "gold.json")
    assert result["overall"] >= MEASURED[corpus][case] - SLACK, result.get("areas")
