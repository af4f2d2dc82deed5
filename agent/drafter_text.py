"""Reading the person's message for the offline drafter: which clause to reflect, in the second person.

The drafter must sound like it heard the person, without parroting them: it reflects one carefully chosen
event clause ("I failed my driving test for the third time" -> "you failed your driving test for the third
time"), the harsh word they used about themselves, how many times something happened, and the thing or person
the message is about. Everything here is plain string work so a turn costs microseconds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# First person -> second person. Contractions map one-to-one so the word count never changes.
_PRONOUNS: dict[str, str] = {
    "i": "you",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "i'm": "you're",
    "i've": "you've",
    "i'd": "you'd",
    "i'll": "you'll",
    "im": "you're",
    "ive": "you've",
    "we": "you",
    "us": "you",
    "our": "your",
    "ours": "yours",
    "ourselves": "yourselves",
    "we're": "you're",
    "we've": "you've",
    "we'd": "you'd",
    "we'll": "you'll",
}
# After a first-person subject the verb changes too ("I was" -> "you were").
_AGREEMENT: dict[str, str] = {"am": "are", "was": "were", "wasn't": "weren't", "ain't": "aren't"}
_SUBJECTS = {"i", "we"}
FIRST_PERSON: frozenset[str] = frozenset(_PRONOUNS) | {"i"}

_TOKEN = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?|[^A-Za-z\s]+|\s+")
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")

# Common misspellings without apostrophes, fixed before reflecting so we do not echo them.
_SPELLING: dict[str, str] = {
    "dont": "don't",
    "cant": "can't",
    "didnt": "didn't",
    "doesnt": "doesn't",
    "wont": "won't",
    "isnt": "isn't",
    "wasnt": "wasn't",
    "havent": "haven't",
    "couldnt": "couldn't",
    "wouldnt": "wouldn't",
    "shouldnt": "shouldn't",
    "arent": "aren't",
    "u": "you",
    "ur": "your",
}


def _match_case(source: str, target: str) -> str:
    return target[0].upper() + target[1:] if source[:1].isupper() and source.lower() != "i" else target


def to_second_person(text: str) -> str:
    """Rewrite first-person words as second person, keeping everything else (spacing, punctuation) as is."""
    out: list[str] = []
    previous = ""
    for token in _TOKEN.findall(text):
        lower = token.lower()
        if lower in _PRONOUNS:
            out.append(_match_case(token, _PRONOUNS[lower]))
        elif previous in _SUBJECTS and lower in _AGREEMENT:
            out.append(_match_case(token, _AGREEMENT[lower]))
        else:
            out.append(token)
        if not token.isspace():
            previous = lower
    return "".join(out)


def normalise_spelling(text: str) -> str:
    """Fix the lower-case 'i' and apostrophe-less contractions so a reflected clause reads cleanly."""

    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        lower = word.lower()
        if lower == "i":
            return "I"
        if lower == "im":
            return "I'm"
        if lower == "ive":
            return "I've"
        return _SPELLING.get(lower, word)

    return re.sub(r"\b[A-Za-z]+\b", fix, text)


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'"))


# --- clauses ---------------------------------------------------------------------------------------------

_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
_CLAUSE_SPLIT = re.compile(
    r"\s*[;:]\s*|,\s*(?:and|but|so|because|though)\s+|\s+(?:and|but|so|because|cause|though)\s+"
    r"(?=(?:i|i'm|im|i've|my|we|it|they|he|she|now|then)\b)|,\s+(?=(?:i|i'm|im|my|now)\b)",
    re.IGNORECASE,
)
_FEELING_OPENERS = re.compile(
    r"^(?:i|we)\s+(?:just\s+|really\s+|kind of\s+|kinda\s+)?(?:feel|felt|am feeling|'m feeling)\b|"
    r"^(?:i'm|im|i am)\s+(?:so|really|very|just|such|feeling|kind of|kinda|a bit|pretty|totally|completely)\b|"
    r"^(?:i'm|im|i am)\s+(?:sad|angry|upset|depressed|anxious|stressed|lonely|scared|tired|exhausted|"
    r"worried|nervous|hopeless|miserable|frustrated|a\s+(?:loser|failure|mess))\b|"
    r"^(?:i|we)\s+(?:don't|dont|do not)\s+know\b|^(?:i|we)\s+(?:want|wanted|need|hope|wish|think|guess)\b",
    re.IGNORECASE,
)
_EVENT_OPENERS = re.compile(r"^(?:i|i've|ive|i'm|im|my|we|we've|our)\b", re.IGNORECASE)
_FILLER = re.compile(
    r"^(?:well|so|and|but|also|honestly|basically|like|yeah|ok|okay|um|uh|anyway)[, ]+", re.I
)
_UNSAFE_ECHO = re.compile(
    r"\b(?:you|your|kill|die|dead|suicide|hurt myself|cut myself|fuck\w*|shit\w*)\b", re.I
)


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_SPLIT.split(text.strip()) if s.strip()]


def clauses(text: str) -> list[str]:
    out: list[str] = []
    for sentence in sentences(text):
        for part in _CLAUSE_SPLIT.split(sentence):
            part = _FILLER.sub("", part.strip().strip(".,!?;:-–—\"' ")).strip()
            if part:
                out.append(part)
    return out


def is_event_clause(clause: str) -> bool:
    """A clause worth reflecting: first person, says what happened, short, not a bare feeling or a wish."""
    n = len(clause.split())
    if not 3 <= n <= 16 or not _EVENT_OPENERS.match(clause) or _FEELING_OPENERS.match(clause):
        return False
    if _UNSAFE_ECHO.search(clause) or "?" in clause or re.search(r"[^A-Za-z0-9'’,\s-]", clause):
        return False
    lowered = words(clause)
    if not any(_is_past(w) for w in lowered[1:5]):  # an event happened; states ("we are in hr") read oddly
        return False
    return len(set(lowered)) >= n - 1  # repeated words usually mean a garbled or emphatic clause


_PAST_PARTICIPLES = {"been", "laid", "done", "gone", "taken", "given", "seen", "known", "broken", "told"}


def _is_past(word: str) -> bool:
    return (
        word in _PAST_PARTICIPLES
        or (word in _IRREGULAR_ING and word not in _PRESENT)
        or bool(_ing_of_regular_past(word))
    )


def pick_event_clause(text: str, preferred: str | None = None) -> str | None:
    """The clause to reflect: the perceived cause when it reads as an event, else the first event clause."""
    candidates = clauses(preferred) if preferred else []
    candidates += clauses(text)
    for clause in candidates:
        clean = normalise_spelling(clause)
        if is_event_clause(clean):
            return clean
    return None


# --- gerunds -----------------------------------------------------------------------------------------------

_IRREGULAR_ING: dict[str, str] = {
    "lost": "losing", "got": "getting", "had": "having", "broke": "breaking", "went": "going",
    "were": "being", "did": "doing", "made": "making", "felt": "feeling", "left": "leaving",
    "told": "telling", "fought": "fighting", "fell": "falling", "found": "finding", "took": "taking",
    "gave": "giving", "saw": "seeing", "ran": "running", "said": "saying", "quit": "quitting",
    "forgot": "forgetting", "missed": "missing", "flunked": "flunking", "split": "splitting",
    "began": "beginning", "spent": "spending", "paid": "paying", "heard": "hearing", "came": "coming",
    "wrote": "writing", "threw": "throwing", "let": "letting", "put": "putting", "won": "winning",
    "sent": "sending", "kept": "keeping", "bought": "buying", "sold": "selling", "hit": "hitting",
    "are": "being", "can't": "not being able to", "couldn't": "not being able to",
}  # fmt: skip
_PRESENT = {"are", "have", "can't", "let", "put", "hit", "quit", "split"}
_NOT_VERBS = {"need", "seed", "bed", "red", "shed", "speed", "bleed", "feed"}


def _ing_of_regular_past(verb: str) -> str | None:
    """'failed' -> 'failing', 'tried' -> 'trying', 'hated' -> 'hating', 'stopped' -> 'stopping'."""
    if not verb.endswith("ed") or verb in _NOT_VERBS or len(verb) < 5:
        return None
    if verb.endswith("eed"):  # agreed -> agreeing
        return verb[:-1] + "ing"
    stem = verb[:-2]
    if stem.endswith("i"):  # tried -> trying
        return stem[:-1] + "ying"
    return stem + "ing"  # the silent e (hated -> hat-ing) and doubled consonants (stopp-ing) both work out


def gerund_phrase(second_person_clause: str) -> str | None:
    """'you failed your driving test' -> 'failing your driving test'; None unless it is that simple."""
    parts = second_person_clause.split()
    if len(parts) < 3 or parts[0].lower() != "you":
        return None
    verb = parts[1].lower()
    ing = _IRREGULAR_ING.get(verb) or _ing_of_regular_past(verb)
    if ing is None:
        return None
    return _TRAILING_TIME.sub("", " ".join([ing, *parts[2:]])).strip()


_TRAILING_TIME = re.compile(
    r"\s+(?:yesterday|today|tonight|last\s+(?:night|week|month|year)|this\s+(?:morning|week|year)|"
    r"recently|lately|again|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))$",
    re.IGNORECASE,
)


# --- what the message is about -------------------------------------------------------------------------------

_PEOPLE = {
    "boyfriend", "girlfriend", "partner", "husband", "wife", "ex", "mom", "mum", "mother", "dad", "father",
    "parents", "son", "daughter", "kids", "children", "child", "baby", "boss", "manager", "friend",
    "friends", "sister", "brother", "family", "teacher", "roommate", "colleague", "colleagues", "coworker",
    "coworkers", "grandma", "grandmother", "grandpa", "grandfather", "aunt", "uncle", "cousin", "fiance",
    "fiancee", "best", "classmates", "neighbour", "neighbor", "dog", "cat", "instructor", "supervisor",
    "professor", "coach", "landlord", "flatmate", "housemate", "team", "doctor",
}  # fmt: skip
# Third-person verbs end a noun phrase: "my instructor says ..." is about the instructor, not "instructor says".
_THIRD_PERSON_VERBS = {
    "says", "said", "takes", "took", "makes", "made", "wants", "thinks", "thought", "tells", "told", "seems",
    "feels", "looks", "goes", "does", "gets", "got", "gives", "calls", "yells", "ignores", "blames", "treats",
    "left", "moved", "cheated", "lied", "expects", "won't", "can't", "never", "always", "compares",
}  # fmt: skip
_NP_STOP = {
    "for", "to", "and", "but", "so", "because", "at", "in", "on", "with", "about", "from", "of", "by",
    "is", "are", "was", "were", "has", "have", "had", "keeps", "kept", "will", "won't", "doesn't", "didn't",
    "just", "again", "that", "who", "which", "when", "after", "before", "since", "this", "today", "yesterday",
    "last", "all", "too", "really", "still", "never", "always", "can't", "isn't", "wasn't", "then", "or",
    "as", "if", "now", "anymore", "lately", "recently", "me", "us", "him", "her", "them", "it",
}  # fmt: skip
_GENERIC_NOUNS = {"life", "self", "head", "mind", "feelings", "way", "own", "time", "day", "days", "whole"}


@dataclass(frozen=True)
class Topic:
    phrase: str  # "your driving test", "what happened with your boyfriend"
    person: bool
    plural: bool = False


def topic_phrase(text: str) -> Topic | None:
    """The first 'my ...' noun phrase, e.g. 'my driving test' -> 'your driving test'."""
    for clause in clauses(normalise_spelling(text)):
        topic = _topic_in(words(clause))
        if topic:
            return topic
    return None


def _topic_in(tokens: list[str]) -> Topic | None:
    for i, token in enumerate(tokens):
        if token not in {"my", "our"}:
            continue
        phrase: list[str] = []
        for word in tokens[i + 1 : i + 4]:
            if (
                "'" in word
                or word in _NP_STOP
                or word in _IRREGULAR_ING
                or _ing_of_regular_past(word)
                or word in FIRST_PERSON
                or word in _THIRD_PERSON_VERBS
            ):
                break
            phrase.append(word)
            if word in _PEOPLE and word != "best":
                break  # "my coworker takes credit": the person is the topic
        if not phrase or phrase[-1] in _GENERIC_NOUNS or (len(phrase) == 1 and len(phrase[0]) < 3):
            continue
        noun = " ".join(phrase)
        if phrase[-1] in _PEOPLE or phrase[0] in _PEOPLE:
            rest = " ".join(tokens[i + 1 + len(phrase) :])
            if _DEATH.search(rest):
                return Topic(phrase="losing your " + noun, person=True)
            past = any(_is_past(w) for w in tokens)  # "I broke up with my boyfriend": it happened
            lead = "what happened with your " if past else "what's going on with your "
            return Topic(phrase=lead + noun, person=True)
        return Topic(phrase="your " + noun, person=False, plural=is_plural(phrase[-1]))
    return None


_DEATH = re.compile(r"\b(?:passed away|passed|died|dying|funeral|gone)\b")


def is_plural(noun: str) -> bool:
    return noun.endswith("s") and not noun.endswith(("ss", "us", "is", "ics"))


_ORDINAL = re.compile(
    r"\b(?:for\s+)?(?:the|a)\s+(second|third|fourth|fifth|sixth|seventh|tenth|umpteenth|nth)\s+time\b", re.I
)
_COUNT = re.compile(r"\b(two|three|four|five|six|several|multiple|many)\s+times\b", re.I)
_COUNT_TO_ORDINAL = {"two": "second", "three": "third", "four": "fourth", "five": "fifth", "six": "sixth"}


def repetition(text: str) -> str | None:
    """'for the third time' -> 'third'; 'three times' -> 'third'; None when nothing repeats."""
    match = _ORDINAL.search(text)
    if match:
        return match.group(1).lower()
    match = _COUNT.search(text)
    if match:
        return _COUNT_TO_ORDINAL.get(match.group(1).lower())
    return None


def self_label(text: str, labels: list[str]) -> str | None:
    """The harsh word the person used about themselves ('I feel like such a loser' -> 'loser')."""
    lowered = " ".join(words(normalise_spelling(text)))
    alternatives = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
    pattern = (
        r"\b(?:i am|i'm|i feel like|feel like|i feel|makes me feel like|i'm such|call myself|"
        r"i must be|i've become|i've been|i was|i'm just|i'm nothing but)\b"
        r"(?:\s+(?:such|a|an|so|total|complete|utter|big|huge|just|like|the|biggest|really|such a))*"
        rf"\s+({alternatives})\b"
    )
    match = re.search(pattern, lowered)
    return match.group(1) if match else None


def with_article(noun: str) -> str:
    return ("an " if noun[:1] in "aeiou" else "a ") + noun
