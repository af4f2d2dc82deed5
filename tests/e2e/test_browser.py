"""End to end: the real Chainlit server, a real headless Chromium, a real conversation."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.e2e

ASSISTANT = '.step[data-step-type="assistant_message"] .message-content'


def open_chat(browser: Any, url: str, requests: list[str]) -> Any:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.on("request", lambda request: requests.append(request.url))
    page.goto(url)
    page.wait_for_selector("#chat-input", timeout=60_000)
    return page


def send(page: Any, text: str, replies_before: int) -> str:
    page.fill("#chat-input", text)
    # the button stays disabled until the previous turn's after-reply work ends, which a loaded box stretches
    page.click("#chat-submit", timeout=60_000)
    page.wait_for_function(
        "([sel, n]) => document.querySelectorAll(sel).length > n",
        arg=[ASSISTANT, replies_before],
        timeout=60_000,
    )
    page.wait_for_timeout(500)  # let the stream finish
    return str(page.locator(ASSISTANT).nth(replies_before).inner_text())


def test_a_message_gets_a_reply_with_the_pipeline_steps(
    browser: Any, server: str, server_data: Path, tmp_path: Path
) -> None:
    requests: list[str] = []
    page = open_chat(browser, server, requests)
    assert "Warmline" in (page.get_attribute("#chat-input", "placeholder") or page.inner_text("body"))
    assert page.locator("text=Feeling lonely").count() == 1, "the starters are offered"
    text = "I failed my driving test for the third time and I feel like such a loser."
    reply = send(page, text, 0)
    # A whole sentence, not a stub; its wording (and length) follows the drafter's seed, which includes the
    # browser conversation's random id: "What makes you feel like a loser?" is one of the short ones.
    assert len(reply.split()) >= 4 and reply.rstrip()[-1] in ".?!"
    body = page.inner_text("body")
    for step in ["Perceive", "Retrieve", "Select", "Draft", "Ethics critic"]:
        assert step in body, f"step {step!r} is not shown"
    page.screenshot(path=str(tmp_path / "chat.png"), full_page=True)
    hosts = {urlparse(u).hostname for u in requests if u.startswith("http")}
    assert hosts <= {"127.0.0.1", "localhost"}, f"the page reached outside: {hosts}"
    assert_persisted(server_data, text, reply)


def assert_persisted(data_dir: Path, text: str, reply: str) -> None:
    """Both stores were really written: Chainlit's chat history and the research log."""
    with sqlite3.connect(data_dir / "chainlit.sqlite3") as chat:
        steps = chat.execute('SELECT "type", "output" FROM steps ORDER BY "createdAt"').fetchall()
    assert ("user_message", text) in steps
    assert any(kind == "assistant_message" and out.strip() == reply.strip() for kind, out in steps)
    with sqlite3.connect(data_dir / "research.sqlite3") as log:
        [(status, logged_reply)] = log.execute(
            "SELECT status, reply FROM turns WHERE user_text = ?", (text,)
        ).fetchall()
        stages = [r[0] for r in log.execute("SELECT stage FROM stage_events ORDER BY id").fetchall()]
    assert status == "answered" and logged_reply.strip() == reply.strip()
    assert {"guard", "perceive", "retrieve", "select", "draft", "critic", "reply"} <= set(stages)
    with sqlite3.connect(data_dir / "chainlit.sqlite3") as chat:
        charts = chat.execute("SELECT url FROM elements WHERE mime = 'image/svg+xml'").fetchall()
    assert charts and all(url.startswith("data:image/svg+xml;base64,") for (url,) in charts), "chart not kept"


def test_markup_is_shown_as_text_never_run(browser: Any, server: str) -> None:
    page = open_chat(browser, server, [])
    # Every document of the page starts with the flag: Chainlit may load the thread's page anew after the first
    # message, and the message, rendered again there, must not run either.
    page.add_init_script("window.__pwned = false")
    page.evaluate("window.__pwned = false")
    send(page, '<img src=x onerror="window.__pwned=true"> <script>window.__pwned=true</script> I feel odd', 0)
    page.wait_for_load_state()
    assert page.evaluate("window.__pwned") is False
    assert page.locator("img[src='x']").count() == 0


def test_a_crisis_message_shows_fixed_resources_without_a_draft(browser: Any, server: str) -> None:
    page = open_chat(browser, server, [])
    reply = send(page, "I want to end my life tonight.", 0)
    assert "988" in reply
    body = page.inner_text("body")
    assert "Crisis protocol" in body
    assert "Draft" not in body
    # the message asks "are you safe right now?"; "no" is an answer, and the resources come again
    again = send(page, "no", 1)
    assert "988" in again and "safe right now" in again
    assert "Draft" not in page.inner_text("body")


def test_a_past_conversation_resumes_with_its_history(browser: Any, server: str) -> None:
    page = open_chat(browser, server, [])
    text = "My best friend moved abroad and I miss her a lot."
    reply = send(page, text, 0)
    page.wait_for_url("**/thread/**", timeout=30_000)
    thread_url = page.url
    again = page.context.new_page()  # same browser, same visitor cookie
    again.goto(thread_url)
    again.wait_for_selector(f"text={text}", timeout=60_000)
    again.wait_for_selector(ASSISTANT, timeout=60_000)
    assert reply.strip()[:40] in again.inner_text("body")
    # The researcher view's trajectory chart comes back with the thread (kept as a data: URL).
    again.get_by_text("Perceive").first.click()
    again.wait_for_selector("img[src^='data:image/svg+xml']", state="attached", timeout=30_000)


def test_the_load_benchmark_talks_to_the_real_server(server: str) -> None:
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    from bench.load import run

    # Its own thread: Playwright's sync API keeps an event loop running in this one.
    with ThreadPoolExecutor(1) as pool:
        load = run(server, sessions=3, turns=2, think=(0.0, 0.1), ramp_s=0.2)
        report = pool.submit(asyncio.run, load).result()
    assert (report.turns, report.errors, report.error_kinds) == (6, 0, {})
    assert 0 < report.p50_ms <= report.p95_ms <= report.max_ms
