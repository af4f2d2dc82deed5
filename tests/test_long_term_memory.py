"""Opt-in long-term memory in its own Chroma collection: per person, listable, deletable."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from agent.chat_commands import CommandName, parse_command
from agent.embeddings import shared_embedder
from memory.long_term import LongTermMemory, NoteKind
from memory.store import open_client


def memory(tmp_path: Path) -> LongTermMemory:
    return LongTermMemory(open_client(tmp_path / "chroma"), shared_embedder())


def test_notes_are_kept_per_person_and_deduplicated(tmp_path: Path) -> None:
    store = memory(tmp_path)
    assert store.remember("ana", "My sister is called Lucia.", NoteKind.NOTE) is not None
    assert store.remember("ana", "My sister is called Lucia.", NoteKind.NOTE) is None
    store.remember("ana", "I'm looking for a new job in design.", NoteKind.SITUATION)
    store.remember("ben", "My exams are in June.", NoteKind.NOTE)
    assert [n.text for n in store.notes("ana")] == [
        "My sister is called Lucia.",
        "I'm looking for a new job in design.",
    ]
    assert [n.text for n in store.notes("ben")] == ["My exams are in June."]


def test_recall_finds_the_relevant_note_of_that_person_only(tmp_path: Path) -> None:
    store = memory(tmp_path)
    store.remember("ana", "My sister is called Lucia.", NoteKind.NOTE)
    store.remember("ana", "I'm looking for a new job in design.", NoteKind.SITUATION)
    store.remember("ben", "My job interview is on Friday.", NoteKind.NOTE)
    recalled = store.recall("ana", "I had another job interview today", k=1)
    assert recalled == ["I'm looking for a new job in design."]
    assert store.recall("nobody", "anything") == []


def test_forget_one_note_or_everything(tmp_path: Path) -> None:
    store = memory(tmp_path)
    first = store.remember("ana", "My sister is called Lucia.", NoteKind.NOTE)
    store.remember("ana", "I'm looking for a new job in design.", NoteKind.SITUATION)
    store.remember("ben", "My exams are in June.", NoteKind.NOTE)
    assert first is not None and store.forget("ana", first.id) == 1
    assert len(store.notes("ana")) == 1
    assert store.forget("ana") == 1
    assert store.notes("ana") == []
    assert len(store.notes("ben")) == 1, "forgetting one person leaves the others alone"


def test_commands_are_parsed_and_other_text_is_not() -> None:
    assert parse_command("/memory") == parse_command("  /MEMORY ")
    command = parse_command("/remember my dog is called Biscuit")
    assert command is not None and command.name is CommandName.REMEMBER
    assert command.argument == "my dog is called Biscuit"
    forget = parse_command("/forget 2")
    assert forget is not None and (forget.name, forget.argument) == (CommandName.FORGET, "2")
    assert parse_command("I feel /lost") is None
    assert parse_command("/unknown thing") is None


@given(st.text(max_size=200))
def test_parse_command_never_raises(text: str) -> None:
    parse_command(text)
