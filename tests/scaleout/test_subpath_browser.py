"""A real browser reaches the app under its URL sub-path through nginx, and chats there."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlparse

import pytest

from tests.e2e.conftest import chromium
from tests.scaleout.conftest import Deployment

pytestmark = pytest.mark.e2e

ASSISTANT = '.step[data-step-type="assistant_message"] .message-content'


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    yield from chromium()


def test_the_ui_loads_and_answers_under_the_sub_path(browser: Any, deployment: Deployment) -> None:
    requests: list[str] = []
    page = browser.new_context().new_page()
    page.on("request", lambda request: requests.append(request.url))
    page.goto(deployment.base_url + "/")  # the bare host redirects to the sub-path
    page.wait_for_selector("#chat-input", timeout=60_000)
    assert urlparse(page.url).path.rstrip("/") == deployment.root_path
    page.fill("#chat-input", "Work has been overwhelming lately and I can't switch off.")
    page.click("#chat-submit")
    page.wait_for_selector(ASSISTANT, timeout=60_000)
    page.wait_for_timeout(500)  # let the stream finish
    assert len(page.locator(ASSISTANT).first.inner_text().split()) >= 4
    served = [urlparse(u) for u in requests if u.startswith(("http", "ws"))]
    assert {u.hostname for u in served} == {"127.0.0.1"}, "the page reached only the proxy"
    outside = [u.path for u in served if not u.path.startswith(deployment.root_path) and u.path != "/"]
    assert outside == [], f"requests outside the sub-path: {outside}"
    assert any("/ws/socket.io/" in u.path for u in served), "the socket went through the proxy too"
