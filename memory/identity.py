"""Who is chatting, without accounts: a random per-browser device token, stored only as a salted hash.

The token lives in an HttpOnly cookie; the server keeps a secret (in the data directory) that signs sessions
and salts the hash, so the database never holds the raw token.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from http.cookies import SimpleCookie
from pathlib import Path

DEVICE_COOKIE = "warmline_device"


def load_or_create_secret(path: Path) -> str:
    """A 256-bit secret kept beside the data; created once, never logged."""
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    secret = secrets.token_urlsafe(32)
    path.write_text(secret, encoding="utf-8")
    path.chmod(0o600)
    return secret


def new_device_token() -> str:
    return secrets.token_urlsafe(24)


def visitor_id(token: str, secret: str) -> str:
    return "visitor-" + hmac.new(secret.encode(), token.encode(), hashlib.sha256).hexdigest()[:20]


def cookie_value(cookie_header: str, name: str = DEVICE_COOKIE) -> str | None:
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(cookie_header)
    except Exception:  # a malformed Cookie header is treated as no cookie
        return None
    morsel = jar.get(name)
    return morsel.value if morsel and morsel.value else None
