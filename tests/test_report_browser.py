"""A real browser (Chromium, headless) on the report opened from file://: sorting, filtering,
every highlight image loading, following a value to its evidence."""

from __future__ import annotations

import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from test_report import DOUBTFUL, evidence_run, report  # noqa: F401 - the module's fixtures

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def browser():
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if not chromium or not driver:
        pytest.skip("needs Debian's chromium and chromium-driver (.ci/run installs them)")
    from selenium import webdriver

    opts = webdriver.ChromeOptions()
    opts.binary_location = chromium
    for arg in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1300,1800",
        "--allow-file-access-from-files",
    ):
        opts.add_argument(arg)
    b = webdriver.Chrome(options=opts, service=webdriver.ChromeService(executable_path=driver))
    yield b
    b.quit()


def _response_uri(index: Path) -> str:
    return next(p for p in index.parent.glob("*.html") if p.name != "index.html").as_uri()


def _column(browser, table: str, col: int) -> list[str]:
    from selenium.webdriver.common.by import By

    rows = browser.find_elements(By.CSS_SELECTOR, f"#{table} tbody tr")
    return [r.find_elements(By.TAG_NAME, "td")[col].get_attribute("data-sort") for r in rows if r.is_displayed()]


def test_sorting_by_amount_and_back(browser, report):  # noqa: F811
    from selenium.webdriver.common.by import By

    browser.get(_response_uri(report))
    assert _column(browser, "activities", 0)[0] == DOUBTFUL  # doubtful values first
    header = browser.find_elements(By.CSS_SELECTOR, "#activities thead th")[2]  # claimed
    header.click()
    up = [Decimal(v) for v in _column(browser, "activities", 2)]
    assert len(up) == 26 and up == sorted(up) and header.get_attribute("data-dir") == "asc"
    header.click()
    down = [Decimal(v) for v in _column(browser, "activities", 2)]
    assert down == sorted(up, reverse=True)
    number = browser.find_elements(By.CSS_SELECTOR, "#activities thead th")[0]
    number.click()
    assert _column(browser, "activities", 0) == [str(n) for n in range(1, 27)]  # 10 after 9


def test_filtering_rows(browser, report, evidence_run):  # noqa: F811
    from selenium.webdriver.common.by import By

    _, t = evidence_run
    browser.get(_response_uri(report))
    box = browser.find_element(By.ID, "activities-filter")
    box.send_keys("godtar delvis")  # every word typed must be in the row
    shown = [r for r in browser.find_elements(By.CSS_SELECTOR, "#activities tbody tr") if r.is_displayed()]
    partial = sum(a["municipality_position"] == "accepts_partial" for a in t["activities"])
    assert len(shown) == partial > 0 and all("godtar delvis återbetalning" in r.text for r in shown)
    assert browser.find_element(By.ID, "activities-shown").text == str(partial)
    box.clear()
    box.send_keys(" ")  # an empty filter shows every row again
    assert len([r for r in browser.find_elements(By.CSS_SELECTOR, "#activities tbody tr") if r.is_displayed()]) == 26
    checks = browser.find_element(By.ID, "checks-filter")
    checks.send_keys("bilagan har ingen fil")
    rows = [r for r in browser.find_elements(By.CSS_SELECTOR, "#checks tbody tr") if r.is_displayed()]
    missing = sum(c["check"] == "attachment_file_missing" for c in t["checks"])
    assert len(rows) == missing > 0


LOAD_ALL = """
const done = arguments[arguments.length - 1];
const hrefs = Array.from(document.querySelectorAll('a.ev')).map(a => a.href);
Promise.all(hrefs.map(h => new Promise(ok => {
  const img = new Image();
  img.onload = () => ok([h, img.naturalWidth, img.naturalHeight]);
  img.onerror = () => ok([h, 0, 0]);
  img.src = h;
}))).then(done);
"""


def test_every_highlight_image_loads(browser, report):  # noqa: F811
    from pipeline.report import MAX_IMAGE_WIDTH, MAX_PAGE_HEIGHT

    browser.set_script_timeout(120)
    for page in sorted(report.parent.glob("*.html")):
        browser.get(page.as_uri())
        loaded = browser.execute_async_script(LOAD_ALL)
        if page.name != "index.html":
            assert len(loaded) >= 26 * 3
        bad = [h for h, w, h_ in loaded if not (0 < w <= MAX_IMAGE_WIDTH and 0 < h_ <= MAX_PAGE_HEIGHT)]
        assert not bad, bad[:5]


def test_following_a_value_to_its_evidence_and_printing(browser, report, tmp_path):  # noqa: F811
    from selenium.webdriver.common.by import By

    browser.get(report.as_uri())
    browser.find_element(By.CSS_SELECTOR, "#responses a").click()
    assert browser.find_element(By.ID, "activity-count").text == "26"
    assert browser.find_element(By.ID, "total-claimed").text.replace("\u00a0", " ") == "10 804 406,32 kr"
    assert browser.find_element(By.ID, "total-accepted").text.replace("\u00a0", " ") == "2 541 455,30 kr"
    link = browser.find_element(By.CSS_SELECTOR, "#activities a.ev")
    target = link.get_attribute("href")
    link.click()
    browser.switch_to.window(browser.window_handles[-1])
    assert browser.current_url == target and re.search(r"/evidence/[^/]+\.png$", target)
    assert int(browser.find_element(By.TAG_NAME, "img").get_attribute("naturalWidth")) > 100
    browser.close()
    browser.switch_to.window(browser.window_handles[0])
    pdf = browser.print_page()  # the print stylesheet: controls hidden, the tables kept
    assert len(pdf) > 10_000
    assert browser.execute_script(
        "return Array.from(document.styleSheets).some(x => Array.from(x.cssRules).some(r => r.media && r.media.mediaText === 'print'))"
    )
