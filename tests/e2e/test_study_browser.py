"""Pilot-study mode end to end: the real server with a study, headless Chromium as participants.

Signed link -> consent -> pre-survey -> three turns -> post-survey -> completion code (also posted to the
parent window); a second participant in another arm sees none of it; the export holds exactly those turns with
every stage, and --redact removes the PII planted in them; declining stores no chat; bad links are refused.
"""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from agent.core_commands import OFFLINE_ENV
from agent.settings import PROJECT_ROOT
from agent.study_links import participant_url, sign
from bench.server import AppProcess

pytestmark = pytest.mark.e2e

SECRET = "e2e-study-secret-0123456789"
STUDY_ID = "e2e-pilot"
ASSISTANT = '.step[data-step-type="assistant_message"] .message-content'
PLANTED = {
    "name": "Hannah",
    "email": "hannah.quist@example.org",
    "phone": "07700 900314",
    "address": "27 Juniper Road",
}
TURNS = [
    "Work has been overwhelming lately and I can't switch off in the evenings.",
    f"My sister {PLANTED['name']} says I should quit. She wrote to me from {PLANTED['email']} and called me "
    f"on {PLANTED['phone']} to tell me so.",
    f"I just sit in my flat at {PLANTED['address']} and worry about the next day.",
]


@pytest.fixture(scope="module")
def study_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("e2e-study")


@pytest.fixture(scope="module")
def study_server(study_data: Path) -> Iterator[AppProcess]:
    study = yaml.safe_load((PROJECT_ROOT / "studies" / "example" / "study.yaml").read_text())
    study |= {"id": STUDY_ID, "limits": {"turns": 3, "minutes": 20}}
    path = study_data / "study.yaml"
    path.write_text(yaml.safe_dump(study), encoding="utf-8")
    env = {"WARMLINE_STUDY": str(path), "WARMLINE_STUDY_SECRET": SECRET}
    app = AppProcess(study_data, env)
    try:
        yield app
    finally:
        app.stop()


def link(server: AppProcess, pid: str, arm: str = "", days: float = 1.0) -> str:
    return participant_url(server.url, sign(SECRET, STUDY_ID, pid, arm, days))


def enter(browser: Any, url: str) -> Any:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_init_script(
        "window.__studyMessages = []; window.addEventListener('message', e => window.__studyMessages.push(e.data));"
    )
    page = context.new_page()
    page.goto(url)
    page.wait_for_selector("text=Do you agree to take part?", timeout=60_000)
    return page


def click(page: Any, label: str) -> None:
    button = page.get_by_role("button", name=label, exact=True).last
    button.wait_for(timeout=30_000)
    button.click()


def answer_scale(page: Any, question: str, value: int) -> None:
    page.wait_for_selector(f"text={question}", timeout=30_000)
    click(page, str(value))


def chat(page: Any, text: str) -> None:
    before = page.locator(ASSISTANT).count()
    page.fill("#chat-input", text)
    page.click("#chat-submit")
    page.wait_for_function(
        "([sel, n]) => document.querySelectorAll(sel).length > n", arg=[ASSISTANT, before], timeout=60_000
    )
    page.wait_for_timeout(800)  # the stream finishes


def take_part(browser: Any, server: AppProcess, pid: str, arm: str) -> tuple[Any, str]:
    page = enter(browser, link(server, pid, arm))
    click(page, "I agree to take part")
    answer_scale(page, "Before we start", 4)
    page.wait_for_selector("text=End the chat", timeout=30_000)
    for text in TURNS:
        chat(page, text)
    answer_scale(page, "Now, after the chat", 2)
    answer_scale(page, "How well did Warmline understand", 4)
    answer_scale(page, "How relevant", 5)
    page.wait_for_selector("text=Your completion code is", timeout=30_000)
    match = re.search(r"WL-[0-9A-F]{5}-[0-9A-F]{5}", page.inner_text("body"))
    assert match, "a completion code is shown"
    return page, match.group()


def research_rows(data: Path, query: str, args: tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
    with sqlite3.connect(data / "research.sqlite3") as db:
        return db.execute(query, args).fetchall()


def warmline(data: Path, *args: str, stdin: str = "") -> dict[str, Any]:
    env = {**OFFLINE_ENV, "WARMLINE_DATA_DIR": str(data), "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-m", "agent.cli", *args], cwd=PROJECT_ROOT, env=env, capture_output=True, text=True,
        check=True, timeout=120, input=stdin,
    )  # fmt: skip
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_a_participant_goes_from_link_to_completion_code_and_the_export_has_it_all(
    browser: Any, study_server: AppProcess, study_data: Path, tmp_path: Path
) -> None:
    page, code = take_part(browser, study_server, "P-first", "debiased")
    page.wait_for_function("() => window.__studyMessages.length > 0", timeout=10_000)
    posted = page.evaluate("window.__studyMessages")
    assert {"type": "warmline-study-complete", "study": STUDY_ID, "code": code} in posted
    body = page.inner_text("body")
    assert all(step not in body for step in ("Perceive", "Retrieve", "Ethics critic")), (
        "no pipeline steps shown"
    )

    [(conversation, arm, session_code)] = research_rows(
        study_data, "SELECT conversation_id, arm, completion_code FROM study_sessions WHERE completion_code = ?",
        (code,),
    )  # fmt: skip
    assert (arm, session_code) == ("debiased", code)

    full = warmline(study_data, "export", "--study", STUDY_ID, "--out", str(tmp_path / "full"))
    [session] = [s for s in _sessions(tmp_path / "full") if s["conversation_id"] == conversation]
    assert [t["user_text"] for t in session["turns"]] == TURNS
    assert session["measures"] == {
        "pre": {"intensity": 4},
        "post": {"intensity": 2, "empathy": 4, "relevance": 5},
    }
    for turn in session["turns"]:
        stages = {s["stage"] for s in turn["stages"]}
        assert {"guard", "perceive", "retrieve", "select", "draft", "critic", "reply"} <= stages
        assert turn["status"] == "answered" and turn["arm"] == "debiased"
    assert full["turns"] >= 3

    warmline(study_data, "export", "--study", STUDY_ID, "--redact", "--out", str(tmp_path / "redacted"))
    redacted = (tmp_path / "redacted" / "sessions.jsonl").read_text()
    assert all(value in (tmp_path / "full" / "sessions.jsonl").read_text() for value in PLANTED.values())
    for kind, value in PLANTED.items():
        assert value not in redacted, f"the planted {kind} survived redaction"


def _sessions(folder: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (folder / "sessions.jsonl").read_text().splitlines()]


def test_a_second_participant_in_the_other_arm_sees_none_of_the_first(
    browser: Any, study_server: AppProcess, study_data: Path
) -> None:
    first, _ = take_part(browser, study_server, "P-isolation-a", "debiased")
    first.wait_for_url("**/thread/**", timeout=30_000)
    first_thread = first.url
    second = enter(browser, link(study_server, "P-isolation-b", "raw"))
    body = second.inner_text("body")
    assert all(text[:30] not in body for text in TURNS)
    second.goto(first_thread)  # even the first participant's thread address shows nothing of theirs
    second.wait_for_timeout(3000)
    assert all(text[:30] not in second.inner_text("body") for text in TURNS)
    arms = dict(research_rows(study_data, "SELECT participant_hash, arm FROM study_participants"))
    assert sorted(set(arms.values())) == ["debiased", "raw"]


def test_declining_ends_politely_and_stores_no_chat(
    browser: Any, study_server: AppProcess, study_data: Path
) -> None:
    before = research_rows(study_data, "SELECT COUNT(*) FROM study_sessions")[0][0]
    page = enter(browser, link(study_server, "P-decline"))
    click(page, "I do not agree")
    page.wait_for_selector("text=You chose not to take part", timeout=30_000)
    assert research_rows(study_data, "SELECT COUNT(*) FROM study_sessions")[0][0] == before
    decisions = research_rows(study_data, "SELECT decision FROM consent_events ORDER BY id")
    assert decisions[-1] == ("decline",)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and _threads_mentioning(study_data, "You chose not to take part"):
        time.sleep(0.5)
    assert _threads_mentioning(study_data, "You chose not to take part") == []


def _threads_mentioning(data: Path, text: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(data / "chainlit.sqlite3") as db:
        return db.execute('SELECT "threadId" FROM steps WHERE "output" LIKE ?', (f"%{text}%",)).fetchall()


@pytest.mark.parametrize(
    ("tamper", "message"),
    [
        (lambda url: url.replace("pid=P-bad", "pid=P-other"), "not valid"),
        (lambda url: url.replace("arm=raw", "arm=debiased"), "not valid"),
        (lambda url: url.split("&sig=")[0], "incomplete"),
    ],
)
def test_a_tampered_link_is_refused_with_a_clear_page(
    browser: Any, study_server: AppProcess, tamper: Any, message: str
) -> None:
    page = browser.new_page()
    response = page.goto(tamper(link(study_server, "P-bad", "raw")))
    assert response.status == 403
    assert message in page.inner_text("#study-message")
    assert page.locator("#chat-input").count() == 0
    page.close()


def test_an_expired_link_is_refused(browser: Any, study_server: AppProcess) -> None:
    page = browser.new_page()
    response = page.goto(link(study_server, "P-late", days=-1))
    assert response.status == 403 and "expired" in page.inner_text("#study-message")
    page.close()


def test_the_front_page_without_a_link_explains_and_researchers_sign_in_with_a_password(
    browser: Any, study_server: AppProcess, study_data: Path
) -> None:
    password = "researcher password 42"
    warmline(study_data, "study", "researcher", "--name", "lead", stdin=password + "\n")
    page = browser.new_context().new_page()
    page.goto(study_server.url)
    assert "open the personal link" in page.inner_text("#study-message")
    page.goto(study_server.url + "/login")
    page.fill("#email", "lead")
    page.fill("#password", "not the password")
    page.click("button[type=submit]")
    page.wait_for_timeout(1500)
    assert page.locator("#chat-input").count() == 0
    page.fill("#password", password)
    page.click("button[type=submit]")
    page.wait_for_selector("#chat-input", timeout=60_000)
    chat(page, "Testing the researcher path: my week was long and tiring.")
    page.wait_for_selector("text=Perceive", timeout=30_000)  # researchers get the researcher view
    assert "Do you agree to take part?" not in page.inner_text("body")
