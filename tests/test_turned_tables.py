"""Answer tables printed turned on an upright page (tests/gen/turned_tables.py): the turned text
is read in its own frame (pipeline/ingest/turned_text.py), so every row is an activity whether
the text runs bottom to top or top to bottom, whether the page holds only the table or upright
text above it, and whether the text layer broke a turned line into pieces (Chromium)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from case_runs import activity_values, run_cases

sys.path.insert(0, str(Path(__file__).resolve().parent / "gen"))
import turned_tables  # noqa: E402

NAMES = sorted(turned_tables.RESPONSES)


@pytest.fixture(scope="module")
def turned_run(tmp_path_factory):
    pdfs = {name: turned_tables.COMMITTED / f"yttrande-{name}.pdf" for name in NAMES}
    return run_cases(tmp_path_factory.mktemp("turned_tables"), pdfs)


@pytest.mark.parametrize("name", NAMES)
def test_every_row_an_activity(turned_run, name):
    assert activity_values(turned_run[name]["activities"]) == turned_tables.EXPECTED[name]


@pytest.mark.parametrize("name", NAMES)
def test_the_turn_is_recorded(turned_run, name):
    pages = turned_run[name]["pages"]
    assert pages[-1]["rotation"] == turned_tables.RESPONSES[name]["turn"]
    assert all(p["rotation"] == 0 for p in pages[:-1])  # the upright letter page is read as it is


def test_broken_turned_line_read_whole():
    import pypdfium2 as pdfium

    from pipeline.ingest.pdf import text_layer

    pdf = pdfium.PdfDocument(turned_tables.COMMITTED / "yttrande-ystad.pdf")
    turns: dict[int, int] = {}
    pages, _, _ = text_layer(pdf, [], turns)
    texts = [ln.text for ln in pages[0]]
    assert turns == {0: 90}
    assert "Nr Aktivitet Belopp" in texts and "Ställningstagande" in texts  # not 'Nr A' / 'ktivitet B' / 'elo' / 'p'
    intro = texts.index("Ystad 2025-02-20, Socialförvaltningen")
    assert intro < texts.index("Nr Aktivitet Belopp")  # the turned table stays below the upright text
