"""A refused save, in Chromium at desktop and phone size: the reason sits next to its field in
the form's words, the field is marked for assistive technology, and everything typed stays.

The browser's own checks (min, max, required) are lifted first, so the server's rule is what
answers, as it would for a browser that does not check or a value typed past them.
"""

from __future__ import annotations

import json

import pytest
from selenium.webdriver.common.by import By

from navigation import navigate

SIZES = {"desktop": (1280, 900), "phone": (390, 844)}


def lift_browser_checks(browser) -> None:
    browser.execute_script(
        "document.querySelectorAll('form').forEach(function (form) { form.noValidate = true; });")


def fill(browser, form, name, text) -> None:
    field = form.find_element(By.NAME, name)
    field.clear()
    field.send_keys(text)


def refused(browser, name):
    """The field, and the text of the element its aria-describedby points at."""
    field = browser.find_element(By.NAME, name)
    assert field.get_attribute("aria-invalid") == "true", f"{name} is not marked"
    described = browser.find_element(By.ID, field.get_attribute("aria-describedby"))
    assert described.is_displayed()
    return field, described.text


@pytest.mark.parametrize("size", SIZES)
def test_profile_offer_and_question_forms_explain_at_the_field(server, browser, size):
    browser.set_window_size(*SIZES[size])
    assert server.cli("company", "add", "Acme").returncode == 0
    company = json.loads(server.cli("company", "list", "--json", check=True).stdout)[0]

    # Profile: minutes out of range.
    browser.get(server.url + "/profile")
    lift_browser_checks(browser)
    form = browser.find_element(By.CSS_SELECTOR, 'form[action="/profile"]')
    fill(browser, form, "defaultQuestionMinutes", "500")
    fill(browser, form, "valuePhrases", "small teams that ship")
    navigate(browser, lambda: form.find_element(By.CSS_SELECTOR, 'button[type="submit"]'))
    field, reason = refused(browser, "defaultQuestionMinutes")
    assert reason == "Must be between 0 and 240, got 500."
    assert field.get_attribute("value") == "500"
    assert browser.find_element(By.NAME, "valuePhrases").get_attribute("value") == "small teams that ship"
    alert = browser.find_element(By.CSS_SELECTOR, ".alert.error").text
    assert alert == "Not saved: check the field marked below (Minutes to keep for your questions)."

    # Offer: a start date that does not exist.
    browser.get(f"{server.url}/companies/{company['id']}/offer")
    lift_browser_checks(browser)
    form = browser.find_element(By.CSS_SELECTOR, f'form[action="/companies/{company["id"]}/offer"]')
    fill(browser, form, "basePay", "90000")
    fill(browser, form, "currency", "EUR")
    browser.execute_script("document.querySelector('input[name=startDate]').type = 'text';")
    fill(browser, form, "startDate", "2031-02-30")
    navigate(browser, lambda: form.find_element(By.CSS_SELECTOR, 'button[type="submit"]'))
    field, reason = refused(browser, "startDate")
    assert reason == "That date does not exist: February 2031 has 28 days."
    # Sent back as typed (a date input shows only real days; the picker never offers this one).
    assert field.get_dom_attribute("value") == "2031-02-30"
    assert browser.find_element(By.NAME, "basePay").get_attribute("value") == "90000"

    # A question of my own: more minutes than a question may take.
    browser.get(server.url + "/questions#add")
    add = browser.find_element(By.CSS_SELECTOR, "details#add")
    if add.get_attribute("open") is None:
        add.find_element(By.TAG_NAME, "summary").click()
    lift_browser_checks(browser)
    fill(browser, add, "text", "How do you decide what not to build?")
    fill(browser, add, "minutes", "45")
    navigate(browser, lambda: add.find_element(By.CSS_SELECTOR, 'button[type="submit"]'))
    field, reason = refused(browser, "minutes")
    assert reason == "Must be between 1 and 30, got 45."
    assert field.get_attribute("value") == "45"
    assert browser.find_element(By.NAME, "text").get_attribute("value") == "How do you decide what not to build?"
    assert server.cli_json("question", "list", "--origin", "own", "--json") == []
