"""Crisis-screen rules, twenty-fourth round (issue #6, session 16): wishes to be gone and decisions told quietly.

Three development files written for this round by helpers that read nothing of the project (English passive wishes
beside the heavy worries that look like them; the same in the six other languages; crises told in passing inside
longer messages) were scored once on the shipped screen, then read. The semantic layer found most of their crises;
the rules found under a quarter of the English wishes: "I just wish I could stop being alive", "I hope I'm not
around for it", "a dress to be found in". Each family names the phenomenon, not one writer's sentence, and was
checked against every readable probe and training line and the everyday messages before it was kept
(docs/safety.md, twenty-fourth round). Written against `agent.crisis.normalise` output: lower case, no diacritics,
plain apostrophes.
"""

from __future__ import annotations

from agent.crisis_rules import CRISIS, FROM_OTHERS, MEDICAL, SELF_HARM, SUICIDE, TO_OTHERS, Rule, _rule

# The end of a clause: what was wished is the whole wish ("to just not be.", not "to not be late")
_END = r"(?=\s*(?:[.,;!?]|$|\bbut\b|\banymore\b))"

RULES: tuple[Rule, ...] = (
    # --- passive wishes told plainly ------------------------------------------------------------------------
    _rule(
        "en.stop_being_alive",
        SUICIDE,
        CRISIS,
        r"(?:\b(?:wish\w*|want\w*|like|love|rather) (?:i could |to )?(?:just )?stop (?:being alive|existing|living)"
        r"|\b(?:so |just |really )?done (?:with )?existing)\b"
        # "I just want to stop existing for a bit" is the wish for a break
        r"(?! for (?:a|the) (?:bit|while|day|week|weekend|few|couple)| (?:today|tonight|this week))"
        rf"|\b(?:would love|i'?d love|want|wanna|wish i could|i'?d like) to (?:just )?not (?:be|exist){_END}",
    ),
    _rule(
        "en.hope_not_around_for_it",
        SUICIDE,
        CRISIS,
        # the future, a wedding, a birthday the person hopes not to live to see
        r"\bhope (?:that )?i'?m not (?:around|here|alive) (?:for|to see) (?:it|that|them|any of it|the \w+)\b"
        # not there for a scene at work or at home: "... when the boss finds out, I'll be on holiday"
        r"(?!,? (?:when|because|cos|cause|as) |[^.!?\n]{0,40}\b(?:holiday|vacation|away|abroad|at work|on leave)\b)"
        r"|\bhope i'?m not (?:in it|part of it|still here)\b|\bhope i (?:don'?t|won'?t) (?:make it|live) to (?:see )?\w+",
    ),
    _rule(
        "en.if_i_were_not_around",
        SUICIDE,
        CRISIS,
        # others better off, told as what they would have "if I weren't around anymore"
        r"\bif i (?:weren'?t|wasn'?t|were not|was not) (?:around|here|alive) (?:anymore|any ?more|at all)\b",
    ),
    _rule(
        "en.things_to_end_me",
        SUICIDE,
        CRISIS,
        r"\bwant (?:things|something|someone|life|it|the world) to (?:end|take) me\b"
        r"|\benvy (?:people|those|anyone|everyone|the ones) who (?:died|are dead|passed)\b"
        r"|\b(?:jealous|envious) of (?:the )?(?:people|ones|those) (?:in (?:the )?obituaries|who (?:died|are dead|passed))\b",
    ),
    _rule(
        "en.hoping_for_bad_results",
        SUICIDE,
        CRISIS,
        # hoping an illness will do it: "hoping the test results come back bad so this can be over"
        r"\bhop(?:e|ing) (?:that )?(?:the |my )?(?:test |scan |biopsy |blood )?(?:results?|tests?|scans?) (?:come|comes"
        r"|will come|are|is) (?:back )?bad\b(?! for (?:the|my) (?:insurance|mortgage|job))|\bhop(?:e|ing) (?:it'?s|it is) (?:cancer|terminal)\b",
    ),
    _rule(
        "en.disappear_for_good",
        SUICIDE,
        CRISIS,
        # told apart: "I wish I could evaporate. Not for a weekend. For good."; not "for a while, not for good"
        r"\b(?:wish|want|like) (?:i could |to )(?:just )?(?:disappear|vanish|evaporate|dissolve|fade away)\b"
        r"[^\n]{0,60}(?<!not )(?<!never )\bfor good\b",
    ),
    _rule(
        "multi.tired_of_existing",
        SUICIDE,
        CRISIS,
        # "tired of existing" is already a crisis in English (en.not_live); the same wish in the six other languages
        r"\b(?:cansad[oa]|harta|harto|exhaust[oa]) de existir\b|\bfatigue?e? d'exister\b|\bmarre d'exister\b"
        r"|\bstanc[oa] di esistere\b|\bmude,? (?:zu existieren|vom existieren|vom dasein)\b|\bexistenzmude\b"
        r"|\bmoe (?:van het bestaan|om te bestaan|van bestaan)\b",
    ),
    _rule(
        "multi.wish_had_died",
        SUICIDE,
        CRISIS,
        # a wish to have died (in the accident, the illness, the attempt), said now
        r"\bojala (?:me )?hubiera muerto\b|\b(?:queria|preferia|gostaria de) ter morrido\b"
        r"|\b(?:vorrei|avrei preferito) (?:essere mort[oa]|morire)\b|\bj'aurais (?:du|prefere|aime|voulu) (?:mourir"
        r"|y rester|etre morte?)\b|\bware ich (?:doch |bloss |lieber |einfach |nur )*(?:gestorben|tot|draufgegangen)\b"
        r"|(?<!\ber )(?<!\bsie )(?<!\bes )\b(?:war|ware)(?: ich)? lieber nie geboren\b"
        r"|\bwas ik (?:maar )?(?:dood|gestorven)\b|\bniet gewoon dood (?:zijn|was|ben)\b"
        r"|\bwish (?:i'?d|i had) died\b|\bshould(?:'ve| have) died (?:in|that|when|with)\b",
        r"\s*(?:laughing|de rire|de risa|dal ridere|vor lachen|van het lachen|de vergonha|of embarrassment)",
    ),
    _rule(
        "multi.death_a_relief",
        SUICIDE,
        CRISIS,
        # being dead as a relief or a liberation: "essere morto mi sembrerebbe una liberazione"
        r"\b(?:essere mort[oa]|estar muert[oa]|etre morte?|tot (?:zu )?sein|dood (?:zijn|te zijn)|estar mort[oa]"
        r"|being dead|to be dead|morir|morire|mourir|sterben|doodgaan|morrer|dying)\b[^.!?\n]{0,25}\b(?:liberazione"
        r"|sollievo|liberacion|alivio|liberation|soulagement|befreiung|erleichterung|erlosung|bevrijding|opluchting"
        r"|libertacao|relief|release)\b",
        # a relief from the heat, the noise, the meeting: hyperbole
        r"\s*(?:from|dal|dalla|del|de la|de|von|van|do|da) (?:this|the|questo|questa|este|esta|ce|cette|diese\w*|deze"
        r"|dit|esse|essa)\b",
    ),
    _rule(
        "multi.thanks_for_everything_look_after",
        SUICIDE,
        CRISIS,
        # a thank-you for everything with someone or something left in the other's care: a goodbye
        r"^(?!.*\b(?:while|pendant|mentre|mientras|enquanto|wahrend|terwijl|vacances|vacanze|vacaciones|ferias|urlaub"
        r"|vakantie|holiday|trip|viaje|voyage|viaggio|viagem|reise|reis|erasmus|semaine|week|settimana|semana|woche"
        r"|month|mois|mese|mes|monat|maand)\b).*"
        r"\b(?:merci pour tout|grazie di tutto|valeu por tudo|obrigad[oa] por tudo|gracias por todo|danke fur alles"
        r"|bedankt voor alles|thanks for everything|thank you for everything)\b[^\n]{0,100}\b(?:t'occuperas"
        r"|occupe-toi|prends soin|occupati|le lascio a te|li lascio a te|te la lascio|te lo lascio|cuida d[aeo]|cuida bem"
        r"|cuidas|te dejo|kummer dich|pass (?:gut )?auf|zorg (?:jij |goed )?voor|pas (?:jij |goed )?op|take care of"
        r"|look after|keep (?:my|her|him)|are yours now|e tua|e tuo|es tuyo|es tuya|c'est a toi|gehort dir|is van jou)\b",
    ),
    # --- decisions and preparations told quietly -----------------------------------------------------------
    _rule(
        "multi.decided_to_end_it",
        SUICIDE,
        CRISIS,
        # a decision to die told calmly: "j'ai choisi d'en finir", "decidi irme para siempre", "nach dem 30. gibt's
        # mich nicht mehr"
        r"\b(?:j'ai (?:choisi|decide)|je suis decidee?) (?:d'en finir|de partir pour de bon|de mourir)\b"
        r"|\b(?:decidi|he decidido|lo tengo decidido:?) (?:irme|marcharme) para siempre\b"
        r"|\bdesde que decidi irme para siempre\b|\bgibt(?:'s| es) mich (?:eh |dann |bald |sowieso )?nicht mehr\b"
        r"|\b(?:mijn|m'n) afscheidsbrief\b(?!.*\b(?:collega|werk|baan|team|pensioen)\w*)"
        r"|\b(?:mein(?:en)? abschiedsbrief|ma lettre d'adieu|mi carta de despedida|la mia lettera d'addio"
        r"|minha carta de despedida|my (?:goodbye|farewell) (?:letter|note))\b(?!.*\b(?:kollegen|collegues|colleghi"
        r"|companeros|colegas|colleagues|team|job|work|retire\w*|pension\w*)\b)",
    ),
    _rule(
        "en.clothes_to_be_found_in",
        SUICIDE,
        CRISIS,
        r"\b(?:outfit|dress|clothes|suit|shirt) (?:to be|i'?ll be|i want to be|i'?m going to be) found in\b",
        negatable=False,
    ),
    _rule(
        "en.last_time_because_it_was",
        SUICIDE,
        CRISIS,
        r"\blike it was the last time,? (?:because|cause|cos|coz) it (?:was|is|will be)\b",
    ),
    # --- the same wishes and acts, said in passing inside a longer message --------------------------------
    _rule(
        "multi.better_without_me_more",
        SUICIDE,
        CRISIS,
        # French, Italian and German forms of "my family would be better off without me" (multi.passive_more has
        # Spanish, Portuguese and Dutch)
        r"\b(?:serai(?:en)?t|seraient|serait|vivrai(?:en)?t) (?:\w+ )?mieux sans moi\b"
        r"|\b(?:starebbe|starebbero|sarebbe|sarebbero|vivrebbe|vivrebbero) (?:\w+ )?meglio senza di me\b"
        r"|\b(?:ware|waren) (?:ohne mich )?(?:\w+ )?besser dran(?: ohne mich)?\b|\b(?:ware|waren) ohne mich (?:\w+ )?besser\b",
        jokeable=False,
    ),
    _rule(
        "en.illness_would_take_me",
        SUICIDE,
        CRISIS,
        # a wish that an illness or an accident would do it: "I keep wishing some illness would just take me"
        r"\b(?:wish\w*|hop\w*|pray\w*) (?:that )?(?:some |an |a )?(?:illness|disease|accident|cancer|something|car"
        r"|bus|truck|lorry|train) would (?:just )?(?:take|kill|hit|end) me\b"
        r"|\b(?:glad|relieved|happy|nice|okay|fine) if (?:something|a car|a bus|a truck|a lorry|someone) (?:just )?"
        r"(?:hit|hits|killed|kills|ran over|runs over) me\b",
    ),
    _rule(
        "pt.vanish_for_good",
        SUICIDE,
        CRISIS,
        # "eu so queria sumir de vez, nao por uns dias, pra sempre"
        r"(?:\bsumir (?:de vez|(?:pra|para) sempre)\b|\bsumir\b[^.!?\n]{0,40}(?<!nao )\b(?:pra|para) sempre\b)"
        # from social media, a group chat, the map: "quero sumir pra sempre das redes sociais"
        r"(?! d[aeo]s? (?:redes|internet|insta\w*|app|aplicativo|grupo|mapa|face\w*|twitter|tiktok|whats\w*|zap))",
    ),
    _rule(
        "multi.chose_how",
        SUICIDE,
        CRISIS,
        # the method chosen, said without naming it: "domingo e o dia, ja escolhi como"
        r"\b(?:ja escolhi|ya (?:he )?elegi|ho (?:gia )?scelto|j'ai (?:deja )?choisi|ich habe (?:schon )?(?:ausgesucht"
        r"|entschieden)|ik heb (?:al )?gekozen|i'?ve (?:already )?(?:chosen|picked|worked out)) (?:como|come|comment|wie"
        r"|hoe|how)(?=\s*(?:[.,;!?]|$))"
        r"|\b(?:the )?(?:date|day|night) i (?:picked|chose|set|decided on) to (?:end it|die|do it|go)\b",
    ),
    _rule(
        "en.everything_in_the_cabinet",
        SUICIDE,
        CRISIS,
        r"\b(?:take|swallow|taking|swallowing) (?:everything|all the pills|all of it|the lot|every pill) (?:in|from)"
        r" (?:the|my|mum'?s|mom'?s|dad'?s) (?:medicine |bathroom )?(?:cabinet|cupboard|drawer|box)\b"
        r"|\b(?:the )?pills are (?:all )?(?:lined up|laid out|counted out|ready)\b"
        r"|\bso (?:nobody|no one) has to (?:deal with|clean up) (?:my|the) (?:mess|things|stuff) after (?:tonight|today"
        r"|tomorrow|this weekend)\b",
    ),
    _rule(
        "multi.self_harm_just_now",
        SELF_HARM,
        CRISIS,
        # the act just done: "me acabo de cortar el brazo", "mi sono appena tagliata il polso"
        r"\b(?:me acabo de (?:cortar|quemar)|acabei de me (?:cortar|queimar)|mi sono appena (?:tagliat[oa]|bruciat[oa])"
        r"|je viens de me (?:couper|bruler|taillader|scarifier)|ich habe mich (?:gerade|eben) (?:geschnitten|geritzt"
        r"|verbrannt)|ik heb mezelf (?:net|zojuist) (?:gesneden|gekrast|gebrand))\b"
        r"|\b(?:hitting|banging|smashing|slamming) my head (?:against|on|into) (?:the )?(?:tiles|floor|radiator|door|mirror"
        r"|sink|desk|bathroom floor)\b"
        # against a wall it is also the idiom of frustration: only with an injury or "until"
        r"|\b(?:hitting|banging|smashing|slamming) my head (?:against|on|into) (?:the |a )?wall\b[^.!?\n]{0,60}\b(?:lump"
        r"|bleed\w*|bruis\w*|blood|dizzy|until)\b"
        r"|\b(?:razor|blade)\b[^.!?\n]{0,60}\b(?:doing it|do it) tonight\b"
        r"|\b(?:months|weeks|days) clean but (?:whatever|fuck it|not for long|i don'?t care)\b",
    ),
    _rule(
        "en.sabotage",
        TO_OTHERS,
        CRISIS,
        # harm prepared in secret: "I've been loosening the wheel nuts on her car"
        r"\b(?:loosen\w*|undo\w*|unscrew\w*) (?:the )?(?:wheel nuts|lug nuts|wheel bolts)\b"
        r"|\b(?:cut|cutting|tamper\w* with) (?:the |her |his |their )?brake (?:lines?|cables?|hoses?)\b",
    ),
    _rule(
        "fr.decided_to_smash_skull",
        TO_OTHERS,
        CRISIS,
        r"\bj'ai decide de (?:lui|le|la) (?:fracasser|defoncer|eclater|casser|ouvrir) (?:le crane|la tete|la gueule)\b"
        r"|\b(?:fracasser|defoncer|eclater) (?:le crane|la tete)\b[^.!?\n]{0,40}\bavec (?:la|une|ma) (?:barre de fer"
        r"|batte|hache|marteau)\b",
    ),
    _rule(
        "en.did_things_i_did_not_want",
        FROM_OTHERS,
        CRISIS,
        r"\b(?:he|she|they|someone|a guy) (?:did|was doing|kept doing) (?:stuff|things) (?:to me )?(?:that )?i"
        r" (?:didn'?t|did not) want\b|\blocked the door and did (?:stuff|things) (?:to me )?(?:that )?i (?:didn'?t|did not)"
        r" want\b",
    ),
    _rule(
        "multi.locked_in_key_hidden",
        FROM_OTHERS,
        CRISIS,
        # shut in by someone who took the key: "ele trancou a porta, escondeu a chave"
        r"\btrancou a porta,? (?:e )?(?:escondeu|pegou|guardou) a chave\b"
        r"|\bcerro (?:la puerta )?con llave y (?:se (?:guardo|llevo)|escondio) la llave\b"
        r"|\ba ferme (?:la porte )?a cle et (?:a )?(?:cache|garde|pris) la cle\b"
        r"|\bhat die tur (?:ab|zu)geschlossen und den schlussel (?:versteckt|eingesteckt|mitgenommen)\b"
        r"|\bheeft de deur op slot gedaan en de sleutel (?:verstopt|gepakt|meegenomen)\b"
        r"|\bha chiuso (?:la porta )?a chiave e (?:ha )?(?:nascosto|preso) la chiave\b"
        r"|\blocked the door and (?:took|hid|pocketed) the key\b",
        negatable=False,
    ),
    _rule(
        "en.threat_to_crash_us",
        FROM_OTHERS,
        CRISIS,
        r"\b(?:he|she)(?:'ll| will|'s going to|'s gonna| is going to| says he'?ll| says she'?ll|'s saying he'?ll"
        r"| is saying he'?ll|'s threatening to| threatened to) crash (?:us|the car|us both|both of us)\b",
    ),
    _rule(
        "en.someone_forcing_the_door",
        FROM_OTHERS,
        CRISIS,
        r"\b(?:my ex|he|she|they)(?:'s| is| are|'re) (?:now )?(?:trying|forcing|kicking|breaking|smashing) (?:in )?(?:the"
        r"|my|our) (?:back |front |bedroom |kitchen )?(?:door|window)s?\b",
    ),
    _rule(
        "en.blood_sugar_crashing",
        MEDICAL,
        CRISIS,
        r"\b(?:sugar|blood sugar|glucose|bg|levels?)\b[^.!?\n]{0,30}\b(?:crashing|crashed|dropping|dropped|very low|hypo)"
        r"\b[^.!?\n]{0,60}\b(?:confused|shaking|can'?t think|passing out|sweaty|slurring|blacking out)\b",
        negatable=False,
    ),
)
