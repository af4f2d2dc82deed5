"""Crisis-screen rules, twelfth round (issue #6): danger told as a plan, a farewell from someone else, or a trap.

The third wave of hand-written messages (now in agent/resources/crisis/written, read by the semantic layer only)
showed what the eleventh round still missed: harm to others told only through its logistics (a weapon taken along, a
target waited for, a time set, an animal hurt first, petrol bought, a restraining order scorned); a friend's
farewell followed by silence; nude photos used for blackmail; an adult stranger arranging to meet a child in secret;
and, in French, Portuguese, Italian, Dutch and German, killing oneself or jumping said with a plan around it
("pour me tuer dimanche").
A plan's logistics are `concern` signs each, so a weapon alone or a waited-for person alone only earns a check-in;
two of them in one message reach the crisis protocol (agent.crisis._escalate), which is how a crisis-line worker
reads "I'm outside his work. I have the knife."
The round's other rules (the six languages' plain forms, English passive wishes said aside) sit with their kin in
agent.crisis_rules_languages and agent.crisis_rules_acts.
Written against `agent.crisis.normalise` output: lower case, no diacritics, plain apostrophes.
"""

from __future__ import annotations

from agent.crisis_rules import CONCERN, CRISIS, FROM_OTHERS, SUICIDE, TO_OTHERS, Rule, _rule

# Play, stories and laughter, in seven languages: a weapon in a game or a novel is no plan.
_PLAYED = (
    r"\s*(?:in (?:the|a|my) (?:game|film|movie|show|book|dream|story|novel|campaign|play)|lol|haha|jaja|kkk|mdr"
    r"|im (?:spiel|film|buch)|nel (?:gioco|film|libro)|dans le (?:jeu|film|livre)|en (?:el|la) (?:juego|pelicula)"
    r"|no (?:jogo|filme)|in het (?:spel|boek))"
)
# Weapons whose everyday use is no alibi in a message about someone ("with the gun"), in seven languages; knives
# and hunting guns need more than "with" (a knife in the pocket, a rifle brought along), since bread is cut with the
# knife and deer are hunted with the rifle.
_GUN = (
    r"(?:(?<!heat )(?<!glue )(?<!nail )(?<!staple )(?<!spray )(?<!water )(?<!nerf )(?<!paint )(?<!squirt )(?<!toy )"
    r"(?<!bubble )(?<!caulk )(?<!caulking )(?<!grease )(?<!massage )(?<!radar )gun|pistol|handgun|revolver|machete"
    r"|crowbar|baseball bat|pistola|fierro|pistole|waffe|baseballschlager|pistolet|flingue|spranga|facao|pistool"
    r"|wapen|knuppel|arma)"
)
_BLADE_OR_RIFLE = (
    r"(?:knife|knives|rifle|shotgun|crossbow|axe|cuchillo|navaja|escopeta|messer|gewehr|jagdgewehr|schrotflinte|axt"
    r"|couteau|fusil|hache|coltello|fucile|faca|espingarda|mes|geweer|jachtgeweer|bijl)"
)
_CARRIED = (
    r"(?:in|on|under) (?:my|the|his) (?:car|bag|pocket|jacket|jacket pocket|waistband|belt|backpack|coat|boot|trunk)"
    r"|en (?:la|mi|el) (?:cintura|mochila|bolsillo|chaqueta|coche|carro)|(?:na|no) (?:cintura|carro|mochila|bolso)"
    r"|in der (?:jackentasche|tasche|hosentasche)|im (?:auto|rucksack)|dans (?:ma|la|mon) (?:poche|sac|voiture)"
    r"|in (?:tasca|macchina)|in (?:mijn|m'n) (?:zak|jas|tas|auto)"
)

# Someone the writer is angry with, waited for where they will be.
_WAITED = (
    r"(?:(?:waiting|wait|waited|parked|standing|sitting|hiding) (?:\w+ ){0,2}(?:by|at|outside|near|behind)"
    r" (?:his|her|their) (?:\w+ ){0,2}(?:house|place|flat|car|work|office|locker|gate|gym|school|door)"
    r"|(?:lo|la|le|los) (?:espero|esperare|estoy esperando|aspetto|aspettero|sto aspettando) (?:\w+ ){0,2}(?:fuera"
    r"|afuera|a la salida|en (?:la puerta|el parking|el estacionamiento)|fuori|nel parcheggio|sotto casa|all'uscita)"
    r"|(?:l'attends|l'attendrai|vais l'attendre) (?:devant|derriere|a la sortie|en bas de)"
    r"|ich warte (?:\w+ ){0,3}(?:auf (?:ihn|sie) (?:vor|an|am|hinter)|vor seinem|vor ihrem)"
    r"|(?:sta|zit|wacht) (?:\w+ ){0,2}voor (?:zijn|haar) (?:huis|deur|werk|auto|school)"
    r"|de tocaia|esperando (?:ele|ela) (?:sair|chegar|na porta|na saida)"
    r"|espero (?:ele|ela) (?:no|na) (?:estacionamento|saida|porta|garagem|parque)"
    r"|se (?:a|la) (?:que )?hora (?:que )?(?:sale|ele sai|ela sai|sai)|sei a hora que (?:ele|ela) sai"
    r"|ik weet (?:hoe laat|wanneer) (?:hij|ze|zij) (?:\w+ ){0,4}(?:komt|vertrekt|fietst)"
    r"|ich (?:kenne|weiss) (?:seinen|ihren) (?:arbeitsweg|schulweg)|je connais (?:son|ses) (?:trajet|horaires)"
    r"|conosco (?:il suo|i suoi) (?:percorso|orari)|(?:drove|driven|walked) past (?:\w+ ){0,2}"
    r"(?:three|four|five|several|a few|many) times|which gate nobody watches)"
)

# The person's timetable, known: "he leaves at 6", "ela chega às 7" (normalise spells "18h" as "i8h").
_TIMETABLE = (
    r"(?:he|she|ele|ela|il|elle|er|sie|hij|ze|lui|lei|ella) (?:\w+ )?(?:leaves|sai|sale|sort|geht|gaat|esce|finishes"
    r"|gets off|comes out|comes home|gets home|arrives|chega|llega|arrive|kommt|komt|arriva|rentre|rientra|volta)"
    r" (?:\w+ ){0,3}(?:at|as|a las|a|um|om|alle|vers|verso|rond|around|about) (?:(?:\d|i\d)[\w:.]*|midnight|minuit"
    r"|mitternacht|medianoche|mezzanotte|meia-noite|middernacht)"
)
# Anything held for the purpose, beside a waited-for person: the weapons above, and what else is held to hurt.
_HELD = (
    rf"(?:{_GUN}|{_BLADE_OR_RIFLE}|bat|tyre iron|tire iron|iron bar|hammer|martello|pillow|scissors|petrol|gasoline|barra"
    rf"|spranga|mazza|marteau|hamer|martelo|martillo|tesoura|tijeras|ciseaux|schere|schaar|forbici|kussen|almohada"
    rf"|oreiller|cuscino|travesseiro|kissen|wrench|spanner|cle a molette|llave inglesa|chiave inglese"
    rf"|schraubenschlussel"
    rf"|moersleutel|chave inglesa)"
)
_ARMED = (
    rf"(?:(?:with|con|avec|mit|met|com|got|have|holding|tengo|hab|heb|ho|j'ai|tenho|sharpened|loaded|sorti|gepakt"
    rf"|geholt|preso|peguei|cogi|agarre|trouxe|brought|bringing|took|grabbed|packed|lever|levantar|alzare|heben"
    rf"|pakken) (?:[\w']+ ){{0,3}}{_HELD}|{_HELD}(?:'s| is| ist| est| e| esta| ta| zit)?"
    rf" (?:\w+ ){{0,2}}(?:in my hand|in (?:my|the) (?:pocket|bag|car|boot|trunk)|ready|klaar|bereit|pret|pronto|listo))"
)
_WAITS = (
    rf"(?:{_WAITED}|{_TIMETABLE}|waiting for (?:him|her|them)\b|watching (?:the|his|her) (?:front |back )?door"
    rf"|(?:lo|la|le|los) (?:espero|esperare|aspetto|aspettero)|(?:je )?l'(?:attends|attendrai)|(?:to|tou|estou|ja to)"
    rf" esperando|ich warte auf (?:ihn|sie)|wacht op (?:hem|haar))"
)

RULES: tuple[Rule, ...] = (
    # --- harm to others told as a plan: each piece a concern, two together a crisis ------------------------------
    _rule(
        "multi.weapon_taken",
        TO_OTHERS,
        CONCERN,
        rf"\b(?:(?:with (?:the|my|a|his|her|dad'?s|my dad'?s|my \w+'?s)|con (?:el|la|lo|il|un|una|mi|mio|mia)"
        rf"|(?:tengo|traigo|llevo|ya tengo) (?:el|la|un|una|mi)|ho preso (?:il|la|lo|un)|avec (?:le|la|un|une|mon|ma)"
        rf"|mit (?:dem|der|einem|meinem)|met (?:het|de|een|mijn)|com (?:a|o|um|uma)) (?:\w+ ){{0,2}}{_GUN}"
        rf"|(?:bringing|brought|bring|taking|took|carrying|packed|grabbed|loaded|peguei|trouxe|ho preso"
        rf"|j'ai pris|neem (?:ik )?) (?:the|my|a|his|her|dad'?s|my \w+'?s|o|il|la|lo|le|mijn|het|de) (?:\w+ ){{0,2}}"
        rf"(?:{_GUN}|{_BLADE_OR_RIFLE})|(?:{_GUN}|{_BLADE_OR_RIFLE}) (?:[\w']+ ){{0,2}}(?:{_CARRIED})"
        rf"|sharpened (?:it|the|my|a)\b(?! (?:pencil|knife for|skates|blade for)))\b",
        _PLAYED
        + r"|\s*(?:for (?:hunting|deer|the kitchen|cooking|camping)|de caza(?! de mi)|para (?:cortar|cocinar"
        r"|cazar)|per (?:cucinare|tagliare)|pour (?:couper|cuisiner|la chasse)|zum (?:schneiden|kochen|jagen)"
        r"|om te (?:snijden|koken|jagen))",
    ),
    _rule(
        "multi.target_waited",
        TO_OTHERS,
        CONCERN,
        rf"\b{_WAITED}\b",
        _PLAYED,
        negatable=False,
    ),
    _rule(
        "multi.armed_wait",
        TO_OTHERS,
        CRISIS,
        rf"\b(?:{_WAITS}\b.{{0,100}}\b{_ARMED}|{_ARMED}\b.{{0,100}}\b{_WAITS})\b",
        _PLAYED,
    ),
    _rule(
        "multi.weapon_in_hand",
        TO_OTHERS,
        CRISIS,
        # a weapon held right now, by the writer or by someone with them, in seven languages
        rf"\b(?:(?:i'?m|i am|he'?s|she'?s|he is|she is|im) (?:\w+ ){{0,2}}holding (?:the|a|his|her|my) (?:\w+ )?{_HELD}"
        rf"|{_HELD}(?:'s| is) (?:still )?in (?:my|his|her) hands?|(?:he|she)(?:'s| has| is) got (?:a|the|his|her) "
        rf"(?:\w+ )?(?:{_GUN}|knife|axe|bat|machete)(?: out)?(?= *$| *[.,!]| and| again)"
        rf"|(?:tengo|tiene) (?:un|una|el|la) (?:cuchillo|pistola|navaja|arma) en la mano"
        rf"|(?:ich hab|ich habe|er hat|sie hat) (?:das|ein|sein|ihr) messer (?:\w+ )?in der hand"
        rf"|(?:ho|ha) (?:la|il|un|una) (?:pistola|coltello|fucile) (?:\w+ )?(?:carica|carico|in mano)"
        rf"|(?:tenho|tem|ta com|esta com) (?:a|uma|o|um) (?:arma|faca|pistola|revolver) (?:carregada|na mao)"
        rf"|(?:ik sta|hij staat|ze staat|ik zit) met (?:het|een) (?:mes|pistool|geweer|bijl|hamer)"
        rf"|(?:j'ai|il a|elle a) (?:le|un|une|la) (?:couteau|fusil|pistolet|arme) (?:\w+ )?(?:a la main|dans la main"
        rf"|charge))\b",
        _PLAYED
        + r"|\s*(?:wrong|correctly|properly|the right way|for (?:chopping|cutting|carving)|to (?:chop|cut|carve)"
        r"|collection|at the range)",
    ),
    _rule(
        "multi.harm_done_to_someone",
        TO_OTHERS,
        CRISIS,
        # harm told by what it does to the body or what it is: smothered until blue, a drink made so someone does not
        # wake, a baby shaken, a massacre announced, "ich stech den ab"
        r"\b(?:(?:until|till|ate|hasta que|bis|jusqu'a ce qu'|finche|tot) (?:he|she|ele|ela|el|ella|er|sie|il|elle|lui"
        r"|lei|hij|ze)(?: \w+)? (?:turned|went|ficar|ficou|se puso|wurde|devienne|e diventato|diventasse|werd)"
        r" (?:blue|purple|roxo|azul|morado|blau|bleu|viola|blauw|lila|paars)"
        r"|(?:in (?:seinen|ihren) (?:tee|kaffee|essen|drink|saft)|dans son (?:the|cafe|verre|assiette)|nel suo (?:te"
        r"|caffe"
        r"|bicchiere|piatto)|en su (?:te|cafe|bebida|comida|vaso)|no (?:cha|cafe|copo|prato) dele|in zijn (?:thee"
        r"|koffie"
        r"|eten|drinken)|in (?:his|her) (?:tea|coffee|drink|food))\b.{0,60}\b(?:nicht mehr aufwacht|ne se reveille"
        r" plus|non si svegli|no (?:se )?despierte|nao acorde|niet meer wakker|(?:doesn'?t|won'?t|never) wakes? up)"
        r"|(?:hab|habe) (?:ihn|sie|das baby|den kleinen|die kleine) (?:\w+ ){0,3}geschuttelt|sacudi (?:al bebe"
        r"|a mi bebe"
        r"|al nino|o bebe|a bebe)|j'ai secoue (?:le bebe|mon bebe)|ho scosso (?:il bambino|la bambina|il neonato"
        r"|il bimbo)|heb (?:de baby|hem|haar) (?:\w+ ){0,2}geschud"
        r"|(?:faccio|fare|hacer|hago|fazer|faco|commettre|anrichten|aanrichten) (?:una |un |uma |ein |een )?(?:strage"
        r"|masacre"
        r"|massacre|chacina|blutbad|bloedbad)"
        r"|(?:ich )?stech (?:den|die|ihn|sie) ab|(?:ich werde|ich will) (?:\w+ ){0,4}abstechen)\b",
        _PLAYED + r"|\s*(?:di cuori|de coeurs|de corazones|in (?:the|a) (?:video|clip))",
    ),
    _rule(
        "multi.commanded_by_faith",
        TO_OTHERS,
        CRISIS,
        # a god, a voice or a devil commanding harm, or naming people as demons to be dealt with
        r"\b(?:(?:god|jesus|the devil|satan|the voice|a voice|the voices|dios|gott|dieu|dio|deus|god) (?:\w+ ){0,2}"
        r"(?:told|tells|says|said|wants|commanded|ordered) (?:me )?to (?:cleanse|purify|punish|sacrifice|kill|stop"
        r"|free)"
        r"\b.{0,80}\b(?:start with|begin with|first|him|her|them|my \w+)"
        r"|(?:voices?|stimmen|voix|voci|vozes|voces|stemmen)\b.{0,60}\b(?:are|sind|sont|sono|son|sao|zijn) (?:\w+ )?"
        r"(?:demons|damonen|demoni|demonios|demonen|devils)"
        r"|(?:stop|kill|hurt) (?:him|her|them)\b.{0,60}\b(?:the )?voices? (?:says?|said|told)(?: me)? so)\b",
        _PLAYED,
        negatable=False,
    ),
    _rule(
        "multi.animal_first",
        TO_OTHERS,
        CRISIS,
        # an animal hurt first as a warning or a rehearsal, the owner named as next
        r"\b(?:(?:cat|dog|puppy|rabbit|pet) first\b.{0,12}\bthen (?:her|him|them|you)"
        r"|(?:killed|poisoned|did|hurt)\b.{0,40}\b(?:dog|cat|puppy|rabbit|pet|\w*hund|katze|perro|gato|chien|chat|cane"
        r"|gatto|cachorro|hond|kat|konijn)\b.{0,80}\b(?:(?:he|she|they|you)(?:'s|'re| is| are) next|so (?:she|he|they)"
        r" knows? i'?m serious|next is (?:her|him))"
        r"|(?:\w*hund|katze|kaninchen|koder)\b.{0,80}\b(?:ist|sind) (?:\w+ ){0,2}(?:dran|als nachstes)"
        r"|(?:perro|gato|matarratas)\b.{0,80}\b(?:es|son) (?:el|la|los) siguientes?"
        r"|(?:cane|gatto)\b.{0,80}\b(?:tocca a (?:lui|lei|loro)|sono i prossimi|e il prossimo)"
        r"|(?:chien|chat)\b.{0,80}\b(?:c'est son tour|c'est leur tour|est le prochain)"
        r"|(?:cachorro|gato)\b.{0,80}\b(?:e o proximo|e a proxima|sao os proximos)"
        r"|(?:hond|kat)\b.{0,80}\b(?:is de volgende|zijn de volgenden|is hij aan de beurt))\b",
        _PLAYED,
        negatable=False,
    ),
    _rule(
        "multi.arson_planned",
        TO_OTHERS,
        CRISIS,
        # fuel bought or fire set on someone's home or shop while they sleep in it
        r"\b(?:(?:bought|got|filled) (?:\w+ ){0,2}(?:petrol|gasoline|gas can|jerry ?can|lighter fluid)(?! for (?:the"
        r"|my) (?:\w+ )?(?:mower|generator|car|bbq"
        r"|barbecue|chainsaw|boat|van))|comprei gasolina"
        r"|compre gasolina|ho comprato (?:la )?benzina|j'ai achete de l'essence|benzin gekauft|benzine gekocht"
        r"|do fuoco|dar fuego|prendre feu|brulent bien|anzunden|in brand steken|tocar fogo|por fogo)\b.{0,80}"
        r"\b(?:(?:he|she|they) (?:sleeps?|is asleep|are asleep)|dorme|duerme|dort|schlaft|slaapt|(?:her|his|their)"
        r" (?:house|flat|place|window)|casa (?:dela|dele)|sa chambre|la sienne|seine wohnung|ihre wohnung|zijn huis"
        r"|haar huis|cette nuit|stanotte|esta noche|heute nacht|vannacht|hoje a noite)\b",
        _PLAYED + r"|\s*(?:for (?:the|my) (?:mower|generator|car|bbq|barbecue))",
        negatable=False,
    ),
    _rule(
        "multi.order_scorned",
        TO_OTHERS,
        CONCERN,
        # a restraining order called worthless: said of the writer's target, or of the writer's abuser
        r"\b(?:(?:restraining|protective|protection|no.contact) order|contactverbod|kontaktverbot|annaherungsverbot"
        r"|orden de alejamiento|medida protetiva|ordonnance de protection|ordine restrittivo)\b.{0,60}\b(?:(?:doesn'?t|"
        r"won'?t|can'?t|does not|will not) (?:stop|keep|protect|matter)|keeps? (?:him|her|them) safe|piece of paper"
        r"|alsof dat|als ob|como si|comme si|come se|me segura|paper)\b",
        _PLAYED,
        negatable=False,
    ),
    _rule(
        "multi.laughing_ends",
        TO_OTHERS,
        CONCERN,
        # "they'll stop laughing", "they'll see", said of the people who mock the writer, with a day set
        r"\b(?:(?:stop|won'?t be|no more|make them stop) laughing|se les acaba la risa|no se van a reir mas"
        r"|riront moins"
        r"|ne riront plus|wird keiner mehr lachen|lacht keiner mehr|(?:lachen|lacht) (?:\w+ ){0,3}niet meer"
        r"|niet meer lachen|non rideranno piu|la pagheranno|vao ver so|eles vao ver|vao pagar)\b",
        _PLAYED + r"|\s*(?:at (?:my|the|your) (?:jokes?|hair|accent))",
        negatable=False,
    ),
    _rule(
        "multi.day_set_against",
        TO_OTHERS,
        CONCERN,
        # a day or an hour set against people, announced, with nothing ordinary planned for it
        r"\b(?:(?:on |this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow|tonight"
        r"|lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|esta noche|montag|dienstag|mittwoch|donnerstag"
        r"|freitag|samstag|sonntag|morgen|heute nacht|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain"
        r"|ce soir|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domani|stasera|segunda|terca|quarta|quinta|sexta"
        r"|amanha|hoje|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|vanavond)\b.{0,40}\b(?:they'?ll"
        r" (?:pay|remember|regret|learn)|(?:they|he|she) (?:won'?t|will not) (?:be (?:laughing|walking|around)|make"
        r" it|walk out)|es el final|se acabo|ist schluss|c'est fini|e finita|acabou|is het afgelopen|is het klaar)\b"
        r"|\b(?:they'?ll remember the date|gets? taught a lesson|getting taught a lesson)\b",
        _PLAYED + r"|\s*(?:in (?:the )?(?:final|match|game|exam|test|quiz))",
        negatable=False,
    ),
    # --- someone else's farewell, then silence ----------------------------------------------------------------------
    _rule(
        "multi.farewell_then_silence",
        SUICIDE,
        CRISIS,
        r"\b(?:(?:sent|texted|messaged|snapped|posted|wrote)(?: me)? (?:a |this |an )?(?:snap |text |message )?"
        r"(?:saying )?['\"]?(?:goodbye|bye forever|thank you for everything|thanks for everything|a goodbye"
        r"|suicide note"
        r"|love you,? goodbye)(?! (?:card|party|present|gift|hug|kiss|lunch|dinner|drinks|video|post))|(?:mando"
        r"|escribio|envio)(?: un mensaje)?(?: de)? ['\"]?(?:despedida|gracias por todo"
        r"|adios para siempre)|mandou (?:uma )?(?:mensagem de )?(?:despedida|['\"]?adeus|['\"]?obrigad[oa] por tudo)"
        r"|(?:stuurde|appte|stuurt)(?: me)? (?:een )?['\"]?(?:doei voor altijd|vaarwel|afscheidsbericht|bedankt voor"
        r" alles)|(?:schickte|schrieb|geschickt|geschrieben)\b.{0,30}\b(?:abschiedsnachricht|lebwohl|danke fur alles)"
        r"|(?:m'a envoye|m'a ecrit)(?: un)? ['\"]?(?:message d'adieu|adieu|merci pour tout)|(?:mi ha (?:mandato"
        r"|scritto|inviato))(?: un)? ['\"]?(?:messaggio d'addio|addio|grazie di tutto|grazie per tutto))\b.{0,100}"
        r"\b(?:(?:not|isn'?t|won'?t|doesn'?t|stopped) (?:answering|responding|replying|picking up)|phone(?:'s| is)?"
        r" (?:off|dead)|location (?:is |says |shows )?(?:at|by|near)|no (?:contesta|responde)|(?:celular|telefono"
        r"|movil) (?:esta )?apagado|nao (?:atende|responde)|celular (?:esta |ta )?desligado|neemt (?:niet|nie) op"
        r"|reageert niet|telefoon (?:staat )?uit|geht nicht (?:mehr )?ran|antwortet nicht|handy (?:ist )?aus"
        r"|ne repond (?:plus|pas)|telephone (?:est )?eteint|non risponde|(?:telefono|cellulare) (?:e )?spento)\b",
        _PLAYED,
        negatable=False,
    ),
    # --- blackmail with intimate photos, and adults arranging to meet a child in secret -----------------------------
    _rule(
        "multi.sextortion",
        FROM_OTHERS,
        CRISIS,
        r"\b(?:(?:threaten\w*|going to|gonna|will|'ll) (?:\w+ ){0,3}(?:send|post|share|leak|spread"
        r"|show)\w* (?:\w+ ){0,2}"
        r"(?:nudes|naked (?:pics|photos|pictures)|intimate (?:pics|photos|videos))"
        r"|(?:amenaza con|va a|las va a|los va a) (?:\w+ ){0,2}(?:mandar|publicar|pasar|subir|difundir|ensenar"
        r"|enviar)\w*"
        r" (?:\w+ ){0,3}(?:fotos|nudes|desnud\w*)|(?:tiene|tienen) mis (?:fotos|nudes|videos)\b.{0,60}\bsi no"
        r"|amea\w* (?:\w+ ){0,2}(?:vazar|postar|mandar|espalhar|divulgar|publicar) (?:\w+ ){0,2}(?:nudes|fotos|videos)"
        r"|dreig\w* (?:\w+ ){0,5}(?:naaktfoto'?s|naaktbeelden|nudes)|droh\w* (?:\w+ ){0,5}(?:nacktbilder|nacktfotos"
        r"|nacktvideos|nudes)|menace (?:\w+ ){0,2}(?:de )?(?:publier|envoyer|diffuser|balancer|poster)\w* (?:\w+ ){0,3}"
        r"(?:photos|nudes|videos)|minacci\w* (?:\w+ ){0,2}(?:di )?(?:pubblicare|mandare|diffondere|postare|inviare)"
        r" (?:\w+ ){0,3}(?:foto|nudes|video))\b",
        _PLAYED + r"|\s*(?:de (?:bebe|nino|nina|pequen\w*|crianca)|da bambin\w*|van vroeger|as a (?:baby|kid)"
        r"|aus der kindheit|de quand j'etais)",
        negatable=False,
    ),
    _rule(
        "multi.grooming",
        FROM_OTHERS,
        CRISIS,
        # the writer says they are 10-15, the other person is an adult, and there is secrecy or a meeting
        r"^(?!.*\b(?:surprise|sorpresa|uberraschung|surpresa|verrassing|cadeau|regalo|geschenk|presente)\b)"
        r"(?=.*\b(?:(?:i'?m|im|i am|tengo|tenho|ho|j'ai|ik ben|ich bin|sou) (?:only |just |solo |so |erst |pas )?1[0-5]"
        r"|(?:sister|brother|daughter|son|niece|nephew|cousin|friend|she|he)(?:'s| is) (?:only )?1[0-7]|roblox|fortnite"
        r"|free fire|minecraft|brawl stars)\b)(?=.*\b(?:(?:much|way|lot) older|mucho mayor|mais velho|piu grande"
        r"|veel ouder|viel alter|plus vieux"
        r"|(?:he|hes|guy|man|dude|boyfriend|senor|tipo|cara|mec|ragazzo|typ|kerel|hij|er|il|ele)\b[^.]{0,25}\b[2-5]\d\b"
        r"(?!\s*(?:euros?|pavos|dollars?|bucks|reais|followers|min|pounds|%))|\b(?:de|van|di|von) [2-5]\d (?:ans|anos"
        r"|anni|jaar|jahren)\b|[2-5]\d(?:-| )?(?:year|yr)s?(?:-| )old (?:guy|man|dude)|un senor|velho|older (?:guy"
        r"|man|boy|dude))).*?\b(?:(?:don'?t|not to|never) tell"
        r" (?:my|your|his|anyone)|no (?:le )?(?:cuente|digas|cuentes) a|nao (?:conte|contar|fale)|rien dire|non dirlo"
        r"|non capirebbero|niet (?:aan|tegen) (?:mijn|je) ouders|stiekem|nichts (?:sagen|erzahlen)|heimlich"
        r"|(?:meet|see) me (?:alone|secretly)|verme (?:el|solo)|vienne chez lui|da lui|in zijn auto|biglietto del treno"
        r"|train ticket|fuja de casa|run away)"
        # no age given, but a much older person asks for a secret meeting in a car or at their home
        r"|^(?=.*\b(?:veel ouder|much older|way older|mucho mayor|bem mais velho|molto piu grande|viel alter"
        r"|beaucoup plus"
        r" (?:vieux|age))\b).*?\b(?:stiekem|secretly|in secret|heimlich|en secreto|escondid[oa]|in segreto"
        r"|en cachette)\b"
        r".{0,40}\b(?:in (?:zijn|his|seinem) auto|(?:get|stap|steig) in|zu ihm|naar hem|chez lui|da lui|a su casa"
        r"|na casa dele)",
        _PLAYED,
        negatable=False,
        jokeable=False,
    ),
    # --- a passive wish said as a hope, in six languages (English has its own: en.passive_wish and kin) -----------
    _rule(
        "multi.hope_not_to_be",
        SUICIDE,
        CRISIS,
        r"\b(?:non voglio piu esserci|spero (?:\w+ ){0,4}(?:che il (?:mio )?cuore si fermi|di non svegliarmi piu"
        r"|di morire"
        r"|di non esserci piu)|hoop (?:\w+ ){0,3}dat ik (?:een (?:\w+ )?ongeluk krijg|niet meer wakker word|doodga"
        r"|dood ga|er niet meer ben)|hoffe,? (?:\w+ ){0,3}dass ich (?:einen unfall (?:habe|hab|baue)"
        r"|nicht mehr aufwache"
        r"|sterbe|nicht mehr da bin)|j'espere (?:\w+ ){0,3}(?:avoir un accident|ne (?:pas|plus) me reveiller|mourir"
        r"|que mon coeur s'arrete)|ojala (?:\w+ ){0,3}(?:me atropelle|tener un accidente|tenga un accidente"
        r"|no despertar"
        r"|que mi corazon se pare)|(?:tomara|espero|queria) (?:\w+ ){0,3}(?:que eu (?:morra|nao acorde"
        r"|sofra um acidente)"
        r"|morrer dormindo|nao acordar mais|sofrer um acidente))\b",
        _PLAYED
        + r"|\s*(?:en retard|trop tard|tard|tardi|in ritardo|tarde|atrasad[oa]|te laat|zu spat|van|door|von"
        r"|durch|avec|con|com|met|mit|na (?:prova|aula)|en (?:el|la) (?:examen|clase))",
    ),
    # --- killing oneself or jumping, said with a plan or a time, in five more languages ---------------------------
    _rule(
        "multi.kill_self_planned",
        SUICIDE,
        CRISIS,
        r"\b(?:(?:pour|de|prevu de|decide de|penser a|pensant a|avant de) me (?:tuer|suicider|foutre en l'air)"
        r"|(?:quando eu|pra|para|pensar em|pensando em|decidi|eu vou) me matar"
        r"|(?:pensando di|penso di|voglio|sto per|ho deciso di) buttarmi(?= *$| *[.,!])"
        r"|buttarmi (?:dal|dalla|da un|sotto (?:il|un) treno|nel fiume|nel vuoto|giu dal)"
        r"|(?:ga|wil|spring) (?:\w+ ){0,3}(?:voor (?:de|een) trein|van (?:de|het|een) (?:brug|flat|dak|gebouw|balkon))"
        r"(?: \w+){0,2} (?:springen|spring)|voor (?:de|een) trein (?:te )?springen"
        r"|ich\b.{0,40}\b(?:mich )?(?:vor (?:den|einen) zug|von (?:der|einer) brucke|vom dach|aus dem fenster) (?:zu )?"
        r"(?:springen|werfen|sturzen|legen))\b",
        _PLAYED + r"|\s*(?:de (?:rire|rir|trabalhar|tanto)|a la tache|au travail|nel lavoro|in het werk)",
    ),
)
