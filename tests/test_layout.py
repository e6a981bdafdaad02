"""Any layout: a response laid out as one table (ruled, unruled, landscape), tables as objects,
evidence for activities, and the OCR page model's pieces (leaders, digits, rows, skew); the
scanned response end to end (slow)."""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import SHARED, read_tables

sys.path.insert(0, str(Path(__file__).parent / "layouts"))
import make_table_response as mtr  # noqa: E402


def _run(tmp_path: Path, **kw) -> dict:
    from pipeline.runner import run

    src = tmp_path / "in" / "case"
    src.mkdir(parents=True)
    mtr.render(src / "yttrande.pdf", **kw)
    run(tmp_path / "in", tmp_path / "out", use_cache=False)
    return read_tables(tmp_path / "out")


@pytest.mark.parametrize(
    "kw", [dict(ruled=True), dict(ruled=False), dict(ruled=True, landscape_page=True), dict(ruled=False, wide_amount=True)]
)
def test_a_response_laid_out_as_one_table(tmp_path, kw):
    t = _run(tmp_path, **kw)
    assert t["documents"][0]["kind"] == "response"
    got = {a["activity_no"]: a for a in t["activities"]}
    assert sorted(got) == [g["activity_no"] for g in mtr.GOLD_ACTIVITIES]
    for g in mtr.GOLD_ACTIVITIES:
        a = got[g["activity_no"]]
        assert a["title"] == g["title"]
        assert a["claimed_amount_sek"] == Decimal(g["claimed_amount_sek"])  # "1 204 750 kr" wraps in its cell
        assert a["municipality_position"] == g["municipality_position"], g["activity_no"]
        assert a["repayment_amount_sek"] == Decimal(g["repayment_amount_sek"]), g["activity_no"]
    tables = [x for x in t["layout_tables"] if x["role"] == "activities"]
    assert len(tables) == 1 and tables[0]["n_cols"] == 5 and tables[0]["n_rows"] == 6
    header = sorted((c["col"], c["text"]) for c in t["layout_cells"] if c["is_header"] and c["table_no"] == tables[0]["table_no"])
    assert header[1][1] == "Aktivitet" and header[3][1] == "Socialstyrelsens bedömning"
    ev = [e for e in t["evidence"] if e["table"] == "activities" and e["field"] == "claimed_amount_sek"]
    assert len(ev) == 5 and all("table_row" in e["signals"] and e["x0"] is not None for e in ev)


def test_evidence_for_activities_and_contents(sample_run):
    _, _, t = sample_run
    ev = [e for e in t["evidence"] if e["table"] == "activities"]
    acts = t["activities"]
    for field in ("claimed_amount_sek", "municipality_position", "repayment_amount_sek"):
        rows = {e["key"]: e for e in ev if e["field"] == field}
        assert set(rows) == {a["activity_no"] for a in acts if a[field] is not None}, field
    claimed = [e for e in ev if e["field"] == "claimed_amount_sek"]
    assert all({"heading", "contents"} <= set(e["signals"]) for e in claimed)  # both state the claim
    assert all(e["x0"] is not None and 0 < e["confidence"] <= 1 for e in claimed)
    page_of = {a["activity_no"]: a["page_start"] for a in acts}
    assert all(e["page"] == page_of[e["key"]] for e in claimed)  # read in the heading, not the contents
    toc = [e for e in t["evidence"] if e["table"] == "toc_entries"]
    assert {e["key"] for e in toc} == {str(r["ordinal"]) for r in t["toc_entries"]}


# --------------------------------------------------------------------------------------------
# The OCR page model's pieces, without tesseract


def _word(text, x0, top=100.0, x1=None, conf=0.9, block=1, line=1):
    from pipeline.ingest.ocr import OcrWord

    return OcrWord(text, (x0, top, x1 if x1 is not None else x0 + 8 * len(text), top + 12), conf, block, (block, 1, line))


def test_leaders_read_as_letters_become_one_leader():
    from pipeline.ingest.ocr import LEADER, _strip_leaders

    row = [_word("1.", 10), _word("Street", 30), _word("kronor)....sssnnsrns", 90), _word("3", 400)]
    assert [w.text for w in _strip_leaders(row)] == ["1.", "Street", "kronor)", LEADER, "3"]
    row = [_word("Titel", 10), _word("......", 60), _word("sssnns", 120, conf=0.3), _word("12", 400)]
    assert [w.text for w in _strip_leaders(row)] == ["Titel", LEADER, "12"]


@pytest.mark.parametrize(
    "raw, read, repaired",
    [
        ("4318OO1", "4318001", True),
        ("163;20", "163,20", True),
        ("1l2", "112", True),
        ("Bidnr", "Bidnr", False),
        ("2O24-01-l5", "2024-01-15", True),
        ("OK", "OK", False),
    ],
)
def test_digits_repaired_in_number_context_lower_confidence(raw, read, repaired):
    from pipeline.ingest.ocr import _repair

    w = _repair(_word(raw, 0, conf=0.9))
    assert w.text == read
    assert (w.conf < 0.9) == repaired


def test_rows_joined_across_blocks_but_not_across_prose_columns():
    from pipeline.ingest.ocr import assemble

    # a contents entry and its page number in another block: one row
    words = [_word("Titel", 10, block=1), _word("7", 500, block=2)]
    assert [[w.text for w in r] for r in assemble(words, 600)] == [["Titel", "7"]]
    # two columns of running text, lines level with each other: read column by column
    left = [_word("vänster" + str(k), 10, top=100 + 20 * k, x1=260, block=1, line=k) for k in range(4)]
    right = [_word("höger" + str(k), 320, top=100 + 20 * k, x1=580, block=2, line=k) for k in range(4)]
    rows = [[w.text for w in r] for r in assemble(left + right, 600)]
    assert rows == [[f"vänster{k}"] for k in range(4)] + [[f"höger{k}"] for k in range(4)]


def _page_image(angle: float = 0.0, leaders: bool = False):
    from PIL import Image, ImageDraw

    im = Image.new("L", (1240, 1754), 255)
    d = ImageDraw.Draw(im)
    for k in range(30):
        y = 150 + 40 * k
        d.rectangle((120, y, 300 + 20 * (k % 5), y + 18), fill=0)  # a line of "text"
        if leaders:
            for x in range(560, 1000, 9):
                d.rectangle((x, y + 15, x + 2, y + 17), fill=0)
            d.rectangle((1040, y, 1052, y + 18), fill=0)  # its page number
    return im.rotate(angle, fillcolor=255) if angle else im


@pytest.mark.parametrize("angle", [0.0, 1.5, -2.2])
def test_skew_is_measured(angle):
    from pipeline.ingest.imaging import skew_angle

    assert abs(skew_angle(_page_image(angle), 5.0) - angle) <= 0.1


def test_leaders_wiped_text_and_page_numbers_kept():
    import numpy as np

    from pipeline.ingest.imaging import remove_leaders

    im = _page_image(leaders=True)
    out = np.asarray(remove_leaders(im, 150))
    assert (out[150:1400, 580:980] < 128).sum() == 0  # every leader dot gone
    assert (out[150:169, 1040:1052] < 128).all()  # the page number stays
    assert (out[150:168, 120:300] < 128).all()  # and the entry's text


@pytest.mark.slow
def test_the_scanned_response_reads_as_its_original(tmp_path):
    """The devset's printed-and-scanned response through OCR, scored like the text-layer one."""
    import importlib.util

    from pipeline.runner import run

    folder = SHARED / "devset" / "scanned-response"
    src = tmp_path / "in"
    src.mkdir()
    for p in folder.glob("*.pdf"):
        (src / p.name).write_bytes(p.read_bytes())
    run(src, tmp_path / "out", use_cache=True)
    spec = importlib.util.spec_from_file_location("score", SHARED / "tools" / "score.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    data = scorer.load(tmp_path / "out")
    S = scorer.Score()
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    by_name = {d["source_path"].rsplit("/", 1)[-1]: d for d in data["documents"]}
    for name, g in gold["files"].items():
        scorer.score_response(S, data, g, by_name[name], by_name, name)
    areas = S.areas()
    assert areas["activities"] >= 0.95 and areas["reasons"] >= 0.95
    assert areas["positions"] >= 0.8 and areas["toc"] >= 0.8
    ev = [e for e in read_tables(tmp_path / "out")["evidence"] if e["table"] == "activities"]
    assert sum(e["x0"] is not None for e in ev) >= 0.9 * len(ev)


def test_the_krona_dash_at_a_line_end():
    from pipeline.ingest.ocr import _krona_dash

    row = [_word("återför", 0), _word("200", 80), _word("000:", 110)]
    assert [w.text for w in _krona_dash(row)][-1] == "000:-"
    row = [_word("Datum", 0), _word("kl", 60), _word("12:", 90)]
    assert [w.text for w in _krona_dash(row)][-1] == "12:"


@pytest.mark.slow
@pytest.mark.parametrize("how", [dict(dpi=200, skew=1.2, dust=150, blur=0.4), dict(dpi=150, skew=-0.8, upside_down={0}, dust=100)])
def test_the_table_response_printed_and_scanned(tmp_path, how):
    """The table-laid response scanned (skewed, dusty, blurred; or upside down at 150 dpi): the
    page is turned and levelled, the table read from OCR's word boxes, every value found."""
    import scan

    from pipeline.runner import run

    src = tmp_path / "in" / "case"
    src.mkdir(parents=True)
    mtr.render(tmp_path / "typed.pdf")
    scan.scan(tmp_path / "typed.pdf", src / "yttrande.pdf", **how)
    run(tmp_path / "in", tmp_path / "out", use_cache=False)
    t = read_tables(tmp_path / "out")
    page = t["pages"][0]
    assert page["source"] == "ocr" and page["rotation"] == (180 if how.get("upside_down") else 0)
    assert abs(page["skew"] - how["skew"]) <= 0.15
    got = {a["activity_no"]: a for a in t["activities"]}
    for g in mtr.GOLD_ACTIVITIES:
        a = got[g["activity_no"]]
        assert a["claimed_amount_sek"] == Decimal(g["claimed_amount_sek"])
        assert (a["municipality_position"], a["repayment_amount_sek"]) == (g["municipality_position"], Decimal(g["repayment_amount_sek"]))
    ev = [e for e in t["evidence"] if e["table"] == "activities"]
    assert all(e["x0"] is not None and e["source"] == "ocr" for e in ev)


def test_headings_numbered_by_any_word(tmp_path):
    """'Delprojekt N: …' numbers the activities: no contents, a word the pipeline was not told."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from pipeline.runner import run

    src = tmp_path / "in" / "case"
    src.mkdir(parents=True)
    c = canvas.Canvas(str(src / "svar.pdf"), pagesize=A4)
    y = 800
    lines = [
        "Yttrande till Socialstyrelsen om återkrav av statsbidrag",
        "Åby kommun 2025-03-01",
        "Delprojekt 1: Ungdomsgården (40 000 kronor)",
        "Socialstyrelsen bedömer att kostnaderna inte kan verifieras.",
        "Kommunen bestrider återkravet.",
        "Delprojekt 2: Sommarjobb (25 000 kronor)",
        "Socialstyrelsen bedömer att kostnaden avser ordinarie verksamhet.",
        "Kommunen godtar återkravet.",
        "Delprojekt 3: Föräldraträffar (12 500 kronor)",
        "Socialstyrelsen bedömer att aktiviteten genomfördes efter bidragsperioden.",
        "Kommunen bestrider återkravet.",
        "Bilaga 1: Fakturor",
    ]
    for text in lines:
        c.setFont("Helvetica-Bold" if text.startswith("Delprojekt") else "Helvetica", 11)
        c.drawString(60, y, text)
        y -= 30
    c.save()
    run(tmp_path / "in", tmp_path / "out", use_cache=False)
    t = read_tables(tmp_path / "out")
    got = [(a["activity_no"], a["title"], a["claimed_amount_sek"], a["municipality_position"]) for a in t["activities"]]
    assert got == [
        ("1", "Ungdomsgården", Decimal("40000.00"), "disputes"),
        ("2", "Sommarjobb", Decimal("25000.00"), "accepts_full"),
        ("3", "Föräldraträffar", Decimal("12500.00"), "disputes"),
    ]


def test_contents_laid_out_as_a_table(tmp_path):
    """No 'Innehåll' heading: the contents are a table with a page column and amounts in tkr."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

    from pipeline.runner import run

    src = tmp_path / "in" / "case"
    src.mkdir(parents=True)
    story = [
        Paragraph("Yttrande till Socialstyrelsen om återkrav av statsbidrag", mtr.TITLE),
        Table(
            [["Avsnitt", "Belopp (tkr)", "Sida"], ["Aktivitet 1. Fritidsgården", "40", "2"], ["Aktivitet 2. Läxhjälp", "25", "2"]],
            colWidths=[250, 80, 40],
        ),
    ]
    story += [PageBreak()]
    for n, title, amount in ((1, "Fritidsgården", "40 000"), (2, "Läxhjälp", "25 000")):
        story += [
            Paragraph(f"Aktivitet {n}. {title}", mtr.TITLE),
            Paragraph(f"Belopp: {amount} kr", mtr.BODY),
            Paragraph("Socialstyrelsen bedömer att kostnaderna inte kan verifieras.", mtr.BODY),
            Paragraph("Kommunen bestrider återkravet.", mtr.BODY),
        ]
    SimpleDocTemplate(str(src / "svar.pdf"), pagesize=A4).build(story)
    run(tmp_path / "in", tmp_path / "out", use_cache=False)
    t = read_tables(tmp_path / "out")
    toc = [(e["number"], e["title"], e["amount_sek"], e["page"]) for e in t["toc_entries"]]
    assert toc == [("1", "Fritidsgården", Decimal("40000.00"), 2), ("2", "Läxhjälp", Decimal("25000.00"), 2)]
    assert [(a["activity_no"], a["toc_title"]) for a in t["activities"]] == [("1", "Fritidsgården"), ("2", "Läxhjälp")]
