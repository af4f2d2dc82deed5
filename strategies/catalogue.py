"""The eight ESConv support strategies (Liu et al., 2021) as one Enum, with definitions and stage affinity.

Definitions paraphrase the ESConv paper's strategy descriptions in our own words. The stage affinity follows
the Helping Skills model the dataset was built on: exploration, then comforting, then action.
"""

from __future__ import annotations

from enum import StrEnum


class Stage(StrEnum):
    EXPLORATION = "exploration"
    COMFORTING = "comforting"
    ACTION = "action"


class Strategy(StrEnum):
    QUESTION = "Question"
    RESTATEMENT = "Restatement or Paraphrasing"
    REFLECTION = "Reflection of feelings"
    SELF_DISCLOSURE = "Self-disclosure"
    AFFIRMATION = "Affirmation and Reassurance"
    SUGGESTION = "Providing Suggestions"
    INFORMATION = "Information"
    OTHERS = "Others"

    @classmethod
    def parse(cls, label: str) -> Strategy:
        """Accepts ESConv labels in any case, with or without brackets (`[Question]`)."""
        cleaned = label.strip().strip("[]").strip().lower()
        for strategy in cls:
            if strategy.value.lower() == cleaned:
                return strategy
        raise ValueError(f"unknown strategy label: {label!r}")

    @property
    def definition(self) -> str:
        return _DEFINITIONS[self]

    @property
    def stages(self) -> tuple[Stage, ...]:
        return _STAGES[self]

    @property
    def short(self) -> str:
        return _SHORT[self]


# The canonical order used by ESConv, Kang et al. and every metric file: index i <-> STRATEGIES[i].
STRATEGIES: tuple[Strategy, ...] = tuple(Strategy)

_DEFINITIONS: dict[Strategy, str] = {
    Strategy.QUESTION: (
        "Ask an open question that helps the person say more about their situation or feelings."
    ),
    Strategy.RESTATEMENT: (
        "Say back, in fresh words, what the person has told you, so they can check you understood."
    ),
    Strategy.REFLECTION: "Name the feeling you hear underneath what the person said, gently and tentatively.",
    Strategy.SELF_DISCLOSURE: (
        "Share that you can relate to a similar experience or feeling, briefly, to show they are not alone."
    ),
    Strategy.AFFIRMATION: (
        "Recognise the person's strengths, effort and worth, and offer honest reassurance and hope."
    ),
    Strategy.SUGGESTION: "Offer one small, concrete, optional idea for what they could try, without pressure.",
    Strategy.INFORMATION: (
        "Share useful general facts or resources about the situation, without diagnosing or prescribing."
    ),
    Strategy.OTHERS: "Exchange pleasantries, thank the person, or keep the conversation going warmly.",
}

_STAGES: dict[Strategy, tuple[Stage, ...]] = {
    Strategy.QUESTION: (Stage.EXPLORATION,),
    Strategy.RESTATEMENT: (Stage.EXPLORATION, Stage.COMFORTING),
    Strategy.REFLECTION: (Stage.COMFORTING,),
    Strategy.SELF_DISCLOSURE: (Stage.COMFORTING,),
    Strategy.AFFIRMATION: (Stage.COMFORTING, Stage.ACTION),
    Strategy.SUGGESTION: (Stage.ACTION,),
    Strategy.INFORMATION: (Stage.ACTION,),
    Strategy.OTHERS: (Stage.EXPLORATION, Stage.COMFORTING, Stage.ACTION),
}

_SHORT: dict[Strategy, str] = {
    Strategy.QUESTION: "QU",
    Strategy.RESTATEMENT: "RP",
    Strategy.REFLECTION: "RF",
    Strategy.SELF_DISCLOSURE: "SD",
    Strategy.AFFIRMATION: "AR",
    Strategy.SUGGESTION: "PS",
    Strategy.INFORMATION: "IN",
    Strategy.OTHERS: "OT",
}
