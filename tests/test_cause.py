from hypothesis import given
from hypothesis import strategies as st

from agent.cause import find_cause, span_in


def test_clause_after_because_is_the_span() -> None:
    guess = span_in("I am so stressed because my landlord wants us out by Friday. It is a lot.")
    assert guess.span == "my landlord wants us out by Friday"
    assert guess.evidence == 1.0


def test_clause_before_so_is_the_span() -> None:
    assert span_in("My project got cancelled, so I feel useless").span == "My project got cancelled"


def test_feeling_after_feeling_word() -> None:
    assert span_in("I'm worried about the interview on Monday.").span == "the interview on Monday"


def test_feeling_only_turn_points_back_to_the_event() -> None:
    cause = find_cause(["My cat died this morning.", "I feel awful."])
    assert cause is not None
    assert cause.utterance_index == 0 and cause.span == "My cat died this morning"


def test_current_turn_with_a_cause_wins() -> None:
    cause = find_cause(["My cat died this morning.", "And now I'm upset since my boss fired me."])
    assert cause is not None and cause.utterance_index == 1 and cause.span == "my boss fired me"


def test_feeling_parts_are_trimmed_from_event_clause() -> None:
    assert span_in("I am terrified, someone follows me home").span == "someone follows me home"


def test_no_text_no_cause() -> None:
    assert find_cause([]) is None
    assert find_cause(["   "]) is None


@given(st.lists(st.text(max_size=80), max_size=6))
def test_cause_is_well_formed(texts: list[str]) -> None:
    cause = find_cause(texts)
    if cause is None:
        assert not any(t.strip() for t in texts)
        return
    assert 0 <= cause.utterance_index < len(texts)
    assert 0.0 <= cause.confidence <= 1.0
