"""How a participant gets in: the signed link in the URL becomes an HttpOnly cookie, and the cookie becomes the
participant's identity (app.py's header-auth callback calls `participant_from_cookie`).

Pure ASGI, no Chainlit: a valid link is answered with a redirect that sets the cookie and drops any previous
Chainlit login (so one browser never carries someone else's session into a study); an invalid or expired link
gets a plain page that says why; a study server's front page without a link says how to take part.
"""

from __future__ import annotations

import base64
import html
import time
from collections.abc import Awaitable, Callable
from urllib.parse import parse_qsl

from starlette.types import ASGIApp, Receive, Scope, Send

from agent.study_flow import Participant, StudyRuntime
from agent.study_links import REFUSALS, LinkFields
from memory.identity import cookie_value

PARTICIPANT_COOKIE = "warmline_participant"
CHAINLIT_AUTH_COOKIE = "access_token"  # Chainlit 2.12's default (CHAINLIT_AUTH_COOKIE_NAME)
RuntimeProvider = Callable[[], Awaitable[StudyRuntime]]

NO_LINK = (
    "This Warmline server is running a research study. To take part, please open the personal link you were "
    "given (for example by your survey). Researchers sign in at <a href='/login'>/login</a>."
)


def encode_cookie(fields: LinkFields) -> str:
    return base64.urlsafe_b64encode(fields.query().encode()).decode().rstrip("=")


def decode_cookie(value: str) -> dict[str, str]:
    try:
        padded = value + "=" * (-len(value) % 4)
        return dict(parse_qsl(base64.urlsafe_b64decode(padded).decode()))
    except ValueError:
        return {}


async def participant_from_cookie(cookie_header: str, runtime: StudyRuntime) -> Participant | None:
    """The cookie's link is verified again on every login: a cookie outliving its link's expiry is refused."""
    value = cookie_value(cookie_header, PARTICIPANT_COOKIE)
    if value is None:
        return None
    check = runtime.check(decode_cookie(value))
    if not check.valid or check.fields is None:
        return None
    try:
        return runtime.admit(check.fields)
    except ValueError:
        return None


def page(title: str, body: str, status: int) -> tuple[int, bytes]:
    document = (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Warmline study</title>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'></head>"
        "<body style='font-family: sans-serif; max-width: 40rem; margin: 4rem auto; line-height: 1.5'>"
        f"<h1>{html.escape(title)}</h1><p id='study-message'>{body}</p></body></html>"
    )
    return status, document.encode()


class StudyEntry:
    """ASGI middleware in front of Chainlit, installed only when a study is configured."""

    def __init__(self, app: ASGIApp, runtime: RuntimeProvider, secure: bool = False) -> None:
        self.app = app
        self.runtime = runtime
        self.secure = secure  # served over HTTPS: cookies are sent over HTTPS only

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or scope["path"] != "/":
            await self.app(scope, receive, send)
            return
        params = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
        if params.keys() & {"study", "pid", "sig"}:  # a link, whole or cut short
            await self._enter(params, send)
        elif _signed_in(scope):
            await self.app(scope, receive, send)
        else:
            await _respond(send, *page("Warmline study", NO_LINK, 200))

    async def _enter(self, params: dict[str, str], send: Send) -> None:
        check = (await self.runtime()).check(params)
        if not check.valid or check.fields is None:
            await _respond(send, *page("This link cannot be used", html.escape(REFUSALS[check.status]), 403))
            return
        lifetime = max(0, check.fields.exp - int(time.time()))  # the cookie lasts as long as the link
        cookie = f"{PARTICIPANT_COOKIE}={encode_cookie(check.fields)}; Path=/; Max-Age={lifetime}; HttpOnly; SameSite=Lax"
        cookie += "; Secure" if self.secure else ""
        expired_login = f"{CHAINLIT_AUTH_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax"
        headers = [
            (b"location", b"/"),
            (b"set-cookie", cookie.encode()),
            (b"set-cookie", expired_login.encode()),
        ]
        await send({"type": "http.response.start", "status": 303, "headers": headers})
        await send({"type": "http.response.body", "body": b""})


def _signed_in(scope: Scope) -> bool:
    raw = next((v.decode("latin-1") for k, v in scope["headers"] if k == b"cookie"), "")
    return any(cookie_value(raw, name) for name in (PARTICIPANT_COOKIE, CHAINLIT_AUTH_COOKIE))


async def _respond(send: Send, status: int, body: bytes) -> None:
    headers = [(b"content-type", b"text/html; charset=utf-8"), (b"cache-control", b"no-store")]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
