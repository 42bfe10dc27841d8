"""Every acknowledged answer survives a crash.

Writes answers in a loop through the same JSON API the page's autosave uses, while the
server is killed with SIGKILL at random moments and started again (at least 50 times).
Afterwards every answer the server acknowledged (HTTP 200) must be in the database, or a
later one sent for the same question, and SQLite's integrity check must pass.
"""

import random
import sqlite3
import threading
import time
import uuid

import requests

from conftest import own_page_session

from capture_setup import planned_panel

RESTARTS = 50


def test_acknowledged_answers_survive_sigkill(server):
    interview_id, asks = planned_panel(server)
    ask_ids = [ask["id"] for ask in asks]
    assert len(ask_ids) >= 6

    rng = random.Random(20261126)           # the killer's timing
    pick = random.Random(42)                # the writer's choices (its own, as it runs in a thread)
    version = {ask["id"]: ask["version"] for ask in asks}
    sent = {ask_id: [] for ask_id in ask_ids}       # every text sent, in order
    acknowledged = {}                               # ask id -> index in sent[ask id] of the last 200
    stop = threading.Event()
    counts = {"ok": 0, "conflict": 0, "failed": 0}

    def writer():
        n = 0
        session = own_page_session(server)
        while not stop.is_set():
            ask_id = pick.choice(ask_ids)
            n += 1
            text = f"answer {n} for {ask_id[:8]}: {uuid.uuid4()} — déjà vu ✓ שלום"
            sent[ask_id].append(text)
            try:
                response = session.put(
                    f"{server.url}/api/asks/{ask_id}/answer",
                    json={"text": text, "baseVersion": version[ask_id]},
                    timeout=5,
                )
            except requests.RequestException:
                counts["failed"] += 1
                time.sleep(0.02)
                continue
            if response.status_code == 200:
                version[ask_id] = response.json()["version"]
                acknowledged[ask_id] = len(sent[ask_id]) - 1
                counts["ok"] += 1
            elif response.status_code == 409:
                # A save that committed just before a crash, unacknowledged: take its version.
                version[ask_id] = response.json()["version"]
                counts["conflict"] += 1
            else:
                counts["failed"] += 1

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    try:
        for _ in range(RESTARTS):
            time.sleep(rng.uniform(0.05, 0.5))
            server.kill()
            server.start()
    finally:
        time.sleep(0.5)
        stop.set()
        thread.join(timeout=10)
    server.stop()

    assert counts["ok"] >= RESTARTS, f"too few acknowledged saves to mean anything: {counts}"

    db = sqlite3.connect(server.db_path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = dict(db.execute(
            "SELECT lower(id), answer FROM asks WHERE lower(interview_id) = lower(?)", (interview_id,)).fetchall())
    finally:
        db.close()

    for ask_id, index in acknowledged.items():
        answer = stored.get(ask_id.lower())
        assert answer in sent[ask_id][index:], (
            f"acknowledged answer lost for {ask_id}: last acknowledged {sent[ask_id][index]!r}, stored {answer!r}")
