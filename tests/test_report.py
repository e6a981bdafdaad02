"""The auditor's view: the HTML report, the notebook, and a real browser on the report."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from conftest import BROWSER_SKIP, ROOT


@pytest.fixture(scope="module")
def report(sample_run):
    from pipeline.report import build_report

    out, _, _ = sample_run
    return build_report(out)


def test_report_shows_activities_totals_and_evidence(report):
    index = report.read_text(encoding="utf-8")
    page = next(p for p in report.parent.glob("*.html") if p.name != "index.html")
    html = page.read_text(encoding="utf-8")
    assert page.name in index
    assert html.count("<tr><td>") == 26 and html.count('<tr><td class="sev-') >= 1  # activities, findings
    assert 'id="activity-count">26<' in html
    assert "10\u00a0804\u00a0406,32\u00a0kr" in html and "2\u00a0541\u00a0455,30\u00a0kr" in html
    links = re.findall(r'href="(evidence/[^"]+)"', html)
    assert len(links) >= 26 * 2  # every claimed amount and position
    assert all((report.parent / link).is_file() for link in links)
    assert "http://" not in html and "https://" not in html  # opens from disk, no network
    assert (report.parent / next(iter(re.findall(r'src="(chart-[^"]+\.svg)"', html)))).is_file()


def test_notebook_runs_on_the_sample(sample_run, tmp_path):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    out, _, _ = sample_run
    nb = nbformat.read(ROOT / "notebooks" / "explore.ipynb", as_version=4)
    os.environ["GRANTTRAIL_OUT"] = str(out)
    try:
        nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                                resources={"metadata": {"path": str(ROOT / "notebooks")}}).execute()
    finally:
        os.environ.pop("GRANTTRAIL_OUT", None)
    outputs = "\n".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []))
    assert "disputed activities" in outputs and "listed attachments have no file" in outputs


def _browser():
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if not chromium or not driver:
        pytest.skip(BROWSER_SKIP)
    from selenium import webdriver

    opts = webdriver.ChromeOptions()
    opts.binary_location = chromium
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1300,1800"):
        opts.add_argument(arg)
    return webdriver.Chrome(options=opts, service=webdriver.ChromeService(executable_path=driver))


@pytest.mark.slow
def test_browser_opens_report_and_follows_evidence(report, tmp_path):
    from selenium.webdriver.common.by import By

    browser = _browser()
    try:
        browser.get(report.as_uri())
        browser.find_element(By.CSS_SELECTOR, "table a").click()
        assert browser.find_element(By.ID, "activity-count").text == "26"
        assert browser.find_element(By.ID, "total-claimed").text.replace("\u00a0", " ") == "10 804 406,32 kr"
        assert browser.find_element(By.ID, "total-accepted").text.replace("\u00a0", " ") == "2 541 455,30 kr"
        rows = browser.find_elements(By.CSS_SELECTOR, "#activities tr")
        assert len(rows) == 27
        page_shot = tmp_path / "report.png"
        browser.save_screenshot(str(page_shot))
        link = browser.find_element(By.CSS_SELECTOR, "#activities a.ev")
        target = link.get_attribute("href")
        link.click()
        browser.switch_to.window(browser.window_handles[-1])
        assert browser.current_url == target and target.endswith(".png")
        img = browser.find_element(By.TAG_NAME, "img")
        assert int(img.get_attribute("naturalWidth")) > 100
        browser.save_screenshot(str(tmp_path / "evidence.png"))
        assert page_shot.stat().st_size > 10_000 and Path(tmp_path / "evidence.png").stat().st_size > 5_000
    finally:
        browser.quit()
