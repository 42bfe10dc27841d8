"""The first-run journey, as a new user walks it in a real browser.

Onboarding (values and dealbreakers), a first company, an interview with a
three-person panel, and what the pages then show. Later issues extend it.
"""

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select

from navigation import navigate


def fill(browser, name, text):
    field = browser.find_element(By.NAME, name)
    field.clear()
    field.send_keys(text)


def submit(browser, form_action):
    navigate(browser, lambda: browser.find_element(By.CSS_SELECTOR, f'form[action="{form_action}"] button[type="submit"]'))


def text_of(browser, selector):
    return [element.text for element in browser.find_elements(By.CSS_SELECTOR, selector)]


def test_onboarding_company_and_panel_interview(server, browser, wait):
    browser.get(server.url + "/")
    assert "Welcome to Candor" in browser.page_source

    # Step 1: what matters to the candidate.
    navigate(browser, lambda: browser.find_element(By.LINK_TEXT, "Set values and dealbreakers"))
    wait.until(EC.title_contains("What matters to you"))
    browser.find_element(By.CSS_SELECTOR, 'input[name="values[]"][value="growth"]').click()
    browser.find_element(By.CSS_SELECTOR, 'input[name="values[]"][value="people"]').click()
    browser.find_element(By.CSS_SELECTOR, 'input[name="dealbreakers[]"][value="on-call"]').click()
    fill(browser, "dealbreakerPhrases", "ad tech")
    submit(browser, "/profile")
    wait.until(EC.text_to_be_present_in_element((By.ID, "content"), "Saved."))
    assert browser.find_element(By.CSS_SELECTOR, 'input[name="dealbreakers[]"][value="on-call"]').is_selected()

    navigate(browser, lambda: browser.find_element(By.LINK_TEXT, "Home"))
    assert browser.find_elements(By.CSS_SELECTOR, "ol.steps li.done"), "step 1 shows as done"

    # Step 2: a first company.
    navigate(browser, lambda: browser.find_element(By.LINK_TEXT, "Add your first company"))
    fill(browser, "name", "Kestrel Labs")
    fill(browser, "roleTitle", "Senior Platform Engineer")
    Select(browser.find_element(By.NAME, "stage")).select_by_value("scaleup")
    Select(browser.find_element(By.NAME, "ownership")).select_by_value("private")
    Select(browser.find_element(By.NAME, "funding")).select_by_value("vc-funded")
    Select(browser.find_element(By.NAME, "status")).select_by_value("applied")
    fill(browser, "headcount", "180")
    browser.find_element(By.CSS_SELECTOR, 'input[name="concerns[]"][value="on-call"]').click()
    submit(browser, "/companies")
    wait.until(EC.title_contains("Kestrel Labs"))
    page = browser.find_element(By.ID, "content").text
    assert "Company added" in page
    assert "Senior Platform Engineer" in page
    assert "Scaleup · Private · VC-funded" in page
    assert "On-call and operations" in page

    # An interview with a panel of three, typed into the panel slots in order.
    navigate(browser, lambda: browser.find_element(By.LINK_TEXT, "Add an interview"))
    wait.until(EC.title_contains("Add an interview"))
    start = browser.find_element(By.NAME, "startsAt")
    browser.execute_script("arguments[0].value = '2031-03-04T15:30'", start)
    Select(browser.find_element(By.NAME, "timeZone")).select_by_value("Europe/Berlin")
    Select(browser.find_element(By.NAME, "kind")).select_by_value("panel")
    fill(browser, "durationMinutes", "60")
    fill(browser, "location", "https://meet.example/kestrel")
    # One row per person: the columns are named once above the rows; each input keeps its own
    # label (seat number included) for screen readers, out of sight on a wide screen.
    assert browser.find_element(By.CSS_SELECTOR, ".panel-head").is_displayed()
    label = browser.find_element(By.CSS_SELECTOR, 'label[for="slot0Name"]')
    assert label.get_attribute("textContent").strip() == "1. Or a new person"
    assert browser.execute_script("return arguments[0].getBoundingClientRect().width", label) <= 1
    rows = browser.find_elements(By.CSS_SELECTOR, ".panel-row")
    for row in rows:
        tops = [field.location["y"] for field in row.find_elements(By.CSS_SELECTOR, "select, input")]
        assert len(tops) == 3 and max(tops) - min(tops) < 16, tops  # one line, not stacked
    for slot, (name, role) in enumerate([("Ana Ruiz", "hiring-manager"), ("Ben Ode", "engineer"), ("Caro Lim", "engineer")]):
        fill(browser, f"slot{slot}Name", name)
        Select(browser.find_element(By.NAME, f"slot{slot}Role")).select_by_value(role)
    navigate(browser, lambda: browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    wait.until(EC.title_contains("Panel at Kestrel Labs"))
    assert text_of(browser, "ol.panel li") == [
        "Ana Ruiz — Hiring manager",
        "Ben Ode — Engineer",
        "Caro Lim — Engineer",
    ]
    assert "Tue 4 Mar 2031, 15:30" in browser.find_element(By.ID, "content").text

    # Home now shows the pipeline and the upcoming interview instead of onboarding.
    navigate(browser, lambda: browser.find_element(By.LINK_TEXT, "Home"))
    assert "Welcome to Candor" not in browser.page_source
    # Adding the interview moved the company from "Applied" to "Interviewing".
    interviewing = browser.find_element(By.CSS_SELECTOR, 'section[data-status="interviewing"]').text
    assert "Kestrel Labs" in interviewing
    upcoming = browser.find_element(By.CSS_SELECTOR, "main table").text
    assert "Kestrel Labs" in upcoming and "Ana Ruiz, Ben Ode, Caro Lim" in upcoming

    # The command line sees the same data.
    companies = server.cli_json("company", "list", "--json")
    assert [c["name"] for c in companies] == ["Kestrel Labs"]
    assert companies[0]["stage"] == "scaleup" and companies[0]["concerns"] == ["on-call"]


def test_demo_fills_every_page(server, browser, wait):
    browser.get(server.url + "/")
    navigate(browser, lambda: browser.find_element(By.CSS_SELECTOR, 'form[action="/demo"] button'))
    wait.until(EC.text_to_be_present_in_element((By.ID, "content"), "This is the demo"))
    for name in ["Lumen Health", "Northwind Logistics", "Fernhill Studio"]:
        assert name in browser.find_element(By.ID, "pipeline").find_element(By.XPATH, "..").text
    # A sandbox: the candidate's own search (what the command line reads) is still empty.
    assert server.cli_json("company", "list", "--json") == []

    navigate(browser, lambda: browser.find_element(By.LINK_TEXT, "Lumen Health"))
    content = browser.find_element(By.ID, "content").text
    assert "Priya Raman" in content and "Panel" in content
    assert "What could Lumen Health do better?" in content, "closing answers are shown"
    assert "You are in the demo" in browser.find_element(By.CSS_SELECTOR, ".demo-bar").text

    navigate(browser, lambda: browser.find_element(By.LINK_TEXT, "Interviews"))
    rows = browser.find_elements(By.CSS_SELECTOR, "main table tbody tr")
    assert len(rows) >= 7

    # One click out, and one to delete it: back to the candidate's own, empty, search.
    navigate(browser, lambda: browser.find_element(By.XPATH, '//form[@action="/demo/remove"]//button'))
    assert "The demo is deleted" in browser.find_element(By.ID, "content").text
    assert "Welcome to Candor" in browser.find_element(By.ID, "content").text
    assert not browser.find_elements(By.CSS_SELECTOR, ".demo-bar")


def test_bad_form_input_is_kept_and_explained(server, browser, wait):
    browser.get(server.url + "/companies/new")
    fill(browser, "roleTitle", "Typed before the mistake")
    # Lift the browser's own check so the server's is what answers.
    browser.execute_script("document.querySelector('input[name=name]').removeAttribute('required')")
    submit(browser, "/companies")
    alert = browser.find_element(By.CSS_SELECTOR, ".alert.error").text
    assert alert == "Not saved: check the field marked below."
    name = browser.find_element(By.NAME, "name")
    assert name.get_attribute("aria-invalid") == "true"
    assert browser.find_element(By.ID, name.get_attribute("aria-describedby")).text == "Is required."
    assert browser.find_element(By.NAME, "roleTitle").get_attribute("value") == "Typed before the mistake"
