"""Redaction for study exports: e-mail addresses, phone numbers, URLs, street addresses and person names are
replaced by a bracketed type ("[EMAIL]").

Rules, not a model: patterns for the structured kinds, and for names a list of common given names plus cue
phrases ("my sister X", "my name is X", "Dr. X"). It misses names that are neither listed nor cued; the recall
per type on our own labelled set is measured by `warmline eval redaction` (see docs/study.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import StrEnum
from functools import cache
from pathlib import Path

NAMES_FILE = Path(__file__).resolve().parent / "data" / "given_names.txt"


class PiiType(StrEnum):
    EMAIL = "email"
    URL = "url"
    PHONE = "phone"
    ADDRESS = "address"
    NAME = "name"


def placeholder(kind: PiiType) -> str:
    return f"[{kind.value.upper()}]"


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_TLD = r"(?:com|org|net|io|co|uk|de|fr|es|edu|gov|info|me|app|ly|us|ca|au)"
_URL = re.compile(
    rf"\b(?:https?://|www\.)[^\s<>\"']+|\b[\w-]+(?:\.[\w-]+)*\.{_TLD}\b(?:/[^\s<>\"']*)?", re.IGNORECASE
)
_PHONE = re.compile(
    r"(?<![\w+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]?\d{2,4}){1,3}(?!\w)"
)
_STREET_WORDS = (
    "Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Court|Ct|Place|Pl|Terrace|Close|"
    "Crescent|Square|Sq|Gardens|Grove|Row|Hill|Park|Walk|Mews"
)
_CAP = r"[A-Z][\w'’]*"
_STREET = re.compile(rf"\b\d{{1,5}}[A-Za-z]?\s+(?:{_CAP}\s+){{1,3}}(?:{_STREET_WORDS})\b\.?")
_CONTINENTAL = re.compile(r"\b[A-ZÄÖÜ][\wäöüß]+(?:straße|strasse|weg|gasse|platz|allee)\s+\d{1,4}[a-z]?\b")
_UK_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
_RELATIONS = (
    "friend|boss|sister|brother|mum|mom|mother|dad|father|wife|husband|partner|boyfriend|girlfriend|"
    "colleague|coworker|co-worker|son|daughter|manager|roommate|flatmate|teacher|therapist|neighbour|"
    "neighbor|ex|cousin|aunt|uncle|grandma|grandpa|grandmother|grandfather|landlord|doctor|fiancé|fiance"
)
_NAME_AFTER = re.compile(
    rf"(?:\b(?:my name is|name's|call me|called|named|i am|i'm|this is)\s+|"
    rf"\bmy (?:{_RELATIONS}),?\s+|\b(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)({_CAP}(?:\s+{_CAP})?)",
    re.IGNORECASE,
)
_CAPITALISED = re.compile(rf"\b{_CAP}\b")


@cache
def given_names() -> frozenset[str]:
    lines = NAMES_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


def _phone(match: re.Match[str]) -> str:
    digits = sum(c.isdigit() for c in match.group())
    return placeholder(PiiType.PHONE) if 7 <= digits <= 15 else match.group()


def _cued_name(match: re.Match[str]) -> str:
    """Keeps the cue, replaces the name; 'I am tired' is not a name, so after 'I am' the word must be listed
    or capitalised mid-sentence."""
    cue, words = match.group()[: match.start(1) - match.start()], match.group(1).split()
    first_listed = words[0].lower() in given_names()
    if cue.strip().lower() in {"i am", "i'm", "this is", "called"} and not first_listed:
        return match.group()
    if not words[0][0].isupper():
        return match.group()
    redacted = [placeholder(PiiType.NAME) if _is_name(w) else w for w in words]
    redacted[0] = placeholder(PiiType.NAME)
    return cue + " ".join(redacted)


def _is_name(word: str) -> bool:
    return word[0].isupper() and word.lower() not in _NOT_SURNAMES


_NOT_SURNAMES = frozenset({"and", "but", "i", "the", "he", "she", "they", "we", "is", "was", "says", "said"})


def _listed_name(match: re.Match[str]) -> str:
    return placeholder(PiiType.NAME) if match.group().lower() in given_names() else match.group()


_STEPS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str] | str], ...] = (
    (_EMAIL, placeholder(PiiType.EMAIL)),
    (_URL, placeholder(PiiType.URL)),
    (_STREET, placeholder(PiiType.ADDRESS)),
    (_CONTINENTAL, placeholder(PiiType.ADDRESS)),
    (_UK_POSTCODE, placeholder(PiiType.ADDRESS)),
    (_PHONE, _phone),
    (_NAME_AFTER, _cued_name),
    (_CAPITALISED, _listed_name),
)


def redact(text: str) -> str:
    """Order matters: e-mails before URLs (an e-mail contains a domain), addresses before phones (a house
    number is digits), cued names before listed ones."""
    for pattern, replacement in _STEPS:
        text = pattern.sub(replacement, text)
    # A surname right after a redacted given name ("[NAME] Bellweather") is part of the name.
    return re.sub(rf"(\[NAME\])\s+(?!I\b){_CAP}\b", r"\1 [NAME]", text)


def redact_value(value: object) -> object:
    """Every string inside a JSON-like value (stage outputs hold the person's words in several places)."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, list):
        return [redact_value(v) for v in value]
    if isinstance(value, dict):
        return {k: redact_value(v) for k, v in value.items()}
    return value
