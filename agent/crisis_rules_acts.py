"""Crisis-screen rules, fourth round (issue #6): danger told as an act, a wound, a date or a scene.

The second blind probe file showed what the first three rounds missed: plans given as a time or a date rather
than a verb of dying, last messages, fresh wounds described rather than named, a passive wish said plainly,
children seen hurt, a carer who exploits, poison put in someone's food, anaphylaxis, emoji in place of a method,
and past-tense acts in Spanish, German, French and Portuguese. Each rule describes the phenomenon; softer signs are
`concern`, so they reach the crisis protocol only together with a second sign (agent.crisis._escalate).
Written against `agent.crisis.normalise` output: lower case, no diacritics, plain apostrophes.
"""

from __future__ import annotations

from agent.crisis_rules import (
    CONCERN,
    CRISIS,
    FROM_OTHERS,
    MEDICAL,
    SELF_HARM,
    SUICIDE,
    TO_OTHERS,
    Rule,
    _rule,
)

_PEOPLE = r"(?:they|everyone|everybody|my (?:\w+ )?(?:kids|children|family|parents|husband|wife|partner|son|daughter))"

RULES: tuple[Rule, ...] = (
    # --- suicide: plans given as a time, a date or "doing it" -----------------------------------------------------
    _rule(
        "en.time_set",
        SUICIDE,
        CRISIS,
        r"\b(?:the (?:time|day|date|night)|when) i'?m (?:going to|gonna) do it\b"
        r"|\b(?:wrote down|written down|set|picked|chose|chosen) (?:the|a) (?:time|day|date|night) (?:i'?m|i am|i'?ll)"
        r" (?:going to |gonna )?(?:do it|go|end it)\b",
    ),
    _rule(
        "en.date_picked",
        SUICIDE,
        CONCERN,
        r"\bi'?ve (?:picked|chosen|set) (?:a|the) date\b(?! (?:for|to|with|of|and|on the (?:wedding|party)))",
    ),
    _rule(
        "en.last_message",
        SUICIDE,
        CRISIS,
        r"\b(?:this is )?my (?:very )?last (?:message|post|text|words) (?:to (?:anyone|anybody|everyone|everybody|you"
        r" all|the world)|ever)\b|\blast message from me\b",
    ),
    _rule(
        "en.last_post_farewell",
        SUICIDE,
        CRISIS,
        # the last message followed at once by a farewell ("this will be my last post, love you all"); "my last post
        # for a while, love you all" is a break, so nothing may stand between the two
        r"\bmy (?:very )?last (?:message|post|text|tweet|story|video)[ ,.!-]{1,4}(?:i )?(?:love (?:you|y'?all|u)\b"
        r"|good ?bye|bye\b|farewell|take care|thank(?:s| you) for everything|sorry for everything|i'?m sorry)",
    ),
    _rule(
        "en.tried_before_this_time",
        SUICIDE,
        CRISIS,
        # an attempt named by "tried" with no object, then a resolve that it work "this time"; "I tried the recipe
        # before" has an object and "tried before to learn" a purpose, so neither matches
        r"\b(?:i'?ve|i have|i) (?:tried|attempted)(?: it)? (?:before|once before|once|twice|already|last (?:year|month"
        r"|time))\b(?! to\b).{0,40}\bthis time,? (?:i'?ll |i will |i'?m going to |i'?m gonna |gonna |it'?ll |it will |i )?"
        r"(?:make sure (?:it works|it'?s enough|i don'?t wake up|nobody (?:finds|stops) me)|do it (?:right|properly)"
        r"|get it right|(?:not|won'?t|will not) fail|work|succeed|won'?t (?:mess|screw) (?:it )?up)\b",
    ),
    _rule(
        "en.poison_someone",
        TO_OTHERS,
        CRISIS,
        # poison in someone's food or drink, by the writer or threatened against them ("I've been putting bleach in
        # my husband's coffee", "she says she'll poison my food"); food poisoning is caught, not given
        r"(?<!accidentally )(?<!worried i'll )(?<!afraid i'll )(?<!scared i'll )(?<!might )(?<!could )"
        r"\b(?:poison(?:ing)?|(?:put|putting|slip|slipping|slipped|mix|mixing|mixed|pour|pouring|poured) (?:\w+ ){0,3}"
        r"(?:poison|antifreeze|bleach|rat poison|drain cleaner|weed ?killer)"
        r" in(?:to)?) (?:(?:my|his|her|their) (?:\w+ )?|(?:\w+ )?[\w-]+'s )(?:food|coffee|tea|drink|dinner|meal|water"
        r"|wine|soup|juice|shake|lunch|sauce|beer)s?\b(?! (?:guests?|party|parties|date|plans?|table|break|time|shift))",
        r"\s*(?:in (?:the|a|my) (?:game|film|movie|show|book|story|novel)|lol|haha|by accident|with (?:undercooked|raw"
        r"|bad|old|expired|spoiled|off|my cooking))",
    ),
    _rule(
        "en.ligature",
        SUICIDE,
        CRISIS,
        # a cord, a belt or a rope around one's own neck is a method however it is told ("standing on the chair
        # with the belt around my neck, practicing"); headphone cables and lanyards are worn there
        r"\b(?:a|the|my|this|that) (?:(?!headphone|earphone|camera|charger|phone|lanyard|badge|key|guitar)\w+ )?"
        r"(?:belt|rope|cord|cable|noose|ligature|wire)s? (?:tight(?:ly)? )?(?:around|round) my (?:own )?neck\b",
        negatable=False,
    ),
    _rule(
        "en.stop_it_myself",
        SUICIDE,
        CONCERN,
        r"\b(?:going to|gonna|will|'ll) (?:stop|end|finish) it (?:all )?(?:my ?self|on my own)\b",
    ),
    _rule(
        "en.never_better",
        SUICIDE,
        CONCERN,
        r"\bnothing (?:is|will) ever (?:going to )?get better\b|\bit(?:'s| is) never (?:going to|gonna) get better\b",
    ),
    _rule(
        "en.jump_serious",
        SUICIDE,
        CRISIS,
        r"\b(?:i'?m|i am) (?:going to|gonna) jump[.!,]?(?: [^.!?]{0,30})?[.!,]? (?:i mean it|i'?m not joking|not"
        r" joking|i'?m serious|no joke)\b",
    ),
    _rule(
        "en.insurance",
        SUICIDE,
        CONCERN,
        rf"\b{_PEOPLE}(?: would| will|'d) (?:at least )?(?:get|have|collect) (?:the|my) (?:life )?insurance\b"
        r"|\bthe only (?:useful|good) thing i (?:could|can) (?:still )?do for (?:them|my \w+)\b",
    ),
    _rule(
        "en.fine_without_me",
        SUICIDE,
        CONCERN,
        rf"\b{_PEOPLE}(?:'d| would| will) be (?:fine|happier|ok|okay|better) without me\b"
        r"|\b(?:soon|won'?t have to) (?:\w+ ){0,2}put up with me (?:much longer|anymore|soon)?\b"
        r"|\bsoon (?:they|you|everyone) won'?t have to (?:deal with|put up with|worry about) me\b",
    ),
    # --- passive wishes said plainly ----------------------------------------------------------------------------
    _rule(
        "en.passive_plain",
        SUICIDE,
        CRISIS,
        r"\b(?:don'?t|do not) care (?:if|whether) i live or die\b|\bbeing dead (?:sounds|seems|would be|feels)"
        r" (?:so |really |quite )?(?:peaceful|nice|good|better|easier|like a relief)\b"
        r"|\b(?:i'?d|i would) be (?:fine|ok|okay|happy|relieved) if i (?:just )?(?:didn'?t|did not|never) wake up\b"
        r"|\b(?:i'?d|i would) (?:feel|be) relieved\b.{0,30}\bterminal\b|\bterminal (?:diagnosis|illness|cancer)\b"
        r".{0,40}\b(?:i'?d|i would) (?:feel|be) relieved\b|\bwasn'?t scared,? i was (?:kind of |kinda )?hoping\b",
        negatable=False,
    ),
    # --- errands for after one's death: whoever clears the flat, whoever finds me, a last meal kept secret --------
    _rule(
        "en.after_me",
        SUICIDE,
        CRISIS,
        r"\bfor whoever (?:has to |will |is going to |needs to )?(?:clear|clears|clean|cleans|come in|comes in|find"
        r"|finds|deal with|deals with|sort out|sorts out) (?:my|me|after me|everything)\b"
        r"|\b(?:if|before|until) (?:nobody|no one) finds me (?:for|until|till|in time|straight away|right away)\b"
        r"|\b(?:doesn'?t|don'?t|didn'?t|won'?t) know (?:it'?s|it was|it will be|that it'?s|this is) (?:our|my) last"
        r" (?:\w+ )?(?:one|meal|dinner|lunch|hug|visit|time|christmas|birthday|talk|call|walk|coffee)\b",
        r"\s*(?:[^.]{0,60}\b(?:move|moving|moved|tenant|lease|sublet|airbnb|guests?|holiday|trip|abroad|at (?:this|the)"
        r" (?:office|job|school|company)|hide.and.seek|hiding (?:spot|place)|escape room|laser tag|i win)\b)",
    ),
    _rule(
        "en.goodbye_past",
        SUICIDE,
        CRISIS,
        # goodbyes said from after one's death: "tell my cat I loved her", "time to disappear for good"
        r"\btell (?:my \w+|\w+|everyone|them) (?:that )?i loved (?:her|him|them|you)(?= *$| *[.,!]| and| bye| actually)"
        r"|\b(?:time to|going to|gonna|want to|about to|perfect time to) disappear (?:for good|forever|permanently)\b"
        r"|\b(?:sign|log)(?:ging|ing)? off (?:for good|forever|permanently)\b|\bgood ?night everyone\W+for real this time\b",
        r"\s*(?:in (?:the|a) (?:game|film|movie|show|book)|lol|haha"
        r"|from (?:this|the) (?:app|site|server|game|group|chat|forum|sub|subreddit|page)"
        # last words before a mundane ordeal are a joke: "tell my family I loved them, I'm about to open my bill"
        r"|\s*,? (?:i'?m|im) (?:about to|going to|gonna) (?:open|check|see|watch|eat|meet|face|read|call|try|do my|reheat"
        r"|microwave|cook|present|pitch|sing|order|text|ask|go (?:into|to) (?:the|my|a)|take"
        r" (?:the|my|an?) (?:exam|test))"
        r"|\s*[.,!]? *(?:(?:i'?m|im) )?(?:going into|heading into|walking into|off to) (?:the|my|a|an|this) (?:\w+ )?"
        r"(?:review|meeting|exam|test|interview|presentation|dentist|appointment|call|standup|lecture|class|gym)\b)",
    ),
    _rule(
        "en.passive_told_aside",
        SUICIDE,
        CRISIS,
        # the wish said aside, often after a disclaimer: sorry to have woken, hoping something else does it
        r"\b(?:disappointed|gutted|annoyed|upset|sad|angry) (?:that )?i (?:woke up|survived|am still alive|didn'?t die"
        r"|made it (?:another year|through the night|back))\b(?! (?:late|early|at|before|after|so|too|on time|in time))"
        r"|\b(?:hope|hoping|wish|wishing|pray|praying) (?:that )?(?:something|someone|a bus|a car|a truck|cancer|the"
        r" illness) (?:\w+ )?(?:kills|hits|runs me over|takes) me\b"
        r"|\b(?:happy|glad|relieved) if i (?:didn'?t|don'?t) (?:make it|wake up|survive)\b"
        r"|\bif i (?:got|get) (?:hit by|run over by|sick and died)\b.{0,30}\b(?:fine with it|be fine|be happy|be relieved"
        r"|wouldn'?t (?:be sad|mind|care))\b|\bwouldn'?t mind (?:much |that much )?if (?:something|anything) happened to"
        r" me\b|\bgoing to sleep\b.{0,20}\bhopefully (?:for good|forever)\b"
        r"|\brather die than\b.{0,60}\bi mean (?:that|it) literally\b",
        negatable=False,
    ),
    # --- self-harm: wounds and acts described --------------------------------------------------------------------
    _rule(
        "en.wounds",
        SELF_HARM,
        CRISIS,
        r"\b(?:the |my )?cuts (?:are|were|got) (?:deeper|worse|bleeding|infected)\b|\bfresh (?:cuts|self[- ]harm"
        r" (?:cuts|scars|wounds))\b|\bafter cutting\b.{0,40}\b(?:did it|again|today|twice)\b"
        r"|\b(?:stopped eating|starv\w+(?: my ?self)?|not eating)\b.{0,40}\b(?:as (?:a )?punishment|punish(?:ing)?"
        r" my ?self|i deserve it)\b",
    ),
    # --- slang and emoji ------------------------------------------------------------------------------------------
    _rule(
        "en.slang_more",
        SUICIDE,
        CRISIS,
        r"\b(?:kys|kill yourself) is what i (?:keep )?tell(?:ing)? my ?self\b|\btelling my ?self to kys\b"
        r"|(?:🔪|🩸|🪢|⚰️?|🪦)(?:.{0,40})\b(?:tonight|tn|again|the real thing|for real|today)\b"
        r"|\b(?:i'?m done|thinking about it again)\b.{0,10}(?:🔪|🩸|🪢|⚰️?|🪦)"
        # the headstone or the coffin as the verb: "gonna go 🪦 tn"
        r"|\b(?:gonna|going to|bout to|about to|finna|wanna|want to|ready to) (?:go |be )?(?:🪦|⚰)",
        jokeable=False,
    ),
    # --- danger from others: children seen hurt, carers --------------------------------------------------------
    _rule(
        "en.child_at_risk",
        FROM_OTHERS,
        CRISIS,
        r"\b(?:new|more|fresh) bruises (?:every|each|again)\b|\bbruises every (?:week|day|time)\b"
        r"|\blocks? (?:me|him|her|them|us|my (?:little |baby )?(?:brother|sister|son|daughter|kids?)) in (?:the|a"
        r"|his|her|my|their) (?:cupboard|closet|basement|cellar|shed|cage|wardrobe)\b",
    ),
    _rule(
        "en.carer_abuse",
        FROM_OTHERS,
        CRISIS,
        r"\bmy (?:carer|caregiver|care worker|nurse|aide|home help)\b.{0,40}\b(?:takes my money|steals?|push(?:es)? me"
        r"|hits me|hurts me|slaps me|locks me|won'?t (?:feed|let) me)\b",
    ),
    _rule(
        "en.watched",
        FROM_OTHERS,
        CONCERN,
        r"\b(?:sent|texted|showed) me (?:a )?(?:photo|picture|pic) of my (?:house|home|car|front door|window|flat"
        r"|apartment|bedroom)\b|\bknows where i (?:sleep|live|work)\b",
    ),
    # --- harm to others ------------------------------------------------------------------------------------------
    _rule(
        "en.to_others_acts",
        TO_OTHERS,
        CRISIS,
        r"\b(?:going to|gonna|want to|will) run (?:him|her|them|my \w+) over\b"
        r"|\bput (?:something|stuff|bleach|poison|rat poison) in (?:\w+ )?(?:\w+'s )?(?:food|drink|tea|coffee)\b"
        r"|\bmake (?:the |all the )?(?:kids|people|students|teachers|everyone) at (?:school|work) pay\b",
    ),
    _rule(
        "en.plan_against",
        TO_OTHERS,
        CONCERN,
        r"\b(?:starting to|started to|begun to) plan it\b|\bi know (?:his|her|their) (?:route|schedule|shifts)\b",
    ),
    # --- medical -----------------------------------------------------------------------------------------------------
    _rule(
        "en.anaphylaxis",
        MEDICAL,
        CRISIS,
        r"\bthroat (?:is )?(?:closing|swelling(?: up)?)\b|\bepi ?pen (?:is )?(?:empty|used up|gone)\b"
        r"|\bcan'?t breathe\b.{0,30}\b(?:peanuts?|nuts|allerg\w+|sting)\b",
        negatable=False,
    ),
    # --- other languages: acts told in the past ---------------------------------------------------------------
    _rule(
        "es.acts",
        SELF_HARM,
        CRISIS,
        r"\bme (?:he )?corte (?:otra vez|de nuevo|los brazos|las munecas|a proposito)\b|\bno (?:para|deja) de sangrar\b",
    ),
    _rule(
        "es.poison",
        MEDICAL,
        CRISIS,
        r"\b(?:se (?:bebio|tomo|trago)|bebio|me (?:bebi|tome|trague)) (?:\w+ )?(?:lejia|cloro|veneno|lavavajillas"
        r"|amoniaco|pastillas)\b",
        negatable=False,
    ),
    _rule(
        "de.pills_taken",
        MEDICAL,
        CRISIS,
        r"\b(?:ganze|komplette|eine) (?:packung|schachtel|dose) (?:\w+ )?(?:tabletten|pillen)\b.{0,20}\b(?:genommen"
        r"|geschluckt)\b|\bzu viele (?:tabletten|pillen) (?:genommen|geschluckt)\b",
        negatable=False,
    ),
    _rule(
        "fr.acts",
        SELF_HARM,
        CRISIS,
        r"\bje me suis (?:encore |de nouveau |a nouveau )?(?:scarifie|coupe|mutile)e?\b",
        r"\s*(?:en (?:epluchant|cuisinant|coupant|bricolant|jardinant|rasant|tranchant|decoupant|preparant|ouvrant)"
        r"|(?:le|au) doigt|avec (?:un|le|mon|une|la|ma) (?:couteau de cuisine|papier|feuille|boite|conserve))\b",
    ),
    _rule(
        "fr.to_others_more",
        TO_OTHERS,
        CRISIS,
        r"\benvie de (?:le|la|les) tuer\b",
        r"\s*(?:,? (?:il|elle) a mange|mdr|haha|de rire)",
    ),
    _rule(
        "pt.pills_taken",
        MEDICAL,
        CRISIS,
        r"\b(?:tomei|engoli) (?:muitos|todos os|uma caixa de|varios|uma cartela de) (?:comprimidos|remedios|pilulas)\b",
        negatable=False,
    ),
)
