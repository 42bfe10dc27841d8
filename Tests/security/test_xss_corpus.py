"""Stored XSS: every payload of xss_payloads.txt, through every way text gets into Candor, must
come back as text, never as markup.

Ways in: every text field of every post form (found by crawling the site, so a new form is
covered without touching this file), the answer API interview mode's script uses, question
imports (Markdown, CSV, JSON; web upload and CLI) and a backup restored into a second server.
Then every page reachable by links from / is parsed and audited (see support.audit_html).

To keep the run short, short payloads travel together: a "unit" is up to ~190 characters of
payloads joined by spaces (escaping is per character, so a value that renders safely renders
each of its parts safely, and each part is still looked for raw in every page). Payloads with
control characters or line breaks, and long ones, travel alone. When a field refuses a unit,
each of its payloads is tried alone, so what is recorded is per payload and per field.

A payload refused by validation (a 4xx page) is a pass for that field, as long as the page
saying so shows it as text. Which fields took which payloads is printed by the form test and
written to Tests/security/artifacts/xss-summary.txt.
"""

from __future__ import annotations

import copy
import csv
import io
import json
import re
import threading
import time
import uuid
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from conftest import CandorServer, Client, plan_interview, run_cli
from support import Form, audit_html, inspect_page, parse_page, same_site_path

HERE = Path(__file__).resolve().parent
PAYLOAD_FILE = HERE / "xss_payloads.txt"
ARTIFACTS = HERE / "artifacts"
WORKERS = 3
BACKOFF = (0.3, 0.8, 1.5, 3.0)  # waits before sending again a request answered 5xx

UUID = re.compile(r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}")
# Forms that only delete, reorder or replace things: no text to store, and they would remove
# what the other forms stored.
SKIPPED_ACTIONS = re.compile(
    r"/(remove|delete|dismiss|drop|pin|unpin|up|down|replan|calendar-token|retire|restore)$|^/demo(/leave)?$|^/questions/import$")
SKIPPED_LINKS = ("/calendar", "/assets", "/healthz", "/questions/export")
SKIPPED_SUFFIXES = (".ics", ".csv", ".json", ".md", ".pdf")
QUERY_PAGES_PER_SHAPE = 6    # /questions?category=..., /agenda?from=...: a few of each
PAGES_PER_SHAPE = 60         # /people/:id etc.: more than there are units, fewer than all records
ACCEPTED = (200, 302, 303)
# Pages whose first GET plans the interview (writes): fetched one at a time, see get_patiently.
WRITING_PAGES = re.compile(r"/interviews/[^/]+/(plan|capture)")


# --- the corpus ---------------------------------------------------------------------


def decode(line: str) -> str:
    def one(match: re.Match) -> str:
        token = match.group(0)
        simple = {"\\n": "\n", "\\r": "\r", "\\t": "\t", "\\0": "\0", "\\\\": "\\"}
        return simple[token] if token in simple else chr(int(token[2:], 16))
    return re.sub(r"\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|[nrt0\\])", one, line)


def load_payloads(path: Path = PAYLOAD_FILE) -> list[str]:
    payloads = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        if raw.startswith("!long "):
            _, size, text = raw.split(" ", 2)
            text = decode(text)
            payloads.append((text * (int(size) // len(text) + 1))[: int(size)])
        else:
            payloads.append(decode(raw))
    return payloads


PAYLOADS = load_payloads()


@dataclass(frozen=True)
class Unit:
    number: int
    indices: tuple  # payload indices

    @property
    def text(self) -> str:
        return " ".join(PAYLOADS[i] for i in self.indices)


def make_units(budget: int = 190) -> list[Unit]:
    alone = [i for i, p in enumerate(PAYLOADS)
             if len(p) > 70 or re.search(r"[\x00-\x1f\x7f\u2028\u2029]", p) or p != p.strip()]
    packed, current, size = [], [], 0
    for i, payload in enumerate(PAYLOADS):
        if i in alone:
            continue
        if current and size + len(payload) + 1 > budget:
            packed.append(current)
            current, size = [], 0
        current.append(i)
        size += len(payload) + 1
    if current:
        packed.append(current)
    groups = packed + [[i] for i in alone]
    return [Unit(n, tuple(g)) for n, g in enumerate(groups)]


UNITS = make_units()
SUSPICIOUS = [p for p in PAYLOADS if "<" in p]


def shape(path: str) -> str:
    return UUID.sub(":id", path.split("#")[0].split("?")[0])


def path_of(url: str) -> str:
    match = re.match(r"https?://[^/]+(/[^#]*)?", url)
    return (match.group(1) or "/") if match else url


# --- crawling ---------------------------------------------------------------------------


@dataclass
class CrawlResult:
    pages: dict = field(default_factory=dict)      # path -> status
    problems: list = field(default_factory=list)   # "path: problem"
    forms: dict = field(default_factory=dict)      # (method, action shape) -> Form
    retried: list = field(default_factory=list)    # pages that answered 5xx and were fetched again


def get_patiently(client: Client, path: str, retried: list):
    """GET; a 5xx is retried (see BACKOFF). Pages that plan an interview on first sight collide on
    SQLite's write lock when fetched in parallel ("database is locked"): not this test's subject,
    but listed in the report."""
    response = client.get(path, allow_redirects=True)
    for delay in BACKOFF:
        if response.status_code < 500:
            break
        retried.append(f"GET {path}: HTTP {response.status_code}")
        time.sleep(delay)
        response = client.get(path, allow_redirects=True)
    return response


def crawl(server: CandorServer, payloads: list[str], allow=lambda path: True, per_shape: int = PAGES_PER_SHAPE,
          max_pages: int = 4000) -> CrawlResult:
    """GETs every same-site page reachable by links from /, audits each, collects post forms."""
    result = CrawlResult()
    local = threading.local()
    counts: dict = defaultdict(int)
    suspicious = [p for p in payloads if "<" in p]

    writing = threading.Lock()

    def fetch(path: str):
        if not hasattr(local, "client"):
            local.client = server.client()
        if WRITING_PAGES.match(path):  # these GETs write (the plan): one at a time
            with writing:
                return path, get_patiently(local.client, path, result.retried)
        return path, get_patiently(local.client, path, result.retried)

    seen = {"/"}
    frontier = ["/"]
    with ThreadPoolExecutor(WORKERS) as pool:
        while frontier and len(result.pages) < max_pages:
            next_frontier = []
            for path, response in pool.map(fetch, frontier):
                result.pages[path] = response.status_code
                if response.status_code >= 500:
                    result.problems.append(f"{path}: HTTP {response.status_code}")
                if "text/html" not in response.headers.get("Content-Type", ""):
                    continue
                page, problems = inspect_page(server.url + path, response.text, suspicious)
                result.problems += [f"{path}: {p}" for p in problems]
                for form in page.forms:
                    result.forms.setdefault((form.method, shape(path_of(form.action))), form)
                for link in page.links:
                    target = same_site_path(link.split("#")[0], server.url)
                    if not target or target in seen or target.startswith(SKIPPED_LINKS):
                        continue
                    if target.split("?")[0].endswith(SKIPPED_SUFFIXES) or "export" in target:
                        continue
                    if "?" in target:
                        keys = tuple(sorted(k.split("=")[0] for k in target.split("?", 1)[1].split("&")))
                        key, limit = (shape(target), keys), QUERY_PAGES_PER_SHAPE
                    else:
                        key, limit = shape(target), (per_shape if ":id" in shape(target) else 10**6)
                    if counts[key] >= limit or not allow(target):
                        continue
                    counts[key] += 1
                    seen.add(target)
                    next_frontier.append(target)
            frontier = next_frontier
    return result


# --- what each field accepted --------------------------------------------------------------


class Outcomes:
    def __init__(self) -> None:
        self.table: dict = defaultdict(dict)  # (way in, field) -> {payload index: outcome}
        self.whole: dict = defaultdict(set)   # (way in, field) -> numbers of the units stored whole
        self.fill_mode: dict = {}             # (way in, field) -> "bare" or "filled", see post_alone
        self.lock = threading.Lock()

    def record(self, way: str, name: str, index: int, outcome: str) -> None:
        with self.lock:
            if self.table[(way, name)].get(index) != "stored":
                self.table[(way, name)][index] = outcome

    def record_unit(self, way: str, name: str, unit: "Unit") -> None:
        for index in unit.indices:
            self.record(way, name, index, "stored")
        with self.lock:
            self.whole[(way, name)].add(unit.number)

    def strict(self, way: str, name: str) -> bool:
        """A field that refused the first three payloads it got and stored none."""
        with self.lock:
            outcomes = list(self.table.get((way, name), {}).values())
        return len(outcomes) >= 3 and "stored" not in outcomes

    def stored(self, way: str, name: str, index: int) -> bool:
        return self.table.get((way, name), {}).get(index) == "stored"

    def summary(self) -> str:
        lines = [f"{len(PAYLOADS)} payloads in {len(UNITS)} units; per field: payloads stored, and the "
                 "numbers of those refused (their order in xss_payloads.txt, from 1), by status"]
        for (way, name), outcomes in sorted(self.table.items()):
            stored = sum(1 for o in outcomes.values() if o == "stored")
            refused = defaultdict(list)
            for index, outcome in sorted(outcomes.items()):
                if outcome != "stored":
                    refused[outcome].append(index + 1)
            detail = "; ".join(f"{status}: {len(ids)} ({','.join(map(str, ids[:20]))}{'...' if len(ids) > 20 else ''})"
                               for status, ids in sorted(refused.items()))
            lines.append(f"{way} [{name}]: {stored}/{len(outcomes)} stored" + (f", refused {detail}" if detail else ""))
        return "\n".join(lines)


@dataclass
class Site:
    server: CandorServer
    interview_id: str
    baseline: CrawlResult
    outcomes: Outcomes = field(default_factory=Outcomes)
    problems: dict = field(default_factory=lambda: defaultdict(list))  # phase -> problems
    question_ids: set = field(default_factory=set)
    retried: list = field(default_factory=list)  # requests answered 5xx once and sent again


def few_question_pages(path: str) -> bool:
    """The starter bank has ~200 questions; a few of their pages show what they all do."""
    match = re.match(r"/questions/([^/?]+)/(edit|delete)", path)
    return not match or int(match.group(1)[:2], 16) < 12


@pytest.fixture(scope="module")
def site(server_factory) -> Site:
    server = server_factory()
    server.cli("demo", check=True)
    interview_id, _ = plan_interview(server)
    return Site(server, interview_id, crawl(server, [], allow=few_question_pages))


# --- storing through the forms ------------------------------------------------------------


class FormFiller:
    """Submits payloads through forms as a browser would; records what each text field did."""

    def __init__(self, site: Site, client: Client, phase: str) -> None:
        self.site = site
        self.client = client
        self.problems = site.problems[phase]

    def form_on(self, page: str, action_shape: str) -> Form | None:
        response = get_patiently(self.client, page, self.site.retried)
        self.audit(f"GET {page}", response, SUSPICIOUS)
        if response.status_code != 200:
            self.problems.append(f"GET {page}: HTTP {response.status_code}")
            return None
        for form in parse_page(self.client.url(page), response.text).forms:
            if form.method == "post" and shape(path_of(form.action)) == action_shape:
                return form
        return None

    def audit(self, what: str, response, payloads: list[str]) -> None:
        if response.status_code >= 500:
            self.problems.append(f"{what}: HTTP {response.status_code}")
        if "text/html" in response.headers.get("Content-Type", ""):
            problems = audit_html(response.text, [p for p in payloads if "<" in p])
            self.problems += [f"{what}: {p}" for p in problems]

    def post(self, form: Form, overrides: dict, indices, label: str):
        action = path_of(form.action).split("#")[0]
        response = self.client.post(action, form.defaults(overrides))
        for delay in BACKOFF:
            if response.status_code < 500:
                break
            # SQLite's write lock ("database is locked") under parallel posts: listed, retried.
            self.site.retried.append(f"POST {action}: HTTP {response.status_code}")
            time.sleep(delay)
            response = self.client.post(action, form.defaults(overrides))
        self.audit(f"POST {action} ({label}) with payloads {[i + 1 for i in indices]}", response,
                   [PAYLOADS[i] for i in indices])
        if response.status_code == 403:
            self.problems.append(f"POST {action}: 403: the well-behaved client was refused (token/origin?)")
        return response

    def submit(self, form: Form, unit: Unit, follow: bool = False, unless: str = "") -> list[str]:
        """Stores a unit through every text field of `form`, recording what each field did.

        One post fills every text field with the unit, except URL fields (which get it inside a
        URL) and fields that refused everything so far. When that post is refused, each field
        gets the unit alone, and when a field refuses the unit, each of its payloads alone.
        URL and strict fields get the bare payloads, one by one. Returns the Locations of the
        accepted posts; with follow=True, GETs and audits them (except the page `unless`, which
        the caller reads next anyway)."""
        way = f"POST {shape(path_of(form.action))}"
        fields = {}
        for f in form.text_fields:
            if f.name:
                fields.setdefault(field_key(f.name), f)  # answer-<id> fields: one of each kind
        outcomes = self.site.outcomes
        strict = {k for k in fields if outcomes.strict(way, k)}
        urls = {k for k, f in fields.items() if f.type == "url"} - strict
        together = [k for k in fields if k not in strict and k not in urls]
        locations = []
        alone = []
        if together:
            values = {fields[k].name: unit.text for k in together}
            values.update({fields[k].name: "https://example.com/?q=" + unit.text for k in urls})
            # Every field of a repeated kind (answer-<id>) gets the unit too.
            for f in form.text_fields:
                if f.name and field_key(f.name) in together:
                    values[f.name] = unit.text
            response = self.post(form, values, unit.indices, "text fields together")
            if response.status_code in ACCEPTED:
                for key in together:
                    outcomes.record_unit(way, key, unit)
                locations.append(response.headers.get("Location", ""))
            else:
                alone += together
        for key in alone:
            response = self.post_alone(form, fields, key, unit.text, unit.indices)
            if response.status_code in ACCEPTED:
                outcomes.record_unit(way, key, unit)
                locations.append(response.headers.get("Location", ""))
            elif len(unit.indices) == 1:
                outcomes.record(way, key, unit.indices[0], str(response.status_code))
            else:
                strict.add(key)
        for key in sorted(strict | urls):
            for index in unit.indices:
                response = self.post_alone(form, fields, key, PAYLOADS[index], (index,))
                outcome = "stored" if response.status_code in ACCEPTED else str(response.status_code)
                outcomes.record(way, key, index, outcome)
                if outcome == "stored":
                    locations.append(response.headers.get("Location", ""))
        if follow:
            for location in {loc for loc in locations if loc and path_of(loc).split("?")[0] != unless}:
                self.audit(f"GET {location} after unit {unit.number}",
                           get_patiently(self.client, location, self.site.retried), SUSPICIOUS)
        return locations


    def post_alone(self, form: Form, fields: dict, key: str, value: str, indices):
        """One field gets the value, the others what the form holds. A form may need its other
        text as well (a question needs its text): when a field's first lone post is refused, it
        is sent again with the other empty text fields filled in, and whichever way worked is
        used for that field from then on."""
        way = f"POST {shape(path_of(form.action))}"
        filled = {f.name: f"Plain {uuid.uuid4().hex[:8]}" for k, f in fields.items()
                  if k != key and f.type != "url" and not (f.value or "").strip()}
        filled[fields[key].name] = value
        mode = self.site.outcomes.fill_mode.get((way, key)) if len(filled) > 1 else "bare"
        if mode == "filled":
            return self.post(form, filled, indices, key + " (others filled)")
        response = self.post(form, {fields[key].name: value}, indices, key)
        if mode is None and response.status_code in ACCEPTED:
            self.site.outcomes.fill_mode[(way, key)] = "bare"
        elif mode is None and response.status_code == 422:
            response = self.post(form, filled, indices, key + " (others filled)")
            self.site.outcomes.fill_mode[(way, key)] = "filled" if response.status_code in ACCEPTED else "bare"
        return response


def field_key(name: str) -> str:
    return UUID.sub(":id", name)


def first_id(locations: list[str], prefix: str = "") -> str | None:
    for location in locations:
        match = re.search(re.escape(prefix) + r"(" + UUID.pattern + r")", location or "")
        if match:
            return match.group(1)
    return None


def retarget(form: Form, entity_id: str) -> Form:
    copied = copy.deepcopy(form)
    copied.action = UUID.sub(entity_id, copied.action)
    return copied


# Forms that make a record per unit, then the forms that change that record: so each unit
# stays stored in records of its own for the final crawl.
PER_UNIT = ["/companies", "/companies/:id/people", "/companies/:id/interviews", "/questions",
            "/companies/:id", "/companies/:id/offer", "/people/:id", "/interviews/:id", "/questions/:id"]


def store_one_unit(site: Site, templates: dict, unit: Unit) -> None:
    client = site.server.client()
    client.get("/companies/new")  # the cookie and token
    filler = FormFiller(site, client, "forms")
    ids: dict = {}
    if "/companies" in templates:
        ids["company"] = first_id(filler.submit(templates["/companies"], unit), "/companies/")
    company = ids.get("company")
    if not company and "/companies/:id/people" in templates:  # every try refused: a demo company
        company = first_id([templates["/companies/:id/people"].action])
    if company:
        form = filler.form_on(f"/companies/{company}/people/new", "/companies/:id/people")
        if form:
            filler.submit(form, unit)
        form = filler.form_on(f"/companies/{company}/interviews/new", "/companies/:id/interviews")
        if form:
            people = [v for f in form.fields if f.tag == "select" and f.name.endswith("Person") for v, _ in f.options if v]
            ids["person"] = people[0] if people else None
            ids["interview"] = first_id(filler.submit(form, unit), "/interviews/")
    if "/questions" in templates:
        ids["question"] = first_id(filler.submit(templates["/questions"], unit), "q-")
        if ids["question"]:
            with site.outcomes.lock:
                site.question_ids.add(ids["question"])
    updates = [("/companies/:id", "/companies/{}/edit", "company"), ("/companies/:id/offer", "/companies/{}/offer", "company"),
               ("/people/:id", "/people/{}/edit", "person"), ("/interviews/:id", "/interviews/{}/edit", "interview")]
    for action_shape, page, kind in updates:
        if action_shape in templates:
            entity = ids.get(kind)
            form = filler.form_on(page.format(entity), action_shape) if entity else templates[action_shape]
            if form:
                filler.submit(form, unit, follow=not entity)
    if "/questions/:id" in templates:
        question = ids.get("question")
        form = retarget(templates["/questions/:id"], question) if question else templates["/questions/:id"]
        filler.submit(form, unit, follow=not question)


def store_through_one_page(site: Site, page: str, shapes: list[str]) -> None:
    client = site.server.client()
    filler = FormFiller(site, client, "forms")
    for unit in UNITS:
        response = get_patiently(client, page, site.retried)
        filler.audit(f"GET {page} before unit {unit.number}", response, SUSPICIOUS)
        forms = {shape(path_of(f.action)): f for f in reversed(parse_page(client.url(page), response.text).forms)
                 if f.method == "post"}
        for action_shape in shapes:
            if action_shape not in forms:
                filler.problems.append(f"the form {action_shape} is no longer on {page}")
                continue
            filler.submit(forms[action_shape], unit, follow=True, unless=page)
    filler.audit(f"GET {page} after the last unit", get_patiently(client, page, site.retried), SUSPICIOUS)


@pytest.fixture(scope="module")
def forms_stored(site: Site) -> Site:
    started = time.monotonic()
    templates = {action_shape: form for (method, action_shape), form in site.baseline.forms.items()
                 if method == "post" and form.text_fields and not SKIPPED_ACTIONS.search(action_shape)}
    assert templates, "no post form with a text field was found by crawling from /"
    per_unit = {s: f for s, f in templates.items() if s in PER_UNIT}
    # Every other form (the profile, interview mode's forms, anything new) changes one record:
    # per page, each unit is posted, then the page is read again (which audits it) before the next.
    by_page: dict = defaultdict(list)
    for action_shape, form in templates.items():
        if action_shape not in PER_UNIT:
            by_page[path_of(form.page)].append(action_shape)
    with ThreadPoolExecutor(WORKERS + len(by_page)) as pool:
        jobs = [pool.submit(store_through_one_page, site, page, shapes) for page, shapes in sorted(by_page.items())]
        jobs += [pool.submit(store_one_unit, site, per_unit, unit) for unit in UNITS]
        for job in jobs:
            job.result()
    summary = site.outcomes.summary() + f"\n(forms: {time.monotonic() - started:.1f} s)"
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "xss-summary.txt").write_text(summary + "\n")
    print("\n" + summary)
    return site


# --- the answer API -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def api_stored(site: Site) -> Site:
    server = site.server
    client = server.client()
    client.get(f"/interviews/{site.interview_id}/capture")
    asks = server.cli_json("plan", site.interview_id, "--json")["asks"]
    versions = {a["id"]: a["version"] for a in asks}
    filler = FormFiller(site, client, "api")
    for number, unit in enumerate(UNITS):
        ask = asks[number % len(asks)]["id"]
        candidates = [unit.indices]  # refused together: each payload alone
        while candidates:
            indices = candidates.pop(0)
            text = " ".join(PAYLOADS[i] for i in indices)
            response = client.put_answer(ask, text, versions[ask])
            if response.status_code == 409:
                versions[ask] = response.json()["version"]
                response = client.put_answer(ask, text, versions[ask])
            if response.status_code == 200:
                versions[ask] = response.json()["version"]
                for index in indices:
                    site.outcomes.record("PUT /api/asks/:id/answer", "text", index, "stored")
                if indices == unit.indices:
                    site.outcomes.whole[("PUT /api/asks/:id/answer", "text")].add(unit.number)
            elif len(indices) > 1:
                candidates += [(i,) for i in indices]
            else:
                site.outcomes.record("PUT /api/asks/:id/answer", "text", indices[0], str(response.status_code))
            if response.status_code >= 500 or response.status_code == 403:
                filler.problems.append(f"PUT answer with payloads {[i + 1 for i in indices]}: HTTP {response.status_code}")
            if "application/json" not in response.headers.get("Content-Type", ""):
                filler.problems.append(f"PUT answer: answered {response.headers.get('Content-Type')}")
        if (number + 1) % len(asks) == 0 or number == len(UNITS) - 1:
            for page in (f"/interviews/{site.interview_id}/capture", f"/interviews/{site.interview_id}"):
                filler.audit(f"GET {page} after unit {unit.number}", client.get(page), SUSPICIOUS)
    return site


# --- question imports -------------------------------------------------------------------------


def import_files(tag: str, units: list[Unit]) -> dict[str, tuple[str, bytes]]:
    md = ["# Imported questions", ""]
    for unit in units:
        md += [f"## Imported {tag}", "", f"- {unit.text} [{tag}md{unit.number}]?", ""]
    rows = io.StringIO()
    writer = csv.writer(rows, lineterminator="\r\n")
    writer.writerow(["text", "category", "purpose"])
    for unit in units:
        writer.writerow([f"{unit.text} [{tag}csv{unit.number}]?", f"imported {tag}", unit.text])
    document = {"format": "candor-questions", "version": 1, "questions": [
        {"text": f"{unit.text} [{tag}json{unit.number}]?", "category": f"imported {tag}", "purpose": unit.text}
        for unit in units]}
    return {
        "md": ("questions.md", "\n".join(md).encode("utf-8")),
        "csv": ("questions.csv", rows.getvalue().encode("utf-8")),
        "json": ("questions.json", json.dumps(document).encode("utf-8")),
    }


@pytest.fixture(scope="module")
def imports_stored(site: Site, tmp_path_factory) -> Site:
    server = site.server
    client = server.client()
    client.get("/questions")
    filler = FormFiller(site, client, "imports")
    folder = tmp_path_factory.mktemp("imports")
    plain = [u for u in UNITS if "\0" not in u.text]
    with_nul = [u for u in UNITS if "\0" in u.text]  # a file with a NUL byte is refused whole
    for way, tag in (("web", "w"), ("cli", "c")):
        for group, units in (("", plain), ("nul", with_nul)):
            if not units:
                continue
            for fmt, (name, data) in import_files(tag + group, units).items():
                label = f"{way} import {fmt}{' (NUL bytes)' if group else ''}"
                if way == "web":
                    response = client.post("/questions/import", data={"format": fmt},
                                           files={"file": (name, data, "application/octet-stream")}, allow_redirects=True)
                    filler.audit(label, response, [PAYLOADS[i] for u in units for i in u.indices])
                    if response.status_code == 403 or response.status_code >= 500:
                        filler.problems.append(f"{label}: HTTP {response.status_code}")
                else:
                    path = folder / f"{group}{name}"
                    path.write_bytes(data)
                    result = server.cli("question", "import", path)
                    if result.returncode not in (0, 1):
                        filler.problems.append(f"{label}: exit {result.returncode}: {result.stderr[:300]}")
    texts = [q["text"] for q in server.cli_json("question", "list", "--json")]
    for way, tag in (("web", "w"), ("cli", "c")):
        for fmt in ("md", "csv", "json"):
            for unit in UNITS:
                group = "nul" if "\0" in unit.text else ""
                stored = any(f"[{tag}{group}{fmt}{unit.number}]" in text for text in texts)
                for index in unit.indices:
                    site.outcomes.record(f"{way} question import", fmt, index, "stored" if stored else "not imported")
    return site


# --- the final crawl -------------------------------------------------------------------------


def question_pages_worth_visiting(server: CandorServer, known: set) -> set[str]:
    """Question edit/delete pages: the questions in `known`, one per distinct imported or
    restored content (the same text renders the same), and a couple of starter questions."""
    keep = set(known)
    seen = set()
    starters = 0
    for q in server.cli_json("question", "list", "--json"):
        key = (re.sub(r"\s*\[[a-z]+\d+\]\?$", "", q["text"]), q["category"], q.get("purpose"))
        if q.get("origin") == "starter" and starters < 2:
            keep.add(q["id"])
            starters += 1
        elif key not in seen and re.search(r"\[[a-z]+\d+\]\?$", q["text"]):
            keep.add(q["id"])
        seen.add(key)
    return {i.upper() for i in keep}


def question_pages_in(keep: set):
    def allow(path: str) -> bool:
        match = re.match(r"/questions/([^/?]+)/(edit|delete)", path)
        return not match or match.group(1).upper() in keep
    return allow


@pytest.fixture(scope="module")
def final_crawl(forms_stored: Site, api_stored: Site, imports_stored: Site) -> CrawlResult:
    site = forms_stored
    started = time.monotonic()
    result = crawl(site.server, PAYLOADS, allow=question_pages_in(question_pages_worth_visiting(site.server, site.question_ids)))
    print(f"\nfinal crawl: {len(result.pages)} pages in {time.monotonic() - started:.1f} s")
    site.retried += result.retried
    return result


# --- the backup -------------------------------------------------------------------------------


def new_id() -> str:
    return str(uuid.uuid4()).upper()


def payload_backup(base: dict, outcomes: Outcomes, only_accepted: bool) -> dict:
    """The demo backup plus, per unit, a company, a person, an interview, a question and an
    answer carrying it. With only_accepted, a field gets the unit if the web stored it whole in
    the same field, else one of its payloads the web stored there, else a plain value."""
    backup = copy.deepcopy(base)
    company0, person0 = backup["companies"][0], backup["people"][0]
    interview0 = next(i for i in backup["interviews"] if i["participants"])
    ask0 = next(a for a in backup["asks"] if a.get("answer"))
    question0 = next(q for q in backup["questions"] if not q.get("special"))

    for unit in UNITS:
        def value(way: str, name: str, plain: str) -> str:
            if not only_accepted or unit.number in outcomes.whole.get((way, name), ()):
                return unit.text
            kept = [PAYLOADS[i] for i in unit.indices if outcomes.stored(way, name, i)]
            return kept[0] if kept else plain

        n = unit.number
        company, person, interview, question, ask = (copy.deepcopy(x) for x in (company0, person0, interview0, question0, ask0))
        company.update(id=new_id(), name=value("POST /companies", "name", f"Backup company {n}") + f" b{n}",
                       roleTitle=value("POST /companies", "roleTitle", "Engineer"))
        for key in ("postingText", "notes", "concernNotes"):
            company[key] = value("POST /companies", key, f"Plain {key}")
        person.update(id=new_id(), companyID=company["id"],
                      name=value("POST /companies/:id/people", "name", f"Backup person {n}"),
                      title=value("POST /companies/:id/people", "title", "Title"),
                      notes=value("POST /companies/:id/people", "notes", "Plain notes"))
        interview.update(id=new_id(), companyID=company["id"], companyName=company["name"],
                         location=value("POST /companies/:id/interviews", "location", "Room 1"),
                         notes=value("POST /companies/:id/interviews", "notes", "Plain notes"),
                         participants=[{"name": person["name"], "personID": person["id"], "position": 0,
                                        "roleKind": person["roleKind"], "title": person.get("title")}])
        question.update(id=new_id(), starterKey=None, origin="own",
                        text=value("POST /questions", "text", f"Backup question {n}") + f" [bk{n}]?",
                        category=value("POST /questions", "category", "backup"),
                        purpose=value("POST /questions", "purpose", "Plain purpose"))
        ask.update(id=new_id(), interviewID=interview["id"], personID=person["id"], questionID=question["id"],
                   questionText=question["text"], answer=value("PUT /api/asks/:id/answer", "text", "Plain answer"),
                   dismissedThemes=[])
        backup["companies"].append(company)
        backup["people"].append(person)
        backup["interviews"].append(interview)
        backup["questions"].append(question)
        backup["asks"].append(ask)
    return backup


@pytest.fixture(scope="module")
def backup_site(forms_stored: Site, api_stored: Site, server_factory, tmp_path_factory) -> tuple[CandorServer, str, list]:
    folder = tmp_path_factory.mktemp("backup")
    source = folder / "demo" / "candor.sqlite"
    run_cli("demo", db=source, check=True)
    run_cli("export", "--json", "--output", folder / "demo.json", db=source, check=True)
    base = json.loads((folder / "demo.json").read_text())
    notes = []
    for only_accepted in (False, True):
        which = "accepted" if only_accepted else "everything"
        db = folder / which / "candor.sqlite"
        path = folder / f"backup-{which}.json"
        path.write_text(json.dumps(payload_backup(base, forms_stored.outcomes, only_accepted)))
        result = run_cli("import-backup", path, db=db)
        notes.append(f"backup with {'the payloads the web stored' if only_accepted else 'every payload everywhere'}: "
                     f"exit {result.returncode} {(result.stdout + result.stderr).strip()[:300]}")
        if result.returncode == 0:
            return server_factory(db_path=db), which, notes
    pytest.fail("no payload backup could be restored:\n" + "\n".join(notes), pytrace=False)


# --- tests --------------------------------------------------------------------------------------


def test_corpus_covers_every_kind_of_payload() -> None:
    assert len(PAYLOADS) >= 40, len(PAYLOADS)
    assert len(set(PAYLOADS)) == len(PAYLOADS), "duplicate payloads"
    features = {
        "script tag": "<script", "double quote": '"', "single quote": "'", "backtick": "`", "event handler": "onerror",
        "javascript: URL": "javascript:", "data: URL": "data:", "vbscript: URL": "vbscript:", "svg": "<svg",
        "MathML": "<math", "iframe": "<iframe", "img onerror": "<img src=x onerror", "</textarea>": "</textarea>",
        "</title>": "</title>", "template": "<template", "CSS": "style=", "HTML entity": "&#", "U+2028": "\u2028",
        "U+2029": "\u2029", "U+202E": "\u202e", "NUL": "\0",
    }
    missing = [name for name, needle in features.items() if not any(needle in p.lower() or needle in p for p in PAYLOADS)]
    assert not missing, f"no payload with: {missing}"
    assert any(len(p) >= 10_000 for p in PAYLOADS), "no very long payload"
    assert sorted(i for u in UNITS for i in u.indices) == list(range(len(PAYLOADS))), "units lose payloads"


def test_the_audit_finds_injected_markup() -> None:
    """The audit can fail: each kind of injected markup is found, escaped text is not."""
    injected = [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '<a href=" jaVa\tscript:alert(1)">x</a>',
        '<a href="&#106;avascript:alert(1)">x</a>', "<svg onload=alert(1)>", "<svg><g></g></svg>", "<iframe src=x>",
        '<meta http-equiv="Refresh" content="0;url=x">', "<base href=//evil.example/>", "<math><mi>x</mi></math>",
        "<object data=x>", "<embed src=x>", '<form action="data:text/html,x"></form>', '<button formaction="vbscript:x">',
        '<svg class="theme-chart"><a xlink:href="javascript:x">x</a></svg>', "<div onmouseover=x>", "<img src=/ok.png>",
        '<script src="https://evil.example/x.js"></script>', "<p style=\"background:url('javascript:x')\">x</p>",
    ]
    missed = [snippet for snippet in injected if not audit_html(f"<main><p>text</p>{snippet}</main>")]
    assert not missed, f"the audit missed: {missed}"
    clean = ('<head><meta charset="utf-8"/><meta name="csrf-token" content="abc"/>'
             '<link rel="stylesheet" href="/assets/candor.css?v=1"/><script src="/assets/candor.js?v=1" defer></script>'
             '</head><body><svg class="theme-chart" role="img"><rect width="1" height="1"/></svg>'
             '<a href="/companies?x=javascript:1">x</a><p>&lt;script&gt;alert(1)&lt;/script&gt;</p>'
             '<textarea>&lt;/textarea&gt;&lt;img src=x onerror=alert(1)&gt;</textarea></body>')
    assert not audit_html(clean, ["<script>alert(1)</script>", "</textarea><img src=x onerror=alert(1)>"])
    assert audit_html("<p>x<b>y</b></p>", ["<b>y</b>"]), "a raw payload was not noticed"


def test_pages_pass_the_audit_before_any_payload(site: Site) -> None:
    """The audit itself: Candor's own pages (demo data) have no inline script, handler, etc."""
    assert len(site.baseline.pages) > 30, f"the crawl found only {len(site.baseline.pages)} pages"
    assert not site.baseline.problems, "\n".join(site.baseline.problems[:30])


def test_every_form_field_stores_payloads_as_text(forms_stored: Site) -> None:
    site = forms_stored
    table = site.outcomes.table
    form_ways = {way for way, _ in table if way.startswith("POST")}
    assert len(form_ways) >= 8, f"only {len(form_ways)} forms were exercised: {sorted(form_ways)}"
    never = [f"{way} [{name}]" for (way, name), o in table.items() if way.startswith("POST")
             and not any(v == "stored" for v in o.values())]
    assert len(never) < len(table) / 2, f"most fields stored no payload at all (is the client broken?): {never}"
    if site.retried:
        print(f"\n{len(site.retried)} requests answered 5xx at first (SQLite busy?), e.g. {site.retried[:3]}")
    problems = site.problems["forms"]
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems[:40])


def test_answer_api_stores_payloads_as_text(api_stored: Site) -> None:
    outcomes = api_stored.outcomes.table[("PUT /api/asks/:id/answer", "text")]
    assert sum(1 for o in outcomes.values() if o == "stored") >= len(PAYLOADS) // 2, outcomes
    problems = api_stored.problems["api"]
    assert not problems, "\n".join(problems[:40])


def test_question_imports_store_payloads_as_text(imports_stored: Site) -> None:
    table = imports_stored.outcomes.table
    for way in ("web question import", "cli question import"):
        for fmt in ("md", "csv", "json"):
            stored = sum(1 for o in table[(way, fmt)].values() if o == "stored")
            assert stored >= len(PAYLOADS) // 3, f"{way} {fmt}: only {stored} payloads imported"
    problems = imports_stored.problems["imports"]
    assert not problems, "\n".join(problems[:40])


def test_no_page_shows_a_payload_as_markup(final_crawl: CrawlResult) -> None:
    assert len(final_crawl.pages) > 150, f"the crawl found only {len(final_crawl.pages)} pages"
    print(f"\ncrawled {len(final_crawl.pages)} pages; answered 5xx at first: {len(final_crawl.retried)}")
    assert not final_crawl.problems, (f"{len(final_crawl.problems)} problems:\n" + "\n".join(final_crawl.problems[:40]))


def test_backup_payloads_are_served_as_text(backup_site) -> None:
    server, which, notes = backup_site
    print("\n" + "\n".join(notes))
    result = crawl(server, PAYLOADS, allow=question_pages_in(question_pages_worth_visiting(server, set())))
    companies = server.cli_json("company", "list", "--json")
    assert len(companies) >= len(UNITS), f"the restored backup has {len(companies)} companies"
    assert len(result.pages) > 100, f"the crawl found only {len(result.pages)} pages"
    assert not result.problems, f"{len(result.problems)} problems ({which} backup):\n" + "\n".join(result.problems[:40])
