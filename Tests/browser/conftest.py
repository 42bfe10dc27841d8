"""Harness for Candor's browser tests: pytest + Selenium 4 + headless Chromium.

Run from the repo root (scripts/test does this after `swift build`):

    CANDOR_BIN="$(swift build --show-bin-path)/candor" python3 -m pytest Tests/browser

Fixtures:
  candor_bin      Path of the built `candor` binary (env CANDOR_BIN).
  server          A running `candor serve` on a fresh SQLite db in a temp dir.
  server_factory  Starts more servers: server_factory(), or
                  server_factory(db_path=server.db_path) for a second server on
                  the same db, or server_factory(start=False) to start it later.
  browser         Headless Chromium (Debian's chromium + chromedriver).
  wait            WebDriverWait(browser, 10).

A server object has .url, .port, .db_path, .log_path, .process, .workdir and
stop() (SIGTERM + wait), kill() (SIGKILL), start() (again, same db and port),
restart(), cli(*args) (runs `candor <args> --db <db>`), log_text().

When a test fails, a screenshot, the page source and the server logs are saved
under Tests/browser/artifacts/ (emptied at the start of each run).

Environment overrides: CANDOR_BIN, CHROMIUM_BIN (default /usr/bin/chromium),
CHROMEDRIVER (default /usr/bin/chromedriver), CANDOR_STARTUP_TIMEOUT (60 s).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path
from typing import Any, Callable

import pytest
import requests
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait

HERE = Path(__file__).resolve().parent
ARTIFACTS = HERE / "artifacts"
CHROMIUM = os.environ.get("CHROMIUM_BIN", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
STARTUP_TIMEOUT = float(os.environ.get("CANDOR_STARTUP_TIMEOUT", "60"))
STOP_TIMEOUT = 15.0

# Never let Selenium Manager try to download a driver or browser: only Debian
# and PyPI are reachable. We always pass explicit paths, so it is not needed.
os.environ.setdefault("SE_OFFLINE", "true")
os.environ.setdefault("SE_AVOID_STATS", "true")

# Where the per-test list of servers is kept, for the failure artifacts.
SERVERS_KEY = pytest.StashKey[list]()


def own_page_session(server) -> requests.Session:
    """A client that changes things as Candor's own pages do: it opens a page first for the
    session's anti-forgery cookie and token, then sends `Origin` and `X-CSRF-Token` with every
    request (see CSRFMiddleware). A restarted server keeps accepting it: the token lives in
    the cookie, not in the server's memory."""
    session = requests.Session()
    page = session.get(server.url + "/", timeout=10)
    match = re.search(r'<meta name="csrf-token" content="([^"]+)"', page.text)
    assert match, "every page carries the session's token"
    session.headers.update({"Origin": server.url, "X-CSRF-Token": match.group(1)})
    return session


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class CandorServer:
    """One `candor serve` process on a SQLite db; can be stopped and restarted."""

    host = "127.0.0.1"

    def __init__(
        self,
        candor_bin: Path,
        workdir: Path,
        db_path: Path | None = None,
        port: int | None = None,
        extra_args: tuple[str, ...] = (),
        env: dict[str, str] | None = None,
    ) -> None:
        self.candor_bin = Path(candor_bin)
        self.workdir = Path(workdir)
        self.db_path = Path(db_path) if db_path else self.workdir / "candor.sqlite"
        self.port = port or free_port()
        self.url = f"http://{self.host}:{self.port}"
        self.log_path = self.workdir / "server.log"
        self.extra_args = tuple(extra_args)
        self.env = {**os.environ, **(env or {})}
        self.process: subprocess.Popen | None = None

    def __repr__(self) -> str:
        return f"<CandorServer {self.url} db={self.db_path} running={self.running}>"

    @property
    def command(self) -> list[str]:
        return [
            str(self.candor_bin), "serve",
            "--db", str(self.db_path),
            "--host", self.host,
            "--port", str(self.port),
            *self.extra_args,
        ]

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def start(self, timeout: float = STARTUP_TIMEOUT) -> "CandorServer":
        """Start the server (same db, same port) and wait for /healthz == 200."""
        if self.running:
            raise RuntimeError(f"{self!r} is already running")
        with open(self.log_path, "ab") as log:
            log.write(f"\n--- {time.strftime('%H:%M:%S')} start: {' '.join(self.command)}\n".encode())
            log.flush()
            self.process = subprocess.Popen(
                self.command,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=self.workdir,
                env=self.env,
            )
        self._wait_healthy(timeout)
        return self

    def _wait_healthy(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        last = "no answer yet"
        while True:
            code = self.process.poll()
            if code is not None:
                pytest.fail(
                    f"`candor serve` exited with code {code} before /healthz answered.\n"
                    f"{self.log_tail()}",
                    pytrace=False,
                )
            try:
                response = requests.get(self.url + "/healthz", timeout=2)
                if response.status_code == 200:
                    return
                last = f"HTTP {response.status_code}: {response.text[:200]!r}"
            except requests.RequestException as error:
                last = f"{type(error).__name__}: {error}"
            if time.monotonic() > deadline:
                self.kill()
                pytest.fail(
                    f"`candor serve` did not answer 200 on {self.url}/healthz within "
                    f"{timeout:.0f} s (last: {last}).\n{self.log_tail()}",
                    pytrace=False,
                )
            time.sleep(0.1)

    def stop(self, timeout: float = STOP_TIMEOUT) -> int | None:
        """SIGTERM and wait; SIGKILL if it does not exit in time. Returns the exit code."""
        if self.process is None:
            return None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.kill()
                pytest.fail(
                    f"`candor serve` ignored SIGTERM for {timeout:.0f} s and was killed.\n"
                    f"{self.log_tail()}",
                    pytrace=False,
                )
        return self.process.returncode

    def kill(self) -> int | None:
        """SIGKILL (a crash, as far as the app can tell) and wait."""
        if self.process is None:
            return None
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        return self.process.returncode

    def restart(self, timeout: float = STARTUP_TIMEOUT) -> "CandorServer":
        self.stop()
        return self.start(timeout)

    def cli(
        self,
        *args: Any,
        check: bool = False,
        input: str | None = None,
        timeout: float = 60,
        env: dict[str, str] | None = None,
    ) -> subprocess.CompletedProcess:
        """Run `candor <args> --db <this db>`; returns the CompletedProcess (text).

        `--db` goes last because it is an option of each subcommand. With
        check=True a non-zero exit fails the test, showing stdout and stderr.
        """
        command = [str(self.candor_bin), *map(str, args), "--db", str(self.db_path)]
        result = subprocess.run(
            command,
            input=input,
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=self.workdir,
            env={**self.env, **(env or {})},
        )
        if check and result.returncode != 0:
            pytest.fail(
                f"`{' '.join(command)}` exited with code {result.returncode}\n"
                f"--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}",
                pytrace=False,
            )
        return result

    def cli_json(self, *args: Any, **kwargs: Any) -> Any:
        """Run the CLI (which must succeed) and parse its stdout as JSON.

        Pass "--json" yourself, e.g. server.cli_json("company", "list", "--json").
        """
        result = self.cli(*args, check=True, **kwargs)
        try:
            return json.loads(result.stdout)
        except json.JSONDecodeError as error:
            pytest.fail(f"not JSON ({error}):\n{result.stdout}", pytrace=False)

    def log_text(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except FileNotFoundError:
            return ""

    def log_tail(self, lines: int = 80) -> str:
        tail = "\n".join(self.log_text().splitlines()[-lines:])
        return f"--- last {lines} lines of {self.log_path}\n{tail}"


# --- fixtures -----------------------------------------------------------------


@pytest.fixture(scope="session")
def candor_bin() -> Path:
    value = os.environ.get("CANDOR_BIN")
    if not value:
        pytest.fail(
            "CANDOR_BIN is not set: build first and point it at the binary, e.g.\n"
            '  CANDOR_BIN="$(swift build --show-bin-path)/candor" python3 -m pytest Tests/browser\n'
            "(scripts/test does this for you)",
            pytrace=False,
        )
    path = Path(value)
    if not path.is_file() or not os.access(path, os.X_OK):
        pytest.fail(f"CANDOR_BIN={value} is not an executable file (did `swift build` run?)", pytrace=False)
    return path


@pytest.fixture
def server_factory(
    request: pytest.FixtureRequest, candor_bin: Path, tmp_path_factory: pytest.TempPathFactory
) -> Callable[..., CandorServer]:
    """Returns start(db_path=None, port=None, start=True, extra_args=(), env=None).

    Each server gets its own temp dir (log, default db); all are stopped at teardown.
    """
    servers: list[CandorServer] = []
    request.node.stash[SERVERS_KEY] = servers

    def make(
        db_path: Path | None = None,
        port: int | None = None,
        start: bool = True,
        extra_args: tuple[str, ...] = (),
        env: dict[str, str] | None = None,
    ) -> CandorServer:
        workdir = tmp_path_factory.mktemp("candor")
        server = CandorServer(candor_bin, workdir, db_path=db_path, port=port, extra_args=extra_args, env=env)
        servers.append(server)
        if start:
            server.start()
        return server

    yield make

    for server in servers:
        if server.running:
            try:
                server.process.send_signal(signal.SIGTERM)
                server.process.wait(STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                server.kill()


@pytest.fixture
def server(server_factory: Callable[..., CandorServer]) -> CandorServer:
    return server_factory()


@pytest.fixture
def browser() -> webdriver.Chrome:
    for path, package in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        if not os.access(path, os.X_OK):
            pytest.fail(f"{path} not found: apt-get install {package} (scripts/test does)", pytrace=False)
    options = Options()
    options.binary_location = CHROMIUM
    for argument in (
        "--headless=new",
        "--no-sandbox",  # we run as root in CI; Chromium's sandbox refuses root
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
    ):
        options.add_argument(argument)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


@pytest.fixture
def wait(browser: webdriver.Chrome) -> WebDriverWait:
    return WebDriverWait(browser, 10)


# --- failure artifacts ----------------------------------------------------------


def pytest_sessionstart(session: pytest.Session) -> None:
    # Only the last run's failures: stale screenshots mislead.
    shutil.rmtree(ARTIFACTS, ignore_errors=True)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    report = yield
    # Runs before fixture teardown, so the browser and servers are still there.
    if report.failed and report.when in ("setup", "call"):
        saved = _save_artifacts(item)
        if saved:
            report.sections.append(("failure artifacts", "\n".join(str(p) for p in saved)))
    return report


def _save_artifacts(item: pytest.Item) -> list[Path]:
    stem = re.sub(r"[^\w.-]+", "_", item.nodeid).strip("_")
    saved: list[Path] = []
    driver = getattr(item, "funcargs", {}).get("browser")
    if driver is not None:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        try:
            path = ARTIFACTS / f"{stem}.png"
            driver.save_screenshot(str(path))
            saved.append(path)
            path = ARTIFACTS / f"{stem}.html"
            path.write_text(f"<!-- {driver.current_url} -->\n{driver.page_source}")
            saved.append(path)
        except Exception as error:  # the browser may be the thing that broke
            print(f"could not save browser artifacts for {item.nodeid}: {error}")
    for index, server in enumerate(item.stash.get(SERVERS_KEY, [])):
        if server.log_path.exists():
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            path = ARTIFACTS / f"{stem}.server{index}.log"
            shutil.copyfile(server.log_path, path)
            saved.append(path)
    return saved
