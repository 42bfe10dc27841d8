"""Cross-site form posts against a Candor served off loopback, in real headless Chromium.

What this proves (SECURITY-CONTRACT.md, "Unsafe methods" and "Serving off loopback"):
`candor serve --host 10.77.0.2 --allow-remote-without-sign-in` runs inside a network
namespace this module creates (a veth pair, 10.77.0.1/30 on the host side, 10.77.0.2/30
inside; the next free /30 of 10.77.0.0/24 if that one is taken). A page served from another
origin (http://10.77.0.1:<free port>, from this process) makes Chromium post
`name=Evil Corp` to http://10.77.0.2:8080/companies in four ways:

  no_referrer_form   a top-level form on a page with <meta name="referrer" content="no-referrer">
                     (Chromium sends `Origin: null` and no Referer);
  sandboxed_iframe   an <iframe sandbox="allow-forms allow-scripts"> whose srcdoc submits the
                     same form (an opaque origin: `Origin: null`);
  no_cors_fetch      fetch(..., {mode: "no-cors", credentials: "include"}) with a
                     form-encoded body (the attacker's Origin);
  referer_form       a plain cross-origin form (the attacker's Origin and Referer).

The request really reaches Candor: a packet tap inside the namespace (an AF_PACKET socket on
the veth end, reading only) records what arrives on port 8080 and what Candor answers. The
test checks the POST with the attack's body and headers arrived, and that Candor answered it
403; the top-level forms also end on Candor's 403 page in the browser. Chromium runs with its
Private/Local Network Access checks off, so that it is the server, not the browser, that
refuses. After each attack `candor company list --json` has no "Evil Corp" and the same
companies as before.

A positive control posts the real form from Candor's own page
(http://10.77.0.2:8080/companies/new) in the same browser, and the company IS created.

Over plain http to a non-loopback address Chromium sends no Sec-Fetch-* headers, so these
attacks exercise Candor's Origin/Referer and token checks, not the Sec-Fetch-Site one.

Needs root and `ip` (iproute2), else skipped; Debian's chromium and chromium-driver; selenium.
Only loopback and the two veth addresses are ever contacted. The namespace, the veth pair
and every process started here are removed at teardown, failure or not.

Run: CANDOR_BIN=/path/to/candor python3 -m pytest Tests/security/test_cross_site_browser.py
"""

from __future__ import annotations

import html
import ipaddress
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable

import pytest
import requests
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

# Never let Selenium Manager fetch a driver or a browser: explicit paths only.
os.environ.setdefault("SE_OFFLINE", "true")
os.environ.setdefault("SE_AVOID_STATS", "true")

CANDOR_BIN = Path(os.environ.get("CANDOR_BIN", "/work/main/.build/debug/candor"))
CHROMIUM = os.environ.get("CHROMIUM_BIN", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
STARTUP_TIMEOUT = float(os.environ.get("CANDOR_STARTUP_TIMEOUT", "30"))

CANDOR_PORT = 8080
EVIL = "Evil Corp"
SUBNETS = ipaddress.ip_network("10.77.0.0/24")  # the first free /30 of it is used

# Chromium would otherwise block (or preflight) requests into private/local address space:
# we want the request to reach Candor, so that it is Candor that refuses it. One
# --disable-features flag only: Chromium honours the last one given.
DISABLED_FEATURES = ",".join([
    "PrivateNetworkAccessSendPreflights",
    "PrivateNetworkAccessRespectPreflightResults",
    "BlockInsecurePrivateNetworkRequests",
    "LocalNetworkAccessChecks",
])

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="network namespaces are Linux-only")


# --- network namespace ------------------------------------------------------------------


def _ip(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run(["ip", *args], capture_output=True, text=True, timeout=20)
    if check and result.returncode != 0:
        raise RuntimeError(f"`ip {' '.join(args)}` failed ({result.returncode}): {result.stderr.strip()}")
    return result


class Namespace:
    """A network namespace joined to the host by a veth pair carrying one /30."""

    def __init__(self) -> None:
        token = secrets.token_hex(3)
        self.name = f"candor-xsite-{token}"
        self.host_if = f"cx{token}h"  # interface names: 15 characters at most
        self.ns_if = f"cx{token}n"
        self.host_ip = ""
        self.ns_ip = ""
        self.created: list[str] = []

    def _free_subnet(self) -> ipaddress.IPv4Network:
        """The first /30 of SUBNETS that no address or route on this host overlaps."""
        text = _ip("-o", "-4", "addr", "show").stdout + _ip("-4", "route", "show", "table", "all").stdout
        used = [ipaddress.ip_network(match, strict=False)
                for match in re.findall(r"\b\d{1,3}(?:\.\d{1,3}){3}(?:/\d{1,2})?\b", text)]
        for net in SUBNETS.subnets(new_prefix=30):
            if not any(net.overlaps(other) for other in used if other.prefixlen > 0):
                return net
        pytest.skip(f"no free /30 left in {SUBNETS} on this host")

    def create(self) -> "Namespace":
        net = self._free_subnet()
        self.host_ip, self.ns_ip = (str(h) for h in net.hosts())
        _ip("netns", "add", self.name)
        self.created.append("netns")
        _ip("link", "add", self.host_if, "type", "veth", "peer", "name", self.ns_if)
        self.created.append("veth")
        _ip("link", "set", self.ns_if, "netns", self.name)
        _ip("addr", "add", f"{self.host_ip}/30", "dev", self.host_if)
        _ip("link", "set", self.host_if, "up")
        _ip("-n", self.name, "addr", "add", f"{self.ns_ip}/30", "dev", self.ns_if)
        _ip("-n", self.name, "link", "set", self.ns_if, "up")
        _ip("-n", self.name, "link", "set", "lo", "up")
        return self

    def command(self, *args: str) -> list[str]:
        """`args` run inside the namespace (`ip netns exec` execs it: the pid is the program's)."""
        return ["ip", "netns", "exec", self.name, *args]

    def destroy(self) -> None:
        if "netns" in self.created:
            _ip("netns", "del", self.name, check=False)
        if "veth" in self.created:
            # Deleting the namespace deletes the pair, but asynchronously: make sure it is gone.
            for _ in range(50):
                if _ip("link", "show", self.host_if, check=False).returncode != 0:
                    break
                _ip("link", "del", self.host_if, check=False)
                time.sleep(0.1)
        self.created.clear()


# --- what reaches Candor: a read-only packet tap on the namespace's veth end -----------------


TAP_SCRIPT = textwrap.dedent("""\
    # Reads (never sends) TCP segments on one interface to or from one port; writes one JSON
    # line per segment with a payload: direction, the client's port, the payload (latin-1).
    import json, socket, struct, sys
    iface, port, log = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    tap = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(0x0003))
    tap.bind((iface, 0))
    out = open(log, "a", buffering=1)
    out.write(json.dumps({"ready": True}) + "\\n")
    while True:
        frame = tap.recv(262144)
        if len(frame) < 34 or frame[12:14] != b"\\x08\\x00":
            continue
        ip = frame[14:]
        if ip[9] != 6:
            continue
        ip = ip[:struct.unpack("!H", ip[2:4])[0]]
        tcp = ip[(ip[0] & 0x0F) * 4:]
        source, destination = struct.unpack("!HH", tcp[:4])
        payload = tcp[(tcp[12] >> 4) * 4:]
        if payload and port in (source, destination):
            to_server = destination == port
            out.write(json.dumps({"to_server": to_server, "client": source if to_server else destination,
                                  "seq": struct.unpack("!I", tcp[4:8])[0],
                                  "data": payload.decode("latin-1")}) + "\\n")
""")


class Tap:
    def __init__(self, log: Path) -> None:
        self.log = log

    def segments(self) -> list[dict[str, Any]]:
        try:
            lines = self.log.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return []
        # A packet socket on a veth sees a segment once; a retransmission would repeat it.
        seen, segments = set(), []
        for line in lines:
            try:
                segment = json.loads(line)
            except json.JSONDecodeError:
                continue  # a blank line, or the last one while the tap is still writing it
            if "data" not in segment:
                continue
            key = (segment["to_server"], segment["client"], segment["seq"])
            if key not in seen:
                seen.add(key)
                segments.append(segment)
        return segments

    @property
    def ready(self) -> bool:
        return self.log.exists() and '"ready"' in self.log.read_text(encoding="utf-8")

    def exchanges(self, since: int = 0) -> list[dict[str, Any]]:
        """HTTP requests seen (from segment `since` on), each with the status Candor answered."""
        segments = self.segments()
        found = []
        for index in range(since, len(segments)):
            segment = segments[index]
            if not (segment["to_server"] and segment["data"].split(" ", 1)[0] in
                    ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")):
                continue
            later = [s for s in segments[index + 1:] if s["client"] == segment["client"]]
            # The request's body may come in the next segments, before the answer.
            raw = segment["data"]
            for other in later:
                if not other["to_server"]:
                    break
                raw += other["data"]
            head, _, body = raw.partition("\r\n\r\n")
            lines = head.split("\r\n")
            method, target = lines[0].split(" ")[:2]
            headers = {}
            for line in lines[1:]:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            status = next((int(s["data"].split(" ")[1]) for s in later
                           if not s["to_server"] and s["data"].startswith("HTTP/1.")), None)
            found.append({"method": method, "path": target, "headers": headers, "body": body,
                          "status": status, "segment": index})
        return found


# --- the attacker's site: another origin, on the host side ------------------------------------


def attack_page(kind: str, target: str) -> str:
    """The attacker's page for `kind`: it posts name=Evil Corp to `target`/companies at once."""
    action = html.escape(f"{target}/companies", quote=True)
    form = (f'<form method="post" action="{action}"><input name="name" value="{EVIL}"></form>'
            "<script>document.forms[0].submit()</script>")
    title = "<title>You won a prize</title>"
    if kind == "no_referrer_form":
        return (f'<!doctype html><html><head><meta name="referrer" content="no-referrer">{title}</head>'
                f"<body>{form}</body></html>")
    if kind == "referer_form":
        return f"<!doctype html><html><head>{title}</head><body>{form}</body></html>"
    if kind == "sandboxed_iframe":
        srcdoc = html.escape(f"<!doctype html><body>{form}</body>", quote=True)
        return (f"<!doctype html><html><head>{title}</head><body>"
                f'<iframe sandbox="allow-forms allow-scripts" srcdoc="{srcdoc}"></iframe></body></html>')
    if kind == "no_cors_fetch":
        return (f"<!doctype html><html><head>{title}</head><body><script>"
                f"fetch({json.dumps(target + '/companies')}, {{method: 'POST', mode: 'no-cors',"
                " credentials: 'include', headers: {'Content-Type': 'application/x-www-form-urlencoded'},"
                " body: 'name=Evil+Corp'})"
                ".then(() => { document.title = 'fetch done'; },"
                " (error) => { document.title = 'fetch failed: ' + error; });"
                "</script></body></html>")
    raise ValueError(kind)


class AttackerSite:
    """http://<host-side address>:<free port>; GET /<kind> is that attack on `target`."""

    def __init__(self, bind: str, target: str) -> None:
        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                try:
                    data, code = attack_page(self.path.strip("/"), target).encode(), 200
                except ValueError:
                    data, code = b"no such attack", 404
                self.send_response(code)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer((bind, 0), Handler)
        self.origin = f"http://{bind}:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def url(self, kind: str) -> str:
        return f"{self.origin}/{kind}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


# --- the lab: namespace, Candor, tap, attacker site, browser ---------------------------------


def _stop(process: subprocess.Popen | None) -> None:
    if process is None or process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _wait(what: str, condition: Callable[[], Any], timeout: float = 10,
          details: Callable[[], str] = lambda: "") -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}\n{details()}", pytrace=False)
        time.sleep(0.1)


class Lab:
    def __init__(self, ns: Namespace, workdir: Path) -> None:
        self.ns = ns
        self.workdir = workdir
        self.db = workdir / "candor.sqlite"
        self.candor_log = workdir / "candor.log"
        self.tap = Tap(workdir / "tap.jsonl")
        self.candor: subprocess.Popen | None = None
        self.tap_process: subprocess.Popen | None = None
        self.site: AttackerSite | None = None
        self.browser: webdriver.Chrome | None = None

    @property
    def candor_url(self) -> str:
        return f"http://{self.ns.ns_ip}:{CANDOR_PORT}"

    def cli(self, *args: str) -> subprocess.CompletedProcess:
        command = [str(CANDOR_BIN), *args, "--db", str(self.db)]
        result = subprocess.run(command, capture_output=True, text=True, timeout=60, cwd=self.workdir)
        if result.returncode != 0:
            pytest.fail(f"`{' '.join(command)}` exited with code {result.returncode}\n"
                        f"--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}", pytrace=False)
        return result

    def company_names(self) -> list[str]:
        # The db is a file: the CLI needs no network, so it need not join the namespace.
        result = self.cli("company", "list", "--json")
        try:
            return [company["name"] for company in json.loads(result.stdout)]
        except (json.JSONDecodeError, TypeError, KeyError) as error:
            pytest.fail(f"`candor company list --json` gave no list of companies ({error}):\n{result.stdout}",
                        pytrace=False)

    def log_tail(self) -> str:
        text = self.candor_log.read_text(errors="replace") if self.candor_log.exists() else ""
        return f"--- {self.candor_log}\n{text[-4000:]}"

    def start_tap(self) -> None:
        script = self.workdir / "tap.py"
        script.write_text(TAP_SCRIPT)
        with open(self.workdir / "tap.out", "ab") as out:
            self.tap_process = subprocess.Popen(
                self.ns.command(sys.executable, str(script), self.ns.ns_if, str(CANDOR_PORT), str(self.tap.log)),
                stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT, cwd=self.workdir)
        _wait("the packet tap to start", lambda: self.tap.ready or self.tap_process.poll() is not None)
        if self.tap_process.poll() is not None:
            pytest.fail(f"the packet tap exited: {(self.workdir / 'tap.out').read_text()}", pytrace=False)

    def start_candor(self) -> None:
        command = self.ns.command(
            str(CANDOR_BIN), "serve", "--db", str(self.db), "--host", self.ns.ns_ip,
            "--port", str(CANDOR_PORT), "--allow-remote-without-sign-in")
        with open(self.candor_log, "ab") as log:
            self.candor = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=log,
                                           stderr=subprocess.STDOUT, cwd=self.workdir)
        session = requests.Session()
        session.trust_env = False  # no proxy: straight to the veth address

        def healthy() -> bool:
            if self.candor.poll() is not None:
                pytest.fail(f"`candor serve` exited with code {self.candor.returncode}.\n{self.log_tail()}",
                            pytrace=False)
            try:
                return session.get(f"{self.candor_url}/healthz", timeout=2).status_code == 200
            except requests.RequestException:
                return False

        with session:
            _wait(f"`candor serve` to answer 200 on {self.candor_url}/healthz", healthy,
                  timeout=STARTUP_TIMEOUT, details=self.log_tail)

    def start_browser(self) -> None:
        for path, package in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
            if not os.access(path, os.X_OK):
                pytest.fail(f"{path} not found: apt-get install {package}", pytrace=False)
        options = Options()
        options.binary_location = CHROMIUM
        for argument in (
            "--headless=new",
            "--no-sandbox",  # we run as root; Chromium's sandbox refuses root
            "--disable-dev-shm-usage",
            "--window-size=1280,900",
            "--no-proxy-server",  # straight to the veth address, never through a proxy
            f"--disable-features={DISABLED_FEATURES}",
        ):
            options.add_argument(argument)
        self.browser = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
        self.browser.set_page_load_timeout(20)

    def close(self) -> None:
        problems = []
        for step in (
            lambda: self.browser and self.browser.quit(),
            lambda: self.site and self.site.close(),
            lambda: _stop(self.candor),
            lambda: _stop(self.tap_process),
            self.ns.destroy,  # last, and whatever failed before it
        ):
            try:
                step()
            except Exception as error:
                problems.append(repr(error))
        if problems:
            print("teardown problems:", *problems, sep="\n  ")


@pytest.fixture(scope="module")
def lab(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Lab:
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("needs root to create a network namespace and a veth pair")
    if shutil.which("ip") is None:
        pytest.skip("needs `ip` (apt-get install iproute2)")
    if not (CANDOR_BIN.is_file() and os.access(CANDOR_BIN, os.X_OK)):
        pytest.fail(f"CANDOR_BIN={CANDOR_BIN} is not an executable file (did `swift build` run?)", pytrace=False)

    lab = Lab(Namespace(), tmp_path_factory.mktemp("cross-site"))
    request.addfinalizer(lab.close)  # before anything is created: the cleanup always runs
    try:
        lab.ns.create()
    except RuntimeError as error:
        pytest.skip(f"cannot create a network namespace here: {error}")
    lab.cli("demo")
    lab.start_tap()
    lab.start_candor()
    lab.site = AttackerSite(lab.ns.host_ip, lab.candor_url)
    lab.start_browser()
    # The victim has used Candor in this browser (it holds Candor's cookie) before the
    # attacker's page is opened.
    lab.browser.get(lab.candor_url + "/")
    return lab


@pytest.fixture
def fresh(lab: Lab) -> Lab:
    lab.browser.get("about:blank")
    return lab


def _navigation_status(browser: webdriver.Chrome) -> int | None:
    """The HTTP status of the document the browser shows (0 if unknown)."""
    return browser.execute_script(
        "const e = performance.getEntriesByType('navigation')[0]; return e ? e.responseStatus : null;")


def _loaded(browser: webdriver.Chrome) -> bool:
    return browser.execute_script("return document.readyState") == "complete"


# --- the tests ---------------------------------------------------------------------------------


def test_same_origin_form_from_candor_creates_a_company(fresh: Lab) -> None:
    """The real thing: Candor's own form, posted from its own page, is accepted off loopback."""
    lab, browser = fresh, fresh.browser
    name = f"Legit Co {secrets.token_hex(3)}"
    before = lab.company_names()

    browser.get(lab.candor_url + "/companies/new")
    assert _navigation_status(browser) == 200
    form = browser.find_element(By.CSS_SELECTOR, 'form[action="/companies"]')
    form.find_element(By.NAME, "name").send_keys(name)
    form.find_element(By.CSS_SELECTOR, 'button[type="submit"], input[type="submit"]').click()
    WebDriverWait(browser, 10).until(lambda b: not b.current_url.endswith("/companies/new") and _loaded(b))

    status = _navigation_status(browser)
    body = browser.find_element(By.TAG_NAME, "body").text
    assert status == 200, f"the same-origin post ended on HTTP {status} at {browser.current_url}: {body[:500]!r}"
    after = lab.company_names()
    assert name in after, f"{name!r} was not created; companies now: {after}"
    assert len(after) == len(before) + 1


ATTACKS = ["no_referrer_form", "sandboxed_iframe", "no_cors_fetch", "referer_form"]


@pytest.mark.parametrize("kind", ATTACKS)
def test_cross_site_post_reaches_candor_is_refused_and_changes_nothing(fresh: Lab, kind: str) -> None:
    lab, browser = fresh, fresh.browser
    attacker, target = lab.site.origin, lab.candor_url + "/companies"
    before = lab.company_names()
    mark = len(lab.tap.segments())

    browser.get(lab.site.url(kind))

    # Candor received the attack's POST, with the attack's headers, and answered it.
    def answered_post() -> dict[str, Any] | None:
        posts = [x for x in lab.tap.exchanges(mark) if x["method"] == "POST" and x["path"] == "/companies"]
        return posts[0] if posts and posts[0]["status"] is not None else None

    exchange = _wait(f"Candor to receive and answer the {kind} POST", answered_post,
                     details=lambda: f"seen on port {CANDOR_PORT}: {lab.tap.exchanges(mark)}\n{lab.log_tail()}")
    headers = exchange["headers"]
    assert exchange["body"] == "name=Evil+Corp", exchange
    if kind in ("no_referrer_form", "sandboxed_iframe"):
        assert headers.get("origin") == "null", headers
    else:
        assert headers.get("origin") == attacker, headers
    if kind == "referer_form":
        assert headers.get("referer", "").startswith(attacker + "/"), headers
    if kind == "no_referrer_form":
        assert "referer" not in headers, headers
    assert headers.get("host") == f"{lab.ns.ns_ip}:{CANDOR_PORT}", headers
    assert exchange["status"] == 403, (
        f"{kind}: Candor answered HTTP {exchange['status']} to the cross-site POST (want 403); "
        f"it was sent with {headers}")

    if kind in ("no_referrer_form", "referer_form"):
        # The browser ends on Candor's 403 page.
        WebDriverWait(browser, 10).until(lambda b: b.current_url == target and _loaded(b))
        assert _navigation_status(browser) == 403
        assert browser.find_element(By.CSS_SELECTOR, '[role="alert"]').text.strip(), "the 403 page says why"
    if kind == "no_cors_fetch":
        # The response is opaque: the page learns nothing, but the browser did not block it.
        _wait("the fetch to settle", lambda: browser.title.startswith("fetch "))
        assert browser.title == "fetch done", browser.title

    after = lab.company_names()
    assert EVIL not in after, f"{EVIL!r} exists after the {kind} attack (it existed before it: {EVIL in before})"
    assert sorted(after) == sorted(before), f"{kind}: the companies changed: {before} -> {after}"
