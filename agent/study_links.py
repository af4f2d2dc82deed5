"""Signed participant links: an HMAC-SHA256 over the study, the participant id, the arm (when fixed) and the
expiry, so a survey platform can send each person to the chat without a password and nobody can change the id,
the arm or the expiry without the server noticing.

The participant id is never stored: the research log keeps a keyed hash of it (`participant_hash`).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Mapping
from enum import StrEnum
from urllib.parse import urlencode

from pydantic import BaseModel, ConfigDict, Field

from agent.settings import Settings
from agent.study import Study
from memory.identity import load_or_create_secret

_VERSION = "v1"
PARAMS = ("study", "pid", "arm", "exp", "sig")  # the query parameters of a participant link
_MAX_ID = 128


class LinkStatus(StrEnum):
    VALID = "valid"
    EXPIRED = "expired"
    BAD_SIGNATURE = "bad_signature"
    UNKNOWN_STUDY = "unknown_study"
    UNKNOWN_ARM = "unknown_arm"  # signed, but the study (since edited) has no such arm
    MALFORMED = "malformed"


class LinkFields(BaseModel):
    """What a link carries (all signed)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    study: str = Field(min_length=1, max_length=64)
    pid: str = Field(min_length=1, max_length=_MAX_ID)
    arm: str = Field(default="", max_length=64)  # empty: the study assigns the arm
    exp: int = Field(ge=0)  # expiry, seconds since the epoch (UTC)
    sig: str = Field(default="", max_length=64)

    def query(self) -> str:
        return urlencode({name: getattr(self, name) for name in PARAMS if getattr(self, name) != ""})


class LinkCheck(BaseModel):
    model_config = ConfigDict(frozen=True)

    status: LinkStatus
    fields: LinkFields | None = None

    @property
    def valid(self) -> bool:
        return self.status is LinkStatus.VALID


def study_secret(settings: Settings) -> str:
    """WARMLINE_STUDY_SECRET, or a secret made once in the data directory (like the auth secret)."""
    if settings.study_secret is not None:
        return settings.study_secret.get_secret_value()
    return load_or_create_secret(settings.data_dir / "study_secret")


def signature(secret: str, study: str, pid: str, arm: str, exp: int) -> str:
    # A JSON array is an unambiguous encoding: no choice of id can shift bytes between fields.
    message = json.dumps([_VERSION, study, pid, arm, exp], ensure_ascii=False).encode()
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def sign(
    secret: str, study: str, pid: str, arm: str = "", days: float = 30, now: float | None = None
) -> LinkFields:
    exp = int((time.time() if now is None else now) + days * 86400)
    return LinkFields(study=study, pid=pid, arm=arm, exp=exp, sig=signature(secret, study, pid, arm, exp))


def participant_url(base_url: str, fields: LinkFields) -> str:
    return f"{base_url.rstrip('/')}/?{fields.query()}"


def parse(params: Mapping[str, str]) -> LinkFields | None:
    try:
        return LinkFields(
            study=params["study"],
            pid=params["pid"],
            arm=params.get("arm", ""),
            exp=int(params["exp"]),
            sig=params["sig"],
        )
    except (KeyError, ValueError):
        return None


def verify(
    params: Mapping[str, str], secret: str, study: Study | None, now: float | None = None
) -> LinkCheck:
    """The signature first (nothing unsigned is trusted), then the study, the arm and the expiry."""
    fields = parse(params)
    if fields is None:
        return LinkCheck(status=LinkStatus.MALFORMED)
    expected = signature(secret, fields.study, fields.pid, fields.arm, fields.exp)
    if not hmac.compare_digest(expected, fields.sig):
        return LinkCheck(status=LinkStatus.BAD_SIGNATURE)
    if study is None or fields.study != study.id:
        return LinkCheck(status=LinkStatus.UNKNOWN_STUDY, fields=fields)
    if fields.arm and fields.arm not in {arm.name for arm in study.arms}:
        return LinkCheck(status=LinkStatus.UNKNOWN_ARM, fields=fields)
    if fields.exp < (time.time() if now is None else now):
        return LinkCheck(status=LinkStatus.EXPIRED, fields=fields)
    return LinkCheck(status=LinkStatus.VALID, fields=fields)


def participant_hash(secret: str, study: str, pid: str) -> str:
    """A keyed hash: the log can group a participant's sessions, but cannot be reversed to the id."""
    digest = hmac.new(secret.encode(), f"participant\n{study}\n{pid}".encode(), hashlib.sha256)
    return "p-" + digest.hexdigest()[:24]


REFUSALS = {
    LinkStatus.EXPIRED: "This study link has expired. Please contact the research team for a new one.",
    LinkStatus.BAD_SIGNATURE: "This study link is not valid (it may have been copied incompletely).",
    LinkStatus.UNKNOWN_STUDY: "This study link belongs to a study that is not running on this server.",
    LinkStatus.UNKNOWN_ARM: "This study link is not valid for the current study set-up.",
    LinkStatus.MALFORMED: "This study link is incomplete. Please open the full link you were given.",
}
