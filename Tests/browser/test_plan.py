"""The interview planner in a real browser, and its printed sheet.

Setup goes through the CLI (the demo, then a three-person panel at Lumen
Health tomorrow). The plan page is changed by its small forms (pin one
question, drop another), then printed to PDF with Chrome's DevTools
`Page.printToPDF`, which uses the print stylesheet: the sheet must fit on at
most two A4 pages and carry no buttons. The PDF is read with `pypdf`.
"""

import base64
import re
import unicodedata
from datetime import datetime, timedelta, timezone

from pypdf import PdfReader
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC

from navigation import navigate

PANEL = ["Ana Ruiz", "Priya Raman", "Sam Okafor"]


def open_page(browser, wait, url):
    """Open a page once the time-zone cookie exists, so the script never reloads under us."""
    browser.get(url)
    wait.until(lambda driver: driver.get_cookie("candor_tz") is not None)
    browser.get(url)
    wait.until(lambda driver: driver.execute_script("return document.readyState") == "complete")


def add_panel(server):
    """The three-person panel at Lumen Health, tomorrow at 10:00 UTC; returns the interview's full id."""
    tomorrow = (datetime.now(timezone.utc) + timedelta(days=1)).strftime("%Y-%m-%d")
    result = server.cli(
        "interview", "add", "lumen", "--at", f"{tomorrow} 10:00", "--tz", "UTC", "--minutes", 60,
        "--question-minutes", 20, "--kind", "panel",
        "--with", "Ana Ruiz:engineer", "--with", "Priya Raman", "--with", "Sam Okafor",
        check=True,
    )
    match = re.search(r"\(([0-9a-fA-F]{8})\)", result.stdout)
    assert match, f"no interview id in: {result.stdout}"
    short = match.group(1).lower()
    ids = [item["id"] for item in server.cli_json("interview", "list", "--json")]
    matching = [id for id in ids if id.lower().startswith(short)]
    assert len(matching) == 1, (short, ids)
    return matching[0]


def plan_items(browser):
    """The person sections' items as (id, question text, has a Pin button, is pinned)."""
    items = []
    for item in browser.find_elements(By.CSS_SELECTOR, "section.plan-person li.plan-item"):
        pin_buttons = item.find_elements(By.CSS_SELECTOR, 'form[action$="/pin"] button')
        pinned = bool(item.find_elements(By.CSS_SELECTOR, ".pill.pin"))
        text = item.find_element(By.CSS_SELECTOR, ".q-text").text
        items.append((item.get_attribute("id"), text, bool(pin_buttons), pinned))
    return items


def test_plan_pin_drop_and_print(server, browser, wait, tmp_path):
    server.cli("demo", check=True)
    interview_id = add_panel(server)

    # From the interview page to its plan.
    open_page(browser, wait, f"{server.url}/interviews/{interview_id}")
    navigate(browser, lambda: browser.find_element(By.LINK_TEXT, "Plan your questions"))
    wait.until(EC.title_contains("Plan: Panel at Lumen Health"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Your questions for Panel at Lumen Health"
    assert [li.text.split(" (")[0] for li in browser.find_elements(By.CSS_SELECTOR, ".plan-head ol.panel li")] == PANEL
    assert [s.get_attribute("data-person") for s in browser.find_elements(By.CSS_SELECTOR, "section.plan-person")] == PANEL
    assert "minutes planned" in browser.find_element(By.CSS_SELECTOR, ".plan-head .budget").text
    assert browser.find_element(By.CSS_SELECTOR, "button[data-print]").is_displayed(), "the script shows the print button"
    closing = [li.text for li in browser.find_elements(By.CSS_SELECTOR, "#closing-round li.plan-item")]
    assert [line.split(" — ")[0] for line in closing] == PANEL + PANEL[::-1]

    # Pin one question: it comes back marked as pinned, with Unpin instead of Pin.
    items = plan_items(browser)
    assert len(items) >= 2, items
    pin_id, pin_text, _, _ = next(item for item in items if item[2] and not item[3])
    navigate(browser, lambda: browser.find_element(By.CSS_SELECTOR, f'#{pin_id} form[action$="/pin"] button'))
    assert "Pinned: planning again keeps it." in browser.find_element(By.CSS_SELECTOR, ".alert.info").text
    pinned = browser.find_element(By.ID, pin_id)
    assert pinned.find_element(By.CSS_SELECTOR, ".pill.pin").text == "Pinned"
    assert pinned.find_elements(By.CSS_SELECTOR, 'form[action$="/unpin"] button')
    assert pin_text in pinned.text

    # Drop another: it is gone from everyone's questions, and the pinned one stays.
    drop_id, drop_text, _, _ = next(item for item in plan_items(browser) if item[0] != pin_id and item[2])
    navigate(browser, lambda: browser.find_element(By.CSS_SELECTOR, f'#{drop_id} form[action$="/drop"] button'))
    assert "Dropped from this interview" in browser.find_element(By.CSS_SELECTOR, ".alert.info").text
    after = plan_items(browser)
    assert drop_text not in [text for _, text, _, _ in after]
    assert not browser.find_elements(By.ID, drop_id)
    assert (pin_id, pin_text, False, True) in after

    # Printed: at most two A4 pages, the whole panel and the closing round, no buttons.
    printed = browser.execute_cdp_cmd(
        "Page.printToPDF", {"printBackground": False, "paperWidth": 8.27, "paperHeight": 11.69})
    pdf_path = tmp_path / "plan.pdf"
    pdf_path.write_bytes(base64.b64decode(printed["data"]))
    reader = PdfReader(pdf_path)
    assert 1 <= len(reader.pages) <= 2, f"{len(reader.pages)} pages"
    # NFKC turns the ligatures PDFs use ("ﬁ") back into letters.
    text = unicodedata.normalize("NFKC", "\n".join(page.extract_text() for page in reader.pages))
    assert "Closing round" in text
    assert "Your questions for Panel at Lumen Health" in text
    for name in PANEL:
        assert name in text, name
    for word in ("Drop", "Pin", "Print this sheet", "Add from your bank", "Plan again"):
        assert word not in text, f"{word!r} is on the printed sheet"
    flat = " ".join(text.split())
    assert " ".join(pin_text.split()) in flat, "the pinned question is on the sheet"
    assert " ".join(drop_text.split()) not in flat, "the dropped one is not"
