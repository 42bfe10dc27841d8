"""Interview mode on a phone (390 x 844), one-handed: the bar sits at the bottom with the clock,
"Next unanswered" and "After the interview"; its targets are at least 44 px; the per-section save
buttons are gone while autosave works (they stay without JavaScript); "Next unanswered" puts the
cursor in the first empty answer, then the next one once that is typed.
"""

from __future__ import annotations

import requests
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from capture_setup import planned_panel
from test_phone_width import PHONE


def test_interview_mode_on_a_phone(server, browser):
    interview, asks = planned_panel(server)
    browser.set_window_size(*PHONE)
    browser.get(f"{server.url}/interviews/{interview}/capture")
    WebDriverWait(browser, 10).until(lambda b: "autosaving" in b.find_element(By.CSS_SELECTOR, "[data-capture]").get_attribute("class"))

    bar = browser.find_element(By.CSS_SELECTOR, ".capture-bar")
    bottom = browser.execute_script("const r = arguments[0].getBoundingClientRect(); return [r.bottom, window.innerHeight]", bar)
    assert abs(bottom[0] - bottom[1]) <= 1, f"the bar ends at {bottom[0]} of {bottom[1]}: not at the bottom"

    for link in bar.find_elements(By.CSS_SELECTOR, "a, button:not([hidden])"):
        if not link.is_displayed():
            continue
        size = link.size
        assert size["height"] >= 44 and size["width"] >= 44, f"{link.text!r} is {size['width']}x{size['height']} px"

    saves = browser.find_elements(By.CSS_SELECTOR, ".section-save button")
    assert saves and not any(button.is_displayed() for button in saves), "save buttons shown while autosave works"
    # Without the script, the plain page keeps them.
    html = requests.get(f"{server.url}/interviews/{interview}/capture", timeout=10).text
    assert "Save this section" in html

    textareas = browser.find_elements(By.CSS_SELECTOR, "li.capture-item textarea")
    assert len(textareas) >= 3
    next_link = browser.find_element(By.CSS_SELECTOR, "[data-next-unanswered]")
    next_link.click()
    first = browser.switch_to.active_element
    assert first.get_attribute("id") == textareas[0].get_attribute("id"), "the cursor is not in the first empty answer"
    first.send_keys("They rotate on-call weekly and pay for it.")
    next_link.click()
    second = browser.switch_to.active_element
    assert second.get_attribute("id") == textareas[1].get_attribute("id"), "the cursor did not move on to the next empty answer"
    # The typed answer is saved by autosave, with no button pressed.
    WebDriverWait(browser, 10).until(
        lambda b: any(a["answer"] == "They rotate on-call weekly and pay for it."
                      for a in server.cli_json("plan", interview, "--json")["asks"]))
