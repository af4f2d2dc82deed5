"""The offline drafter: a caring reply for the chosen strategy, composed without any model call.

A reply is built from a strategy's *shape* (e.g. acknowledgement + core sentence + close) and the phrase banks in
agent/resources/drafter/*.yaml. Slots in the banks are filled from what the person said (one reflected event
clause, the harsh word they used about themselves, how often something happened, what it is about) and from the
perception (feeling words, intensity, problem type, trend). Retrieved demonstrations steer the choice among
phrasings and lend ideas (a suggestion, a question) that are re-phrased in our own frames, never pasted whole.

Guarantees the tests hold us to: deterministic for a conversation state (seeded by conversation id + turn count +
revision round), never a sentence already said in the conversation, and a more conservative reply when the
critic asks for a revision or the conversation is in careful mode.
"""

from __future__ import annotations

import hashlib
import random
import re
import string
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field

from agent import drafter_text as tx
from agent.schema import Demonstration, Draft, Intensity, Perception, Trend
from agent.stages import DraftRequest, TokenSink
from strategies.catalogue import Strategy

RESOURCES = Path(__file__).resolve().parent / "resources" / "drafter"
_STRATEGY_FILES: dict[Strategy, str] = {
    Strategy.QUESTION: "question.yaml",
    Strategy.RESTATEMENT: "restatement.yaml",
    Strategy.REFLECTION: "reflection.yaml",
    Strategy.SELF_DISCLOSURE: "self_disclosure.yaml",
    Strategy.AFFIRMATION: "affirmation.yaml",
    Strategy.SUGGESTION: "suggestion.yaml",
    Strategy.INFORMATION: "information.yaml",
    Strategy.OTHERS: "others.yaml",
}
# Slots filled from the person's own words; a conservative revision never echoes them.
_ECHO_SLOTS = frozenset({"gist", "gerund", "Gerund", "a_label", "A_label", "harsh", "times", "nth"})
_FAMILY: dict[str, str] = {
    "sadness": "sad", "grief": "sad", "disappointment": "sad", "remorse": "sad", "hopelessness": "sad",
    "tiredness": "sad", "shame": "shame", "embarrassment": "shame", "anger": "anger", "annoyance": "anger",
    "disgust": "anger", "disapproval": "anger", "fear": "fear", "nervousness": "fear", "anxiety": "fear",
    "anticipation": "fear", "confusion": "fear", "surprise": "fear", "caring": "fear", "loneliness": "lonely",
    "joy": "positive", "optimism": "positive", "relief": "positive", "gratitude": "positive",
    "trust": "positive", "neutral": "neutral",
}  # fmt: skip
# A demonstration lends an idea only when it answers a close message about the same problem: a loosely related
# one reads as off-topic (its question or suggestion is about someone else's situation).
LEND_MIN_SCORE = 0.45
_NOUN_LABELS = frozenset(
    {"loser", "failure", "idiot", "fool", "mess", "disappointment", "burden", "joke", "fraud", "waste of space",
     "hopeless case", "bad person", "terrible person", "bad mother", "bad father", "bad parent", "bad friend",
     "bad son", "bad daughter"}
)  # fmt: skip


# --- phrase banks (data) ------------------------------------------------------------------------------------


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    any_: list[str] = Field(default_factory=list, alias="any")
    by_problem: dict[str, list[str]] = Field(default_factory=dict)


class _Frames(BaseModel):
    model_config = ConfigDict(extra="forbid")

    base: list[str] = Field(default_factory=list)
    gerund: list[str] = Field(default_factory=list)


class PhraseBank(BaseModel):
    model_config = ConfigDict(extra="forbid")

    strategy: Strategy
    version: int
    shapes: list[list[str]]
    core: _Section
    close: _Section = Field(default_factory=_Section)
    frames: _Frames = Field(default_factory=_Frames)
    gentle: list[str] = Field(default_factory=list)
    # opening, greeting, how_are_you, thanks, goodbye, positive: see conversational_move
    moves: dict[str, list[str]] = Field(default_factory=dict)


class _ProblemCues(BaseModel):
    model_config = ConfigDict(extra="forbid")

    override: bool
    cues: list[str]


class Vocabulary(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int
    feelings: dict[str, list[str]]
    cues: dict[str, list[str]]
    intensity_words: dict[str, list[str]]
    topics: dict[str, list[str]]
    self_labels: list[str]
    problem_aliases: dict[str, str]
    problem_cues: dict[str, _ProblemCues]
    positive_cues: list[str]


class Acknowledgements(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int
    families: dict[str, list[str]]
    trend_easing: list[str]
    trend_rising: list[str]


@dataclass(frozen=True)
class Banks:
    vocabulary: Vocabulary
    acks: Acknowledgements
    strategies: dict[Strategy, PhraseBank]


def _yaml(name: str) -> object:
    return yaml.safe_load((RESOURCES / name).read_text(encoding="utf-8"))


@cache
def load_banks() -> Banks:
    strategies = {s: PhraseBank.model_validate(_yaml(f)) for s, f in _STRATEGY_FILES.items()}
    for strategy, bank in strategies.items():
        if bank.strategy is not strategy:
            raise ValueError(f"{_STRATEGY_FILES[strategy]} declares {bank.strategy}, expected {strategy}")
    return Banks(
        vocabulary=Vocabulary.model_validate(_yaml("common.yaml")),
        acks=Acknowledgements.model_validate(_yaml("acknowledgements.yaml")),
        strategies=strategies,
    )


# --- what we know about this turn ---------------------------------------------------------------------------


@dataclass
class Slots:
    """Values for the bank templates' {placeholders}; a template is usable only if all its slots are here."""

    values: dict[str, str] = field(default_factory=dict)
    family: str = "neutral"
    problem: str = "other"  # the bank key: the perceived problem, or one the message's own words name
    specific: frozenset[str] = frozenset()  # slots that came from the person's own words

    def fits(self, template: str) -> bool:
        return all(name in self.values for name in template_fields(template))

    def render(self, template: str) -> str:
        text = template.format_map(self.values)
        return text[:1].upper() + text[1:]


@cache
def template_fields(template: str) -> tuple[str, ...]:
    return tuple(name for _, name, _, _ in string.Formatter().parse(template) if name)


def _feeling_keys(text: str, perception: Perception, vocabulary: Vocabulary) -> list[str]:
    """Feeling names in order of evidence: the person's own words first, then the emotion model."""
    lowered = " " + " ".join(tx.words(tx.normalise_spelling(text))) + " "
    lowered = _NEGATED.sub(lambda m: m.group(0) if m.group(0).strip() in _RELIEF_PHRASES else " ", lowered)
    cued = sorted(
        ((lowered.find(" " + cue), key) for key, cues in vocabulary.cues.items() for cue in cues),
        key=lambda pair: pair[0],
    )
    keys = [key for position, key in cued if position >= 0]
    labels = sorted(perception.emotion.labels.items(), key=lambda kv: kv[1], reverse=True)
    keys += [label for label, p in labels if p >= 0.15 and label != "neutral"]
    keys.append(perception.emotion.dominant)
    if not any(" " + cue in lowered for cue in vocabulary.positive_cues):
        keys = [
            k for k in keys if _FAMILY.get(k) != "positive"
        ]  # the model alone often mistakes calm for joy
    return [k for k in dict.fromkeys(keys) if k in vocabulary.feelings] or ["neutral"]


_NEGATED = re.compile(r" (?:less|not|no longer|never|isn't|wasn't) \w+(?= )")
_RELIEF_PHRASES = {"less alone", "less anxious", "less lonely", "less stressed"}


def resolve_problem(text: str, perceived: str, vocabulary: Vocabulary) -> str:
    """The bank to draw on: strong words in the message can name a problem the perceiver does not know."""
    lowered = " " + " ".join(tx.words(text)) + " "
    problem = vocabulary.problem_aliases.get(perceived, perceived)
    for name, rule in vocabulary.problem_cues.items():
        if any(f" {cue} " in lowered for cue in rule.cues) and (rule.override or problem == "other"):
            return name
    return problem


def _feeling_slots(
    keys: list[str], intensity: Intensity, vocab: Vocabulary, rng: random.Random
) -> dict[str, str]:
    plain = rng.choice(vocab.feelings[keys[0]])
    others = [w for k in keys[1:] for w in vocab.feelings[k][:1] if w != plain]
    second = others[0] if others else next((w for w in vocab.feelings[keys[0]] if w != plain), None)
    modifier = rng.choice(vocab.intensity_words.get(intensity.value, [""]))
    values = {"feeling_plain": plain, "feeling": f"{modifier} {plain}".strip()}
    if second:
        values["feeling2"] = second
    return values


def _echo_slots(text: str, cause: str | None, vocab: Vocabulary) -> dict[str, str]:
    """Slots taken from the person's own words, each only when it reads cleanly."""
    values: dict[str, str] = {}
    clause = tx.pick_event_clause(text, cause)
    if clause:
        gist = tx.to_second_person(clause)
        values["gist"] = gist[:1].lower() + gist[1:] if gist.split()[0] in {"You", "Your"} else gist
        gerund = tx.gerund_phrase(values["gist"])
        if gerund:
            values["gerund"] = gerund
    label = tx.self_label(text, vocab.self_labels)
    if label:
        values["harsh"] = tx.with_article(label) if label in _NOUN_LABELS else label
        if label in _NOUN_LABELS:
            values["a_label"] = tx.with_article(label)
    nth = tx.repetition(text)
    if nth:
        values["times"], values["nth"] = f"a {nth} time", f"the {nth} time"
    return values


def _plural_phrase(phrase: str) -> bool:
    """'your exams' is plural; 'what is going on with your parents', 'losing your keys', 'the pile of tasks' not."""
    words = phrase.split()
    if words[0] in {"what", "what's", "how"} or words[0].endswith("ing") or " of " in phrase:
        return False
    return tx.is_plural(words[-1])


def message_text(request: DraftRequest) -> str:
    """What to answer: the message, or the user's latest one when the supporter is continuing its own turn."""
    earlier = request.context.conversation.user_texts()
    return request.context.turn.text or (earlier[-1] if earlier else "")


def build_slots(request: DraftRequest, rng: random.Random, echo: bool) -> Slots:
    vocab = load_banks().vocabulary
    perception = request.context.perception
    text = message_text(request)
    keys = _feeling_keys(text, perception, vocab)
    values = _feeling_slots(keys, perception.emotion.intensity, vocab, rng)
    problem = resolve_problem(text, perception.problem, vocab)
    topic = tx.topic_phrase(text) if echo else None
    fallback_topics = vocab.topics.get(problem) or vocab.topics["other"]
    values["topic"] = topic.phrase if topic else rng.choice(fallback_topics)
    values["has"] = "have" if _plural_phrase(values["topic"]) else "has"
    specific = {"topic"} if topic else set()
    if echo:
        cause = perception.cause.span if perception.cause else None
        echoed = _echo_slots(text, cause, vocab)
        values.update(echoed)
        specific |= set(echoed)
        if "gerund" in echoed and topic and not topic.person:
            values["topic"] = echoed["gerund"]  # "losing your job" says more than "your job"
            values["has"] = "has"
    if {"harsh", "times"} & set(values) or {"disappointment", "shame"} & set(_cued_keys(text, vocab)):
        values["setback"] = "a setback"
        specific.add("setback")
    _add_variants(values, specific)
    family = _FAMILY.get(keys[0], "neutral")
    return Slots(values=values, family=family, problem=problem, specific=frozenset(specific))


def _cued_keys(text: str, vocab: Vocabulary) -> set[str]:
    lowered = " " + " ".join(tx.words(tx.normalise_spelling(text))) + " "
    return {key for key, cues in vocab.cues.items() if any(" " + cue in lowered for cue in cues)}


def _add_variants(values: dict[str, str], specific: set[str]) -> None:
    """{Name} is the capitalised value; {_name} renders nothing and only requires the slot (a guard)."""
    for name in list(values):
        capital = name[:1].upper() + name[1:]
        values[capital] = values[name][:1].upper() + values[name][1:]
        values["_" + name] = ""
        if name in specific:
            specific.update({capital, "_" + name})


# --- ideas lent by the retrieved demonstrations -------------------------------------------------------------

_IDEA_GERUND = re.compile(
    r"\b(?:have you (?:tried|thought about|considered)|how about|what about|consider)\s+(\w+ing\b[^.?!;]*)",
    re.I,
)
_IDEA_BASE = re.compile(
    r"\b(?:you (?:could|might|may want to|might want to|can try to)|maybe (?:try to|you could)|"
    r"it (?:might|may|could|would) help to|try to|why not)\s+([^.?!;]+)",
    re.I,
)
_SUPPORTER_SELF = re.compile(r"\b(?:i|me|my|mine|myself|i'm|i've|i'd|i'll|we|us|our)\b", re.I)
_PERSON_REF = re.compile(r"\b(?:your|his|her|their)\s+(\w+)", re.I)


def _portable(phrase: str, user_words: set[str]) -> bool:
    """A demonstration's phrase fits this person only if it names no one they did not mention."""
    n = len(phrase.split())
    if not 3 <= n <= 16 or _SUPPORTER_SELF.search(phrase):
        return False
    people = {m.lower() for m in _PERSON_REF.findall(phrase) if m.lower() in tx._PEOPLE}
    return people <= user_words


def demo_ideas(demos: Iterable[Demonstration], user_text: str) -> list[tuple[str, str]]:
    """(kind, phrase) suggestions from the demonstrations: kind 'base' ('talk to ...') or 'gerund'."""
    user_words = set(tx.words(user_text))
    ideas: list[tuple[str, str]] = []
    for demo in demos:
        if demo.strategy is not Strategy.SUGGESTION:
            continue
        for pattern, kind in ((_IDEA_GERUND, "gerund"), (_IDEA_BASE, "base")):
            for match in pattern.finditer(demo.supporter):
                phrase = re.sub(r"\s+(?:too|as well|first)$", "", match.group(1).strip(" ,"), flags=re.I)
                if _portable(phrase, user_words):
                    ideas.append((kind, phrase[:1].lower() + phrase[1:]))
    return list(dict.fromkeys(ideas))


_QUESTION_LEADS = ("I'm wondering, ", "Can I ask, ", "If you don't mind me asking, ")


def demo_questions(demos: Iterable[Demonstration], user_text: str, rng: random.Random) -> list[str]:
    """Open questions from Question demonstrations, re-framed with a lead-in of our own."""
    user_words = set(tx.words(user_text))
    out: list[str] = []
    for demo in demos:
        if demo.strategy is not Strategy.QUESTION:
            continue
        for sentence in tx.sentences(demo.supporter):
            body = sentence.strip()
            if body.endswith("?") and _portable(body.rstrip("?"), user_words) and body[:1].isupper():
                lead = rng.choice(_QUESTION_LEADS)
                out.append(lead + body[:1].lower() + body[1:])
    return out


# --- choosing sentences that were never said before ---------------------------------------------------------


def sentence_key(sentence: str) -> str:
    return " ".join(tx.words(sentence))


def said_keys(texts: Iterable[str]) -> set[str]:
    return {sentence_key(s) for text in texts for s in tx.sentences(text) if sentence_key(s)}


@cache
def _skeleton(template: str) -> re.Pattern[str] | None:
    """A pattern that matches any rendering of the template, to keep templates from recurring across turns."""
    chunks = [sentence_key(lit) for lit, _, _, _ in string.Formatter().parse(template)]
    chunks = [c for c in chunks if c]
    if sum(len(c.split()) for c in chunks) < 4:
        return None
    return re.compile(".*".join(re.escape(c) for c in chunks))


def _template_used(template: str, said: set[str]) -> bool:
    pattern = _skeleton(template)
    return pattern is not None and any(pattern.search(key) for key in said)


def _overlap(template: str, demo_words: set[str]) -> float:
    own = {w for w in tx.words(template) if len(w) > 3}
    return len(own & demo_words) / (len(own) or 1)


@dataclass
class Composer:
    slots: Slots
    said: set[str]
    rng: random.Random
    demo_words: set[str]
    avoid: tuple[str, ...] = ()
    chosen: list[str] = field(default_factory=list)

    def pick(self, templates: Sequence[str], boosted: Sequence[str] = ()) -> str | None:
        """The best unsaid rendering: specific and demonstration-like phrasings are drawn first."""
        usable = [t for t in dict.fromkeys([*boosted, *templates]) if self.slots.fits(t)]
        ranked = sorted(usable, key=lambda t: self._weight(t, t in boosted) * self.rng.random(), reverse=True)
        for strict in (True, False):
            for template in ranked:
                if strict and _template_used(template, self.said):
                    continue
                text = self.slots.render(template)
                if self._fresh(text):
                    self.chosen.append(text)
                    return text
        return None

    def _weight(self, template: str, boosted: bool) -> float:
        specific = len(set(template_fields(template)) & self.slots.specific)
        return (
            (1.0 + 3.0 * specific)
            * (1.0 + 3.0 * _overlap(template, self.demo_words))
            * (2.5 if boosted else 1)
        )

    def _fresh(self, text: str) -> bool:
        keys = [sentence_key(s) for s in tx.sentences(text)]
        taken = self.said | {sentence_key(s) for c in self.chosen for s in tx.sentences(c)}
        lowered = text.lower()
        return all(k and k not in taken for k in keys) and not any(a in lowered for a in self.avoid)


# --- conversational moves ---------------------------------------------------------------------------------

_GREETING = re.compile(r"^(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening))\b", re.I)
_THANKS = re.compile(r"\b(?:thanks|thank you|thankyou|thank u|thx|appreciate)\b", re.I)
_HOW_ARE_YOU = re.compile(r"\bhow (?:are|r) (?:you|u)\b(?! (?:feeling|doing) about)", re.I)
_GOODBYE = re.compile(r"\b(?:bye|goodbye|good night|goodnight|take care|see you|talk later)\b", re.I)


def conversational_move(request: DraftRequest) -> str | None:
    """Openings, greetings, thanks and goodbyes deserve their own kind of answer, not a reflection."""
    text = request.context.turn.text.strip()
    if not text:
        return None if request.context.conversation.user_texts() else "opening"
    short = len(text.split()) <= 12
    if _HOW_ARE_YOU.search(text) and short:
        return "how_are_you"
    if _GOODBYE.search(text) and short:
        return "goodbye"
    if _THANKS.search(text) and short:
        return "thanks"
    if _GREETING.match(text) and len(text.split()) <= 6:
        return "greeting"
    return None


# --- the drafter --------------------------------------------------------------------------------------------


def _seed(request: DraftRequest) -> int:
    conversation = request.context.conversation
    key = f"{conversation.id}:{len(conversation.messages)}:{request.round}:{request.decision.choice.value}"
    return int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big")


_QUOTED = re.compile(r"['\"“‘]([^'\"”’]{3,60})['\"”’]")


def _flagged_phrases(feedback: Sequence[str]) -> tuple[str, ...]:
    """Quoted fragments in the critic's reasons: a revision must not say them again."""
    return tuple(m.lower() for reason in feedback for m in _QUOTED.findall(reason))


class OfflineDrafter:
    """Implements agent.stages.Drafter without a model: fast, deterministic, and safe by construction."""

    name = "offline"

    def __init__(self, banks: Banks | None = None) -> None:
        self._banks = banks or load_banks()

    async def draft(self, request: DraftRequest, on_token: TokenSink | None = None) -> Draft:
        text = self.compose(request)
        if on_token is not None:
            pieces = text.split(" ")
            for i, piece in enumerate(pieces):
                await on_token(piece if i == len(pieces) - 1 else piece + " ")
        return Draft(text=text, strategy=request.decision.choice, engine=self.name, round=request.round)

    def compose(self, request: DraftRequest) -> str:
        conservative = bool(request.feedback)
        rng = random.Random(_seed(request))
        demos = [] if conservative else list(request.demonstrations)
        composer = Composer(
            slots=build_slots(request, rng, echo=not conservative),
            said=said_keys(request.context.conversation.assistant_texts()),
            rng=rng,
            demo_words={
                w for d in demos if d.strategy is request.decision.choice for w in tx.words(d.supporter)
            },
            avoid=_flagged_phrases(request.feedback),
        )
        bank = self._banks.strategies[request.decision.choice]
        move = None if conservative else conversational_move(request)
        if move is None and composer.slots.family == "positive" and not conservative:
            move = "positive"  # relief or hope: reflect it, do not answer it like a problem
        answer = composer.pick(bank.moves[move]) if move and bank.moves.get(move) else None
        return answer or self._compose_parts(request, bank, composer, demos, conservative)

    def _compose_parts(
        self,
        request: DraftRequest,
        bank: PhraseBank,
        composer: Composer,
        demos: list[Demonstration],
        conservative: bool,
    ) -> str:
        gentle = conservative or request.context.conversation.careful_mode
        shape = self._shape(bank, composer.rng, conservative)
        parts = [self._part(name, bank, composer, request, demos, gentle) for name in shape]
        reply = " ".join(p for p in parts if p)
        return reply or self._last_resort(composer)

    def _shape(self, bank: PhraseBank, rng: random.Random, conservative: bool) -> list[str]:
        if conservative:
            return ["ack", "core"]
        return list(rng.choice(bank.shapes))

    def _part(
        self,
        name: str,
        bank: PhraseBank,
        composer: Composer,
        request: DraftRequest,
        demos: list[Demonstration],
        gentle: bool,
    ) -> str | None:
        problem = composer.slots.problem
        if name == "ack":
            return composer.pick(self._acks(composer.slots.family, request.context.perception.trend))
        if name == "close":
            return composer.pick(bank.close.any_ + bank.close.by_problem.get(problem, []))
        return self._core(bank, composer, request, demos, gentle) or composer.pick(bank.core.any_)

    def _core(
        self,
        bank: PhraseBank,
        composer: Composer,
        request: DraftRequest,
        demos: list[Demonstration],
        gentle: bool,
    ) -> str | None:
        if gentle and bank.gentle:
            return composer.pick(bank.gentle)
        specific = bank.core.by_problem.get(composer.slots.problem, [])
        lent = self._lent(bank, composer.rng, request, demos)
        return composer.pick(bank.core.any_, boosted=[*specific, *lent])

    def _lent(
        self, bank: PhraseBank, rng: random.Random, request: DraftRequest, demos: list[Demonstration]
    ) -> list[str]:
        """Ideas and questions from close demonstrations, in our own frames (escaped so they are literal)."""
        text, problem = message_text(request), self._problem(request)
        demos = [d for d in demos if d.score >= LEND_MIN_SCORE and d.problem == problem]
        out: list[str] = []
        if bank.strategy is Strategy.SUGGESTION:
            for kind, idea in demo_ideas(demos, text)[:3]:
                frames = bank.frames.base if kind == "base" else bank.frames.gerund
                if frames:
                    out.append(rng.choice(frames).replace("{idea}", _escape(idea)))
        elif bank.strategy is Strategy.QUESTION:
            out += [_escape(q) for q in demo_questions(demos, text, rng)[:2]]
        return out

    def _problem(self, request: DraftRequest) -> str:
        text = message_text(request)
        return resolve_problem(text, request.context.perception.problem, self._banks.vocabulary)

    def _acks(self, family: str, trend: Trend) -> list[str]:
        acks = self._banks.acks
        lines = list(acks.families.get(family, acks.families["neutral"]))
        if trend is Trend.EASING:
            lines = acks.trend_easing + lines
        elif trend is Trend.RISING:
            lines = acks.trend_rising + lines
        return lines

    def _last_resort(self, composer: Composer) -> str:
        """Every bank line was said already (a very long chat): combine acknowledgements to stay fresh."""
        acks = [line for lines in self._banks.acks.families.values() for line in lines]
        for first in acks:
            for second in self._banks.strategies[Strategy.OTHERS].core.any_:
                pair = f"{first} {second}"
                if composer._fresh(pair):
                    return pair
        return "I'm still here with you, and I'm listening to every word."


def _escape(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


def load_drafter() -> OfflineDrafter:
    return OfflineDrafter()
