"""The embedded, self-written demonstration set: schema, coverage, uniqueness, safety, originality."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from agent.drafter_text import sentences
from agent.schema import GOEMOTIONS_LABELS, Demonstration
from agent.settings import PROJECT_ROOT, SHARED_DATA
from strategies.catalogue import STRATEGIES, Stage

DEMOS = PROJECT_ROOT / "memory" / "data" / "demonstrations.jsonl"
KEYS = {"id", "seeker", "supporter", "strategy", "stage", "problem", "emotion", "source"}
PROBLEMS = {
    "job crisis", "academic pressure", "breakup with partner", "ongoing depression", "problems with friends",
    "conflict with parents", "issues with children", "sleep problems", "appearance anxiety", "alcohol abuse",
    "procrastination", "school bullying", "grief", "loneliness", "money worries", "health worries",
}  # fmt: skip
# The issue's required areas: work, study, breakup, grief, loneliness, family, health worries, money.
REQUIRED_AREAS = {
    "work": {"job crisis"},
    "study": {"academic pressure"},
    "breakup": {"breakup with partner"},
    "grief": {"grief"},
    "loneliness": {"loneliness"},
    "family": {"conflict with parents", "issues with children"},
    "health": {"health worries"},
    "money": {"money worries"},
}
EMOTIONS = set(GOEMOTIONS_LABELS) | {"anxiety", "shame", "loneliness", "frustration", "hopelessness"}
FORBIDDEN = re.compile(
    r"suicid|kill (?:myself|yourself)|self[- ]harm|hurt(?:ing)? (?:myself|yourself)|cut(?:ting)? (?:myself|yourself)|"
    r"end (?:my|your) life|want to die|better off dead|overdose|"  # crisis content is handled by a fixed protocol
    r"\bmg\b|dosage|\bdose\b|antidepressant|sertraline|fluoxetine|prozac|xanax|sleeping pills|medication|"
    r"you (?:have|are suffering from|might have) (?:depression|anxiety disorder|ptsd|adhd|bipolar|an? \w+ disorder)|"
    r"diagnos(?:e|is) (?:you|with)",
    re.IGNORECASE,
)
# Warmline is an AI: a supporter turn never claims a profession, a human body or a life story of its own.
CLAIMS = re.compile(
    r"i(?:'m| am) (?:a |your )?(?:therapist|psychologist|counsellor|counselor|doctor|human|real person)|"
    r"as a (?:therapist|psychologist|doctor)|when i was (?:a kid|young|your age|at school|a teenager)|"
    r"\bmy (?:wife|husband|partner|mum|mom|dad|mother|father|kids|children|friend|boss|ex)\b|i went through",
    re.IGNORECASE,
)


def _rows() -> list[dict[str, str]]:
    return [json.loads(line) for line in DEMOS.read_text(encoding="utf-8").splitlines() if line.strip()]


def _norm(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9']+", text.lower()))


def test_schema_and_ids() -> None:
    rows = _rows()
    assert len(rows) >= 240
    for row in rows:
        assert set(row) == KEYS, row
        Demonstration.model_validate(row)  # the strategy and stage parse, the types fit
        assert re.fullmatch(r"wl-\d{4}", row["id"])
        assert row["source"] == "warmline" and row["problem"] in PROBLEMS and row["emotion"] in EMOTIONS
        assert Stage(row["stage"])
        assert 1 <= len(sentences(row["seeker"])) <= 3 and 3 <= len(row["supporter"].split()) <= 60
    assert len({r["id"] for r in rows}) == len(rows)


def test_coverage() -> None:
    rows = _rows()
    per_strategy = Counter(r["strategy"] for r in rows)
    assert all(per_strategy[s.value] >= 25 for s in STRATEGIES), per_strategy
    per_problem = Counter(r["problem"] for r in rows)
    for area, problems in REQUIRED_AREAS.items():
        assert sum(per_problem[p] for p in problems) >= 12, area
        covered = {r["strategy"] for r in rows if r["problem"] in problems}
        assert len(covered) >= 6, (area, covered)


def test_no_duplicates() -> None:
    rows = _rows()
    for field in ("seeker", "supporter"):
        normalised = [_norm(r[field]) for r in rows]
        assert len(set(normalised)) == len(normalised), field
    supporter_sentences = [_norm(s) for r in rows for s in sentences(r["supporter"]) if len(s.split()) >= 5]
    repeated = [s for s, n in Counter(supporter_sentences).items() if n > 1]
    assert not repeated


def test_no_forbidden_content() -> None:
    for row in _rows():
        for field in ("seeker", "supporter"):
            assert not FORBIDDEN.search(row[field]), (row["id"], field)
        assert not CLAIMS.search(row["supporter"]), row["id"]


def test_forbidden_pattern_catches_what_it_should() -> None:
    assert CLAIMS.search("I'm a therapist, so trust me")
    assert FORBIDDEN.search("you could take 50 mg of something")
    assert FORBIDDEN.search("sometimes I think about self-harm")
    assert CLAIMS.search("When I was at school, my dad did the same")
    assert not FORBIDDEN.search("My grandad died last week.")


def _esconv_sentences(paths: list[Path]) -> set[str]:
    seen: set[str] = set()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            for turn in json.loads(line)["dialog"]:
                seen.add(_norm(turn["text"]))
                seen.update(_norm(s) for s in sentences(turn["text"]))
    return seen


@pytest.mark.skipif(not (SHARED_DATA / "esconv" / "train.json").exists(), reason="ESConv not present")
def test_not_copied_from_esconv() -> None:
    paths = [p for p in (SHARED_DATA / "esconv" / n for n in ("train.json", "valid.json")) if p.exists()]
    esconv = _esconv_sentences(paths)
    for row in _rows():
        for field in ("seeker", "supporter"):
            assert _norm(row[field]) not in esconv, (row["id"], field)
            for sentence in sentences(row[field]):
                # Stock phrases ("Thank you.") are everyday English; anything longer must be our own.
                assert len(sentence.split()) < 4 or _norm(sentence) not in esconv, (row["id"], sentence)
