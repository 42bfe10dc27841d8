"""The question bank in a real browser: find, add, edit, retire, import."""

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select

from navigation import navigate


def open_details(browser, css):
    details = browser.find_element(By.CSS_SELECTOR, css)
    if details.get_attribute("open") is None:
        details.find_element(By.TAG_NAME, "summary").click()
    return details


def cards(browser):
    return browser.find_elements(By.CSS_SELECTOR, "article.question")


def test_find_add_edit_retire_a_question(server, browser, wait):
    browser.get(server.url + "/")
    browser.find_element(By.LINK_TEXT, "Questions").click()
    wait.until(EC.title_contains("Questions"))
    # The heading counts the whole bank; each closed group shows only its first few.
    starter_count = int(browser.find_element(By.ID, "results").text.split()[0])
    assert starter_count >= 150

    # Find: word forms and case do not matter.
    search = browser.find_element(By.NAME, "q")
    search.send_keys("ON-CALL ROTATIONS")
    navigate(browser, lambda: browser.find_element(By.CSS_SELECTOR, 'form[role="search"] button[type="submit"]'))
    wait.until(EC.text_to_be_present_in_element((By.ID, "results"), "best match first"))
    found = [card.find_element(By.CLASS_NAME, "question-text").text.lower() for card in cards(browser)]
    assert found and len(found) < starter_count
    assert "on-call" in found[0] and "rotation" in found[0], found[:3]

    # Add one of my own, probing a theme, for engineers.
    browser.find_element(By.LINK_TEXT, "Clear").click()
    add = open_details(browser, "details#add")
    add.find_element(By.NAME, "text").send_keys("What did the last incident at {company} teach the team?")
    add.find_element(By.NAME, "category").send_keys("engineering")
    add.find_element(By.CSS_SELECTOR, 'input[name="audiences[]"][value="engineer"]').click()
    add.find_element(By.CSS_SELECTOR, 'input[name="audiences[]"][value="any"]').click()  # untick the default
    add.find_element(By.CSS_SELECTOR, 'input[name="themes[]"][value="on-call"]').click()
    navigate(browser, lambda: add.find_element(By.CSS_SELECTOR, 'button[type="submit"]'))
    wait.until(EC.text_to_be_present_in_element((By.ID, "content"), "Question added."))

    Select(browser.find_element(By.NAME, "origin")).select_by_value("own")
    navigate(browser, lambda: browser.find_element(By.CSS_SELECTOR, 'form[role="search"] button[type="submit"]'))
    mine = cards(browser)
    assert len(mine) == 1
    assert "Yours" in mine[0].text and "On-call and operations" in mine[0].text and "For Engineer" in mine[0].text

    # Edit it in place.
    edit = open_details(browser, "article.question details.inline-edit")
    text = edit.find_element(By.NAME, "text")
    text.clear()
    text.send_keys("What did the last incident at {company} teach you?")
    navigate(browser, lambda: edit.find_element(By.CSS_SELECTOR, 'button[type="submit"]'))
    wait.until(EC.text_to_be_present_in_element((By.ID, "content"), "Question saved."))
    assert "teach you?" in cards(browser)[0].text
    assert "origin=own" in browser.current_url, "the filters survive the edit"

    # Retire it: gone from the list, back with "include retired", then restore.
    navigate(browser, lambda: cards(browser)[0].find_element(By.XPATH, './/button[text()="Retire"]'))
    wait.until(EC.text_to_be_present_in_element((By.ID, "content"), "Question retired"))
    assert cards(browser) == []
    browser.find_element(By.NAME, "retired").click()
    navigate(browser, lambda: browser.find_element(By.CSS_SELECTOR, 'form[role="search"] button[type="submit"]'))
    retired = cards(browser)
    assert len(retired) == 1 and "Retired" in retired[0].text
    navigate(browser, lambda: retired[0].find_element(By.XPATH, './/button[text()="Restore"]'))
    wait.until(EC.text_to_be_present_in_element((By.ID, "content"), "Question restored."))

    # The closing questions cannot be retired: they have no retire button.
    browser.get(server.url + "/questions?category=closing")
    love = [c for c in cards(browser) if "Closing: what they love" in c.text]
    assert len(love) == 1
    assert not love[0].find_elements(By.XPATH, './/button[text()="Retire"]')

    listed = server.cli_json("question", "list", "--origin", "own", "--json")
    assert [q["text"] for q in listed] == ["What did the last incident at {company} teach you?"]


def test_import_a_markdown_list(server, browser, wait, tmp_path):
    readme = tmp_path / "reverse-interview.md"
    readme.write_text(
        "# Questions to ask\n\n"
        "A list I keep. Not a question.\n\n"
        "## Team\n"
        "- How does the team **decide** what to work on?\n"
        "  - Who has the final say when people disagree?\n"
        "* [Link text kept](https://example.com) — is pairing common?\n\n"
        "## Money\n"
        "1. How are raises decided?\n"
        "```\n- not a question inside code?\n```\n",
        encoding="utf-8",
    )
    browser.get(server.url + "/questions")
    transfer = open_details(browser, "details#transfer")
    transfer.find_element(By.NAME, "file").send_keys(str(readme))
    transfer.find_element(By.NAME, "dryRun").click()
    navigate(browser, lambda: transfer.find_element(By.CSS_SELECTOR, 'button[type="submit"]'))
    wait.until(EC.title_contains("Import"))
    assert "Would add 4" in browser.find_element(By.ID, "content").text
    assert server.cli_json("question", "list", "--origin", "own", "--json") == []

    browser.get(server.url + "/questions")
    transfer = open_details(browser, "details#transfer")
    transfer.find_element(By.NAME, "file").send_keys(str(readme))
    navigate(browser, lambda: transfer.find_element(By.CSS_SELECTOR, 'button[type="submit"]'))
    wait.until(EC.text_to_be_present_in_element((By.ID, "content"), "Added 4"))

    browser.get(server.url + "/questions?origin=own&category=team")
    texts = [c.find_element(By.CLASS_NAME, "question-text").text for c in cards(browser)]
    assert texts == [
        "How does the team decide what to work on?",
        "Who has the final say when people disagree?",
        "Link text kept — is pairing common?",
    ]


def test_the_bank_comes_by_category_and_a_link_opens_its_group(server, browser, wait):
    browser.get(server.url + "/questions")
    groups = browser.find_elements(By.CSS_SELECTOR, "details.category-group")
    assert len(groups) >= 5, "the bank is not grouped by category"
    assert all(group.get_attribute("open") is None for group in groups), "groups of a long bank start closed"
    counts = [int(group.find_element(By.CSS_SELECTOR, "summary h3 span").text.strip(" ·")) for group in groups]
    total = int(browser.find_element(By.ID, "results").text.split()[0])
    assert sum(counts) == total >= 150, "the counts add up to the bank"
    # Each group carries its first ten; a bank of any size stays a page of the same weight.
    assert len(cards(browser)) == sum(min(count, 10) for count in counts)
    height = browser.execute_script("return document.documentElement.scrollHeight")
    assert height < 6000, f"the bank page is {height} px tall"

    # A group with more than ten links to all of them: that category alone, open, in pages.
    big = next(group for group, count in zip(groups, counts) if count > 10)
    size = counts[groups.index(big)]
    big.find_element(By.TAG_NAME, "summary").click()
    navigate(browser, lambda: big.find_element(By.PARTIAL_LINK_TEXT, f"All {size} questions in"))
    shown = browser.find_elements(By.CSS_SELECTOR, "details.category-group")
    assert len(shown) == 1 and shown[0].get_attribute("open") is not None
    assert len(cards(browser)) == min(size, 50)
    browser.get(server.url + "/questions")
    groups = browser.find_elements(By.CSS_SELECTOR, "details.category-group")

    # A link to one question opens its group and shows it.
    hidden = groups[-1].find_element(By.CSS_SELECTOR, "article.question")
    anchor = hidden.get_attribute("id")
    assert not hidden.is_displayed()
    browser.get(server.url + "/")
    browser.get(f"{server.url}/questions#{anchor}")
    wait.until(lambda driver: driver.find_element(By.ID, anchor).is_displayed())
