"""Responses laid out as tables in house styles the genre corpus does not fix: a spreadsheet grid
with merged cells over cost items and a separate reclaimed column, the same grid whose claims are
its cost items' sums, and an unruled table over two pages without a repeated header (generator:
tests/layouts/make_sheet_tables.py, expected values written before the pipeline read them)."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import read_tables

sys.path.insert(0, str(Path(__file__).parent / "layouts"))
import make_sheet_tables as mst  # noqa: E402

RENDER = {
    "sheet": mst.render_sheet,
    "items": lambda p: mst.render_sheet(p, reclaimed_column=False),
    "unruled": mst.render_unruled,
    "labelled": mst.render_labelled,
}
GOLD = {"sheet": mst.GOLD_SHEET, "items": mst.GOLD_ITEMS, "unruled": mst.GOLD_UNRULED, "labelled": mst.GOLD_LABELLED}


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("sheets")
    out = {}
    for name, render in RENDER.items():
        (root / "in" / name).mkdir(parents=True)
        out[name] = render(root / "in" / name / f"{name}.pdf")
    return out


@pytest.fixture(scope="module")
def tables(pdfs) -> dict[str, list[dict]]:
    from pipeline.runner import run

    root = next(iter(pdfs.values())).parent.parent.parent
    run(root / "in", root / "out", use_cache=False)
    return read_tables(root / "out")


def _found(pdf: Path):
    from pipeline.ingest import ingest_bytes
    from pipeline.layout import find_tables

    return find_tables(ingest_bytes(pdf.read_bytes(), pdf.name, ocr=False))


def test_column_roles_from_header_words():
    from pipeline.layout.columns import column_roles

    assert column_roles(["Nr", "Insats", "Kostnadsslag", "Kostnad (kr)", "Krävs tillbaka (kr)", "Bedömning", "Kommunens svar"]) == [
        "number",
        "activity",
        "cost_item",
        "cost",
        "amount",
        "assessment",
        "position",
    ]
    # without a column naming the reclaim the plain amount column is the claim
    assert column_roles(["Punkt", "Aktivitet", "Utgiftspost", "Belopp, kr", "Kommunens inställning"])[3] == "amount"
    assert column_roles(["Återkrav", "Återbetalas (kr)", "Medgivet belopp"]) == ["amount", "repayment", "repayment"]


def test_sheet_rows_merge_cost_items_and_end_at_the_total(pdfs):
    (t,) = _found(pdfs["sheet"])
    assert t.role == "activities" and t.pages == [1]
    assert [r[0].text for r in t.rows] == ["1", "2", "3", ""]
    assert t.cell(t.rows[0], "cost_item").lines == ["Ledararvoden", "Bussresor", "Entréavgifter"]
    assert t.cell(t.rows[0], "cost").lines == ["21 000", "7 400", "3 100"]
    total = t.rows[-1]
    assert total[0].is_total and t.cell(total, "amount").text == "60 050"
    assert t.cell(t.rows[2], "activity").text == "Föräldracaféet i Lönnby"  # "Totalt" is no title's last word


def test_unruled_table_continued_without_its_header_is_one_table(pdfs):
    (t,) = _found(pdfs["unruled"])
    assert t.pages == [1, 2] and not t.ruled
    assert [r[0].text for r in t.rows] == ["1", "2", "3", "4", "5", "6", ""]
    assert [t.cell(r, "repayment").text for r in t.rows][-1] == "95 050,50"
    assert t.cell(t.rows[2], "position").text.startswith("Kommunen återbetalar 30 000,00 kr")  # an amount wrapped in prose


@pytest.mark.parametrize("name", list(RENDER))
def test_table_responses_read_as_expected(tables, name):
    doc = next(d for d in tables["documents"] if d["source_path"].endswith(f"{name}.pdf"))
    assert doc["kind"] == "response"
    got = {a["activity_no"]: a for a in tables["activities"] if a["doc_id"] == doc["doc_id"]}
    assert sorted(got) == [g["activity_no"] for g in GOLD[name]]
    for g in GOLD[name]:
        a = got[g["activity_no"]]
        assert a["title"] == g["title"]
        assert a["claimed_amount_sek"] == Decimal(g["claimed"]), g
        assert a["municipality_position"] == g["position"], g
        assert a["repayment_amount_sek"] == Decimal(g["repayment"]), g
    stated = [c for c in tables["checks"] if c["doc_id"] == doc["doc_id"] and c["check"] == "stated_total_mismatch"]
    assert not stated  # the total row adds up and is no activity


def test_every_amount_of_the_sheet_is_money(tables):
    doc = next(d for d in tables["documents"] if d["source_path"].endswith("sheet.pdf"))
    values = sorted(r["value"] for r in tables["money"] if r["doc_id"] == doc["doc_id"])
    assert values == sorted(Decimal(v) for v in mst.GOLD_SHEET_MONEY)
    total = [r for r in tables["money"] if r["doc_id"] == doc["doc_id"] and r["role"] == "total"]
    assert [r["value"] for r in total] == [Decimal("60050")] and total[0]["x0"] is not None


def test_an_amount_line_atop_every_page_is_content_not_a_running_header(tmp_path):
    import make_amount_lines as mal

    from pipeline.ingest import ingest_bytes

    pdf = mal.render(tmp_path / "aktiviteter.pdf")
    doc = ingest_bytes(pdf.read_bytes(), pdf.name, ocr=False)
    for page, line in zip(doc.pages, mal.GOLD_AMOUNT_LINES, strict=True):
        assert line in page.text.split("\n")
        assert mal.RUNNING_HEADER not in page.text and "Sida" not in page.text


def test_table_roles_from_their_columns():
    from pipeline.layout.tables import _table_role

    assert _table_role(["activity", "position"]) == "activities"  # answers per activity, the claims stated elsewhere
    assert _table_role(["number", "activity", "amount", "assessment"]) == "activities"
    assert _table_role(["section", "amount", "page"]) == "contents"
    assert _table_role(["activity", "amount", "repayment"]) == "summary"


def test_a_summary_tables_answer_settles_what_the_prose_leaves_open(tmp_path):
    import make_prose_with_summary as mps

    from pipeline.runner import run

    (tmp_path / "in" / "case").mkdir(parents=True)
    mps.render(tmp_path / "in" / "case" / "yttrande.pdf")
    run(tmp_path / "in", tmp_path / "out", use_cache=False)
    got = {a["activity_no"]: a for a in read_tables(tmp_path / "out")["activities"]}
    assert sorted(got) == [g["activity_no"] for g in mps.GOLD]
    for g in mps.GOLD:
        a = got[g["activity_no"]]
        assert (a["claimed_amount_sek"], a["municipality_position"], a["repayment_amount_sek"]) == (
            Decimal(g["claimed"]),
            g["position"],
            Decimal(g["repayment"]),
        ), g


def test_a_scanned_rules_remnants_are_no_header_words():
    """OCR reads a table's rules as 'T', 'oo', '1' between and under the header's words."""
    from pipeline.layout.tables import Word, _header_at, _lines, _reading

    def word(text: str, x: float, top: float) -> Word:
        return Word(text, 0, 0, (x, top, x + 6 * len(text), top + 10), 1)

    header = [word("Nr", 50, 100), word("Aktivitet", 80, 100), word("T", 150, 101), word("Belopp", 200, 100)]
    header += [word("Kommunens", 300, 100), word("svar", 362, 100)]
    noise = [word("To", 60, 113), word("oo", 120, 113), word("1", 400, 113)]
    row = [word("1", 50, 130), word("Läger", 80, 130), word("4", 200, 130), word("000", 208, 130), word("Bestrids.", 300, 130)]
    found = _header_at(_lines(header + noise + row), 0)
    assert found is not None
    groups, body_start = found
    assert [" ".join(w.text for w in _reading(g)) for g in groups] == ["Nr", "Aktivitet", "Belopp", "Kommunens svar"]
    assert body_start == 2


def test_a_row_number_lost_to_the_scan_is_the_one_its_neighbours_leave():
    """OCR dropped row 2's number: its own claim beside a title still starts a row, numbered 2."""
    from pipeline.layout.activities import row_numbers
    from pipeline.layout.tables import Word, _headed_table, _lines

    def line(top: float, *cells: tuple[float, str]) -> list[Word]:
        out = []
        for x, text in cells:
            for part in text.split():  # words 4 points apart, as a line's spaces set them
                out.append(Word(part, 0, 0, (x, top, x + 6 * len(part), top + 10), 1))
                x += 6 * len(part) + 4
        return out

    words = line(100, (50, "Nr"), (80, "Aktivitet"), (200, "Belopp"), (300, "Kommunens svar"))
    words += line(120, (50, "1"), (80, "Läger"), (200, "4 000 kr"), (300, "Bestrids."))
    words += line(133, (80, "Kanotkurs"), (200, "12 500 kr"), (300, "Medges."))
    words += line(146, (50, "3"), (80, "Fiske"), (200, "900 kr"), (300, "Bestrids."))
    found = _headed_table(_lines(words), 0, 1)
    assert found is not None
    table = found[0]
    assert [table.cell(r, "amount").text for r in table.rows] == ["4 000 kr", "12 500 kr", "900 kr"]
    assert row_numbers(table) == ["1", "2", "3"]


def test_a_header_cell_wrapping_at_a_text_layers_tight_glyph_boxes():
    """Text-layer word boxes hold the glyphs only (7 points of a 9-point font), so a header cell's
    second line starts about 4 points under the first; the row under it starts 10 points down."""
    from pipeline.layout.tables import Word, _header_at, _lines, _reading

    def word(text: str, x: float, top: float) -> Word:
        return Word(text, 0, 0, (x, top, x + 5 * len(text), top + 6.9), 1)

    first = [word("Nr", 77, 101.6), word("Aktivitet", 110, 101.6), word("Återkrävt", 286, 101.6), word("Kommunens", 379, 101.6)]
    second = [word("(kr)", 288, 112.7), word("svar", 380, 112.7)]
    row = [word("12", 78, 129), word("Läger", 110, 129), word("8", 328, 129), word("000", 340, 129), word("Bestrids", 380, 129)]
    groups, body_start = _header_at(_lines(first + second + row), 0)
    assert [" ".join(w.text for w in _reading(g)) for g in groups] == ["Nr", "Aktivitet", "Återkrävt (kr)", "Kommunens svar"]
    assert body_start == 2


def test_an_unnamed_key_column_of_numbers_holds_the_rows_numbers():
    from pipeline.layout.activities import table_sections
    from pipeline.layout.tables import Word, _headed_table, _lines

    def line(top: float, *cells: tuple[float, str]) -> list[Word]:
        out = []
        for x, text in cells:
            for part in text.split():
                out.append(Word(part, 0, 0, (x, top, x + 6 * len(part), top + 10), 1))
                x += 6 * len(part) + 4
        return out

    words = line(100, (50, "Lp."), (90, "Insats"), (260, "Belopp"), (360, "Kommunens inställning"))
    words += line(120, (50, "7"), (90, "Kanotläger"), (260, "9 500"), (360, "Medges."))
    words += line(140, (50, "9"), (90, "Filmkväll"), (260, "2 100"), (360, "Bestrids."))
    words += line(160, (90, "Summa"), (260, "11 600"))
    table = _headed_table(_lines(words), 0, 1)[0]
    assert [r for _, r, _ in table.columns] == ["number", "activity", "amount", "position"]
    got = [(s.number, s.title, s.amount) for s in table_sections(None, [table])]
    assert got == [("7", "Kanotläger", Decimal("9500")), ("9", "Filmkväll", Decimal("2100"))]


def test_a_summary_table_names_the_activities_its_prose_treats(tmp_path):
    import make_prose_with_summary as mps

    from pipeline.runner import run

    (tmp_path / "in" / "case").mkdir(parents=True)
    mps.render_region(tmp_path / "in" / "case" / "yttrande.pdf")
    run(tmp_path / "in", tmp_path / "out", use_cache=False)
    got = {a["activity_no"]: a for a in read_tables(tmp_path / "out")["activities"]}
    assert sorted(got, key=int) == [g["activity_no"] for g in mps.GOLD_REGION]
    for g in mps.GOLD_REGION:
        a = got[g["activity_no"]]
        assert (a["title"], a["claimed_amount_sek"], a["municipality_position"], a["repayment_amount_sek"]) == (
            g["title"],
            Decimal(g["claimed"]),
            g["position"],
            Decimal(g["repayment"]),
        ), g
