"""The crisis screen: deterministic rules run on every user turn, before any model call.

Graded risk: `crisis` means the fixed crisis message replaces the reply; `concern` means the drafter's reply
carries a gentle fixed check-in (see agent.crisis_reply). The rules are written from the phenomenon (first-person
intent, methods, slang, danger from or to others) rather than from a list of sentences, and guards keep
everyday speech out: figurative continuations ("killing me" said of homework, "die of embarrassment") and tight
negation ("I'm not suicidal" is a concern, not a crisis), history ("years ago I tried ...") and stories told in the
third person ("the character took an overdose"), both a concern. A small n-gram classifier trained on self-written
messages (agent.crisis_model) is a recall backstop: when no rule fires it may raise a message to `concern`.
After perception, the semantic layer (agent.crisis_semantic) reads the message's sentence vector and may raise the
level further, up to `crisis`, before any LLM call (agent.pipeline); `crisis_semantic.screen_many` is the whole
screen for evaluation.

The screen never calls a model over the network and never stores the user's words: signals are rule names.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from agent.crisis_reply import safety_questions
from agent.crisis_rules import RULES as _ENGLISH_AND_FIRST_LANGUAGES
from agent.crisis_rules import SUICIDE_NAMES, Rule
from agent.crisis_rules_acts import RULES as _ACTS
from agent.crisis_rules_asked import RULES as _ASKED
from agent.crisis_rules_bystanders import RULES as _BYSTANDERS
from agent.crisis_rules_emergencies import RULES as _EMERGENCIES
from agent.crisis_rules_languages import RULES as _MORE_LANGUAGES
from agent.crisis_rules_plans import RULES as _PLANS
from agent.crisis_rules_quiet import RULES as _QUIET
from agent.crisis_rules_signs import RULES as _SIGNS
from agent.crisis_rules_situations import RULES as _SITUATIONS
from agent.crisis_rules_wrapped import RULES as _WRAPPED
from agent.crisis_slang import expand
from agent.safety_answer import SafetyAnswer, asks_if_safe, read_answer
from agent.schema import Conversation, RiskAssessment, RiskKind, RiskLevel, Role

_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"'})
_LEET = str.maketrans({"1": "i", "3": "e", "0": "o", "4": "a", "@": "a", "$": "s", "!": "i", "*": "i"})
_LEET_WORD = re.compile(r"\b(?=\w*[a-z])[a-z0-9@$!*]*[0-9@$*][a-z0-9@$!*]*\b")
_REPEATS = re.compile(r"([a-z])\1{2,}")
_LONG_REPEATS = re.compile(r"([a-z])\1{2,}")
_SPACES = re.compile(r"\s+")
_SPACED = re.compile(r"(?<![a-z])[a-z](?: [a-z]){2,}(?![a-z])")  # "d i e" -> "die"
# A clause ends at sentence punctuation or a contrastive "but": negation does not cross it.
_SENTENCE_END = re.compile(r"[.!?\n]")
_SPACES_AT = re.compile(r"\s*")
_CLAUSE_END = re.compile(r"[.!?;:\n]|\bbut\b|\bpero\b|\baber\b|\bmais\b")
# Where a negation's reach ends besides a clause: at "no" said as an answer ("are you ok?" - "no, I want to die",
# "not really, I want to die") and at a comma after a negation that follows its verb ("je ne sais pas, je veux
# mourir", "ich weiß nicht, ich will sterben": the verb negated was "know")
_NEGATION_CLOSED = re.compile(
    r"\b(?:no|non|nao|nee|nope|nah|not (?:really|anymore|at all|much|great|good|ok|okay|well|fine|so good))\s*,"
    r"|\b(?:no|not really)(?= (?:i|i'm|im|i've)\b)|\b(?:pas|plus|nicht|niet)\s*,"
)
RULES: tuple[Rule, ...] = (
    _ENGLISH_AND_FIRST_LANGUAGES
    + _MORE_LANGUAGES
    + _ACTS
    + _PLANS
    + _SIGNS
    + _SITUATIONS
    + _EMERGENCIES
    + _BYSTANDERS
    + _QUIET
    + _ASKED
    + _WRAPPED
)
_NEGATION = re.compile(
    r"\b(not|never|no longer|used to|stopped|quit|survived|don't|dont|do not|won't|wont|wouldn't|wouldnt|isn't"
    r"|am not|i'm not|im not|nicht|nie|niemals|kein|keine|no|nunca|jamas|ne|pas|jamais|plus jamais|non|nao|niet"
    r"|nooit|mai|nichts|niks|niets|ni|tampoco|tampouco|nemmeno|neanche|aucune|aucun|ninguna|ningun|nenhuma|nenhum"
    r"|nessuna|nessun|geen)\b"
)
# Words that may stand between a negation and the predicate while the negation still governs it.
_BRIDGE = frozenset((
    "i", "i'm", "im", "am", "was", "be", "going", "to", "gonna", "want", "wanna", "ever", "really",
    "actually", "try", "trying", "plan", "planning", "planing", "think", "thinking", "about", "of",
    "would", "will", "could", "feel", "feeling", "like", "that", "suicidal", "do", "it", "anymore", "had",
    "have", "has", "any", "experienced", "felt", "thought", "thoughts", "ich", "werde", "mich", "je",
    "quiero", "voy", "a", "me", "veux", "vais", "pas", "ne", "de", "es", "que", "quiera", "quero", "eu", "vou",
    "voglio", "io", "ho", "wil", "ik", "ga", "j'ai", "envie", "pense", "en", "he", "pensado", "pensei", "em",
    "ai", "pensato", "di", "habe", "daran", "gedacht", "pensando", "estou", "estava", "tava", "pensar",
    "tengo", "tenho", "aan", "denk", "denke", "denken", "an", "au", "aux", "al", "estoy", "ganas", "penso", "once",
    "pensieri", "pensiero", "pensees", "pensamientos", "pensamentos", "gedanken", "gedachten", "pienso",
    "sto",  # "non sto pensando di farla finita"
    "ideas", "ideias", "idees", "idee",  # "no tengo ideas de hacerme dano"
    # "non intendo farmi del male", "no pretendo hacerme dano", "je ne compte pas me faire du mal"
    "intend", "intending", "intendo", "intenzione", "pretendo", "intencion", "intencao", "compte",
))  # fmt: skip
# Ages a person has left behind, in words (13-20), in the seven languages
_AGE_WORDS = (
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|trece|catorce|quince|dieciseis"
    r"|diecisiete|dieciocho|diecinueve|veinte|dreizehn|vierzehn|funfzehn|sechzehn|siebzehn|achtzehn|neunzehn"
    r"|zwanzig|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf|vingt|tredici|quattordici|quindici|sedici"
    r"|diciassette|diciotto|diciannove|venti|treze|catorze|dezasseis|dezesseis|dezassete|dezessete|dezoito"
    r"|dezanove|dezenove|vinte|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig"
)
# English ages a person has left behind, said "when I was ..." or "at ...": teens, twenty, thirty
_EN_AGES = r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty"
# A sign placed years back ("five years ago I tried to end my life") is history: a concern, not a crisis.
_PAST = re.compile(
    r"\b(?:(?:\w+|a few|many) )?(?:years?|decades?) ago\b|\bback in (?:school|college|uni|high school|my teens|\d{4})\b"
    r"|\bas a (?:teen|teenager|kid|child)\b|\bwhen i was (?:younger|a teen\w*|a kid|a child|\d+|in school"
    rf"|(?:{_EN_AGES})"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)\b"
    r"|^antes\b|\bantes (?:me|yo|solia)\b|\bfruher\b|\bvroeger\b|\bautrefois\b|\bavant,? je\b|\bprima (?:mi|io)\b"
    r"|\bback when\b|\bused to\b|\b(?:years|months) since (?:my|i)\b|\bit'?s been (?:\w+ )?(?:years|decades)\b"
    r"|\blast (?:spring|summer|autumn|fall|winter|year)\b|\bin (?:19|20)\d\d\b"
    # "desde hace meses" is "for months", still going on
    r"|(?<!desde )\bhace (?:\w+ )?(?:anos|meses)\b|\bvor (?:\w+ )?(?:jahren|monaten)\b|\bil y a (?:\w+ )?(?:ans|mois)\b"
    # the time after an attempt, told as such ("apres ma tentative, la therapie m'a aidee")
    r"|\b(?:apres|depuis) ma tentative\b|\bafter my (?:attempt|overdose)\b|\bnach meinem (?:suizidversuch|versuch)\b"
    r"|\bdopo il mio tentativo\b|\bdespues de mi intento\b|\bdepois da minha tentativa\b|\bna mijn (?:zelfmoord)?poging\b"
    # a year back, not a month: "I tried to kill myself last month and I think I'll try again" is now
    r"|\b(?:el ano pasado|l'anno (?:scorso|passato)|letztes jahr|l'an dernier|l'annee derniere|(?:no )?ano passado"
    r"|vorig jaar)\b"
    # an age the person no longer is: "une tentative a 17 ans", "aos 16", "at the age of 15"
    r"|\ba \d{1,2} (?:ans|anni)\b|\ba los \d{1,2}\b|\baos \d{1,2}\b|\bmit \d{1,2} jahren\b|\bals ich \d{1,2} war\b"
    r"|\btoen ik \d{1,2} was\b|\bat (?:the )?age (?:of )?\d{1,2}\b|\baged \d{1,2}\b"
    # the same ages in words: "at nineteen", "con diecinueve", "quand j'avais seize ans", "mit siebzehn"
    # ("at nineteen" but not "at fifteen past"; "con diecinueve," but not "con quince pastillas")
    rf"|\b(?:at|aged) (?:{_EN_AGES})\b(?! (?:past|to|minutes?"
    r"|hundred|o'?clock|pills|tablets))"
    rf"|\b(?:con|mit|a|aos|op) (?:{_AGE_WORDS})(?: (?:anos|jahren|ans|anni|jaar)\b|,)"
    rf"|\b(?:quand j'avais|cuando tenia|quando avevo|quando (?:eu )?tinha|als ich|toen ik) (?:{_AGE_WORDS})\b"
    r"|\b(?:anni|mesi) fa\b|\bha (?:\w+ )?(?:anos|meses)\b|\b(?:jaar|maanden) geleden\b"
    r"|\b(?:na|en la|in der|a l'|nell'|in de) (?:adolescencia|adolescenza|adolescence|pubertat|puberteit|jugend)\b"
    r"|\b(?:cuando|quando|als|quand) (?:era|eu era|ich|j'etais|ero|ik) (?:\w+ )?(?:joven|jovem|jung|jeune|giovane"
    r"|adolescente|teenager|kind|nina|nino|crianca|bambin\w)\b"
)
# An emergency told as over: "they removed it at the hospital and he's fine now", "lo trataron y esta perfecto"
_RESOLVED = re.compile(
    # someone else, treated: "I feel fine now" after an overdose is no all-clear
    r"\b(?:(?:he|she|they)(?:'s| is|'re| are) (?:fine|ok|okay|well|all right|alright|doing well|perfect"
    r"|recovered|home again) now|(?:esta|sta|ist|est|is) (?:perfect[oa]|bien|bene|bem|gut|goed|fine) (?:ahora|ora|agora"
    r"|jetzt|maintenant|nu)|lo trataron|they treated|was treated|treated (?:him|her|them) at|removed it)\b"
)
# Recovery counted in days or years ("clean from cutting for 500 days today"): history, even with "today" in it.
_RECOVERED = re.compile(
    r"\bclean (?:from|of) \w+(?: \w+)? for\b|\b\d+ (?:days|weeks|months|years) (?:clean|free)\b"
    r"|\bllevo \w+ (?:anos|meses|semanas) (?:bien|sin)\b|\bseit (?:jahren|monaten) vorbei\b"
    r"|\bhelped me (?:stop|quit|beat|get past|get over|through)\b|\bstable for (?:ages|years|months|a long time)\b"
    r"|\b(?:one|a|an|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+) (?:years?|months?|weeks?|days?)"
    r" (?:clean|free|since|without)\b|\bseit (?:\w+ )?(?:jahren|monaten|wochen) (?:frei von|ohne)\b"
    r"|\b(?:un|una|um|uma|ein|eine|one|een|dos|tres|zwei|drei|deux|trois|due|tre|dois|twee|drie|\d+) (?:ano|anos|año"
    r"|anno|anni|an|ans|jahr|jahre|jaar|jaren|meses|monate|mois|mesi|maanden) (?:sin|senza|sans|frei|ohne|sem|zonder"
    r"|que nao|que no)\b|\b(?:recovering|in recovery) from\b|\bfaz (?:um|\w+) (?:ano|anos|mes|meses) que nao\b"
    r"|\bclean from \w+(?: \w+)? today\b"
    # "al een jaar vrij van zelfbeschadiging", "seit einem Jahr frei von"
    r"|\b(?:een|\w+|\d+) (?:jaar|jaren|maanden|weken|dagen) vrij van\b|\bseit einem (?:jahr|monat) frei von\b"
    # scars are healed wounds: "my girlfriend has self-harm scars" (fresh cuts are not scars)
    r"|\b(?:self[- ]?harm|cutting|sh) scars\b|\bscars from (?:self[- ]?harm|cutting)\b"
    # "three years sober and clean from self-harm": recovery named, unless it broke (_RELAPSE)
    r"|\bclean (?:from|of) (?:self[- ]?harm\w*|cutting|sh)\b|\b(?:years?|months?) sober\b"
    r"|\b(?:self[- ]?harm|sh|cutting)[- ]free\b"
)
# "five years ago today I tried", "fifteen years ago now": a date, not now
_ANNIVERSARY = re.compile(r" ago today\b| ago tonight\b| ago now\b")
_RELAPSE = re.compile(
    r"\b(?:broke (?:it|my streak)|relaps\w*|slipped|again|threw it (?:all )?away|recaida|recai|ruckfall|rechute|rechute\w*|teruggevallen"
    r"|terugval|ho ceduto|ricaduta|ricaduto"
    r"|until (?:last night|tonight|today|yesterday|this (?:morning|evening|week)|now))\b"
)
# Talk about a story, a show or a game, with no first person in the clause, reports a danger rather than lives it.
_FICTION = re.compile(
    r"\b(?:character|characters|protagonist|villain|heroine|the (?:show|film|movie|book|novel|series|episode|game"
    r"|podcast|documentary|play|plot)|in (?:my|the|a|this) (?:\w+ )?(?:novel|story|book|game|screenplay|script|film"
    r"|movie|show))\b"
)
# Talk about a danger as a subject (study, news, awareness, the meaning of a word), with no one living it in the
# phrase, informs rather than discloses: "what are the warning signs of suicide in teenagers?".
_TOPIC = re.compile(
    r"\b(?:warning signs|signs of|awareness|prevention|theory|statistics|history|historically|research|essay|paper"
    r"|(?:police|official|crime|new) (?:figures|data)|survey|study|studies|poll|cases (?:are )?(?:rising|falling)"
    r"|report|thesis|class|lecture|lesson|course|exam|training|article|news|headline|podcast|documentary|book club"
    r"|novel|content warning|trigger warning|advocate|counsell?or|what does '?\w+'?(?: \w+)?'? (?:mean|stand for)"
    r"|what'?s \w+ mean|(?:is|does) '?\w+'? (?:short for|stand for)|c'?est quoi|que significa|was bedeutet"
    r"|cosa significa|o que significa|wat betekent|why do people say"
    r"|speech|poem|hamlet|shakespeare|opera|lyrics|scriptie|tesis|thesis|hausarbeit|referat|expose|werkstuk"
    r"|spreekbeurt|tarea|monografia|tesina|compito|trabalho escolar|seminararbeit|devoir"
    r"|died by|lost \w+ to|death by|(?:brother|sister|friend|cousin|uncle|aunt|colleague|celebrity|classmate|neighbou?r)"
    r" (?:who |whose \w+ )?(?:died|killed))\b"
)
# The danger as the object of a topic ("a paper on Durkheim's theory of suicide", "whose brother died by suicide").
_TOPIC_OF = re.compile(
    r"\b(?:die by|died by|death by|dies by|lost (?:\w+ )?to|los(?:e|ing) (?:\w+ ){1,2}to|theory of|signs of|awareness of|prevention of"
    # studies, reports and forms ("risk factors for self-harm", "os casos de violencia domestica", "reading about that
    # domestic violence case", "watch for suicidal thoughts"); like every topic here, right before the sign
    r"|risk factors (?:for|of)|warning signs (?:for|of)|(?:facteurs?|factores?|fatores?) de (?:risque|riesgo|risco)"
    r"|fattori di rischio|risikofaktoren (?:fur|von)|risicofactoren (?:voor|van)|prevention du|prevencion del|prevenzione del|prevencao do"
    r"|preventie van|(?:reportage|documentaire|article|artikel|articulo|artigo|articolo|documental|documentario) (?:sur|uber"
    r"|sobre|sul|su|over)(?: la| le| les| el| il| lo| o| a| de| het| den| die| das)?|(?:watch(?:ing)?|look(?:ing)? out"
    r"|monitor(?:ing)?) for|(?:casos|cases|cas|casi|falle|gevallen|numero|number|cifras|statistiken|figures) (?:de|of|di"
    r"|von|van|on|sobre)(?: la| el| a| o| le| il| der| die| de| het| the)?|(?:reading|read|an article|a documentary"
    r"|a podcast|the news) (?:\w+ )?about(?: that| the| a| this)?"
    r"|types of|kinds of|forms of|rates of|history of|statistics on|difference between|definition of"
    # someone else's words about it: "my colleague jokes about wanting to die", "a customer says something about"
    r"|(?:he|she|they|someone|somebody|(?:a|my|our|the|his|her) (?!own\b)\w+) (?:\w+ )?(?:jokes?|joking|talks?|talking"
    r"|says?|said|posted|posts|mentions?|mentioned|writes?|wrote|keeps? saying) (?:\w+ ){0,2}about"
    r"|(?:support|help|helping|supporting|comfort|comforting|look after|care for) (?:a |my |our |her |his )?\w+"
    r" (?:who|whose|that|after)\b[^.?!]{0,40}"
    r"|(?:asked|ask|asks|asking) (?:me |someone |somebody |them |him |her |a friend |my friend )?(?:directly )?"
    r"(?:if|whether|about)\b[^.?!]{0,40}"
    r"|(?:gefragt|fragte|fragt),? ob\b[^.?!]{0,40}|(?:m'a|m'ont|nous a) demande si\b[^.?!]{0,40}"
    r"|(?:me|nos) (?:ha |han )?pregunt(?:o|aron|ado) si\b[^.?!]{0,40}|(?:mi|ci) (?:ha|hanno) chiesto se\b[^.?!]{0,40}"
    r"|(?:me|nos) pergunt(?:ou|aram) se\b[^.?!]{0,40}|(?:vroeg|vroegen|gevraagd)(?: me| ons)? of\b[^.?!]{0,40}"
    # a question put to the person in quotes ("the usual questions, « avez-vous des idees suicidaires ? »")
    r"|(?:(?<=[«\"] )|(?<=[«\"]))(?:avez-vous|as-tu|haben sie|hast du|tiene usted|tienes|ha|hai|tem|tens|heeft u"
    r"|heb je|have you|do you have|are you having)(?: (?:\w+|-vous|-tu)){0,3}"
    # symptoms learned by heart: "we learned to recognise the symptoms just in case: a crooked face, ..."
    r"|(?:recogni[sz]e|spot|learn(?:ed|t)?|reconocer|aprendido|erkennen|gelernt|reconnaitre|appris|riconoscere"
    r"|imparato|reconhecer|aprendemos|herkennen|geleerd) (?:\w+ ){0,3}(?:symptoms|signs|sintomas|symptome"
    r"|symptomes|signes|sintomi|segni|sinais|symptomen|tekenen)\b[^.?!]{0,40}:"
    r"|theor(?:y|ies) (?:on|of|about)|(?:disclosed|disclosing|confided|admitted to|reported|reporting)"
    r"|(?:essay|paper|report|thesis|dissertation|lecture|class|lesson|speech|poem|song|chapter|book|novel|podcast"
    r"|homework|assignment|coursework"
    r"|episode|article|documentary|research|project|presentation|scriptie|tesis|trabajo|these|tesi|hausarbeit"
    r"|referat|story|script|screenplay|fanfic|campaign)\b[^.?!]{0,30}\b(?:on|about|covered|covers|over|sobre|uber"
    r"|sur|su|on the topic of|where|in which|whose))"
    r"(?: \w+'s)?(?: \w+)? $"
)
# Someone's words reported ("she told me she's thinking of", "he says they want to"): their topic, unless the sign is
# a medical emergency, which a report does not make less urgent ("she just told me she swallowed all her tablets").
_REPORTED = re.compile(
    r"\b(?:tells|told|says|said|tell) (?:me |you |us )?(?:that )?(?:they|he|she)(?:'re|'s| are| is| was| were)?"
    r"(?: (?:want|wants|wanted|wanna|going|thinking|feeling|planning))?(?: to| of| about)?(?: \w+'s)?(?: \w+)? $"
)
# A sign placed back and then brought back: "two years ago I was suicidal and it's back now", "... this time".
_RETURNED = re.compile(
    r"\b(?:it'?s|they'?re|the (?:thoughts?|urges?) (?:are|is)) back\b|\b(?:came|coming|creeping) back\b"
    r"|\bnow i (?:want|wanna|am|'m|feel|think) (?:\w+ ){0,4}again\b|\bback again\b"
    r"|\bthis time (?:i'?ll|i will|i'?m going to|it'?ll|it will|i won'?t)\b|\bthis time *(?:[.!]|$)"
)
# A means owned by someone else and named right after the owner: "my mum's sleeping pills" (see _other_subject).
_OWNED = re.compile(r"'s (?:\w+ )?$")
_MEANS_AT = re.compile(
    r"(?:pills|tablets|meds|medication|medicine|painkillers|insulin|gun|rifle|shotgun|knife|razor)\b"
)
# Someone else's act named as a noun: "the news about that actor's suicide", "her overdose last year".
_THEIR = re.compile(
    r"(?:\b(?:his|her|their)|\b(?!(?:my|i|it|that|what|there|here|let|he|she|who|where|this|everything|nothing)'s)"
    r"[a-z]+'s) $"
)
_ACT_NAMED = re.compile(
    r"(?:suicide|overdose|self[- ]?harm)\b(?! (?:clause|prevention|hotline|helpline|line|rates?|awareness|risk))"
)
# The same with a longer reach: a story where someone does it, the difference between two terms.
_TOPIC_SPAN = re.compile(
    r"(?:\b(?:novel|story|book|script|screenplay|fanfic|chapter|scene|episode|film|movie|game|campaign|play)\b"
    r"[^.?!]{0,20}\b(?:where|in which|whose)\b|\bdifference between\b)[^.?!]{0,50}$"
)
_LIVED = re.compile(
    r"\b(?:think|thinking|feel|feeling|considering|urges?|tempted|plan|planning|want|wanna|gonna)\b"
)
_NOW = re.compile(
    r"\b(?:now|again|still|lately|tonight|today|these days|anymore|want|wanna|going to|gonna|plan)\b"
)
_OTHER_NOW = re.compile(
    r",? and (?:she|he|they)(?:'s| is|'re| are) (?:with|at|in|seeing|safe)\b(?![^,.]*\b(?:i|me|my)\b)"
)
# An urge named as such, and what the person did with it instead of acting on it.
_URGE = re.compile(
    r"\b(?:urges?|the urge|thoughts?|the thought|felt like|wanted|had the thought about)(?: (?:to|of|about))? $"
)
_COPED = re.compile(
    r"\b(?:instead|it passed|passed|went away|texted|called|rang|went for a (?:walk|run)|distract\w*|held (?:on|off)"
    r"|didn'?t|did not|managed not to|sitting on my hands|sat on my hands|ice cube|put (?:it|them|the \w+) away"
    r"|messaging you|talking to you|coping)\b"
)
_RELAPSE_NOW = re.compile(
    r"\b(?:but then|gave in|did it anyway|ended up|couldn'?t stop|relapsed|cut anyway)\b"
)
# Shorter than a clause: "five years ago I tried to end my life, today I ran a marathon" has two phrases.
# (German puts a comma before the act tried: "vor zehn Jahren habe ich versucht, mir das Leben zu nehmen")
_PHRASE_END = re.compile(
    r"[.!?;:\n]|(?<!versucht)(?<!probiert),|\b(?:but|and|pero|aber|mais|y|und|et|e|en)\b"
)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|i've|ive|i'll|i'd|me|my|myself|mine)\b")
# The person in the other six languages too, for the guards that a topic or a question must not name them in
# ("was bedeutet das alles, ich will sterben"); not for fiction, where "mi novela" names the author's work.
_FIRST_PERSON_ANY = re.compile(
    r"\b(?:i|i'm|im|i've|ive|i'll|i'd|me|my|myself|mine|je|j'\w+|moi|mon|ma|mes|m'\w+|yo|mi|mis|conmigo|ich|mich|mir"
    r"|mein|meine|meinen|meinem|meiner|io|mio|mia|miei|mie|eu|meu|minha|meus|minhas|comigo|ik|mij|mijn)\b"
)
# Wanting, thinking and feeling in the other six languages, beside _LIVED (German "will" is English "will" too,
# which keeps more English questions signs: the cautious side).
_LIVED_MORE = re.compile(
    r"\b(?:quiero|quisiera|pienso|pensando|siento|will|mochte|denke|fuhle|veux|voudrais|pense|sens|voglio|vorrei"
    r"|penso|sento|quero|queria|sinto|wil|wou|denk|voel)\b"
)
# "My novel" or "my character" names the author's work, not the author living what happens in it.
_AUTHORED = re.compile(
    r"\bmy (?:\w+ )?(?:novel|story|book|screenplay|script|characters?|protagonist|heroine|hero|narrator|villain"
    r"|detective|game|film|play|comic|fanfic|fic"
    r"|manuscript|draft|chapter|campaign|short story|poem)\b"
)
_THIRD_PERSON = re.compile(
    r"\b(?:he|she|they|his|her|their|him|them|someone|somebody|character|characters|protagonist|villain|hero"
    r"|heroine|narrator|a (?:man|woman|guy|girl|boy|kid)|the (?:man|woman|guy|girl|boy|victim|detective)"
    r"|(?:the|\w+'s) (?:brother|sister|mother|father|mum|mom|dad|son|daughter|wife|husband|friend))\b"
)
# Suicide and self-harm told of another person (a pronoun and its verb right before the sign, no "me" between)
# are support for someone else: a check-in, not the crisis protocol for the person writing.
_ONESELF = (RiskKind.SUICIDE, RiskKind.SELF_HARM)
# Kinds whose sign, inside a general question nobody lives ("is it true you shouldn't make someone vomit if they
# swallowed bleach?"), is the subject of the question
_ASKABLE = (*_ONESELF, RiskKind.MEDICAL_EMERGENCY)
_OTHER_SUBJECT = re.compile(
    r"\b(?:he|she|they|(?:my|his|her|our|a) (?:\w+ )?(?:friend|mate|bestie|bff|brother|sister|son|daughter|mum|mom"
    r"|dad|grandma|grandpa|partner|cousin|colleague|coworker|classmate|student|patient|client|roommate|flatmate))"
    r"(?:'s|'re| is| are| was| were| has been| have been| seems| seemed| keeps| kept)"
    # a word quoted after them ("my roommate keeps saying 'kms'") is still their word
    r"(?: (?!i\b|i'm\b|im\b|me\b|my\b|myself\b)[\w']+){0,3} ['\"]?$"
)
# The same in the six other languages, for a past or treated act ("mijn zus deed aan zelfbeschadiging, ze zit nu in
# therapie", "une copine s'automutilait au lycee"); the new emergencies of someone beside the writer are the bystander
# rules' (agent.crisis_rules_bystanders), which are not of these kinds.
_OTHER_SUBJECT_ELSEWHERE = re.compile(
    r"\b(?:mijn|mi|mein|meine|meiner|ma|mon|une|un|una|mia|mio|il mio|la mia|minha|meu|a minha|o meu|een|ein|eine)"
    r" (?:\w+ )?(?:zus|zusje|broer|vriend|vriendin|dochter|zoon|moeder|vader|collega|neef|nicht|hermana|hermano"
    r"|amig[oa]|hij[oa]|madre|padre|novi[oa]|prim[oa]|companer[oa]|colega|schwester|bruder|freund|freundin|tochter"
    r"|sohn|mutter|vater|kollege|kollegin|cousin|cousine|soeur|frere|ami|amie|copine|copain|fille|fils|mere|pere"
    r"|collegue|sorella|fratello|amic[oa]|figli[oa]|ragazz[oa]|irma|irmao|filh[oa]|mae|pai|namorad[oa])"
    r"(?: (?!me\b|mi\b|mir\b|mich\b|moi\b|je\b|eu\b|ik\b|yo\b|io\b)[\w']+){0,3} ?$"
)
# Someone who was telling of a danger and then stopped answering: part of _IMMINENT and of _GONE_SILENT
_SILENCE = r"(?:went|gone) (?:silent|quiet)"
# Someone else in danger now ("he just texted that he'll kill himself", "she isn't answering") is a crisis to answer
# with the emergency numbers, not support for someone else to answer with a check-in. Not "tonight" or "right now":
# "she's safe tonight and seeing her GP tomorrow" is support.
_IMMINENT = re.compile(
    r"\b(?:just (?:texted|said|sent|posted|messaged|called|rang|told me)|(?:isn'?t|not|won'?t)"
    r" (?:answering|picking up|responding)|last (?:video|message|post|text)|goodbye (?:text|message|letter|video)"
    r"|after (?:he|she|they) logs? off|(?:texted|messaged|sent|said) (?:me |us )?(?:a )?goodbye"
    rf"|on the phone with me (?:right )?now|{_SILENCE}"
    r"|(?:logging|signing) off (?:for good|forever|permanently))\b"
    # the same in the six other languages: a goodbye, no answer (not "tonight", as in English)
    r"|\b(?:addio|adeus|adios|adieu|vaarwel|doei voor altijd|despedida|despidiendose|afscheid\w*|abschied\w*"
    r"|non risponde|no (?:contesta|responde)|nao (?:responde|atende)|neemt niet op|antwortet nicht|repond (?:pas|plus)"
    # on an edge now, or "today it ends"
    r"|am rand|op de rand|on the (?:edge|ledge)|al borde|sul bordo|au bord|na beira|sul cornicione|auf dem sims"
    r"|(?:hoje|hoy|heute|oggi|aujourd'hui|vandaag) (?:acaba|se acaba|ist schluss|finisce|c'est fini|is het klaar))\b"
)
_ME_TOO = re.compile(
    r"\b(?:so am i|so do i|me too|i am too|i'm too|im too|same here|as am i|and i am|i do too)\b"
)
# A question about the danger as a subject ("what is the Werther effect in suicide reporting?", "how should I respond if
# a pupil mentions self-harm?"): the sentence opens with a request for knowledge and, past that opening, names no one
# who lives it, nothing happening now, and no means or way out, which keep a question a sign ("what's the easiest way").
_KNOWLEDGE_QUESTION = re.compile(
    r"(?:as an? (?:\w+ ){0,3}?\w+, )?"  # "As a teacher, how should I respond if a student discloses self-harm?"
    r"(?:what(?:'s| is| are| was| were| does| do| should| would| kind of| type of)|whats|why (?:do|does|is|are)"
    r"|is there|are there|is (?:988|the (?:hotline|helpline|crisis line))|(?:can|could) (?:someone|anyone|you)"
    r" (?:explain|tell me)|explain|how (?:would|should|can|do|does) (?:you|we|i|one|schools?|parents?|teachers?"
    r"|employers?|doctors?|nurses?|gps?|the media)(?: best)? (?:phrase|word|ask|raise|bring up|talk about|approach"
    r"|respond|react|support|help|screen|assess|teach|report|cover|explain|measure|work"
    r"|(?:talk|speak) to (?:\w+ ){1,2}about)|is it (?:normal|true|common|ok|okay"
    r"|safe|possible|legal) (?:to|that|for|you|we|people)|where (?:do|can|should) (?:we|i) (?:begin|start|find)"
    # the same openings in Spanish, German, French, Italian, Portuguese and Dutch
    r"|¿? ?(?:que es|que son|cual(?:es)? (?:es|son)|por que (?:la gente|las personas|el|la|los|las|hay)|como (?:hablar"
    r"|abordar|ayudar|reaccionar|prevenir)|cuant[oa]s)|was (?:ist|sind|bedeutet)|wie (?:hoch|viele|oft|spricht man"
    r"|redet man|hilft man)|warum (?:ist|sind|gibt es)|qu'est-ce que|c'est quoi|pourquoi (?:les gens|le|la|les|y a-t-il)"
    r"|comment (?:parler|aborder|aider|reagir|prevenir)|quel(?:le)?s? (?:est|sont)|combien|(?:che )?cos'e|cosa (?:e|sono)"
    r"|perche (?:la gente|le persone|il|la|i|le)|come (?:parlare|affrontare|aiutare|prevenire)|quant[ie]|o que (?:e|sao)"
    r"|por que (?:as pessoas|o|a|os|as)|como (?:falar|abordar|ajudar|prevenir)|quant[oa]s|wat (?:is|zijn|betekent)"
    r"|hoeveel|waarom (?:is|zijn|plegen)|hoe (?:praat|bespreek|help) (?:je|ik|men))\b"
)
# Asking for a way or a dose is a sign whatever frames it ("c'est quoi le moyen le plus sûr de se suicider ?").
_MEANS_SOUGHT = re.compile(
    r"\b(?:way|ways|method|methods|painless|easiest|quickest|fastest|lethal|how many|how much|manera|forma|moyen"
    r"|modo|maneira|manier|methode|metodo|sin dolor|sans douleur|senza dolore|sem dor|pijnloze?|schmerzlose?)\b"
)
# Besides a means (_MEANS_SOUGHT), what keeps a question a sign: a dose or an object, an only way out, a judgement,
# what comes after, feeling, living and dying, "what's the point", "what is wrong with me".
_QUESTION_BLOCKERS = re.compile(
    r"\b(?:easy|quick|best|dose|doses|enough|pills?|tablets|rope|gun|bridge|only option|only way|way out|worth it"
    r"|selfish|sin|hell|heaven|brave|coward|happens? (?:after|when)|hurts?|hurt less|tell if|would anyone|feel|feels"
    r"|seem|seems|like|reasons?|not to|stop|live|living|alive|die|dying|deserve|point|wrong|weg|facon|pijnloos|wake"
    r"|schmerzlos|dosis|pastillas|tabletten|pilules|comprimidos|pillen|bastan|bastaria|bastariam|basterebbero"
    r"|servono|genoeg|reichen|suffisent|suffit)\b"
)
# A laughing marker does not lower a sign the person then says is meant ("sewer slide lol but fr").
_SERIOUS = re.compile(
    r"\b(?:but fr|fr fr|for real|not (?:even )?(?:joking|kidding|a joke)|lol not lol|not lol|i'?m serious|no joke|no cap|i mean it"
    r"|no seriously|seriously tho(?:ugh)?|srsly|i really do|not a joke|(?:giuro )?non scherzo|en serio|im ernst"
    r"|sans rire|sem brincadeira|echt waar|geen grap|heute wirklich|wirklich heute|sul serio|(?:non|nn) sto scherzando"
    r"|no estoy bromeando|je rigole pas|ik meen het|sem zoeira"
    # symptoms now are no joke: "lol i may have taken the whole box ... now i'm throwing up"
    r"|now i'?m (?:throwing up|vomiting|puking|shaking|dizzy|passing out|bleeding)|kein spass diesmal|kein witz"
    # a plan made concrete, which a joke does not carry: "lol gonna unalive after finals, already picked the bridge"
    r"|i (?:have|got|made) (?:a |the )?plan|(?:have |got )?everything(?:'s| is)? ready|already (?:picked|decided|bought"
    r"|chose|wrote|up here|on (?:it|the (?:roof|bridge|ledge)))|i'?m (?:already |actually |literally )?(?:up here|on the (?:roof|bridge|ledge))"
    r"|(?:like|but) literally|literally (?:tho|though)|(?:but|no but) actually|not a game thing|tonight'?s the night"
    r"|no one will (?:even )?notice"
    # an overdose's effects felt now, the means at hand, a note nearly finished: no laugh lowers them
    r"|(?:floaty|woozy|drowsy|dizzy|sleepy|numb|duizelig|slaperig|mareado|mareada|schwindlig|stordit[oa]|zonz[oa])"
    r" (?:now|right now|nu|ahora|jetzt|ora|agora|maintenant)|voel me (?:echt |heel |zo )?(?:raar|vreemd|duizelig|slaperig)"
    r"|mi gira tutto|alles dreht sich|todo me da vueltas|tout tourne|ta tudo girando|alles draait"
    r"|(?:pills|tablets|rope|razor|blade|gun)(?: are| r|'re)? (?:already )?(?:in my (?:bag|pocket|drawer|hand|room)"
    r"|next to me|by my bed|on my (?:desk|bed|nightstand))|(?:almost|nearly) (?:done|finished|ready) (?:tho|though)"
    # a joke taken back ("lol jk... nah actually not jk"), or a weapon in the hand of the one who threatened
    r"|not jk|actually not jk|(?:pls|please) (?:dont|don'?t) lol|mas e serio|serio dessa vez"
    r"|(?:holding|had|has|waving|pulled) (?:a|the|his|her) (?:knife|gun|blade|machete)"
    # a laugh beside a sign that says it is meant, fresh, bleeding, repeated or threatened (the twenty-sixth round)
    r"|unironically|(?:esta vez )?no es (?:una )?broma|nao e brincadeira|(?:c'est|ce n'est) pas une blague"
    r"|non e uno scherzo|geen grap(?:je)?|kein scherz|(?:pills|tablets|meds) (?:are )?(?:lined up|counted out)"
    r"|knife (?:is )?in my hand|(?:won'?t|doesn'?t|does not|will not|can'?t make it) stop bleeding"
    r"|(?:forgot|left|don'?t have|didn'?t bring) my (?:epi ?)?pen|no epi ?pen"
    r"|(?:did it|did this|happened) (?:an hour|half an hour|a few minutes|minutes|\d+ (?:min\w*|hours?)) ago"
    r"|right now\W+like right now|(?:hit|hits|beat|choked|slapped|punched|kicked|strangled) me again (?:tonight|today"
    r"|this morning|last night)|like clockwork|if i tell (?:anyone|anybody|someone) i'?m dead"
    r"|(?:(?:abschieds|afscheids)?brief|carta|lettre|lettera|note) (?:liegt|ligt|esta|est|e|is) (?:schon|al|ya|deja|gia|already) (?:auf|op"
    r"|en|sur|sul|on|under|onder|debajo|sous|sotto)|ist es so ?weit|is het zover)\b"
)
# Ending a relationship, a job or a lease: "I'm thinking about ending it with my boyfriend".
# Only a person, a job or a place can follow: "end it with a rope" stays a sign.
_ENDING_WITH = re.compile(
    r"\s*with (?:him|her|them|(?:my|his|her|our|the|this|that|\w+'s) (?:\w+ )?(?:boyfriend|girlfriend|partner|husband|wife"
    r"|ex|fiance\w*|bf|gf|boo|date|situationship|friends?|bestie|job|boss|work|employer|company|landlord|lease|flat"
    r"|apartment|roommate|flatmate|band|team|club|gym|therapist|contract|course|degree|uni|college|school|church))\b"
)
# Too much of something given to a thing: "I overdosed my tomatoes with fertiliser".
_DOSED_THING = re.compile(r"\s*(?:my|the|our|his|her) (?:\w+ ){0,2}?\w+ (?:with|on)\b")
_JOKE = re.compile(
    r"\b(lol|lmao|lmfao|rofl|haha\w*|hehe\w*|jk|jaja\w*|kkkk\w*|mdr|xd|kms moment|boss (?:fight|battle)"
    r"|was(?:n'?t| not) (?:being )?serious|figuratively|metaphorically|not literally)\b|😂|🤣|😆|😅"
    # the drop named after the threat and waved off: "me tiro por la ventana... del primer piso, tranqui"
    r"|\b(?:primer piso|primo piano|pianterreno|piano terra|planta baja|rez-de-chaussee|erdgeschoss|terreo"
    r"|primeiro andar|begane grond|ground floor|first floor|mezzo metro|half a met(?:re|er))\b[^.!?]{0,25}"
    r"\b(?:tranqui\w*|relax|t'inquiete|keine sorge|geen zorgen|calma|don'?t worry)\b"
    # an annoyance that would be the last straw: "if Gary says circle back one more time I'm going to kill him" (not a
    # weapon brought to work: that is a threat whatever the reason)
    r"|\bif (?:\w+ ){1,3}(?:says|does|sends|schedules|asks|plays|uses|mentions|calls|books|changes) [^.!?]{0,50}"
    r"\b(?:one more time|once more)\b[^.!?]{0,30}\b(?:kill|murder|strangle|throttle)\b"
)
_DYING_OF = re.compile(
    r"\s*(?:de|of|from|vor|di|da) (?:la |el |the )?(?:verguenza|risa|calor|hambre|sueno|aburrimiento|embarrassment"
    r"|laughter|laughing|boredom|shame|cringe|scham|lachen|vergogna|ridere|noia|fame|caldo|vergonha|rir|tedio|honte"
    r"|rire|faim|chaud|ennui|schaamte|lachen)\b"
)
_THING_SUBJECT = re.compile(
    r"\b(?:este|esta|ese|esa|el|la|this|that|the|my|dieser|diese|diesem|ce|cette|questo|questa|essa|esse|deze|dit"
    r"|die) (?:examen|exam|exams|trabajo|job|work|calor|heat|tarea|homework|clase|class|proyecto|project|semana|week|dia"
    r"|day|prufung|arbeit|hitze|travail|chaleur|esame|lavoro|caldo|prova|trabalho|commute|deadline|deadlines|traffic"
    r"|tentamen|werk|hitte|examens|partiel|partiels|bac|controle|concours|boulot|taf|verifica|interrogazione|klausur"
    r"|toets) $"
)

# A thing, not a person, that "made me want to" ("ring road traffic today made me want to drive off a cliff")
_THING_MADE_ME = re.compile(
    r"\b(?:traffic|commute|meeting|queue|exam|homework|lecture|emails?|spreadsheet|printer|wifi|referee|software"
    r"|update|weather|rain|heat|ring road|motorway|traffic jam|song|advert|ad|playlist|group chat)\b(?: \w+){0,3}"
    r" (?:made|makes|is making) me (?:want to |wanna )?$"
)
_NAMED = re.compile(rf"\bsuicide (?:{SUICIDE_NAMES})\b")
_NAMED_SIGNAL = "en.suicide_word:named"

_RECENT_TURNS = 2  # how far back a persisting warning sign is looked for
LEVEL_RANK = {RiskLevel.NONE: 0, RiskLevel.CONCERN: 1, RiskLevel.CRISIS: 2}


@dataclass(frozen=True)
class Hit:
    rule: Rule
    negated: bool
    joking: bool
    framed: bool = False  # told about a story or a show, not lived
    span: tuple[int, int] = (0, 0)  # where in the normalised text; used to count distinct signs, never logged

    @property
    def level(self) -> RiskLevel:
        if self.rule.level is RiskLevel.CRISIS and (self.hedged or (self.joking and self.rule.jokeable)):
            return RiskLevel.CONCERN
        if self.rule.level is RiskLevel.CONCERN and self.hedged:
            return RiskLevel.NONE
        return self.rule.level

    @property
    def hedged(self) -> bool:
        return self.negated or self.framed

    @property
    def plain(self) -> bool:
        """A sign said straight: not negated, not in the past, not a story, not a joke."""
        return not self.hedged and not self.joking

    @property
    def signal(self) -> str:
        if self.framed:
            return self.rule.name + ":framed"
        suffix = ":negated" if self.negated else ":joking" if self.joking and self.rule.jokeable else ""
        return self.rule.name + suffix


def fold(text: str) -> str:
    """Lower case, plain apostrophes, no diacritics, single spaces."""
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES).lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss")
    return _SPACES.sub(" ", text).strip()


def normalise(text: str) -> str:
    """`fold`, then spell out texting shorthand ("tmrw"), undo leetspeak ("su1c1de") and stretched letters ("diiiie")."""
    text = _LEET_WORD.sub(lambda m: m.group(0).translate(_LEET), expand(fold(text)))
    text = _REPEATS.sub(r"\1\1", text)
    text = _SPACED.sub(lambda m: m.group(0).replace(" ", ""), text)
    return _SPACES.sub(" ", text).strip()


def screen(text: str, conversation: Conversation, use_model: bool = True) -> RiskAssessment:
    """Assess one user message; `conversation` holds the turns before it (and careful mode).

    The rules decide; when they find nothing, the trained backstop (if its artefact is present) may raise the
    message to `concern` (a gentle check-in). It never lowers a rule's level and never makes a crisis on its own:
    a high-confidence raise to `crisis` was tried and raised "my coach pushed me to do better". A message that
    answers the safety question the previous reply asked is read as that answer too (agent.safety_answer).
    """
    risk = _screen_message(text, conversation, use_model)
    return _as_answer(risk, text, conversation)


def _screen_message(text: str, conversation: Conversation, use_model: bool) -> RiskAssessment:
    norm = normalise(text)
    hits = _hits(norm)
    if _LONG_REPEATS.search(text.lower()):
        # "diiiie" is kept as "diie" by normalise (so "killll" stays "kill"): also try single letters.
        known = {h.rule.name for h in hits}
        hits += [
            h for h in _hits(_squeeze(text)) if h.rule.name not in known
        ]  # spans of another string: fine
    level = max((h.level for h in hits), key=LEVEL_RANK.__getitem__, default=RiskLevel.NONE)
    level = _escalate(level, hits, conversation, norm)
    if level is RiskLevel.NONE:
        return _quiet(text, norm, use_model)
    fired = [h for h in hits if h.level is not RiskLevel.NONE] or hits
    kinds = tuple(dict.fromkeys(h.rule.kind for h in fired))
    signals = tuple(dict.fromkeys(h.signal for h in fired))
    if conversation.careful_mode:
        signals = (*signals, "careful_mode")
    return RiskAssessment(level=level, kinds=kinds, signals=signals, score=_score(level, hits))


def _as_answer(risk: RiskAssessment, text: str, conversation: Conversation) -> RiskAssessment:
    """`risk` raised (never lowered) when `text` answers "are you safe right now?" with no or don't know."""
    last = conversation.messages[-1] if conversation.messages else None
    if (
        last is None
        or last.role is not Role.ASSISTANT
        or not asks_if_safe(normalise(last.text), _questions())
    ):
        return risk
    answer = read_answer(normalise(text))
    level = _ANSWER_LEVEL[answer]
    if answer is SafetyAnswer.UNSURE and conversation.careful_mode:
        level = RiskLevel.CRISIS  # in careful mode any sign is a crisis
    if LEVEL_RANK[level] <= LEVEL_RANK[risk.level]:
        return risk
    signals = (*risk.signals, f"answer.{answer.value}")
    return risk.model_copy(
        update={"level": level, "signals": signals, "score": max(risk.score, _score(level, []))}
    )


_ANSWER_LEVEL = {
    SafetyAnswer.NOT_SAFE: RiskLevel.CRISIS,
    SafetyAnswer.UNSURE: RiskLevel.CONCERN,
    SafetyAnswer.SAFE: RiskLevel.NONE,
    SafetyAnswer.NOT_AN_ANSWER: RiskLevel.NONE,
}


@cache
def _questions() -> tuple[str, ...]:
    return tuple(normalise(q) for q in safety_questions())


_BACKSTOP_SIGNAL = "model.concern:"  # followed by the backstop's P(at risk), two decimals


def backstop_at_risk(risk: RiskAssessment) -> float:
    """The n-gram backstop's P(concern or crisis) as `_backstop` wrote it into the signals; 0 when it did not fire."""
    prefix = _BACKSTOP_SIGNAL
    return max((float(s.removeprefix(prefix)) for s in risk.signals if s.startswith(prefix)), default=0.0)


def _quiet(text: str, norm: str, use_model: bool) -> RiskAssessment:
    """No rule fired: the backstop's reading, marked when "suicide" only names a thing (a car door, a chess variant),
    so that the semantic layer, whose sentence vector that word pulls towards a crisis, does not raise it."""
    quiet = _backstop(text) if use_model else RiskAssessment()
    if not _NAMED.search(norm):
        return quiet
    return quiet.model_copy(update={"signals": (*quiet.signals, _NAMED_SIGNAL)})


def _backstop(text: str) -> RiskAssessment:
    from agent.crisis_model import load_crisis_model

    model = load_crisis_model()
    if model is None:
        return RiskAssessment()
    prediction = model.predict(text)
    if prediction.level is RiskLevel.NONE:
        return RiskAssessment()
    signal = f"{_BACKSTOP_SIGNAL}{prediction.at_risk:.2f}"
    return RiskAssessment(level=RiskLevel.CONCERN, signals=(signal,), score=round(prediction.at_risk / 2, 3))


def _squeeze(text: str) -> str:
    return normalise(_LONG_REPEATS.sub(r"\1", fold(text)))


def _hits(norm: str) -> list[Hit]:
    serious = bool(_SERIOUS.search(norm))
    fiction = bool(_FICTION.search(norm))
    topic = bool(_TOPIC.search(norm))
    intrusive = _disowned_thought(norm)
    on_shift = bool(_ON_SHIFT.search(norm))
    hits: list[Hit] = []
    for rule in RULES:
        for match in rule.pattern.finditer(norm):
            if rule.exclude is not None and rule.exclude.match(norm, match.end()):
                continue
            if _said_of_something_else(norm, match):
                continue
            # A sign placed in the past is history for every rule; only negatable rules yield to a negation.
            negated = (
                (rule.kind is RiskKind.MEDICAL_EMERGENCY and bool(_RESOLVED.search(norm)))
                or (
                    rule.kind is RiskKind.SELF_HARM
                    and bool(_NEARLY.search(norm, max(0, match.start() - 12), match.start()))
                )
                or (rule.negatable and _negated(norm, match.start()))
                or _in_past(norm, *match.span())
                or (rule.kind is RiskKind.SELF_HARM and _held_off(norm, *match.span()))
                or (rule.kind is RiskKind.SELF_HARM and _unmeant(norm, match.end()))
                or (rule.kind in _INTRUSIVE_KINDS and intrusive)
            )
            framed = (
                (fiction and _third_person(norm, *match.span()))
                or (rule.kind is RiskKind.MEDICAL_EMERGENCY and on_shift and _a_case(norm, match.end()))
                or (rule.kind in _ONESELF and _other_subject(norm, *match.span()))
                or (topic and _unlived(norm, *match.span()) and not _seeks_means(rule, norm, *match.span()))
                or _topic_of(norm, *match.span(), reported=rule.kind is not RiskKind.MEDICAL_EMERGENCY)
                or (rule.kind in _ASKABLE and _asked_about(norm, *match.span()))
                or bool(_TOPIC_NOUN_AFTER.match(norm, match.end()))
            )
            joking = not serious and _laughed_off(norm, *match.span())
            hits.append(Hit(rule, negated, joking, framed, match.span()))
    return hits


# A near miss is no self-harm: "casi me corto un dedo pelando las gambas", "almost cut myself on the mandoline"
_NEARLY = re.compile(r"\b(?:casi|almost|nearly|fast|beinahe|presque|quasi|quase|bijna|por poco) $")
# A shift told afterwards, case by case: "a toddler who'd swallowed a button battery", "een kind dat een
# knoopcelbatterij had ingeslikt". Both the shift and the indefinite someone are needed: "my friend who just took
# forty pills" is now.
_ON_SHIFT = re.compile(
    r"\b(?:(?:night|day|late|early|long) shift|my shift|on shift|a&e|nachtdienst|mijn dienst|meldkamer|nachtschicht"
    r"|meine schicht|mi turno|turno de noche|mi guardia|garde de nuit|ma garde|turno di notte|il mio turno|plantao"
    r"|meu turno)\b"
)
_A_CASE = re.compile(
    r"\b(?:a|an|een|un|una|ein|eine|einen|une|um|uma) (?:\w+ ){0,2}?(?:who'd|who had|who|that|dat|die|der|que|qui"
    r"|che)\b[^.,;]{0,70}$"
)


def _a_case(norm: str, end: int) -> bool:
    """The sign closes a relative clause about an indefinite someone (read back from the sign's end, since some
    medical rules match from the start of the message)."""
    return bool(_A_CASE.search(norm, max(0, end - 120), end))


# How far from a sign a laugh still reads as about it. A message short enough holds it anywhere, as before; in a long
# one, a "lol" three sentences later ("... like everything was normal lol") is about something else.
_LAUGH_REACH = 80


# An intrusive image named as one and disowned ("I get flashes of hurting her. I'd never, it horrifies me"): the
# check-in the hand-written files give it, unless the person says it broke through.
_INTRUSIVE = re.compile(
    r"\b(?:flash(?:es)?|pictures?|images?|visions?|ideas?|thoughts?) of (?:\w+ ){0,2}(?:hurting|harming|stabbing|pushing"
    r"|dropping|drowning|killing|jumping|steering|cutting)\b"
    # "this thought that pops up telling me to hurt myself": a thought, not a voice (command voices stay a crisis)
    r"|\bthoughts? (?:\w+ ){0,4}(?:telling|saying|urging) me to (?:hurt|harm|kill|cut|jump)\b"
)
_DISOWNED = re.compile(
    r"\b(?:i'?d never|i would never|never act(?:ed)? on (?:it|them)|intrusive|ocd|horrif(?:y|ies|ied)"
    r"|i didn'?t,? and i don'?t want to|(?:won'?t|will not|wouldn'?t|would not) act on (?:it|them))\b"
)
_INTRUSIVE_KINDS = frozenset((RiskKind.SELF_HARM, RiskKind.HARM_TO_OTHERS, RiskKind.SUICIDE))


def _disowned_thought(norm: str) -> bool:
    return bool(_INTRUSIVE.search(norm) and _DISOWNED.search(norm)) and not _RELAPSE_NOW.search(norm)


def _laughed_off(norm: str, start: int, end: int) -> bool:
    return bool(_JOKE.search(norm, max(0, start - _LAUGH_REACH), end + _LAUGH_REACH))


def _phrase(norm: str, start: int, end: int) -> str:
    """The stretch around a match up to the nearest comma, "and" or clause break on each side."""
    marks = _marks(norm)
    following = _next_phrase_start(marks, end)
    return norm[_last_before(marks.phrase_ends, start) : len(norm) if following is None else following]


@dataclass(frozen=True)
class _Marks:
    """Where a message's phrases and clauses end, found once per message: scanning the text before every match
    again made a 4,000-character message of repeats ("kms lol" x 500) cost a third of a second."""

    phrase_ends: tuple[int, ...]
    phrase_starts: tuple[int, ...]  # where each phrase end begins: a comma, a stop, an "and"
    clause_ends: tuple[int, ...]  # clause breaks and closed negations
    surprises: tuple[tuple[int, int], ...]


@lru_cache(maxsize=8)
def _marks(norm: str) -> _Marks:
    clauses = [m.end() for pattern in (_CLAUSE_END, _NEGATION_CLOSED) for m in pattern.finditer(norm)]
    phrases = list(_PHRASE_END.finditer(norm))
    return _Marks(
        phrase_ends=tuple(m.end() for m in phrases),
        phrase_starts=tuple(m.start() for m in phrases),
        clause_ends=tuple(sorted(clauses)),
        surprises=tuple(m.span() for m in _SURPRISE.finditer(norm)),
    )


def _next_phrase_start(marks: _Marks, position: int) -> int | None:
    """Where the first phrase end at or after `position` begins, if any does."""
    index = bisect.bisect_left(marks.phrase_starts, position)
    return marks.phrase_starts[index] if index < len(marks.phrase_starts) else None


def _last_before(ends: tuple[int, ...], position: int) -> int:
    """The last of the sorted `ends` at or before `position`, or 0."""
    index = bisect.bisect_right(ends, position)
    return ends[index - 1] if index else 0


def _in_past(norm: str, start: int, end: int) -> bool:
    # "two years ago I was suicidal and it's back now": placed back, then brought back
    placed = (
        _placed_back(_phrase(norm, start, end), norm)
        or _dated_after(norm, end)
        or _dated_before(norm, start, end)
    )
    return placed and not _RETURNED.search(norm, start)


# The date or age said a phrase or two before, in the same sentence: "hace diez anos, con diecinueve, intente
# quitarme la vida", "I was very unwell at nineteen and tried to end my life". A now between them brings it back.
_DATE_REACH = 70
# _NOW in the six other languages, and "will" (an intention is now too: "two years ago I lost my job and I'm going to
# ...", "... y voy a ...")
_NOW_ELSEWHERE = re.compile(
    r"\b(?:ahora|hoy|esta noche|jetzt|heute|wieder|maintenant|aujourd'hui|ce soir|encore|ora|adesso|oggi|stasera"
    r"|agora|hoje|nu|vandaag|vanavond|weer|opnieuw|voy a|vou|quiero|quero|werde|will|je vais|veux|vado a|voglio"
    r"|sto per|ik ga|wil)\b"
)


_MONTHS = re.compile(r"\b(?:months?|meses|monaten?|mois|mesi|maanden)\b")


@lru_cache(maxsize=64)
def _has_date(norm: str) -> bool:
    """Whether the message places anything in the past at all: most do not, and a long one has hundreds of hits."""
    return bool(_PAST.search(norm))


def _dated_before(norm: str, start: int, end: int) -> bool:
    if not _has_date(norm):
        return False
    before = norm[_sentence_start(norm, start, max(0, start - _DATE_REACH)) : start]
    dates = list(_PAST.finditer(before))
    if not dates:
        return False
    if _MONTHS.search(dates[-1].group(0)):
        return False  # "two months ago, ..." is recent: only years and ages are history here
    between = before[dates[-1].end() :] + norm[start:end]
    return len(_PHRASE_END.findall(between)) <= 2 and not (
        _NOW.search(between) or _NOW_ELSEWHERE.search(between)
    )


# The date said after a comma, as the phrase's own end: "I took an overdose at uni, fifteen years ago now."
_DATED = re.compile(r"\s*(?:(?:\w+|a few|many) )?(?:years?|decades?) ago(?: now)?\s*(?:[.!;,]|$)")


def _dated_after(norm: str, end: int) -> bool:
    following = _next_phrase_start(_marks(norm), end)
    return following is not None and norm[following] == "," and bool(_DATED.match(norm, following + 1))


@lru_cache(maxsize=64)
def _placed_back(phrase: str, norm: str) -> bool:
    """`_in_past` for one phrase. Every match inside one long unbroken phrase shares it, and its regexes over the
    whole phrase, repeated per match, made a 4,000-character message of repeats take most of a second."""
    phrase = _ANNIVERSARY.sub(" ago ", phrase)
    if _RECOVERED.search(phrase):
        return not _RELAPSE.search(norm)
    return bool(_PAST.search(phrase)) and not _NOW.search(phrase)


def _held_off(norm: str, start: int, end: int) -> bool:
    """An urge named as an urge and then coped with in the same sentence ("had urges to hurt myself today but I
    went for a walk and it passed"): a check-in, as the hand-written files label it, not the crisis message."""
    if not _URGE.search(norm[_sentence_start(norm, start) : start][-40:]):
        return False
    closing = _SENTENCE_END.search(norm, end)
    following = _SENTENCE_END.search(norm, closing.end()) if closing else None
    # the coping may come in the same sentence or the next ("... the urge came back. I'm sitting on my hands")
    rest = norm[end : following.start() if following else len(norm)]
    return bool(_COPED.search(rest)) and not _RELAPSE_NOW.search(rest)


# Harm said not to be meant, in the sign's own sentence: "I pick at my skin until it bleeds, not really on purpose"
_NOT_MEANT = re.compile(
    r"\bnot (?:really |exactly )?on purpose\b|(?<!not )\bby accident\b|(?<!not )\baccidentally\b"
)


def _unmeant(norm: str, end: int) -> bool:
    return bool(_NOT_MEANT.search(_sentence_after(norm, end)))


def _third_person(norm: str, start: int, end: int) -> bool:
    phrase = _AUTHORED.sub(" ", _phrase(norm, start, end))
    return bool(_THIRD_PERSON.search(phrase)) and not _FIRST_PERSON.search(phrase)


def _other_subject(norm: str, start: int, end: int) -> bool:
    """Someone else is the one who wants to die or hurts themself ("my grandma says she's ready to die"), and the
    person does not add that they do too ("my friend is suicidal and so am I")."""
    before = norm[max(0, start - 50) : start]
    return (
        bool(_OTHER_SUBJECT.search(before) or _OTHER_SUBJECT_ELSEWHERE.search(before))
        # "my mum's sleeping pills ... I'm going to take them all": a means owned by someone, not their act
        and not (_OWNED.search(before) and _MEANS_AT.match(norm, start))
        and not _ME_TOO.search(norm, end)
        and not _IMMINENT.search(norm)
    )


def _unlived(norm: str, start: int, end: int) -> bool:
    return not _lived(_phrase(norm, start, end))


def _lived(text: str) -> bool:
    """Someone in `text` lives it: the person, in any of the seven languages, or wanting, thinking, feeling."""
    return bool(_FIRST_PERSON_ANY.search(text) or _LIVED.search(text) or _LIVED_MORE.search(text))


def _seeks_means(rule: Rule, norm: str, start: int, end: int) -> bool:
    return rule.kind in _ONESELF and bool(_MEANS_SOUGHT.search(_phrase(norm, start, end)))


# Things found or shown about the act as a noun: "his search history had a lot about self-harm", "videos about
# suicide". Not when the person thinks or feels it: "I've been thinking a lot about suicide" stays a sign.
_MATERIAL_ABOUT = re.compile(
    r"\b(?:a lot|lots|loads|stuff|things|content|videos?|posts?|searches|questions|info|information|material"
    r"|leaflets?|talks?|conversations?|lessons?|sessions?) (?:on|about|around) $"
)


def _material_about(before: str) -> bool:
    sentence = before[_sentence_start(before, len(before)) :]
    return bool(_MATERIAL_ABOUT.search(sentence)) and not _LIVED.search(sentence)


# A report that ends in silence is an emergency, not a topic: "a chatter said she's taken the pills and went silent"
_GONE_SILENT = re.compile(rf"\b(?:{_SILENCE}|(?:isn'?t|not|stopped) (?:answering|picking up|replying))\b")


def _topic_of(norm: str, start: int, end: int, reported: bool) -> bool:
    """The sign is the object of a topic ("a paper on", "died by", "asked if I've had thoughts of"), and the rest
    of the sentence does not bring it to the person now ("... and now I'm thinking about it tonight")."""
    before = norm[max(0, start - 80) : start]
    tail = before[-60:]
    named = bool(_ACT_NAMED.match(norm, start))
    if not (
        (named and (_THEIR.search(before) or _material_about(before)))
        or (reported and _REPORTED.search(tail))
        or _TOPIC_OF.search(tail)
        or _TOPIC_SPAN.search(before)
    ):
        return False
    following = _CLAUSE_END.search(norm, end)
    rest = norm[end : following.start() if following and following.group(0) != "but" else len(norm)]
    # "now" said of someone else after an "and" ("... disclosed self-harm and she's with the counsellor now") is
    # their news, not the danger brought to the person now
    joined = _OTHER_NOW.match(rest)
    return not (
        _LIVED.search(rest)
        or (_NOW.search(rest) and not joined)
        or _ME_TOO.search(rest)
        or _GONE_SILENT.search(norm, start, end + len(rest))
    )


def _asked_about(norm: str, start: int, end: int) -> bool:
    """The sign sits in a question about the danger as a subject, asked by no one who lives it (_KNOWLEDGE_QUESTION)."""
    closing = _SENTENCE_END.search(norm, end)
    if closing is not None and closing.group(0) != "?":
        return False
    begin = _SPACES_AT.match(norm, _sentence_start(norm, start))
    opening = _KNOWLEDGE_QUESTION.match(norm, begin.end() if begin else 0)
    if opening is None:
        return False
    # Up to the end of the sign's phrase: "is 988 only for people who are suicidal, or can I call for a friend?"
    phrase_end = _PHRASE_END.search(norm, end) or closing
    rest = norm[opening.end() : phrase_end.start() if phrase_end else len(norm)]
    return not (
        _lived(rest) or _NOW.search(rest) or _MEANS_SOUGHT.search(rest) or _QUESTION_BLOCKERS.search(rest)
    )


# The sign names a topic when a noun of the topic follows it: "a self-harm trend", "suicide prevention week"
_TOPIC_NOUN_AFTER = re.compile(
    r"'?\s*(?:trends?|awareness|prevention|policy|policies|statistics|stats|training|modules?|workshops?|charity|cases?"
    r"|services|helplines?|shelters?|refuges?|charities|questions?|questionnaires?|items?|scales?|screening"
    r"|campaigns?|research|leaflets?|documentary|rates?|figures|protocols?|course|survey|storylines?|plots?|arcs?"
    r"|scenes?|episodes?|themes?|tables?|charts?|tiktoks?|videos?|posts?|memes?|reels?|clips?|content|contenido"
    r"|inhalte?|contenu|contenuto|conteudo|inhoud)\b"
)


def _said_of_something_else(norm: str, match: re.Match[str]) -> bool:
    """The words of danger said of something else: dying of embarrassment, an exam that will kill me, ending it
    with a boyfriend, overdosing the tomatoes with fertiliser."""
    start, end, words = match.start(), match.end(), match.group(0)
    return (
        bool(_DYING_OF.match(norm, end))
        or bool(_THING_SUBJECT.search(norm[max(0, start - 40) : start]))
        or bool(_THING_MADE_ME.search(norm[max(0, start - 60) : start]))
        or ("end" in words and bool(_ENDING_WITH.match(norm, end)))
        or ("overdos" in words and bool(_DOSED_THING.match(norm, end)))
        or _explained_figure(norm, start, end)
    )


# The words explained as a figure of speech: '"I'm going to kill him" means I'll beat him at chess', "when I say I
# want to die after this exam I mean it the normal student way".
_QUOTE_EXPLAINED = re.compile(
    r"[^\"'.!?]{0,12}[\"']\s*(?:just |only )?(?:means|is (?:just |only )?(?:an? )?(?:expression|figure of speech|saying))\b"
)
_WHEN_I_SAY = re.compile(r"\bwhen i say\b[^.!?\"]{0,30}$")
# (not "I mean that" or "I mean it": those say it is meant)
_I_MEAN = re.compile(
    r"[^.!?]{0,40}\bi (?:just |only )?mean (?:it )?(?:in (?:the|a) (?:\w+ ){0,3}way|as a joke|jokingly|figuratively"
    r"|like (?:everyone|everybody|people|anyone))\b"
)


def _explained_figure(norm: str, start: int, end: int) -> bool:
    opening = norm[max(0, start - 12) : start]
    quoted = ('"' in opening or "'" in opening) and bool(_QUOTE_EXPLAINED.match(norm, end))
    return quoted or bool(_WHEN_I_SAY.search(norm, max(0, start - 40), start) and _I_MEAN.match(norm, end))


def _negated(norm: str, start: int) -> bool:
    """True when a negation governs the match: in the same clause, separated only by bridge words."""
    marks = _marks(norm)
    clause = _last_before(marks.clause_ends, start)
    if _NEVER_IN_MY_LIFE.search(norm, max(clause, start - 80), start):
        # "never in my life have I wanted to die more than now" is the wish at its strongest
        return not _COMPARED.search(_sentence_after(norm, start))
    # six words fit in the last 200 characters of any real clause; the clause itself may be thousands long
    words = re.findall(r"[a-z']+", _AT_ALL.sub(r"\1", norm[max(clause, start - 200) : start]))[-6:]
    if words and words[-1] in _CARRIED and any(_NEGATION.fullmatch(w) for w in words[:-1]):
        return True  # "nunca me bateu nem me ameacou", "he never hit me nor threatened me"
    for index in range(len(words) - 1, -1, -1):
        if _NEGATION.fullmatch(words[index]) or _NEGATION.fullmatch(" ".join(words[index : index + 2])):
            if not all(_bridges(w, words[index]) for w in words[index + 1 :]):
                return False
            surprised = any(clause <= a and b <= start for a, b in marks.surprises)
            return not (surprised or _TURNED.search(_sentence_after(norm, start)))
    return False


# "not at all", "pas du tout", "gar nicht" are the negation said more strongly, not words between it and the verb
_AT_ALL = re.compile(
    r"\b(pas|not|nicht|niet) (?:du tout|at all)\b|\b(?:gar|uberhaupt|helemaal) (?=nicht|niet|kein|geen)"
)


def _bridges(word: str, negation: str) -> bool:
    # "not because I want to die, I just wonder if anyone would care" disowns the wish; "not only because" does not.
    # "geen nare gedachten over mezelf iets aandoen": Dutch "over" is "about" (English "not over" is not negation)
    return (
        word in _BRIDGE
        or (word == "because" and negation == "not")
        or (word in ("over", "nare", "donkere") and negation in ("geen", "niet", "nooit"))
    )


# Words that carry a negation on to the next verb; alone they are no negation ("mit nem Messer" is "with a knife")
_CARRIED = frozenset(("nem", "nor"))
# A negation too far back for the word window: "never in my life have I wanted to harm anyone"
_NEVER_IN_MY_LIFE = re.compile(
    r"\bnever (?:once )?in my (?:whole |entire )?life,? (?:have|had|did) i (?:ever )?(?:(?:wanted|want|wished|wish|tried|try|thought"
    r" about|considered|planned) to )?$"
)
_COMPARED = re.compile(r"\b(?:more than|as (?:much|badly) as|so (?:much|badly))\b")
# "I never thought I'd want to die" is surprise at a wish that is there; "I never thought about it" is not
_SURPRISE = re.compile(
    r"\bnever (?:thought|imagined|expected|believed|dreamed|dreamt) (?:that )?i(?:'d| would|'ll)\b"
    r"|\b(?:nunca (?:pense|imagine|crei|pensei|imaginei)|jamais (?:pense|imagine|cru)) que\b"
    r"|\bnie gedacht,? dass\b|\bnooit gedacht dat\b|\bmai pensato che\b"
)
# "I never wanted to die before, now I do": the negation is of the past, the wish of now
_TURNED = re.compile(r"\b(?:now i (?:do|am|have|want)|(?:until|till|before) now)\b")


def _sentence_start(norm: str, position: int, floor: int = 0) -> int:
    """Where the sentence holding `position` begins: after the last stop before it, and no earlier than `floor`."""
    opened = [m.end() for m in _SENTENCE_END.finditer(norm, floor, position)]
    return opened[-1] if opened else floor


def _sentence_after(norm: str, start: int) -> str:
    closing = _SENTENCE_END.search(norm, start)
    return norm[start : closing.start() if closing else len(norm)]


def _escalate(level: RiskLevel, hits: list[Hit], conversation: Conversation, norm: str) -> RiskLevel:
    """Several distinct warning signs together, or any sign in careful mode, are treated as a crisis."""
    if level is not RiskLevel.CONCERN:
        return level
    signs = _distinct_signs([h.span for h in hits if h.plain], norm)
    if signs >= 2 or (signs and (conversation.careful_mode or _recent_signs(conversation))):
        return RiskLevel.CRISIS
    return level


def _recent_signs(conversation: Conversation) -> bool:
    """A warning sign that persists across the person's last messages counts as a second sign."""
    for text in conversation.user_texts()[-_RECENT_TURNS:]:
        if any(h.level is not RiskLevel.NONE and h.plain for h in _hits(normalise(text))):
            return True
    return False


def _distinct_signs(spans: list[tuple[int, int]], norm: str) -> int:
    """Overlapping matches (two rules on one phrase) count as one sign, and so does a phrase said again: "hopeless
    with money and hopeless with people" is one sign said twice, not two."""
    count, end, said = 0, -1, set()
    for start, stop in sorted(spans):
        phrase = norm[start:stop] or f"{start}:{stop}"  # an empty match is its own place, not a phrase
        if phrase in said:
            continue
        said.add(phrase)
        if start >= end:
            count += 1
        end = max(end, stop)
    return count


def _score(level: RiskLevel, hits: list[Hit]) -> float:
    base = {RiskLevel.NONE: 0.0, RiskLevel.CONCERN: 0.5, RiskLevel.CRISIS: 0.9}[level]
    return round(min(1.0, base + 0.05 * max(0, len(hits) - 1)), 3)


@cache
def kinds_of(level: RiskLevel) -> tuple[RiskKind, ...]:
    """The kinds the rules can report at a level (documentation and tests)."""
    return tuple(dict.fromkeys(r.kind for r in RULES if r.level is level))
