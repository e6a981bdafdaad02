"""Attachment lists and references in the forms municipalities write them."""

from __future__ import annotations

import pytest

from pipeline.attachlist import expand_ref_spec, find_refs, parse_attachment_list
from pipeline.ingest import Line


def lines_of(*texts: str) -> list[Line]:
    out, pos = [], 0
    for t in texts:
        out.append(Line(1, pos, pos + len(t), t, None))
        pos += len(t) + 1
    return out


@pytest.mark.parametrize(
    "texts,ids,labels",
    [
        (
            ["Bilagor", "Bilaga 1 Anställningsavtal", "Bilaga 2 Deltagarlista"],
            ["1", "2"],
            ["Anställningsavtal", "Deltagarlista"],
        ),
        (
            ["Bilageförteckning", "1 Verksamhetsberättelse", "3a Avtal", "3b Närvarolista"],
            ["1", "3a", "3b"],
            ["Verksamhetsberättelse", "Avtal", "Närvarolista"],
        ),
        (
            [
                "Bifogade handlingar",
                "1 a Faktura 1201 Måleri AB",
                "1 b Faktura 1202 Måleri AB",
                "2 Slutrapport",
            ],
            ["1a", "1b", "2"],
            ["Faktura 1201 Måleri AB", "Faktura 1202 Måleri AB", "Slutrapport"],
        ),
        (
            [
                "Bilagor",
                "Bilaga Innehåll",
                "A Faktura 9001 Buss AB",
                "B Deltagarförteckning",
                "C Protokoll",
            ],
            ["A", "B", "C"],
            ["Faktura 9001 Buss AB", "Deltagarförteckning", "Protokoll"],
        ),
        (
            ["Bilagor", "19.4 Faktura", "19.5 Avtal med Region"],
            ["19.4", "19.5"],
            ["Faktura", "Avtal med Region"],
        ),
        (
            ["Bilagor: 1. Faktura 3001 Sport AB 2. Avtal med Föreningen 3. Närvarolista"],
            ["1", "2", "3"],
            ["Faktura 3001 Sport AB", "Avtal med Föreningen", "Närvarolista"],
        ),
        (
            [
                "Kommunen bestrider återkravet.",
                "Bilaga 1: Faktura 7781 Hotell AB",
                "Bilaga 2: Program",
            ],
            ["1", "2"],
            ["Faktura 7781 Hotell AB", "Program"],
        ),
        (
            ["Bilagor", "- Bilaga 1. Rapporter från fältet", "- Bilaga 2. Protokoll"],
            ["1", "2"],
            ["Rapporter från fältet", "Protokoll"],
        ),
        (  # ids in brackets, the list inline and wrapped
            ["Bilagor: (1) Protokoll från nämnden 2023-04-02, (2) Avtal med", "Ridklubben, (3) Närvarolistor."],
            ["1", "2", "3"],
            ["Protokoll från nämnden 2023-04-02", "Avtal med Ridklubben", "Närvarolistor"],
        ),
        (
            ["Bilagor", "(1) Faktura 5512 Buss AB", "(2) Programblad"],
            ["1", "2"],
            ["Faktura 5512 Buss AB", "Programblad"],
        ),
    ],
)
def test_list_forms(texts, ids, labels):
    items, head = parse_attachment_list(lines_of(*texts))
    assert head is not None
    assert [i.attachment_id for i in items] == ids and [i.label for i in items] == labels


def test_a_sentence_starting_with_i_is_no_lettered_item():
    items, _ = parse_attachment_list(lines_of("Bilagor", "1 Faktura", "I övrigt hänvisar kommunen till bilagan."))
    assert [i.attachment_id for i in items] == ["1"]


@pytest.mark.parametrize(
    "text,listed,ids",
    [
        ("se bil. 6", {"6"}, ["6"]),
        ("finns i bilagorna 3–5.", set(), ["3", "4", "5"]),
        ("se bilaga 7a och 7b", set(), ["7a", "7b"]),
        ("(bilaga 2)", set(), ["2"]),
        ("se bilagorna B och C", {"A", "B", "C"}, ["B", "C"]),
        ("fakturorna i bilaga 1 a och 1 b", {"1a", "1b"}, ["1a", "1b"]),
        ("se bilaga 2 i ansökan", {"1", "2"}, ["2"]),
        ("Bilaga A är fakturan", set(), []),  # no lettered list: not a reference
    ],
)
def test_reference_forms(text, listed, ids):
    refs = find_refs(lines_of(text), lambda ln: "1", listed)
    assert [r.attachment_id for r in refs] == ids


def test_letter_ranges():
    assert expand_ref_spec("A–C") == ["A", "B", "C"]


def test_an_inline_list_after_a_sentence_wrapping_onto_the_next_line():
    texts = [
        "Här följer kommunens svar per insats. Bilagor: 1. Protokoll från nämnden 2. Avtal med Ridklubben 3.",
        "Närvarolista höstlovet.",
        "1 Ridläger 12 000 Bestrids, se bilaga 1.",
    ]
    items, head = parse_attachment_list(lines_of(*texts))
    assert head is None  # the list stands in a paragraph: the body goes on after it
    assert [(i.attachment_id, i.label) for i in items] == [
        ("1", "Protokoll från nämnden"),
        ("2", "Avtal med Ridklubben"),
        ("3", "Närvarolista höstlovet"),
    ]


def test_an_attachment_read_by_ocr_is_shown_where_it_stands_on_the_page():
    from array import array
    from types import SimpleNamespace

    from pipeline.attachlist import attachment_evidence
    from pipeline.ingest import PageText

    text = "Bilagor\n3.1-Avtal Fritidsbanken.pdf"
    boxes = array("f")
    for k, _ in enumerate(text):  # each character 5 points wide, the second line 14 points lower
        line, col = (0, k) if k < 8 else (1, k - 8)
        boxes.extend((60 + 5 * col, 100 + 14 * line, 65 + 5 * col, 110 + 14 * line))
    page = PageText(1, text, "ocr", 595, 842, boxes)
    items, _ = parse_attachment_list([Line(1, 0, 7, "Bilagor", None), Line(1, 8, len(text), text[8:], None)])
    doc = SimpleNamespace(doc_id="d1", pages=[page])
    row = {"attachment_id": "3.1", "filename": items[0].filename, "label": items[0].label}
    rows = attachment_evidence(doc, items[0], row)
    by_field = {e.field: e for e in rows}
    assert by_field["attachment_id"].prov.box == (60.0, 114.0, 75.0, 124.0)
    assert all(e.prov.box is not None for e in rows)


def test_an_item_wraps_over_a_page_whose_number_stands_alone_between() -> None:
    items, _ = parse_attachment_list(
        lines_of(
            "BEVISNING",
            "Bilaga 1. Utdrag ur lönesystemet – till styrkande av kostnaderna i",
            "delprojekt 1.",
            "Bilaga 2. Faktura kursmaterial – till styrkande av vilken del av",
            "2",
            "kostnaden som avser material.",
            "Bilaga 3. Samverkansöverenskommelse med polisen.",
        )
    )
    assert [it.attachment_id for it in items] == ["1", "2", "3"]


@pytest.mark.parametrize(
    "texts,ids",
    [
        (["Bilagor:", "Bil 1 Lönelistor sommarjobb", "Bil 2 Anställningsavtal", "Bil 3 Tidrapporter"], ["1", "2", "3"]),
        (["Bifogade handlingar", "Bil 1: Protokoll", "Bil 2: Avtal med föreningen"], ["1", "2"]),
        (["Protokoll och avtal finns hos kommunen.", "Bil 1 Protokoll", "Bil 2 Avtal", "Lena Ek"], ["1", "2"]),
    ],
)
def test_bil_without_its_full_stop(texts, ids):
    items, _ = parse_attachment_list(lines_of(*texts))
    assert [i.attachment_id for i in items] == ids


@pytest.mark.parametrize(
    "text,ids",
    [("(Bil 2, Bil 3)", ["2", "3"]), ("se Bil 4.", ["4"]), ("kommunens bil har sålts", [])],
)
def test_references_to_bil_without_its_full_stop(text, ids):
    refs = find_refs(lines_of(text), lambda ln: "1", {"2", "3", "4"})
    assert [r.attachment_id for r in refs] == ids


def test_a_run_of_bilaga_lines_from_one_under_another_heading_with_lines_after_it():
    items, head = parse_attachment_list(
        lines_of(
            "Aktivitet 2. Fritidsgård (bilaga 2).",
            "Beslutsunderlag",
            "Tjänsteskrivelse 2025-01-10",
            "Bilaga 1 Fakturor och närvarolistor",
            "Bilaga 2 Avtal med föreningen",
            "Bilaga 3 Uppdragsbeskrivning",
            "Beslutet skickas till",
            "Socialstyrelsen",
            "Ekonomienheten",
            "Justeringens plats och tid: Stadshuset",
            "Ordförande",
            "Kerstin Ny",
            "Sekreterare",
            "Jan Ek",
        )
    )
    assert [i.attachment_id for i in items] == ["1", "2", "3"] and head == 3


def test_one_bilaga_sentence_in_the_body_is_no_list():
    items, _ = parse_attachment_list(
        lines_of("Bilaga 1 visar närvaron.", "Kommunen bestrider återkravet.", "Bilaga 2 är avtalet.", "Med vänlig hälsning", "Ann Ek")
    )
    assert items == []


def test_a_list_table_whose_header_repeats_over_the_page_break():
    items, _ = parse_attachment_list(
        lines_of("Bilagor", "Bilaga Handling", "A Protokoll", "B Avtal", "Bilaga Handling", "C Fakturor", "Ort och datum", "Eva Ek")
    )
    assert [i.attachment_id for i in items] == ["A", "B", "C"]
