"""The input guard: validate and normalise the user's message, then run the crisis screen.

Runs before any model call. Whatever arrives (bytes, markup, control characters, a megabyte of text, an
injection attempt) leaves as a `UserTurn` whose text is plain content, plus the issues found, so the pipeline
can answer kindly instead of failing.
"""

from __future__ import annotations

import re
import threading
import time
import unicodedata
from collections import defaultdict, deque
from collections.abc import Callable

from agent import crisis
from agent.schema import Conversation, InputIssue, RiskAssessment, UserTurn

# Bidi overrides/isolates can make text display differently from what it says (trojan-source style).
_BIDI = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f"))
_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][^<>]{0,500}>")
_SCRIPT_BLOCK = re.compile(r"<\s*(script|style)\b.*?<\s*/\s*\1\s*>", re.IGNORECASE | re.DOTALL)
_MD_IMAGE = re.compile(r"!\[([^\]]{0,200})\]\([^)]{0,2000}\)")
_MD_LINK = re.compile(r"\[([^\]]{0,200})\]\((?:javascript|data|vbscript):[^)]{0,2000}\)", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\u00a0\u3000]+")
_NEWLINES = re.compile(r"\n{3,}")
_INJECTION = re.compile(
    r"ignore (all |any )?(the |your )?(previous|prior|above|earlier) (instructions|prompts?|rules)"
    r"|disregard (all |your )?(previous |prior )?(instructions|rules)"
    r"|(reveal|show|print|repeat|tell me) (me )?(your|the) (system |hidden |initial )?(prompt|instructions)"
    r"|system prompt|developer mode|jailbreak|\bDAN\b|you are now (a|an|my) "
    r"|pretend (to be|you are)|act as (a|an|my) |new instructions:|<\|?(system|im_start)\|?>",
    re.IGNORECASE,
)
_PRUNE_EVERY = 256  # checks between sweeps of idle conversations from the rate-limit table


class Guard:
    """Stateful only for the per-conversation rate limit."""

    name = "guard"

    def __init__(
        self, max_chars: int = 4000, per_minute: int = 30, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.max_chars = max_chars
        self._clock = clock
        self.per_minute = per_minute
        self._recent: dict[str, deque[float]] = defaultdict(deque)
        self._checks = 0
        self._lock = threading.Lock()

    def check(self, raw: str | bytes, conversation: Conversation) -> UserTurn:
        issues: list[InputIssue] = []
        text = _decode(raw, issues)
        raw_chars = len(text)
        text = _clean(text, issues)
        if len(text) > self.max_chars:
            issues.append(InputIssue.TOO_LONG)
            text = _truncate(text, self.max_chars)
        if not text.strip():
            issues.append(InputIssue.EMPTY)
        if _INJECTION.search(text):
            issues.append(InputIssue.PROMPT_INJECTION)
        if self._over_rate(conversation.id):
            issues.append(InputIssue.RATE_LIMITED)
        risk = crisis.screen(text, conversation) if text.strip() else RiskAssessment()
        return UserTurn(text=text, raw_chars=raw_chars, issues=tuple(dict.fromkeys(issues)), risk=risk)

    def _over_rate(self, conversation_id: str) -> bool:
        with self._lock:  # checks run in worker threads, and the sweep walks the whole table
            return self._count(conversation_id)

    def _count(self, conversation_id: str) -> bool:
        now = self._clock()
        self._checks += 1
        if self._checks % _PRUNE_EVERY == 0:
            self._forget_idle(now)
        window = self._recent[conversation_id]
        while window and now - window[0] > 60.0:
            window.popleft()
        window.append(now)
        return len(window) > self.per_minute

    def _forget_idle(self, now: float) -> None:
        """A server up for weeks sees many conversations; only the last minute's matter to the limit."""
        idle = [cid for cid, window in self._recent.items() if not window or now - window[-1] > 60.0]
        for cid in idle:
            del self._recent[cid]

    def tracked_conversations(self) -> int:
        return len(self._recent)


def _decode(raw: str | bytes, issues: list[InputIssue]) -> str:
    if isinstance(raw, str):
        return raw
    if raw.count(b"\x00") > 0 or _binary_ratio(raw) > 0.3:
        issues.append(InputIssue.BINARY)
        return ""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        issues.append(InputIssue.INVALID_UTF8)
        return raw.decode("utf-8", errors="replace").replace("\ufffd", "")


def _binary_ratio(raw: bytes) -> float:
    if not raw:
        return 0.0
    sample = raw[:4096]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 13))
    return controls / len(sample)


def _clean(text: str, issues: list[InputIssue]) -> str:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if "\x00" in text or _binary_ratio(text[:4096].encode("utf-8", "replace")) > 0.3:
        issues.append(InputIssue.BINARY)
        return ""
    stripped = "".join(ch for ch in text.translate(_BIDI) if _printable(ch))
    if stripped != text:
        issues.append(InputIssue.CONTROL_CHARACTERS)
    return _strip_markup(stripped, issues)


def _printable(ch: str) -> bool:
    if ch in "\n\t":
        return True
    category = unicodedata.category(ch)
    # Cc control, Cs surrogates, Co private use, Cn unassigned; Cf (format) keeps emoji joiners working.
    return category not in {"Cc", "Cs", "Co", "Cn"}


def _strip_markup(text: str, issues: list[InputIssue]) -> str:
    """Markup becomes its readable text: the model sees words, and nothing can render as active HTML."""
    cleaned = _SCRIPT_BLOCK.sub(" ", text)
    cleaned = _MD_IMAGE.sub(lambda m: m.group(1), cleaned)
    cleaned = _MD_LINK.sub(lambda m: m.group(1), cleaned)
    cleaned = _without_tags(cleaned)
    if cleaned != text:
        issues.append(InputIssue.MARKUP)
    cleaned = _SPACES.sub(" ", cleaned)
    return _NEWLINES.sub("\n\n", cleaned).strip()


def _without_tags(text: str) -> str:
    """Tags removed until none is left: removing the inner tag of "<A<A>>" leaves "<A >", a tag again. Each pass
    removes at least one tag, so a message at the length limit takes at most a few hundred passes."""
    while True:
        cleaned = _TAG.sub(" ", text)
        if cleaned == text:
            return cleaned
        text = cleaned


def _truncate(text: str, limit: int) -> str:
    cut = text[:limit]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit * 0.8 else cut).rstrip()
