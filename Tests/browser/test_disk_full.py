"""A full disk loses nothing: the save is refused in plain words, the text stays, and it is
saved once there is room again.

The database lives on a small tmpfs made for the test (so this needs root, as CI runs it);
a filler file takes every free byte. Saving then fails in SQLite with SQLITE_FULL, which must
reach the person as "not saved: the disk is full" in interview mode (kept in the browser and
retried), in the no-JavaScript form (the typed text still in its box) and in the CLI (one
line, exit 1), while the database stays intact. Deleting the filler lets the page's pending
text through on its own.
"""

import os
import re
import sqlite3
import subprocess
import uuid

import pytest
import requests
from selenium.webdriver.support.ui import WebDriverWait

from capture_setup import planned_panel
from conftest import own_page_session
from test_capture import field, open_capture, state_of, stored_answers

pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="mounting a small file system needs root")


@pytest.fixture
def small_disk(tmp_path):
    mount = tmp_path / "disk"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m,mode=0700", "tmpfs", str(mount)], check=True)
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk):
    """Takes every free byte of the disk; returns the filler's path."""
    filler = disk / "filler"
    with open(filler, "wb", buffering=0) as out:
        for chunk in (1 << 16, 1 << 12, 1):
            try:
                while True:
                    out.write(b"\0" * chunk)
            except OSError:
                pass
    assert os.statvfs(disk).f_bavail == 0
    return filler


def empty_the_log(db_path):
    """Checkpoints the write-ahead log to zero bytes, so that the next write needs new space."""
    con = sqlite3.connect(db_path)
    try:
        assert con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0
    finally:
        con.close()


def integrity(db_path):
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        return con.execute("PRAGMA integrity_check").fetchall()
    finally:
        con.close()


def test_a_full_disk_keeps_the_text_everywhere_and_saves_it_once_there_is_room(small_disk, server_factory, browser):
    server = server_factory(db_path=small_disk / "candor.sqlite", start=False)
    interview_id, asks = planned_panel(server)
    server.start()
    first, second, third = asks[0]["id"], asks[1]["id"], asks[2]["id"]
    session = own_page_session(server)
    open_capture(browser, server, interview_id)

    empty_the_log(server.db_path)
    filler = fill(small_disk)

    # The JSON API interview mode saves through: 507 with one plain line.
    reply = session.put(f"{server.url}/api/asks/{first}/answer", json={"text": "said over the API", "baseVersion": 0})
    assert reply.status_code == 507, reply.text
    assert "the disk is full" in reply.json()["error"]

    # The no-JavaScript form: the page comes back with the typed text in its box.
    token = session.headers["X-CSRF-Token"]
    typed = f"typed without JavaScript {uuid.uuid4()}"
    page = session.post(f"{server.url}/interviews/{interview_id}/capture",
                        data={"_csrf": token, f"answer-{second}": typed, f"version-{second}": "0"}, allow_redirects=False)
    assert page.status_code == 507
    assert "the disk is full" in page.text
    assert typed in page.text

    # The command line: one line, exit 1.
    cli = server.cli("answer", interview_id, "--person", "Priya", "--question", "love", "--text", "said on the CLI")
    assert cli.returncode == 1
    assert cli.stderr.strip().count("\n") == 0 and "the disk is full" in cli.stderr, cli.stderr

    # Interview mode: the text is kept and the page says it is not saved and retried.
    in_page = f"typed in interview mode {uuid.uuid4()}"
    field(browser, third).send_keys(in_page)
    WebDriverWait(browser, 15).until(lambda b: state_of(b, third) == "offline")
    state_text = browser.find_element("css selector", f'[data-save-state][data-for="{third}"]').text
    assert "Not saved, retrying" in state_text and "disk is full" in state_text, state_text
    assert "disk is full" in browser.find_element("id", "save-banner").text

    assert integrity(server.db_path) == [("ok",)]
    assert stored_answers(server, interview_id).get(third.lower()) is None

    # Room again: the page's pending text goes through by itself.
    filler.unlink()
    WebDriverWait(browser, 20).until(lambda b: state_of(b, third) == "saved")
    assert stored_answers(server, interview_id)[third.lower()] == in_page
    assert integrity(server.db_path) == [("ok",)]
    # And the other ways in work again.
    assert session.put(f"{server.url}/api/asks/{first}/answer",
                       json={"text": "said over the API", "baseVersion": 0}).status_code == 200
