"""Which utterance holds the cause of the current emotion, and the span within it.

The span comes from the clause structure: the clause after an explicit causal marker ("because", "since",
"after", "ever since", "due to", "that/about/over" after a feeling word), the clause before a consequence marker
("..., so I feel"), or else the clause that reports an event rather than a feeling. The utterance is the most
recent one (the current turn first) whose best clause carries such evidence, with a decay for older turns, so
"I feel awful." after "My dog died yesterday." points back to the earlier message.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from agent.schema import Cause

_CAUSAL_AFTER = re.compile(
    r"\b(?:because(?: of)?|'?cause|since|ever since|after|due to|now that|as a result of|thanks to)\s+",
    re.IGNORECASE,
)
_FEELING_THEN = re.compile(
    r"\b(?:feel\w*|felt|am|i'm|im|was|got|get)\s+(?:\w+\s+){0,2}?"
    r"(?:sad|upset|angry|mad|happy|glad|worried|scared|afraid|anxious|stressed|nervous|hurt|depressed|lonely"
    r"|excited|frustrated|annoyed|ashamed|embarrassed|guilty|disappointed|proud|relieved|tired|sorry)\s+"
    r"(?:that|about|over|by|with|when|to)\s+",
    re.IGNORECASE,
)
# "so" only as a connective (", so" or "so I/we/now ..."), never as the intensifier in "I feel so alone".
_CONSEQUENCE = re.compile(
    r"(?:,\s*so\b|\s+so\s+(?=(?:i|i'm|we|now|it|he|she|they|my|that)\b)|,?\s+(?:which is why|that'?s why"
    r"|and now)\b)\s*",
    re.IGNORECASE,
)
_WHEN = re.compile(r"\b(?:when|whenever)\s+", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.!?;]+|\s+but\s+|\s+and so\s+", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_FEELING_WORDS = re.compile(
    r"\b(?:awful|terrible|sad|upset|down|depressed|anxious|worried|scared|afraid|angry|mad|lonely|hurt|bad"
    r"|fine|okay|ok|good|great|happy|tired|exhausted|miserable|hopeless|lost|empty|numb|stressed|cry\w*"
    r"|overwhelmed|broken|sorry|glad|better|worse|frustrated|confused|excited|thanks?|thank you|terrified"
    r"|frightened|nervous|ashamed|guilty|embarrassed|jealous|heartbroken|devastated|furious|annoyed|afraid)\b",
    re.IGNORECASE,
)
_EVENT = re.compile(
    r"\b(?:lost|died|passed away|broke|left|fired|failed|cheated|divorc\w*|moved|quit|yelled|hit|told"
    r"|said|ignored|dumped|laid off|rejected|sick|ill|diagnosed|happened|got|won|passed|missed|argued"
    r"|fight|fought|exam|job|work|school|money|debt|rent|boss|parents?|mom|dad|friends?|partner|wife"
    r"|husband|girlfriend|boyfriend|kids?|son|daughter)\b",
    re.IGNORECASE,
)
_ACTOR = re.compile(
    r"\b(?:i|i'm|me|my|you|your|he|she|his|her|they|their|we|our|it|this|that|the|a|an)\b", re.I
)
_RECENCY_DECAY = 0.5
_MAX_LOOKBACK = 4


class SpanGuess(BaseModel):
    model_config = ConfigDict(frozen=True)

    span: str
    evidence: float  # 0..1: how clearly the span reads as a cause


def _until_clause_end(text: str) -> str:
    return _CLAUSE_END.split(text, maxsplit=1)[0].strip(" ,;:-")


def _marked_span(sentence: str) -> SpanGuess | None:
    for pattern, evidence in ((_CAUSAL_AFTER, 1.0), (_FEELING_THEN, 0.9), (_WHEN, 0.7)):
        match = pattern.search(sentence)
        if match:
            span = _until_clause_end(sentence[match.end() :])
            # "after fourteen years" is a time, not a cause: the span must name someone or an event.
            if len(span.split()) >= 2 and (_ACTOR.search(span) or _EVENT.search(span)):
                return SpanGuess(span=span, evidence=evidence)
    match = _CONSEQUENCE.search(sentence)
    if match and len(sentence[: match.start()].split()) >= 3:
        return SpanGuess(span=sentence[: match.start()].strip(" ,;:-"), evidence=0.85)
    return None


def _feeling_only(clause: str) -> bool:
    """A short clause that names a feeling and no event ("I feel awful and can't stop crying")."""
    return len(clause.split()) <= 10 and bool(_FEELING_WORDS.search(clause)) and not _EVENT.search(clause)


def _event_span(sentence: str) -> SpanGuess | None:
    # Comma-separated parts that only name a feeling ("I am terrified, ...") are not part of the cause.
    parts = [p.strip() for p in _until_clause_end(sentence).split(",")]
    clause = ", ".join(p for p in parts if p and not _feeling_only(p))
    if len(clause.split()) < 2:
        return None
    hits = len(_EVENT.findall(clause))
    return SpanGuess(span=clause, evidence=min(0.8, 0.45 + 0.15 * hits))


@lru_cache(maxsize=4096)  # a conversation's earlier messages are looked at again on every turn
def span_in(utterance: str) -> SpanGuess:
    """The best cause span in one utterance; evidence 0 when it only states a feeling."""
    sentences = [s for s in _SENTENCE.split(utterance.strip()) if s.strip()]
    guesses = [g for s in sentences for g in (_marked_span(s), _event_span(s)) if g is not None]
    if guesses:
        return max(guesses, key=lambda g: g.evidence)
    fallback = _until_clause_end(utterance) or utterance.strip()
    return SpanGuess(span=fallback, evidence=0.0 if _feeling_only(fallback) else 0.15)


def find_cause(user_texts: Sequence[str]) -> Cause | None:
    """The cause among the user's utterances (oldest first, the current turn last), or None with no text."""
    if not user_texts or not any(t.strip() for t in user_texts):
        return None
    last = len(user_texts) - 1
    best: tuple[float, int, SpanGuess] | None = None
    for index in range(last, max(-1, last - _MAX_LOOKBACK), -1):
        guess = span_in(user_texts[index])
        score = guess.evidence * _RECENCY_DECAY ** (last - index)
        if best is None or score > best[0]:
            best = (score, index, guess)
    assert best is not None
    score, index, guess = best
    return Cause(utterance_index=index, span=guess.span, confidence=round(min(1.0, score), 4))
