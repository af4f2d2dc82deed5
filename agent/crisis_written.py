"""Hand-written messages for the crisis screen's semantic layer, beyond the templates.

The templates of agent.crisis_data vary slots inside fixed frames, so a nearest-neighbour layer trained on them
knows few ways of saying a thing: the third blind probe file, whose author never saw the screen, found crisis
recall 0.59. This module adds free-form messages, each written as a whole:

* `agent/resources/crisis/written/*.jsonl`: about 1,800 messages (crisis, concern and hard negatives; English and
  six more languages) written for Warmline by helper sessions that were told not to read the probe files, the
  screen's code or its data, and never to copy or paraphrase real people's posts (README.md beside them);
* the probe files whose one blind run is spent (`SPENT`): written the same way, now development data.

A fixed fifth of these messages (by a hash of the text) never enters training: it is the `written` tuning file
on which the margins are chosen beside the older tuning probes, so the thresholds answer to phrasings the
training set has not seen. Probe files that are not spent are never training text: any message near a copy of
one of their lines is dropped (agent.crisis_data.ProbeFilter).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from agent.schema import RiskLevel

WRITTEN = Path(__file__).resolve().parent / "resources" / "crisis" / "written"
# Probe files whose single blind run is done; their messages are training and tuning data from then on.
# blind7, blind8, blind10, blind11, blind12, blind13 and blind14 are spent too but not listed: each was scored on a
# shipped screen and never read, and staying out of training keeps them like-for-like measurements of the next one
# (docs/safety.md). blind15 was read after its one run (the fifteenth round's rules) but is not trained on either, so
# the artefacts stay those the never-read files measure.
# Files only the semantic layer learns from. Trained into the n-gram backstop too, they made it give ordinary sadness
# the check-in ("I've been feeling really lonely since I moved for my new job": P(at risk) 0.76 over 0.75), in
# session 9 and again in session 11; the semantic layer alone gains from them (docs/safety.md, fifteenth round).
SEMANTIC_ONLY = (
    "mixed_harm_to_others_all_forms.jsonl",
    "mixed_feelings_six_languages.jsonl",
    "mixed_young_texting.jsonl",
    "en_suicide_selfharm_sideways.jsonl",
    "en_others_medical_slang_sideways.jsonl",
    # session 12's two development files, read for the sixteenth round of rules
    "en_harm_medical_told_plainly_and_not.jsonl",
    "mixed_sideways_seven_languages.jsonl",
    # and its three later ones, read for the seventeenth round
    "en_long_messages_buried_signs.jsonl",
    "mixed_danger_between_people.jsonl",
    "mixed_emergencies_and_questions.jsonl",
    # and the two of the eighteenth round
    "en_wishes_and_plans_in_daily_life.jsonl",
    "six_languages_wishes_harm_and_lookalikes.jsonl",
    # session 13's three, read for the nineteenth round
    "en_talking_to_the_bot.jsonl",
    "mixed_hard_situations_seven_languages.jsonl",
    "mixed_false_alarm_traps.jsonl",
    # and the twentieth round's two
    "six_languages_long_messages.jsonl",
    "mixed_boundary_triples.jsonl",
    # and the twenty-first round's one
    "six_languages_everyday_voices.jsonl",
    # session 14's three, read for the twenty-second round
    "mixed_danger_from_and_to_others.jsonl",
    "mixed_medical_now_and_lookalikes.jsonl",
    "mixed_long_stories_buried_signs.jsonl",
    # session 14's two later ones and session 15's three, read for the twenty-third round
    "six_languages_short_everyday_lines.jsonl",
    "six_languages_bystanders_and_carers.jsonl",
    "six_languages_emergencies_told_by_others.jsonl",
    "en_heavy_everyday_venting.jsonl",
    "mixed_self_harm_slang_harm_understated.jsonl",
    # session 16's three, read for the twenty-fourth round
    "en_passive_wishes_beside_heavy_worries.jsonl",
    "six_languages_passive_wishes_and_worries.jsonl",
    "mixed_danger_inside_longer_messages.jsonl",
    # session 17's three, read for the twenty-fifth round
    "danger_from_and_to_other_people.jsonl",
    "crises_in_slang_and_texting.jsonl",
    "crises_asked_as_questions_or_hypotheticals.jsonl",
    "worries_that_are_not_emergencies.jsonl",
    "dark_humour_and_crisis_words_at_a_distance.jsonl",
    "recovery_and_supporting_someone_else.jsonl",
)
SPENT = (
    "crisis_sealed.jsonl",
    "crisis_blind2.jsonl",
    "crisis_blind3.jsonl",
    "crisis_blind4.jsonl",
    "crisis_blind5.jsonl",
    "crisis_blind6.jsonl",
    "crisis_blind9.jsonl",  # spent choosing the semantic layer's head (docs/safety.md)
)
TUNING_SHARE = 0.2
_LABELS = {
    "crisis": RiskLevel.CRISIS,
    "concern": RiskLevel.CONCERN,
    "none": RiskLevel.NONE,
    "safe": RiskLevel.NONE,
}


@dataclass(frozen=True)
class WrittenMessage:
    text: str
    level: RiskLevel
    kind: str
    lang: str

    @property
    def for_tuning(self) -> bool:
        """In the held-back fifth: decided by the text alone, so the split is the same on every machine."""
        digest = hashlib.sha256(self.text.strip().lower().encode("utf-8")).digest()
        return int.from_bytes(digest[:4], "big") / 2**32 < TUNING_SHARE


def load(
    folder: Path = WRITTEN, probes: Path | None = None, skip: Collection[str] = ()
) -> list[WrittenMessage]:
    """Every written message (and every spent probe when `probes` is given), unique by text, in a fixed order;
    files named in `skip` are left out."""
    paths = sorted(path for path in folder.glob("*.jsonl") if path.name not in skip)
    if probes is not None:
        paths += [probes / name for name in SPENT if (probes / name).exists()]
    unique: dict[str, WrittenMessage] = {}
    for path in paths:
        for message in _read(path):
            unique.setdefault(message.text.strip().lower(), message)
    return [unique[key] for key in sorted(unique)]


def _read(path: Path) -> Iterable[WrittenMessage]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            label = str(row.get("level", row.get("label")))
            yield WrittenMessage(
                str(row["text"]), _LABELS[label], str(row.get("kind", "")), str(row.get("lang", ""))
            )


def unspent_probe_texts(probes: Path) -> list[str]:
    """Probe messages that must stay out of training: every probe file but the spent ones."""
    from agent.crisis_model import probe_texts

    return probe_texts(probes, skip=SPENT)


def split(messages: Sequence[WrittenMessage]) -> tuple[list[WrittenMessage], list[WrittenMessage]]:
    """(training, tuning) by the fixed hash share."""
    return [m for m in messages if not m.for_tuning], [m for m in messages if m.for_tuning]


def partition(
    probes: Path, folder: Path = WRITTEN, skip: Collection[str] = ()
) -> tuple[list[WrittenMessage], list[WrittenMessage]]:
    """What both crisis trainers read: (training, held back), with no training message near a line of a probe file
    that is not spent (agent.crisis_data.ProbeFilter)."""
    from agent.crisis_data import ProbeFilter

    training, held_back = split(load(folder, probes, skip))
    banned = ProbeFilter(unspent_probe_texts(probes))
    return [m for m in training if m.text not in banned], held_back
