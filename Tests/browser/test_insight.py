"""Insights in a real browser: the demo's flags, a correction that sticks, the comparison.

The demo is loaded through the CLI; everything else is clicked. The correction is checked
in the database through `candor analyze --json`, so the page is not trusted to tell the truth
about itself.
"""

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC

from navigation import navigate


def answer_of(insight, ask_id):
    return next(answer for answer in insight["answers"] if answer["quote"]["askID"].lower() == ask_id.lower())


def test_insight_page_flags_and_a_correction(server, browser, wait):
    server.cli("demo", check=True)
    browser.get(server.url + "/companies")
    navigate(browser, lambda: browser.find_element(By.LINK_TEXT, "Lumen Health"))
    navigate(browser, lambda: browser.find_element(By.LINK_TEXT, "What you heard"))
    wait.until(EC.title_contains("Lumen Health"))

    flags = browser.find_element(By.ID, "flags").text
    assert "Red flag" in flags and "Work-life balance" in flags
    assert "Trade-off" in flags and "On-call and operations" in flags
    assert "Green flag" in flags
    # Every claim carries its quote.
    assert "Too much firefighting at night" in flags
    assert "FHIR" in browser.find_element(By.ID, "groups").text
    follow_ups = browser.find_element(By.ID, "follow-ups").text
    assert "woken up" in follow_ups

    # Dismiss a detected theme on one answer: the page says so, and so does the database.
    insight = server.cli_json("analyze", "Lumen Health", "--json")
    target = next(
        answer for answer in insight["answers"]
        if any(m["theme"] == "staffing" and m["source"] == "detected" for m in answer["mentions"])
    )
    ask_id = target["quote"]["askID"].lower()
    item = f'[id="answer-{ask_id}" i]'  # the page may write the id in capitals
    # Each theme read shows the words of the answer that carried it, and they are its words.
    staffing = next(m for m in target["mentions"] if m["theme"] == "staffing")
    assert staffing["matched"], "the reading says why"
    chips = browser.find_element(By.CSS_SELECTOR, item).find_elements(By.CSS_SELECTOR, ".chip-words")
    assert any(all(word in chip.text for word in staffing["matched"]) for chip in chips)
    assert all(word in target["quote"]["text"].lower() for word in staffing["matched"])
    navigate(browser, lambda: browser.find_element(
        By.CSS_SELECTOR, f'{item} button[aria-label="Dismiss Staffing and workload"]'))
    assert "dismissed by you" in browser.find_element(By.CSS_SELECTOR, item).text
    after = answer_of(server.cli_json("analyze", "Lumen Health", "--json"), ask_id)
    assert after["dismissed"] == ["staffing"]
    assert all(m["theme"] != "staffing" for m in after["mentions"])

    # And back again.
    navigate(browser, lambda: browser.find_element(
        By.CSS_SELECTOR, f'{item} button[aria-label="Restore Staffing and workload"]'))
    restored = answer_of(server.cli_json("analyze", "Lumen Health", "--json"), ask_id)
    assert restored["dismissed"] == []


def test_comparison_page_with_offer_and_chart(server, browser, wait):
    server.cli("demo", check=True)
    browser.get(server.url + "/")
    # Fernhill's offer needs an answer in two days: the home page says so first.
    assert "Fernhill Studio" in browser.find_element(By.ID, "offers-due").text
    navigate(browser, lambda: browser.find_element(By.LINK_TEXT, "Compare your options"))
    wait.until(EC.title_contains("Compare"))

    # Pick exactly Lumen and Fernhill.
    for box in browser.find_elements(By.CSS_SELECTOR, 'input[type="checkbox"][name="company"]'):
        label = box.find_element(By.XPATH, "./ancestor::label").text.strip()
        if box.is_selected() != label.startswith(("Lumen Health", "Fernhill Studio")):
            box.click()
    navigate(browser, lambda: browser.find_element(By.XPATH, '//button[normalize-space()="Compare"]'))

    table = browser.find_element(By.CSS_SELECTOR, "main table").text
    assert "Lumen Health" in table and "Fernhill Studio" in table
    assert "Northwind" not in table
    assert "92,000" in table and "EUR" in table

    chart = browser.find_element(By.CSS_SELECTOR, '#chart svg[role="img"]')
    assert "Fernhill Studio" in chart.find_element(By.TAG_NAME, "title").get_attribute("textContent")
    # The text alternative carries the same numbers.
    numbers = browser.find_element(By.CSS_SELECTOR, "#chart table").get_attribute("textContent")
    assert "On-call and operations" in numbers
