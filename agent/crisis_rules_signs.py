"""Crisis-screen rules, fourteenth and fifteenth rounds (issue #6): decisions told by their arrangements, emergencies
by their signs.

Two English development files written for this round by helpers that read nothing of the project
(agent/resources/crisis/written/en_*_sideways.jsonl, since trained into the semantic layer) showed what the screen still missed at crisis level: a
death told as absence from a future event ("I won't be around for his birthday"), a letter "for them to read
after", a last meal, a therapist lied to about a plan, the sea walked into, relief that a scan was not cancer,
envy of someone who died in their sleep, a wound deeper than usual; a child not fed for days, an arm twisted until
the person screams, being dragged into a van, a car left running in a shut garage, a snake bite, a throat that
closed up, someone not breathing or puking in their sleep said in slang, a face numb on one side, eyes rolled back.
The fifteenth round's families (blind15's misses after its one run, then the same families in the other six
languages) follow at the end. Every family was checked against every readable probe and training line and 4,771
everyday messages before it was kept (docs/safety.md, fourteenth and fifteenth rounds). Written against `agent.crisis.normalise` output: lower case, no
diacritics, plain apostrophes.
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

# A reason for being away anywhere in the message: travel, work, a move, a stay in hospital, a dead phone.
_AWAY_FOR_A_REASON = (
    r"^(?!.*\b(?:vacation|holidays?|trip|travel\w*|flights?|flying|abroad|away|conference|business|out of town"
    r"|visiting|moving|move|leave|hospital|surgery|operation|offline|camp|festival|wedding|shift|working|work|busy"
    r"|signal|wifi|internet|deployed|deployment|exchange|semester|retreat|cruise|rehab)\b)"
)
# What someone waits with, in the seven languages (multi.waiting_with_a_weapon); bats and hammers included, which
# crisis_rules_plans' gun and blade lists leave out.
_WEAPON_IN_HAND = (
    r"(?:baseballschlager|messer|hammer|bat|baseball bat|knife|cuchillo|bate|coltello|mazza|couteau|batte|mes|knuppel"
    r"|faca|taco|machete|crowbar|pistol|gun|pistola|pistole|revolver|arma|waffe|wapen)"
)
_NOT_MEDICINE = (
    r"(?! of (?:water|wine|beer|vodka|rum|gin|whisk(?:e)?y|juice|soda|coke|milk|sauce|ketchup|shampoo))"
)

RULES: tuple[Rule, ...] = (
    # --- suicide told by its arrangements ---------------------------------------------------------------------
    _rule(
        "en.not_around_for",
        SUICIDE,
        CRISIS,
        # absence from a future event with no reason given ("im not going to be around for it"); the match runs
        # from the start of the message so that a reason given before it counts too
        _AWAY_FOR_A_REASON
        + r".*?\b(?:i'?m not|i am not|i won'?t|i will not|i'?m not gonna|i'?m not going to|not gonna"
        r"|not going to) be (?:around|here|alive) (?:for (?:it|his|her|their|my|the)|to see|much longer|by (?:then|the)"
        r"|when (?:it|they|he|she)|at (?:his|her|their|my|the) \w+)\b",
        negatable=False,
    ),
    _rule(
        "en.read_after",
        SUICIDE,
        CRISIS,
        # a letter or a note for someone "to read after", with nothing after "after"
        r"\b(?:write|writing|wrote|written|leave|leaving|left) (?:something|a letter|a note|letters|notes)\b[^.!?]{0,40}"
        r"\b(?:to read|to find|can read|will read|reads|finds) (?:it |them )?after(?:wards)?\b(?! \w)",
    ),
    _rule(
        "en.last_meal",
        SUICIDE,
        CRISIS,
        r"\b(?:had|eaten|ate|eating|having|ordered|picked) my (?:very )?last meal\b(?! (?:before|of|for|until|till|at"
        r"|in|on|as|with))",
        r"\s*(?:before|of the|for the|until|at \w+)",
    ),
    _rule(
        "en.plan_denied",
        SUICIDE,
        CRISIS,
        # "my therapist asked if I had a plan. I said no. I lied."
        r"\b(?:asked|asks|ask) (?:me )?(?:if|whether) i (?:had|have|was|am) (?:a plan|suicidal|safe|thinking about it)"
        r"\b.{0,40}\bi (?:lied|was lying)\b",
        negatable=False,
    ),
    _rule(
        "en.into_the_sea",
        SUICIDE,
        CRISIS,
        r"\b(?:walk|walking|wade|wading|swim|swimming) (?:out )?into the (?:sea|ocean|lake|river|waves)\b.{0,80}"
        r"\b(?:quick|painless|numb|(?:not|never|don'?t) come back|keep (?:walking|going|swimming)|not stop|drown\w*)\b",
    ),
    _rule(
        "en.tried_and_failed_before",
        SUICIDE,
        CRISIS,
        # an attempt that "went wrong" told as one, to be done right ("tried once in 2019 and got it wrong. I won't
        # get it wrong this time"); the object-less "tried" of agent.crisis_rules_acts `en.tried_before_this_time`
        r"(?:^|[.!?,;] *|\bi'?ve |\bi have |\bi )(?:tried|attempted)(?: it)? (?:once|twice|before|in \d{4}|last \w+)"
        r"\b[^.!?]{0,30}\b(?:got it wrong|failed|messed (?:it )?up|didn'?t work|woke up)\b.{0,60}"
        r"\b(?:won'?t (?:get it wrong|fail|mess (?:it )?up)|this time|next time (?:i'?ll|it will))\b",
        negatable=False,
    ),
    # --- passive wishes told as relief or envy ----------------------------------------------------------------
    _rule(
        "en.relief_not_dying",
        SUICIDE,
        CRISIS,
        r"\b(?:disappointed|gutted|bummed|upset|sad) (?:that )?(?:it|the (?!pregnancy)\w+(?: results?)?) (?:wasn'?t|isn'?t"
        r"|was not|is not) (?:cancer|terminal|fatal|malignant|serious)\b"
        r"|\b(?:disappointed|gutted|bummed) (?:that )?(?:it|the (?!pregnancy)\w+(?: results?)?) came back (?:clear"
        r"|negative|benign)\b",
    ),
    _rule(
        "en.envy_of_the_dead",
        SUICIDE,
        CRISIS,
        r"\b(?:jealous|envious) of (?:people|those|anyone|him|her|them|the \w+) who (?:die|died|get to die|passed"
        r"|pass away|passed away|don'?t wake up)\b|\b(?:died|passed away|dies|passed) in (?:his|her|their) sleep\b"
        r"[^!?]{0,40}\bi (?:felt|feel|was|am|got) (?:so |a bit |kind of |kinda )?(?:jealous|envious)\b",
    ),
    # --- self-harm: a wound told by its depth or its blood -----------------------------------------------------
    _rule(
        "en.wound_deeper",
        SELF_HARM,
        CRISIS,
        r"\b(?:it'?s|it is|this one'?s|this one is|went|cut|this time it'?s|they'?re|cuts are) deeper than (?:usual"
        r"|normal|before|last time|i meant|i wanted|ever)\b|\b(?:a lot |way |much )?more (?:blood|red) than i (?:meant"
        r"|expected|wanted|planned|thought)\b|\bdid it again\b.{0,60}\b(?:stitches|plaster|bandage|won'?t stop"
        r" bleeding|keeps bleeding)\b",
        r"\s*(?:in (?:the|a) (?:game|film|movie|book)|lol|haha)",
    ),
    _rule(
        "en.urge_given_in_to",
        SELF_HARM,
        CRISIS,
        # the urge named, then acted on: the other side of agent.crisis `_held_off`
        r"\b(?:urges?|the urge) to (?:cut|burn|hurt (?:my ?self)|self[- ]?harm|scratch|hit (?:my ?self))\w*\b.{0,40}"
        r"\b(?:did it anyway|gave in|and i did|i did it|couldn'?t stop(?: myself)?|relapsed|cut anyway)\b"
        r"|\bgave in to the urges? (?:to (?:cut|burn|hurt|self[- ]?harm)|again|tonight|last night)\b",
    ),
    # --- danger to a child or from another person --------------------------------------------------------------
    _rule(
        "en.child_not_fed",
        TO_OTHERS,
        CRISIS,
        r"\bhaven'?t fed (?:him|her|them|my \w+|the (?:baby|kids?)) (?:in|for) (?:two|three|four|five|\d+|a few"
        r"|several) days\b",
    ),
    _rule(
        "en.snap_and_hurt",
        TO_OTHERS,
        CRISIS,
        # losing control told as what is about to happen to someone in the person's care or reach
        r"\b(?:going to|gonna|about to|afraid i'?ll|scared i'?ll|i'?ll|i might|i could) (?:\w+ )?snap and (?:hurt|hit|harm"
        r"|kill|shake|strangle|smother|attack) (?:someone|somebody|one of (?:the|my) \w+|an? \w+|him|her|them|the (?:baby"
        r"|kids?|child|children|residents?|patients?|dog|cat)|my \w+)\b",
        r"\s*(?:in (?:the|a) (?:game|match)|lol|haha|'s feelings|feelings)",
    ),
    _rule(
        "en.arm_twisted",
        FROM_OTHERS,
        CRISIS,
        r"\b(?:twist|twists|twisted|twisting|bends|bent|bending) my (?:arm|wrist|fingers?)\b(?: \w+){0,3}"
        r" (?:until|till|behind|so hard)\b",
    ),
    _rule(
        "en.dragged_into_a_van",
        FROM_OTHERS,
        CRISIS,
        r"\b(?:dragged|pulled|forced|pushed|threw|bundled) me (?:\w+ ){0,5}into (?:a|the|their|his|her) (?:van|car"
        r"|truck|boot|trunk)\b",
    ),
    # --- medical emergencies told by their signs ---------------------------------------------------------------
    _rule(
        "en.car_running_shut_in",
        MEDICAL,
        CRISIS,
        r"\bcar (?:was |is |still |left )?running\b.{0,40}\b(?:door|garage(?: door)?)s? (?:was |were |is |are )?(?:shut"
        r"|closed)\b|\bgarage\b.{0,40}\bcar (?:was |is |still |left )?running\b",
    ),
    _rule(
        "en.snake_bite",
        MEDICAL,
        CRISIS,
        r"\b(?:bitten|bit) by an? (?:snake|adder|rattlesnake|viper|copperhead|cottonmouth)\b",
        r"\s*(?:in (?:the|a|my) (?:game|film|movie|book|dream)|once|as a kid|when i was)",
    ),
    _rule(
        "en.throat_closed",
        MEDICAL,
        CRISIS,
        r"\bthroat (?:has |had )?(?:closed|swelled|swollen|closing) up\b",
        r"\s*(?:when i (?:sing|speak)|from (?:crying|singing|shouting))",
        negatable=False,
    ),
    _rule(
        "en.not_breathing_slang",
        MEDICAL,
        CRISIS,
        r"\b(?:he|she|they|bro|sis|my \w+) (?:ain'?t|aint|not|isn'?t|is not) breath(?:in|ing)\b"
        r"|\b(?:puking|vomiting|throwing up|choking) in (?:his|her|their|my) sleep\b"
        # eyes rolled back only beside a fit: "my eyes rolled back so hard at his joke" is a figure
        r"|\b(?:twitch\w*|shaking|jerking|seiz\w*|collapsed|convuls\w*|fell out|passed out)\b.{0,60}\beyes (?:rolled"
        r"|rolling) back\b|\beyes (?:rolled|rolling) back\b.{0,60}\b(?:twitch\w*|shaking|jerking|seiz\w*|collapsed"
        r"|convuls\w*|unresponsive)\b",
        r"\s*(?:in (?:the|a) (?:game|film|movie|book|dream)|lol(?! not)|haha)",
        negatable=False,
    ),
    _rule(
        "en.one_side_numb",
        MEDICAL,
        CRISIS,
        # a stroke's sign, which a laugh does not make harmless; the dentist's numbing does
        r"^(?!.*\b(?:dentist|anaesthetic|anesthetic|numbing|injection|filling|root canal|novocaine)\b).*?"
        r"\b(?:can'?t|cannot|cant) feel (?:my|his|her) (?:face|arm|leg) on one side\b",
        negatable=False,
        jokeable=False,
    ),
    _rule(
        "en.whole_bottle_taken",
        MEDICAL,
        CRISIS,
        r"\b(?:took|swallowed|downed|necked) (?:the|a) (?:whole|entire) (?:bottle|box|pack|packet|strip|blister)\b"
        + _NOT_MEDICINE,
        r"\s*(?:to|with|home|back|on|for|out)\b",
    ),
    # --- fifteenth round: blind15's misses, each written as a family ------------------------------------------
    _rule(
        "en.plan_and_date",
        SUICIDE,
        CRISIS,
        r"\b(?:a|the|my) plan and (?:a|the) (?:date|time|day|method)\b|\b(?:a|the|my) (?:date|time) and (?:a|the) plan\b",
        r"\s*(?:for (?:the|our|my) (?:wedding|party|trip|move|launch|project|holiday)|to (?:move|travel|launch|meet))",
    ),
    _rule(
        "en.decided_dont_stop_me",
        SUICIDE,
        CRISIS,
        # a decision told with calm and a refusal to be talked out of it
        r"\b(?:made (?:my|the|a) decision|my mind is made up|i'?ve decided|decision(?:'s| is) made|i feel (?:weirdly |strangely"
        r" |oddly |so )?calm)\b.{0,80}\b(?:(?:don'?t|do not) (?:even )?try to talk me out of (?:it|this)|no one can stop me"
        r"|nobody can stop me|you can'?t stop me)\b",
    ),
    _rule(
        "en.end_it_after",
        SUICIDE,
        CRISIS,
        # "end it" with a time and nothing ended named: no partner, job, lease or call anywhere in the message
        r"^(?!.*\b(?:boyfriend|girlfriend|partner|husband|wife|relationship|marriage|engagement|contract|lease|job|"
        r"subscription|call|meeting|project|friendship|affair|him|her|them|streak|season|series|game|membership)\b)"
        r".*?\b(?:chosen|decided|planning|going|gonna|ready) to end it(?: all)? (?:after|before|on|this|next|when|tonight"
        r"|tomorrow|soon)\b",
        negatable=False,
    ),
    _rule(
        "en.scald_self",
        SELF_HARM,
        CRISIS,
        r"\b(?:pour|pouring|poured|tip|tipping|tipped) (?:\w+ ){0,2}(?:boiling|hot) water (?:on|over) (?:my ?self|my (?:hand"
        r"|hands|arm|arms|leg|legs|skin|feet|foot|wrist))\b",
        r"\s*(?:by accident|accidentally|while|when i|cooking|making)",
    ),
    _rule(
        "en.could_kill_and_will",
        TO_OTHERS,
        CRISIS,
        # the figure of speech turned into intent in the same breath
        r"\b(?:could|might) (?:\w+ ){0,2}(?:kill|hurt|stab|strangle|murder|hit) (?:\w+ ){0,3}[^.!?]{0,30}\b(?:i (?:actually"
        r"|really) (?:think i )?will|i'?m (?:actually |really )?going to do it|i actually might|this time i mean it)\b",
    ),
    _rule(
        "en.someone_picked",
        TO_OTHERS,
        CRISIS,
        r"\b(?:hurt\w*|kill\w*|harm\w*|attack\w*)\b.{0,80}\bi'?ve (?:picked|chosen) (?:someone|somebody|a target"
        r"|my target|who)\b(?! (?:to|for|as|up)\b)",
    ),
    _rule(
        "en.armed_visit",
        TO_OTHERS,
        CRISIS,
        r"\b(?:going|heading|coming|walking|driving) (?:over )?(?:there|round|over|to (?:his|her|their) (?:house|place"
        r"|flat|door))\b[^.!?]{0,20}\bwith (?:a|my|the|his|her) (?:bat|knife|gun|crowbar|hammer|machete|axe|golf club)\b",
        r"\s*(?:to (?:play|practi[cs]e|fix|return|give)|for (?:practice|the game|cricket|baseball|softball|repairs)"
        r"|lol|haha)",
    ),
    _rule(
        "en.make_sure_never_again",
        TO_OTHERS,
        CONCERN,
        # revenge told as a guarantee; a crisis beside a second sign (a target waited for, a weapon)
        r"\bmake sure (?:he|she|they) (?:never|won'?t ever|can'?t ever|doesn'?t ever) (?:\w+ ){0,3}(?:again|anyone"
        r"|anybody)\b",
    ),
    _rule(
        "en.wait_outside",
        TO_OTHERS,
        CONCERN,
        r"\b(?:wait|waiting|waited) for (?:him|her|them) outside (?:the|his|her|their) \w+",
    ),
    _rule(
        "en.fitting_now",
        MEDICAL,
        CRISIS,
        r"\b(?:fitting|seizing|convulsing|having a (?:fit|seizure)) (?:on the (?:ground|floor)|and (?:won'?t|can'?t|not)"
        r" stop|for (?:\w+ )?minutes|right now)\b",
        r"\s*(?:in (?:the|a) (?:game|film|movie|book|dream)|lol|haha)",
        negatable=False,
    ),
    _rule(
        "en.half_bottle_child",
        MEDICAL,
        CRISIS,
        r"\b(?:drank|swallowed|took|had|got into|has drunk|has taken) (?:half|most) (?:a|of (?:a|the|my|her|his)|the)"
        r" (?:bottle|box|pack|packet|tub) of (?:cough syrup|medicine|pills|tablets|paracetamol|calpol|tylenol"
        r"|ibuprofen|sleeping pills|vitamins|iron tablets|antidepressants)\b",
    ),
    _rule(
        "es.child_overdose",
        MEDICAL,
        CRISIS,
        r"\bse (?:ha tomado|tomo|bebio|ha bebido|ha comido|comio) (?:medio|media|un|una|todo el|toda la|el|la) (?:bote"
        r"|frasco|caja|botella|blister|tableta) de (?:jarabe|pastillas|pildoras|medicamentos?|medicinas?|paracetamol"
        r"|ibuprofeno|somniferos|vitaminas)\b",
    ),
    _rule(
        "fr.self_harm_stopped",
        SELF_HARM,
        CRISIS,
        # "ça fait un an que je ne me fais plus de mal": a sign named so that its negation is seen and hedges the
        # semantic layer too (a concern-level rule that is negated leaves no sign at all)
        r"(?<=ne )me fais plus (?:de|du) mal\b",
    ),
    _rule(
        "en.thinking_about_dying",
        SUICIDE,
        CRISIS,
        # thoughts of dying named, which a crisis-line worker asks about; named as a sign so that "years ago" and "not
        # now" are seen and hedge the semantic layer too
        r"\b(?:thought|thinking|think|thoughts) (?:a lot |so much |constantly |all the time )?(?:about|of) (?:dying"
        r"|killing myself|ending (?:it|my life)|not (?:being here|waking up))\b",
    ),
    # --- the same families in the other six languages, from hand-written checks -----------------------------
    _rule(
        "multi.decided_dont_stop_me",
        SUICIDE,
        CRISIS,
        r"\b(?:todo (?:preparado|listo|organizado)|lo tengo decidido|ya lo decidi|tout (?:organise|prevu|prepare)"
        r"|j'ai (?:pris ma )?decid\w*|alles (?:vorbereitet|geplant)|ich habe (?:mich )?entschieden|ho (?:gia )?deciso"
        r"|tutto (?:pronto|organizzato)|tudo (?:pronto|preparado|organizado)|ja decidi|ik heb (?:het )?besloten"
        r"|alles (?:geregeld|voorbereid))\b.{0,80}\b(?:no quiero que nadie me (?:detenga|pare|convenza)|no intentes"
        r" (?:detenerme|convencerme)|ne (?:cherchez|cherche|essayez|essaie) pas a me (?:faire changer d'avis|retenir"
        r"|convaincre)|versucht? nicht,? mich (?:umzustimmen|aufzuhalten)|non (?:provate|provare|cercate) a (?:farmi"
        r" cambiare idea|fermarmi)|nao (?:tentem|tente|venham) (?:me )?(?:fazer mudar de ideia|impedir|convencer)"
        r"|probeer (?:me )?niet (?:me )?(?:om te praten|tegen te houden))",
    ),
    _rule(
        "multi.bridge_chosen",
        SUICIDE,
        CRISIS,
        # the place chosen: "já escolhi a ponte", "I've picked the bridge"
        r"\b(?:ya elegi|ja escolhi|escolhi|j'ai choisi|ho scelto|ik heb (?:\w+ )?uitgekozen|ich habe mir (?:\w+ )?"
        r"ausgesucht|(?:i'?ve |i )?(?:already )?(?:picked|chosen|chose|found)) (?:el|la|a|o|le|il|de|die|the|a|my)"
        r" (?:puente|ponte|pont|brucke|brug|edificio|predio|immeuble|palazzo|gebaude|gebouw|bridge|building|cliff"
        r"|acantilado|falesia|klippe)\b|\bik heb (?:de|een) (?:brug|flat|gebouw) (?:al )?uitgekozen\b",
        r"\s*(?:for (?:the|our|a|an|my) (?:\w+ )?(?:photos?|pictures?|shoot|wedding|picnic|walk|run|race|painting|drawing"
        r"|project|essay|model|trip|tour)|to (?:photograph|paint"
        r"|visit|cross|walk)|para (?:la|el|a|o) (?:foto|boda|casamento|paseo|passeio)|pour (?:la|le) (?:photo|mariage)"
        r"|per (?:la|il) (?:foto|matrimonio)|voor de foto|fur das foto|lol|haha)",
    ),
    _rule(
        "multi.night_visits",
        FROM_OTHERS,
        CRISIS,
        # an adult of the family or in charge who comes into the child's room at night
        r"\b(?:stepdad|stepfather|uncle|step-?brother|mum'?s boyfriend|mom'?s boyfriend|grandad|grandpa|coach|padrasto"
        r"|padrastro|tio|beau-pere|oncle|stiefvater|onkel|patrigno|zio|stiefvader|oom) (?:\w+ ){0,2}(?:comes|came"
        r"|keeps coming|sneaks|entra|entrou|vient|entre|kommt|viene|komt) (?:\w+ ){0,2}(?:into my (?:room|bed|bedroom)"
        r"|no meu quarto|en mi (?:cuarto|habitacion|cama)|dans ma chambre|dans mon lit|in mein zimmer|in mein bett"
        r"|nella mia (?:stanza|camera)|nel mio letto|in mijn kamer|in mijn bed)\b[^.!?]{0,20}\b(?:at night|a noite|de noite"
        r"|de noche|por la noche|la nuit|la nuit|nachts|di notte|la notte|'s nachts|when (?:everyone|mum|mom|i)(?:'s| is)"
        r" asleep|and touches)",
    ),
    _rule(
        "de.armed_wait",
        TO_OTHERS,
        CRISIS,
        r"\b(?:werde|will|gehe|warte) (?:ihn|sie|auf ihn|auf sie) (?:\w+ ){0,3}mit (?:dem|einem|meinem) (?:messer"
        r"|baseballschlager|hammer|pistole|waffe|gewehr)\b",
        r"\s*(?:im (?:spiel|film)|lol|haha)",
    ),
    _rule(
        "en.overdosing_now",
        MEDICAL,
        CRISIS,
        r"\b(?:is|he'?s|she'?s|they'?re|are|i'?m|im|am) (?:\w+ )?(?:od'?ing|oding|od-ing|overdosing)\b",
        r"\s*(?:in (?:the|a) (?:game|film|movie|book)|on (?:coffee|caffeine|sugar|chocolate|tea|memes|content)|lol|haha)",
        negatable=False,
    ),
    # --- sixteenth round: two development files written for it (session 12), each miss written as a family -------
    _rule(
        "en.found_when_they_find_me",
        SUICIDE,
        CRISIS,
        # the body found, told as a chore spared: "cleaned the flat so nobody has to deal with a mess when they find me"
        r"\b(?:mess|clean\w*|tid(?:y|ied|ying)|deal with|sort out)\b[^.!?]{0,60}\bwhen (?:they|he|she|you|someone|somebody"
        r"|my \w+) finds? me\b",
        r"\s*(?:asleep|sleeping|hiding|hidden|lost|drunk|here|there|in the (?:wardrobe|closet|cupboard|attic|game))",
        negatable=False,
    ),
    _rule(
        "en.last_day_of_anything",
        SUICIDE,
        CRISIS,
        r"\bmy last day (?:of (?:anything|everything|being alive|existing|living)|alive|on (?:earth|this planet))\b",
        r"\s*(?:as a (?:single|free|teenager|student)|before (?:the|my) (?:wedding|baby|holiday|move))",
    ),
    _rule(
        "en.note_to_be_found",
        SUICIDE,
        CRISIS,
        # a note addressed to whoever will find it, absolving them
        r"^(?=.*\b(?:(?:will|'ll|is going to|gonna|going to) find this|whoever finds this|if you'?re reading this)\b)"
        r".*\b(?:it was|it'?s|it is|this is|this was)"
        r" (?:never|not) (?:your|anyone'?s|their|his|her) fault\b",
        negatable=False,
    ),
    _rule(
        "en.the_note_and_funeral",
        SUICIDE,
        CRISIS,
        # "the note" as something already written, beside one's own funeral or a goodbye
        r"^(?=.*\b(?:my funeral|goodbye|after i'?m gone|when i'?m gone)\b).*\b(?:in|on|with|under|next to) the note\b",
        r"\s*(?:app|book|section|field)",
    ),
    _rule(
        "en.scouted_the_spot",
        SUICIDE,
        CRISIS,
        # the match is the scouting only: "go back when it's dark" would read as "back when", the past
        r"\b(?:found|picked|chose|scouted|checked out) (?:the|a|my) (?:tree|branch|spot|bridge|ledge|cliff)\b(?=[^\n]{0,80}"
        r"\b(?:strong (?:branch|enough)|(?:go|going|come|coming) back (?:when|tonight|later|tomorrow|alone)|when it'?s dark"
        r"|high enough|nobody (?:goes|will see|comes))\b)",
        r"\s*(?:for (?:the|a|our) (?:picnic|photo|swing|hammock|treehouse|camp|tent|wedding)|to (?:photograph|climb|paint))",
    ),
    _rule(
        "en.loaded_for_them",
        TO_OTHERS,
        CRISIS,
        # a loaded weapon beside someone who will "get what's coming"
        r"^(?!.*\b(?:airsoft|paintball|nerf|game|gaming|fortnite|range|hunting|film|movie|novel|story|character)\b)"
        r"(?=.*\b(?:getting what'?s coming|get what'?s coming|gonna pay|will pay|every one of them|all of them|they'?ll"
        r" all)\b).*\b(?:magazines?|mags|clips?|guns?|rifle|shotgun|pistol|glock) (?:is|are|'s|'re) (?:both |all )?loaded\b",
        negatable=False,
    ),
    _rule(
        "en.child_hurt_by_carer_now",
        FROM_OTHERS,
        CRISIS,
        r"\b(?:babysitter|baby-sitter|nanny|sitter|childminder|au pair|carer|caregiver|daycare worker|nursery worker)"
        r" (?:has been|is|keeps|was|just) (?:hitting|hurting|beating|slapping|shaking|smacking|choking|kicking) my"
        r" (?:little )?(?:son|daughter|sister|brother|baby|kid|child|toddler|boy|girl)\b",
        r"\s*(?:in (?:the|a) (?:game|film|movie|book|dream)|lol)",
    ),
    _rule(
        "en.head_injury_signs",
        MEDICAL,
        CRISIS,
        # a blow to the head, then vomiting, drowsiness or confusion
        r"\b(?:hit|banged|smacked|cracked|bashed) (?:my|his|her|their|the baby'?s) head\b[^\n]{0,120}\b(?:thrown up"
        r"|throwing up|threw up|vomit\w*|puk\w*|sleepy|drowsy|can'?t stay awake|confused|not making sense|passed out"
        r"|blacked out|one pupil|pupils)\b",
        r"\s*(?:yesterday|last (?:week|month|year)|years ago)",
    ),
    _rule(
        "multi.hiding_from_him_now",
        FROM_OTHERS,
        CRISIS,
        # hiding now from someone who is looking for the writer
        r"^(?!.*\b(?:hide and seek|hide-and-seek|escondite|nascondino|cache-cache|esconde-esconde|verstoppertje"
        r"|verstecken spielen|game|juego|gioco|jeu|jogo|spiel|spel)\b)"
        r"(?=.*\b(?:cerca me|mi cerca|mi sta cercando|me busca|me esta buscando|sucht mich|me cherche|me procura"
        r"|(?:esta|ta) me procurando|zoekt me|zoekt mij|looking for me|coming for me|trying to find me|banging on the"
        r" door|bonkt op de deur|hammert an die tur)\b)"
        r".*\b(?:i'?m hiding|hiding (?:in|under|behind)|hid (?:in|under|behind)|sono nascost[oa]|mi sono nascost[oa]"
        r"|me escondi|estoy escondid[oa]|me escondo|ich verstecke mich|hab(?:e)? mich (?:\w+ ){0,3}versteckt|je me cache"
        r"|je suis cache(?:e)?|estou escondid[oa]|ik verstop me|ik heb me verstopt|ik zit verstopt)\b",
        negatable=False,
    ),
    _rule(
        "multi.ends_badly_for_him",
        TO_OTHERS,
        CONCERN,
        # a threat of one's own, told as an outcome: beside a weapon taken (another sign) it is a crisis
        r"\b(?:finisce male per (?:lui|lei|loro)|acaba mal para (?:el|ella|ellos)|endet (?:das )?(?:bose|schlimm) fur"
        r" (?:ihn|sie)|(?:ca|ça) va mal finir pour (?:lui|elle|eux)|vai acabar mal (?:pra|para) (?:ele|ela)|loopt (?:het )?"
        r"slecht af voor (?:hem|haar)|(?:it )?(?:ends|won'?t end) (?:badly|well) for (?:him|her|them))\b",
        r"\s*(?:in (?:the|a) (?:game|film|movie|book|story)|lol|haha)",
    ),
    _rule(
        "multi.know_where_he_lives",
        TO_OTHERS,
        CONCERN,
        r"\b(?:i know where (?:he|she|they|that \w+|the \w+) lives?|ik weet waar (?:hij|ze|zij|die \w+) woont"
        r"|se donde vive|so dove abita|weiss,? wo (?:er|sie|der \w+|die \w+) wohnt|je sais ou (?:il|elle) habite"
        r"|sei onde (?:ele|ela) mora)\b",
        r"\s*(?:because|porque|perche|weil|parce|omdat|so i can (?:send|drop|bring|visit)|lol|haha)",
    ),
    _rule(
        "multi.not_exist_anymore",
        SUICIDE,
        CRISIS,
        # a wish not to exist any more, in the six other languages
        r"\b(?:(?:quiero|quisiera|me gustaria|ojala pudiera|will|mochte|wurde gern|wil|zou willen|veux|voudrais|voglio"
        r"|vorrei|quero|queria|gostaria de|einfach|gewoon|juste|solo|so|just) (?:\w+ ){0,2}(?:dejar de existir|no existir"
        r"(?: mas)?|ne plus exister|cesser d'exister|non esistere piu|smettere di esistere|nao existir mais|deixar de existir"
        r"|nicht mehr existieren|niet meer bestaan|ophouden te bestaan|voorgoed weg zijn|fur immer weg sein)"
        r"|niet meer bestaan\. |ich will nicht mehr existieren)",
        r"\s*(?:en (?:el|la) (?:juego|pelicula)|lol|haha)",
    ),
    _rule(
        "multi.relief_if_i_died",
        SUICIDE,
        CRISIS,
        # relief or indifference at being killed by a vehicle, a crash or an illness: a passive wish
        r"\b(?:si|als|wenn|se|if|quand)\b[^.!?]{0,50}\b(?:vrachtwagen|laster|lkw|camion|avion|flugzeug|vliegtuig|aereo"
        r"|aviao|bus|tren|zug|trein|treno|trem|truck|lorry|plane)\b[^.!?]{0,40}\b(?:crash\w*|hits? me|hit me|runs? me over"
        r"|ran me over|runs? over me|goes down|went down|falls?|se cae|se cayera|me atropell\w*|me pilla|over me heen"
        r"|erwischt|uberfahrt|uberrollt|s'ecrase|tombe|me renverse|precipita|cade|mi investe|cai|me atropela|neerstort"
        r"|stort neer|abstu\w*)\b[^.!?]{0,60}\b(?:opgelucht|erleichtert|aliviad[oa]"
        r"|soulage(?:e)?|sollevat[oa]|no me importaria|me daria igual|lo prefiero|m'en ficherais|ca m'irait"
        r"|non mi dispiacerebbe|nao me importaria|wouldn'?t care|i'?d be relieved|be a relief)\b"
        r"|\b(?:war|ware|wars) (?:echt |ehrlich |mir )?(?:okay|ok|recht|egal),? wenn mich (?:\w+ ){0,2}(?:ein|der|ein"
        r" \w+) (?:laster|lkw|zug|bus|auto) (?:erwischt|uberfahrt|uberrollt)\b"
        # eighteenth round: relief or gladness at dying in an accident or an illness, a plane crashing with me in it
        r"|\b(?:si|se|wenn|als|if|when)\b[^.!?]{0,40}\b(?:morresse|morrer|mourais|mourir|sturbe|sterben|stirbt|moriria"
        r"|muriera|morir|me diera un infarto|verongeluk\w*|dood (?:zou )?gaan|doodga|died|die|absturzt|caia|cayera"
        r"|neerstort|fell on|got me|swerved at me)\b[^.!?]{0,50}\b(?:alivio|opluchting|erlosung|soulagement|sollievo|relief"
        r"|content[e]?|contento|felice|feliz|blij|froh|i'?d thank it|wouldn'?t be the worst|disappointment that it missed"
        r"|disappointed it missed)\b"
        r"|\b(?:caia|caiga|absturzt|sturzt ab|s'ecrase|precipiti|neerstort|crashes|goes down)\b[^.!?]{0,30}\b(?:quando eu estiver"
        r" dentro|conmigo dentro|mit mir drin|avec moi dedans|con me dentro|met mij erin|with me (?:in|on) it|while i'?m"
        r" (?:on|in) it)\b",
        negatable=False,
    ),
    _rule(
        "multi.blade_in_hand_relapse",
        SELF_HARM,
        CRISIS,
        r"\b(?:cuchill(?:a|ita)|navaja|compas|lame|cutter|rasoir|lametta|rasoio|lamina|gilete|mesje|scheermesje"
        r"|klinge|rasierklinge|blade|razor)\b[^.!?]{0,60}\b(?:en la mano|dans la main|in mano|na mao|in de hand|in der hand"
        r"|in my hand)\b[^\n]{0,120}\b(?:recaigo|recaer|recaida|craquer|craque|ricado|ricadere|ricaduta|vou recair|recair"
        r"|recaida|terugval\w*|ruckfall\w*|relapse\w*|give in)\b",
        negatable=False,
    ),
    _rule(
        "multi.not_here_tomorrow",
        SUICIDE,
        CRISIS,
        # "tomorrow I won't be here any more", with no trip, move or stay named anywhere in the message
        r"^(?!.*\b(?:viaje|vacaciones|vacanza|viaggio|urlaub|reise|vacances|voyage|ferias|viagem|vakantie|reis|trip"
        r"|holiday|vacation|mudanza|trasloco|umzug|demenagement|mudanca|verhuizing|moving|hospital|ospedale|krankenhaus"
        r"|hopital|ziekenhuis|trabajo|lavoro|arbeit|travail|trabalho|werk|work|ufficio|buro|bureau|escritorio|kantoor)\b)"
        r".*\b(?:manana ya no (?:estoy|estare|voy a estar)|domani non ci (?:saro|sono) piu|morgen bin ich nicht mehr"
        r" (?:da|hier)|demain je (?:ne )?(?:serai|suis) plus (?:la|ici)|amanha (?:eu )?ja nao (?:estou|estarei) (?:ca|aqui)"
        r"|amanha nao (?:estou|estarei) mais aqui|morgen ben ik er niet meer)\b",
        negatable=False,
    ),
    _rule(
        "multi.sleep_forever_slang",
        SUICIDE,
        CRISIS,
        r"\b(?:(?:mimir|dormir|dormire|schlafen|slapen|nanar|sleep) (?:pa'?|para|x|per|pra|fur|voor|pour|pr)"
        r" (?:siempre|sempre|immer|altijd|toujours|tjrs)|(?:bonne nuit|buonanotte|boa noite|buenas noches|gute nacht"
        r"|welterusten) (?:pour|pr|x|per|pra|para|pa|p|fur) (?:tjrs|toujours|sempre|siempre|immer))\b",
        r"\s*(?:lol|haha|jaja|kkk|mdr|xd)",
    ),
    _rule(
        "multi.pills_put_aside",
        SUICIDE,
        CRISIS,
        # pills saved up for weeks, in the six other languages ("tô juntando os remédios da minha mãe há semanas")
        r"^(?!.*\b(?:viaje|vacaciones|viaggio|reise|urlaub|voyage|vacances|viagem|ferias|reis|vakantie|receta"
        r"|rezept|ordonnance|ricetta|receita|recept)\b).*\b(?:juntando|guardando|acumulando|ahorrando|sammle|gesammelt"
        r"|horte|gehortet|mets (?:\w+ ){0,2}de cote|mis (?:\w+ ){0,2}de cote|accumule|metto da parte|messo da parte"
        r"|accumulando|juntei|guardei|acumulei|spaar|gespaard|verzamel|verzameld)\b[^.!?]{0,30}\b(?:remedios|pastillas"
        r"|pildoras|tabletten|pillen|cachets|comprimes|medicaments|pillole|compresse|farmaci|comprimidos|medicamentos)\b"
        r"|\b(?:mets|mis|garde|gardais) (?:mes|les|des) (?:cachets|comprimes|medicaments|pilules) de cote\b",
        negatable=False,
    ),
    _rule(
        "multi.rope_ready_decided",
        SUICIDE,
        CRISIS,
        r"^(?=.*\b(?:entschieden|entscheidung|decidido|decidi|decide|decision|deciso|decisione|besloten|beslissing"
        r"|decided|ruhig|tranquil[oa]?|calme|calm[oa]?|rustig)\b).*\b(?:seil|strick|cuerda|soga|corde|corda|touw|strop"
        r"|rope|noose)\b[^.!?]{0,30}\b(?:liegt|bereit|lista|preparada|prete|pronta|klaar|ready|hangt|hangs|cuelga|pend"
        r"|appesa|pendurada|im keller|en el sotano|dans la cave|in cantina|no porao|in de kelder)\b",
        r"\s*(?:for (?:the|a) (?:climb|tent|boat|swing)|fur (?:das|den) (?:zelt|boot|klettern)|para (?:la|el) (?:tienda"
        r"|barco)|pour (?:la|le) (?:tente|bateau)|lol)",
        negatable=False,
    ),
    _rule(
        "multi.day_chosen_to_go",
        SUICIDE,
        CRISIS,
        # a day chosen, with a decision, calm or a leaving that names no place
        r"^(?!.*\b(?:boda|casamento|mariage|hochzeit|bruiloft|matrimonio|wedding|fiesta|festa|fete|feier|feest|party"
        r"|viaje|viaggio|reise|voyage|viagem|reis|trip|mudanza|umzug|verhuizing|trasloco|demenagement|mudanca|moving"
        r"|examen|exam|prufung|esame|cita|afspraak|termin)\b).*\b(?:elegi|escogi|ho scelto|j'ai choisi|escolhi|ik heb"
        r"|ich habe|i'?ve (?:chosen|picked)|i (?:chose|picked)) (?:la fecha|el dia|ese dia|la data|il giorno|quel giorno"
        r"|la date|le jour|ce jour|a data|o dia|esse dia|de datum|de dag|das datum|den tag|the date|the day)\b"
        r"[^\n]{0,60}\b(?:para irme|per andarmene|pour partir|para ir embora|om te gaan|um zu gehen|to go|beslissing"
        r"|decision|entscheidung|decisione|decisao|rustig|ruhig|calm[oa]?|calme|tranquil[oa]?|eindelijk|endlich|enfin"
        r"|finalmente|finally)\b",
        negatable=False,
    ),
    _rule(
        "multi.swelling_breath",
        MEDICAL,
        CRISIS,
        # a tongue or throat swelling with breathing getting hard
        r"(?:\b(?:zunge|hals|rachen|lengua|garganta|langue|gorge|lingua|gola|tong|keel|tongue|throat)\b[^.!?]{0,40}"
        r"\b(?:schwell\w*|schwillt|hincha\w*|gonfl\w*|incha\w*|zwel\w*|opgezwollen|swell\w*|swollen)\b"
        r"|\b(?:zwelt|schwillt|swells|se hincha|gonfle|incha) (?:\w+ ){0,2}(?:keel|tong|hals|zunge|garganta|lengua|gorge"
        r"|langue|throat|tongue)\b)[^\n]{0,60}"
        r"\b(?:atmen (?:wird|ist) schwer|keine luft|kaum luft|respirar|no puedo respirar|respirer|du mal a respirer"
        r"|respiro|respirare|ademen|adem|geen lucht|breath\w*|can'?t breathe)\b",
        r"\s*(?:yesterday|last (?:week|year)|ayer|gestern|hier|ieri|ontem|gisteren)",
        negatable=False,
    ),
    _rule(
        "multi.trip_to_the_bridge",
        SUICIDE,
        CRISIS,
        # a trip whose destination is a bridge or viaduct, with a day or the arrangements around it
        r"\b(?:el viaje es al|voy al|me voy al|vou pro|vou para o|vou pra|vado sul|vado al|ich gehe zur|ich fahre zur"
        r"|ik ga naar de|je vais au|je vais sur le) (?:puente|viaducto|viaduto|ponte|viadotto|brucke|brug|viaduct|viaduc"
        r"|pont)\b(?=[^\n]{0,60}\b(?:sabado|domingo|lunes|martes|miercoles|jueves|viernes|samstag|sonntag|zaterdag"
        r"|zondag|samedi|dimanche|sabato|domenica|temprano|cedo|fruh|vroeg|tot|esta noche|hoje a noite|stanotte"
        r"|heute nacht|vannacht|ce soir)\b)"
        r"|\b(?:domingo|sabado|sabato|domenica|samstag|sonntag|zaterdag|zondag|samedi|dimanche) (?:eu |yo |io )?(?:vou"
        r" pro|vou para o|voy al|vado sul) (?:viaduto|viaducto|viadotto|ponte|puente)\b",
        r"\s*(?:a (?:correr|pasear|caminar)|pra (?:correr|caminhar)|para (?:correr|caminhar|fotograf\w*)|a fotograf\w*"
        r"|per (?:correre|fotograf\w*)|om te (?:rennen|fotograferen)|zum (?:joggen|fotografieren)|pour (?:courir"
        r"|photographier)|lol)",
        negatable=False,
    ),
    _rule(
        "multi.knife_to_work",
        TO_OTHERS,
        CONCERN,
        # a knife taken to work or school; beside a threat (another sign) it is a crisis
        r"^(?=.*\b(?:ufficio|lavoro|scuola|trabajo|oficina|escuela|colegio|arbeit|buro|schule|travail|bureau|ecole"
        r"|trabalho|escritorio|escola|werk|kantoor|school|work|office)\b).*\b(?:porto|portero|prendo|llevo|llevare|traigo"
        r"|nehme|bringe|j'apporte|j'emmene|je prends|levo|vou levar|neem|breng|bringing|taking|i'?ll bring|i'?ll take)"
        r" (?:\w+ ){0,2}(?:il coltello|un coltello|el cuchillo|un cuchillo|la navaja|das messer|ein messer|le couteau"
        r"|un couteau|a faca|uma faca|het mes|een mes|a knife|the knife|my knife)\b",
        r"[^.!?]{0,30}\b(?:per (?:la torta|il pranzo|tagliare)|para (?:la tarta|el pastel|cortar|o bolo)|fur (?:den kuchen|das brot)"
        r"|pour (?:le gateau|couper)|voor de taart|for (?:the|my) (?:cake|lunch|bread)|to cut)",
    ),
    _rule(
        "multi.face_drooping",
        MEDICAL,
        CRISIS,
        # stroke: half the face crooked or drooping, with an arm or speech gone
        r"\b(?:faccia|cara|visage|gesicht|rosto|gezicht|face)\b[^.!?]{0,20}\b(?:storta|torcida|de travers|schief|torto"
        r"|scheef|caida|cadente|tombant|hangt|drooping|droopy)\b[^\n]{0,60}\b(?:bra[cz]o|braccio|bras|arm|parla|habla"
        r"|parle|spricht|fala|praat|speech|talk\w*)\b",
    ),
    _rule(
        "de.schluss_heute",
        SUICIDE,
        CONCERN,
        # "heut mach ich Schluss" with no one and nothing to finish with: with "kein Spass diesmal" it is serious
        r"\b(?:heute?|heut|jetzt|heute nacht|morgen) mach(?:e)? ich schluss\b(?! (?:mit|fur heute|fur jetzt|mit der"
        r"|im buro|bei der arbeit))",
        r"\s*(?:mit (?:ihm|ihr|dem|der)|fur heute|lol|haha)",
    ),
    # --- seventeenth round: three more development files (session 12), each miss written as a family ----------
    _rule(
        "multi.swallowed_object_or_cleaner",
        MEDICAL,
        CRISIS,
        # a child who swallowed a button battery, a magnet or a cleaning product
        r"^(?!.*\b(?:episode|drama|series|film|movie|show|novel|book|serie|folge|aflevering|episodio|pelicula)\b).*"
        r"\b(?:swallowed|ingoiato|ingerito|trago|se trago|ha tragado|ingirio|verschluckt|geschluckt|getrunken|avale"
        r"|a avale|a bu|ingeslikt|doorgeslikt|gedronken|engoliu|bebeu|ingeriu|drank|ate)\b[^.!?]{0,30}\b(?:button"
        r" batter\w*|batter(?:y|ies)|magnets?|pila a bottone|pile? a bottone|pila de boton|pilas? botón|knopfzelle\w*"
        r"|knopfbatterie\w*|pile bouton|piles? plates?|knoopbatterij\w*|knoopcel\w*|bateria de botao|pilha|calamit\w*"
        r"|iman(?:es)?|aimants?|magneet|magneten|ima|dishwasher (?:tablet|pod|detergent|cleaner)|laundry (?:pod|capsule)"
        r"|spulmaschinenreiniger|spulmittel|geschirrspul\w*|liquide vaisselle|produit (?:vaisselle|menager)|pastille"
        r" lave-vaisselle|afwasmiddel|vaatwas\w*|detersivo|pastiglia (?:per la )?lavastoviglie|detergente|lavavajillas"
        r"|lava-loicas|sabao|wasmiddel|waschmittel|lessive)\b"
        # Dutch and German put the participle last: "een knoopbatterij ingeslikt", "Spulmaschinenreiniger getrunken"
        r"|\b(?:knoopbatterij\w*|knoopcel\w*|batterij\w*|magne(?:et|ten)|afwasmiddel|vaatwas\w*|wasmiddel|knopfzelle\w*"
        r"|knopfbatterie\w*|batterie\w*|magnete?n?|spulmaschinenreiniger|spulmittel|geschirrspul\w*|waschmittel"
        r"|bleichmittel|chloor)\b[^.!?]{0,15}\b(?:ingeslikt|doorgeslikt|gedronken|opgegeten|verschluckt|geschluckt"
        r"|getrunken|gegessen)\b",
        r"\s*(?:in (?:the|a) (?:game|film|movie|story)|lol|haha)",
        negatable=False,
    ),
    _rule(
        "multi.face_fallen",
        MEDICAL,
        CRISIS,
        # stroke told face first or mouth first: "se le ha caido un lado de la cara y habla rarisimo"
        r"\b(?:se le ha caido|se le cayo|se le cae) (?:un lado de )?la (?:cara|boca)\b|\b(?:bouche|boca|bocca|mund|mond"
        r"|mouth) (?:\w+ ){0,2}(?:de travers|torcida|torta|storta|schief|scheef|crooked|droop\w*)\b[^\n]{0,60}\b(?:parl\w*"
        r"|habl\w*|fal\w*|sprech\w*|sprich\w*|prat\w*|speak\w*|talk\w*|brazo|braccio|bras|arm)\b",
        negatable=False,
    ),
    _rule(
        "multi.infant_hot_and_floppy",
        MEDICAL,
        CRISIS,
        # a baby with a fever who is floppy or will not feed
        r"\b(?:bimb[oa]|neonat[oa]|bebe|bebé|baby|babies|nourrisson|saugling|newborn|recien nacido|recem-nascido"
        r"|recem nascido)\b[^.!?]{0,60}\b(?:scotta|febbre|brulant\w*|fievre|ardiendo|fiebre|gloeiend|koorts|escaldar"
        r"|febre|gluht|fieber|burning (?:up|hot)|feverish|fever|very hot|so hot)\b[^\n]{0,60}\b(?:moll[eio]|mou|molle"
        r"|flojit[oa]|flojo|floja|slap|mole|schlapp|floppy|limp|lethargic|won'?t (?:feed|eat|drink|wake)|not feeding"
        r"|non mangia|ne veut plus teter|ne tete plus|no quiere comer|no come|drinkt niet|nao quer mamar|nao mama"
        r"|trinkt nicht)\b",
        negatable=False,
    ),
    _rule(
        "multi.fell_cannot_get_up",
        MEDICAL,
        CRISIS,
        r"\b(?:tombee?|caduta|caduto|se cayo|se ha caido|gesturzt|hingefallen|gevallen|caiu|fell|fallen)\b[^\n]{0,80}"
        r"\b(?:ne peut plus se relever|n'arrive (?:pas|plus) a se relever|non riesce (?:ad|a) alzarsi|no puede"
        r" levantarse|no se puede levantar|kommt nicht mehr hoch|kann nicht (?:mehr )?aufstehen|kan niet (?:meer )?opstaan"
        r"|komt niet (?:meer )?overeind|nao consegue (?:se )?levantar|can'?t get (?:back )?up|cannot get up)\b",
        r"\s*(?:off the sofa|lol|haha|in the morning)",
        negatable=False,
    ),
    _rule(
        "multi.seizure_goes_on",
        MEDICAL,
        CRISIS,
        r"\b(?:crisi epilettica|convulsion\w*|crise d'epilepsie|crise convulsive|crisis epileptica|krampfanfall"
        r"|epileptische[nr]? anfall|convulsao|convulsie\w*|epileptische aanval|seizure|fitting)\b[^\n]{0,60}\b(?:non"
        r" smette|no para|hort nicht auf|ne s'arrete pas|nao para|stopt niet|houdt niet op|won'?t stop|(?:isn'?t|is not"
        r"|it'?s not|not) stopping|(?:da )?piu di"
        r" (?:\w+ )?minuti|mas de (?:\w+ )?minutos|seit (?:\w+ ){0,3}minuten|depuis (?:\w+ ){0,3}minutes"
        r"|ha (?:\w+ ){0,3}minutos|al (?:\w+ ){0,2}minuten|desde hace (?:\w+ ){0,2}minutos|da (?:\w+ ){0,2}minuti"
        r"|for (?:over |more than |about |around |nearly |almost )?(?:\w+ )minutes)\b",
        negatable=False,
    ),
    _rule(
        "multi.diabetic_confused",
        MEDICAL,
        CRISIS,
        r"\bdiabe\w*\b[^\n]{0,60}\b(?:sweat\w*|zweterig|zweet|sudato|sudad[oa]|suado|schwitzt|verschwitzt|transpire"
        r"|en sueur|shaky|trembl\w*)\b[^\n]{0,40}\b(?:confus\w*|verward|verwirrt|reageert raar|reageert niet"
        r"|no responde|non risponde|ne repond|nao responde|unresponsive|not making sense|non capisce)\b",
        negatable=False,
    ),
    _rule(
        "multi.chest_to_arm",
        MEDICAL,
        CRISIS,
        r"\b(?:brust\w*|pecho|petto|poitrine|peito|borst\w*|chest)\b[^.!?]{0,60}\b(?:linken arm|brazo izquierdo"
        r"|braccio sinistro|bras gauche|braco esquerdo|linkerarm|linker arm|left arm|kiefer|mandibula|machoire|kaak)\b"
        # the arm first: "my left arm went numb and my chest feels tight"
        r"|\b(?:left arm|linken arm|brazo izquierdo|braccio sinistro|bras gauche|braco esquerdo|linkerarm)\b[^.!?]{0,60}"
        r"\b(?:chest|brust\w*|pecho|petto|poitrine|peito|borst\w*)\b",
        r"\s*(?:yesterday|last (?:week|month)|gestern|ayer|hier|ieri|ontem|gisteren)",
        negatable=False,
        jokeable=False,
    ),
    _rule(
        "multi.headache_since_heater",
        MEDICAL,
        CRISIS,
        # carbon monoxide: everyone with headaches and nausea or drowsiness since the heater went on
        r"^(?=.*\b(?:kachel|heater|boiler|estufa|calentador|stufa|caldaia|poele|chaudiere|heizung|ofen|therme"
        r"|aquecedor|caldeira|stove|fireplace|gas fire|brasero|braseiro|braciere|geiser|geyser|chauffe-eau"
        r"|scaldabagno|esquentador|durchlauferhitzer|gaskachel|gasofen)\b)(?=.*\b(?:misselijk|nause\w*|sick|ubel|enjoo|enjoad[oa]"
        r"|suf|drowsy|sleepy|somnolent\w*|assonnat\w*|schlafrig|sonolent[oa]|mareado|mareada|dizzy|nausee|nausea)\b)"
        r".*\b(?:hoofdpijn|headaches?|dolor de cabeza|mal di testa|mal a la tete|mal de tete|kopfschmerz\w*"
        r"|dor de cabeca)\b",
        negatable=False,
    ),
    _rule(
        "en.stabbed_and_bleeding",
        MEDICAL,
        CRISIS,
        r"^(?!.*\b(?:game|fortnite|gta|cod|warzone|film|movie|show|episode|book|d&d|dnd|character|dm|campaign|rpg"
        r"|minecraft|skyrim|roblox)\b).*\b(?:got|been|just got|was|is)"
        r" (?:shanked|stabbed|knifed|shot|wetted|merked)\b(?=[^\n]{0,80}\b(?:leaking|bleeding|blood|ambo|ambulance"
        r"|paramedics|999|911|112)\b)",
        negatable=False,
    ),
    _rule(
        "multi.pills_enough_to_not_wake",
        SUICIDE,
        CRISIS,
        r"\b(?:cuantas|quantos|quantas|wie viele|combien de|quante|quanti|hoeveel|how many)\b[^?.!]{0,40}\b(?:pastillas"
        r"|comprimidos|tabletten|pillen|cachets|comprimes|pillole|compresse|pilules|pills|tablets)\b[^?!]{0,60}\b(?:seria[n]?"
        r" suficientes|suficiente\w*|genug|assez|abbastanza|bastano|bastereb\w*|genoeg|enough)\b",
        r"[^.!?]{0,40}\b(?:for (?:a|my|the) (?:cold|headache|flu|fever|trip|week)|para (?:el|la|un) (?:resfriado"
        r"|dolor|viaje)|per (?:il|un) (?:raffreddore|mal di testa)|contre (?:le|la) (?:rhume|fievre)|gegen (?:die|den)"
        r" (?:erkaltung|kopfschmerzen)|tegen (?:de|een) (?:griep|hoofdpijn))",
        negatable=False,
    ),
    _rule(
        "multi.insurance_if_i_do_it",
        SUICIDE,
        CRISIS,
        r"\b(?:seguro de vida|lebensversicherung|assurance[- ]vie|assicurazione sulla vita|levensverzekering|life"
        r" insurance)\b[^\n]{0,80}\b(?:si lo hago yo|si me lo hago|se fui eu mesmo|se eu mesmo|se eu fizer|wenn ich es"
        r" selbst|si je le fais moi|se lo faccio io|als ik het zelf|if i do it myself|if i kill myself|if i take my own"
        r" life)\b",
        negatable=False,
    ),
    _rule(
        "multi.does_the_fall_hurt_here",
        SUICIDE,
        CRISIS,
        # a question about the fall or the jump, then where the writer stands or lives
        r"\b(?:duele|doi|tut es weh|doet het pijn|fa male|ca fait mal|does it hurt|da che piano|desde que piso|from which"
        r" floor|aus welchem stock|de quel etage|de que andar|vanaf welke verdieping)\b[^\n]{0,80}\b(?:vivo en|to na|estou na"
        r"|ich steh\w*|ik sta|sono sul|abito al|je suis sur|j'habite au|i'?m on|i'?m standing|i live on|ich wohne im"
        r"|ik woon op|moro no)\b",
        negatable=False,
    ),
    _rule(
        "multi.fall_to_be_sure",
        SUICIDE,
        CRISIS,
        r"\b(?:cadere|caer|cair|fallen|springen|tomber|sauter|vallen|fall|jump)\b[^?.!]{0,30}\b(?:per essere sicur[oi]"
        r"|para estar segur[oa]|pra ter certeza|para ter certeza|um sicher zu sein|pour etre sur|om zeker te zijn|to be"
        r" sure|to make sure)\b",
        r"\s*(?:of (?:the|my) (?:landing|balance|grip|technique)|lol)",
        negatable=False,
    ),
    _rule(
        "multi.after_im_gone_arranged",
        SUICIDE,
        CRISIS,
        # who takes the pet or the money after "I'm no longer here", with the arrangements or a near date
        r"^(?=.*\b(?:hond|perro|perra|gato|gata|cane|gatto|chien|chat|hund|katze|kat|dog|cat|pets?|konto|cuenta|conto"
        r"|compte|rekening|account|spaargeld|ahorros|risparmi|economies|ersparnisse|poupancas|savings|money|dinero"
        r"|geld|soldi|argent|dinheiro)\b)(?=.*\b(?:vorher|avant|this week|esta semana|heute|hoje|tonight|vanavond"
        r"|stasera|ce soir|esta noche|before (?:friday|monday|sunday|saturday|the weekend)|vor (?:freitag|montag"
        r"|sonntag)|deze week|questa settimana|cette semaine|already (?:written|cleaned|tidied|sorted)|ho gia scritto"
        r"|tout range|ja escrevi|al geschreven|dejarlo arreglado|resolver isso hoje|regeln|regelen|lettere|brieven"
        r"|briefe|lettres|cartas)\b).*\b(?:wenn ich nicht mehr da bin|als ik er (?:straks )?niet meer ben|si (?:yo )?ya"
        r" no estoy|cuando (?:yo )?ya no este|depois que eu me for|quando eu (?:nao estiver mais aqui|me for)|quand je"
        r" ne serai plus la|quando non ci saro piu|after i die|after i'?m gone|when i'?m (?:gone|no longer here)"
        r"|(?:dopo|apres|despues|depois|danach|daarna)\s*\?)",
        negatable=False,
    ),
    _rule(
        "multi.stop_treatment_how_long",
        SUICIDE,
        CRISIS,
        r"\b(?:arret\w*|stop|stopped|stopping|dejo|dejar|dejara|smetto|smettere|stoppe|absetze|aufhore|paro|parar"
        r"|stop(?:pen)?)"
        r"\b[^?]{0,60}\b(?:traitement|medication|meds|insulin\w*|tratamiento|medicacion|medicina|terapia|farmaci"
        r"|medikamente|tabletten|tratamento|remedios|medicijnen|behandeling)\b[^?]{0,60}\b(?:combien de temps|how long"
        r"|cuanto tiempo|quanto tempo|wie lange|hoe lang)\b[^?]{0,40}\b(?:fini|over|se acabe|acabe|finita|vorbei"
        r"|acabar|voorbij|die|muera|morire|sterbe|morrer|dood)\b",
        negatable=False,
    ),
    _rule(
        "en.selfish_if_i_go",
        SUICIDE,
        CRISIS,
        r"\bis it selfish (?:if|to) (?:i )?(?:go|leave|do it|end it|kill myself|just go|don'?t wake up)\b(?=[^\n]{0,80}"
        r"\b(?:tonight|already|keys|note|letters?|cleaned|goodbye|pills)\b)",
        r"\s*(?:to (?:the|a|my) (?:party|gym|pub|concert|wedding)|on (?:holiday|vacation)|early)",
        negatable=False,
    ),
    _rule(
        "es.goodbye_all_ready",
        SUICIDE,
        CRISIS,
        r"\b(?:hoy|esta noche) me despido\b(?=[^\n]{0,80}(?:\btodo listo|\bya no aguanto|\bpara siempre|\bpastillas|💊))"
        r"|\b(?:ya no aguanto)\b[^\n]{0,40}\bme despido\b",
        r"\s*(?:del (?:trabajo|curro|equipo|grupo)|de (?:ustedes|vosotros) hasta|hasta (?:manana|el lunes))",
        negatable=False,
    ),
    _rule(
        "multi.following_her_car",
        TO_OTHERS,
        CRISIS,
        # following someone's car, to act "when she stops"
        r"\b(?:seguindo|sigo|seguendo|voy detras de|je suis sa (?:caisse|voiture)|j'ai suivi sa (?:caisse|voiture)|folge"
        r"|volg|following|followed|tailing)\b"
        r"[^\n]{0,60}\b(?:quando (?:ela|ele) parar|cuando (?:aparque|pare|se detenga)|quando si ferma|quand (?:elle|il)"
        r" se gare|quand (?:elle|il) s'arrete|wenn sie (?:anhalt|parkt)|wenn er (?:anhalt|parkt)|als ze stopt|als hij stopt"
        r"|when (?:she|he) (?:stops|parks|gets out))\b",
        negatable=False,
    ),
    _rule(
        "multi.arson_tonight",
        TO_OTHERS,
        CRISIS,
        # petrol bought or in the boot, and someone's place burns tonight
        r"^(?!.*\b(?:barbecue|bbq|grill|lawnmower|rasenmaher|cortacesped|tondeuse|tosaerba|grasmaaier|generator"
        r"|bonfire|lagerfeuer|fogata|feu de camp|falo|kampvuur)\b)(?=.*\b(?:benzin\w*|gasolina|bidon d'essence|essence"
        r"|benzine|tanica di benzina|benzina|petrol|gasoline|jerrycan|bidon)\b)(?=.*\b(?:esta (?:noche|madrugada)"
        r"|cette nuit|ce soir|heute nacht|vannacht|stanotte|hoje a noite|tonight|esta noite)\b).*\b(?:arde|ardera|crame"
        r"|brennt|in de fik|in brand|queima|queimar|brucia|brucera|burns?|burn down|on fire|abfackeln|anzunden"
        r"|prendre feu)\b",
        negatable=False,
    ),
    _rule(
        "multi.poison_in_their_food",
        TO_OTHERS,
        CRISIS,
        r"\b(?:rattengift|veleno|raticida|mort-aux-rats|poison|gift|veneno|chumbinho|lejia|candeggina|javel|bleichmittel"
        r"|antigel|antifreeze|frostschutz\w*|rat poison)\b[^.!?]{0,40}\b(?:ins (?:essen|curry|getrank)|in (?:het|zijn|haar)"
        r" (?:eten|drinken|koffie)|nel (?:cibo|caffe|piatto|suo)|en (?:el|su) (?:termo|cafe|comida|plato|bebida)|dans"
        r" (?:son|sa) (?:cafe|repas|assiette|verre)|na (?:comida|janta|bebida)|in (?:his|her|their) (?:food|drink|coffee|tea"
        r"|dinner))\b|\b(?:comprei|compre|gekauft|achete|comprato|gekocht|bought)\b[^.!?]{0,10}\b(?:chumbinho|rattengift"
        r"|veleno per topi|mort-aux-rats|raticida|rattengif|rat poison)\b[^\n]{0,80}\b(?:janta|jantar|cena|dinner|essen"
        r"|diner|comida|eten|tempero especial|special)\b",
        r"\s*(?:in (?:the|a) (?:game|film|movie|book)|lol|haha)",
        negatable=False,
    ),
    _rule(
        "multi.run_him_over",
        TO_OTHERS,
        CRISIS,
        r"\b(?:fahr(?:e)? ich (?:ihn|sie) um|(?:ihn|sie) (?:umfahren|uberfahren)|atropellarl[oa]|l[oa] atropello|l'investo"
        r"|investirl[oa]|je (?:l'ecrase|le renverse|la renverse)|atropela-l[oa]|(?:hem|haar) (?:omverrijden|aanrijden)"
        r"|run (?:him|her|them) (?:over|down)|mow (?:him|her|them) down)\b",
        # "I'll run him over to the station": a lift
        r"\s*(?:in (?:the|a) (?:game|film|movie)|lol|haha|by accident|to (?:the|his|her|their|school|work|town|my)"
        r"|there|at \d)",
    ),
    _rule(
        "en.weapon_in_my_bag",
        TO_OTHERS,
        CONCERN,
        # a weapon carried, beside an address or a grievance (another sign), is a crisis
        r"\b(?:hammer|knife|bat|crowbar|machete|gun|blade)\b (?:is )?in my (?:rucksack|bag|backpack|coat|pocket|jacket"
        r"|glovebox|glove box)\b",
        r"\s*(?:for (?:work|the job|camping|fishing|the picnic)|from (?:work|the shop)|lol|haha)",
    ),
    _rule(
        "en.have_their_address",
        TO_OTHERS,
        CONCERN,
        r"\bi (?:have|got|found) (?:her|his|their) (?:home )?address\b|\bi know which (?:gym|house|flat|office|bar|pub"
        r"|school) (?:she|he|they) (?:uses?|goes? to|lives? in|works? at)\b",
        r"\s*(?:for (?:the|a) (?:card|invite|invitation|parcel|present|gift)|so i can send|lol)",
    ),
    _rule(
        "en.waiting_for_them_to_come_out",
        TO_OTHERS,
        CONCERN,
        # waiting for someone to come out: beside an address or a weapon (another sign) it is a crisis
        r"\bwaiting for (?:her|him|them) to (?:walk|come|get) out\b",
        r"\s*(?:of (?:the )?(?:exam|shop|store|school|class|surgery|theatre|theater|meeting|toilet|bathroom|shower"
        r"|changing room|hospital|cinema))",
    ),
    _rule(
        "multi.waiting_with_a_weapon",
        TO_OTHERS,
        CRISIS,
        rf"^(?=.*\b{_WEAPON_IN_HAND}\b).*\b(?:warte auf|waiting for|espero a|estoy esperando a|aspetto|sto aspettando"
        r"|j'attends"
        r"|wacht op|ik wacht|esperando (?:a|o|ela|ele)|waiting outside)\b",
        r"\s*(?:the (?:bus|train|tram|pizza|delivery)|(?:den|die|das) (?:bus|zug|pizza)|el (?:bus|tren)|il (?:bus|treno)"
        r"|le (?:bus|train)|de (?:bus|trein)|o (?:onibus|comboio))",
        negatable=False,
    ),
    _rule(
        "multi.hurt_my_child_and_fear_myself",
        TO_OTHERS,
        CRISIS,
        r"\b(?:mon fils|ma fille|mijn zoon|mijn dochter|mein sohn|meine tochter|minha filha|meu filho|mio figlio|mia figlia"
        r"|mi hijo|mi hija|my son|my daughter|my baby|my toddler|le bebe|o bebe|il bambino|el bebe|het kind|das kind|nela"
        r"|nele|l'ai|lo he|la he)\b[^\n]{0,80}\b(?:plaque\w*|frappe|secoue|geschlagen|geschuttelt|dei um tapa|bati|sacudi"
        r"|picchiat\w*|scoss\w*|pegado|sacudido|geslagen|door elkaar geschud|shook|slapped|threw|shoved)\b[^\n]{0,80}"
        r"\b(?:envie de recommencer|medo de mim|paura di me|miedo de mi|angst vor mir|bang voor mezelf|scared of myself"
        r"|afraid of myself|venez le chercher|come and take|vem buscar|venid a por|holt (?:ihn|sie)|kom (?:hem|haar) halen"
        r"|venite a prenderl[oa]|want to do it again|do it again)\b",
        negatable=False,
    ),
    _rule(
        "multi.kill_her_then_me",
        TO_OTHERS,
        CRISIS,
        # a murder-suicide threat
        r"\b(?:la mato (?:a ella )?y (?:despues|luego) me mato|lo mato (?:a el )?y (?:despues|luego) me mato|la uccido e poi"
        r" mi uccido|lo uccido e poi mi uccido|je (?:la|le) tue et (?:apres|ensuite|puis) je me tue|mato (?:ela|ele) e"
        r" depois me mato|bring(?:e)? (?:sie|ihn) um und dann mich|ik vermoord (?:haar|hem) en (?:daarna|dan) mezelf"
        r"|kill (?:her|him|them) and then (?:myself|kill myself|me))\b",
        r"\s*(?:in (?:the|a) (?:game|film|movie|book)|lol|haha)",
    ),
    _rule(
        "multi.carer_hurts_elder",
        FROM_OTHERS,
        CRISIS,
        r"\b(?:badante|carer|caregiver|care worker|cuidadora|cuidador|aide-soignante|aide a domicile|dame qui s'occupe"
        r"|pflegerin|pfleger|verzorgster|verzorger|thuiszorg)\b[^\n]{0,60}\b(?:lega|legato|ties|tied|ata|amarra|attache"
        r"|fesselt|bindt|gifle\w*|geslagen|slapped|slaps|hits|hit|picchia|pega|bate|schlagt|geschlagen|frappe|slaat"
        r"|sans manger|without food|senza mangiare|sin comer|ohne essen|zonder eten|starves?|lividi|bruises|moretones"
        r"|bleus|blauwe plekken|blaue flecken|hematomas)\b",
        r"\s*(?:in (?:the|a) (?:game|film|movie|book)|lol|haha)",
        negatable=False,
    ),
    _rule(
        "multi.dad_beating_mum_now",
        FROM_OTHERS,
        CRISIS,
        r"\b(?:sta picchiando|esta pegando|esta golpeando|is (?:beating|hitting|punching|strangling)|schlagt gerade"
        r"|frappe|slaat|ta batendo|esta a bater|esta batendo|en train de frapper)\b (?:la mamma|mia madre|mi madre"
        r"|mi mama|a mi madre|a mi mama|my (?:mum|mom|mother)|meine (?:mutter|mama)|ma mere|maman|mijn moeder|mama"
        r"|(?:a )?minha mae)\b",
        r"\s*(?:at (?:cards|chess|tennis|poker)|a (?:carte|scacchi)|en (?:el|las) (?:ajedrez|cartas)|lol|haha)",
        negatable=False,
    ),
    _rule(
        "multi.strangled_me",
        FROM_OTHERS,
        CRISIS,
        r"\b(?:me apreto|apreto|apertou(?:-me)?|me apertou|mi ha stretto|ha stretto|m'a serre|a serre|hat mir|kneep)"
        r" (?:\w+ ){0,2}(?:el cuello|o pescoco|il collo|le cou|den hals|mijn keel|la garganta|a garganta|la gola)\b",
        r"\s*(?:con (?:la|una) (?:bufanda|sciarpa)|com (?:o|um) cachecol|lol|haha|jaja|kkk)",
        negatable=False,
    ),
    _rule(
        "multi.followed_now",
        FROM_OTHERS,
        CRISIS,
        r"\b(?:me (?:esta )?seguindo|(?:esta|ta) me seguindo|me sigue|me esta siguiendo|mi segue|mi sta seguendo|me suit"
        r"|folgt mir|lauft mir (?:[\w-]+ ){0,4}hinterher|volgt me|loopt me achterna|(?:is|keeps|has been) following me)\b"
        r"(?=[^\n]{0,100}\b(?:desde|seit|depuis|da quando|sinds|since|still|continua|sigue|immer noch|toujours|nog steeds"
        r"|trau mich nicht|hauseingang|portal|doorway|behind me|atras de mim|detras de mi|dietro di me|derriere moi"
        r"|hinter mir|achter me)\b)",
        r"\s*(?:on (?:insta\w*|twitter|tiktok|x)|en (?:insta\w*|twitter|tiktok)|su (?:insta\w*|tiktok)|sur (?:insta\w*"
        r"|tiktok)|auf (?:insta\w*|tiktok)|op (?:insta\w*|tiktok)|no (?:insta\w*|tiktok))",
        negatable=False,
    ),
    _rule(
        "multi.sextortion_deadline",
        FROM_OTHERS,
        CRISIS,
        r"^(?=.*\b(?:fotos|naaktfoto\w*|nacktbilder|nacktfotos|nudes|photos? intimes|foto intime|fotos intimas|intieme"
        r" foto\w*|pics)\b)(?=.*(?:\beuros?\b|\breais\b|\bdollars?\b|\bpesos\b|€|\$|\bbitcoin\b|\bgift ?cards?\b))"
        r".*\b(?:ate meia-noite|voor middernacht|bis mitternacht|before midnight|by midnight|avant minuit|entro mezzanotte"
        r"|antes de (?:la )?medianoche|vanavond|tonight|heute abend|ce soir|stasera|esta noche|hoje)\b",
        negatable=False,
    ),
    _rule(
        "multi.locked_in_by_someone",
        FROM_OTHERS,
        CRISIS,
        r"\b(?:me ha encerrado|me encerro|mi ha chiuso|mi ha rinchius[oa]|m'a enferme(?:e)?|hat mich eingesperrt|heeft me"
        r" opgesloten|me trancou)\b",
        r"[^.!?]{0,20}\b(?:fuera|por accidente|sin querer|per sbaglio|par erreur|aus versehen|per ongeluk|sem querer|jaja"
        r"|lol|haha|mdr|kkk)",
        negatable=False,
    ),
    _rule(
        "multi.passport_taken",
        FROM_OTHERS,
        CRISIS,
        r"\b(?:(?:mir|uns) den pass weggenommen|me quitaron el pasaporte|mi hanno (?:preso|tolto) il passaporto|on m'a"
        r" (?:pris|confisque) mon passeport|(?:tiraram|pegaram|tomaram) (?:o )?meu passaporte|(?:ze hebben|hij heeft)"
        r" mijn paspoort (?:afgepakt|ingenomen)|took my passport|(?:has|have|kept|keeps) my passport)\b"
        # kept by an employer or over a debt, not by a partner "for safekeeping" (controlling, a check-in)
        r"(?=.*\b(?:boss|chef|jefe|capo|baas|patrao|work\w*|arbeit\w*|trabaj\w*|lavor\w*|travail\w*|werk\w*|trabalh\w*"
        r"|debt|schulden|deuda|debito|dette|schuld|divida|familie|familia|famiglia|famille|family|abhaue|escapo|scappo"
        r"|m'enfuis|fugir|wegloop|escape|restaurant|kuche|cocina|cucina|cuisine|keuken|cozinha|farm|factory|fabrik)\b)",
        r"\s*(?:to (?:renew|copy|the embassy)|para renovar|per rinnovar\w*|pour le renouveler|lol)",
        negatable=False,
    ),
    _rule(
        "multi.stabbed_bleeding",
        MEDICAL,
        CRISIS,
        r"\b(?:coup de couteau|poignarde\w*|accoltellat\w*|apunalad\w*|acuchillad\w*|esfaquead\w*|niedergestochen"
        r"|messerstich\w*|neergestoken|gestoken)\b[^\n]{0,60}\b(?:saigne\w*|sangue|sangr\w*|blutet|bloedt|blood|bleeding)\b",
        r"\s*(?:in (?:the|a) (?:game|film|movie|book)|nel (?:film|gioco)|en la pelicula|dans le film|im film|lol)",
        negatable=False,
    ),
    _rule(
        "multi.unconscious_after_violence",
        MEDICAL,
        CRISIS,
        r"\b(?:empuj\w*|pouss\w*|spint[oa]|geschubst|gestossen|geduwd|empurr\w*"
        r"|pugni|golpe\w*|frapp\w*|geschlagen|geslagen|bateu|pushed|punched)\b[^\n]{0,80}\b(?:no responde|ne repond plus"
        r"|repond plus|non risponde|reagiert nicht|reageert niet|nao responde|inconsciente|inconscient\w*|bewusstlos"
        r"|bewusteloos|svenut[oa]|desmayad[oa]|desmaiad[oa]|respira male|unconscious|won'?t wake up)\b",
        negatable=False,
    ),
    # --- seventeenth round, English: signs buried in long messages --------------------------------------------
    _rule(
        "en.notes_written_for_them",
        SUICIDE,
        CONCERN,
        # letters or notes written for the people left: beside a day or a method (another sign) it is a crisis
        r"\b(?:already |i'?ve |i have )?(?:wrote|written|writing|sealed|left) (?:the |my )?(?:notes|letters|goodbye"
        r" letters?|letters? for (?:each|all) of them|a letter for each)\b",
        r"\s*(?:for (?:the|my|a|our) (?:meeting|class|lecture|exam|essay|course|test|interview|presentation|project"
        r"|wedding|christmas|thank)|to (?:santa|the council|my mp)|of (?:recommendation|complaint))",
    ),
    _rule(
        "en.goodbye_letters",
        SUICIDE,
        CRISIS,
        # one's own: "writing my goodbye letters now", not a letter for a story or a class
        r"\b(?:writing|wrote|written|write|left|leaving|sealed|finished) my (?:goodbye|farewell) (?:letters?|notes?)\b",
        r"[^.!?]{0,30}\b(?:colleagues|team|coworkers|co-workers|class|students|pupils|job|work|office|retire\w*"
        r"|club|school|neighbours|leaving do)",
    ),
    _rule(
        "en.drive_into",
        SUICIDE,
        CRISIS,
        r"\b(?:planning to|plan to|going to|gonna|want to|will|i'?ll|about to) (?:just )?(?:drive|steer|crash) (?:my |the )?"
        r"(?:car |truck |van )?(?:into|off) (?:the |a )?(?:reservoir|river|lake|sea|quarry|wall|tree|bridge|cliff|canal"
        r"|oncoming traffic|a lorry|a truck)\b",
        r"\s*(?:lol|haha|in (?:the|a) (?:game|film))",
    ),
    _rule(
        "en.tested_the_hook",
        SUICIDE,
        CRISIS,
        r"\btested (?:the|a|my) (?:hook|beam|rail|branch|knot|rope|belt|cord)\b(?=[^\n]{0,80}\b(?:holds|held|belt|rope"
        r"|cord|scarf|noose|it works|strong enough)\b)",
        r"\s*(?:for (?:the|a|my) (?:hammock|swing|plant|mirror|picture|tv|shelf|climb)|lol)",
        negatable=False,
    ),
    _rule(
        "en.sleep_and_not_wake",
        SUICIDE,
        CRISIS,
        r"\b(?:go(?:ing)? to sleep|fall(?:ing)? asleep|sleep(?:ing)?) and (?:not|never) wak(?:e|ing) (?:up|again)\b"
        r"(?! (?:until|till|til|before|early|on time|for|in time|at night))|\b(?:hope|hoping|wish|wishing|pray|praying)"
        r" (?:that )?i (?:just|simply|quietly) (?:don'?t|won'?t|never) wake up\b|\bi'?d (?:welcome|be glad of|be"
        r" glad to be) (?:dying|death|dead)\b|\bwelcome (?:dying|death)\b",
        r"\s*(?:until|till|before|early|on time|in the (?:morning|middle))",
        negatable=False,
    ),
    _rule(
        "en.worst_headache",
        MEDICAL,
        CRISIS,
        r"\bworst headache (?:of my life|i'?ve ever had|ever)\b(?=[^\n]{0,160}\b(?:sudden\w*|neck|stiff|thrown up|throwing"
        r" up|vomit\w*|light hurts|can'?t see|confused|passed out|numb)\b)",
        negatable=False,
    ),
    _rule(
        "en.heart_out_of_control",
        MEDICAL,
        CRISIS,
        r"\bheart\b[^.!?]{0,40}\b(?:irregular|1[5-9]\d|2\d\d)\b[^\n]{0,80}\b(?:dizzy|short of breath|can'?t breathe|chest"
        r" (?:feels )?tight|chest pain|faint\w*|not calming|won'?t slow)\b",
        r"\s*(?:yesterday|last (?:week|month))",
        negatable=False,
    ),
    _rule(
        "en.carve_or_dig_into_me",
        SELF_HARM,
        CRISIS,
        # carving into one's skin; digging into it with something sharp, or until it bleeds
        r"\bcarv(?:e|ed|ing) (?:\w+ ){0,3}into my (?:ankles?|hips?|shoulders?|feet|foot|belly|sides?|wrists?|arms?|skin"
        r"|legs?|thighs?|stomach|hands?)\b|^(?=.*\b(?:blood|bleed\w*|deeper|pin|needle|compass|blade|razor|glass|scissors"
        r"|sharpener)\b).*\b(?:dig(?:ging)?|dug|jab(?:bing)?|scrap(?:e|ing)) (?:\w+ ){0,4}into my (?:ankles?|wrists?|arms?"
        r"|skin|legs?|thighs?|stomach|hands?)\b",
        r"\s*(?:to (?:scratch|itch)|lol)",
    ),
    _rule(
        "en.go_deeper",
        SELF_HARM,
        CRISIS,
        r"^(?=.*\b(?:blood|bleed\w*|cut\w*|wrists?|pin|blade|razor|wound|skin)\b).*\b(?:going to|gonna|i'?ll|will|want to"
        r"|need to) (?:go|cut|press|dig) deeper\b",
        r"\s*(?:into (?:the|this) (?:topic|subject|book|research|story|lore|data)|on (?:this|that)|in therapy)",
    ),
    _rule(
        "en.walk_to_the_edge",
        SUICIDE,
        CRISIS,
        r"^(?=.*\b(?:cliff|clifftop|bridge|roof|ledge|top floor|car park|quarry)\b).*\b(?:walk|step|go|jump) (?:to|off|over)"
        r" the edge\b",
        r"\s*(?:of (?:the )?(?:pool|stage|platform|field|forest|woods|town|map)|to (?:look|see|take))",
        negatable=False,
    ),
    _rule(
        "en.threat_when_i_come_out",
        FROM_OTHERS,
        CRISIS,
        r"\b(?:they'?ll|he'?ll|she'?ll|they'?re going to|he'?s going to|they'?re gonna|he'?s gonna|they will|he will)"
        r" (?:stab|kill|shoot|hurt|get|jump|batter|do) me (?:when|if|as soon as) i (?:come|go|step|walk|get) out\b",
        r"\s*(?:of (?:the )?(?:game|lobby|match)|lol|haha)",
        negatable=False,
    ),
    _rule(
        "en.which_floor_no_fence",
        SUICIDE,
        CRISIS,
        r"\b(?:which|what) (?:floor|level|storey|story|bridge|building|part) (?:[\w-]+ ){0,5}(?:has no |without (?:a |any )?)"
        r"(?:fence|fences|railing|railings|barrier|barriers|net|nets)\b",
        r"\s*(?:for (?:the|a|my) (?:photo|shoot|view|drone)|lol)",
    ),
    _rule(
        "en.regret_it_all_of_them",
        TO_OTHERS,
        CONCERN,
        # a threat to a group; beside preparation (a map of the hall, something made in the garage) it is a crisis
        r"\b(?:they'?re|they are|they'?ll|they will|you'?ll|you will) (?:all )?(?:going to |gonna )?regret it,?"
        r" (?:all of them|every one of them|everyone|all of you|every last one)\b|\b(?:drawn|drew|made|sketched) a map of"
        r" the (?:hall|school|office|building|church|mosque|synagogue|meeting|floor)\b|\bbeen making something in (?:my|the)"
        r" (?:garage|shed|basement)\b(?=[^\n]{0,40}\bwon'?t say what\b)",
        r"\s*(?:for (?:the|a|my) (?:game|party|treasure hunt|escape room|fire drill|wedding)|lol)",
    ),
    _rule(
        "en.poisoned_their_pet",
        TO_OTHERS,
        CRISIS,
        r"\b(?:poisoned|poison|laced|spiked) (?:\w+ )?(?:mince|meat|food|bait|treats?|sausages?)\b[^\n]{0,80}\b(?:his|her"
        r"|their|the neighbou?r'?s?) (?:dog|cat|dogs|cats|horse)\b",
        negatable=False,
    ),
    _rule(
        "en.nobody_has_to_find_me",
        SUICIDE,
        CRISIS,
        r"\b(?:so )?(?:nobody|no one|noone)(?: at home| here)? (?:has to|will have to|needs to|would have to|'ll have to)"
        r" find me\b|\bby then i'?ll (?:have done it|be gone|be dead)\b",
        r"\s*(?:hiding|in the (?:game|wardrobe|closet)|lol|haha)",
        negatable=False,
    ),
    _rule(
        "en.weapon_then_done_with_it",
        SUICIDE,
        CRISIS,
        r"\bwith (?:the|my|his|dad'?s|my (?:father|dad)'?s) (?:rifle|gun|shotgun|revolver|pistol)\b[^\n]{0,40}\b(?:be done"
        r" with it|end it|finish it|get it over with)\b|\b(?:rifle|gun|shotgun|revolver|pistol) is (?:cleaned and )?loaded"
        r"\b[^\n]{0,80}\bi (?:intend|plan|am going|'?m going) to use it\b",
        negatable=False,
    ),
    _rule(
        "en.inject_all_of_it",
        SUICIDE,
        CRISIS,
        r"\b(?:inject|injecting|shoot up|shooting up) (?:all of it|the (?:whole|lot|rest)|all (?:the|my|her|his)"
        r" (?:insulin|morphine|heroin|gear))\b",
        r"\s*(?:into (?:the|a) (?:cake|turkey|meat|chicken|melon|watermelon)|lol)",
        negatable=False,
    ),
    _rule(
        "en.mass_violence_pictured",
        TO_OTHERS,
        CRISIS,
        # picturing a massacre at one's own workplace or school: threat assessment treats it as a warning, fantasy or not
        r"\b(?:picture|picturing|imagine|imagining|fantasi[sz](?:e|ing)|think(?:ing)? about|dream(?:ing)? about)"
        r" (?:\w+ ){0,2}(?:shooting|stabbing|killing|blowing up|gassing) (?:everyone|everybody|all of them|all the people"
        r"|people|the whole (?:office|class|school)) (?:\w+ ){0,2}(?:in|at) (?:my |the |our )?(?:office|school|class|work"
        r"|workplace|college|uni|university|church|mall|gym)\b",
        r"\s*(?:in (?:the|a) (?:game|film|movie|book|dream)|lol|haha)",
    ),
    _rule(
        "en.barricaded_in",
        FROM_OTHERS,
        CRISIS,
        r"^(?!.*\b(?:zombie|game|storm|hurricane|wind|draught|draft|noisy|snoring|since|every night|always"
        r"|nothing'?s happened)\b)(?=.*\b(?:tonight|right now|now|outside|refusing to leave|banging|shouting|trying to get"
        r" in)\b).*\b(?:(?:a )?chair (?:\w+ ){0,2}"
        r"(?:under|against) the (?:door ?)?handle|barricaded (?:myself|the door|us)|wedged the door shut)\b",
        negatable=False,
    ),
    # --- eighteenth round: two more development files (session 12), each miss written as a family -------------
    _rule(
        "multi.rather_dead",
        SUICIDE,
        CRISIS,
        r"\b(?:(?:ik ben|ben ik) liever dood|preferirei (?:essere mort[oa]|morire)|je (?:voudrais|prefererais) (?:juste )?"
        r"etre mort(?:e)?|gostava de (?:morrer|estar mort[oa]|desaparecer para sempre|deixar de existir)|preferia (?:morrer"
        r"|estar mort[oa])|me (?:da|es) igual (?:vivir|si vivo) o (?:morir|muero)|hoffe ich,? dass ich im schlaf sterbe"
        r"|hoffe,? dass ich (?:nicht mehr aufwache|im schlaf sterbe)|ne plus exister du"
        r" tout|i'?m (?:just )?waiting to die|better (?:off )?with a dead (?:dad|mum|mom|father|mother|parent|husband|wife)"
        r"|(?:happier|better off|easier) if i'?d (?:died|never been born|not survived)|wish(?:ing)? it (?:had been|was|were)"
        r" me (?:instead|not)|jealous of (?:the )?(?:dying|dead)|don'?t care (?:any ?more )?if (?:it|my heart) stops)\b",
        # "hoffe, dass ich nicht mehr aufwache von dem Larm der Baustelle": woken by the noise
        r"\s*(?:of (?:boredom|laughter|embarrassment)|for (?:the|my) (?:bus|train|results|parcel)|von|vom|wegen|durch"
        r"|bei)",
        negatable=False,
    ),
    _rule(
        "multi.relapse_fresh_wounds",
        SELF_HARM,
        CRISIS,
        r"\b(?:ruckfall|rechute|rechute\w*|teruggevallen|terugval|ho ceduto|ricaduta|recaida|recai|relapsed)\b[^\n]{0,80}"
        r"\b(?:wunden|plaies|wondjes|wonden|tagli|cortes|feridas|cuts|wounds)\b[^.!?]{0,30}\b(?:frisch|ouvertes|vers"
        r"|freschi|frescos|abertas|fresh|open|bleeding)\b",
        negatable=False,
    ),
    _rule(
        "multi.hurting_myself_now",
        SELF_HARM,
        CRISIS,
        r"\b(?:ga mezelf (?:\w+ )?(?:snijden|krassen|pijn doen|branden)|(?:me estoy|estoy) golpeando la cabeza contra"
        r"|no consigo parar de (?:golpearme|cortarme|hacerme dano)|sbatt\w* (?:i pugni|la testa) contro il muro"
        r"|nocche (?:tutte )?aperte|queimei (?:o|meu) (?:braco|pulso|perna|mao) com (?:o|um) isqueiro"
        r"|mi sono bruciat[oa] (?:apposta|di proposito))\b",
        r"\s*(?:lol|haha|jaja|kkk)",
    ),
    _rule(
        "multi.not_coming_back",
        SUICIDE,
        CRISIS,
        r"^(?=.*\b(?:ponte|bridge|puente|pont|brucke|brug|mare|sea|lago|lake|cliff|scogliera|acantilado|falaise|klippe"
        r"|boat|barca|boot|bateau|barco|buoys|railway|tracks|binari|vias|rails|gleise|spoor)\b).*\b(?:non ho intenzione di"
        r" tornare(?: indietro| a casa)?|no pienso volver|nao pretendo voltar|je ne compte pas revenir|ich habe nicht vor"
        r",? zuruckzukommen|ik ben niet van plan terug te komen|not planning (?:on|to) (?:come|coming) back|not bringing it"
        r" back(?: in)?|not coming back)\b",
        r"\s*(?:until|till|before|for (?:a|the) (?:week|while|month|summer))",
        negatable=False,
    ),
    _rule(
        "en.railway_after_dark",
        SUICIDE,
        CRISIS,
        r"\bgoing (?:down )?to the (?:railway line|railway|tracks|train tracks|level crossing|line)\b(?=[^\n]{0,40}\b(?:after"
        r" dark|tonight|later|when (?:it'?s|it is) dark|at midnight)\b)",
        r"\s*(?:to (?:photograph|take photos|watch|spot|film)|with (?:my|the) camera|for (?:photos|trainspotting))",
        negatable=False,
    ),
    _rule(
        "multi.waiting_for_all_asleep_ready",
        SUICIDE,
        CRISIS,
        # the means ready and waiting for the house to sleep
        r"^(?=.*\b(?:rope|cord|koord|touw|corda|cuerda|soga|seil|strick|corde|pills|tablets|stash|pastillas|tabletten"
        r"|pillen|comprimes|cachets|pillole|compresse|comprimidos|remedios|lined (?:it|them) up)\b).*\b(?:aspetto (?:solo )?"
        r"che (?:i miei|tutti) (?:vadano a dormire|dormano)|(?:ik )?wacht tot iedereen slaapt|warte,? bis alle schlafen"
        r"|espero a que (?:todos )?se duerman|j'attends que tout le monde dorme|espero (?:todos|que todos) dorm\w*"
        r"|waiting for (?:everyone|my flatmate|my parents|them|the house|my wife|my husband) to (?:fall asleep|go to bed"
        r"|go to sleep|sleep))\b",
        negatable=False,
    ),
    _rule(
        "multi.want_dead_slang",
        SUICIDE,
        CRISIS,
        r"\bwil (?:gewoon |gwn |echt )?dood\b(?! (?:van|door|aan|om)\b)|\bwill mich (?:\w+ ){0,3}killen\b|\bbrb forever\b"
        r"|\bho preso (?:tt|tutte) le (?:pasticche|pillole|compresse|pastiglie)\b",
        r"\s*(?:in (?:the|a|het|dem) (?:game|spel|spiel)|lol|haha)",
    ),
    _rule(
        "en.right_this_time",
        SUICIDE,
        CRISIS,
        r"\b(?:get it right|do it properly|finish the job|make sure it works) this time\b|\bwhat (?:will )?holds? a"
        r" (?:person|body|grown man|human)'?s? weight\b|\bthen the (?:pills|tablets|rope|bridge|train|knife)\W*$"
        r"|\b(?:scan|results?|biopsy|tests?) (?:was|were|came back) (?:clear|fine|normal|negative)\b[^.]{0,60}"
        r"\b(?:disappointed|gutted)\b",
        r"\s*(?:on the (?:exam|test|essay|recipe)|lol|haha)",
        negatable=False,
    ),
    _rule(
        "en.will_and_funeral_sorted",
        SUICIDE,
        CONCERN,
        # affairs put in order; beside a day or a method (another sign) it is a crisis
        r"\b(?:sorted|wrote|written|finished|signed|updated) (?:the|my) will and (?:the|my) funeral (?:plan|plans|music"
        r"|wishes)\b",
    ),
)
