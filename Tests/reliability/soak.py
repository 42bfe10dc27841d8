#!/usr/bin/env python3
"""Crash soak: acknowledged answers survive SIGKILL of `candor serve` and restarts of PostgreSQL.

Two writers save answers the ways a candidate does: one through the JSON API interview mode's
script uses (`PUT /api/asks/<id>/answer`), one through the no-JavaScript section form
(`POST /interviews/<id>/capture`). Each writer works like the page's script: one text at a time
per question, sent again until the server acknowledges it (200 or 303), never given up.

Modes (`--mode`):
  kill       SIGKILL `candor serve` at a random moment, `--rounds` times, restarting it each time.
  pg-restart restart PostgreSQL itself (immediate shutdown, i.e. a crash, then start) at a random
             moment while the same `candor serve` keeps running; it must reconnect by itself and
             answer "not saved" (503, JSON error) meanwhile.

After every round the database is read directly and checked:
  - every question holds exactly what was last acknowledged for it, at the acknowledged version,
    or the text that was in flight at that moment at the next version (sent, not yet answered);
  - no text is half-written: each text carries a checksum of itself, which must match;
  - SQLite: `PRAGMA integrity_check` is ok and `PRAGMA foreign_key_check` finds nothing.
It prints one summary line of figures and exits 1 on the first violation (with what was found).

Usage: soak.py --bin CANDOR --rounds N [--mode kill|pg-restart] [--database-url URL --pg-ctl CMD]
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import os
import random
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests

STARTUP_TIMEOUT = 60.0
WORDS = ("they said the team ships weekly and on-call is shared fairly; the manager grew two leads "
         "last year, but the roadmap changes often and nobody owns the billing service yet").split()


class Violation(Exception):
    """An acknowledged answer is missing, or the database is damaged."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_text(rng: random.Random, label: str) -> str:
    """A new answer that proves it is whole: its last word is a checksum of everything before.

    Never the same text twice (the label has a random part): the server rightly leaves an
    answer alone when the same text is sent again, which the ledger would count as a new version.
    """
    label = f"{label} {rng.getrandbits(64):016x}"
    size = rng.choice([1, 3, 10, 40, 200, 2000])
    lines = [" ".join(rng.choice(WORDS) for _ in range(min(size, 30))) for _ in range(max(1, size // 30))]
    body = f"{label} " + "\n".join(lines)
    return body + " #" + hashlib.sha256(body.encode()).hexdigest()[:16]


def is_whole(text: str) -> bool:
    body, _, digest = text.rpartition(" #")
    return hashlib.sha256(body.encode()).hexdigest()[:16] == digest


# ---------------------------------------------------------------- the database, read directly

class Database:
    """Reads answers from SQLite or PostgreSQL without going through Candor."""

    def __init__(self, sqlite_path: Path | None, url: str | None, psql: str | None):
        self.sqlite_path, self.url, self.psql = sqlite_path, url, psql

    def answers(self, ids: list[str]) -> dict[str, tuple[str | None, int]]:
        if self.sqlite_path:
            con = sqlite3.connect(f"file:{self.sqlite_path}?mode=ro", uri=True, timeout=30)
            try:
                rows = con.execute("SELECT id, answer, version FROM asks").fetchall()
            finally:
                con.close()
            # Fluent stores UUIDs as 16 bytes in SQLite.
            found = {(r[0].hex() if isinstance(r[0], bytes) else str(r[0])).replace("-", "").lower(): (r[1], r[2])
                     for r in rows}
        else:
            out = subprocess.run(
                [self.psql, "-X", "-A", "-t", "-F", "\t", self.url.split("?")[0], "-c",
                 "SELECT id, coalesce(encode(convert_to(answer, 'UTF8'), 'hex'), '-'), version FROM asks"],
                capture_output=True, text=True, check=True, timeout=60).stdout
            found = {}
            for line in out.splitlines():
                ask, answer, version = line.split("\t")
                found[ask.replace("-", "").lower()] = (None if answer == "-" else bytes.fromhex(answer).decode(), int(version))
        return {i: found[i.replace("-", "").lower()] for i in ids}

    def health(self) -> None:
        if not self.sqlite_path:
            return  # PostgreSQL checks its own pages (and has no integrity_check).
        con = sqlite3.connect(f"file:{self.sqlite_path}?mode=ro", uri=True, timeout=30)
        try:
            integrity = con.execute("PRAGMA integrity_check").fetchall()
            if integrity != [("ok",)]:
                raise Violation(f"PRAGMA integrity_check: {integrity[:5]}")
            orphans = con.execute("PRAGMA foreign_key_check").fetchall()
            if orphans:
                raise Violation(f"PRAGMA foreign_key_check: {orphans[:5]}")
        finally:
            con.close()


# ---------------------------------------------------------------- the server

class Server:
    def __init__(self, binary: str, db_args: list[str], workdir: Path):
        self.binary, self.db_args, self.workdir = binary, db_args, workdir
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None
        self.log = open(workdir / "serve.log", "ab")

    def cli(self, *args: str) -> str:
        return subprocess.run([self.binary, *args, *self.db_args], check=True, capture_output=True, text=True,
                              timeout=120).stdout

    def start(self) -> None:
        self.process = subprocess.Popen([self.binary, "serve", "--port", str(self.port), *self.db_args],
                                        stdout=self.log, stderr=self.log)
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise Violation(f"candor serve exited with {self.process.returncode} at start (see {self.workdir}/serve.log)")
            try:
                if requests.get(self.url + "/healthz", timeout=1).status_code == 200:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.02)
        raise Violation("candor serve did not answer /healthz in time")

    def kill(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait()

    def dump_threads(self) -> Path | None:
        """Every thread's stack of a running server, for a hang: where it waits is the diagnosis."""
        if not (self.process and self.process.poll() is None):
            return None
        out = self.workdir / "threads.txt"
        for debugger in (["gdb", "-batch", "-p", str(self.process.pid), "-ex", "thread apply all bt 30"],
                         ["lldb", "--batch", "-p", str(self.process.pid), "-o", "thread backtrace all"]):
            try:
                result = subprocess.run(debugger, capture_output=True, text=True, timeout=120)
            except (OSError, subprocess.TimeoutExpired):
                continue
            if result.returncode == 0:
                out.write_text(result.stdout)
                return out
        return None

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()


def page_session(url: str) -> tuple[requests.Session, str]:
    """A client with the session's anti-forgery cookie and token, as Candor's own pages have.

    Only a page that loaded sets the cookie (an error page while PostgreSQL is away does not),
    so it asks until one does, as a person would reload.
    """
    session = requests.Session()
    # While PostgreSQL restarts a page may also time out or the connection drop: that is a
    # reload too. Give up only after two minutes without one page.
    deadline = time.monotonic() + 120
    last = "no answer"
    while time.monotonic() < deadline:
        try:
            page = session.get(url + "/", timeout=10)
        except requests.RequestException as error:
            last = type(error).__name__
            time.sleep(0.2)
            continue
        if page.status_code == 200 and session.cookies.get("candor_csrf"):
            token = re.search(r'<meta name="csrf-token" content="([^"]+)"', page.text).group(1)
            session.headers.update({"Origin": url, "X-CSRF-Token": token})
            return session, token
        last = f"HTTP {page.status_code}"
        time.sleep(0.1)
    raise Violation(f"the home page did not load in 120 s: {last}")


# ---------------------------------------------------------------- the writers

class Ledger:
    """What the server acknowledged for each question, and what is in flight."""

    def __init__(self, asks: list[dict]):
        self.acked = {a["id"]: (a.get("answer"), a["version"]) for a in asks}
        self.pending: dict[str, str] = {}  # id -> text sent (maybe more than once), not yet acknowledged
        self.lock = threading.Lock()
        self.acks = 0
        self.refusals = 0          # 5xx "not saved" answers (PostgreSQL away)
        self.in_flight_at_fault = 0


class Writer(threading.Thread):
    """Saves one new text at a time per question until it is acknowledged."""

    def __init__(self, kind: str, server: Server, interview_id: str, ids: list[str], ledger: Ledger,
                 stop: threading.Event, seed: int, stop_on_error: bool):
        super().__init__(daemon=True)
        self.kind, self.server, self.interview_id, self.ids = kind, server, interview_id, ids
        self.ledger, self.stop_event, self.rng = ledger, stop, random.Random(seed)
        self.stop_on_error = stop_on_error
        self.busy = False
        self.error: Exception | None = None

    def run(self) -> None:
        try:
            session, token = page_session(self.server.url)
        except (requests.RequestException, Violation):
            if not self.stop_on_error:
                self.error = Violation("could not open a page to save from")
            return
        try:
            self.loop(session, token)
        except Violation as problem:
            self.error = problem
        finally:
            session.close()  # or every round would leave its connections open in the server

    def loop(self, session: requests.Session, token: str) -> None:
        n = 0
        while not self.stop_event.is_set():
            ask = self.ids[n % len(self.ids)]
            n += 1
            with self.ledger.lock:
                text = self.ledger.pending.get(ask)
                if text is None:
                    text = make_text(self.rng, f"{self.kind} {ask[:8]} {n}")
                    self.ledger.pending[ask] = text
                base = self.ledger.acked[ask][1]
            self.busy = True
            try:
                outcome = self.send(session, token, ask, text, base)
            except requests.RequestException:
                outcome = None
            finally:
                self.busy = False
            if outcome == "conflict":
                self.error = Violation(f"{self.kind} save of {ask} refused as a conflict, but no one else writes it")
                return
            if outcome is None:
                if self.stop_on_error:
                    return
                time.sleep(0.05)
                continue
            if outcome == "refused":
                with self.ledger.lock:
                    self.ledger.refusals += 1
                time.sleep(0.05)
                continue
            with self.ledger.lock:
                self.ledger.acked[ask] = (text, outcome)
                self.ledger.pending.pop(ask, None)
                self.ledger.acks += 1

    def send(self, session: requests.Session, token: str, ask: str, text: str, base: int):
        """The acknowledged version, "refused" for a 5xx, "conflict", or None (no answer)."""
        if self.kind == "api":
            r = session.put(f"{self.server.url}/api/asks/{ask}/answer", json={"text": text, "baseVersion": base},
                            timeout=10)
            if r.status_code == 200:
                return r.json()["version"]
            if r.status_code == 409:
                current = r.json()
                # Saved by this very request before an earlier reply was lost: acknowledged now.
                return current["version"] if current["text"] == text else "conflict"
        else:
            r = session.post(f"{self.server.url}/interviews/{self.interview_id}/capture",
                             data={"_csrf": token, f"answer-{ask}": text, f"version-{ask}": str(base)},
                             allow_redirects=False, timeout=10)
            if r.status_code == 303:
                return base + 1
            if r.status_code == 409:
                # The page shows the stored text; the harness asks the database which it is.
                stored, version = self.reconcile(ask)
                return version if stored == text else "conflict"
        if r.status_code >= 500:
            return "refused"
        raise Violation(f"{self.kind} save answered {r.status_code}: {r.text[:200]}")

    def reconcile(self, ask: str):
        return DB.answers([ask])[ask]


DB: Database


def check(ledger: Ledger, ids: list[str]) -> int:
    """Raises Violation unless every question holds its acknowledged or in-flight text."""
    DB.health()
    stored = DB.answers(ids)
    for ask in ids:
        answer, version = stored[ask]
        acked_text, acked_version = ledger.acked[ask]
        pending = ledger.pending.get(ask)
        if answer is not None and not is_whole(answer) and answer != acked_text:
            raise Violation(f"{ask}: half-written text {answer[:80]!r}")
        if (answer, version) == (acked_text, acked_version):
            continue
        if pending is not None and answer == pending and version == acked_version + 1:
            # Committed, but the reply never arrived: acknowledged from now on, as the page would.
            ledger.acked[ask] = (answer, version)
            del ledger.pending[ask]
            continue
        raise Violation(f"{ask}: holds version {version} {str(answer)[:60]!r}, "
                        f"but version {acked_version} {str(acked_text)[:60]!r} was acknowledged")
    return len(ids)


def setup(server: Server) -> tuple[str, list[dict]]:
    """The demo, plus a three-person panel tomorrow with its plan: the questions to answer."""
    server.cli("demo")
    tomorrow = (datetime.date.today() + datetime.timedelta(days=1)).isoformat()
    server.cli("interview", "add", "lumen", "--at", f"{tomorrow} 10:00", "--tz", "UTC", "--minutes", "60",
               "--question-minutes", "20", "--kind", "panel",
               "--with", "Ana Ruiz:engineer", "--with", "Priya Raman", "--with", "Sam Okafor")
    interviews = json.loads(server.cli("interview", "list", "--json"))
    panel = next(i for i in interviews if i["kind"] == "panel" and i["status"] == "scheduled")
    plan = json.loads(server.cli("plan", panel["id"], "--json"))
    return panel["id"], plan["asks"]


def main() -> int:
    global DB
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bin", required=True)
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument("--mode", choices=["kill", "pg-restart"], default="kill")
    parser.add_argument("--database-url")
    parser.add_argument("--psql", default="psql")
    parser.add_argument("--pg-restart-cmd", help="shell command that crashes and restarts PostgreSQL")
    parser.add_argument("--seed", type=int, default=20261206)
    parser.add_argument("--self-check", action="store_true",
                        help="prove the checks can fail: damage one acknowledged answer (SQLite) and expect a FAIL")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="candor-soak."))
    if args.database_url:
        db_args = ["--database-url", args.database_url]
        DB = Database(None, args.database_url, args.psql)
    else:
        db_args = ["--db", str(workdir / "soak.db")]
        DB = Database(workdir / "soak.db", None, None)
    if args.mode == "pg-restart" and not (args.database_url and args.pg_restart_cmd):
        parser.error("--mode pg-restart needs --database-url and --pg-restart-cmd")

    server = Server(args.bin, db_args, workdir)
    interview_id, asks = setup(server)
    for ask in asks:
        ask.setdefault("answer", None)
    ids = [a["id"] for a in asks]
    half = len(ids) // 2
    ledger = Ledger(asks)
    rng = random.Random(args.seed)
    checked = 0
    started = time.monotonic()
    server.start()
    try:
        for round_ in range(1, args.rounds + 1):
            if args.mode == "kill" and (server.process is None or server.process.poll() is not None):
                server.start()
            stop = threading.Event()
            writers = [Writer("api", server, interview_id, ids[:half], ledger, stop, rng.randrange(1 << 30),
                              stop_on_error=args.mode == "kill"),
                       Writer("form", server, interview_id, ids[half:], ledger, stop, rng.randrange(1 << 30),
                              stop_on_error=args.mode == "kill")]
            for w in writers:
                w.start()
            time.sleep(rng.uniform(0.05, 0.6))
            if any(w.busy for w in writers):
                ledger.in_flight_at_fault += 1
            if args.mode == "kill":
                server.kill()
            else:
                subprocess.run(args.pg_restart_cmd, shell=True, check=True, capture_output=True, timeout=120)
                # The same server keeps serving: writers go on until each has an acknowledgement again.
                time.sleep(rng.uniform(0.3, 1.0))
            stop.set()
            for w in writers:
                w.join(timeout=30)
                if w.error:
                    raise w.error
            checked += check(ledger, ids)
            if round_ % 50 == 0 or round_ == args.rounds:
                print(f"  round {round_}/{args.rounds}: {ledger.acks} saves acknowledged, "
                      f"{ledger.in_flight_at_fault} faults with a save in flight", flush=True)
        if args.self_check:
            server.kill()
            con = sqlite3.connect(DB.sqlite_path)
            con.execute("UPDATE asks SET answer = substr(answer, 1, 5) WHERE answer IS NOT NULL")
            con.commit()
            con.close()
            try:
                check(ledger, ids)
            except Violation as expected:
                print(f"self-check: a damaged answer is caught ({expected})")
                return 0
            print("self-check FAILED: a damaged answer went unnoticed", file=sys.stderr)
            return 1
        if args.mode == "pg-restart":
            # After the last restart a save must go through on its own, with no restart of Candor.
            session, _ = page_session(server.url)
            ask = ids[0]
            for _ in range(200):
                r = session.put(f"{server.url}/api/asks/{ask}/answer",
                                json={"text": "after the restarts", "baseVersion": ledger.acked[ask][1]}, timeout=10)
                if r.status_code == 200:
                    ledger.acked[ask] = ("after the restarts", r.json()["version"])
                    break
                time.sleep(0.1)
            else:
                raise Violation("candor serve did not reconnect to PostgreSQL by itself")
            checked += check(ledger, ids)
    except Violation as problem:
        print(f"FAIL after {time.monotonic() - started:.0f} s: {problem} (log: {workdir}/serve.log)", file=sys.stderr)
        if (threads := server.dump_threads()) is not None:
            print(f"  the server's threads when it failed: {threads}", file=sys.stderr)
        server.kill()
        return 1
    finally:
        server.stop()
    what = "kills of candor serve" if args.mode == "kill" else "PostgreSQL restarts"
    backend = "PostgreSQL" if args.database_url else "SQLite"
    integrity = "integrity_check ok after each" if not args.database_url else "every answer read back after each"
    print(f"soak ({backend}): {args.rounds} {what}, {ledger.acks} saves acknowledged "
          f"({ledger.refusals} refused as not saved meanwhile), {checked} answers checked, "
          f"{ledger.in_flight_at_fault} faults with a save in flight, {integrity}, "
          f"0 lost, 0 half-written, {time.monotonic() - started:.0f} s")
    if not args.database_url:
        import shutil
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
