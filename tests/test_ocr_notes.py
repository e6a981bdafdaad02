"""A sticky note on a scanned page (tinted paper at an angle to the lines) is not read; a shaded
box the letter prints, square with its text, is."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from pipeline.ingest import ingest_bytes, notes

DATA = Path(__file__).parent / "data" / "ocr"
SCALE = 150 / 72


def page_with_patch(degrees: float) -> Image.Image:
    """A white page with a 2-inch patch of light grey (a note's tint) turned `degrees`."""
    page = Image.new("L", (1240, 1754), 255)
    patch = Image.new("L", (300, 300), 228).convert("RGBA").rotate(degrees, expand=True)
    page.paste(patch, (700, 120), patch)
    return page


def test_a_tinted_patch_at_an_angle_is_a_note_and_a_level_one_is_not():
    assert len(notes.notes(page_with_patch(5.0), SCALE)) == 1
    assert notes.notes(page_with_patch(0.0), SCALE) == []  # a shaded box of the letter's own
    wiped = np.asarray(notes.wiped(page_with_patch(5.0), notes.notes(page_with_patch(5.0), SCALE), SCALE))
    assert (wiped[300:400, 800:900] == 255).all()


@pytest.mark.slow
@pytest.mark.ocr
def test_the_words_of_a_sticky_note_are_dropped_and_the_letters_kept():
    doc = ingest_bytes((DATA / "note-scan.pdf").read_bytes(), "note-scan.pdf")
    text = [ln.text for ln in doc.pages[0].lines()]
    assert not any("Lena" in t or "/BK" in t for t in text), text
    assert "Hylte kommun" in text
    assert any(t.startswith("Socialstyrelsen anser att kostnaden inte är styrk") for t in text)  # the JPEG blurs its 't.'

    assert "Nämnden bestrider återkravet och bifogar fakturorna." in text
