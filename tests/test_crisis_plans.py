"""The crisis screen's twelfth round (issue #6): danger told as a plan, a farewell from someone else, or a trap.

Every message here was written for this file (none is a probe, a hand-written training line or a template). Each
family is tested with phrasings that must reach the fixed crisis protocol and look-alikes that must not; a plan's
single pieces (a weapon, a waited-for person, a scorned order) are a check-in alone and a crisis together.
"""

from __future__ import annotations

import pytest

from agent.crisis import screen
from agent.schema import Conversation, RiskKind, RiskLevel
from tests.probes.builders import probe_lines_among

CRISES: list[tuple[str, RiskKind]] = [
    # harm to others told as a plan
    ("parked outside her flat with my dad's rifle", RiskKind.HARM_TO_OTHERS),
    ("él sale del trabajo a las 9, lo espero con la navaja", RiskKind.HARM_TO_OTHERS),
    ("he gets home at 11 and I've got the axe ready", RiskKind.HARM_TO_OTHERS),
    ("poisoned the neighbours' dog, they're next", RiskKind.HARM_TO_OTHERS),
    ("bought petrol today. she sleeps with the window open", RiskKind.HARM_TO_OTHERS),
    ("ho la pistola in mano e lui dorme di là", RiskKind.HARM_TO_OTHERS),
    ("he's got a gun and he's screaming at my mum", RiskKind.HARM_TO_OTHERS),
    ("the voice told me to punish my sister first", RiskKind.HARM_TO_OTHERS),
    ("sacudí al bebé muy fuerte y no para de llorar", RiskKind.HARM_TO_OTHERS),
    ("held the cushion on his face until he went blue", RiskKind.HARM_TO_OTHERS),
    ("ich werde den Typen morgen abstechen", RiskKind.HARM_TO_OTHERS),
    # someone else's farewell, then silence
    ("my cousin sent me a goodbye and now his phone is off", RiskKind.SUICIDE),
    ("mi hermano me mandó un mensaje de despedida y no contesta", RiskKind.SUICIDE),
    # blackmail with intimate photos; an adult arranging to meet a child in secret
    ("some guy says he'll leak my nudes if I don't pay him by friday", RiskKind.HARM_FROM_OTHERS),
    ("elle menace de publier mes photos intimes sur le groupe", RiskKind.HARM_FROM_OTHERS),
    ("i'm 14 and a 27 year old man wants to meet me and says not to tell my mum", RiskKind.HARM_FROM_OTHERS),
    # killing oneself, jumping, passive wishes and set-up methods in more languages
    ("j'ai prévu de me tuer samedi", RiskKind.SUICIDE),
    ("estou pensando em me matar hoje", RiskKind.SUICIDE),
    ("ik wil vannacht van de brug springen", RiskKind.SUICIDE),
    ("Ich will mich heute vor den Zug werfen", RiskKind.SUICIDE),
    ("spero di non svegliarmi più domani", RiskKind.SUICIDE),
    ("ojalá tenga un accidente de camino a casa", RiskKind.SUICIDE),
    ("Der Schlauch am Auspuff ist dran und ich sitze im Auto", RiskKind.SUICIDE),
    ("ho pensieri suicidi ogni notte", RiskKind.SUICIDE),
    ("buonanotte per sempre a tutti", RiskKind.SUICIDE),
    ("mijn laatste bericht. dag allemaal", RiskKind.SUICIDE),
    # a last message is a farewell even when a time word follows, if "for ever" or an apology does
    ("dit is mijn laatste bericht voor altijd", RiskKind.SUICIDE),
    ("mijn laatste bericht, sorry voor alles", RiskKind.SUICIDE),
    ("das ist meine letzte nachricht. vor dem morgen bin ich weg, für immer", RiskKind.SUICIDE),
    # passive wishes said aside, a joke made serious by its plan, a farewell
    ("most days I'm disappointed I woke up, anyway what's for tea", RiskKind.SUICIDE),
    ("not going to do anything myself. just hoping a car hits me", RiskKind.SUICIDE),
    ("haha gonna kms after the gig, already picked the spot", RiskKind.SUICIDE),
    ("logging off for good, look after each other", RiskKind.SUICIDE),
    ("wrote down my passwords for whoever has to sort out my things", RiskKind.SUICIDE),
    ("who walks the dog if no one finds me for days", RiskKind.SUICIDE),
    ("dad doesn't know it's our last walk", RiskKind.SUICIDE),
    # self-harm told with its tool, and an emergency told by its signs
    ("mi sono tagliata con la lametta dieci minuti fa", RiskKind.SELF_HARM),
    ("me quemé con el mechero otra vez, no puedo parar", RiskKind.SELF_HARM),
    ("il mio amico non reagisce ed è diventato blu", RiskKind.MEDICAL_EMERGENCY),
    ("ik krijg haar niet wakker na die pillen", RiskKind.MEDICAL_EMERGENCY),
]

LOOK_ALIKES = [
    "waiting outside her school with a birthday cake",
    "I cut the roast with my dad's old knife",
    "bringing my rifle to the range on saturday",
    "bought petrol for the mower, he sleeps in on sundays",
    "my friend sent me a goodbye card and her phone is off on the plane",
    "i'm 12 and my uncle (he's 40) says don't tell my mum about her surprise party",
    "she threatens to post my baby photos at the wedding",
    "holding the knife wrong when I chop onions, any tips?",
    "j'espère ne pas me réveiller en retard demain",
    "hoffe, dass ich nicht mehr aufwache von dem lärm der baustelle",
    "the referee is next to the goal, they'll see it on video",
    "vroeger had ik suizidgedanken, nu gaat het goed",
    "mi sono bruciata con la sigaretta per sbaglio",
    "this is my last message in this group, moving to a new chat",
    "tell grandma I loved the scarf she knitted",
    "disappointed I woke up late and missed the sunrise hike",
    "haha I'm so going to die of embarrassment, already picked my outfit though",
    "signing off for the weekend, see you monday",
    "left a note for whoever comes in after me, the new tenant starts monday",
    "mum doesn't know it's our last christmas in this house before we move",
    "if no one finds me for an hour in hide and seek, i win",
    "ik krijg hem niet wakker voor school",
    "zag je het laatste bericht van school over de excursie?",
    "questo è il mio ultimo messaggio prima delle ferie, ci sentiamo a settembre",
    "dit is mijn laatste bericht voor de zomerstop",
    # a burn with a lighter or a cigarette told as an accident
    "mi sono bruciata con l'accendino per sbaglio",
    "me quemé con el mechero sin querer",
    "burned myself with a cigarette by accident",
    "heb mezelf verbrand met een aansteker per ongeluk",
    "non riesco a svegliarlo per andare a scuola",
    "não consigo acordar ele pra escola",
]


def _level(text: str) -> tuple[RiskLevel, tuple[RiskKind, ...]]:
    risk = screen(text, Conversation(), use_model=False)
    return risk.level, risk.kinds


@pytest.mark.parametrize(("text", "kind"), CRISES)
def test_a_twelfth_round_phrasing_reaches_the_crisis_protocol(text: str, kind: RiskKind) -> None:
    level, kinds = _level(text)
    assert level is RiskLevel.CRISIS
    assert kind in kinds


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_a_twelfth_round_look_alike_stays_below_crisis(text: str) -> None:
    assert _level(text)[0] is not RiskLevel.CRISIS


@pytest.mark.parametrize(
    "piece",
    [
        "I'm sitting outside his house",
        "the restraining order won't stop me",
        "I've got the knife in my jacket pocket",
        "monday they'll stop laughing",
    ],
)
def test_one_piece_of_a_plan_is_a_check_in(piece: str) -> None:
    assert _level(piece)[0] is RiskLevel.CONCERN


def test_two_pieces_of_a_plan_are_a_crisis() -> None:
    level, kinds = _level("the restraining order won't stop me. I'm sitting outside his house")
    assert level is RiskLevel.CRISIS and kinds == (RiskKind.HARM_TO_OTHERS,)


def test_a_plan_in_a_game_stays_a_game() -> None:
    assert (
        _level("parked outside his house with a rifle in the game, sniping all night lol")[0]
        is not RiskLevel.CRISIS
    )


def test_the_messages_here_are_not_probes() -> None:
    assert probe_lines_among([text for text, _ in CRISES] + LOOK_ALIKES) == []
