"""OCR'd table responses whose word boxes do not sit where a text layer's would: a wrapped cell's
word whose box reaches left over the column rule (OCR read the rule's ink with the word), so the
word starts in the column before. The word still belongs to the cell that holds most of it, and
the line is a row's wrapped line, not running text that ends the table. Word boxes written by
hand as tesseract returns them on such pages; expected values written before the pipeline read
them."""

from __future__ import annotations

from decimal import Decimal

from pipeline.layout.activities import table_sections
from pipeline.layout.tables import Word, _headed_table, _lines

GLYPH = 5.5  # points per character of a 9-point cell font
SPACE = 3.0


def _line(top: float, *cells: tuple[float, str]) -> list[Word]:
    out = []
    for x, text in cells:
        for part in text.split():
            out.append(Word(part, 0, 0, (x, top, x + GLYPH * len(part), top + 9), 1))
            x += GLYPH * len(part) + SPACE
    return out


def _widened(words: list[Word], text: str, left: float) -> list[Word]:
    """The word `text` with its box stretched left to `left` (a rule's ink read into it)."""
    out = []
    for w in words:
        if w.text == text:
            w = Word(w.text, w.start, w.end, (left, w.box[1], w.box[2], w.box[3]), w.page)
        out.append(w)
    return out


def test_a_wrapped_title_word_over_the_rule_keeps_the_rows_after_it():
    # Gnesta: Nr | Insats | Belopp | Motivering | Kommunens svar
    words = _line(100, (40, "Nr"), (62, "Insats"), (200, "Belopp"), (258, "Motivering"), (400, "Kommunens svar"))
    words += _line(120, (40, "1"), (62, "Simskola"), (200, "12 000 kr"), (258, "Ej styrkt."), (400, "Bestrids."))
    words += _line(140, (40, "2"), (62, "Läxläsning i"), (200, "40 500"), (258, "Ordinarie"), (400, "Medges."))
    # the title's second line: 'Skärvägens' read with the rule at x=58 into its box
    words += _widened(_line(151, (62, "Skärvägens skola"), (200, "kr"), (258, "verksamhet.")), "Skärvägens", 52)
    words += _line(171, (40, "3"), (62, "Fältassistenter"), (200, "8 250 kr"), (258, "Utanför perioden."), (400, "Bestrids."))
    words += _line(191, (40, "4"), (62, "Sommarlovsaktiviteter"), (200, "3 100 kr"), (258, "Ej styrkt."), (400, "Medges delvis."))
    table = _headed_table(_lines(words), 0, 1)[0]
    got = [(s.number, s.title, s.amount) for s in table_sections(None, [table])]
    assert got == [
        ("1", "Simskola", Decimal("12000")),
        ("2", "Läxläsning i Skärvägens skola", Decimal("40500")),
        ("3", "Fältassistenter", Decimal("8250")),
        ("4", "Sommarlovsaktiviteter", Decimal("3100")),
    ]


def test_a_wrapped_position_word_over_the_rule_stays_in_its_cell():
    # Vara, unnumbered first column: Aktivitet | Återkrävt (kr) | Bedömning | Ställningstagande
    words = _line(80, (50, "Aktivitet"), (170, "Återkrävt (kr)"), (250, "Bedömning"), (380, "Ställningstagande"))
    words += _line(100, (50, "1. Kollo"), (170, "7 700"), (250, "Saknar underlag."), (380, "Kommunen godtar"))
    # OCR boxed 'återkravet.' from the rule at x=372, across the edge of the position column
    words += _widened(_line(111, (380, "återkravet.")), "återkravet.", 371)
    words += _line(131, (50, "2. Fotboll"), (170, "15 000"), (250, "Ordinarie verksamhet."), (380, "Kommunen bestrider"))
    words += _widened(_line(142, (50, "på kvällstid"), (380, "återkravet.")), "på", 43)
    words += _line(162, (50, "3. Bokcirkel"), (170, "2 300"), (250, "Ej förenlig med syftet."), (380, "Bestrids."))
    table = _headed_table(_lines(words), 0, 1)[0]
    assert [table.cell(r, "position").text for r in table.rows] == [
        "Kommunen godtar återkravet.",
        "Kommunen bestrider återkravet.",
        "Bestrids.",
    ]
    assert [table.cell(r, "activity").text for r in table.rows] == ["1. Kollo", "2. Fotboll på kvällstid", "3. Bokcirkel"]


def test_a_paragraph_under_the_table_still_ends_it():
    """Running text under the table crosses the column edges at a word's spacing: it is no row."""
    words = _line(100, (40, "Nr"), (62, "Insats"), (200, "Belopp"), (258, "Motivering"), (400, "Kommunens svar"))
    words += _line(120, (40, "1"), (62, "Simskola"), (200, "12 000 kr"), (258, "Ej styrkt."), (400, "Bestrids."))
    words += _line(140, (40, "Kommunen anser sammantaget att kostnaderna för simskolan har redovisats på det sätt som villkoren kräver."))
    table = _headed_table(_lines(words), 0, 1)[0]
    assert len(table.rows) == 1 and table.cell(table.rows[0], "position").text == "Bestrids."


def test_an_amount_whose_thin_space_the_scan_lost_over_two_lines():
    """'62500' over 'kr' in a narrow amount cell: OCR dropped the space between the digit groups."""
    from pipeline.layout.activities import cell_amounts

    words = _line(100, (40, "Nr"), (62, "Aktivitet"), (200, "Belopp"), (258, "Bedömning"), (400, "Kommunens svar"))
    words += _line(120, (40, "1"), (62, "Dagläger"), (200, "62500"), (258, "Ej styrkt."), (400, "Bestrids."))
    words += _line(131, (200, "kr"))
    words += _line(151, (40, "2"), (62, "Hembesök"), (200, "104300"), (258, "Ordinarie."), (400, "Medges."))
    words += _line(162, (200, "SEK"))
    table = _headed_table(_lines(words), 0, 1)[0]
    assert [cell_amounts(table.cell(r, "amount")) for r in table.rows] == [[Decimal("62500")], [Decimal("104300")]]


def _stretched(words: list[Word], text: str, right: float) -> list[Word]:
    """The word `text` with its box stretched right to `right` (a rule or underline read into it)."""
    return [Word(w.text, w.start, w.end, (w.box[0], w.box[1], right, w.box[3]), w.page) if w.text == text else w for w in words]


def test_a_header_words_box_stretched_over_the_next_columns_does_not_merge_them():
    """Örnsköldsvik: '(kr)' under 'Belopp' boxed with a rule's ink far into 'Nr' and 'Aktivitet'."""
    from pipeline.layout.tables import _header_at, _reading, plausible_boxes

    words = _line(70, (58, "Belopp"), (120, "Nr"), (148, "Aktivitet"), (256, "Socialstyrelsens"), (381, "Kommunens svar"))
    words += _stretched(_line(82, (58, "(kr)"), (256, "skäl")), "(kr)", 153)
    words += _line(100, (58, "51 500"), (120, "4"), (148, "Trygga vuxna"), (256, "Ej styrkt."), (381, "Medges."))
    words += _line(120, (58, "9 000"), (120, "5"), (148, "Utbildning"), (256, "Efterhand."), (381, "Bestrids."))
    groups, body_start = _header_at(_lines(plausible_boxes(words)), 0)
    assert [" ".join(w.text for w in _reading(g)) for g in groups] == [
        "Belopp (kr)",
        "Nr",
        "Aktivitet",
        "Socialstyrelsens skäl",
        "Kommunens svar",
    ]
    assert body_start == 2


def test_an_amount_underlined_into_the_next_column_stays_in_its_cell():
    """Hallsberg: the claim's last digit group boxed with an underline running into the answer column."""
    from pipeline.layout.tables import plausible_boxes

    words = _line(100, (40, "Nr"), (62, "Aktivitet"), (200, "Återkrävs"), (258, "Kommunens svar"))
    words += _stretched(_line(120, (40, "1"), (62, "Ridläger"), (200, "3 400"), (258, "Bestrids.")), "400", 300)
    words += _line(140, (40, "2"), (62, "Filmklubb"), (200, "1 250"), (258, "Medges."))
    table = _headed_table(_lines(plausible_boxes(words)), 0, 1)[0]
    assert [table.cell(r, "amount").text for r in table.rows] == ["3 400", "1 250"]
    assert [table.cell(r, "position").text for r in table.rows] == ["Bestrids.", "Medges."]


def test_a_word_boxed_without_width_stays_in_its_cell():
    """OCR can box a one-letter word ('i') with no width; it runs over no column edge."""
    words = _line(100, (40, "Nr"), (62, "Aktivitet"), (200, "Belopp"), (258, "Kommunens svar"))
    words += _line(120, (40, "1"), (62, "Kör"), (200, "700"), (258, "Medges."))
    words += [Word("i", 0, 0, (86, 140, 86, 149), 1)] + _line(140, (40, "2"), (62, "Bo"), (90, "MVP"), (200, "900"), (258, "Bestrids."))
    table = _headed_table(_lines(words), 0, 1)[0]
    assert [table.cell(r, "activity").text for r in table.rows] == ["Kör", "Bo i MVP"]


def test_an_amount_with_a_stray_colon_or_full_stop():
    """'36 200:' (the krona dash's hyphen lost to the scan), '9 400.' (a speck read as a full stop),
    '19 900-kr' (a speck read as a hyphen before the currency)."""
    from pipeline.layout.activities import cell_amount, is_bare_amount

    texts = ("36 200:", "9 400.", "1 050 kr.", "19 900-kr")
    assert [cell_amount(t) for t in texts] == [Decimal("36200"), Decimal("9400"), Decimal("1050"), Decimal("19900")]
    assert all(is_bare_amount(t) for t in texts)


def test_a_row_whose_cells_nearly_touch_at_one_edge_is_still_a_row():
    """Falköping: OCR boxed the assessment header a few points left of its cells, so the claim's
    'kr' ends 3 points before the assessment starts; the row's other cells start clear at their
    edges, so it is a row, not running text."""
    words = _line(100, (80, "Aktivitet"), (174, "Återkrävt"), (243, "Bedömning"), (391, "Kommunens svar"))
    words += _line(112, (179, "belopp"))
    words += _line(130, (61, "1"), (85, "Fritidsgård"), (198, "64 200"), (233, "kr"), (248, "Ordinarie."), (391, "Bestrids."))
    words += _line(150, (60, "2"), (85, "Läger"), (204, "9 000"), (233, "kr"), (248, "Ej styrkt."), (391, "Medges."))
    table = _headed_table(_lines(words), 0, 1)[0]
    assert [(table.cell(r, "activity").text, table.cell(r, "amount").text) for r in table.rows] == [
        ("1 Fritidsgård", "64 200 kr"),
        ("2 Läger", "9 000 kr"),
    ]


def test_a_closing_sentence_with_an_amount_under_the_table_ends_it():
    """'Summa som kommunen medger: 51 200 kr.' under the rows runs at a word's spacing across the
    edges: no row."""
    words = _line(100, (58, "Belopp"), (120, "Nr"), (148, "Aktivitet"), (256, "Kommunens svar"))
    words += _line(120, (58, "9 000"), (120, "1"), (148, "Läger"), (256, "Medges."))
    words += _line(145, (58, "Summa som kommunen medger: 9 000 kr."))
    table = _headed_table(_lines(words), 0, 1)[0]
    assert [table.cell(r, "activity").text for r in table.rows] == ["Läger"]


def test_a_speck_read_as_a_hyphen_before_a_cells_word():
    """'-mentor' on a title's second line: OCR read a speck at the cell's left as a hyphen."""
    from pipeline.layout.tables import _cell_word

    assert [_cell_word(t) for t in ("-mentor", "-Läger", "–", "-5", "e-tjänst", "'Ung")] == [
        "mentor",
        "Läger",
        "–",
        "-5",
        "e-tjänst",
        "Ung",
    ]  # a lone dash: no word, dropped with the specks


def test_an_amount_grouped_by_full_stops_or_led_by_a_speck():
    """'9.845,40' and '409.630 kr' (thousands marked by full stops, as some write them or OCR reads
    a thin space), ':9.845,40' (a speck before it); '19.4' or '2.1' are no amounts."""
    from pipeline.layout.activities import cell_amount, is_bare_amount

    texts = ("9.845,40", "409.630 kr", ":9.845,40", "1.204.750")
    assert [cell_amount(t) for t in texts] == [Decimal("9845.40"), Decimal("409630"), Decimal("9845.40"), Decimal("1204750")]
    assert all(is_bare_amount(t) for t in texts)
    assert not any(is_bare_amount(t) for t in ("19.4", "2.1", "3.10"))
