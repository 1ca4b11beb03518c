"""Drive Debian's chromium headless with Playwright, offline, for the browser tests.

Playwright's own browser download does not work here, so tests use the
system chromium.  Every request that is not a ``file:`` URL is aborted and
recorded, so a test can assert the page loads nothing from the network.
Kept out of conftest.py so other test modules' fixtures cannot clash.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--no-first-run",
]


def in_ci() -> bool:
    """Return True on CI, where a missing browser is a failure, not a skip."""
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require_chromium() -> str:
    """Return the chromium path; skip (locally) or fail (in CI) when it is missing."""
    if CHROMIUM.exists() or shutil.which("chromium"):
        return str(CHROMIUM if CHROMIUM.exists() else shutil.which("chromium"))
    reason = (f"{CHROMIUM} is missing: install Debian's chromium "
              "(apt-get install -y chromium; .ci/run does this)")
    if in_ci():
        pytest.fail(reason + " — the browser tests must run in CI", pytrace=False)
    pytest.skip(reason)


@dataclass
class PageLog:
    """What a page did that a test cares about: requests, console errors, dialogs."""

    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@contextmanager
def launch() -> Iterator[Any]:
    """Yield a headless chromium Browser (Playwright), closed afterwards."""
    path = require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def open_page(browser: Any, url: str, *, width: int = 1400, height: int = 900,
              wait_ready: bool = True, timeout_ms: int = 30_000,
              bypass_csp: bool = False) -> Iterator[tuple[Any, PageLog]]:
    """Open ``url`` in a fresh context with the network cut off; yield (page, log).

    ``bypass_csp`` lets a test inject its own script (axe-core) past the page's policy.
    """
    log = PageLog()
    context = browser.new_context(viewport={"width": width, "height": height},
                                  service_workers="block", bypass_csp=bypass_csp)
    page = context.new_page()

    def route(r: Any) -> None:
        if r.request.url.startswith("file:"):
            r.continue_()
        else:
            log.blocked.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.on("console", lambda m: log.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: log.errors.append(f"pageerror: {e}"))

    def on_dialog(d: Any) -> None:
        log.dialogs.append(f"{d.type}: {d.message}")
        d.dismiss()

    page.on("dialog", on_dialog)
    try:
        page.goto(url, wait_until="load", timeout=timeout_ms)
        if wait_ready:
            page.wait_for_function("() => window.claimgraph && window.claimgraph.ready",
                                   timeout=timeout_ms)
        yield page, log
    finally:
        context.close()


ROOT = Path(__file__).resolve().parents[1]
AXE_VERSION = "4.14.1"
AXE = ROOT / ".ci" / "axe" / "node_modules" / "axe-core" / "axe.min.js"


def require_axe() -> Path:
    """Return axe-core's script; skip (locally) or fail (in CI) when it is missing.

    axe-core comes from npm and is never fetched at test time: .ci/run installs
    it (``npm install --prefix .ci/axe axe-core@4.14.1``); CLAIMGRAPH_AXE may
    point at another copy of ``axe.min.js``.
    """
    path = Path(os.environ.get("CLAIMGRAPH_AXE") or AXE)
    if path.is_file():
        return path
    reason = (f"{path} is missing: install axe-core with npm "
              f"(npm install --prefix .ci/axe axe-core@{AXE_VERSION}; .ci/run does this)")
    if in_ci():
        pytest.fail(reason + " — the accessibility tests must run in CI", pytrace=False)
    pytest.skip(reason)
