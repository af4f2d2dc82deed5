"""The user's problem type, in ESConv's 13 problem types (lower-case), or "other".

Keyword cues decide when they are present (they are precise and cheap); otherwise the message embedding is
compared with a short, self-written description of each type and the best match is taken if it is close enough.
Cues from the whole conversation count, recent turns more, because people often name the problem once and then
talk about how it feels.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from types import MappingProxyType

import numpy as np

from agent.embeddings import Vector

OTHER = "other"

PROBLEM_TYPES: tuple[str, ...] = (
    "ongoing depression", "job crisis", "breakup with partner", "problems with friends", "academic pressure",
    "sleep problems", "conflict with parents", "issues with children", "appearance anxiety", "alcohol abuse",
    "procrastination", "issues with parents", "school bullying", OTHER,
)  # fmt: skip

_CUES: Mapping[str, str] = MappingProxyType(
    {
        "ongoing depression": r"depress\w*|hopeless|empty inside|no motivation|can'?t get out of bed|numb",
        "job crisis": r"\b(?:job|laid off|layoffs?|fired|unemploy\w*|boss|career|workplace|salary|hired)\b",
        "breakup with partner": r"break ?up|broke up|split up|divorc\w*|\bex\b|cheat\w*|(?:girl|boy)friend"
        r"|\bpartner\b|\bwife\b|\bhusband\b|relationship",
        "problems with friends": r"\bfriends?\b|friendship|best friend|left out",
        "academic pressure": r"exams?\b|\bgrades?\b|\bcollege\b|universit\w*|\bclass(?:es)?\b|thesis|homework"
        r"|\bstudy\w*|\bstudying\b|semester|professor|\bgpa\b",
        "sleep problems": r"\bsleep\w*|insomnia|can'?t fall asleep|nightmares?|\bawake\b",
        "conflict with parents": r"(?:fight|argu\w*|yell\w*|conflict)\b.{0,40}\b(?:mom|dad|mother|father|parents?)"
        r"|(?:mom|dad|mother|father|parents?)\b.{0,40}\b(?:fight|argu\w*|yell\w*|don'?t understand)",
        "issues with children": r"\bmy (?:kids?|son|daughter|child|children|toddler|teen\w*)\b",
        "appearance anxiety": r"\bugly\b|my (?:weight|looks|appearance|body|face|skin)|\bfat\b|acne",
        "alcohol abuse": r"\bdrink\w*|alcohol\w*|\bdrunk\b|\bbooze\b|hangover|sober",
        "procrastination": r"procrastinat\w*|put(?:ting)? (?:it|things) off|keep delaying|last minute",
        "issues with parents": r"\b(?:mom|dad|mother|father|parents?)\b",
        "school bullying": r"bull(?:y|ied|ies|ying)|picked on|tease[sd]? me|making fun of me",
    }
)
_PATTERNS = {problem: re.compile(pattern, re.IGNORECASE) for problem, pattern in _CUES.items()}

# Specific types are checked before the broad ones they overlap (bullying before friends, conflict before parents).
_PRIORITY: tuple[str, ...] = (
    "school bullying", "alcohol abuse", "sleep problems", "procrastination", "appearance anxiety",
    "conflict with parents", "issues with children", "breakup with partner", "job crisis", "academic pressure",
    "ongoing depression", "problems with friends", "issues with parents",
)  # fmt: skip

_DESCRIPTIONS: Mapping[str, str] = MappingProxyType(
    {
        "ongoing depression": "I have felt down and hopeless for months and nothing seems worth doing.",
        "job crisis": "I lost my job and I am worried about work, money and my career.",
        "breakup with partner": "My partner and I broke up and I miss the relationship.",
        "problems with friends": "My friends are ignoring me and I feel left out of the group.",
        "academic pressure": "Exams and grades at school are stressing me out.",
        "sleep problems": "I cannot sleep at night and I am exhausted every day.",
        "conflict with parents": "My parents and I keep arguing and fighting at home.",
        "issues with children": "I am struggling with how my kids behave and how to raise them.",
        "appearance anxiety": "I hate how I look and worry about my weight and body.",
        "alcohol abuse": "I drink too much alcohol and cannot stop.",
        "procrastination": "I keep putting off my tasks until the last minute.",
        "issues with parents": "I am worried about my mother and father.",
        "school bullying": "Other kids at school bully me and call me names.",
    }
)
_MIN_SIMILARITY = 0.35


@lru_cache(maxsize=4096)  # a conversation's earlier messages are looked at again on every turn
def keyword_problem(text: str) -> str | None:
    for problem in _PRIORITY:
        if _PATTERNS[problem].search(text):
            return problem
    return None


@lru_cache(maxsize=1)
def _description_matrix() -> Vector:
    # The emotion model's MiniLM pass gives the same vectors as shared_embedder() without loading
    # sentence-transformers a second time.
    from agent.emotion_model import shared_minilm

    vectors: Vector = shared_minilm().run([_DESCRIPTIONS[p] for p in _PRIORITY], split=1).sentence.numpy()
    return vectors


def nearest_problem(vector: Vector) -> tuple[str, float]:
    similarities = _description_matrix() @ vector
    best = int(np.argmax(similarities))
    return _PRIORITY[best], float(similarities[best])


def classify_problem(user_texts: Sequence[str], vector: Vector | None = None) -> str:
    """The problem type of a conversation, from the user's texts (oldest first, the current turn last)."""
    for text in reversed(user_texts):
        found = keyword_problem(text)
        if found is not None:
            return found
    if vector is None:
        return OTHER
    problem, similarity = nearest_problem(vector)
    return problem if similarity >= _MIN_SIMILARITY else OTHER
