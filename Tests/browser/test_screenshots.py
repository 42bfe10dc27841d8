"""Screenshot tests: the main pages at desktop (1280 x 900) and phone (390 x 844) size, as
Chromium draws them, compared with the pictures kept in Tests/browser/screenshots/.

The demo is loaded with the clock fixed (CANDOR_FIXED_NOW, see CandorClock) and pages are read
in Berlin time, so a page looks the same on any day. Each picture is the top of the page, the
screen a candidate first sees. Two pictures match when fewer than 0.02% of their pixels differ
by more than a faint anti-aliasing shade; on a mismatch the new picture and a map of what
changed are written to Tests/browser/artifacts/.

After a deliberate change to how a page looks, record the pictures again and review them like
code (git shows which changed):

    CANDOR_RECORD_SCREENSHOTS=1 python3 -m pytest Tests/browser/test_screenshots.py

A recording run fails on purpose, so that it is never mistaken for a passing check.
"""

from __future__ import annotations

import io
import json
import os
import time
from pathlib import Path

import pytest
import requests
from PIL import Image, ImageChops

from conftest import ARTIFACTS

HERE = Path(__file__).resolve().parent
KEPT = HERE / "screenshots"
FIXED_NOW = "2031-03-04T08:00:00Z"  # 09:00 in Berlin, as the Swift page snapshots
ZONE = "Europe/Berlin"
SIZES = {"desktop": (1280, 900), "phone": (390, 844)}
# A pixel differs when a channel moves by more than this (font smoothing wobbles by a few).
SHADE = 40
# A picture differs when more than this share of its pixels do. Chromium draws the same page
# the same way run after run here (0 pixels apart), while a label moved by a few pixels on
# every phone page changed 0.12%: 0.02% catches that and leaves room for a stray pixel.
SHARE = 0.0002
RECORD = os.environ.get("CANDOR_RECORD_SCREENSHOTS") == "1"


def main_pages(server) -> dict[str, str]:
    companies = json.loads(server.cli("company", "list", "--json", check=True).stdout)
    lumen = next(c for c in companies if c["name"] == "Lumen Health")
    interviews = json.loads(server.cli("interview", "list", "--json", check=True).stdout)
    panel = next(i for i in interviews if i["companyID"] == lumen["id"] and i["kind"] == "panel")
    return {
        "home": "/",
        "pipeline": "/pipeline",
        "agenda": "/agenda",
        "company": f"/companies/{lumen['id']}",
        "insight": f"/companies/{lumen['id']}/insight",
        "plan": f"/interviews/{panel['id']}/plan",
        "interview-mode": f"/interviews/{panel['id']}/capture",
        "compare": "/compare",
        "questions": "/questions",
        "profile": "/profile",
    }


def fit_window(browser, width: int, height: int) -> None:
    """Makes the page's own viewport exactly width x height, whatever the window's chrome."""
    browser.set_window_size(width, height)
    inner = browser.execute_script("return [window.innerWidth, window.innerHeight]")
    browser.set_window_size(width + (width - inner[0]), height + (height - inner[1]))


def difference(kept: Image.Image, shot: Image.Image) -> tuple[float, Image.Image]:
    """The share of pixels that differ visibly, and a black picture with those pixels white."""
    if kept.size != shot.size:
        return 1.0, Image.new("L", shot.size, 255)
    delta = ImageChops.difference(kept.convert("RGB"), shot.convert("RGB"))
    red, green, blue = (band.point(lambda value: 255 if value > SHADE else 0) for band in delta.split())
    # A pixel counts once, whichever of its channels moved.
    mask = ImageChops.lighter(ImageChops.lighter(red, green), blue)
    return mask.histogram()[255] / (mask.width * mask.height), mask


def test_main_pages_look_as_reviewed(server_factory, browser):
    # The machine zone too: the demo places its interviews in it.
    server = server_factory(env={"CANDOR_FIXED_NOW": FIXED_NOW, "TZ": ZONE})
    assert server.cli("demo").returncode == 0
    pages = main_pages(server)
    for path in pages.values():
        assert requests.get(server.url + path, timeout=30).status_code == 200, path

    # The zone is picked once with ?tz= and kept in its cookie, so the browser's own zone
    # (the machine's) never shows.
    browser.get(f"{server.url}/?tz={ZONE}")
    assert browser.get_cookie("candor_tz")["value"] == ZONE

    recorded, mismatched = [], []
    for size, (width, height) in SIZES.items():
        fit_window(browser, width, height)
        assert browser.execute_script("return window.innerWidth") == width
        for name, path in pages.items():
            browser.get(server.url + path)
            browser.execute_async_script(
                "var done = arguments[arguments.length - 1];"
                "(document.fonts ? document.fonts.ready : Promise.resolve()).then(function () { done(); });")
            # No caret or focus ring from a field the page focuses on load.
            browser.execute_script("document.activeElement && document.activeElement.blur()")
            time.sleep(0.2)
            shot = Image.open(io.BytesIO(browser.get_screenshot_as_png()))
            assert shot.size == (width, height), f"{name} at {size}: {shot.size}"
            kept_path = KEPT / f"{name}-{size}.png"
            if RECORD or not kept_path.exists():
                KEPT.mkdir(parents=True, exist_ok=True)
                shot.save(kept_path, optimize=True)
                recorded.append(kept_path.name)
                continue
            share, mask = difference(Image.open(kept_path), shot)
            if share > SHARE:
                ARTIFACTS.mkdir(parents=True, exist_ok=True)
                shot.save(ARTIFACTS / f"screenshot-{name}-{size}.actual.png")
                mask.save(ARTIFACTS / f"screenshot-{name}-{size}.changed.png")
                mismatched.append(f"{name} at {size}: {share:.2%} of pixels differ")

    assert not mismatched, (
        "pages look different from their kept screenshots (see Tests/browser/artifacts/); if the "
        "change is meant, record again with CANDOR_RECORD_SCREENSHOTS=1 and review:\n  "
        + "\n  ".join(mismatched))
    assert not recorded, (
        f"recorded {len(recorded)} screenshots in {KEPT.relative_to(HERE.parent.parent)}: "
        f"review them, then run again without CANDOR_RECORD_SCREENSHOTS: {', '.join(recorded)}")
    assert len(pages) * len(SIZES) == 20
