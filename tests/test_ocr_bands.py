"""Light letters in a dark bar (a house style's heading band), scanned in grey and dithered in
black and white: found as dark fields and read as text (tests/gen/banded_scans.py, expected values
written before granttrail read them)."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.ingest import bands, ingest_bytes
from tests.case_runs import dec
from tests.gen import banded_scans


def page_scale(name: str) -> float:
    return banded_scans.RESPONSES[name]["dpi"] / 72


@pytest.mark.parametrize("name", list(banded_scans.RESPONSES))
def test_each_heading_bar_is_one_dark_field_and_nothing_else_is(name):
    image = banded_scans.scanned_image(name).convert("L")
    fields = bands.dark_fields(np.asarray(image) < bands.INK_LEVEL, page_scale(name))
    assert len(fields) == len(banded_scans.RESPONSES[name]["activities"])
    assert [f.top for f in fields] == sorted(f.top for f in fields)


def test_a_redaction_bar_and_a_bold_heading_are_no_fields():
    scale = 200 / 72
    page = np.zeros((600, 1600), dtype=bool)
    page[100:140, 100:900] = True  # a redaction bar: dark, nothing light inside
    for k in range(12):  # a bold heading's letters: thick strokes with paper between them
        x = 100 + k * 60
        page[300:360, x : x + 22] = True
        page[300:312, x : x + 50] = True
    assert bands.dark_fields(page, scale) == []


def test_a_field_is_turned_to_ink_on_paper():
    scale = 150 / 72
    gray = np.full((200, 900), 255, dtype=np.uint8)
    gray[50:110, 40:860] = 60  # a dark grey bar
    gray[70:90, 100:400] = 250  # a light letter block inside it
    from PIL import Image

    out = np.asarray(bands.lightened(Image.fromarray(gray), scale))
    assert out[60, 500] > 200 and out[80, 250] < 60  # the ground is paper, the letters ink
    assert out[10, 10] == 255 and out[150, 500] == 255  # the page around it untouched


@pytest.mark.slow
@pytest.mark.ocr
@pytest.mark.parametrize("name", list(banded_scans.RESPONSES))
def test_the_text_in_each_bar_is_read(name):
    doc = ingest_bytes(banded_scans.committed(name).read_bytes(), f"{name}.pdf")
    lines = {" ".join(line.split()) for line in doc.pages[0].text.splitlines()}
    for no, title, amount in banded_scans.RESPONSES[name]["activities"]:
        assert banded_scans.band_text(name, no, title, amount) in lines


@pytest.mark.slow
@pytest.mark.ocr
def test_the_activities_in_the_bars_are_found(tmp_path):
    from tests.case_runs import run_cases

    rows = run_cases(tmp_path, {name: banded_scans.committed(name) for name in banded_scans.RESPONSES})
    for name, r in banded_scans.RESPONSES.items():
        found = {a["activity_no"]: dec(a["claimed_amount_sek"]) for a in rows[name]["activities"]}
        expected = {no: amount.removesuffix(" kr").replace(" ", "") for no, _, amount in r["activities"]}
        assert found == expected
