"""Texting shorthand spelled out before the crisis rules read a message (issue #6, twenty-fifth round).

"wnt 2 b ded", "im ending it tmrw", "jveux crever", "nn ci saro piu": the rules are written for whole words, and a
crisis told in shorthand slipped past them while its spelled-out twin was caught. Only forms that are shorthand in
every language the screen reads are here: "toy" (a toy gun), "hr" (HR), "ct" (a CT scan), "grad" (a grad student) and
"nie" (German "never") are words elsewhere, so they are expanded only beside the words that make them shorthand, or
not at all. Applied to `agent.crisis.fold` output
(lower case, no diacritics) before leetspeak is undone, since "2nite" and "b4" hold digits.
"""

from __future__ import annotations

import re

_WORDS = {
    # English
    "tonite": "tonight",
    "2nite": "tonight",
    "2night": "tonight",
    "tnite": "tonight",
    "tmrw": "tomorrow",
    "tmrrw": "tomorrow",
    "tmr": "tomorrow",
    "tmrow": "tomorrow",
    "2moro": "tomorrow",
    "2morrow": "tomorrow",
    "2mrw": "tomorrow",
    "wknd": "weekend",
    "nite": "night",
    "rn": "right now",
    "ded": "dead",
    "wnt": "want",
    "thru": "through",
    "w/o": "without",
    "w/out": "without",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "abt": "about",
    "smth": "something",
    "sth": "something",
    "msg": "message",
    "pls": "please",
    "plz": "please",
    "ppl": "people",
    "sry": "sorry",
    "srry": "sorry",
    "ily": "i love you",
    "wd": "would",
    "wud": "would",
    "cud": "could",
    "shud": "should",
    "jst": "just",
    "yrs": "years",
    "mins": "minutes",
    "r": "are",
    "b4": "before",
    "k.m.s.": "kms",
    "k.m.s": "kms",
    "k-word": "kill",
    "sh'd": "self harmed",
    "sh-ing": "self harming",
    "sh'ing": "self harming",
    # a dropped g: "im hidin in my closet", "hes comin back"
    "hidin": "hiding",
    "comin": "coming",
    "goin": "going",
    "tryin": "trying",
    "cuttin": "cutting",
    "cryin": "crying",
    "dyin": "dying",
    "killin": "killing",
    "bleedin": "bleeding",
    "thinkin": "thinking",
    "sayin": "saying",
    # French
    "jveux": "je veux",
    "jsuis": "je suis",
    "jsui": "je suis",
    "chui": "je suis",
    "jme": "je me",
    "jvais": "je vais",
    "jvous": "je vous",
    "jvois": "je vois",
    "jpeux": "je peux",
    "jsais": "je sais",
    "jai": "j'ai",
    # Italian
    "nn": "non",
    "cmq": "comunque",
    "xke": "perche",
    "xche": "perche",
    "qlc": "qualcosa",
    # Spanish and Portuguese
    "kiero": "quiero",
    "q": "que",
    "xq": "porque",
    "pq": "porque",
    "msj": "mensaje",
    "hj": "hoje",
    "vc": "voce",
    # German and Dutch
    "aufm": "auf dem",
    "kp": "kein plan",
    "nich": "nicht",
    "wrm": "waarom",
}
_SHORTHAND = re.compile(
    r"(?<![\w/'])(?:" + "|".join(map(re.escape, sorted(_WORDS, key=len, reverse=True))) + r")(?![\w/'])"
)
# Forms that are shorthand only before certain words: "2 b ded", "beat me w his belt", "toy escondida"
_BEFORE = (
    (re.compile(r"\b2 (?=(?:b|be|die|live|go|do|end|kill|hurt|cut|sleep|stop|wake)\b)"), "to "),
    (re.compile(r"\bb (?=(?:dead|ded|gone|here|alive|better|over|done)\b)"), "be "),
    (re.compile(r"\bw (?=(?:a|an|the|my|his|her|their|me|him|it|you|u)\b)"), "with "),
    (re.compile(r"\bw/(?!o\b|out\b) ?"), "with "),
    (re.compile(r"\b(an?|one|\d+|half an) hr\b"), r"\1 hour"),
    (re.compile(r"\b(\d+|two|three|four|five|few|couple of) hrs\b"), r"\1 hours"),
    (
        re.compile(r"\btoy (?=(?:escondid[ao]|aqui|mal|fatal|muy|en|sol[ao]|cansad[ao]|harta|harto)\b)"),
        "estoy ",
    ),
)


def expand(text: str) -> str:
    """`text` with texting shorthand spelled out."""
    for pattern, replacement in _BEFORE:
        text = pattern.sub(replacement, text)
    return _SHORTHAND.sub(lambda m: _WORDS[m.group(0)], text)
