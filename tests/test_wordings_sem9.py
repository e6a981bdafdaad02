"""Positions and repayments in new wordings (tests/wordings_sem9.py), run end to end once and
compared with the values written down with them: the agency's demand restated under a question
heading, a terse verdict on a status line after a symbol, and a part accepted as an item of the
claim with the rest disputed in the same sentence."""

from __future__ import annotations

import pytest
import wordings_sem9
from conftest import activity_outcomes, run_rendered

NAMES = sorted(wordings_sem9.RESPONSES)


@pytest.fixture(scope="module")
def sem9_run(tmp_path_factory):
    return run_rendered(wordings_sem9.make, NAMES, tmp_path_factory.mktemp("wordings_sem9"))


@pytest.mark.parametrize("name", NAMES)
def test_positions_and_repayments(sem9_run, name):
    assert activity_outcomes(sem9_run[name]["activities"]) == wordings_sem9.EXPECTED[name]["activities"]
