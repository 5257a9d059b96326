"""Playwright on Debian's Chromium against the live test server; screenshots as artifacts."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

# Playwright's sync API drives the browser from an asyncio event loop running in this thread.
# Django sees that loop and refuses ORM calls from the test body (SynchronousOnlyOperation),
# although the calls are in fact synchronous and never run inside the loop. Tests only.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / "test-artifacts" / "screenshots"
README_SCREENSHOTS = REPO / "docs" / "screenshots"
CHROMIUM = os.environ.get("VERIFIER_CHROMIUM", "/usr/bin/chromium")
# No GPU, no sandbox (containers), and nothing that reaches the internet on its own.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_configure(config) -> None:
    config.addinivalue_line("markers", "browser: drives headless Chromium through Playwright")


def _unavailable(reason: str) -> None:
    """In CI a missing browser is a broken build, not a reason to skip."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set: browser tests must run)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def chromium() -> Iterator[object]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (pip install -r requirements-dev.txt)")
    if not Path(CHROMIUM).exists():
        _unavailable(f"{CHROMIUM} not found (apt-get install -y chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def browser_page(chromium, live_server) -> Iterator[object]:
    """A fresh browser context (no cookies) on a laptop-sized screen, at the live server."""
    context = chromium.new_context(
        base_url=live_server.url, viewport={"width": 1366, "height": 900}, accept_downloads=True
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.script_errors = []
    page.on("pageerror", lambda error: page.script_errors.append(str(error)))
    yield page
    context.close()


def screenshot(page, name: str, *, for_readme: bool = False) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=False)
    # The README's copies change only on request, so a test run leaves the work tree clean.
    if for_readme and os.environ.get("VERIFIER_UPDATE_SCREENSHOTS"):
        README_SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, README_SCREENSHOTS / path.name)
    return path


def log_in(page, *, username: str, password: str, next_url: str) -> None:
    """Through the admin's login form, as a person would."""
    page.goto(f"/admin/login/?next={next_url}")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("input[type=submit]")
    page.wait_for_url(f"**{next_url}")
