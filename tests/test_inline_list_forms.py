"""An attachment list on one line under a table, its items numbered without a full stop and
separated by commas or semicolons ('Bilagor: 1 Beslut, 2 Avtal'): as a table response's foot
prints it. Expected values written before the pipeline read them."""

from __future__ import annotations

import pytest
from test_attachlist import lines_of as _lines

from pipeline.attachlist import parse_attachment_list


@pytest.mark.parametrize(
    "text,ids,labels",
    [
        (
            "Bilagor: 1 Protokoll socialnämnden, 2 Lönespecifikation, 3 Hyresavtal lokal",
            ["1", "2", "3"],
            ["Protokoll socialnämnden", "Lönespecifikation", "Hyresavtal lokal"],
        ),
        (
            "Bifogade handlingar: 1 Närvarolistor hösten 2022; 2 Fakturor 4411 och 4412; 3a Intyg; 3b Avtal",
            ["1", "2", "3a", "3b"],
            ["Närvarolistor hösten 2022", "Fakturor 4411 och 4412", "Intyg", "Avtal"],
        ),
        (
            "Bilagor: 1: Delårsrapport, 2: Kontoutdrag 2023",
            ["1", "2"],
            ["Delårsrapport", "Kontoutdrag 2023"],
        ),
    ],
)
def test_a_one_line_list_separated_by_commas_or_semicolons(text, ids, labels):
    items, head = parse_attachment_list(_lines("Kommunen bestrider återkravet i sin helhet.", text, "Karin Ek, förvaltningschef"))
    assert head == 1
    assert [(i.attachment_id, i.label) for i in items] == list(zip(ids, labels, strict=True))


def test_a_sentence_with_numbers_and_commas_is_no_list():
    """'Bilagor: 2 st, se nedan' names no items in sequence from 1."""
    items, _ = parse_attachment_list(_lines("Bilagor: 2 st, 3 kopior skickas separat"))
    assert items == []
