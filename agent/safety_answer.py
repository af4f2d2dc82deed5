"""The person's answer to "are you safe right now?", the question every fixed crisis text ends with.

The crisis message and the gentle check-in both ask it (agent.crisis_reply, `question` in each locale's file). A
short "no" has no warning words of its own: the rules let it pass and the drafter answered as if nothing had
been said ("no" → "Is there anyone around you who knows what you are going through?"). Read as the answer it
is, "no" or "not really" is a person saying they are not safe, and the fixed crisis protocol comes again (the
repeated resources in careful mode); "I don't know" earns the check-in (a crisis in careful mode, as any sign
is there); "yes" changes nothing. An answer only ever raises the level the rules gave.

Works on text already normalised by agent.crisis (lower case, no diacritics, plain apostrophes).
"""

from __future__ import annotations

import re
from enum import StrEnum


class SafetyAnswer(StrEnum):
    NOT_SAFE = "not_safe"
    UNSURE = "unsure"
    SAFE = "safe"
    NOT_AN_ANSWER = "not_an_answer"


_MAX_WORDS = 12  # a longer message says more than yes or no: the rules and the layers read it as they do any
_END = r"(?=\W|$)"

# "not safe" in so many words: before the safe words, which these contain
_SAYS_UNSAFE = re.compile(
    r"\b(?:not safe|unsafe|no estoy (?:a salvo|segur[oa])|nicht (?:in sicherheit|sicher)|pas en securite"
    r"|non sono al sicuro|nao estou segur[oa]|niet veilig)" + _END
)
# "not ok" after the safe words: "not ok but I'm safe" is safe
_SAYS_NOT_OK = re.compile(
    r"\b(?:not (?:ok|okay|fine|alright|all right|good)|no estoy bien|nicht (?:gut|ok)|pas (?:bien|ok)"
    r"|non sto bene|nao estou bem|niet (?:oke|ok|goed))" + _END
)
_SAYS_SAFE = re.compile(
    r"\b(?:i'?m safe|i am safe|im safe|safe now|i'?m ok|i'?m okay|i'?m fine|im fine|im ok|estoy a salvo"
    r"|ich bin in sicherheit|je suis en securite|sono al sicuro|estou segur[oa]|ik ben veilig)" + _END
)
# "honestly, no": a filler may come first
_LEAD = (
    r"^(?:(?:actually|honestly|um+|uh+|well|i mean|tbh|to be honest|pues|bueno|en fait|ehrlich gesagt"
    r"|sinceramente|eerlijk gezegd)\W+)?"
)
_STARTS_YES = re.compile(_LEAD + r"(?:yes|yeah|yep|yup|si|ja|oui|sim|jawohl|claro)" + _END)
_SAYS_UNSURE = re.compile(
    r"\b(?:idk|i don'?t know|dunno|not sure|maybe|kind of|sort of|kinda|i guess|no se|no lo se|ni idea"
    r"|je (?:ne )?sais pas|weiss nicht|keine ahnung|non lo so|nao sei|weet (?:het )?niet|geen idee)" + _END
)
_STARTS_NO = re.compile(
    _LEAD + r"(?:no+|nope|nah|n|not really|not at all|not rly|not now|not right now|nein|nee|non|nao|niet"
    r"|pas vraiment|pas du tout|nicht wirklich|no realmente|per niente|para nada|nem)" + _END
)


# In this order: the first reading that fits is the answer ("not safe" contains "safe"; "no, I'm fine" is safe)
_READINGS: tuple[tuple[re.Pattern[str], SafetyAnswer], ...] = (
    (_SAYS_UNSAFE, SafetyAnswer.NOT_SAFE),
    (_SAYS_SAFE, SafetyAnswer.SAFE),
    (_SAYS_NOT_OK, SafetyAnswer.NOT_SAFE),
    (_SAYS_UNSURE, SafetyAnswer.UNSURE),
    (_STARTS_YES, SafetyAnswer.SAFE),
    (_STARTS_NO, SafetyAnswer.NOT_SAFE),
)


def read_answer(norm: str) -> SafetyAnswer:
    """What a short message says about being safe, if it is an answer at all."""
    if not norm or len(norm.split()) > _MAX_WORDS:
        return SafetyAnswer.NOT_AN_ANSWER
    return next((answer for pattern, answer in _READINGS if pattern.search(norm)), SafetyAnswer.NOT_AN_ANSWER)


def asks_if_safe(reply_norm: str, questions_norm: tuple[str, ...]) -> bool:
    """Whether the reply before this message asked the safety question (in any locale's words)."""
    return any(question in reply_norm for question in questions_norm)
