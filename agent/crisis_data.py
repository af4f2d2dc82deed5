"""Self-written training messages for the crisis classifier, generated from templates.

Nothing here is a real person's post: every phrase was written for this file, from the phenomena the screen
must recognise (intent, methods, self-harm, danger from or to others, medical emergencies), the softer signs it
grades as `concern`, and the everyday speech it must leave alone (figurative "killing me", dark humour,
paraphrased song lines, ordinary sadness, benign mentions). Templates are expanded with slot fillers and sampled
with a seeded generator, so the set is the same on every run. The development probes (tests/probes) are a
separate, hand-written set: `generate` drops any message that equals a probe after normalisation, and the tests
check that no probe is among the training messages. With `paraphrases=True` it adds the meaning-level templates of
agent.crisis_paraphrases, the semantic layer's training set (the n-gram set is unchanged by them).
"""

from __future__ import annotations

import itertools
import random
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from agent.schema import RiskLevel

NONE, CONCERN, CRISIS = RiskLevel.NONE, RiskLevel.CONCERN, RiskLevel.CRISIS


@dataclass(frozen=True)
class Example:
    text: str
    level: RiskLevel
    weight: float = 1.0  # the few hand-written lines in other languages count more than one template sample


# --- slot fillers -------------------------------------------------------------------------------------------
_SLOTS: Mapping[str, tuple[str, ...]] = {
    "lead": (
        "",
        "",
        "",
        "honestly ",
        "ngl ",
        "i think ",
        "tbh ",
        "lately ",
        "sometimes ",
        "i need to say this, ",
        "i can't lie, ",
        "every night ",
        "right now ",
        "i'm scared because ",
        "please don't judge me but ",
    ),
    "when": (
        "",
        "",
        "tonight",
        "this weekend",
        "tomorrow",
        "soon",
        "after everyone is asleep",
        "on friday",
        "when my shift ends",
        "before my birthday",
    ),
    "end": (
        "end my life",
        "kill myself",
        "take my own life",
        "end it all",
        "unalive myself",
        "not be here anymore",
        "stop existing",
        "end everything",
        "die",
        "be dead",
        "off myself",
        "kms",
    ),
    "method": (
        "take every pill in the cabinet",
        "jump from the top of the car park",
        "hang myself in the garage",
        "walk in front of a lorry",
        "drive my car into the river",
        "swallow all my sleeping tablets",
        "use the rope i bought",
        "overdose on my meds",
        "jump off the overpass",
        "drown myself in the lake",
        "slit my wrists",
        "shoot myself with my dad's gun",
    ),
    "harm": (
        "cut my arms",
        "burn my skin with a lighter",
        "hit myself until i bruise",
        "scratch my skin till it bleeds",
        "cut my thighs",
        "carve into my leg",
        "punch myself in the head",
        "hurt myself on purpose",
        "starve myself as punishment",
        "use the razor on my wrist",
    ),
    "abuser": (
        "my husband",
        "my boyfriend",
        "my stepdad",
        "my dad",
        "my mum",
        "my partner",
        "my girlfriend",
        "my wife",
        "my uncle",
        "my older brother",
        "my ex",
        "a man from my building",
        "my flatmate",
    ),
    "abuse": (
        "hits me",
        "punched me again",
        "chokes me when he's angry",
        "slapped me across the face",
        "threatened to stab me",
        "forced me to have sex",
        "locks me in my room",
        "pushed me down the stairs",
        "said he will kill me if i leave",
        "kicked me in the stomach",
        "throws things at me",
        "held a knife to my throat",
        "won't let me leave the flat",
        "touches me when nobody is home",
    ),
    "victim": (
        "my coworker",
        "my neighbour",
        "my sister",
        "the kids at school",
        "my boss",
        "my ex",
        "him",
        "her",
        "everyone in my class",
        "my roommate",
        "the guy who bullies me",
        "my stepmother",
    ),
    "violence": ("stab", "kill", "shoot", "hurt", "strangle", "beat to death", "poison", "run over"),
    "task": (
        "homework",
        "commute",
        "essay",
        "spreadsheet",
        "deadline",
        "traffic",
        "this heat",
        "my landlord",
        "this group chat",
        "the tax form",
        "this exam week",
        "my inbox",
        "the wifi",
        "this meeting",
    ),
    "food": (
        "a burrito",
        "a cold beer",
        "some chips",
        "a slice of cake",
        "a nap",
        "a coffee",
        "pizza",
        "a day off",
        "decent wifi",
        "tacos",
        "a holiday",
    ),
    "fun": (
        "see the new film",
        "go to the concert",
        "try that ramen place",
        "meet your puppy",
        "tell you the news",
        "get my results",
        "open my presents",
        "see the finale",
        "go on holiday",
    ),
    "boss": (
        "my mum",
        "my dad",
        "my coach",
        "my boss",
        "my sister",
        "he",
        "she",
        "my teacher",
        "my flatmate",
    ),
    "reason": (
        "when she sees the mess",
        "for being late again",
        "if i forget his birthday",
        "when he finds out i broke it",
        "for eating the last slice",
        "if i miss the bus",
        "when they see my grades",
    ),
    "thing": (
        "my printer",
        "this burger",
        "that exam",
        "the weekend",
        "my to-do list",
        "this pizza",
        "the karaoke",
        "my old laptop",
        "the quiz tonight",
    ),
    "accident": (
        "shaving",
        "opening a can",
        "on the oven tray",
        "with the bread knife while cooking",
        "on a broken glass",
        "on the garden fence",
        "ironing my shirt",
    ),
    "game": ("chess", "tennis", "fifa", "cards", "table tennis", "mario kart", "the pub quiz"),
    "place": (
        "the roof of my building",
        "the edge of the bridge",
        "the platform waiting for the fast train",
        "the cliff path",
        "the balcony railing",
    ),
    # Everyday plans: the crisis templates use the same time words ("tonight", "on friday"), so the negatives must.
    "plan": (
        "cooking a curry",
        "going to the cinema",
        "meeting my friends",
        "watching the match",
        "cleaning the flat",
        "doing my laundry",
        "visiting my gran",
        "working late",
        "going for a run",
        "baking a cake",
        "packing for my trip",
        # Hand-written crisis messages often say "tonight" and "making a plan": everyday plans must say so too.
        "making dinner",
        "making a lasagne",
        "making soup for the week",
        "making a birthday card",
        "trying a new recipe",
    ),
    "sad": (
        "i failed my driving test again",
        "my best friend moved away",
        "i feel so lonely in this new city",
        "my parents are getting divorced",
        "i didn't get the job",
        "my cat died last week and i miss her",
        "i cried at work today",
        "i'm stressed about rent",
        "my girlfriend broke up with me",
        "nobody came to my party",
        "i feel like a failure at uni",
        "i'm exhausted all the time",
        "work has been awful",
        "i had a panic attack before my exam",
        "my grandad passed away",
    ),
}


# --- templates per level ------------------------------------------------------------------------------------
_CRISIS = (
    "{lead}i want to {end}",
    "{lead}i'm going to {end} {when}",
    "{lead}i've decided to {end} {when}",
    "{lead}i'm planning to {method} {when}",
    "{lead}i keep thinking about how to {method}",
    "{lead}i looked up the best way to {end}",
    "{lead}i have everything ready to {method}",
    "{lead}i'm going to {method}",
    "i can't do this anymore, i'm going to {end}",
    "{lead}i don't want to be alive {when}",
    "{lead}i wish i could go to sleep and never wake up",
    "{lead}everyone would be better off if i was dead",
    "{lead}nobody would care if i disappeared",
    "{lead}there's no reason for me to stay alive",
    "{lead}i've been saving up pills to {end}",
    "{lead}i wrote goodbye letters and i'm ready to {end}",
    "{lead}i {harm} every night",
    "{lead}i relapsed and started to {harm} again",
    "{lead}i have the urge to {harm} right now",
    "{lead}i {harm} when things get bad",
    "{lead}i can't stop myself, i {harm}",
    "{abuser} {abuse}",
    "{lead}{abuser} {abuse}",
    "i'm scared to go home because {abuser} {abuse}",
    "{abuser} {abuse} and i don't know what to do",
    "{lead}i'm going to {violence} {victim} {when}",
    "{lead}i want to {violence} {victim}",
    "{lead}i keep planning how to {violence} {victim}",
    "{lead}i'm bringing a knife to {violence} {victim}",
    "{lead}i took a whole pack of painkillers an hour ago",
    "{lead}i swallowed bleach and feel sick",
    "{lead}i drank a bottle of vodka with my pills",
    "{lead}i cut too deep and it won't stop bleeding",
    "{lead}i just want to die {when}",
    "{lead}i'm done, goodbye everyone",
    "{lead}thinking about sewerslide {when}",
    "{lead}i won't be around much longer",
    "{lead}i gave away my things and said goodbye",
    "{lead}it would be so easy to {method}",
    "{lead}i keep picturing how i'd {method}",
    "{lead}i'm standing on {place} right now",
    "{lead}i'm at {place} and i want to jump",
    "{lead}i can't stop thinking about dying",
    "{lead}i'd be happier dead",
    "{lead}death feels like the only way out",
    "{lead}i've written my note",
    "{lead}i'm scared of what i might do to myself {when}",
    "{lead}gonna ctb {when}",
    "{lead}i wanna unalive {when}",
)
_CONCERN = (
    "{lead}i feel completely hopeless",
    "{lead}i'm such a burden to my family",
    "{lead}nothing matters anymore",
    "{lead}i don't see any future for me",
    "{lead}i can't keep going like this",
    "{lead}what's even the point",
    "{lead}i feel empty and numb all the time",
    "{lead}i'm not suicidal but i feel like giving up",
    "{lead}i don't want to kill myself, i just feel so low",
    "{lead}some days i wish i could just vanish",
    "{lead}i'm so tired of everything",
    "{lead}i can't take it anymore",
    "{lead}i used to cut but i stopped",
    "{lead}i'm worried about my own thoughts",
    "{lead}i feel trapped and there's no way out",
    "{lead}i just want the pain to stop",
    "{sad} and i feel hopeless",
    "{lead}i'm not suicidal, {sad}",
    "{lead}i don't want to die, {sad}",
    "{lead}i would never kill myself but {sad}",
    "{sad} and honestly i can't go on",
    "{lead}{abuser} keeps texting me threats",
    "{lead}i'm afraid {abuser} might hurt me",
    "{lead}i sometimes think about hurting myself",
)
_NONE = (
    "this {task} is killing me",
    "{lead}the {task} is literally killing me lol",
    "i'd kill for {food} right now",
    "i'm dying to {fun}",
    "i could murder {food}",
    "i nearly died laughing at that video",
    "my feet are killing me after that hike",
    "{task} makes me want to scream",
    "i'm dead 😂 that meme",
    "i'm going to kill it at my interview {when}",
    "we absolutely killed it on stage",
    "my phone is dying",
    "my laptop battery died during the call",
    "i'm so tired i could sleep for a week",
    "my mum will kill me if i'm late again",
    "i'm drowning in emails",
    "i want to hide under my duvet all weekend",
    "{lead}i'm {plan} {when}",
    "we're {plan} {when}, want to come?",
    "i cut my finger chopping onions",
    "i burned my hand on the oven tray",
    "i bruised my knee playing football",
    "{sad}",
    "{lead}{sad}",
    "{sad}, any advice?",
    "{lead}{sad} and i just need to vent",
    "i'm reading a book about suicide prevention",
    "our school had a talk about self-harm awareness",
    "my friend volunteers on a crisis line",
    "i watched a documentary about domestic violence",
    "in the game i keep dying on the last boss",
    "the main character dies at the end of the book",
    "singing along to that old song about breaking free",
    "that song where he tells his mother he shot a man is on repeat",
    "feels like i'm on the road to somewhere hot lol",
    "i'm not okay but i'm safe, just sad",
    "{task} is the death of me haha",
    "if {task} lasts one more hour i'll scream",
    "i'd rather eat glass than do {task} lol",
    "shoot me a message when you're free",
    "hit me up later",
    "my sister beat me at mario kart",
    "i'm killing time before my train",
    "that workout destroyed me",
    "i'm dead tired",
    "the plant on my desk died",
    "my grandma's funeral was today and i keep crying",
    "i miss my dad who died last year",
    "i could just die of embarrassment",
    "i want to disappear for a weekend and switch my phone off",
    "i'm not going to hurt myself, i'm just frustrated",
    "{boss} is going to kill me {reason}",
    "{boss} will murder me {reason} lol",
    "i'm going to destroy {thing}",
    "i'm going to kill {thing}",
    "i'm going to murder {thing}",
    "i cut myself {accident}",
    "i burned myself {accident}",
    "the cat scratched me again",
    "i'm going to beat him at {game}",
    "she beat me at {game} again",
    "i died a little inside when {sad}",
    "i'm going to die of boredom in this meeting",
    "i need to kill some time before {fun}",
    "i'm going to die if {task} doesn't end soon",
    "i'll strangle my printer if it jams again",
    # minimal pairs of "{abuser} {abuse} and i don't know what to do": an ordinary quarrel in the same frame
    "{abuser} and i had a big fight and i don't know what to do",
    "{abuser} and i keep arguing and i don't know what to do",
    "{abuser} is angry with me and i don't know how to fix it",
    # rest and escape with an end in sight, beside the passive wishes
    "i wish i could disappear for a week to a cabin",
    "don't wake me up before noon tomorrow",
    "i could sleep until friday honestly",
    "i hope {abuser} won't wake up grumpy tomorrow",
)

# --- other languages: explicit phrases of each kind, and everyday speech --------------------------------------
_OTHER: tuple[tuple[str, RiskLevel], ...] = tuple(
    (text, level)
    for level, texts in (
        (CRISIS, (
            "ya no puedo más, voy a matarme esta noche", "he pensado en tirarme del puente", "quiero acabar con todo",
            "me corto los brazos cuando estoy mal", "mi novio me pega y me amenaza", "voy a tomarme todas las"
            " pastillas", "no quiero seguir viviendo", "mi padrastro abusa de mí", "quiero hacerle daño a mi jefe",
            "ich will mich heute nacht umbringen", "ich habe tabletten gesammelt, um zu sterben", "ich ritze mich"
            " jeden abend", "mein freund schlägt mich und droht mir", "ich will nicht mehr aufwachen",
            "ich springe von der brücke", "mein vater missbraucht mich", "ich will jemanden verletzen",
            "je vais me tuer ce soir", "j'ai envie d'en finir avec ma vie", "je me coupe les bras tous les soirs",
            "mon copain me frappe et me menace", "je veux sauter du pont", "je ne veux plus me réveiller",
            "mon beau-père me viole", "je vais prendre toutes mes pilules",
        )),
        (CONCERN, (
            "no le veo sentido a nada", "me siento sin esperanza", "soy una carga para todos", "ich kann nicht"
            " mehr", "alles ist hoffnungslos", "ich bin allen nur eine last", "je n'en peux plus", "je suis un"
            " fardeau pour tout le monde", "je me sens sans espoir",
        )),
        (NONE, (
            "me muero de hambre", "este examen me está matando", "me muero de ganas de verte", "estoy muerto de"
            " cansancio", "me corté el pelo ayer", "ich sterbe vor langeweile", "die hausaufgaben bringen mich"
            " um", "ich könnte ihn umbringen, er hat meine pizza gegessen", "ich bin todmüde", "je meurs de"
            " chaud", "ce boulot me tue", "je suis mort de rire", "je me suis coupé en cuisinant", "j'ai trop envie"
            " d'une glace", "estoy triste porque mi perro murió", "ich bin traurig wegen der trennung",
            "je suis triste depuis mon déménagement",
        )),
    )
    for text in texts
)  # fmt: skip

_SLOT = re.compile(r"\{(\w+)\}")


def _expand(template: str, slots: Mapping[str, tuple[str, ...]]) -> Iterator[str]:
    names = _SLOT.findall(template)
    for values in itertools.product(*(slots[n] for n in names)):
        text = template
        for name, value in zip(names, values, strict=True):
            text = text.replace("{" + name + "}", value, 1)
        yield " ".join(text.split())


def _sample(
    templates: Iterable[str],
    per_template: int,
    rng: random.Random,
    slots: Mapping[str, tuple[str, ...]] = _SLOTS,
) -> list[str]:
    out: list[str] = []
    for template in templates:
        expanded = sorted(set(_expand(template, slots)))
        out.extend(rng.sample(expanded, min(per_template, len(expanded))))
    return out


def _styles(text: str, rng: random.Random) -> str:
    """Surface variety people use in chat: capitals, punctuation, no apostrophes."""
    style = rng.random()
    if style < 0.25:
        text = text[:1].upper() + text[1:] + "."
    elif style < 0.4:
        text = text.replace("'", "")
    elif style < 0.5:
        text = text.upper() if len(text) < 40 else text
    return text


def generate(
    seed: int = 13, per_template: int = 40, exclude: Iterable[str] = (), paraphrases: bool = False
) -> list[Example]:
    """The training set: templates expanded, sampled and styled; `exclude` (the probes) never appears.

    `paraphrases` adds the meaning-level templates of agent.crisis_paraphrases (the semantic detector's set),
    drawn after the original ones so the n-gram set stays exactly what it was for the same seed.
    """
    from agent.crisis import normalise

    rng = random.Random(seed)
    banned = ProbeFilter(exclude)
    examples: list[Example] = []
    for level, templates in ((CRISIS, _CRISIS), (CONCERN, _CONCERN), (NONE, _NONE)):
        examples.extend(Example(_styles(t, rng), level) for t in _sample(templates, per_template, rng))
    examples.extend(Example(t, level, 3.0) for t, level in _OTHER)
    if paraphrases:
        examples.extend(_paraphrased(rng, per_template // 2))
    unique = {(normalise(e.text), e.level): e for e in examples}
    return [e for _, e in sorted(unique.items(), key=lambda kv: kv[0]) if e.text not in banned]


NEAR = 0.8  # token-set Jaccard from which a training message counts as a copy of a probe
LONG = 6  # words from which a probe found inside a training message counts as copied into it


def _words(text: str) -> frozenset[str]:
    return frozenset(_run(text).split())


def _run(text: str) -> str:
    from agent.crisis import normalise

    return " ".join(_WORD.findall(normalise(text)))


_WORD = re.compile(r"[a-z0-9']+")


class ProbeFilter:
    """The probe messages, to keep out of training exactly and nearly: the same words up to case, punctuation or
    a changed word (token-set Jaccard >= NEAR), or a whole probe of LONG words or more inside a longer message."""

    def __init__(self, probes: Iterable[str]) -> None:
        texts = list(probes)
        self._runs = [f" {r} " for r in (_run(t) for t in texts) if r.count(" ") >= LONG - 1]
        self._sets = [w for w in (_words(t) for t in texts) if w]
        self._index: dict[str, list[int]] = defaultdict(list)
        for number, words in enumerate(self._sets):
            for word in words:
                self._index[word].append(number)

    def __contains__(self, text: object) -> bool:
        words = _words(str(text))
        shared = Counter(n for w in words for n in self._index.get(w, ()))
        if any(c / (len(words) + len(self._sets[n]) - c) >= NEAR for n, c in shared.items()):
            return True
        run = f" {_run(str(text))} "
        return any(r in run for r in self._runs)


def _paraphrased(rng: random.Random, per_template: int) -> list[Example]:
    from agent import crisis_paraphrases as para

    slots = {**_SLOTS, **para.PARAPHRASE_SLOTS}
    out: list[Example] = []
    for level, templates in (
        (CRISIS, para.PARAPHRASE_CRISIS),
        (CONCERN, para.PARAPHRASE_CONCERN),
        (NONE, para.PARAPHRASE_NONE),
    ):
        out.extend(Example(_styles(t, rng), level) for t in _sample(templates, per_template, rng, slots))
    return out
