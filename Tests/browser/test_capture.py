"""Interview mode in a real browser: nothing typed is ever lost.

Answers typed and acknowledged survive the server being killed; text typed while the
server is down is kept in the browser and reaches the database once it is back, even
across a reload; two tabs editing one answer are told about each other.
"""

import sqlite3
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from capture_setup import planned_panel


def stored_answers(server, interview_id):
    db = sqlite3.connect(server.db_path)
    try:
        return dict(db.execute(
            "SELECT lower(id), answer FROM asks WHERE lower(interview_id) = lower(?)", (interview_id,)).fetchall())
    finally:
        db.close()


def field(browser, ask_id):
    box = browser.find_element(By.CSS_SELECTOR, f'textarea[data-ask-id="{ask_id}"]')
    # The sticky header would otherwise catch clicks near the top of the window.
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", box)
    return box


def state_of(browser, ask_id):
    """The save state of one answer: dirty, saving, saved, offline, conflict, too-long, gone or error."""
    return browser.find_element(By.CSS_SELECTOR, f'[data-save-state][data-for="{ask_id}"]').get_attribute("data-save-state")


def wait_for_state(browser, ask_id, state, timeout=15):
    WebDriverWait(browser, timeout).until(lambda b: state_of(b, ask_id) == state)


def open_capture(browser, server, interview_id):
    browser.get(f"{server.url}/interviews/{interview_id}/capture")
    WebDriverWait(browser, 10).until(EC.presence_of_element_located((By.CSS_SELECTOR, "textarea[data-ask-id]")))


def two_tabs_on_one_answer(server, browser):
    """Interview mode of a planned panel open in two tabs; the second tab is in front.
    Returns the interview, the first question's ask id and both window handles."""
    interview_id, asks = planned_panel(server)
    open_capture(browser, server, interview_id)
    first_tab = browser.current_window_handle
    browser.switch_to.new_window("tab")
    open_capture(browser, server, interview_id)
    return interview_id, asks[0]["id"], first_tab, browser.current_window_handle


def test_acknowledged_answers_survive_sigkill(server, browser):
    interview_id, asks = planned_panel(server)
    open_capture(browser, server, interview_id)
    first, second = asks[0]["id"], asks[-1]["id"]
    field(browser, first).send_keys("We deploy on Fridays — sometimes. 🚀")
    wait_for_state(browser, first, "saved")
    field(browser, second).send_keys("مرحبا: what they love is the people.")
    wait_for_state(browser, second, "saved")

    server.kill()
    server.start()
    stored = stored_answers(server, interview_id)
    assert stored[first.lower()] == "We deploy on Fridays — sometimes. 🚀"
    assert stored[second.lower()] == "مرحبا: what they love is the people."
    open_capture(browser, server, interview_id)
    assert field(browser, first).get_attribute("value") == "We deploy on Fridays — sometimes. 🚀"


def test_text_typed_while_the_server_is_down_arrives_after_a_reload(server, browser):
    interview_id, asks = planned_panel(server)
    ask_id = asks[1]["id"]
    open_capture(browser, server, interview_id)
    server.stop()
    field(browser, ask_id).send_keys("Typed with the server down; it must not be lost.")
    wait_for_state(browser, ask_id, "offline", timeout=20)
    assert "offline" in browser.find_element(By.ID, "save-banner").text.lower()

    browser.refresh()           # the server is down: the browser shows its own error page
    time.sleep(0.5)
    server.start()
    open_capture(browser, server, interview_id)
    assert field(browser, ask_id).get_attribute("value") == "Typed with the server down; it must not be lost."
    wait_for_state(browser, ask_id, "saved", timeout=20)
    assert stored_answers(server, interview_id)[ask_id.lower()] == "Typed with the server down; it must not be lost."


def test_two_tabs_editing_one_answer_see_the_conflict(server, browser):
    interview_id, ask_id, first_tab, second_tab = two_tabs_on_one_answer(server, browser)

    browser.switch_to.window(first_tab)
    field(browser, ask_id).send_keys("Written in the first tab.")
    wait_for_state(browser, ask_id, "saved")

    browser.switch_to.window(second_tab)
    field(browser, ask_id).send_keys("Written in the second tab.")
    wait_for_state(browser, ask_id, "conflict")
    assert "Changed in another tab" in browser.find_element(By.CSS_SELECTOR, f'[data-save-state][data-for="{ask_id}"]').text
    # The second tab keeps its own text and shows the one stored from the first.
    assert field(browser, ask_id).get_attribute("value") == "Written in the second tab."
    assert "Written in the first tab." in browser.find_element(By.ID, "content").text
    assert stored_answers(server, interview_id)[ask_id.lower()] == "Written in the first tab."


def test_a_status_change_never_lets_a_tab_overwrite_another_tabs_answer(server, browser):
    """Issue 13, defect 1: a status change in one tab must not move that tab's text onto the
    version another tab saved, or its next save silently overwrites the other tab's answer."""
    interview_id, ask_id, first_tab, second_tab = two_tabs_on_one_answer(server, browser)

    # The second tab saves an answer once.
    field(browser, ask_id).send_keys("Saved from the second tab.")
    wait_for_state(browser, ask_id, "saved")
    assert stored_answers(server, interview_id)[ask_id.lower()] == "Saved from the second tab."

    # The first tab, still on the old version, only changes the status...
    browser.switch_to.window(first_tab)
    radio = browser.find_element(By.CSS_SELECTOR, f'input[type=radio][data-status-for="{ask_id}"][value="skipped"]')
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", radio)
    radio.click()
    wait_for_state(browser, ask_id, "saved")

    # ...then types: its save must be refused as a conflict, not overwrite the second tab's text.
    field(browser, ask_id).send_keys("Typed in the first tab after the status change.")
    wait_for_state(browser, ask_id, "conflict")
    assert stored_answers(server, interview_id)[ask_id.lower()] == "Saved from the second tab."
    assert field(browser, ask_id).get_attribute("value") == "Typed in the first tab after the status change."
