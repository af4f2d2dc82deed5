"""Researcher logins for a study server: names with PBKDF2-SHA256 password hashes in a small file
(WARMLINE_STUDY_RESEARCHERS, or `researchers` in the data directory), managed with `warmline study researcher`.
Participants never log in with a password; they arrive by signed link."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from pathlib import Path

from agent.settings import Settings

_ITERATIONS = 600_000  # OWASP's 2023 figure for PBKDF2-SHA256
_NAME = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


def researchers_file(settings: Settings) -> Path:
    return settings.study_researchers or settings.data_dir / "researchers"


def hash_password(password: str, salt: str | None = None, iterations: int = _ITERATIONS) -> str:
    salt = salt or secrets.token_hex(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), iterations).hex()
    return f"pbkdf2_sha256${iterations}${salt}${digest}"


def check_password(password: str, stored: str) -> bool:
    try:
        scheme, iterations, salt, _ = stored.split("$")
    except ValueError:
        return False
    if scheme != "pbkdf2_sha256":
        return False
    return hmac.compare_digest(hash_password(password, salt, int(iterations)), stored)


def load(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    entries = (line.split(":", 1) for line in path.read_text(encoding="utf-8").splitlines() if ":" in line)
    return {name.strip(): stored.strip() for name, stored in entries}


def add(path: Path, name: str, password: str) -> None:
    """Adds or replaces one researcher; the file stays readable by its owner only."""
    if not _NAME.match(name):
        raise ValueError("a researcher name is 1-64 letters, digits, dots, dashes or underscores")
    if len(password) < 12:
        raise ValueError("use a password of at least 12 characters")
    entries = load(path) | {name: hash_password(password)}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(f"{n}:{h}\n" for n, h in sorted(entries.items())), encoding="utf-8")
    path.chmod(0o600)


def authenticate(path: Path, name: str, password: str) -> bool:
    stored = load(path).get(name)
    if stored is None:
        hash_password(password, "0" * 32)  # the same work whether or not the name exists
        return False
    return check_password(password, stored)
