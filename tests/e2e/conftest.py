"""Starts the real Chainlit server on a free loopback port and drives Debian's Chromium through Playwright."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bench.server import running_app

PROJECT_ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def server_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("e2e-data")


@pytest.fixture(scope="session")
def server(server_data: Path) -> Iterator[str]:
    with running_app(server_data) as url:
        yield url


# Module scope: sync Playwright keeps an event loop running in this thread while it is open, which would
# break every async test after it; closing it per module (and running browser tests last) avoids that.
@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    yield from chromium()


def chromium() -> Iterator[Any]:
    """Debian's Chromium driven by Playwright, for one module's browser fixture (the scale-out tests use it too)."""
    if not CHROMIUM.exists():
        pytest.fail("/usr/bin/chromium is missing: `make test` installs it (scripts/ensure-chromium.sh)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()
