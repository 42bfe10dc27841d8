#!/usr/bin/env python3
"""Imports are all or nothing, even when the process is killed in the middle.

Three ways in, each killed with SIGKILL at a random moment, `--kills` times:
  question      `candor question import FILE` (a CSV of new questions)
  backup        `candor import-backup FILE --replace` (a bigger backup over the demo)
  web           the question bank's import form (`POST /questions/import`), killing `candor serve`

Each round starts from a copy of the same database. Afterwards the database must hold the
whole file or none of it: its fingerprint (counts of every table plus the questions' texts)
must equal the one before the import or the one after an import left to finish, and
`PRAGMA integrity_check` must be ok. The moment of the kill is drawn between 0 and 1.2 times
how long an import takes when it is left alone, so that most kills land inside it.

Usage: import_kill.py --bin CANDOR [--kills N] [--only question|backup|web]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import random
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

TABLES = ["companies", "people", "interviews", "asks", "questions", "profiles", "offers", "gut_feelings"]


def fingerprint(db: Path) -> str:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    try:
        integrity = con.execute("PRAGMA integrity_check").fetchall()
        if integrity != [("ok",)]:
            raise SystemExit(f"FAIL: PRAGMA integrity_check: {integrity[:3]}")
        parts = []
        for table in TABLES:
            parts.append(f"{table}={con.execute(f'SELECT count(*) FROM {table}').fetchone()[0]}")
        texts = sorted(row[0] for row in con.execute("SELECT text FROM questions"))
        parts.append(hashlib.sha256("\n".join(texts).encode()).hexdigest()[:12])
        return " ".join(parts)
    finally:
        con.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(binary: str, *args: str) -> str:
    return subprocess.run([binary, *args], check=True, capture_output=True, text=True, timeout=300).stdout


class Case:
    """One way of importing: `start(db)` begins it and returns something `kill` can stop."""

    name = ""

    def __init__(self, binary: str, workdir: Path):
        self.binary, self.workdir = binary, workdir

    def begin(self, db: Path) -> subprocess.Popen:
        raise NotImplementedError

    def finish(self, process: subprocess.Popen) -> None:
        """Waits for an import that is left alone."""
        if process.wait(timeout=300) != 0:
            raise SystemExit(f"FAIL: the {self.name} import failed on its own: {process.stderr.read() if process.stderr else ''}")


class QuestionImport(Case):
    name = "question"

    def __init__(self, binary: str, workdir: Path, template: Path, count: int):
        super().__init__(binary, workdir)
        exported = workdir / "bank.csv"
        run(binary, "question", "export", "--db", str(template), "--format", "csv", "--output", str(exported))
        rows = list(csv.reader(exported.open()))
        self.file = workdir / "new-questions.csv"
        with self.file.open("w", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(rows[0])
            for i in range(count):
                row = list(rows[1 + i % (len(rows) - 1)])
                row[0] = f"Imported question {i}: {row[0]}"
                writer.writerow(row)

    def begin(self, db: Path) -> subprocess.Popen:
        return subprocess.Popen([self.binary, "question", "import", str(self.file), "--db", str(db)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


class BackupImport(Case):
    name = "backup"

    def __init__(self, binary: str, workdir: Path, questions: QuestionImport):
        super().__init__(binary, workdir)
        # A backup different from the database it replaces: the demo plus many more questions.
        source = workdir / "backup-source.db"
        run(binary, "demo", "--db", str(source))
        run(binary, "question", "import", str(questions.file), "--db", str(source))
        self.file = workdir / "backup.json"
        run(binary, "export", "--json", "--db", str(source), "--output", str(self.file))

    def begin(self, db: Path) -> subprocess.Popen:
        return subprocess.Popen([self.binary, "import-backup", str(self.file), "--replace", "--db", str(db)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


class WebImport(Case):
    """Posts the file to a running server; `kill` kills the server, wherever the import is."""

    name = "web"

    def __init__(self, binary: str, workdir: Path, questions: QuestionImport):
        super().__init__(binary, workdir)
        self.file = questions.file

    def begin(self, db: Path) -> subprocess.Popen:
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        server = subprocess.Popen([self.binary, "serve", "--db", str(db), "--port", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while True:
            try:
                if requests.get(url + "/healthz", timeout=1).status_code == 200:
                    break
            except requests.RequestException:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("FAIL: candor serve did not start")
                time.sleep(0.02)
        session = requests.Session()
        page = session.get(url + "/questions", timeout=10)
        token = re.search(r'<meta name="csrf-token" content="([^"]+)"', page.text).group(1)
        # The post runs in a child process so that the server can be killed while it is read.
        poster = subprocess.Popen([sys.executable, "-c", POSTER, url, token, session.cookies.get("candor_csrf"),
                                   str(self.file)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        server.poster = poster  # type: ignore[attr-defined]
        return server

    def finish(self, process: subprocess.Popen) -> None:
        if process.poster.wait(timeout=300) != 0:  # type: ignore[attr-defined]
            raise SystemExit("FAIL: the web import failed on its own")
        process.terminate()
        process.wait(timeout=30)


POSTER = r"""
import sys, requests
url, token, cookie, path = sys.argv[1:5]
r = requests.post(url + "/questions/import", headers={"Origin": url}, cookies={"candor_csrf": cookie},
                  data={"_csrf": token}, files={"file": ("questions.csv", open(path, "rb"), "text/csv")}, timeout=300)
sys.exit(0 if r.status_code == 200 else 1)
"""


def soak(case: Case, template: Path, kills: int, rng: random.Random) -> str:
    before = fingerprint(template)
    # How long an import takes, left alone, and what it leaves.
    db = case.workdir / f"{case.name}.db"
    shutil.copy(template, db)
    started = time.monotonic()
    process = case.begin(db)
    case.finish(process)
    duration = time.monotonic() - started
    after = fingerprint(db)
    if after == before:
        raise SystemExit(f"FAIL: the {case.name} import changed nothing; the test would prove nothing")
    outcomes = {"nothing": 0, "everything": 0}
    for round_ in range(kills):
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
        shutil.copy(template, db)
        process = case.begin(db)
        time.sleep(rng.uniform(0, duration * 1.2))
        process.send_signal(signal.SIGKILL)
        process.wait()
        if isinstance(case, WebImport):
            process.poster.kill()  # type: ignore[attr-defined]
            process.poster.wait()
        found = fingerprint(db)
        if found == before:
            outcomes["nothing"] += 1
        elif found == after:
            outcomes["everything"] += 1
        else:
            raise SystemExit(f"FAIL: {case.name} import killed in round {round_ + 1} left part of the file:\n"
                             f"  before: {before}\n  after:  {after}\n  found:  {found}")
    return (f"{case.name} import: {kills} kills in a {duration:.1f} s import, "
            f"{outcomes['nothing']} left nothing, {outcomes['everything']} everything, 0 a part")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bin", required=True)
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--questions", type=int, default=300, help="rows in the imported file")
    parser.add_argument("--only", choices=["question", "backup", "web"])
    parser.add_argument("--seed", type=int, default=20261206)
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="candor-import-kill."))
    template = workdir / "template.db"
    run(args.bin, "demo", "--db", str(template))
    questions = QuestionImport(args.bin, workdir, template, args.questions)
    cases = {"question": questions}
    if args.only in (None, "backup"):
        cases["backup"] = BackupImport(args.bin, workdir, questions)
    if args.only in (None, "web"):
        cases["web"] = WebImport(args.bin, workdir, questions)
    rng = random.Random(args.seed)
    for name, case in cases.items():
        if args.only and name != args.only:
            continue
        print(soak(case, template, args.kills, rng), flush=True)
    shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
