"""The crisis screen's rules, written against normalised text (lower case, no diacritics, plain apostrophes).

Each rule describes a phenomenon, not a sentence: first-person intent or wish to die, methods and preparations,
self-harm (including community slang such as "kms", "unalive", "sh"), danger from others (violence, threats,
stalking, sexual violence) and harm to others, in English, Spanish, German and French. `exclude` is tried at the
end of a match and removes figurative continuations ("die of embarrassment", "killing myself at the gym").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.schema import RiskKind, RiskLevel

SUICIDE, SELF_HARM = RiskKind.SUICIDE, RiskKind.SELF_HARM
FROM_OTHERS, TO_OTHERS, MEDICAL = (
    RiskKind.HARM_FROM_OTHERS,
    RiskKind.HARM_TO_OTHERS,
    RiskKind.MEDICAL_EMERGENCY,
)
CRISIS, CONCERN = RiskLevel.CRISIS, RiskLevel.CONCERN


@dataclass(frozen=True)
class Rule:
    name: str
    kind: RiskKind
    level: RiskLevel
    pattern: re.Pattern[str]
    exclude: re.Pattern[str] | None = None
    negatable: bool = True  # a governing negation lowers the level one step
    jokeable: bool = True  # a laughing marker (lol, haha, emoji) lowers a crisis to a concern


def _rule(
    name: str,
    kind: RiskKind,
    level: RiskLevel,
    pattern: str,
    exclude: str | None = None,
    *,
    negatable: bool = True,
    jokeable: bool = True,
) -> Rule:
    return Rule(
        name,
        kind,
        level,
        re.compile(pattern),
        re.compile(exclude) if exclude else None,
        negatable,
        jokeable,
    )


# Shared fragments.
# A small mishap given as the reason someone "will kill me" ("me va a matar, le manché el vestido").
_MISHAP = (
    r",? ?(?:porque |que )?(?:le |la |lo |les )?(?:manche|rompi|perdi|olvide|llegue tarde|suspendi|gaste|raye|choque"
    r"|queme|derrame)\b"
)
# A small thing one may do or have done, given as the condition of a "will kill me" ("mi jefe me va a matar si vuelvo
# a llegar tarde", "ma mere va me tuer si elle apprend que j'ai rate le train")
_TRIVIAL_IF = (
    r" (?:si|se|if|wenn|als) [^.!?]{0,40}\b(?:tarde|late|en retard|zu spat|te laat|in ritardo|atrasad[oa]|rate|rata"
    r"|missed|verpasst|gemist|perdu|perdi|perso|lost|verloren|kwijt|oublie|olvide|dimenticato|forgot|vergessen"
    r"|vergeten|casse|rompi|rotto|broke|kaputt|kapot|esqueci|quebrei)\b"
)
# Someone at an annoying thing for hours given as the reason: "el crio me va a matar, lleva toda la tarde cantando".
_AT_IT_FOR_HOURS = r",? (?:lleva|llevan) (?:toda la (?:tarde|manana|noche)|todo el dia|(?:\w+ )?horas)\b"
# Things called "suicide ...": a car door, a chess variant, a baseball play, a training run, a film. The word then
# names a thing, for the rule (an exclusion) and for the semantic layer (agent.crisis `_NAMED`).
SUICIDE_NAMES = r"squad|doors?|runs?\b|sprints?|drills?|squeeze|chess|bombers?|mission"
_SELF = r"(?:my ?self|meself|myslef|mysef|me self)"
_PERSON = (
    r"(?:he|she|they|him|her|my (?:ex|husband|wife|partner|boyfriend|girlfriend|bf|gf|dad|father|mom|mum|mother"
    r"|stepdad|stepfather|stepmom|stepmother|brother|sister|uncle|aunt|cousin|grandpa|grandfather|boss|coach"
    r"|teacher|landlord|roommate|flatmate|fiance|fiancee|son|daughter|parents?|family)|someone|somebody"
    r"|a (?:guy|man|woman|stranger)|this (?:guy|man|woman|person))"
)
_VICTIM = (
    r"(?:him|her|them|someone|somebody|anyone|anybody|people|everyone|everybody|my (?:\w+ ){0,1}(?:husband|wife|partner"
    r"|boyfriend|girlfriend|ex|dad|father|mom|mum|mother|brother|sister|boss|coworker|colleague|teacher"
    r"|classmates?|roommate|flatmate|neighbou?r|baby|newborn|toddler|infant|babies|kids?|children|child|son|daughter|family)|the (?:baby|kids?)"
    r"|(?:those|these|all) (?:people|kids|guys)|children|kids|a child|a kid|babies|little kids|a baby)"
)
_INTENT = (
    r"(?:want(?:ed)? to|wanna|going to|gonna|will|'ll|plan(?:ning)? to|planing to|about to|need to|have to"
    r"|thinking (?:about|of)|think about|considering|urges? to|tempted to|ready to|decided to"
    r"|trying to|tried to|try to|how to|ways to|wish i could|feel like|felt like)"
)
# Continuations that make a self-directed phrase figurative. "over it" / "for this" are NOT among them: "I want
# to kill myself over it" is a risk statement, and a support bot must not wave it away as hyperbole.
_FIGURATIVE_SELF = (
    r"\s*(?:laughing|trying|working|studying|at (?:work|the gym|school|practice)"
    r"|to (?:finish|get|make|meet|pass|please|keep)|with (?:work|this)"
    r"|in the gym|on (?:this|that) (?:hike|run|workout|project)"
    # "killing myself by accident with my own grenades": a mishap in a game or a fall, not an intent
    r"|by accident|on accident|accidentally)"
)
# "I'll kill him if he's late again": a threat over lateness is a figure of speech in every language here. An
# alternative appended to a rule's exclusion (hence the leading "|").
_LATE_AGAIN = (
    r"|\s*,?\s*(?:if|si|s'il|s'elle|s'ils|se|wenn|als) (?:[\w']+ ){0,4}(?:late|tarde|en retard|in ritardo|atrasad[oa]"
    r"|zu spat|te laat)\b"
)

# "sleep forever (until noon)": a lie-in, not a wish
_NOT_LIVE_UNTIL = (
    r"\s*\(?(?:until|till|til|before) (?:noon|lunch|\d|the afternoon|the weekend|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|spring|summer|my alarm|it'?s light)"
)

RULES: tuple[Rule, ...] = (
    # --- suicide: English -----------------------------------------------------------------------------------
    _rule("en.kill_self", SUICIDE, CRISIS, rf"\bkil(?:l|ling|led)? {_SELF}\b", _FIGURATIVE_SELF),
    _rule(
        "en.suicide_word",
        SUICIDE,
        CRISIS,
        r"\b(?:suicidal|suicide|suiciding|sucidal|suicidial|sucide|suicde|sewer ?slide|self[- ]?delet\w*"
        r"|unaliv\w*|un-aliv\w*|commit die|ctb|kms|toaster bath|yeet (?:my ?self) (?:off|out|in front)"
        r"|roping (?:tonight|today|soon|my ?self|again|tomorrow)"
        r"|(?:going to|gonna|wanna|want to|ready to|about to) rope\b"
        r"|(?:feeling|feel|felt|kinda|lowkey|been so|been)(?: very| so| really| super| hella| mad)? sui)\b",
        rf"\s*(?:{SUICIDE_NAMES}|prevention|rates?\b|statistics|awareness|hotline|helpline|research"
        r"|note in (?:the|a) (?:movie|book|film|show)|is (?:a )?(?:major|leading)|types?\b|typolog\w*|theor(?:y|ies)"
        # a word quoted to be talked about ("we saw 'unalive' and 'sewerslide' as algospeak"), and "unalive" done
        # to someone else ("the main character unalived the villain")
        r"|[\"']\s*(?:(?:y|and|e|und|et|en|o|or|ou|,)\s*[\"']|como\b|comme\b|as (?:algospeak|slang|a word|an example)"
        r"|(?:is|are) (?:a|an)? ?(?:word|words|term|terms|euphemisms?|algospeak)\b|means\b)"
        r"|(?:(?<=unalived)|(?<=unalives)|(?<=unaliving)) (?:the|a|an|his|her|their|him|them|those|that)"
        r" (?!(?:weekend|week|night|morning|day|evening|month|year|time)\b))",
    ),
    _rule(
        "en.end_life",
        SUICIDE,
        CRISIS,
        r"\b(?:end(?:ing)?|take|taking|took) (?:my own|my) li(?:fe|ves)\b|\bend(?:ing)? it all\b"
        r"|\b(?:just )?(?:want|wanna|going|gonna|plan|ready|decided|time) (?:to )?end it\b"
        r"|\bend (?:things|everything) (?:tonight|today|now|for good|soon)\b|\bend my suffering\b"
        r"|\b(?:thinking (?:of|about)|planning on|going to|gonna|want to|ready to|decided to) end(?:ing)? (?:things|"
        r"everything)\b|\bwant (?:my life|it all|everything|my existence) to (?:be over|end|stop)\b|\b(?:only|one)"
        r" way out is (?:to die|death|dying|suicide|to end it)\b|\b(?:no|don'?t see (?:the|any)) point in (?:being "
        r"alive|living|going on|existing)\b|\bhow many (?:pills|tablets|sleeping pills) (?:it would take|would kill"
        r"|to die|does it take|are lethal)\b",
    ),
    _rule(
        "en.want_die",
        SUICIDE,
        CRISIS,
        r"\b(?:want(?:ed|ing)?|wanna|wish i could|wishing|hoping|ready|deserve|need|would like|hope) (?:to )?die\b"
        r"|\bi'?d rather (?:just )?(?:be )?(?:die|dead)\b|\b(?:just )?let me die\b"
        # "I just want to be dead", not "dead sure" or "dead last"
        r"|\b(?:want(?:ed|ing|s)?|wanna|would like|need) (?:to )?be dead\b(?! (?:sure|certain|serious|honest|last|quiet"
        r"|silent|still|tired|on time|set|even|centre|center|weight|ringer|end|heat|zone|letter|right|wrong|easy)\b)",
        r"\s*(?:of|from|laughing|for (?:a|the|some|that)|in peace|old|happy|peacefully at|than|inside a little"
        r"|when (?:i|my) (?:see|saw|read|hear)|(?:isn'?t|is not|was never|has never been) (?:part of|something|a thing"
        r"|on the table))",
    ),
    _rule(
        "en.going_to_die",
        SUICIDE,
        CONCERN,
        r"\b(?:i'?m|i am) (?:going to|gonna) die\b",
        r"\s*(?:of|from|laughing|if|when|before|at|in (?:this|that|here)|lol|haha)",
    ),
    _rule(
        "en.wish_dead",
        SUICIDE,
        CRISIS,
        r"\bwish (?:i (?:was|were|had|could be)|to be|i'?d) (?:dead|never (?:been )?born|gone for good|not alive"
        r"|not here|never existed|never woken up)\b|\bbetter off (?:dead|without me|if i (?:was|were) (?:dead|gone"
        r"|not here))\b|\b(?:everyone|they|the world|my family)(?:'d| would) be better (?:off )?without me\b",
        negatable=False,
    ),
    _rule(
        "en.not_live",
        SUICIDE,
        CRISIS,
        # said plainly, a laugh does not lower these (the twenty-sixth round): "I'd just like to not wake up lol"
        r"\b(?:don'?t|do not|dont|no longer|can'?t|cannot) (?:want|wanna|wish) (?:to )?(?:live|be alive|exist"
        r"|be here|wake up|go on living|keep living|be on this earth)\b"
        r"|\b(?:hope|hoping|wish|wishing|pray|praying) (?:that )?(?:(?:one day|someday|some day|maybe|tonight) )?i"
        r" (?:don'?t|won'?t|never|do not|will not) wake up\b|\bdon'?t want to be alive\b|\bnever wake up\b"
        r"|\bnot wake up\b|\bwant to disappear (?:forever|for good|permanently)\b",
        _NOT_LIVE_UNTIL,
        negatable=False,
        jokeable=False,
    ),
    _rule(
        "en.not_live_weary",
        SUICIDE,
        CRISIS,
        # weariness that tired people also say in jest: "so sick of life lol", "just want to sleep forever lol"
        r"\b(?:tired|sick) of (?:living(?! (?:in|with|on|off|paycheck|alone|at|out of|under|next to|together|from))"
        r"|being alive|life|existing|my life)\b|\blife (?:isn'?t|is not|ain'?t)"
        r" worth (?:living|it)\b|\b(?:no|what'?s the|whats the) (?:reason|point) (?:to|in|of) (?:keep(?:ing)? |go"
        r"(?:ing)? on )?(?:live|living|being alive|going on|life|existing|exist)\b"
        r"|\bsleep (?:forever|and never)\b",
        _NOT_LIVE_UNTIL,
        negatable=False,
    ),
    # Passive wishes in everyday words: hoping an accident or illness comes, not caring whether one survives.
    # Not negatable: "I'm not suicidal, I just wouldn't mind if a bus hit me" is still the wish.
    _rule(
        "en.passive_wish",
        SUICIDE,
        CRISIS,
        r"\bwouldn'?t mind if (?:i (?:just )?(?:died|didn'?t wake up|never woke up|got hit|was dead|were dead|was gone"
        r"|got sick and died)|(?:a|the) (?:bus|car|truck|train|lorry) (?:hit|ran over|took) me|something (?:happened"
        r" to|killed) me)\b|\b(?:hope|hoping|pray|praying)(?: that)? (?:i|we) (?:don'?t|won'?t|never) (?:make it|land"
        r"|survive|live) (?:to|past|until|through|this|the)\b|\b(?:stopped|don'?t|do not|no longer|never) car(?:e|ing)"
        r" (?:if|whether) i (?:live|die|make it|wake up|survive|come back|get hurt)\b|\bhappier (?:not existing|dead"
        r"|not alive|not being alive)\b|\bcancel (?:being alive|existing|my existence|my life)\b|\bdone with (?:life"
        r"|existing|being alive) for good\b|\bif i died(?: \w+){0,2},? (?:i doubt )?(?:anyone|no ?one|no-one|nobody)"
        r" would (?:notice|care|miss me)\b|\bassuming i'?m still (?:alive|around|here)\b|\b(?:hope|hoping|pray|praying)"
        r" (?:that )?(?:the|a) (?:\w+ ){0,3}(?:crashes|hits me|kills me|takes me|falls on me|gets me)\b",
        negatable=False,
    ),
    _rule(
        "en.disappear",
        SUICIDE,
        CRISIS,
        r"\b(?:want|wanna|wish i could|need) (?:to )?(?:(?:just|simply|really) )?(?:disappear|vanish|cease to exist"
        r"|stop existing|not exist"
        r"|be gone|not be (?:here|around|alive) (?:anymore|any more|any longer))\b",
        r"\s*(?:for (?:a|the|an) (?:while|bit|weekend|week|day|few|couple|hour|moment|month)|to (?:a|the|an)|into"
        # "wanna disappear to bali": a place to go, not a way to stop
        r"|to (?!nowhere\b|nothing\b|never\b|dust\b)[a-z]+\b"
        r"|from (?:this|the) (?:party|meeting|class|conversation|room|chat|group)|under (?:a|the) (?:rock|blanket"
        r"|covers)|on (?:holiday|vacation))",
    ),
    _rule(
        "en.method",
        SUICIDE,
        CRISIS,
        r"\b(?:hang|hanging|hung|shoot|shooting|drown|drowning|poison|poisoning|gas|suffocate|suffocating|stab"
        r"|slit|slitting|overdose|od|o\.d\.) (?:my ?self|my (?:wrists?|throat))\b"
        r"|(?<!bungee )(?<!bungee-)\b(?:jump|jumping) (?:off|from|in front of) (?:a |the |my )?(?:bridge|building|roof|cliff|balcony|train"
        r"|bus|car|truck|window|ledge|tower|parking garage)\b|\b(?:step|walk|run|drive) (?:in front of|into) "
        r"(?:a |the )?(?:train|bus|truck|traffic|car)\b|\b(?:drive|crash) (?:my car )?(?:into|off) (?:a |the )?"
        r"(?:wall|tree|bridge|cliff|river|oncoming)\b|\bnoose\b|\b(?:tie|tied|buy|bought|got) (?:a |the )?rope\b"
        # a rope bought for a swing, a boat or a climb is not a method
        # (said as its purpose: "from the camping shop" or "and watched videos on knots" is still a method)
        r"(?!.{0,10}\b(?:for|to (?:hang|make|tie|fix)) (?:[\w']+ ){0,3}(?:swing|climbing|boat|tent|hammock|camping"
        r"|tug of war|skipping|jump rope|clothes ?line|washing line|kayak|sailing|towing|crafts?|macrame|toy|gym"
        r"|boxing|washing|tarp|treehouse|tree house)\b)"
        r"|\bneck myself\b|\boff myself\b|\bpull the trigger on myself\b|\bgun to my head\b"
        r"|\b(?:standing|sitting|stood|i'?m) on (?:the |a |my )?(?:edge of (?:the |a )?)?(?:bridge|ledge|roof"
        r"|rooftop|railing|train tracks|tracks|cliff edge)\b(?! (?:terrace|garden|bar|deck|party|pool|taking|to take|with|for|fixing|repairing|cleaning|watching|enjoying|looking at|having|eating"
        r"|drinking|of (?:my|our|the|a) (?:house|building|office|school|car)))",
        negatable=False,
    ),
    _rule(
        "en.overdose",
        SUICIDE,
        CRISIS,
        r"\b(?:overdos(?:e|ed|ing)|\bod'?d\b|took|taken|swallowed|take|swallow) (?:a |the )?(?:whole |entire )?"
        r"(?:bottle|box|pack|handful|bunch|lot|all) of (?:my )?(?:pills|tablets|meds|medication|sleeping pills"
        r"|painkillers|tylenol|paracetamol|ibuprofen|insulin)\b|\b(?:took|swallowed|taken) (?:too many|all (?:of )?"
        r"(?:my|the)|\d+|twenty|thirty|fifty) (?:\w+ )?(?:pills|tablets|meds|sleeping pills|painkillers)\b"
        r"|\bi (?:overdosed|od'?d)\b|\b(?:pills|tablets|meds)\b.{0,40}\b(?:take|swallow|down)(?:ing)? (?:them|"
        r"it|all of them) all\b|\b(?:tak(?:e|ing)|swallow(?:ing)?) all (?:of )?(?:my|the|these|those) (?:pills|tablets|meds)"
        r"\b|\b(?:stockpil|sav|hoard|collect|stash)(?:e|ed|ing) (?:up )?(?:my |the |\w+ \w+'s |\w+'s )?"
        r"(?:pills|meds|tablets|medication|morphine|painkillers|sleeping pills|insulin|opioids|oxy\w*)\b",
        # "I overdosed on chilli / on netflix": too much of a food or a pastime, said as a joke
        r"\s*on (?:the )?(?:chil\w*|chocolate|sugar|sweets|candy|cake|cookies|pizza|cheese|carbs|garlic|salt|spice\w*"
        r"|hot sauce|coffee|espresso|caffeine|tea|netflix|tv|anime|tiktok|memes|podcasts|christmas music|nostalgia"
        r"|cuteness|drama|sunshine|work|studying|revision)\b",
        negatable=False,
    ),
    _rule(
        "en.goodbye",
        SUICIDE,
        CONCERN,
        r"\b(?:wrote|written|writing|write|left) (?:a |my )?(?:suicide |goodbye )?(?:note|letter)s? (?:to|for) "
        r"(?:my|everyone|them)\b|\bgiving away (?:all )?my (?:stuff|things|belongings|cat|dog|pets?)\b"
        r"|\bthis is (?:my )?(?:goodbye|the end)\b|\bsaying goodbye to (?:everyone|everybody|you all)\b"
        r"|\bi have a plan\b|^(?:goodbye|bye) (?:everyone|world|all|guys|everybody)\b|\b(?:won'?t|not going to|not gonna) be (?:here|around) (?:tomorrow|much longer|anymore|for long)\b"
        r"|\bwon'?t (?:have to )?(?:bother|burden) (?:you|anyone) (?:anymore|much longer)\b"
        r"|\b(?:no one|nobody|noone) (?:would|will|'d) (?:even )?(?:miss|notice|care) (?:me|if i)\b|\bthe world (?:would be|is) better without me\b",
    ),
    _rule(
        "en.hopeless",
        SUICIDE,
        CONCERN,
        r"\b(?:hopeless|no hope left|lost all hope|can'?t go on|cannot go on|can'?t do this anymore|can'?t keep "
        r"going|give up on (?:life|everything)|(?:i'?m|im|i am) a burden|burden (?:to|on) (?:everyone|my family|them)"
        r"|nothing to live for|made my peace|why (?:stay|keep going|keep living|bother living|go on)|trapped with no way out|no way out|want it (?:all )?to stop|want everything to stop"
        r"|(?:i'?m|im|i am) done with (?:life|everything|it all)|(?:i'?m|im|i am) so done|no future for me|i don'?t see a "
        r"future|tired of everything|numb all the time|what'?s the point(?: of anything)?$|kill me now|just kill "
        r"me|want someone to kill me)\b",
    ),
    # --- self-harm: English ---------------------------------------------------------------------------------
    _rule(
        "en.self_harm",
        SELF_HARM,
        CRISIS,
        rf"\b(?:self[- ]?harm\w*|self[- ]?injur\w*|(?:cut|cutting|burn|burning|hurt|hurting|harm|harming|hit|hitting"
        rf"|punish|scratch|scratching|carve|carving|bruise|starve|starving|punch|punching) {_SELF})\b"
        rf"|\b(?:hurt|harm|cut|cutting|burn|burning|scratch|scratching|carve|carving) (?:my|myself on my) (?:arms?"
        rf"|wrists?|legs?|thighs?|stomach|skin|hips?)\b|\bcarv(?:e|ed|ing) (?:\w+ ){{0,2}}(?:into|on) my (?:arms?|skin"
        rf"|legs?|wrists?|thighs?|stomach)\b|\buntil (?:it|i) (?:bleed|bleeds|bled)\b|\bcut (?:so |even )?deep(?:er)?\b",
        r"\s*(?:scars? (?:have |has |are |is )?(?:faded|healed|gone|old)|by accident|accidentally|on (?:a|the) (?:paper"
        r"|door|table|corner|glass|knife|oven|stove|pan|iron|kettle"
        r"|grill|tray)|shaving|cooking"
        r"|chopping|while (?:cooking|shaving|chopping|working)|at the gym|lifting|playing|in the kitchen|falling|fell"
        r"|tripping|tripped|slipping|slipped|skiing|running|cycling|riding|climbing|dancing|training|moving|carrying"
        r"|at (?:work|practice|football|soccer|the game|the park)|out\b)",  # "burning myself out": exhaustion
    ),
    _rule(
        "en.sh_slang",
        SELF_HARM,
        CRISIS,
        r"\b(?:relaps(?:e|ed|ing) (?:on|into|with) (?:sh|cutting|self harm)|sh (?:urges?|again|scars?|relapse"
        r"|tonight|streak)|(?:urges? to|want to|wanna|did|doing|started|start) sh\b|i sh(?:'?d| again)\b|(?:cutting|cut) again|(?:my|fresh|new) (?:cuts|scars) (?:are|on)"
        r"|(?:the |a |my |pencil sharpener )?(?:blade|razor)s? (?:out|again|to cut)|(?:got|bought|hid|hide|hiding)"
        r" (?:a |the |my )?(?:blade|razor)s?\b|cat scratch(?:es)? (?:on my|again)|beans? (?:cuts?|level))",
        negatable=False,
    ),
    _rule(
        "en.self_harm_soft",
        SELF_HARM,
        CONCERN,
        r"\b(?:urge to (?:hurt|cut|harm)|want to feel pain|deserve (?:to )?(?:pain|to hurt|to suffer)"
        r"|stopped eating (?:on purpose|for days)|making myself (?:throw up|sick|bleed)|punch(?:ed|ing)? walls?)\b",
    ),
    # --- danger from others: English ------------------------------------------------------------------------
    _rule(
        "en.violence_against_me",
        FROM_OTHERS,
        CRISIS,
        rf"\b{_PERSON} (?:\w+ )?(?:hits|hit|beats|beat|punches|punched|kicks|kicked|slaps|slapped|chokes|choked"
        rf"|strangles|strangled|shoves|shoved|pushed|throws things at|threw (?:\w+ ){0, 3}at|burns|burned|hurts|hurt"
        rf"|smacks|smacked|abuses|abused|rapes|raped|molests|molested|assaults|assaulted|touches|touched|grabs"
        rf"|grabbed|drags|dragged|locks|locked) me\b",
        r"\s*(?:up|back|with (?:the |a |an |some |his |her |their |these |those )?(?:\w+ ){0,2}(?:news|truths?|idea|"
        r"questions?|pillow|joke|bill|reality|facts?|jokes|compliments?|requests?|comebacks?|puns?|riddles?|stor(?:y|ies)"
        r"|one-liners?)\b|with (?:the|a|an|some"
        r"|his|her|their) (?:news|truth|idea|question|pillow|joke|bill|"
        r"compliment|facts|reality|request)|with (?:a|the) pillow|in (?:a|the) (?:game|match|race|chess|argument"
        r"|debate)|at (?:chess|tennis|the game|cards|poker|mario|fifa|pool)|in (?:chess|tennis|cards|poker)|on (?:the"
        r" way|a|the) (?:feelings|emotions|heart)|(?:by|for) (?:\d+|a few|two|three) points|to (?:it|the punch)"
        r"|so hard (?:that|when) (?:i|it)|so much|a lot|deeply|really bad(?:ly)?|emotionally|more than|when (?:he|she"
        r"|they) (?:left|said|cheated|lied)|by (?:leaving|cheating|saying|lying|ignoring|not)|to (?:do|be|work|try"
        r"|train|study|improve|go|come|a|the|her|his|this|that|my|apply|sign up)\b|along|out\b|a (?:coffee|drink|tea"
        r"|snack|beer|seat|chair)|hard(?:er)?\b|into (?:trying|doing|going|buying|signing))",
    ),
    _rule(
        "en.abused",
        FROM_OTHERS,
        CRISIS,
        r"\b(?:i (?:am|was|was being|get|got|have been|keep getting|'?m being)|i'?m|im|being|been) (?:\w+ )?"
        r"(?:abused|raped|sexually (?:assaulted|abused|harassed)|molested|beaten up|assaulted|trafficked"
        r"|stalked|groomed|strangled|choked|held captive|locked in (?:my|a|the) (?:room|house|closet|basement|car)"
        r"|hit by my \w+|followed home)\b"
        r"|\b(?:domestic (?:violence|abuse)|abusive (?:relationship|partner|husband|wife|boyfriend|girlfriend"
        r"|parent|dad|mom|father|mother|home))\b"
        rf"|\b{_PERSON} (?:has been |is |keeps |'s been |kept |was |started )?(?:sexually )?(?:abusing|molesting|raping"
        r"|beating|hitting|choking|strangling|touching) me\b|\b(?:someone|somebody|a man|a stranger|people|a guy)"
        r" (?:is |are |just )?(?:breaking|broke|trying to break|got) into my (?:house|home|flat|apartment|room)\b"
        r"|\bstalking me\b|\bfollow(?:s|ing|ed) me (?:home|everywhere|"
        r"to work|around)\b|\bwon'?t let me (?:leave|go out|see my(?! grand)|have my phone|call)\b"
        r"|\b(?:scared|afraid|terrified) (?:of|to go home to) (?:my )?(?:husband|wife|partner|boyfriend|girlfriend"
        r"|dad|father|stepdad|mom|mother|ex)\b|\b(?:scared|afraid|terrified) (?:to go home|for my life)\b",
        r"\s*(?:in (?:a|the) (?:game|movie|dream)|by (?:work|homework|emails|the game)|awareness|statistics|charity"
        r"|campaign|month|day|documentary|article|prevention|research|shelter|training|course|class|lecture"
        r"|at (?:it|chess|cards|tennis|poker|darts|pool|scrabble|(?:\w+ )?games?|(?:mario ?)?kart|fifa|fortnite))",
    ),
    _rule(
        "en.threat_to_me",
        FROM_OTHERS,
        CRISIS,
        rf"\b{_PERSON} (?:\w+ )?(?:threaten(?:ed|s|ing)?|said (?:he|she|they)(?:'d| would| will| was going to)"
        rf"|swore (?:he|she|they)(?:'d| would))(?: to)? (?:kill|hurt|beat|shoot|stab|burn|rape|attack|find) me\b"
        rf"|\b{_PERSON} (?:has|had|has got|got|pulled|pointed) (?:a |his |her )?(?:gun|knife|weapon) (?:on|at|to)"
        rf" me\b|\bpointed (?:a |the |his |her |their )?(?:gun|knife|weapon|it) at me\b|\bheld (?:a |the |his |her )?"
        rf"(?:gun|knife) to my (?:head|throat|neck)\b|\b{_PERSON} (?:is|'s|are|'re) (?:trying to|coming to) (?:kill|"
        rf"hurt|get) me\b|\b{_PERSON} (?:is|'s|are|'re) (?:going to|gonna) (?:hurt|beat|shoot|stab|rape|attack) me\b"
        rf"|\b(?:he|she|they|{_PERSON})(?:'ll|'d| will| would| is going to|'s going to| is gonna) kill me if i "
        rf"(?:leave|tell|call|report|go to the police|break up|try to leave|ever leave)\b",
        r"\s*(?:when|if) (?:\w+ )?(?:sees?|finds? out|hears?|learns?|gets? home and sees|notices)|\s*(?:lol|haha)"
        r"|\s*for (?:being late|forgetting|eating|breaking|losing|crashing|this|that)"
        r"|\s*(?:an?|a quick|some) (?:email|e-mail|text|message|line|dm|note|call|link)",
    ),
    _rule(
        "en.threat_soft",
        FROM_OTHERS,
        CONCERN,
        rf"\b{_PERSON} (?:will|'ll|is going to|'s going to|are going to|'re going to|gonna|is gonna) kill me\b|\b(?:my ex|someone|a stranger) keeps"
        r" (?:showing up|messaging|calling|texting)\b|\bafraid (?:he|she|they)(?:'ll| will| might) hurt me\b",
        r"\s*(?:when|if) (?:\w+ )?(?:sees?|finds? out|hears?|learns?|gets? home and sees|notices)|\s*(?:lol|haha)"
        r"|\s*for (?:being late|forgetting|eating|breaking|losing|crashing|this|that)",
    ),
    # --- harm to others: English ----------------------------------------------------------------------------
    _rule(
        "en.harm_others",
        TO_OTHERS,
        CRISIS,
        rf"\b{_INTENT} (?:\w+ ){{0,4}}(?:kill|murder|hurt|stab|shoot|strangle|poison|beat up|attack|harm) {_VICTIM}\b"
        r"|\bshoot up (?:my|the|a) (?:school|office|workplace|class|church|mall)\b|\b(?:make|making) (?:them|"
        r"everyone|all of them) pay\b|\b(?:thoughts|images) of (?:hurting|killing|harming) (?:my|the) \w+\b"
        r"|\bbring(?:ing)? (?:a|my|his|her|the|my \w+'?s) (?:gun|knife|rifle|weapon|bomb)s? (?:to|into) (?:school|work"
        r"|class|the office|church|campus)\b",
        r"\s*(?:for (?:eating|taking|using|stealing|borrowing|spoiling|forgetting|leaving|being|not|telling|"
        r"breaking|losing|drinking|finishing|touching|changing|making)|with kindness|(?:all |both )?in (?:the |a |this )?(?:next )?"
        r"(?:game|match|round|level|raid|tournament)|'s (?:feelings|ego|pride|chances|reputation)|feelings|when (?:\w+ )?(?:see|get|gets)|if (?:he|she|they) (?:does|do|eat|eats|touch|touches|say|says)"
        r"|(?:at|in) (?:chess|poker|fifa|mario(?: kart)?|cards|tennis|the game|fortnite|cod|call of duty|minecraft"
        r"|valorant|overwatch|apex|rocket league|smash|tekken|street fighter|madden|2k|league|ranked|pool|darts)\b"
        r"|\s*lol|\s*haha|\s*,? (?:he|she|they) (?:ate|took|used|broke|borrowed|finished|stole|drank|spoiled|lost)\b"
        # "poison my family's dinner with undercooked chicken": a cook's worry
        r"|(?:'s \w+ )?with (?:undercooked|raw|bad|old|expired|spoiled|off|my cooking)\b)" + _LATE_AGAIN,
    ),
    _rule(
        "en.harm_others_soft",
        TO_OTHERS,
        CONCERN,
        rf"\b(?:could|should|might) (?:\w+ ){{0,2}}(?:kill|murder|strangle|hurt|stab|shoot) {_VICTIM}\b",
        r"\s*(?:for|with kindness|in (?:the|a) (?:game|match)|'s feelings|feelings|lol|haha)",
    ),
    _rule(
        "en.weapon_access",
        TO_OTHERS,
        CONCERN,
        r"\b(?:i have|i'?ve got|i got|i bought|i own|i keep|i know where (?:my \w+ keeps|to find)|there'?s) (?:a |the "
        r"|my |his |her )?(?:knife|knives|gun|guns|rifle|pistol|weapon|axe|shotgun|firearm)\b",
        r"\s*(?:for (?:cooking|hunting|work|the kitchen)|in (?:the|my) (?:kitchen|game)|collection|skin)",
    ),
    # --- medical emergency ----------------------------------------------------------------------------------
    _rule(
        "en.medical",
        MEDICAL,
        CRISIS,
        r"\b(?:i (?:can'?t|cannot) breathe and|i'?m bleeding (?:a lot|heavily|badly|everywhere)|won'?t stop "
        r"bleeding|(?:took|drank|swallowed) (?:bleach|poison|antifreeze|rat poison))\b",
        negatable=False,
    ),
    # --- English: further phrasings of the same phenomena -------------------------------------------------
    _rule(
        "en.overdose_intent",
        SUICIDE,
        CRISIS,
        r"\b(?:going to|gonna|want to|wanna|will|plan(?:ning)? to|about to|thinking (?:about|of)|ready to) (?:take an )?"
        r"(?:overdose|od)\b|\btook an overdose\b|\b(?:loaded (?:the |a |my )?gun|gun (?:is )?loaded)\b"
        r"|\b(?:thinking (?:of|about)|considering|planning on) ending it\b",
        r"\s*on (?:chocolate|coffee|caffeine|sugar|candy|sweets|netflix|tv|anime|k-?pop|memes|cake|pizza|carbs|"
        r"cookies|ice cream|music|cuteness)",
    ),
    _rule(
        "en.better_if_gone",
        SUICIDE,
        CRISIS,
        r"\b(?:happier|better|easier) (?:off )?if i (?:was|were|wasn'?t|weren'?t|died|disappeared|was gone|were gone)"
        r"(?: (?:dead|gone|here|around|alive|anymore))?\b",
        negatable=False,
    ),
    _rule(
        "en.self_harm_body",
        SELF_HARM,
        CRISIS,
        r"\b(?:cut|cuts|cutting|burn|burns|burned|burnt|burning|scratch\w*|carv\w*|hurt|hurts|hurting|harm\w*"
        r"|hit|hitting|punch\w*|bruis\w*) (?:my|myself on my|myself in my) (?:arms?|wrists?|legs?|thighs?|stomach"
        r"|skin|hips?|face|head)\b(?=.{0,40}\b(?:on purpose|deliberately|again|to feel|because i|when i(?:'m| am| get)"
        r"|until|so (?:that )?(?:no one|nobody)|with (?:a|the) (?:blade|razor|lighter|cigarette|knife|scissors))\b)"
        r"|\b(?:on purpose|deliberately)\b.{0,30}\b(?:cut|burn\w*|hurt|hit) (?:myself|my (?:arm|wrist|leg|skin))\b",
    ),
    _rule(
        "en.sexual_violence",
        FROM_OTHERS,
        CRISIS,
        rf"\b{_PERSON} (?:\w+ )?(?:forces|forced|makes|made|pressures|pressured) me (?:to )?(?:have sex|sleep with"
        rf"|do sexual|do things i don'?t want|touch him|touch her|send nudes)\b|\b(?:beat|beats|beaten|beating) me "
        rf"up\b|\b(?:afraid|scared|terrified|fear) (?:that )?{_PERSON} (?:will|'ll|is going to|might|may|could) "
        rf"(?:kill|hurt|beat|rape) me\b|\b{_PERSON} (?:is |keeps |has been |'s been )?threaten(?:ing|s|ed) me\b"
        rf"|\b(?:keeps|kept|started|is) (?:showing up|turning up|waiting) (?:at|outside) my (?:house|home|door|work"
        rf"|school|flat|apartment|job)\b",
        r"\s*(?:with (?:a|the|an) (?:warning|fine|lawsuit|detention|bad grade|write-?up|letter)|at (?:chess|poker|cards"
        r"|tennis|the game))",
    ),
    _rule(
        "en.harm_others_more",
        TO_OTHERS,
        CRISIS,
        rf"\b{_INTENT} (?:\w+ ){{0,2}}(?:beat|burn|run over|choke|drown) {_VICTIM} (?:to death|up|senseless|until)\b"
        r"|\b(?:set|setting) (?:his|her|their|the|my \w+'?s) (?:house|car|school|office|place|flat|apartment) on "
        r"fire\b|\bburn (?:his|her|their|the) (?:house|place) down\b",
        r"\s*(?:lol|haha|in (?:the|a) game|in minecraft)",
    ),
    _rule(
        "en.distress",
        SUICIDE,
        CONCERN,
        r"\b(?:can'?t|cannot) take (?:it|this|any more|anymore)(?: anymore| any more)?\b|\b(?:want|need) (?:the pain|"
        r"it all|everything|this) to (?:stop|end) (?:forever|for good|permanently)\b|\bi (?:just )?want out\b"
        r"|\bi (?:give|gave) up on (?:everything|life|myself)\b",
    ),
    # --- English, second round: families the held-out and blind files showed missing (issue #6) -----------
    _rule(
        "en.ask_means",
        SUICIDE,
        CRISIS,
        r"\b(?:least|most) painful way to (?:die|go|end it|do it|kill myself)\b|\b(?:painless|quickest|quick|easiest"
        r"|surest|fastest|peaceful|best) (?:way|method|ways|methods) to (?:die|go|end it|end my life|kill myself|do it"
        r"|not wake up)\b|\bhow (?:high|tall|far)\b.{0,30}\b(?:to die|to be fatal|(?:has|have|needs?) to be|to not survive"
        r"|you (?:die|don'?t survive))\b|\b(?:lethal|fatal|deadly) (?:dose|amount|together|combination|mix)\b"
        r"|\b(?:medications?|meds|pills|drugs|tablets) (?:would|could|will|are) (?:be )?(?:fatal|lethal|deadly)\b"
        r"|\bhow (?:much|many) \w+ (?:\w+ )?"
        r"(?:to|would) (?:die|kill (?:me|you|a person|someone)|overdose|be (?:fatal|lethal))\b",
        r"\s*(?:in (?:the|a) (?:game|film|movie|book|story|series)|for (?:my|a|the) (?:novel|story|character|game))",
        negatable=False,
    ),
    _rule(
        "en.not_alive_by",
        SUICIDE,
        CRISIS,
        r"\b(?:don'?t|do not|dont) (?:plan|expect|intend) (?:on|to) (?:still )?(?:be|being) (?:alive|around|here)"
        r" (?:by|for|at|past|after|next|much)\b|\b(?:won'?t|will not|not going to|not gonna) (?:still )?be alive"
        r" (?:by|for|to see|when|after|next|much longer|anymore|tomorrow)\b|\b(?:won'?t|will not) be around (?:to see"
        r"|by|for) (?:christmas|new year|my birthday|next \w+|the summer|the weekend)\b"
        r"|\b(?:whoever|the person who|the one who|whoever) finds? (?:me|my body)\b"
        r"|\b(?:won'?t|will not) be (?:around|here) to (?:look after|take care of|care for|feed|walk|see (?:them|him|her"
        r"|you|it) grow)\b|\b(?:won'?t|will not) (?:need|be needing) (?:it|them|this|my \w+) (?:where i'?m going|after"
        r" (?:tonight|today|sunday|friday))\b|\bwhere i'?m going\b.{0,20}\bwon'?t need\b",
        negatable=False,
    ),
    _rule(
        "en.burden_life",
        SUICIDE,
        CRISIS,
        r"\b(?:leav(?:e|ing)|depart(?:ing)?|exit(?:ing)?) this (?:life|world|earth|planet)\b(?! (?:of|behind for))"
        r"|\bbetter off (?:once|when|if|after) i'?m (?:not around|gone|dead|not here|no longer here)\b"
        r"|\b(?:would|'d|will) (?:be|have|live) (?:a |an )?(?:much |so much |far )?(?:better|easier|happier|calmer"
        r"|simpler)(?: off)?(?: lives?| life| time)? without me(?: in it| around| here| alive)?\b",
        negatable=False,
    ),
    _rule(
        "en.burden_soft",
        SUICIDE,
        CONCERN,
        r"\b(?:i'?m|im|i am) (?:just |only |such |nothing but |always )?(?:a|the) (?:burden|problem|weight)"
        r"(?! of)\b|\b(?:point|reason) (?:of|in|to) (?:sticking|staying|hanging) around\b"
        r"|\bmy plan is (?:set|ready|in place|made|for)\b|\b(?:put|putting|got|getting) my affairs in order\b"
        r"|\b(?:won'?t be|i'?m not) coming (?:home|back)\b|\b(?:picked|chose|chosen|set) (?:a|the)"
        r" (?:date|day)\b(?! for (?:the|our|my) (?:wedding|party|move|trip))",
    ),
    _rule(
        "en.rehome_pet",
        SUICIDE,
        CONCERN,
        r"\b(?:gave|given|giving|give) (?:away )?(?:my )?(?:\w+ )?(?:dog|cat|pets?|rabbit|hamster|bird|things"
        r"|stuff|belongings) (?:away )?to\b|\bgave (?:away )?(?:all )?my (?:things|stuff|belongings)\b"
        # "gave away my cat", "found a new home for my dog": told without saying to whom
        r"|\b(?:gave|given|giving) away my (?:\w+ )?(?:dog|cat|pet|rabbit|hamster|bird)s?\b(?!')"
        r"|\b(?:rehomed|rehoming|found (?:a )?(?:new )?homes? for) my (?:\w+ )?(?:dog|cat|pet|rabbit|hamster|bird)s?\b(?!')",
        r"\s*(?:\w+ )?(?:while|for the|during|because (?:i'?m|we'?re|i am) (?:moving|travelling|traveling|allergic)"
        r"|because\b.{0,40}\b(?:allergic|allergies|landlord|lease|new baby))",
    ),
    _rule(
        "en.head_banging",
        SELF_HARM,
        CRISIS,
        r"\b(?:bang|banging|hit|hitting|smash|smashing|slam|slamming) my (?:own )?head (?:against|on|into) (?:the |a )?"
        r"(?:wall|door|floor|desk|mirror)s? (?:until|till|to make|so (?:that )?|over and over)\b",
        negatable=False,
    ),
    _rule(
        "en.harm_as_coping",
        SELF_HARM,
        CRISIS,
        r"\b(?:only thing|one thing|nothing else) (?:that )?(?:helps|works|calms me|gets me through)\b.{0,20}\b(?:is )?"
        r"(?:cutting|burning myself|hurting myself|the blade|the razor|self[- ]?harm)\b|\b(?:cutting|burning myself"
        r"|hurting myself|self[- ]?harm\w*) (?:is )?(?:the only thing|all that) (?:that )?(?:helps|works|calms me)\b",
        r"\s*(?:carbs|sugar|back|down|out|off|costs|ties|corners|class|coupons)",
    ),
    _rule(
        "en.harm_fear",
        TO_OTHERS,
        CRISIS,
        rf"\b(?:scared|afraid|terrified|worried|frightened) (?:that )?i(?:'ll| will| might| could| am going to|'m going"
        rf" to) (?:hurt|harm|kill|shake|drown|smother|suffocate|hit) {_VICTIM}\b",
        r"\s*(?:'s feelings|feelings|by (?:saying|telling|leaving|not)|if i (?:tell|say|leave))",
    ),
    # third round (issue #6): families the first-contact run of crisis_sealed.jsonl showed missing
    _rule(
        "en.third_round",
        SUICIDE,
        CRISIS,
        r"\bhow (?:many|much) (?:of )?(?:my |the |those |these )?(?:\w+ )?(?:pills|tablets|meds|medication"
        r"|antidepressants|painkillers|insulin|paracetamol|tylenol|ibuprofen|xanax|morphine) (?:it would take|it takes"
        r"|would (?:do it|be enough|kill me))\b|\b(?:picked|chose|chosen|found) (?:the|a|my) (?:spot|place) (?:on|at|by|near|under)"
        r" (?:the )?(?:tracks|bridge|cliff|railway|roof|motorway|river|overpass)\b|\bplanning my (?:exit|way out|death"
        r"|suicide|last day)\b(?! from)|\b(?:nobody|no one|noone) (?:will|would|'ll) find me (?:until|in time|before"
        r"|for days)\b",
        r"\s*(?:in (?:the|a) (?:game|film|movie|book)|to (?:get|go|make|finish))",
        negatable=False,
    ),
    _rule(
        "en.harm_third_round",
        SELF_HARM,
        CRISIS,
        r"\b(?:cut|burn(?:ed|t)?|scald(?:ed)?|sliced|stabbed|hurt|hit|scratch(?:ed)?|punch(?:ed)?|bit|slammed|smashed) (?:myself|my (?:own )?(?:hand"
        r"|arm|wrist|leg|head|skin|fingers?|face))\b.{0,40}\b(?:on purpose|deliberately|because i deserved?|to punish"
        r" myself|over and over)\b",
        r"\s*(?:by accident|accidentally)",
    ),
    _rule(
        "en.others_third_round",
        FROM_OTHERS,
        CRISIS,
        rf"\b{_PERSON} (?:\w+ ){{0,8}}and (?:hits|beats|kicks|punches|slaps|chokes|burns|whips) me\b|\b(?:screaming|shouting|yelling|screamed|shouted|yelled|saying)(?: that)? (?:he|she|they)(?:'ll"
        rf"| will|'s going to| is going to| are going to) (?:kill|hurt|get) me\b",
        r"\s*(?:with (?:a|the) pillow|at (?:chess|poker|cards|tennis)|in (?:the|a) game|lol|haha"
        r"|of (?:the|my|our) (?:holiday|trip|dog|cat|food|garden))",
    ),
    _rule(
        "en.to_others_third_round",
        TO_OTHERS,
        CRISIS,
        rf"\b{_INTENT} (?:\w+ ){{0,3}}(?:killing|murdering|hurting|stabbing|shooting|strangling|poisoning|attacking"
        rf"|harming|drowning) {_VICTIM}\b|\b{_INTENT} (?:\w+ ){{0,3}}shak(?:e|ing) (?:my|the|her|his) (?:baby|newborn"
        rf"|toddler|infant)\b|\b{_INTENT} (?:\w+ ){{0,2}}run (?:him|her|them) over\b",
        r"\s*(?:'s (?:feelings|ego|pride|chances)|feelings|in (?:the|a) game|to (?:the|my|his|her|school|work)|there"
        r"|later|lol|haha)",
    ),
    _rule(
        "en.grooming_signs",
        FROM_OTHERS,
        CONCERN,
        r"\b(?:asks|asking|asked|wants|makes|made|keeps asking) me (?:to )?send (?:him|her|them) (?:\w+ )?(?:pictures"
        r"|photos|pics|nudes|videos)\b|\b(?:our (?:little )?secret|keep it (?:a )?secret|not to tell (?:anyone|my"
        r" (?:mum|mom|parents|dad)))\b",
        r"\s*(?:of (?:the|my|our|your) (?:holiday|trip|dog|cat|food|garden|cake|kids|house))",
    ),
    _rule(
        "en.signs_third_round",
        SUICIDE,
        CONCERN,
        r"\b(?:tomorrow|tonight|sunday|friday|saturday) is the (?:day|night)\b(?! (?:of|for|when|they|we|you|i (?:get|start)))"
        r"|\bnobody (?:has|will have|'ll have) to (?:deal with|clean up|sort out) (?:me|my mess|a mess|anything)\b"
        r"|\b(?:a |the )?(?:rope|noose) (?:in|under) my (?:car|boot|trunk|bag|room|wardrobe)\b|\bi have enough"
        r" (?:pills|tablets|of them|meds)\b|\b(?:so much|lots of|a lot of) blood\b|\b\w+ (?:days|weeks|months|years)"
        r" clean and i (?:just )?(?:broke it|relapsed|slipped)\b",
    ),
    _rule(
        "en.mixed_drugs",
        MEDICAL,
        CRISIS,
        r"\b(?:mixed|mixing|downed|washed down) (?:\w+ ){0,4}(?:alcohol|vodka|wine|beer|whisky|whiskey"
        r"|rum|booze|drinks|drink) (?:and|with) (?:\w+ ){0,3}(?:pills|xanax|valium|benzos?|oxy\w*|codeine|tramadol"
        r"|sleeping (?:pills|tablets)|meds|tablets|painkillers|opioids|fentanyl|heroin)\b|\b(?:pills|xanax|valium"
        r"|benzos?|meds|tablets|painkillers) (?:and|with) (?:\w+ ){0,3}(?:alcohol|vodka|wine|booze)\b.{0,40}\b(?:can'?t|barely"
        r"|hardly|can not|cannot) (?:stay awake|breathe|keep my eyes open|stand|feel)\b|\b(?:took|swallowed|taken|downed)"
        r" (?:like |about |around |maybe |over )?(?:\d{2,}|twenty|thirty|forty|fifty) (?:\w+ )?(?:tylenol|paracetamol"
        r"|ibuprofen|advil|aspirin|xanax|pills|tablets|painkillers|benadryl)\b",
        negatable=False,
    ),
    _rule(
        "en.medical_more",
        MEDICAL,
        CRISIS,
        r"\b(?:chest pain|pain in my chest|pressure in my chest|my chest hurts|chest (?:is )?(?:crushing|tight)).{0,40}\b(?:left arm"
        r"|left hand|my arm|my jaw|numb|can'?t breathe|cannot breathe)\b|\b(?:she|he|they|my (?:friend|mate|mum|mom|dad|brother|sister|partner|husband"
        r"|wife|boyfriend|girlfriend|son|daughter|baby|flatmate|roommate|gran|grandma|grandad|grandpa)|someone"
        r"|somebody|the baby)(?: is|'s| has| was)? (?:(?:not"
        r"|isn'?t|won'?t) (?:responding|breathing|(?:waking|wake) up(?! (?:angry|early|late|grumpy|cranky|in a (?:bad|good|foul)"
        r"|in time|on time|before|until|till|for)\b))|stopped breathing|went (?:limp|unresponsive))\b|\b(?:lips|face)"
        r" (?:are |is )?(?:turning |going )?blue\b|\b(?:having|had) a seizure and\b|\bgushing blood\b"
        r"|\bblood won'?t stop\b|\b(?:took|swallowed|taken|downed|popped) (?:a |the )?(?:whole |entire )?(?:bunch"
        r"|handful|load|lot|bottle|box|pack|packet|strip|all) of (?:my |the |her |his )?(?:\w+ )?(?:xanax|valium|benzos?"
        r"|oxy\w*|codeine|tramadol|antidepressants|tylenol|paracetamol|ibuprofen|advil|aspirin|benadryl|insulin"
        r"|medication|medicine)\b",
        r"\s*(?:to (?:me|us|him|her|them|anyone|my|our|the|his|her)\b|on (?:whatsapp|discord|the app|social))",
        negatable=False,
    ),
    _rule(
        "en.abuse_more",
        FROM_OTHERS,
        CRISIS,
        rf"\b{_PERSON} (?:\w+ )?(?:hits|beats|kicks|punches|chokes|strangles|hurts|slaps|abuses) (?:us|my (?:\w+ ){{1,2}}and me"
        rf"|me and my \w+)\b|\b(?:touched|touches|groped|gropes|fondled) me\b.{{0,40}}\b(?:not to tell|don'?t tell"
        rf"|our secret|keep (?:it )?(?:a )?secret|nobody would believe)\b|\b{_PERSON} (?:\w+ )?(?:threaten(?:s|ed)?|says"
        rf" (?:he|she|they)(?:'ll| will)|said (?:he|she|they)(?:'d| would)) (?:to )?(?:hurt|kill|take) (?:the kids|my kids"
        rf"|my children|the children|the baby|my baby|us|my family|my mum|my mom)\b|\b(?:knows|know) where i (?:live|sleep"
        rf"|work)\b.{{0,40}}\b(?:regret|sorry|pay|get me|coming)\b",
        r"\s*(?:in (?:the|a) (?:game|film|movie|book)|with (?:a |the )?pillows?|lol|haha)",
    ),
    _rule(
        "en.harm_others_more2",
        TO_OTHERS,
        CRISIS,
        rf"\b{_INTENT} (?:\w+ ){{0,8}}(?:break (?:his|her|their) (?:legs?|neck|jaw|arms?|face|nose|skull)|smash (?:his|her"
        rf"|their) (?:face|head|skull) in|knock (?:his|her|their) teeth out|put (?:him|her|them) in (?:the )?hospital"
        rf"|slit (?:his|her|their) throat)\b|"
        rf"\b(?:going to|gonna|will|'ll|want to) (?:hurt|stab|beat up|attack|punch|strangle|shake) {_VICTIM} (?:when|as"
        rf" soon as|once) (?:he|she|they|it) (?:gets?|comes?) (?:home|back|in)\b|\b(?:shake|shook|shaking) (?:him|her"
        rf"|the baby|my baby|the kid) (?:\w+ )?(?:until|till|so hard)\b|\b(?:make|making) (?:him|her|them)"
        rf" (?:sorry|suffer|pay)\b|\b(?:waiting|parked|outside) (?:outside |near )?(?:his|her|their)"
        rf" (?:house|flat|place|work|school)\b.{{0,40}}\b(?:sorry|pay|hurt|kill|regret|get (?:him|her|them))\b",
        r"\s*(?:lol|haha|at (?:chess|poker|fifa|mario|cards)|in (?:the|a) game|, (?:he|she|they) (?:ate|took|used|broke)"
        r"|for (?:the|dinner|lunch|drinks|it|this|that|a|my|his|her|our)|back|the bill|rent"
        r"|if (?:he|she|they) (?:\w+ )?(?:eats?|touch(?:es)?|uses?|takes?|is late|forgets?|breaks?|spoils?))",
    ),
    _rule(
        "en.indirect_signs",
        SUICIDE,
        CONCERN,
        r"\b(?:bridge|tracks|train|building|roof|cliff|pills|rope|gun) (?:would|could) (?:be )?(?:so )?(?:quick|painless"
        r"|easy|fast|peaceful)\b|\b(?:imagin|pictur)\w* my (?:own )?funeral\b|\bwouldn'?t (?:even )?(?:step aside"
        r"|get out of the way|try to (?:avoid it|get away))\b|\b(?:when|once|after) (?:the house is empty|everyone"
        r"(?:'s| is) (?:asleep|gone|out|away)|nobody(?:'s| is) (?:home|around))\b",
    ),
    _rule(
        "en.means_ready",
        SUICIDE,
        CRISIS,
        r"\b(?:the |my |all the |all my )?(?:pills|tablets|rope|noose|gun|blade|razor|meds)s? (?:are |is )?(?:in my hand"
        r"|lined up|counted out|laid out|all ready|ready (?:to go|on my|in my)|in front of me)\b|\b(?:took|swallowed"
        r"|downed) (?:all of |my (?:whole|entire) |the (?:whole|entire) )(?:my )?(?:prescription|medication|meds|pills"
        r"|tablets|supply)\b|\b(?:ate|drank|swallowed|took|downed) (?:some )?(?:bleach|antifreeze|rat poison|weed ?"
        r"killer|detergent|laundry pods?)\b|\b(?:electrocute myself|set myself on fire|burn myself alive"
        r"|starve myself to death)\b",
        r"\s*(?:in (?:the|a) (?:game|film|movie|book))",
        negatable=False,
    ),
    _rule(
        "en.threat_said",
        FROM_OTHERS,
        CRISIS,
        r"\b(?:said|says|told me|warned me|swore|texted|messaged)(?: that)? (?:\w+ ){0,3}(?:he|she|they)(?:'ll|'d| will"
        r"| would| is going to| was going to)(?: \w+)? (?:hurt|kill|beat|stab|shoot|rape|strangle) me\b",
        r"\s*(?:if (?:i|you) (?:eat|ate|touch|lose|break|spoil)|at (?:chess|poker|cards|tennis)|in (?:the|a) game|lol|haha)",
    ),
    _rule(
        "en.control",
        FROM_OTHERS,
        CONCERN,
        r"\b(?:he|she|they|my (?:husband|wife|partner|boyfriend|girlfriend|dad|father|mum|mom|stepdad|ex))"
        r" (?:takes|took|hides|hid|keeps|kept|smashed|checks) my (?:phone|keys|passport|money|bank card|wages)\b",
    ),
    _rule(
        "en.target_known",
        TO_OTHERS,
        CONCERN,
        r"\bi know where (?:he|she|they) (?:lives?|works?|sleeps?|parks?|goes)\b",
    ),
    _rule(
        "en.other_in_danger_now",
        SUICIDE,
        CRISIS,
        r"\b(?:just|has just|have just) (?:said|texted|messaged|posted|sent|told me)\b.{0,60}\b(?:kill|hurt|end)"
        r" (?:himself|herself|themselves|themself|it all)\b|\b(?:kill|hurt|end) (?:himself|herself|themselves|themself)"
        r"\b.{0,30}\b(?:tonight|right now|after (?:he|she|they) logs? off|today)\b|\b(?:(?:he|she|they)(?:'s| is|'re| are)"
        r"|(?:my|our) \w+ (?:is|'s)) (?:\w+ )?(?:on|at) the (?:edge|ledge|roof|rooftop|bridge|railway|tracks|cliff)\b.{0,40}"
        r"\b(?:jump\w*|going to|gonna|last|goodbye)\b",
        r"\s*(?:in (?:the|a) (?:game|film|movie|show|book|dream|story|novel|campaign))",
        negatable=False,
    ),
    # --- Spanish --------------------------------------------------------------------------------------------
    _rule(
        "es.suicide",
        SUICIDE,
        CRISIS,
        r"\b(?:(?:me )?quiero morir(?:me)?|quiero estar muert[oa]|(?:me voy a|quiero|voy a|pienso en|pensando en)"
        r" (?:matarme|suicidarme|quitarme la vida)|matarme|suicidarme|quitarme la vida|acabar con mi "
        r"vida|no quiero (?:seguir )?vivir|no quiero seguir (?:aqui|viviendo)|ya no quiero vivir|no vale la pena "
        r"vivir|ojala (?:estuviera|estar|me muriera|no despertar|no haber nacido)|desaparecer para siempre|(?:harto|harta|cansado|cansada) de (?:estar viv[oa]"
        r"|vivir(?! (?:en|con|de|del|al|sol[oa]|lejos|junto|cerca|bajo|aqui)\b))"
        r"|mejor muert[oa]|estarian mejor sin mi|tomarme todas las pastillas|tirarme (?:de|por|del) "
        r"(?:un|el|la) (?:puente|edificio|ventana|balcon|tren)|me (?:voy a|quiero|gustaria|pienso) (?:quitar la vida"
        r"|matar|suicidar)|(?:pensamientos|ideas) suicidas|soy suicida|estoy suicida)\b",
        r"\s*(?:de (?:risa|verguenza|hambre|sueno|calor|frio|amor|ganas|aburrimiento|envidia)|squad)",
    ),
    _rule(
        "es.self_harm",
        SELF_HARM,
        CRISIS,
        r"\b(?:hacerme dano|me hago dano|me corto|cortarme|me volvi a cortar|me lastimo|lastimarme|autolesion\w*|me estoy cortando"
        r"|quemarme a proposito)\b",
        r"\s*(?:el pelo|las unas|sin querer|cocinando|con el papel)",
    ),
    _rule(
        "es.from_others",
        FROM_OTHERS,
        CRISIS,
        r"\b(?:me (?:pega|golpea|golpeo|pego|maltrata|violo|viola|abusa|abuso|amenaza|amenazo|sigue a casa"
        rf"|esta siguiendo|persigue|acosa|ahorca|estrangula)|(?:quiere|amenazo con|dijo que iba a) matarme|va a matarme(?!{_MISHAP}|{_TRIVIAL_IF})"
        # a small mishap as the reason is hyperbole, as "for breaking" in English: "me va a matar, le manché el vestido"
        rf"|me quiere matar|me va a matar(?!{_MISHAP}|{_TRIVIAL_IF}|{_AT_IT_FOR_HOURS})|violencia (?:domestica|de genero)|me violaron|abusaron de mi|abusa de mi|abusaba de mi"
        r"|tengo miedo de (?:mi (?:pareja|esposo|marido|novio|padre|padrastro)|volver a casa))\b",
        r"\s*(?:si (?:ve|se entera)|cuando (?:vea|se entere)|en el juego|con (?:la|una) almohada|jaja"
        # "el Betis me va a matar de un infarto": a team, a series, a child's antics, not a threat
        r"|de (?:un |una )?(?:infarto|disgusto|susto|ataque|risa|pena|aburrimiento|nervios|los nervios)\b"
        r"|con (?:tanta|tanto|tantos|tantas|sus|este|esta|estos|estas|el|la|los|las) (?:\w+ )?(?:tarea|tareas|deberes"
        r"|trabajos?|examen|examenes|ejercicios|clases?|preguntas|ruido|musica|chistes|deadlines?))",
    ),
    _rule(
        "es.to_others",
        TO_OTHERS,
        CRISIS,
        r"\b(?:quiero|voy a|pienso) (?:matar(?:lo|la|los|las)?|hacerle dano|lastimar(?:lo|la)) (?:a (?:alguien|mi|"
        r"todos|el|ella))?",
        r"\s*(?:de risa|por (?:comer|comerse|tomar|usar)|jaja|a besos)" + _LATE_AGAIN,
    ),
    _rule(
        "es.concern",
        SUICIDE,
        CONCERN,
        r"\b(?:sin esperanza|no puedo mas|no aguanto mas|soy una carga|no tengo (?:razon|razones) para vivir"
        r"|no le veo sentido a (?:la vida|nada))\b",
    ),
    _rule(
        "es.disappear",
        SUICIDE,
        CRISIS,
        r"\b(?:quiero|quisiera|ganas de) desaparecer\b",
        r"\s*(?:(?:por|durante) (?:un|el|unos) (?:rato|fin de semana|dia|dias|tiempo)|de (?:aqui|esta fiesta|clase)"
        r"|(?:una|un) (?:semana|mes|fin de semana|dia|rato|par de dias))",
    ),
    _rule(
        "es.more",
        SUICIDE,
        CRISIS,
        r"\b(?:ganas de morir(?:me)?|quiero dejar de existir|me hago cortes|hacerme cortes|planeo (?:matarme|"
        r"suicidarme)|tengo un plan para (?:matarme|suicidarme|morir))\b",
        r"\s*(?:de (?:risa|verguenza|hambre|sueno|calor|frio|amor|aburrimiento|envidia))",
    ),
    # --- German ---------------------------------------------------------------------------------------------
    _rule(
        "de.suicide",
        SUICIDE,
        CRISIS,
        r"\b(?:ich (?:will|mochte|werde|wurde am liebsten) (?:mich umbringen|sterben|tot sein|nicht mehr leben|mir "
        r"das leben nehmen|mich toten)|(?:will|mochte|werde) (?:nicht mehr leben|sterben|tot sein)|mich umbringen"
        r"|mich umzubringen|bringe mich (?:\w+ ){0,3}um\b|mir das leben (?:zu )?nehmen|(?:selbstmord|suizid)"
        # "Suizidpravention", "Selbstmordrate": the topic, one word
        r"(?!(?:pravention|praventions|rate|raten|statistik|forschung|hilfe|telefon|hotline|experte|beauftragt)\w*)\w*"
        r"|freitod|lebensmude"
        r"|will nicht mehr (?:leben|aufwachen|da sein)|egal,? ob ich lebe oder sterbe|wunschte,? ich ware tot|besser (?:ohne mich|tot)|schluss "
        r"machen mit (?:dem|meinem) leben|von (?:der|einer) brucke springen|vor den zug)\b",
        r"\s*(?:vor (?:lachen|hunger|langeweile|scham|neugier)|vor lachen|kommando|squad|pravention|rate|statistik"
        r"|forschung|hab(?:e)? ich (?:\w+ )?(?:nicht|keine|nie))",
    ),
    _rule(
        "de.self_harm",
        SELF_HARM,
        CRISIS,
        r"\b(?:ritze mich|mich (?:ritzen|selbst verletzen|schneiden)|ritzen|selbstverletz\w*|verletze mich "
        r"(?:selbst|absichtlich)|schneide mich (?:absichtlich|wieder|selbst))\b",
    ),
    _rule(
        "de.from_others",
        FROM_OTHERS,
        CRISIS,
        r"\b(?:(?:er|sie|mein (?:mann|freund|vater|stiefvater|partner|ex)|meine (?:frau|freundin|mutter|partnerin))"
        r" (?:schlagt|schlug|verprugelt|bedroht|wurgt|vergewaltigt|missbraucht|verfolgt) mich|(?:er|sie) (?:will|"
        r"wird|hat gedroht,? mich) (?:mich )?(?:umbringen|umzubringen|toten)|hausliche gewalt|ich werde "
        r"(?:geschlagen|missbraucht|verfolgt|bedroht|gestalkt)|wurde vergewaltigt|angst vor meinem (?:mann|"
        r"vater|freund|partner))\b",
        r"\s*(?:beim (?:schach|spiel|tennis)|im spiel)",
    ),
    _rule(
        "de.to_others",
        TO_OTHERS,
        CRISIS,
        r"\bich (?:will|werde|mochte) (?:ihn|sie|jemanden|alle|meinen \w+|meine \w+) (?:umbringen|toten|verletzen)\b",
        r"\s*(?:,? weil er|,? weil sie|wenn er|wenn sie|haha)",
    ),
    _rule(
        "de.concern",
        SUICIDE,
        CONCERN,
        r"\b(?:hoffnungslos|ich kann nicht mehr|keinen sinn mehr|bin eine last)\b",
    ),
    _rule(
        "de.disappear",
        SUICIDE,
        CRISIS,
        r"\b(?:will|mochte|wurde gern) (?:einfach )?(?:fur immer )?verschwinden\b",
        r"\s*(?:fur (?:ein|eine|einen) (?:paar|weile|wochenende|tag|woche|monat)|in den urlaub|von (?:der|dieser) party"
        r"|(?:eine|ein|einen) (?:woche|wochenende|tag|monat|weile))",
    ),
    _rule(
        "de.more",
        FROM_OTHERS,
        CRISIS,
        r"\b(?:(?:er|sie|mein \w+|meine \w+) (?:\w+ ){0,2}mich (?:umbringt|umbringen wird|toten wird|schlagen wird)"
        r"|angst,? dass (?:er|sie|mein \w+|meine \w+) mich (?:umbringt|schlagt|verletzt))\b",
    ),
    _rule(
        "de.self_more",
        SELF_HARM,
        CRISIS,
        r"\bich schneide mich\b(?! (?:beim|oft beim|manchmal beim) (?:kochen|rasieren))|\bich verletze mich\b",
    ),
    # --- French ---------------------------------------------------------------------------------------------
    _rule(
        "fr.suicide",
        SUICIDE,
        CRISIS,
        r"\b(?:je (?:veux|voudrais|vais) (?:mourir|me tuer|me suicider|en finir|disparaitre pour toujours)"
        r"|envie (?:de|d') ?(?:mourir|me tuer|me suicider|en finir)|me suicider|suicidaire|idees suicidaires|mettre fin a (?:mes jours|ma vie"
        r"|tout)|en finir avec (?:la vie|ma vie|tout)|je ne veux plus vivre|plus envie de vivre|marre de vivre"
        r"|(?:mieux|mieux vaut que je sois) mort|je veux etre mort\w*|pense a me tuer|me jeter (?:d'un|du|sous)"
        r"|j'aimerais (?:etre mort|ne jamais me reveiller|disparaitre)|disparaitre pour de bon|crever ou pas)\b",
        r"\s*(?:de (?:rire|faim|honte|froid|chaud|fatigue|ennui|peur)|squad"
        # "j'aimerais disparaitre quelques semaines": a break, as fr.disappear reads it
        r"|(?:pour |pendant )?(?:quelques|une|un|deux|trois) (?:semaines?|jours?|mois|week-?ends?|temps))",
    ),
    _rule(
        "fr.self_harm",
        SELF_HARM,
        CRISIS,
        r"\b(?:(?<!sans )me faire (?:du|de) mal|je me fais du mal|me scarifier|je me scarifie|scarification|automutilation|me "
        r"mutiler|je me coupe (?:les bras|les poignets|encore|expres)|me couper les (?:bras|poignets|veines)"
        r"|m'ouvrir les veines|(?:envie de|je veux|je vais|besoin de) me couper(?! (?:les cheveux|la frange|les ongles"
        r"|un|une|du|des|le|la|les|en)\b))\b",
    ),
    _rule(
        "fr.from_others",
        FROM_OTHERS,
        CRISIS,
        r"\b(?:(?:il|elle|mon (?:mari|copain|pere|beau-pere|ex|compagnon)|ma (?:femme|copine|mere|compagne)) "
        r"(?:me (?:frappe|bat|battait|frappait|menace|viole|violait|suit|harcele|etrangle|a frappe|a viole|a "
        rf"menace)|m'a (?:frappe\w*|viole\w*|menace\w*|etrangle\w*))|menace de me tuer|veut me tuer|va me tuer(?!{_TRIVIAL_IF})"
        r"|violence conjugale|violences conjugales|j'ai ete violee?|on m'a violee?|peur de rentrer chez moi)\b",
        r"\s*(?:s'il (?:voit|apprend)|quand (?:il|elle) (?:verra|saura)|aux echecs|au jeu|mdr"
        # a small mishap as the reason: "mon coloc va me tuer, j'ai mange son dernier yaourt"
        r"|,? ?(?:parce que |car )?j'ai (?:mange|bu|casse|perdu|oublie|raye|tache|emprunte|fini|pris|renverse)\b"
        # "ce prof va me tuer avec ses interros": a teacher's tests, not a threat
        r"|avec (?:ses|son|sa|tes|ton|ta|leurs|leur) (?:\w+ )?(?:interros?|devoirs|questions|blagues|exigences|reunions"
        r"|controles|exercices|histoires|examens|partiels))",
    ),
    _rule(
        "fr.to_others",
        TO_OTHERS,
        CRISIS,
        r"\bje (?:veux|vais) (?:le|la|les) (?:tuer|frapper|blesser)\b|\bje veux tuer (?:quelqu'un|mon \w+|ma \w+)\b",
        r"\s*(?:,? il a mange|,? elle a mange|mdr|haha)" + _LATE_AGAIN,
    ),
    _rule(
        "fr.concern",
        SUICIDE,
        CONCERN,
        r"\b(?:sans espoir|je n'en peux plus|je suis un fardeau|aucune raison de vivre)\b",
    ),
    _rule(
        "fr.disappear",
        SUICIDE,
        CRISIS,
        r"\b(?:je veux|envie de|j'aimerais) disparaitre\b",
        r"\s*(?:pour (?:le|un|une|quelques) (?:week-?ends?|jour|jours|temps|semaines?|mois)|en vacances|sous (?:la|ma)"
        r" couette|(?:une|un|quelques|qq) (?:semaines?|week-?ends?|jour|jours|mois)|dans un (?:chalet|camping|gite))",
    ),
)
