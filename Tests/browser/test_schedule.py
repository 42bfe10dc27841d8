"""Pipeline board, agenda flags and the calendar feed, as a candidate uses them.

Setup goes through the CLI (a company, two interviews five minutes apart); the
board move and the agenda are checked in the browser; the calendar address the
profile page shows is fetched like a calendar app would and parsed with the
`icalendar` package, which also unfolds long lines.
"""

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import icalendar
import requests
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select

BERLIN = ZoneInfo("Europe/Berlin")
# HTML drag and drop as the browser fires it (Selenium's own drag does not fire these events).
DRAG_JS = """
const [card, column] = arguments;
const data = new DataTransfer();
card.dispatchEvent(new DragEvent("dragstart", {bubbles: true, dataTransfer: data}));
column.dispatchEvent(new DragEvent("dragover", {bubbles: true, cancelable: true, dataTransfer: data}));
column.dispatchEvent(new DragEvent("drop", {bubbles: true, cancelable: true, dataTransfer: data}));
"""
COMPANY = "Kestrel Labs"
# Long, non-ASCII and full of characters iCalendar escapes (, ; \n): the line is
# folded at 75 octets, never inside a UTF-8 sequence, and must come back intact.
NOTES = (
    "Bring the Zürich façade sketches; ask Łukasz about the naïve cache, "
    "the 東京 rollout and why the café closes at 15:00 – twice."
)
INTERVIEWS = [
    # (start in Berlin, minutes, kind, location, panel)
    ("2031-03-04 15:00", 60, "technical", "https://meet.example/kestrel", ["Ana Ruiz:hiring-manager", "Ben Ode:engineer"]),
    ("2031-03-04 16:05", 45, "hiring-manager", "Hafenstraße 5, Hamburg; 3rd floor", ["Caro Lim:hiring-manager"]),
]


def open_page(browser, wait, url):
    """Open a page once the time-zone cookie exists, so the script never reloads under us."""
    browser.get(url)
    wait.until(lambda driver: driver.get_cookie("candor_tz") is not None)
    wait.until(lambda driver: driver.execute_script("return document.readyState") == "complete")


def test_move_on_board_agenda_flag_and_calendar_feed(server, browser, wait):
    server.cli("company", "add", COMPANY, "--role", "Senior Platform Engineer", check=True)
    for index, (start, minutes, kind, location, panel) in enumerate(INTERVIEWS):
        arguments = ["interview", "add", COMPANY, "--at", start, "--tz", "Europe/Berlin", "--minutes", minutes,
                     "--kind", kind, "--location", location]
        for person in panel:
            arguments += ["--with", person]
        if index == 0:
            arguments += ["--notes", NOTES]
        server.cli(*arguments, check=True)
    stored = server.cli_json("interview", "list", "--json")
    assert len(stored) == 2

    # The first visit stores the browser's zone in a cookie (and may reload once).
    browser.get(server.url + "/")
    wait.until(lambda driver: driver.get_cookie("candor_tz") is not None)

    # The board: adding its interviews moved the company to "Interviewing"; its card's form moves it on.
    open_page(browser, wait, server.url + "/pipeline")
    card = browser.find_element(By.CSS_SELECTOR, f'#status-interviewing article[data-company="{COMPANY}"]')
    assert "Senior Platform Engineer" in card.text
    assert "Technical interview" in card.text, "the next step names the next interview"
    assert "days since last contact" in card.text
    Select(card.find_element(By.CSS_SELECTOR, "select[name=status]")).select_by_value("offer")
    card.find_element(By.CSS_SELECTOR, "form.move button[type=submit]").click()
    wait.until(EC.url_contains("notice=status-changed"))
    assert "Status updated." in browser.find_element(By.ID, "content").text
    assert browser.find_elements(By.CSS_SELECTOR, f'#status-offer article[data-company="{COMPANY}"]')
    assert not browser.find_elements(By.CSS_SELECTOR, f'#status-interviewing article[data-company="{COMPANY}"]')
    # Dragged to another column, the card moves there through that same form.
    open_page(browser, wait, server.url + "/pipeline")
    card = browser.find_element(By.CSS_SELECTOR, f'#status-offer article[data-company="{COMPANY}"]')
    assert card.get_attribute("draggable") == "true"
    browser.execute_script(DRAG_JS, card, browser.find_element(By.ID, "status-interviewing"))
    wait.until(EC.url_contains("notice=status-changed"))
    assert browser.find_elements(By.CSS_SELECTOR, f'#status-interviewing article[data-company="{COMPANY}"]')
    assert [c["status"] for c in server.cli_json("company", "list", "--json") if c["name"] == COMPANY] == ["interviewing"]
    # And back, for what follows.
    card = browser.find_element(By.CSS_SELECTOR, f'#status-interviewing article[data-company="{COMPANY}"]')
    browser.execute_script(DRAG_JS, card, browser.find_element(By.ID, "status-offer"))
    wait.until(lambda driver: driver.find_elements(By.CSS_SELECTOR, f'#status-offer article[data-company="{COMPANY}"]'))

    # The table view lists it too, with the new status.
    browser.find_element(By.LINK_TEXT, "Table").click()
    wait.until(EC.url_contains("view=table"))
    row = browser.find_element(By.XPATH, f'//tbody/tr[td/a[text()="{COMPANY}"]]')
    assert "Offer" in row.text

    # The agenda: the two interviews five minutes apart are flagged, with advice.
    open_page(browser, wait, server.url + "/agenda")
    flag = browser.find_element(By.CSS_SELECTOR, '[data-flag="back-to-back"]')
    assert flag.is_displayed()
    assert "warning" in flag.get_attribute("class").split()
    assert "leave only 5 minutes between them" in flag.text
    assert "Ask to move one so you get at least 15 minutes to reset." in flag.text

    # The calendar addresses on the profile page, fetched like a calendar app would: the plain
    # one carries times and companies only, the detailed one the place, panel and notes too.
    open_page(browser, wait, server.url + "/profile")
    address = browser.find_element(By.ID, "calendar-url").get_attribute("value")
    assert address.startswith(server.url + "/calendar/") and address.endswith(".ics")
    plain = icalendar.Calendar.from_ical(requests.get(address, timeout=10).content)
    assert len(plain.walk("VEVENT")) == 2
    for event in plain.walk("VEVENT"):
        assert str(event["SUMMARY"]).endswith(f"interview at {COMPANY}")
        assert "LOCATION" not in event and "DESCRIPTION" not in event
    address = browser.find_element(By.ID, "calendar-details-url").get_attribute("value")
    assert address.startswith(server.url + "/calendar/") and address.endswith("-details.ics")
    fetches = [requests.get(address, timeout=10) for _ in range(2)]
    for response in fetches:
        assert response.status_code == 200
        assert response.headers["Content-Type"].startswith("text/calendar")
        assert response.headers["Cache-Control"] == "no-store"
        assert "Set-Cookie" not in response.headers
        raw = response.content
        assert raw.replace(b"\r\n", b"").find(b"\n") == -1, "every line ends in CRLF"
        assert all(len(line) <= 75 for line in raw.split(b"\r\n")), "lines folded at 75 octets"
    first, second = (icalendar.Calendar.from_ical(response.content) for response in fetches)
    events = first.walk("VEVENT")
    assert len(events) == 2
    assert [str(event["UID"]) for event in events] == [str(event["UID"]) for event in second.walk("VEVENT")], \
        "UIDs are stable, so a subscribed calendar updates events instead of adding them"
    assert sorted(str(event["UID"]) for event in events) == sorted(f"{item['id'].lower()}@candor" for item in stored)

    by_start = sorted(events, key=lambda event: event.decoded("DTSTART"))
    for event, (start, minutes, kind, location, panel) in zip(by_start, INTERVIEWS):
        entered = datetime.strptime(start, "%Y-%m-%d %H:%M").replace(tzinfo=BERLIN)
        dtstart, dtend = event.decoded("DTSTART"), event.decoded("DTEND")
        assert dtstart.utcoffset() == timedelta(0) and dtend.utcoffset() == timedelta(0), "written in UTC"
        assert dtstart == entered and dtstart.astimezone(timezone.utc) == entered.astimezone(timezone.utc)
        assert dtend == entered + timedelta(minutes=minutes)
        label = {"technical": "Technical", "hiring-manager": "Hiring manager"}[kind]
        assert str(event["SUMMARY"]) == f"{label} interview at {COMPANY}"
        assert str(event["LOCATION"]) == location
        description = str(event["DESCRIPTION"])
        for person in panel:
            assert person.split(":")[0] in description

    # The long non-ASCII notes were folded on the wire and come back whole.
    assert b"\r\n " in fetches[0].content
    assert f"Notes: {NOTES}" in str(by_start[0]["DESCRIPTION"])
