"""At phone size (390 x 844) no main page is wider than the screen, with the demo loaded.

A page wider than the viewport scrolls sideways on a phone: a candidate in the middle of an
on-site interview cannot read it. Each page is measured as Chromium lays it out
(`document.documentElement.scrollWidth`); the widest elements are named when one fails.
Tables may scroll inside their own box (`.table-scroll`), which is fine: the page does not.
"""

from __future__ import annotations

import json

import requests
from selenium.webdriver.common.by import By

PHONE = (390, 844)

WIDEST_JS = """
const width = document.documentElement.clientWidth;
const offenders = [];
for (const element of document.querySelectorAll('body *')) {
  const box = element.getBoundingClientRect();
  if (box.right > width + 1 && box.width > 0) {
    // Skip what sits inside a box that scrolls on its own.
    let inner = false;
    for (let p = element.parentElement; p; p = p.parentElement) {
      const style = getComputedStyle(p);
      if (style.overflowX === 'auto' || style.overflowX === 'scroll' || style.overflowX === 'hidden') { inner = true; break; }
    }
    if (!inner) offenders.push(element.tagName.toLowerCase() + (element.className ? '.' + String(element.className).split(' ').join('.') : '') + ' right=' + Math.round(box.right));
  }
}
return JSON.stringify({scroll: document.documentElement.scrollWidth, client: width, offenders: offenders.slice(0, 5)});
"""


def page_paths(server) -> list[str]:
    companies = json.loads(server.cli("company", "list", "--json", check=True).stdout)
    interviews = json.loads(server.cli("interview", "list", "--json", check=True).stdout)
    paths = ["/", "/profile", "/pipeline", "/agenda", "/companies", "/compare", "/questions", "/interviews"]
    for company in companies:
        paths += [f"/companies/{company['id']}", f"/companies/{company['id']}/insight"]
    # One answer's own themes page (re-tag, add), from the first company with answers.
    for company in companies:
        insight = json.loads(server.cli("analyze", company["id"], "--json", check=True).stdout)
        if insight["answers"]:
            paths.append(f"/asks/{insight['answers'][0]['quote']['askID']}/themes")
            break
    for interview in interviews[:4]:
        paths += [f"/interviews/{interview['id']}", f"/interviews/{interview['id']}/plan",
                  f"/interviews/{interview['id']}/capture", f"/interviews/{interview['id']}/edit"]
    return paths


def test_no_page_is_wider_than_a_phone(server, browser):
    assert server.cli("demo").returncode == 0
    browser.set_window_size(*PHONE)
    # The window's inner width is what pages are laid out in; make it 390 whatever the chrome.
    inner = browser.execute_script("return window.innerWidth")
    browser.set_window_size(PHONE[0] + (PHONE[0] - inner), PHONE[1])
    assert browser.execute_script("return window.innerWidth") == PHONE[0]
    too_wide = []
    for path in page_paths(server):
        assert requests.get(server.url + path, timeout=30).status_code == 200, path
        browser.get(server.url + path)
        measured = json.loads(browser.execute_script(WIDEST_JS))
        if measured["scroll"] > measured["client"]:
            too_wide.append(f"{path}: {measured['scroll']} px wide in {measured['client']}: {measured['offenders']}")
    assert not too_wide, "pages wider than a phone:\n" + "\n".join(too_wide)


def test_compare_chart_labels_stay_legible_on_a_phone(server, browser):
    assert server.cli("demo").returncode == 0
    browser.set_window_size(*PHONE)
    browser.get(server.url + "/compare")
    label = browser.execute_script(
        "const t = document.querySelector('svg.theme-chart text'); return t ? t.getBoundingClientRect().height : null")
    assert label is not None, "no chart on the compare page"
    assert label >= 10, f"chart labels are {label:.1f} px tall on a phone"
    width = browser.execute_script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    assert width, "the chart widened the page instead of scrolling in its box"


def test_the_site_menu_folds_into_one_button_on_a_phone(server, browser):
    browser.set_window_size(*PHONE)
    browser.get(server.url + "/questions")
    header = browser.find_element(By.CSS_SELECTOR, "header.site")
    assert header.size["height"] <= 80, f"the site header takes {header.size['height']} px on a phone"
    menu = browser.find_element(By.CSS_SELECTOR, "header.site .site-menu > summary")
    assert menu.size["height"] >= 44 and "Questions" in menu.text
    assert not browser.find_element(By.CSS_SELECTOR, "header.site .site-menu nav a[href='/agenda']").is_displayed()
    menu.click()
    agenda = browser.find_element(By.CSS_SELECTOR, "header.site .site-menu nav a[href='/agenda']")
    assert agenda.is_displayed() and agenda.size["height"] >= 44
    browser.set_window_size(1280, 900)
    assert not menu.is_displayed(), "on a desktop the links show in a row, not behind a button"
    assert browser.find_element(By.CSS_SELECTOR, "header.site nav.wide a[href='/agenda']").is_displayed()


def test_profile_check_boxes_are_easy_to_hit(server, browser):
    browser.set_window_size(*PHONE)
    browser.get(server.url + "/profile")
    boxes = browser.find_elements(By.CSS_SELECTOR, '.checks input[type="checkbox"]')
    assert len(boxes) >= 40
    for box in boxes[:3]:
        assert box.size["width"] >= 18 and box.size["height"] >= 18, box.size
        label = box.find_element(By.XPATH, "..")
        assert label.size["height"] >= 32, label.size


def test_the_people_table_does_not_touch_the_coverage_card(server, browser):
    assert server.cli("demo").returncode == 0
    company = json.loads(server.cli("company", "list", "--json", check=True).stdout)[0]
    browser.get(f"{server.url}/companies/{company['id']}")
    gap = browser.execute_script(
        "const table = document.querySelector('#people ~ .table-wrap'); const card = document.querySelector('#coverage');"
        "return card.getBoundingClientRect().top - table.getBoundingClientRect().bottom")
    assert gap >= 8, f"{gap} px between the people table and the coverage card"
