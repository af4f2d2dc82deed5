"""Participant entry without a browser: the link becomes a cookie, the cookie an identity; bad links a page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from agent.pipeline import Pipeline
from agent.settings import PROJECT_ROOT
from agent.study import Arm, load_study
from agent.study_entry import (
    PARTICIPANT_COOKIE,
    StudyEntry,
    decode_cookie,
    encode_cookie,
    participant_from_cookie,
)
from agent.study_flow import StudyRuntime
from agent.study_links import sign
from memory.log import ResearchLog

STUDY = load_study(PROJECT_ROOT / "studies" / "example" / "study.yaml")
SECRET = "entry-test-secret"


@pytest.fixture
def runtime(tmp_path: Path) -> StudyRuntime:
    def unused(arm: Arm) -> Pipeline:
        raise AssertionError

    return StudyRuntime(STUDY, SECRET, ResearchLog(tmp_path / "log.sqlite3"), unused)


async def call(
    runtime: StudyRuntime, path: str, query: str = "", cookie: str = ""
) -> tuple[int, dict[str, list[str]]]:
    passed: list[str] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        passed.append(scope["path"])
        await send({"type": "http.response.start", "status": 200, "headers": []})

    async def provider() -> StudyRuntime:
        return runtime

    sent: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    headers = [(b"cookie", cookie.encode())] if cookie else []
    scope = {
        "type": "http",
        "method": "GET",
        "path": path,
        "query_string": query.encode(),
        "headers": headers,
    }
    await StudyEntry(app, provider)(scope, None, send)  # type: ignore[arg-type]
    start = sent[0]
    collected: dict[str, list[str]] = {"passed": passed}
    for key, value in start.get("headers", []):
        collected.setdefault(key.decode(), []).append(value.decode())
    collected["body"] = [m.get("body", b"").decode() for m in sent[1:]]
    return int(start["status"]), collected


async def test_a_valid_link_sets_the_participant_cookie_and_drops_any_old_login(
    runtime: StudyRuntime,
) -> None:
    fields = sign(SECRET, STUDY.id, "P-1", "raw")
    status, response = await call(runtime, "/", fields.query())
    assert status == 303 and response["location"] == ["/"]
    cookies = response["set-cookie"]
    [participant] = [c for c in cookies if c.startswith(f"{PARTICIPANT_COOKIE}={encode_cookie(fields)};")]
    assert "HttpOnly" in participant and "Secure" not in participant
    lifetime = int(participant.split("Max-Age=")[1].split(";")[0])
    assert 29 * 86400 < lifetime <= 30 * 86400  # as long as the link (30 days by default)
    assert any(c.startswith("access_token=;") and "Max-Age=0" in c for c in cookies)
    assert response["passed"] == []


async def test_a_tampered_link_gets_a_403_page_that_says_why(runtime: StudyRuntime) -> None:
    forged = sign(SECRET, STUDY.id, "P-1").model_copy(update={"pid": "P-2"})
    status, response = await call(runtime, "/", forged.query())
    assert status == 403 and "not valid" in response["body"][0] and response["passed"] == []


async def test_the_front_page_needs_a_link_or_a_login_and_other_paths_pass(runtime: StudyRuntime) -> None:
    status, response = await call(runtime, "/")
    assert status == 200 and "personal link" in response["body"][0] and response["passed"] == []
    assert (await call(runtime, "/", cookie="access_token=jwt"))[1]["passed"] == ["/"]
    assert (await call(runtime, "/login"))[1]["passed"] == ["/login"]
    assert (await call(runtime, "/auth/header"))[1]["passed"] == ["/auth/header"]


async def test_the_cookie_is_verified_again_at_every_login(runtime: StudyRuntime) -> None:
    fields = sign(SECRET, STUDY.id, "P-7")
    person = await participant_from_cookie(f"{PARTICIPANT_COOKIE}={encode_cookie(fields)}", runtime)
    assert person is not None and person.arm in {"debiased", "raw"}
    assert decode_cookie(encode_cookie(fields))["pid"] == "P-7"
    expired = sign(SECRET, STUDY.id, "P-7", days=-1)
    assert await participant_from_cookie(f"{PARTICIPANT_COOKIE}={encode_cookie(expired)}", runtime) is None
    assert await participant_from_cookie(f"{PARTICIPANT_COOKIE}=garbage!!", runtime) is None
    assert await participant_from_cookie("warmline_device=abc", runtime) is None
