"""The auditor's view: the HTML report (Swedish by default), the notebook, a real browser on it.

The report's highlights come from the `evidence` table. The stages that write evidence rows grow
in parallel, so this module runs the sample with evidence the way a stage would record it: the
claimed amount where the heading prints it, the position's sentence, an invoice's net and total;
one activity's claim read doubtfully (a competing reading from the contents), one activity with no
evidence at all (the report must fall back to its page)."""

from __future__ import annotations

import csv
import os
import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import RAW, ROOT, read_tables

from pipeline.evidence import Evidence, Provenance

DOUBTFUL = "3"  # the activity whose claim is read with low confidence
UNSEEN = "5"  # the activity with no evidence rows
DOUBT = 0.55


def _span(ed, page_no: int, text: str) -> Provenance | None:
    page = ed.ingested.pages[page_no - 1]
    at = page.text.find(text)
    return Provenance.of_span(page, at, at + len(text)) if at >= 0 else None


def _mine(ed) -> list[Evidence]:
    """Evidence for the sample as a stage would record it (see the module's docstring)."""
    did, out = ed.ingested.doc_id, []
    heading = {m["activity_no"]: m for m in ed.money if m["role"] == "heading"}
    for a in ed.activities if ed.kind == "response" else []:
        m = heading.get(a.number)
        if a.number == UNSEEN or m is None:
            continue
        page = ed.ingested.pages[m["page"] - 1]
        prov = Provenance.of_span(page, m["char_start"], m["char_end"])
        conf = DOUBT if a.number == DOUBTFUL else 0.97
        out.append(
            Evidence(
                did,
                "activities",
                a.number,
                "claimed_amount_sek",
                str(a.claimed),
                m["raw_text"],
                prov,
                "text_layer",
                ("heading",),
                conf,
            )
        )
        if a.number == DOUBTFUL:
            out.append(
                Evidence(
                    did,
                    "activities",
                    a.number,
                    "claimed_amount_sek",
                    str(a.claimed * 10),
                    m["raw_text"],
                    prov,
                    "text_layer",
                    ("contents",),
                    0.5,
                )
            )
        sentence = (a.evidence or "").split("\n")[0][:60]
        prov = _span(ed, a.evidence_page, sentence) if a.evidence_page and sentence else None
        if prov:
            out.append(
                Evidence(
                    did,
                    "activities",
                    a.number,
                    "municipality_position",
                    a.position,
                    sentence,
                    prov,
                    "text_layer",
                    ("position_cue",),
                    0.92,
                )
            )
    inv = ed.invoice or {}
    for fld in ("net_amount", "total_amount"):
        m = next((m for m in ed.money if m["role"] == "invoice" and m["value"] == inv.get(fld)), None)
        if m:
            prov = Provenance.of_span(ed.ingested.pages[m["page"] - 1], m["char_start"], m["char_end"])
            out.append(
                Evidence(
                    did,
                    "invoices",
                    did,
                    fld,
                    str(inv[fld]),
                    m["raw_text"],
                    prov,
                    "text_layer",
                    ("label",),
                    0.95,
                )
            )
    return out


def run_with_evidence(src: Path, out: Path, **kw) -> None:
    """A run whose evidence is exactly the test's own (`_mine`): the report and the review
    checks are tested against readings whose confidence the test sets."""
    import pipeline.orchestrate as orchestrate
    import pipeline.runner as runner

    original = orchestrate.process_file

    def process(data: bytes, rel: str):
        eds = original(data, rel)
        for ed in eds:
            ed.evidence = _mine(ed)
        return eds

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(orchestrate, "process_file", process)
        runner.run(src, out, use_cache=False, workers=1, isolate=False, **kw)


@pytest.fixture(scope="module")
def evidence_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("report-out")
    run_with_evidence(RAW, out)
    return out, read_tables(out)


@pytest.fixture(scope="module")
def report(evidence_run):
    from pipeline.report import build_report

    out, _ = evidence_run
    return build_report(out)


def _response_page(report: Path) -> Path:
    return next(p for p in report.parent.glob("*.html") if p.name != "index.html")


def _activity_rows(html: str) -> list[str]:
    body = html.split('<table id="activities"', 1)[1].split("</table>", 1)[0]
    return re.findall(r"<tr(?: class=review)?><td data-sort[^>]*>(.*?)</td>", body)


def test_report_in_swedish_with_totals_and_evidence(report):
    index = report.read_text(encoding="utf-8")
    page = _response_page(report)
    html = page.read_text(encoding="utf-8")
    assert page.name in index and '<html lang="sv">' in html
    for heading in (
        "<h2>Aktiviteter</h2>",
        "<h2>Kontroller</h2>",
        "<h2>Att granska först</h2>",
        "<h2>Dokument i ärendet</h2>",
    ):
        assert heading in html
    assert "bestrider" in html and "godtar återbetalning" in html and "godtar delvis" in html
    assert "inte i linje med bidragets syfte" in html or "ordinarie verksamhet" in html
    assert len(_activity_rows(html)) == 26 and 'id="activity-count">26<' in html
    assert "10\u00a0804\u00a0406,32\u00a0kr" in html and "2\u00a0541\u00a0455,30\u00a0kr" in html
    links = re.findall(r'href="(evidence/[^"]+)"', html)
    assert len(links) >= 26 * 2  # every claimed amount and position
    assert all((report.parent / link).is_file() for link in links)
    assert "http://" not in html and "https://" not in html  # opens from disk, no network
    assert (report.parent / next(iter(re.findall(r'src="(chart-[^"]+\.svg)"', html)))).is_file()


def test_english_on_request(evidence_run, tmp_path):
    from pipeline.report import build_report

    out, _ = evidence_run
    shutil.copytree(out, tmp_path / "out", ignore=shutil.ignore_patterns("report"))
    html = _response_page(build_report(tmp_path / "out", RAW, lang="en")).read_text(encoding="utf-8")
    assert '<html lang="en">' in html and "<h2>Activities</h2>" in html and "disputes" in html
    assert "10,804,406.32\u00a0kr" in html


def _claimed_link(html: str, activity: str) -> str:
    row = next(r for r in html.split("<tr") if re.match(rf'(?: class=review)?><td data-sort="{activity}">', r))
    return re.search(r'href="(evidence/[^"]+)"', row.split('class="n"', 1)[1]).group(1)


def test_highlights_come_from_evidence_and_fall_back_to_the_page(report, evidence_run):
    from PIL import Image

    from pipeline.report import MAX_CROP_HEIGHT, MAX_IMAGE_WIDTH, MAX_PAGE_HEIGHT

    _, t = evidence_run
    html = _response_page(report).read_text(encoding="utf-8")
    with Image.open(report.parent / _claimed_link(html, "1")) as crop:
        assert crop.width <= MAX_IMAGE_WIDTH and crop.height <= MAX_CROP_HEIGHT
        # the highlight is drawn: the crop holds the box's yellow fill
        colors = crop.convert("RGB").getcolors(1 << 24) or []
        assert any(r > 230 and g > 200 and b < 180 for _, (r, g, b) in colors)
    with Image.open(report.parent / _claimed_link(html, UNSEEN)) as page:
        assert page.height <= MAX_PAGE_HEIGHT and page.height > MAX_CROP_HEIGHT  # the whole page
    ev = {(e["key"], e["field"]) for e in t["evidence"] if e["table"] == "activities"}
    assert ("1", "claimed_amount_sek") in ev and (UNSEEN, "claimed_amount_sek") not in ev
    for img in (report.parent / "evidence").glob("*.png"):
        with Image.open(img) as im:
            assert im.width <= MAX_IMAGE_WIDTH and im.height <= MAX_PAGE_HEIGHT


def test_needs_review_first_with_a_corrections_template(report, evidence_run):
    _, t = evidence_run
    review = [c for c in t["checks"] if c["check"] == "needs_review"]
    assert [(c["activity_no"], c["expected"]) for c in review] == [(DOUBTFUL, _ten_times(t))]
    html = _response_page(report).read_text(encoding="utf-8")
    assert _activity_rows(html)[0] == DOUBTFUL  # the doubtful activity leads its table
    checks = html.split('<table id="checks"', 1)[1]
    assert checks.split("<tbody>", 1)[1].startswith("<tr class=review>")
    template = re.search(r'href="(corrections-[0-9a-f]+\.csv)" download', html).group(1)
    rows = list(csv.DictReader((report.parent / template).open(encoding="utf-8")))
    claimed = next(a for a in t["activities"] if a["activity_no"] == DOUBTFUL)["claimed_amount_sek"]
    assert [(r["table"], r["key"], r["field"], r["value"]) for r in rows] == [("activities", DOUBTFUL, "claimed_amount_sek", str(claimed))]
    assert len(rows[0]["doc_sha256"]) == 64


def _ten_times(t) -> str:
    claimed = next(a for a in t["activities"] if a["activity_no"] == DOUBTFUL)["claimed_amount_sek"]
    return str(claimed * 10)


def test_template_edited_is_a_correction_that_settles_the_value(report, tmp_path):
    """The reviewer edits the template's value and drops it into the input folder."""
    template = next(report.parent.glob("corrections-*.csv"))
    edited = template.read_text(encoding="utf-8").replace(",claimed_amount_sek,", ",claimed_amount_sek,1")
    src = tmp_path / "in"
    shutil.copytree(RAW, src)
    (src / "corrections.csv").write_text(edited, encoding="utf-8")
    run_with_evidence(src, tmp_path / "out")
    t = read_tables(tmp_path / "out")
    assert [c["status"] for c in t["corrections"]] == ["applied"]
    assert not [c for c in t["checks"] if c["check"] == "needs_review"]  # settled by the reviewer
    value = Decimal(next(c["value"] for c in t["corrections"]).replace(" ", ""))
    assert next(a for a in t["activities"] if a["activity_no"] == DOUBTFUL)["claimed_amount_sek"] == value


def test_quality_line_per_document(report):
    index = report.read_text(encoding="utf-8")
    html = _response_page(report).read_text(encoding="utf-8")
    assert "läskvalitet: textlager, 30 sidor" in html
    assert index.count('class="quality"') >= 13  # every document, invoices and press included


def test_print_styles_hide_the_controls(report):
    html = _response_page(report).read_text(encoding="utf-8")
    assert "@media print" in html and ".filter,.noprint{display:none}" in html


def test_notebook_runs_on_the_sample(sample_run, tmp_path):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    out, _, _ = sample_run
    nb = nbformat.read(ROOT / "notebooks" / "explore.ipynb", as_version=4)
    os.environ["GRANTTRAIL_OUT"] = str(out)
    try:
        nbclient.NotebookClient(
            nb,
            timeout=300,
            kernel_name="python3",
            resources={"metadata": {"path": str(ROOT / "notebooks")}},
        ).execute()
    finally:
        os.environ.pop("GRANTTRAIL_OUT", None)
    outputs = "\n".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []))
    assert "disputed activities" in outputs and "listed attachments have no file" in outputs
