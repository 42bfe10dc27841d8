"""Helpers shared by the security tests: forms, links, markup audits, calendars, headers."""

from __future__ import annotations

import datetime
import re
import uuid
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Callable, Iterable
from urllib.parse import urljoin, urlsplit

# --- unique strings -------------------------------------------------------------


def marker(prefix: str = "mk") -> str:
    """A string that occurs nowhere else (letters and digits only)."""
    return f"{prefix}{uuid.uuid4().hex[:12]}"


def tomorrow(days: int = 1) -> str:
    return (datetime.date.today() + datetime.timedelta(days=days)).isoformat()


# --- security headers -----------------------------------------------------------

REQUIRED_HEADERS = ("Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy")
INTERNALS = ("DecodingError", "keyNotFound", "codingPath", "Swift.", "typeMismatch", "valueNotFound",
             "dataCorrupted", "CodingKeys", "Fatal error", "Stack trace", "Backtrace", "NIOCore", "Vapor.",
             "Abort.", ".swift:", "debugDescription")


def header_problems(response) -> list[str]:
    """What is missing or wrong among the security headers of a response."""
    problems = [f"no {name}" for name in REQUIRED_HEADERS if not response.headers.get(name)]
    if response.headers.get("X-Frame-Options", "").upper() not in ("", "DENY"):
        problems.append(f"X-Frame-Options is {response.headers['X-Frame-Options']!r}, not DENY")
    if response.headers.get("X-Content-Type-Options") and response.headers["X-Content-Type-Options"].lower() != "nosniff":
        problems.append(f"X-Content-Type-Options is {response.headers['X-Content-Type-Options']!r}")
    return problems


def internals_in(text: str) -> list[str]:
    return [word for word in INTERNALS if word in text]


# --- HTML parsing ---------------------------------------------------------------


@dataclass
class FormField:
    tag: str            # input, textarea, select, button
    name: str
    type: str = "text"  # for input/button; "textarea"/"select" otherwise
    value: str = ""
    checked: bool = False
    required: bool = False
    attrs: dict = field(default_factory=dict)
    options: list = field(default_factory=list)  # select: [(value, selected)]


@dataclass
class Form:
    action: str
    method: str
    enctype: str
    fields: list[FormField]
    page: str  # the page the form was found on

    TEXT_TYPES = ("text", "search", "url", "email", "tel", "")

    @property
    def text_fields(self) -> list[FormField]:
        return [f for f in self.fields if f.tag == "textarea" or (f.tag == "input" and f.type in self.TEXT_TYPES)]

    def defaults(self, overrides: dict[str, str] | None = None) -> list[tuple[str, str]]:
        """Values a person could submit as is: what the form holds, or a valid value for its type.
        `overrides` maps field names to values (used for every field of that name)."""
        overrides = overrides or {}
        data: list[tuple[str, str]] = []
        radios_done: set[str] = set()
        for f in self.fields:
            if not f.name or f.name == "_csrf":
                continue
            if f.name in overrides and not (f.tag == "input" and f.type in ("checkbox", "radio", "submit", "button")):
                data.append((f.name, overrides[f.name]))
                continue
            if f.tag == "select":
                # As a browser does: the selected option, else the first one.
                chosen = [v for v, selected in f.options if selected] or [v for v, _ in f.options] or [""]
                data.append((f.name, chosen[0]))
            elif f.tag == "textarea":
                data.append((f.name, f.value))
            elif f.type == "checkbox":
                if f.checked:
                    data.append((f.name, f.value or "on"))
            elif f.type == "radio":
                if f.name in radios_done:
                    continue
                group = [g for g in self.fields if g.type == "radio" and g.name == f.name]
                pick = next((g for g in group if g.checked), group[0])
                data.append((f.name, pick.value))
                radios_done.add(f.name)
            elif f.type in ("submit", "button", "image", "reset", "file"):
                continue
            else:
                data.append((f.name, f.value or valid_value(f)))
        return data


def valid_value(f: FormField) -> str:
    """A value that passes the browser's own checks for an empty field of this type."""
    kind = f.type
    if kind == "date":
        return tomorrow(3)
    if kind == "time":
        return "10:00"
    if kind == "datetime-local":
        return tomorrow(3) + "T10:00"
    if kind == "number":
        low = f.attrs.get("min")
        return low if low not in (None, "") else "1"
    if kind == "url":
        return "https://example.com/" if f.required else ""
    if kind == "email":
        return "someone@example.com" if f.required else ""
    return f"Valid {marker('v')}" if f.required else ""


class PageParser(HTMLParser):
    """Collects forms, links and the CSRF meta token of one page."""

    def __init__(self, page_url: str) -> None:
        super().__init__(convert_charrefs=True)
        self.page_url = page_url
        self.forms: list[Form] = []
        self.links: list[str] = []
        self._form: Form | None = None
        self._textarea: FormField | None = None
        self._select: FormField | None = None
        self._option: list | None = None

    def handle_starttag(self, tag: str, attrs_list) -> None:
        attrs = {k.lower(): (v if v is not None else "") for k, v in attrs_list}
        if tag == "a" and attrs.get("href"):
            self.links.append(urljoin(self.page_url, attrs["href"]))
        if tag == "form":
            self._form = Form(action=urljoin(self.page_url, attrs.get("action") or self.page_url),
                              method=(attrs.get("method") or "get").lower(),
                              enctype=(attrs.get("enctype") or "application/x-www-form-urlencoded").lower(),
                              fields=[], page=self.page_url)
            self.forms.append(self._form)
            return
        if self._form is None:
            return
        if tag == "input":
            self._form.fields.append(FormField(
                "input", attrs.get("name", ""), (attrs.get("type") or "text").lower(), attrs.get("value", ""),
                checked="checked" in attrs, required="required" in attrs, attrs=attrs))
        elif tag == "textarea":
            self._textarea = FormField("textarea", attrs.get("name", ""), "textarea", "", required="required" in attrs,
                                       attrs=attrs)
            self._form.fields.append(self._textarea)
        elif tag == "select":
            self._select = FormField("select", attrs.get("name", ""), "select", required="required" in attrs, attrs=attrs)
            self._form.fields.append(self._select)
        elif tag == "option" and self._select is not None:
            self._option = [attrs.get("value"), "selected" in attrs, ""]
            self._select.options.append(self._option)
        elif tag == "button":
            self._form.fields.append(FormField("button", attrs.get("name", ""), (attrs.get("type") or "submit").lower(),
                                               attrs.get("value", ""), attrs=attrs))

    def handle_startendtag(self, tag, attrs) -> None:
        self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        if self._textarea is not None:
            self._textarea.value += data
        if self._option is not None:
            self._option[2] += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._form = None
        elif tag == "textarea":
            self._textarea = None
        elif tag == "select":
            if self._select is not None:
                # An option without a value attribute submits its text.
                self._select.options = [(v if v is not None else text.strip(), sel) for v, sel, text in self._select.options]
            self._select = None
        elif tag == "option":
            self._option = None


def parse_page(url: str, html: str) -> PageParser:
    parser = PageParser(url)
    parser.feed(html)
    parser.close()
    return parser


def same_site_path(url: str, base: str) -> str | None:
    """The path+query of a link to the same server, without the fragment; None for other sites."""
    parts, home = urlsplit(url), urlsplit(base)
    if parts.scheme not in ("http", "https") or parts.netloc != home.netloc:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


# --- markup audit ---------------------------------------------------------------

DANGEROUS_SCHEMES = ("javascript:", "data:", "vbscript:")
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "xlink:href", "background", "poster", "srcdoc")
FORBIDDEN_ELEMENTS = ("svg", "math", "iframe", "object", "embed", "base", "img", "frame", "frameset", "applet",
                      "portal", "link", "style")
# Markup Candor itself writes: the compare page's chart is an <svg class="theme-chart">, the
# insight page's an <svg class="insight-chart">; the layout links its stylesheet from /assets/.
ALLOWED_SVG_CLASSES = {"theme-chart", "insight-chart"}


class MarkupAudit(HTMLParser):
    """Finds markup that could run script: see `audit_html`."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs_list) -> None:
        tag = tag.lower()
        attrs = [(k.lower(), v or "") for k, v in attrs_list]
        values = dict(attrs)
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag}> has an event handler attribute {name}={value[:60]!r}")
            if name in URL_ATTRIBUTES:
                squeezed = re.sub(r"[\x00-\x20\x7f]+", "", value).lower()
                if squeezed.startswith(DANGEROUS_SCHEMES):
                    self.problems.append(f"<{tag}> has {name}={value[:80]!r}")
            if name == "style" and re.search(r"expression\s*\(|url\s*\(\s*['\"]?\s*javascript:", value, re.I):
                self.problems.append(f"<{tag}> has a scripting style {value[:80]!r}")
        if tag == "script" and not values.get("src", "").startswith("/assets/"):
            self.problems.append(f"a <script> that is not /assets/: {attrs!r:.120}")
        elif tag == "svg" and not (set(values.get("class", "").split()) & ALLOWED_SVG_CLASSES):
            self.problems.append(f"an <svg> element: {attrs!r:.120}")
        elif tag == "link" and values.get("href", "").startswith("/assets/") and values.get("rel") == "stylesheet":
            pass
        elif tag == "meta" and values.get("http-equiv", "").lower() == "refresh":
            self.problems.append(f"a <meta http-equiv=refresh>: {attrs!r:.120}")
        elif tag in FORBIDDEN_ELEMENTS and tag != "svg":
            self.problems.append(f"a <{tag}> element: {attrs!r:.120}")

    def handle_startendtag(self, tag, attrs) -> None:
        self.handle_starttag(tag, attrs)


def audit_html(html: str, payloads: Iterable[str] = ()) -> list[str]:
    """Problems in a page: script elements other than /assets/ ones, on* attributes, javascript:/
    data:/vbscript: URLs, svg/math/iframe/object/embed/base/img elements, meta refresh, and any of
    `payloads` that contains '<' appearing raw in the HTML."""
    audit = MarkupAudit()
    audit.feed(html)
    audit.close()
    return audit.problems + raw_payloads(html, payloads)


def raw_payloads(html: str, payloads: Iterable[str]) -> list[str]:
    return [f"the payload {payload[:80]!r} is in the page unescaped" for payload in payloads
            if "<" in payload and len(payload) >= 3 and payload in html]


class AuditingPageParser(PageParser):
    """PageParser and MarkupAudit in one pass over the page."""

    def __init__(self, page_url: str) -> None:
        super().__init__(page_url)
        self.audit = MarkupAudit()

    def handle_starttag(self, tag: str, attrs_list) -> None:
        self.audit.handle_starttag(tag, attrs_list)
        super().handle_starttag(tag, attrs_list)


def inspect_page(url: str, html: str, payloads: Iterable[str] = ()) -> tuple[PageParser, list[str]]:
    """(forms and links of the page, what `audit_html` finds in it)."""
    parser = AuditingPageParser(url)
    parser.feed(html)
    parser.close()
    return parser, parser.audit.problems + raw_payloads(html, payloads)


# --- iCalendar ------------------------------------------------------------------

KNOWN_PROPERTIES = {
    "BEGIN", "END", "VERSION", "PRODID", "CALSCALE", "METHOD", "UID", "DTSTAMP", "DTSTART", "DTEND", "DURATION",
    "SUMMARY", "DESCRIPTION", "LOCATION", "URL", "STATUS", "SEQUENCE", "CREATED", "LAST-MODIFIED", "TRANSP",
    "CLASS", "CATEGORIES", "GEO", "PRIORITY", "TZID", "TZNAME", "TZOFFSETFROM", "TZOFFSETTO", "TZURL",
    "ACTION", "TRIGGER", "REFRESH-INTERVAL", "SOURCE", "NAME", "COLOR", "COMMENT", "X-WR-CALNAME",
    "X-WR-CALDESC", "X-WR-TIMEZONE", "X-PUBLISHED-TTL",
}
COMPONENTS = {"VCALENDAR", "VEVENT", "VTIMEZONE", "STANDARD", "DAYLIGHT", "VALARM"}


def ics_lines(text: str) -> tuple[list[str], list[str]]:
    """(content lines after unfolding, problems). Lines end with CRLF; a bare CR or LF inside a
    line would start a new line for many readers, so it is a problem."""
    problems = []
    physical = text.split("\r\n")
    if physical and physical[-1] == "":
        physical.pop()
    lines: list[str] = []
    for number, line in enumerate(physical, 1):
        if "\r" in line or "\n" in line:
            problems.append(f"line {number} holds a bare line break: {line[:100]!r}")
        if line.startswith((" ", "\t")) and lines:
            lines[-1] += line[1:]
        else:
            lines.append(line)
    for line in lines:
        for piece in re.split(r"\r\n|\r|\n", line):
            match = re.match(r"([A-Za-z0-9-]+)[;:]", piece)
            name = match.group(1).upper() if match else None
            if name is None or name not in KNOWN_PROPERTIES:
                problems.append(f"a line does not start with a known property: {piece[:100]!r}")
            elif name in ("BEGIN", "END") and piece.split(":", 1)[-1] not in COMPONENTS:
                problems.append(f"unexpected {piece[:80]!r}")
    return lines, problems


def ics_events(lines: list[str]) -> list[list[str]]:
    events, current = [], None
    for line in lines:
        if line == "BEGIN:VEVENT":
            current = []
        elif line == "END:VEVENT" and current is not None:
            events.append(current)
            current = None
        elif current is not None:
            current.append(line)
    return events


def ics_property(event: list[str], name: str) -> list[str]:
    """Values of a property in an event (parameters dropped), still escaped."""
    found = []
    for line in event:
        match = re.match(r"([A-Za-z0-9-]+)(;[^:]*)?:(.*)", line, re.S)
        if match and match.group(1).upper() == name:
            found.append(match.group(3))
    return found


def ics_unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def ics_uid_matches(event: list[str], interview_id: str) -> bool:
    return any(interview_id.lower() in uid.lower() for uid in ics_property(event, "UID"))


# --- SQLite ---------------------------------------------------------------------


def uuid_forms(value: str) -> tuple:
    """A UUID as Fluent's SQLite driver may store it: 16 bytes, or text in either case."""
    u = uuid.UUID(value)
    return (u.bytes, str(u).upper(), str(u).lower())


# --- text -----------------------------------------------------------------------

TERMINAL_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def raw_controls(text: str) -> list[str]:
    """Control characters a terminal would act on (tab and newline are fine)."""
    return sorted({repr(c) for c in TERMINAL_CONTROLS.findall(text)})


def every(items: Iterable, predicate: Callable) -> list:
    return [item for item in items if not predicate(item)]
