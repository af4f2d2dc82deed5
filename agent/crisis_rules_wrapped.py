"""Crisis-screen rules, twenty-sixth round (issue #6, session 18): crises wrapped in a joke or a game's words, plans
told in euphemism, and emergencies told by the one who is with the person in danger.

Three development files written for this round by helpers that read nothing of the project (heavy worries that are
not emergencies beside the crises they resemble; dark humour and crisis words used at a distance beside crises hidden
behind a joke; recovery and supporting someone else beside the emergencies) were scored once on the shipped screen,
then read. Most of what the screen got wrong there was false alarms, which the guards in agent.crisis and more
training data answer; the misses the rules could name are here: "gonna rage quit irl this weekend, already picked the
spot", "I've worked out how and when", "she took all her mood stabilisers an hour ago and keeps nodding off". Each
family names the phenomenon, not one writer's sentence, and was checked against every readable probe and training
line and the everyday messages before it was kept (docs/safety.md, twenty-sixth round). Written against
`agent.crisis.normalise` output: lower case, no diacritics, plain apostrophes.
"""

from __future__ import annotations

from agent.crisis_rules import CRISIS, MEDICAL, SELF_HARM, SUICIDE, Rule, _rule

# Pills of one's own or someone's, by the names people use for them
_PILLS = (
    r"(?:pills|tablets|meds|medication|stabili[sz]ers|antidepressants|sleeping pills|sleeping tablets|painkillers"
    r"|paracetamol|insulin|antipsychotics|lithium|benzos)"
)

RULES: tuple[Rule, ...] = (
    _rule(
        "en.quit_life_in_game_words",
        SUICIDE,
        CRISIS,
        # a game's or a computer's way out said of life itself
        # ("alt-f4" reaches here as "alt-fa": normalise reads digits inside words as letters)
        r"\b(?:rage ?quit(?:ting)?|alt[- ]?f[4a](?:ing)?|uninstall(?:ing)?|log(?:ging)? out of|delet(?:e|ing) myself"
        r" from) (?:irl|real life|life|my life)\b",
    ),
    _rule(
        "en.going_with_a_time_and_the_means",
        SUICIDE,
        CRISIS,
        # "if I'm going to go I want it to be before my birthday", "have the stuff, just working up to it", "I've
        # worked out how and when" (said as the end of a clause: not "how and when to tell my boss")
        r"\bif i'?m (?:going to|gonna) go,? i (?:want|need) (?:it )?to (?:be|happen) (?:before|after|on|by)\b"
        r"|\b(?:have|got|bought) (?:the|all the) (?:stuff|things)\b(?! for\b)[^\n]{0,40}\b(?:working|building|getting) up (?:the"
        r" (?:courage|nerve) )?to it\b"
        r"|\b(?:worked out|figured out|decided|planned|i know) (?:exactly )?how and when\s*(?:[.,!;]|$)",
    ),
    _rule(
        "en.means_and_do_not_stop_me",
        SUICIDE,
        CRISIS,
        # the means named, then the listener told not to interfere
        rf"\b(?:{_PILLS}|rope|bridge|finally stop|end it|goodbye)\b[^\n]{{0,80}}\b(?:don'?t|do not) (?:try to |bother"
        r" trying to )?(?:talk me out of it|stop me)\b",
        negatable=False,
    ),
    _rule(
        "multi.it_ends_on_a_day_in_secret",
        SUICIDE,
        CRISIS,
        # "ja comprei o que precisava, sabado acaba tudo. nao conta pra ninguem"
        r"\b(?:ja )?comprei o que (?:precisava|faltava)\b[^\n]{0,40}\bacaba tudo\b"
        r"|\bacaba tudo\b[^\n]{0,40}\bnao (?:conta|contem|fala|diga) (?:pra|para|a) ninguem\b"
        r"|\bse acaba todo\b[^\n]{0,40}\bno (?:se lo )?(?:digas|cuentes|digais) a nadie\b",
        negatable=False,
    ),
    _rule(
        "multi.note_written_and_the_day_set",
        SUICIDE,
        CRISIS,
        # a letter already written and a night set ("ik heb de brief al geschreven ... vanavond is het zover")
        r"\b(?:heb|habe|ho|he|j'ai|i'?ve) (?:de|den|la|le|a|the|my|mijn|meinen|mi|mia|ma) (?:afscheids|abschieds)?"
        r"(?:brief|letter|note|carta|lettre|lettera) (?:al |schon |ya |deja |gia |already )?(?:geschreven|geschrieben"
        r"|escrito|ecrit|scritto|written)\b[^\n]{0,80}\b(?:zover|so ?weit|tonight|vanavond|heute nacht|esta noche"
        r"|ce soir|stasera)\b",
        negatable=False,
    ),
    _rule(
        "en.better_the_day_im_gone",
        SUICIDE,
        CRISIS,
        # the world or the family better off once the writer is gone ("the world gets a small upgrade the day I'm
        # gone"); not gone on a trip
        r"\b(?:upgrade|better off|better place|improvement|relief|favou?r)\b[^\n.]{0,30}\b(?:the day|when|once|after)"
        r" i'?m (?:gone|dead|not around|not here)\b(?!\s*(?:on|for|to|from|away|abroad|at|in)\b)",
        jokeable=False,
    ),
    _rule(
        "en.joining_the_dead_tonight",
        SUICIDE,
        CRISIS,
        # going to see someone who died, tonight or soon: "gonna go see my grandma tonight. she passed in 2019"
        r"\b(?:go|going|gonna) (?:to )?(?:see|be with|join) (?:my )?(?:\w+ )?(?:grandma|grandpa|gran|nan|nana|granny"
        r"|mum|mom|dad|brother|sister|wife|husband|son|daughter|friend|baby)\b(?!'s)(?![^\n.]{0,30}\b(?:cemetery|grave"
        r"|graveyard|churchyard|memorial|crematorium)\b)[^\n.]{0,20}\b(?:tonight|soon|this weekend|tomorrow)\b[^\n]{0,40}\b(?:she|he|they) (?:passed"
        r"|died)\b",
        negatable=False,
    ),
    _rule(
        "en.crisis_era_begins",
        SUICIDE,
        CRISIS,
        # a slang word for suicide as a season of life that starts now ("sewerslide arc begins tonight")
        r"\b(?:sewer ?slide|unalive|ctb|kms|self[- ]?delete) (?:arc|era|szn|season) (?:begins|starts|starting|has"
        r" begun|loading|unlocked)\b",
        negatable=False,
    ),
    _rule(
        "en.someone_on_a_height_on_the_phone",
        SUICIDE,
        CRISIS,
        # the writer on the phone or texting with someone standing on a bridge or a roof now
        r"\b(?:(?:he|she|they)(?:'s| is|'re| are) )?(?:on the phone with me|texting me|messaging me|on a call with me)\b[^\n]{0,60}\b(?:he|she|they)(?:'s| is"
        r"|'re| are) (?:standing|sitting|sat|stood) on (?:the|a) (?:\w+ )?(?:bridge|roof|rooftop|ledge|edge|railing"
        r"|parapet|balcony)\b",
        negatable=False,
    ),
    _rule(
        "en.signing_off_and_giving_away",
        SUICIDE,
        CRISIS,
        # a goodbye "for good" beside logins, passwords or belongings handed out
        r"\b(?:logging|signing|log|sign) off (?:for good|forever|permanently)\b[^\n]{0,80}\b(?:sent|gave|giving|handed)"
        r" (?:\w+ ){0,4}(?:logins?|passwords?|accounts?|account logins?)\b",
        negatable=False,
    ),
    _rule(
        "en.self_harm_now_after_denying_it",
        SELF_HARM,
        CRISIS,
        # a stop claimed to others, then the act now: "told her I'd stopped hurting myself but I'm doing it right now"
        r"\b(?:hurting myself|cutting(?! board)|self[- ]?harm\w*|burning myself|sh)\b[^\n]{0,80}\b(?:doing it|at it) (?:again )?"
        r"(?:right )?now\b",
        negatable=False,
    ),
    _rule(
        "en.cuts_as_a_pattern_on_my_skin",
        SELF_HARM,
        CRISIS,
        # cuts named by the shape they make: "my arm is a tic-tac-toe board now"
        r"\bmy (?:arms?|wrists?|thighs?|legs?|skin) (?:is|are|looks?(?: like)?) (?:a |an )?(?:tic[- ]tac[- ]toe(?: board)?"
        r"|barcode|zebra|ladder|scratch ?card|pin ?cushion)\b",
    ),
    _rule(
        "en.withdrawal_fits_and_visions",
        MEDICAL,
        CRISIS,
        # stopping drink or benzodiazepines alone, then a seizure or hallucinations
        r"\b(?:stop(?:ped|ping)?|quit(?:ting)?|coming off|came off|detox\w*(?: from)?) (?:drinking|the drink|alcohol|booze"
        r"|benzos|xanax|valium)\b[^\n]{0,80}\b(?:had a (?:fit|seizure)|seizures?|seeing (?:things|bugs|spiders|insects)"
        r"|hallucinat\w*)\b",
    ),
    _rule(
        "en.all_of_their_pills_taken",
        MEDICAL,
        CRISIS,
        # someone beside the writer took all of a medicine, or took the pills and went silent
        rf"\b(?:took|swallowed|has taken|'s taken) (?:all|every one) (?:of )?(?:her|his|their) (?:\w+ )?{_PILLS}\b"
        rf"|\b(?:taken|took|swallowed) (?:the|all the|her|his|their) {_PILLS}\b[^\n]{{0,30}}\b(?:went|gone) (?:silent"
        r"|quiet)\b",
        # taking every dose as prescribed is good news: "mum took all her meds today"
        r"\s*(?:today|this morning|tonight|on time|as prescribed|like (?:she|he|they) should|without (?:a )?fuss"
        r"|for (?:the|once))",
        negatable=False,
    ),
)
