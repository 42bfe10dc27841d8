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


def test_insight_at_a_glance_on_a_phone(server, browser, wait):
    """At 390 px the verdicts and the chart come first and stay legible; a flag's theme is
    dismissed from its card in place."""
    server.cli("demo", check=True)
    browser.set_window_size(390, 844)
    inner = browser.execute_script("return window.innerWidth")
    browser.set_window_size(390 + (390 - inner), 844)
    lumen = next(c for c in server.cli_json("company", "list", "--json") if c["name"] == "Lumen Health")
    browser.get(f"{server.url}/companies/{lumen['id']}/insight")
    wait.until(EC.title_contains("Lumen Health"))

    glance = browser.find_element(By.ID, "glance")
    verdicts = glance.find_element(By.CSS_SELECTOR, ".verdicts").text
    assert "Red flags" in verdicts and "Work-life balance" in verdicts
    # The verdicts start within the first screen.
    assert glance.location["y"] < 844

    # Every word of the chart is drawn at 10 px or more, and the chart fits the screen.
    heights = browser.execute_script(
        "return [...document.querySelectorAll('svg.insight-chart text')].map(t => t.getBoundingClientRect().height)")
    assert heights and min(heights) >= 10, heights
    chart = browser.find_element(By.CSS_SELECTOR, "svg.insight-chart")
    assert chart.rect["x"] >= 0 and chart.rect["x"] + chart.rect["width"] <= 390
    assert "your dealbreaker" in chart.text or "your dealbreaker" in browser.execute_script(
        "return document.querySelector('svg.insight-chart').textContent")

    # A verdict links to its card, and the card dismisses its theme in place.
    link = browser.find_element(By.ID, "glance").find_element(By.LINK_TEXT, "Work-life balance")
    target = link.get_attribute("href").split("#")[1]
    link.click()
    card = browser.find_element(By.ID, target)
    assert "Work-life balance" in card.text and "Red flag" in card.text
    navigate(browser, lambda: browser.find_element(By.ID, target).find_element(
        By.XPATH, './/button[starts-with(normalize-space(), "Misread? Dismiss Work-life balance")]'))
    assert "Theme dismissed in those answers" in browser.find_element(By.TAG_NAME, "main").text
    insight = server.cli_json("analyze", "Lumen Health", "--json")
    assert not any(f["kind"] == "red-flag" and f.get("theme") == "work-life" for f in insight["flags"])
