"""The twenty-fourth round of crisis rules (agent/crisis_rules_quiet.py) and its guards: wishes to be gone and
decisions told quietly, and the same said in passing inside longer messages.

Every message was written for this file (none is a probe, a development line or a training template); each family
has a phrasing that must reach the crisis protocol on the rules alone, and look-alikes that must not.
"""

from __future__ import annotations

import pytest

from agent.crisis_rules_quiet import RULES
from agent.schema import RiskLevel
from tests.probes.builders import rule_reading


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("honestly i just wish i could stop being alive, that's all", "en.stop_being_alive"),
        ("so done with existing. whatever", "en.stop_being_alive"),
        (
            "everyone's planning the reunion next year and i hope i'm not around for it",
            "en.hope_not_around_for_it",
        ),
        ("my parents would finally relax if i wasn't around anymore", "en.if_i_were_not_around"),
        ("not trying anything. i just want something to end me", "en.things_to_end_me"),
        ("part of me is hoping the scan results come back bad", "en.hoping_for_bad_results"),
        ("i want to vanish, and i don't mean a holiday, i mean for good", "en.disappear_for_good"),
        ("ironed the shirt I want to be found in", "en.clothes_to_be_found_in"),
        ("estoy cansado de existir, de verdad", "multi.tired_of_existing"),
        ("je voudrais juste ne plus être là, c'est tout", "multi.not_be_here_anymore"),
        ("ojalá me hubiera muerto en esa operación", "multi.wish_had_died"),
        ("wäre ich doch einfach gestorben, ehrlich", "multi.wish_had_died"),
        ("morire sarebbe quasi un sollievo a questo punto", "multi.death_a_relief"),
        ("bedankt voor alles, zorg jij voor mijn kat alsjeblieft", "multi.thanks_for_everything_look_after"),
        ("ik heb mijn afscheidsbrief gisteren geschreven", "multi.decided_to_end_it"),
        ("mes enfants seraient bien mieux sans moi", "multi.better_without_me_more"),
        ("sarebbero tutti meglio senza di me", "multi.better_without_me_more"),
        ("I keep praying some accident would just take me", "en.illness_would_take_me"),
        ("queria sumir de vez e pronto", "pt.vanish_for_good"),
        ("sábado é o dia, já escolhi como.", "multi.chose_how"),
        (
            "I'm going to swallow everything in the medicine cabinet once they're asleep",
            "en.everything_in_the_cabinet",
        ),
        ("je viens de me couper, ça saigne beaucoup", "multi.self_harm_just_now"),
        ("been banging my head on the radiator, it really hurts", "multi.self_harm_just_now"),
        ("I've been loosening the wheel nuts on his van", "en.sabotage"),
        ("ele trancou a porta e escondeu a chave, não me deixa sair", "multi.locked_in_key_hidden"),
        ("he's screaming that he'll crash the car if I don't shut up", "en.threat_to_crash_us"),
        ("my ex is kicking the front door, I'm upstairs", "en.someone_forcing_the_door"),
        ("my blood sugar is crashing and I'm shaking and confused", "en.blood_sugar_crashing"),
    ],
)
def test_a_phrasing_of_the_twenty_fourth_round_reaches_the_crisis_protocol(text: str, rule: str) -> None:
    level, signals = rule_reading(text)
    assert level is RiskLevel.CRISIS, signals
    assert rule in {s.split(":")[0] for s in signals}


@pytest.mark.parametrize(
    "text",
    [
        "I just want to stop existing for a bit, switch off my phone for the weekend",
        "I'd like to just not be the one who organises everything",
        "I hope I'm not around for it when the boss finds out, I'll be on holiday",
        "I wish I could disappear for a while, not for good, just a long weekend",
        "thanks for everything, take care of the plants while I'm in Spain for a week",
        "my farewell letter to my colleagues is done, last day at work on Friday",
        "Im Roman wünscht sich die Hauptfigur, nie geboren worden zu sein",
        "Mein Freund meint, er wäre lieber tot. Soll ich seine Eltern informieren?",
        "ya elegí cómo decorar el salón para la fiesta",
        "banging my head against the wall with this spreadsheet",
        "what should I do if someone's blood sugar is low? we learned it in first aid",
        "dying would be a relief from this heat, says my grandma every August",
        "i could sleep for a week after that hike",
    ],
)
def test_a_look_alike_of_the_twenty_fourth_round_stays_below_crisis(text: str) -> None:
    level, signals = rule_reading(text)
    assert level is not RiskLevel.CRISIS, signals


@pytest.mark.parametrize(
    "text",
    [
        # one sign said twice is one sign; two different signs are still a crisis (below)
        "hopeless at maths and hopeless at French, my report card is a disaster",
        # a reason that disowns the wish
        "I sometimes picture my own funeral. Not because I want to die, I wonder who would come",
        # the negation said strongly
        "non, je ne pense pas du tout au suicide, je révise pour un examen",
        "non sto pensando di farla finita, sono solo stanca",
        "no tengo ideas de hacerme daño, solo estoy agotada",
        "ik heb geen nare gedachten over mezelf iets aandoen, ik ben gewoon moe",
        # an age or a span of years that places it in the past
        "I tried to end my life when I was seventeen. I'm forty now and doing well",
        "I overdosed at twenty. It's been fifteen years and I'm in a good place",
        # a thought named and disowned
        "a thought keeps telling me to hurt myself, it's OCD and I won't act on it, my therapist knows",
        # the last straw of an annoyance
        "if Dave sends a reply-all one more time I'm going to kill him",
        # a break, in French
        "j'aimerais disparaître quelques semaines à la montagne",
        # a question about waking at night
        "why do i keep waking up at 4am? is it my phone?",
    ],
)
def test_a_guard_of_the_twenty_fourth_round_keeps_a_message_below_crisis(text: str) -> None:
    level, signals = rule_reading(text)
    assert level is not RiskLevel.CRISIS, signals


@pytest.mark.parametrize(
    "text",
    [
        "hopeless about everything, and honestly I'm a burden to everyone",  # two signs: a crisis
        "It's not only because I want to die",  # "not only because" disowns nothing
        "je ne pense pas tout le temps au suicide",  # "not all the time" is some of the time
        "why do i keep waking up. i don't want to anymore",  # waking at all, not at 3am
        "if my boss says that one more time I'm bringing my knife to work",  # a weapon: no last straw
        "my husband has been having a seizure for about five minutes and it's not stopping",
    ],
)
def test_the_guards_leave_a_crisis_a_crisis(text: str) -> None:
    level, signals = rule_reading(text)
    assert level is RiskLevel.CRISIS, signals


def test_the_round_has_unique_names_that_say_their_language() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    assert all(name.split(".")[0] in {"en", "fr", "pt", "multi"} for name in names)
