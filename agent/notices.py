"""What the user is told when the guard cannot (or can only partly) use their message. Fixed, kind, clear."""

from __future__ import annotations

from agent.schema import InputIssue, UserTurn

# Messages that replace a reply: there is nothing usable to respond to.
_BLOCKING: dict[InputIssue, str] = {
    InputIssue.EMPTY: (
        "It looks like that message came through empty. Whenever you're ready, tell me what's on your mind; "
        "a few words are enough."
    ),
    InputIssue.BINARY: (
        "I couldn't read that one: it looks like a file or unreadable characters rather than text. "
        "Could you type what's on your mind instead?"
    ),
    InputIssue.RATE_LIMITED: (
        "You're sending messages faster than I can answer them with care. I've kept what you wrote; "
        "let's take it one message at a time, and I'll be right here."
    ),
}

# Short notes placed before a normal reply: the message was used, with a caveat the user should know about.
_NOTES: dict[InputIssue, str] = {
    InputIssue.TOO_LONG: (
        "(That was a long message, so I read the first part. If something important came later, "
        "feel free to send it next.)"
    ),
    InputIssue.INVALID_UTF8: "(A few characters in your message couldn't be read, so I left them out.)",
}


def blocking_notice(turn: UserTurn) -> str | None:
    for issue in turn.issues:
        if issue in _BLOCKING:
            return _BLOCKING[issue]
    return None


def blocking_notice_text(issue: str) -> str:
    return _BLOCKING[InputIssue(issue)]


def notes(turn: UserTurn) -> list[str]:
    return [_NOTES[issue] for issue in turn.issues if issue in _NOTES]


SOMETHING_WENT_WRONG = (
    "I'm sorry, something went wrong on my side while I was thinking about your message. "
    "I've kept what you wrote. Could you tell me a little more, or send it again?"
)
