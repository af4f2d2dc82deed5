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
)
