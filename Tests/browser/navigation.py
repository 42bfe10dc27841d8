"""Waiting for the next page in a way that survives Chromium's navigation races.

Selenium's `staleness_of` only expects `StaleElementReferenceException`; while a page is
being replaced Chromium can instead answer "Node with given id does not belong to the
document", which made tests fail at random. Here the old page is marked with a flag on its
`window`, which a new document never has, and every driver error while the next page
loads counts as "not yet".
"""

import time

from selenium.common.exceptions import WebDriverException
from selenium.webdriver.support.ui import WebDriverWait

MARK = "window.__candorOldPage = true;"
ARRIVED = "return window.__candorOldPage !== true && document.readyState === 'complete';"


def navigate(browser, find_element, timeout=10):
    """Clicks what `find_element()` returns and waits until a new page has fully loaded.

    `find_element` is called afresh on each try, so a page that replaced itself between
    finding and clicking (the one-time time-zone reload) does not fail the test.
    """
    for attempt in range(3):
        try:
            browser.execute_script(MARK)
            find_element().click()
            break
        except WebDriverException:
            if attempt == 2:
                raise
            time.sleep(0.5)
    WebDriverWait(browser, timeout, ignored_exceptions=(WebDriverException,)).until(
        lambda driver: driver.execute_script(ARRIVED)
    )
