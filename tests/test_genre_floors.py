"""The third to sixth genre corpora (tests/data/genre3/ … genre6/, each written blind by
tests/gen/genreN.py) scored end to end: each text-layer case must keep at least the
overall score measured when its failure classes were last worked on (benchmarks/genre_scores.py
--corpus tests/data/genreN), so a change that loses what was gained on other municipalities' styles
fails here. Floors are measured values less a small slack; raise them when a case improves.
genre7 … genre10 have their floors in tests/test_genre_floors_recent.py (a second file, so that pytest-xdist's
loadfile runs the two sets on different workers)."""

from __future__ import annotations

import importlib.util
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SLACK = 0.005
# overall scores measured on this machine (score.py), per corpus and case: genre3 at commit 86953b1,
# genre4, genre5 and genre6 at 6e6323c, raised where s8-lists lifted a case, and raised again to session 10's
# merge (reasons read from the answer where the agency's words were not found, the agency's voice, table fixes)
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
        "gdocs-ostersund": 1.000,
        "invoices-grannland": 1.000,
        "prose-alingsas": 1.000,
        "prose-enkoping": 0.979,
        "prose-katrineholm": 1.000,
        "prose-sandviken": 1.000,
        "prose-uddevalla": 0.970,
        "sheet-trelleborg": 0.974,
        "table-kungsbacka": 0.983,
    },
    "genre5": {
        "deck-karlstad": 0.973,
        "form-soderhamn": 0.900,
        "html-halmstad": 1.000,
        "invoices-europa": 1.000,
        "matrix-norrkoping": 0.973,
        "prose-filipstad": 1.000,
        "prose-haparanda": 1.000,
        "prose-vanersborg": 0.985,
        "rtf-ludvika": 0.977,
        "table-linkoping": 1.000,
    },
    "genre6": {
        "invoices-europa6": 1.000,
        "odt-finspang": 1.000,
        "prose-bjuv": 1.000,
        "prose-emmaboda": 0.975,
        "prose-flen": 0.980,
        "prose-hallsberg": 1.000,
        "prose-kumla": 0.985,
        "prose-lerum": 1.000,
        "table-hassleholm": 1.000,
        "table-hoganas": 0.971,
    },
}
CASES = [(corpus, case) for corpus, cases in MEASURED.items() for case in sorted(cases)]


def _genre_scores():
    spec = importlib.util.spec_from_file_location("genre_scores", ROOT / "benchmarks" / "genre_scores.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


RUNS_AT_ONCE = 2  # granttrail runs side by side: a small case's run is mostly its start-up, on one core


def _score_of(gs, score: Path, corpus: str, case: str) -> tuple[bool, str, dict]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        folder = ROOT / "tests" / "data" / corpus / case
        ok, _, error = gs.run_case(folder, out)
        return ok, error, gs.score_case(score, out, folder / "gold.json") if ok else {}


@pytest.fixture(scope="module")
def scores(request: pytest.FixtureRequest) -> dict[tuple[str, str], tuple[bool, str, dict]]:
    """Every selected case run and scored once, RUNS_AT_ONCE at a time (each run is its own
    process): the floors cost half the wall time they cost one after another."""
    from concurrent.futures import ThreadPoolExecutor

    gs = _genre_scores()
    try:
        score = gs.find_score(None)
    except SystemExit:
        pytest.skip("score.py not found (../shared/tools/score.py)")
    selected = [item.callspec.params for item in request.session.items if item.name.startswith("test_genre_case_keeps_its_score[")]
    wanted = [(p["corpus"], p["case"]) for p in selected]
    with ThreadPoolExecutor(RUNS_AT_ONCE) as pool:
        results = pool.map(lambda cc: _score_of(gs, score, *cc), wanted)
        return dict(zip(wanted, results, strict=True))


@pytest.mark.slow
@pytest.mark.parametrize("corpus,case", CASES)
def test_genre_case_keeps_its_score(scores, corpus: str, case: str) -> None:
    ok, error, result = scores[(corpus, case)]
    assert ok, error
    assert result["overall"] >= MEASURED[corpus][case] - SLACK, result.get("areas")
