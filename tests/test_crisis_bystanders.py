"""The twenty-third round of crisis rules (agent/crisis_rules_bystanders.py): crises told by someone beside the person
in danger, and in the words of everyday venting.

Every message was written for this file (none is a probe, a development line or a training template); each family
has a phrasing that must reach the crisis protocol on the rules alone, and look-alikes that must not.
"""

from __future__ import annotations

import pytest

from agent.crisis_rules_bystanders import RULES
from agent.schema import RiskLevel
from tests.probes.builders import rule_reading


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("mijn collega krast zich nu in de wc, er ligt bloed op de vloer", "multi.someone_self_harming_now"),
        ("mi prima se está cortando en el baño de la fiesta, hay sangre", "multi.someone_self_harming_now"),
        ("ho trovato tagli freschi sul braccio di mia figlia, sanguinano ancora", None),
        (
            "ich hab gerade frische Schnitte an den Armen meines Sohnes gesehen",
            "multi.fresh_cuts_found_on_someone",
        ),
        ("j'ai besoin de me faire mal maintenant, je tiens plus", "multi.hurt_myself_now"),
        ("la cuchilla en la mano, voy a hacerlo, no aguanto", "multi.blade_in_hand_about_to"),
        ("pienso en ello desde hace meses y he elegido el día, sábado", "multi.day_chosen_after_months"),
        ("sto sul balcone del sesto piano e penso di buttarmi", "multi.at_a_height_thinking_of_jumping"),
        ("mein Bruder sitzt am Rand des Daches und sagt, es ist vorbei", "multi.on_the_edge_of_a_roof"),
        (
            "ma soeur m'a dit adieu au téléphone et maintenant elle répond plus",
            "multi.goodbye_then_unreachable",
        ),
        ("meu pai juntou todos os comprimidos guardados e disse que hoje acaba", None),
        ("je vais le tuer, je suis sérieux, j'ai tout prévu pour samedi", "multi.kill_threat_meant"),
        ("ich fahr jetzt zu ihm mit dem Baseballschläger", "multi.going_now_with_a_weapon"),
        ("le bébé pleure depuis des heures et je vais le secouer", "multi.shake_or_throw_the_baby"),
        ("I just pressed a pillow over her face while she slept and stopped", "multi.pillow_over_their_face"),
        ("hab ihn vorhin geschlagen und ich glaub, ich mach es gleich wieder", "multi.hit_and_will_again"),
        ("ik hoor bij de buren een kind schreeuwen en harde klappen tegen de muur", None),
        ("mi nonno sta avendo le convulsioni sul pavimento", "multi.seizing_now"),
        ("mijn vader praat raar en zijn mondhoek hangt", None),
        ("o meu tio desmaiou e não respira, o que eu faço", "multi.collapsed_not_breathing_cpr"),
        ("mein Stiefvater kommt nachts in mein Zimmer und macht Sachen mit mir, wenn wir allein sind", None),
        ("la vecina la ha encerrado en su cuarto sin comida", "multi.locked_in_a_room"),
    ],
)
def test_a_phrasing_of_the_twenty_third_round_reaches_the_crisis_protocol(
    text: str, rule: str | None
) -> None:
    level, signals = rule_reading(text)
    assert level is RiskLevel.CRISIS, signals
    if rule is not None:
        assert rule in {s.split(":")[0] for s in signals}


@pytest.mark.parametrize(
    "text",
    [
        "que faire si quelqu'un a une crise d'épilepsie dans le bus ? je veux apprendre",
        "nel corso di primo soccorso abbiamo visto cosa fare se qualcuno ha le convulsioni",
        "I sometimes get the image of a pillow over his face. I'd never, it's the exhaustion talking",
        "tenho pensamentos de sacudir o bebê quando chora, não quero, tenho medo",
        "abbiamo scelto il giorno del matrimonio dopo mesi: sabato 12",
        "la mia ragazza mi ha detto addio al telefono dopo tre anni, mi sento a pezzi",
        "el crío me va a matar, lleva toda la tarde con el tambor",
        "me tiro por la ventana... de la planta baja, tranqui, es broma",
        "mijn zus deed vroeger aan zelfbeschadiging, nu gaat het goed met haar",
        "una amiga se autolesionaba en el instituto y ahora está en terapia",
        "voy ahora con el martillo a colgar los cuadros del salón",
        "la toalla está empapada, la lluvia entró por la ventana",
    ],
)
def test_a_look_alike_of_the_twenty_third_round_stays_below_crisis(text: str) -> None:
    level, signals = rule_reading(text)
    assert level is not RiskLevel.CRISIS, signals


def test_the_round_has_unique_names_that_say_their_language() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    assert all(name.split(".")[0] in {"en", "multi"} for name in names)
