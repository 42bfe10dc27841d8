"""axe-core on every main page, with the demo loaded, at desktop (1280 x 900) and phone (390 x 844) size:
no violation of WCAG 2.0/2.1/2.2 A and AA.

axe-core comes from the PyPI package `axe-playwright-python` (pinned below), which ships
`axe.min.js`; only the file is used, injected into the page with Selenium, so Playwright itself is
never installed. It is fetched once into ~/.cache/candor-axe (or taken from $AXE_JS).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from test_phone_width import PHONE, page_paths

AXE_PACKAGE = "axe-playwright-python==0.1.8"  # ships axe-core 4.12.1
CACHE = Path.home() / ".cache" / "candor-axe"
RULES = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

RUN_AXE = """
const done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})
  .then(result => done(JSON.stringify(result.violations.map(v => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))})))))
  .catch(error => done(JSON.stringify([{id: 'axe-error', help: String(error), nodes: []}])));
"""


def axe_source() -> str:
    if os.environ.get("AXE_JS"):
        return Path(os.environ["AXE_JS"]).read_text()
    script = CACHE / "axe.min.js"
    if not script.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--dest", str(CACHE), AXE_PACKAGE],
                       check=True)
        wheel = next(CACHE.glob("axe_playwright_python-*.whl"))
        with zipfile.ZipFile(wheel) as archive:
            script.write_bytes(archive.read("axe_playwright_python/axe.min.js"))
    return script.read_text()


@pytest.mark.parametrize("size", [(1280, 900), PHONE], ids=["desktop", "phone"])
def test_no_wcag_violations_on_the_main_pages(server, browser, size):
    source = axe_source()
    assert server.cli("demo").returncode == 0
    browser.set_window_size(*size)
    browser.set_script_timeout(60)
    found = []
    paths = page_paths(server)
    for path in paths:
        browser.get(server.url + path)
        browser.execute_script(source)
        violations = json.loads(browser.execute_async_script(RUN_AXE, RULES))
        found += [f"{path}: {v['id']} ({v.get('impact')}): {v['help']} at {v['nodes']}" for v in violations]
    assert len(paths) >= 20, paths
    assert not found, f"axe-core found {len(found)} violations:\n" + "\n".join(found)
