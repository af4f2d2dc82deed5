"""Slash commands a person can type in the chat to see and control what Warmline remembers about them."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict


class CommandName(StrEnum):
    MEMORY = "memory"  # list what is remembered
    REMEMBER = "remember"  # store a note
    FORGET = "forget"  # delete everything, or one numbered note
    HELP = "help"


class ChatCommand(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: CommandName
    argument: str = ""


HELP_TEXT = (
    "You can control what I remember between chats:\n\n"
    "- `/memory` shows everything I remember about you\n"
    "- `/remember TEXT` asks me to remember something (for example, a name or an ongoing situation)\n"
    "- `/forget` deletes everything I remember about you; `/forget 2` deletes note number 2\n\n"
    "Memory across chats is off unless you turn it on in the chat settings or use `/remember`."
)


def parse_command(text: str) -> ChatCommand | None:
    """A message that starts with one of the commands; anything else is a normal message."""
    stripped = text.strip()
    if not stripped.startswith("/"):
        return None
    head, _, rest = stripped[1:].partition(" ")
    try:
        name = CommandName(head.lower())
    except ValueError:
        return None
    return ChatCommand(name=name, argument=rest.strip())
