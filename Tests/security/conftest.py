"""Harness for Candor's security tests: pytest + requests, no browser.

Run from the repo root:

    CANDOR_BIN=/work/main/.build/debug/candor python3 -m pytest Tests/security

Fixtures:
  candor_bin      Path of the `candor` binary (env CANDOR_BIN, default .build/debug/candor).
  server_factory  Starts `candor serve` processes: server_factory(db_path=None, host=..., extra_args=()).
                  All are stopped at the end of the session.
  server          (module) A running `candor serve` on a fresh SQLite db in a folder that did not
                  exist before (serve creates it), on a free port, with `--allowed-host candor.test`
                  when the binary knows that option. `server.client()` gives a `Client`.
  planned         (module) A planned three-person interview tomorrow at the demo's Lumen Health
                  in `server`: (interview id, list of the plan's asks as dicts).
  cli             A function cli(*args, db=PATH, check=False, input=None) running `candor`.
  fresh_db        A path for a new SQLite db in a temp dir (nothing created yet).

A Client is a requests.Session that behaves like the browser would on Candor's own pages: it
GETs pages (keeping the `candor_csrf` cookie), reads the token from `<meta name="csrf-token">`,
and sends unsafe requests with `Origin: http://<host>` and the token (`_csrf` in forms,
`X-CSRF-Token` for JSON). Every knob can be turned off to forge a bad request.
"""

from __future__ import annotations

import datetime
import json
import os
import re
import signal
import socket
import subprocess
import time
from pathlib import Path
from typing import Any, Callable, Iterable

import pytest
import requests

DEFAULT_BIN = "/work/main/.build/debug/candor"
STARTUP_TIMEOUT = float(os.environ.get("CANDOR_STARTUP_TIMEOUT", "60"))
STOP_TIMEOUT = 15.0
REQUEST_TIMEOUT = 30
CSRF_COOKIE = "candor_csrf"
META_TOKEN = re.compile(
    r"""<meta\b(?=[^>]*\bname\s*=\s*["']?csrf-token["']?)[^>]*\bcontent\s*=\s*["']([^"']*)["']""", re.I
)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def candor_path() -> Path:
    return Path(os.environ.get("CANDOR_BIN") or DEFAULT_BIN)


def run_cli(
    *args: Any,
    db: Path | str | None = None,
    check: bool = False,
    input: str | bytes | None = None,
    timeout: float = 60,
    cwd: Path | str | None = None,
    text: bool = True,
) -> subprocess.CompletedProcess:
    """Runs `candor <args> [--db DB]` and returns the CompletedProcess.

    `--db` goes last: it is an option of each subcommand. check=True fails the test on a
    non-zero exit, showing both streams.
    """
    command = [str(candor_path()), *map(str, args)]
    if db is not None:
        command += ["--db", str(db)]
    result = subprocess.run(
        command, input=input, capture_output=True, text=text, timeout=timeout, cwd=cwd,
        **({"errors": "surrogateescape"} if text else {}),
    )
    if check and result.returncode != 0:
        pytest.fail(
            f"`{' '.join(command)}` exited with {result.returncode}\n"
            f"--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}",
            pytrace=False,
        )
    return result


def cli_json(*args: Any, db: Path | str, **kwargs: Any) -> Any:
    result = run_cli(*args, db=db, check=True, **kwargs)
    try:
        return json.loads(result.stdout)
    except json.JSONDecodeError as error:
        pytest.fail(f"`candor {' '.join(map(str, args))}` did not print JSON ({error}):\n{result.stdout}", pytrace=False)


class CandorServer:
    """One `candor serve` process on a SQLite db."""

    def __init__(
        self, workdir: Path, db_path: Path | None = None, host: str = "127.0.0.1", port: int | None = None,
        extra_args: Iterable[str] = (),
    ) -> None:
        self.workdir = Path(workdir)
        self.db_path = Path(db_path) if db_path else self.workdir / "candor.sqlite"
        self.host = host
        self.port = port or free_port()
        self.extra_args = tuple(extra_args)
        self.stdout_path = self.workdir / "server.out"
        self.stderr_path = self.workdir / "server.err"
        self.process: subprocess.Popen | None = None
        self.allowed_host: str | None = None

    # The address clients use: loopback even when the server listens on 0.0.0.0.
    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def netloc(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def origin(self) -> str:
        return self.url

    @property
    def command(self) -> list[str]:
        return [str(candor_path()), "serve", "--db", str(self.db_path), "--host", self.host,
                "--port", str(self.port), *self.extra_args]

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def start(self, timeout: float = STARTUP_TIMEOUT) -> "CandorServer":
        self.process = subprocess.Popen(
            self.command, stdin=subprocess.DEVNULL,
            stdout=open(self.stdout_path, "ab"), stderr=open(self.stderr_path, "ab"), cwd=self.workdir,
        )
        deadline = time.monotonic() + timeout
        last = "no answer yet"
        while True:
            code = self.process.poll()
            if code is not None:
                raise ServerDidNotStart(code, self.log_tail())
            try:
                response = requests.get(self.url + "/healthz", timeout=2)
                if response.status_code == 200:
                    return self
                last = f"HTTP {response.status_code}"
            except requests.RequestException as error:
                last = type(error).__name__
            if time.monotonic() > deadline:
                self.kill()
                raise ServerDidNotStart(None, f"no 200 from /healthz in {timeout:.0f}s (last: {last})\n{self.log_tail()}")
            time.sleep(0.05)

    def stop(self) -> int | None:
        if self.process is None:
            return None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                self.kill()
        return self.process.returncode

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def cli(self, *args: Any, **kwargs: Any) -> subprocess.CompletedProcess:
        return run_cli(*args, db=self.db_path, cwd=self.workdir, **kwargs)

    def cli_json(self, *args: Any, **kwargs: Any) -> Any:
        return cli_json(*args, db=self.db_path, **kwargs)

    def client(self, host: str | None = None) -> "Client":
        return Client(self, host=host)

    def log_tail(self, lines: int = 40) -> str:
        def tail(path: Path) -> str:
            try:
                return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
            except FileNotFoundError:
                return ""
        return f"--- {self.stdout_path}\n{tail(self.stdout_path)}\n--- {self.stderr_path}\n{tail(self.stderr_path)}"


class ServerDidNotStart(Exception):
    def __init__(self, code: int | None, detail: str) -> None:
        super().__init__(f"`candor serve` did not start (exit code {code}):\n{detail}")
        self.code = code
        self.detail = detail


class Client:
    """A browser-like HTTP client for one server; see the module docstring."""

    def __init__(self, server: CandorServer, host: str | None = None) -> None:
        self.server = server
        self.session = requests.Session()
        self.host = host  # a Host header to send instead of 127.0.0.1:PORT
        self.token: str | None = None

    @property
    def origin(self) -> str:
        return f"http://{self.host}" if self.host else self.server.origin

    def url(self, path: str) -> str:
        return path if path.startswith("http") else self.server.url + path

    def _headers(self, headers: dict | None) -> dict:
        merged = {"Host": self.host} if self.host else {}
        merged.update(headers or {})
        return merged

    def learn(self, response: requests.Response) -> None:
        if "html" in response.headers.get("Content-Type", ""):
            match = META_TOKEN.search(response.text)
            if match and match.group(1):
                self.token = match.group(1)

    def get(self, path: str, headers: dict | None = None, allow_redirects: bool = True, **kwargs: Any) -> requests.Response:
        response = self.session.get(self.url(path), headers=self._headers(headers), allow_redirects=allow_redirects,
                                    timeout=REQUEST_TIMEOUT, **kwargs)
        self.learn(response)
        return response

    def csrf_token(self) -> str:
        """The token the pages carry (GETs / first if no page was read yet), else the cookie."""
        if not self.token and not self.session.cookies.get(CSRF_COOKIE):
            self.get("/")
        return self.token or self.session.cookies.get(CSRF_COOKIE) or ""

    def unsafe_headers(self, headers: dict | None, origin: bool | str) -> dict:
        merged: dict = {}
        if origin is True:
            merged["Origin"] = self.origin
        elif isinstance(origin, str):
            merged["Origin"] = origin
        merged.update(headers or {})
        return merged

    def post(
        self, path: str, data: Any = None, files: Any = None, headers: dict | None = None,
        csrf: bool | str = True, origin: bool | str = True, allow_redirects: bool = False, **kwargs: Any,
    ) -> requests.Response:
        """POSTs a form. data: dict or list of (name, value); csrf: True (the page's token), False
        (none) or a string to send instead; origin: True (ours), False (no header) or a string."""
        fields = list(data.items()) if isinstance(data, dict) else list(data or [])
        if csrf is True:
            fields.append(("_csrf", self.csrf_token()))
        elif isinstance(csrf, str):
            fields.append(("_csrf", csrf))
        response = self.session.post(
            self.url(path), data=fields, files=files, headers=self._headers(self.unsafe_headers(headers, origin)),
            allow_redirects=allow_redirects, timeout=REQUEST_TIMEOUT, **kwargs,
        )
        self.learn(response)
        return response

    def request_json(
        self, method: str, path: str, body: Any, headers: dict | None = None, csrf: bool | str = True,
        origin: bool | str = True,
    ) -> requests.Response:
        extra = {"Content-Type": "application/json", "Accept": "application/json"}
        if csrf is True:
            extra["X-CSRF-Token"] = self.csrf_token()
        elif isinstance(csrf, str):
            extra["X-CSRF-Token"] = csrf
        extra.update(headers or {})
        data = body if isinstance(body, (bytes, str)) else json.dumps(body)
        return self.session.request(
            method, self.url(path), data=data, headers=self._headers(self.unsafe_headers(extra, origin)),
            allow_redirects=False, timeout=REQUEST_TIMEOUT,
        )

    def put_answer(self, ask_id: str, text: str, version: int, **kwargs: Any) -> requests.Response:
        """PUT /api/asks/<id>/answer as interview mode's script does ({"text", "baseVersion"});
        "version" is sent too, for an API that names it so."""
        return self.request_json("PUT", f"/api/asks/{ask_id}/answer",
                                 {"text": text, "baseVersion": version, "version": version}, **kwargs)


# --- fixtures -----------------------------------------------------------------


@pytest.fixture(scope="session")
def candor_bin() -> Path:
    path = candor_path()
    if not path.is_file() or not os.access(path, os.X_OK):
        pytest.fail(f"CANDOR_BIN={path} is not an executable file (build first: swift build)", pytrace=False)
    return path


@pytest.fixture(scope="session")
def server_factory(candor_bin: Path, tmp_path_factory: pytest.TempPathFactory) -> Callable[..., CandorServer]:
    servers: list[CandorServer] = []

    def make(db_path: Path | None = None, host: str = "127.0.0.1", extra_args: Iterable[str] = (),
             start: bool = True) -> CandorServer:
        server = CandorServer(tmp_path_factory.mktemp("candor"), db_path=db_path, host=host, extra_args=extra_args)
        servers.append(server)
        if start:
            try:
                server.start()
            except ServerDidNotStart as error:
                pytest.fail(str(error), pytrace=False)
        return server

    yield make
    for server in servers:
        server.stop()


@pytest.fixture(scope="module")
def server(candor_bin: Path, tmp_path_factory: pytest.TempPathFactory) -> CandorServer:
    """A server on a fresh db whose folder `serve` itself creates (see test_files_are_private),
    with the demo loaded (three companies, people, interviews, answers)."""
    workdir = tmp_path_factory.mktemp("candor")
    db_path = workdir / "data" / "candor.sqlite"
    server = CandorServer(workdir, db_path=db_path, extra_args=("--allowed-host", "candor.test"))
    try:
        server.start()
        server.allowed_host = "candor.test"
    except ServerDidNotStart:
        # A binary without --allowed-host: start without it (tests that need it say so).
        server = CandorServer(workdir, db_path=db_path, port=server.port)
        try:
            server.start()
        except ServerDidNotStart as error:
            pytest.fail(str(error), pytrace=False)
    server.cli("demo", check=True)
    yield server
    server.stop()


def plan_interview(server: CandorServer, company: str = "lumen", days: int = 1, hour: str = "10:00",
                   panel: Iterable[str] = ("Ana Ruiz:engineer", "Priya Raman", "Sam Okafor")) -> tuple[str, list[dict]]:
    """Adds a planned panel interview at `company` (which must exist) `days` from now; returns
    (interview id, its plan's asks)."""
    day = (datetime.date.today() + datetime.timedelta(days=days)).isoformat()
    before = {i["id"] for i in server.cli_json("interview", "list", "--json")}
    args = ["interview", "add", company, "--at", f"{day} {hour}", "--tz", "UTC", "--minutes", "60",
            "--question-minutes", "20", "--kind", "panel"]
    for person in panel:
        args += ["--with", person]
    server.cli(*args, check=True)
    new = [i for i in server.cli_json("interview", "list", "--json") if i["id"] not in before]
    assert len(new) == 1, new
    plan = server.cli_json("plan", new[0]["id"], "--json")
    return new[0]["id"], plan["asks"]


@pytest.fixture(scope="module")
def planned(server: CandorServer) -> tuple[str, list[dict]]:
    return plan_interview(server)


@pytest.fixture
def cli() -> Callable[..., subprocess.CompletedProcess]:
    return run_cli


@pytest.fixture
def fresh_db(tmp_path: Path) -> Path:
    return tmp_path / "fresh" / "candor.sqlite"
