"""Crisis-screen rules, twenty-fifth round (issue #6, session 17): danger between people, crises asked as
questions, and crises told in slang.

Three development files written for this round by helpers that read nothing of the project (danger from and to
other people in seven languages; crises told in texting slang; crises wrapped in questions, hypotheticals and
"asking for a friend") were scored once on the shipped screen, then read. The semantic layer found most of their
crises; the rules alone found about a quarter: "is it normal that he squeezes my neck when we argue?", "my ex is
outside, he has a restraining order", "how do I stop a cut I made myself bleeding?". Each family names the
phenomenon, not one writer's sentence, and was checked against every readable probe and training line and the
everyday messages before it was kept (docs/safety.md, twenty-fifth round). Written against
`agent.crisis.normalise` output: lower case, no diacritics, plain apostrophes.
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

# Someone close who can hurt the writer, named in English
_CLOSE = (
    r"(?:he|she|bf|gf|hubby|(?:my )?(?:\w+ )?(?:boyfriend|girlfriend|husband|wife|partner|bf|gf|ex|dad|father|stepdad|stepfather|mum"
    r"|mom|mother|brother|son|uncle|cousin|carer|flatmate|roommate|fiance|fiancee)|a (?:boyfriend|girlfriend|partner"
    r"|husband))"
)
# A court or police order that keeps someone away, in seven languages
_ORDER = (
    r"(?:restraining order|protective order|protection order|non-?molestation order|not (?:supposed|allowed) to come"
    r" (?:within|near)|orden de (?:alejamiento|proteccion)|kontaktverbot|annaherungsverbot|interdiction d'approcher"
    r"|ordonnance de protection|divieto di avvicinamento|medida protetiva|contactverbod|straatverbod|gebiedsverbod)"
)
# Right outside the writer's home, in seven languages
_AT_MY_DOOR = (
    r"(?:(?:outside|in front of|across (?:the road |the street )?from|at) (?:my|the) (?:\w+ )?(?:flat|house|home|door"
    r"|building|window|work|office|gate)|(?:frente a|delante de|en) mi (?:portal|casa|puerta|edificio|ventana)"
    r"|vor (?:dem|meinem|meiner) (?:haus|tur|wohnung|fenster)|unten vor|devant (?:chez moi|ma porte|mon immeuble"
    r"|ma fenetre)|autour de chez moi|sotto (?:il portone|casa)|davanti a (?:casa|casa mia|la mia porta)"
    r"|em frente (?:ao|a) (?:meu|minha)|na (?:minha )?porta|voor (?:mijn|m'n) (?:deur|huis|raam))"
)
_PHONE = (
    r"(?:phone|mobile|cell|movil|celular|telefono|handy|telefon|portable|telephone|cellulare|telemovel|telefoon|mobiel"
    r"|gsm)"
)
_PHONE_TAKEN = (
    rf"(?:(?:took|taken|takes|has|hat|'s got|hid|hidden|keeps|smashed|grabbed|quito|quitado|tiene|genommen|abgenommen"
    rf"|a pris|m'a pris|confisque|ha preso|mi ha preso|mi ha tolto|pegou|tirou|levou|heeft|afgepakt|afgenomen)"
    rf" (?:\w+ ){{0,2}}{_PHONE}|{_PHONE} (?:\w+ ){{0,2}}(?:wegnehmen|weggenommen|afpakken|afgepakt))"
)
# Kept in: a locked door, a ban on leaving, a hiding place to write from
_KEPT_IN = (
    r"(?:locked (?:me|the|us|my)|locked in|not allowed to (?:leave|go out|eat|sleep)|won'?t let me (?:leave|out|go)"
    r"|whisper\w*|hiding|abgeschlossen|eingesperrt|einsperren|nao saio|nao posso sair|no me deja salir|encerrad[ao]"
    r"|enfermee?|ferme a cle|chius[ao] (?:a chiave|dentro)|op slot|opgesloten|escondid[ao])"
)
# A self-inflicted wound named as such
_SELF_MADE = (
    r"(?:i did (?:it )?myself|did it (?:to )?myself|i made (?:them|it) myself|(?:knowing|know) i did it|selbst gemacht"
    r"|selber gemacht|(?:que )?me hice yo|que eu mesm[oa] fiz|che mi sono fatt[ao] da sol[ao]|zelf gedaan"
    r"|zelf gemaakt|(?:que )?je me suis fait(?:e)? moi-meme|mir (?:\w+ )?selbst (?:zugefugt|gemacht))"
)
_STILL_BLEEDING = (
    r"(?:won'?t stop|keeps? bleeding|still bleeding|bleeding through|gaping|blutet (?:immer noch|weiter|noch)|klafft"
    r"|genaht|no (?:deja de|para de) (?:salir|sangrar)|continua sangrando|nao para de sangrar|non smette|non si ferma"
    r"|blijft bloeden|bloedt (?:nog|door)|saigne encore|n'arrete pas de saigner|stitches|puntos|pontos|punti"
    r"|hechtingen|points de suture)"
)
_FRESH = r"(?:fresh|new|fraiches?|recentes?|nuevas?|frescas?|frische[n]?|neue[n]?|verse|nieuwe|fresche|nuove|novas)"
_WOUNDS = (
    r"(?:burns|cuts|wounds|brulures|blessures|coupures|quemaduras|cortes|heridas|queimaduras|feridas|verbrennungen"
    r"|schnitte|wunden|snijwonden|brandwonden|wonden|bruciature|tagli|ferite)"
)
_HIDE = (
    r"(?:hide|hiding|cover(?:ing)? up|cacher|esconder|ocultar|verstecken|verbergen|verberg|nascondere|nascondo"
    r"|disfarcar)"
)
# A question about the punishment for hurting someone
_PUNISHMENT = (
    r"(?:how long (?:would|will|do|does) (?:i|you|one|someone|they|a person) get|how much (?:time|jail|prison)"
    r"|what(?:'s| is| would be) the sentence for|what (?:would|will) happen to me if|how many years (?:for|would)"
    r"|(?:wie lange|wie viel|was) (?:wurde|bekommt|kriegt|kriegen|wurden) man|quanto tempo de (?:cadeia|prisao)"
    r"|quantos anos (?:de cadeia|de prisao|pega)|je risque quoi|qu'est-ce que je risque|combien (?:de temps )?(?:je"
    r" prends|on prend)|que me pasaria si|cuantos anos me (?:caen|darian)|cosa rischio|quanto (?:mi darebbero"
    r"|rischio)|hoeveel (?:jaar|tijd) krijg (?:je|ik)|wat krijg (?:je|ik) als)"
)
# Soon, or a sign that the question is about a plan: a day, an hour, a place known, a weapon at hand
_PLANNED = (
    r"(?:tonight|tomorrow|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|asking (?:because|bc"
    r"|cos)|i know where|already (?:have|got|bought)|planned for|esta noche|manana|ya tengo|morgen|heute abend"
    r"|ich hab mich entschieden|ce soir|demain|stasera|domani|hoje a noite|amanha|vou estar esperando|vanavond)"
)
_STUDIED = (
    r"(?:exam|essay|assignment|coursework|class|lecture|module|law school|novel|story|book|show|series|film|movie"
    r"|podcast|documentary|game|examen|klausur|prufung|esame|prova|tentamen)"
)
# A revenge promised, in seven languages: each a concern; with a second sign (a weapon, a place waited at, a
# visit announced, a plan of months) a crisis, as the escalation counts distinct signs
_REVENGE = (
    r"(?:(?:he|she|they)(?:'ll| will|'s going to|'s gonna| is going to| are going to|'re going to) (?:regret (?:it|this"
    r"|that|the day|being born|ever)|learn what \w+ feels like|get what'?s coming|see me coming)"
    r"|(?:gets?|getting) what'?s coming(?: to (?:him|her|them))?|(?:gets?|getting) back what (?:he|she|they) did"
    r"|make (?:him|her|them|my \w+|that \w+) pay\b(?! (?:for (?:the|dinner|lunch|drinks|rent|half|it all)|back|attention))"
    r"|(?:tonight|tomorrow) (?:he|she|they) pays? for (?:it|this|that|what)|(?:he|she|they) won'?t be walking (?:after|again)"
    r"|rearrange (?:his|her|their) face|want (?:him|her|them) to (?:feel what i (?:felt|feel)|be as scared as)"
    r"|(?:ze|hij) voelt wat ik voelde|(?:lo|la) va a pagar|se va a arrepentir"
    r"|(?:no )?va a volver a (?:andar|caminar) igual|que sepa lo que es perder"
    r"|(?:il|elle) va (?:le )?(?:payer|regretter)|va le payer cher|(?:er|sie) wird (?:es )?bereuen"
    r"|kriegt (?:er|sie) die quittung|wird dafur (?:bezahlen|bussen)|(?:me )?la paghera|se ne pentira"
    r"|gliela (?:faccio|faro) pagare|vai (?:me )?pagar caro|vai se arrepender|(?:gaat|zal) (?:hij|ze) (?:er )?(?:\w+ )?voor"
    r" boeten|gaat (?:er ?)?(?:\w+ )?voor boeten|zal het bezuren|i'?ve been planning (?:it|this) for (?:weeks|months|years))"
)
# Something brought, a talk ruled out, the person's door reached: pieces of a plan against someone
_PREPARED = (
    r"(?:(?:we |i )?(?:brought|bringing) something for (?:him|her|them)|(?:i'?m|i am|im) bringing something (?:in|to"
    r"|tomorrow|with)|nobody (?:in (?:that|the) (?:room|building|office) )?(?:walks|gets) out(?: alive)?"
    r"|(?:not going|i'?m not going|no voy a ir|je n'ai pas l'intention de|niet om te|nicht zum|non per|nao vou)"
    r" (?:there )?(?:to talk|a hablar|parler|praten|reden|parlare|conversar)"
    r"|(?:i'?m |im )?outside (?:his|her|their) (?:house|place|flat|door|work) (?:right )?now)"
)
# The person's comings and goings noted, the way into their home known
_WATCHED = (
    r"(?:writing down when (?:he|she|they) (?:arrives?|leaves?|comes|goes)|i know where (?:he|she|they) (?:hides"
    r"|keeps) (?:his|her|their) (?:spare )?key)"
)
_NOT_A_PLAN = (
    r"\s*(?:in (?:the|a) (?:game|match|final|rematch|round)|at (?:chess|poker|cards|fifa)|on the (?:pitch|court)"
    r"|lol|haha)"
)
# Going round to someone's home, now or tonight
_GOING_ROUND = (
    r"(?:(?:(?:i'?m|im|i am) |(?<![a-z] ))(?:going|heading|driving|walking) (?:over |round )?(?:there (?:now|tonight)|to (?:his|her"
    r"|their) (?:place|house|flat|home)|to (?:hers|his)(?= *(?:[.,!?]|$|right now|now|tonight|to\b|and\b))|round (?:his|hers|theirs))|ga ik (?:bij (?:hem|haar) )?langs"
    r"|ik ga naar (?:hem|haar) toe"
    r"|voy a su casa|je vais chez (?:lui|elle)|je roule vers chez (?:lui|elle)|geh ich (?:\w+ )?(?:ruber|hin)"
    r"|fahr ich zu (?:ihm|ihr)|vado da (?:lui|lei)|vou (?:la|na casa dele|na casa dela) (?:agora|hoje a noite)|estou subindo a escada)"
)
_SOME_PILLS = (
    r"(?:pills|tablets|pastillas|comprimidos|comprimes|tabletten|pillen|pillole|pastiglie|compresse|cachets|pilulas"
    r"|painkillers|sleeping pills)"
)

RULES: tuple[Rule, ...] = (
    # --- danger from someone at home, now ---------------------------------------------------------------------
    _rule(
        "multi.hands_on_the_neck",
        FROM_OTHERS,
        CRISIS,
        # a partner's hands on the neck, asked about or told: strangling is a sign of lethal danger whatever frames it
        rf"\b{_CLOSE} (?:\w+ ){{0,3}}(?:squeez\w*|grabs?|grabbing|grabbed|press\w*|puts? (?:his|her|both) hands"
        r"|putting (?:his|her|both) hands|chok\w*|strangl\w*|throttl\w*) (?:(?:round|around|on|over) )?(?:my|your|me by"
        r" the) (?:neck|throat)\b(?! (?:pillow|brace|warmer|muscles?|scarf))"
        r"|\bme (?:agarr[aeo]|apriet[ae]|apreto|cogi[oa]|coj[ae]) (?:del|el|por el) cuello"
        r"|\bmi string\w* (?:il|al) collo|\bmi (?:mette|ha messo) le mani (?:al|sul|intorno al) collo"
        r"|\b(?:mijn|m'n) keel dicht\w*|\bknijpt (?:mijn|m'n) keel\b"
        r"|\b(?:den|am) hals zu(?:druckt|gedruckt|druckte|zudrucken)\b|\bwurgt mich\b"
        r"|\b(?:druckt|druckte) mir (?:\w+ ){0,3}den hals zu\b|\bhat mir (?:\w+ ){0,3}den hals zugedruckt\b"
        rf"|\b{_CLOSE} (?:\w+ ){{0,2}}(?:choked|strangled|throttled) me\b(?! up)"
        r"|\b(?:aperta|apertou|apertar) (?:o )?meu pescoco|\bme (?:enforca|enforcou)\b"
        r"|\bme serr\w* (?:la gorge|le cou)\b",
        r"\s*(?:to (?:help|massage|relax)|gently|affectionately|in a hug|for a massage|para (?:dar|me dar) (?:um )?beijo"
        r"|lol|haha)",
        negatable=False,
    ),
    _rule(
        "multi.barred_yet_at_my_door",
        FROM_OTHERS,
        CRISIS,
        # someone a court keeps away, at the door now; or an ex there for hours; or watching and saying so
        rf"\b{_ORDER}\b.{{0,120}}\b{_AT_MY_DOOR}|\b{_AT_MY_DOOR}\b.{{0,120}}\b{_ORDER}"
        rf"|\b(?:my ex|mon ex|mi ex\w*|il mio ex|meu ex|mijn ex|mein ex\w*)\b.{{0,40}}\b{_AT_MY_DOOR}\b.{{0,40}}"
        r"\b(?:depuis|since|for|seit|da|desde|al|ha) (?:\w+ ){0,2}(?:heures?|hours?|stunden?|ore|horas|uur|une heure"
        r"|an hour|einer stunde|un'ora|una hora|uma hora|deux heures)\b"
        r"|\bfound (?:out )?(?:my address|where i live)\b.{0,60}\b(?:keeps? (?:turning|showing|coming) up|(?:is|'s)"
        r" (?:outside|knocking|here|at my door)|on (?:his|her|their) way)"
        r"|\bknows where (?:i|she|we|my \w+) li(?:ve|ves)\b.{0,40}\bon (?:his|her|their) way\b"
        r"|\b(?:texting|messaging|sending|dming|dm'?ing) me (?:what i'?m wearing|photos of my (?:window|house|door|car"
        r"|flat|kids|children|son|daughter)|my (?:exact )?(?:location|address))"
        rf"|\b(?:my ex|mon ex|mi ex\w*|il mio ex|meu ex|mijn ex|mein ex\w*)\b.{{0,40}}\b{_AT_MY_DOOR}\b.{{0,60}}"
        r"\b(?:i'?ll pay|if i don'?t open|wenn ich nicht aufmach\w*|macht mich kalt|si no (?:le )?abro|si je (?:n'ouvre|ouvre)"
        r" pas|se non apro|se eu nao abrir|als ik niet (?:open|opendoe))",
        negatable=False,
    ),
    _rule(
        "multi.door_forced_while_hiding",
        FROM_OTHERS,
        CRISIS,
        # the door the writer hides behind being beaten, with a threat to break it, in six languages
        r"\b(?:aporrea\w*|golpea\w*|patea\w*) (?:\w+ )?la puerta\b.{0,80}\b(?:tirar\w* abajo|romper\w*|derribar\w*"
        r"|echar\w* abajo)"
        r"|\b(?:tape|frappe|cogne)\w* (?:\w+ )?(?:dans|contre|sur|a) la porte\b.{0,80}\b(?:defonc\w*|cass\w*|enfonc\w*)"
        r"|\b(?:esmurr|chut|soc)\w* (?:\w+ )?(?:na|a) porta\b.{0,80}\b(?:arromb\w*|derrub\w*|quebr\w*|arrebent\w*)"
        r"|\b(?:prend\w* a calci|tira\w* calci|batte\w*|colpi\w*) (?:\w+ )?(?:alla|la|contro la|sulla) porta\b.{0,80}"
        r"\b(?:sfond\w*|butt\w* giu|romp\w*|spacc\w*)"
        r"|\b(?:bonkt|bonst|beukt|schopt|trapt|slaat) (?:\w+ )?(?:op|tegen) de \w*deur\b.{0,80}\b(?:intrap\w*|in ?trappen"
        r"|inslaan|inslaat|inbeuk\w*|openbreken)"
        r"|\b(?:hammert|schlagt|tritt|trommelt) (?:\w+ )?(?:gegen|an) (?:die|meine) \w*tur\b.{0,80}\b(?:eintret\w*"
        r"|aufbrech\w*|einschlag\w*|reinkomm\w*)"
        r"|\blocked (?:myself )?in (?:the |my )?(?:bathroom|bedroom|toilet|room|car)\b\W{1,4}(?:he|she)(?:'s| is)"
        r" (?:outside|at the door|banging|coming)",
        negatable=False,
    ),
    _rule(
        "multi.hiding_from_someone_armed",
        FROM_OTHERS,
        CRISIS,
        # the writer hiding in the home while someone there holds a weapon
        r"\b(?:(?:i'?m|hiding|hide) (?:\w+ )?(?:in|under|behind) (?:the|my|a) (?:wardrobe|closet|cupboard|bathroom|shed"
        r"|loft|attic|bed|car)|ich bin im schrank|estoy (?:escondid[ao] )?en el armario|je suis (?:cachee? )?dans le"
        r" placard|sono nell'armadio|estou no armario|ik zit in de kast)\b.{0,120}\b(?:knife|gun|rifle|axe|machete"
        r"|messer|cuchillo|couteau|coltello|faca|mes|pistola|waffe)\b"
        r"|\bhiding in my (?:car|room)\b.{0,100}\b(?:he|she) (?:smashed|broke|kicked in|hit)\b"
        r"|\b(?:he|she|er|sie|il|elle|el|ela|hij|ze)(?:'s| is| ist| est| esta| e| zit)? (?:\w+ )?(?:downstairs|upstairs"
        r"|outside|in the (?:kitchen|hall|next room)|unten|en bas|abajo|di sotto|la embaixo|beneden) with (?:a|the|his"
        r"|her) (?:knife|gun|rifle|axe|machete)\b.{0,80}\b(?:wardrobe|closet|cupboard|hiding|bathroom)",
        negatable=False,
    ),
    _rule(
        "multi.weapon_shown_to_me",
        FROM_OTHERS,
        CRISIS,
        # a weapon shown as a warning, petrol poured as a reminder, a blade left on the bed
        r"\bso (?:that )?i (?:could|would) see (?:the|his|her|a) (?:gun|knife|rifle|pistol|shotgun)\b"
        r"|\b(?:rifle|gun|shotgun|knife)\b.{0,40}\bcleans? it every time i (?:disagree|argue|say no|talk back)"
        r"|\b(?:clean\w*|load\w*|polish\w*|sharpen\w*|oil\w*) (?:his|her|the|a) (?:rifle|gun|shotgun|pistol|knife"
        r"|knives|machete)s?\b.{0,60}\b(?:(?:staring|looking|glaring|smiling) (?:right )?at me|every time i (?:disagree"
        r"|say no|argue|talk back))"
        r"|\b(?:poured|splashed|tipped) (?:petrol|gasoline|gas|lighter fluid|paraffin)\b.{0,80}\b(?:lighter|matches"
        r"|reminder|if i (?:leave|go|tell)|what happens)"
        r"|\b(?:has|got|with|holding) (?:the|a|his|her) (?:big |kitchen |bread )?(?:knife|axe|gun|machete|hammer) out"
        r" (?:again )?and (?:he'?s |she'?s )?(?:saying|shouting|screaming|yelling|says|threatening)"
        r"|\b(?:hat|mit) (?:ein|einem|das|dem|sein|seinem) (?:\w+ )?messer\b.{0,50}\b(?:brullt|schreit|droht)\b.{0,40}"
        r"\b(?:uns|mich|alle)\b"
        r"|\bleft (?:the|a) (?:\w+ )?(?:knife|blade|bullet|gun) on my (?:pillow|bed|car|doorstep)"
        r"|\b(?:someone|somebody|he|she|my ex|they) (?:keeps? |has been |just )?(?:leaving|left|leaves|put|puts) dead"
        r" (?:birds?|animals?|rats?|mice|flowers) on my (?:doorstep|porch|car|step|mat)\b",
        negatable=False,
    ),
    _rule(
        "multi.threat_if_i_go",
        FROM_OTHERS,
        CRISIS,
        # a threat to kill with its condition first, in five more languages; and threats in other words
        r"\bif i (?:leave|go|tell(?: (?:anyone|anybody|someone|mum|mom|dad|the police|my \w+))?|call the police"
        r"|report (?:him|her|it))\b,? (?:he|she)(?:'?s| is) (?:gonna|going to)"
        r" (?:kill|hurt|end) me\b"
        r"|\bsi (?:je )?(?:pars|le quitte|la quitte|parle|le dis|porte plainte)\b,? (?:il|elle) me (?:tue|tuera|tuerait)\b"
        r"|\bwenn ich (?:gehe|ihn verlasse|sie verlasse|es (?:jemandem )?erzahle|rede|zur polizei gehe)\b,? (?:bringt"
        r"|wurde) (?:er|sie) mich um"
        r"|\bse (?:lo |la )?(?:lascio|me ne vado|parlo|lo dico|denuncio)\b,? mi (?:ammazza|uccide|ammazzera|uccidera)"
        r"|\bse eu (?:for embora|sair|largar \w+|contar|denunciar)\b,? (?:ele|ela) me (?:mata|matara|vai matar)"
        r"|\bals ik (?:wegga|hem verlaat|haar verlaat|het vertel|aangifte doe)\b,? (?:vermoordt|maakt) (?:hij|ze) me"
        r"|\b(?:put|bury) me in the ground\b|\b(?:nobody|no one|no-one) (?:would|will) (?:ever )?find (?:my|your) body\b"
        r"|\b(?:said|says|told me|threatened)\b.{0,20}\bnext time (?:it'?s|it'?ll be|it will be) (?:my face|your face"
        r"|the baby|the kids|you|me)\b|\b(?:it'?ll|it will) be worse when i'?m asleep\b",
        r"\s*(?:lol|haha|if i (?:eat|finish|take|drink|use|touch|borrow))",
        negatable=False,
    ),
    _rule(
        "multi.beating_heard_now",
        FROM_OTHERS,
        CRISIS,
        # someone in the home being beaten as the writer hears it, or said to be hit "right now"
        r"\b(?:hits|beats|hitting|beating|slaat|bate|batendo|espanca\w*|pega|pegando|golpea\w*|schlagt|verprugelt"
        r"|picchia\w*|frappe|tape) (?:\w+ )?(?:my|his|her|their|our|the|mijn|m'n|zijn|haar|meu|minha|no meu|na minha"
        r"|mi|su|a mi|il mio|la mia|mon|ma|mes|meinen|meine|meinem|seine|seinen)\b.{0,80}\b(?:doing it (?:right )?now"
        r"|(?:it'?s|is) happening (?:right )?now|esta acontecendo agora|esta pasando ahora|ik hoor het|i can hear (?:it"
        r"|them|him|her)|j'entends|lo sento|li sento|ich hore (?:es|ihn|sie)|lo oigo|estou ouvindo|door de muur"
        r"|through the wall|durch die wand|a traves de la pared|attraverso il muro|a travers le mur|pela parede)"
        r"|\b(?:is|'s) (?:hitting|beating|slapping|punching|kicking) (?:\w+ ){0,2}\w+\W{1,3}(?:right now|now)\b",
        negatable=False,
    ),
    _rule(
        "multi.sex_forced",
        FROM_OTHERS,
        CRISIS,
        r"\b(?:made|forced|makes|forces|pressured|pressures) me (?:to )?(?:do (?:things|stuff|it)|have sex|sleep with"
        r" \w+)\b.{0,30}\b(?:i (?:said|say) no|i didn'?t want|i don'?t want|said no|again)"
        r"|\bm'a (?:encore )?forcee?\b(?! a (?:manger|finir|ranger|aller|venir|faire|partir|payer|rester))"
        r"|\b(?:keeps?|kept) going (?:after|when) (?:i|you) said (?:stop|no)\b"
        r"|\bme (?:obriga|obrigou|obrigar|forca|forcou|forcar) a (?:transar|fazer sexo|ter relacoes|dormir com)"
        r"|\bme (?:obliga|obligo|fuerza|forzo) a (?:tener sexo|acostarme|hacerlo|tener relaciones)"
        r"|\b(?:mi costringe|mi ha costrett[ao]|mi obbliga|mi ha obbligat[ao]) a (?:fare sesso|farlo|andare a letto)"
        r"|\bzwingt mich zum sex\b|\bdwingt me tot seks\b"
        r"|\b(?:comes|came|creeps|sneaks|gets) (?:in|into) (?:my|our) (?:room|bed) at night\b"
        r"|\btouches me when (?:nobody|no one|no-one|mum|mom)(?:'?s| is)? (?:home|around|looking|out)\b"
        r"|\btried to get (?:in|into) my bed\b",
        negatable=False,
    ),
    _rule(
        "multi.kept_in_without_phone",
        FROM_OTHERS,
        CRISIS,
        # the phone taken and the writer kept in: confinement, not only control
        rf"\b{_PHONE_TAKEN}\b.{{0,80}}\b{_KEPT_IN}|\b{_KEPT_IN}\b.{{0,80}}\b{_PHONE_TAKEN}\b"
        r"|\b(?:got|has|took|taken) my passport\b.{0,80}\b(?:not allowed|won'?t let me)",
        r"\s*(?:for (?:school|exams?|the exam|revision|studying|bedtime)|lol|haha)",
        negatable=False,
    ),
    _rule(
        "en.hurt_and_still_here",
        FROM_OTHERS,
        CRISIS,
        # hurt just now by someone who is still there, or coming back
        rf"\b{_CLOSE}(?: \(\d+\))? (?:just |has |had )?(?:pushed|shoved|threw|kicked|slapped|punched|bit|dragged"
        r"|headbutted|sat on|beat) (?:me|my \w+|(?:a|the|his|her) \w+ at (?:me|my \w+(?: \w+)?))\b.{0,100}\b(?:(?:he'?s|she'?s|he is|she is)"
        r" (?:still )?(?:here|in the (?:house|flat|next room|kitchen|doorway)|downstairs|upstairs|outside|blocking"
        r"|standing in|coming back|screaming|shouting|raging)|(?:coming|come) back (?:tonight|later|for|after)"
        r"|won'?t let me (?:leave|out)|blocking the door|couldn'?t breathe|hiding (?:with me|in))"
        r"|\b(?:geduwd|geslagen|geschopt|gestompt)\b.{0,80}\bterug ?komt\b",
        r"\s*(?:lol|haha|in (?:the|a) (?:game|match|pillow fight))",
        negatable=False,
    ),
    # --- harm to others -----------------------------------------------------------------------------------------
    _rule("multi.revenge_promised", TO_OTHERS, CONCERN, rf"\b{_REVENGE}\b", _NOT_A_PLAN),
    _rule("multi.harm_prepared_piece", TO_OTHERS, CONCERN, rf"\b{_PREPARED}\b", _NOT_A_PLAN),
    _rule("en.target_watched", TO_OTHERS, CONCERN, rf"\b{_WATCHED}\b", _NOT_A_PLAN),
    _rule(
        "multi.going_round_to_them",
        TO_OTHERS,
        CONCERN,
        # a visit announced beside anger: a piece, a crisis only with a second sign
        rf"\b{_GOING_ROUND}\b",
        r"\s*(?:to (?:apologi[sz]e|talk|say sorry|make up|help|drop|pick|collect|return|give)|for (?:dinner|tea|lunch"
        r"|coffee|drinks|a chat|the party)|later for|para (?:cenar|comer|hablar)|pour (?:diner|parler|m'excuser)"
        r"|um (?:zu reden|mich zu entschuldigen)|per (?:cena|parlare)|para (?:jantar|conversar)|om te (?:praten|eten))",
    ),
    _rule(
        "multi.punishment_asked_for_planned_harm",
        TO_OTHERS,
        CRISIS,
        # what the law gives for hurting someone, asked beside a day, a place known or a weapon at hand
        rf"^(?!.*\b{_STUDIED}\b).*?(?:\b{_PUNISHMENT}\b.{{0,100}}\b{_PLANNED}|\b{_PLANNED}\b.{{0,100}}\b{_PUNISHMENT})\b",
        negatable=False,
    ),
    _rule(
        "en.poison_they_wont_taste",
        TO_OTHERS,
        CRISIS,
        r"\b(?:won'?t|wouldn'?t|can'?t|will not) (?:taste|notice|smell) (?:it )?in (?:his|her|their) (?:\w+ )?(?:smoothie"
        r"|coffee|tea|food|drink|dinner|soup|wine|breakfast|lunch)\b"
        r"|\bwhat i could (?:do|put) (?:to|in) (?:his|her|their) (?:drip|iv|insulin|medication|meds|drink|food)\b"
        r"|\b(?:insulin|pills|tablets|sleeping pills) would it take to (?:really )?(?:mess (?:him|her|them) up|hurt"
        r" (?:him|her|them)|knock (?:him|her|them) out|kill (?:him|her|them))",
        r"\s*(?:lol|haha|in (?:the|a) (?:game|book|story|novel|show))",
        negatable=False,
    ),
    _rule(
        "en.drive_into_someone",
        TO_OTHERS,
        CRISIS,
        r"\b(?:drive|driving|drove|plough|ploughing|ram|ramming) (?:my car |the car )?(?:straight |right )?(?:into|through)"
        r" (?:him|her|them|his car|her car)\b"
        r"|\bengine running\b.{0,80}\bwant (?:him|her|them) to see me coming\b",
        r"\s*(?:by accident|accidentally|in (?:the|a) (?:game|dream)|in gta|lol|haha)",
        negatable=False,
    ),
    _rule(
        "multi.going_to_hurt_them",
        TO_OTHERS,
        CRISIS,
        # "I'm going to hurt him", said of a person, in six languages
        r"\b(?:le|les) voy a hacer (?:mucho )?dano\b|\b(?:la|lo|le) voy a (?:partir|romper) la cara\b"
        r"|\bje vais (?:lui|leur) faire (?:du )?mal\b|\b(?:gli|le) faccio (?:del )?male\b(?! (?:senza volere|per sbaglio))"
        r"|\bvou (?:machucar|esfaquear) (?:ele|ela|o|a)\b|\bvou (?:lhe|te) fazer mal\b"
        r"|\bich (?:werde|will) (?:ihm|ihr) (?:weh ?tun|was antun|etwas antun)\b"
        r"|\bik ga (?:hem|haar) (?:pijn doen|iets aandoen|neersteken)\b"
        r"|\bik ga (?:hem|haar|die \w+|dat \w+) (?:echt )?(?:wat|iets) aandoen\b"
        r"|\b(?:le|lo|la) clavo (?:el|la|lo|un|una)\b|\bi'?m (?:stabbing|shooting|killing) (?:him|her|them)\b"
        r"|\bshut (?:him|her|them) up for good\b|\btip (?:him|her|them) over the (?:balcony|railing|edge)\b"
        r"|\b(?:she|he|they) won'?t be around (?:to \w+ (?:at )?me )?anymore and neither will i\b"
        r"|\bpillow over (?:my|your|his|her|the) (?:kid|baby|son|daughter|child|toddler)'?s face\b"
        r"|\bif (?:they|he|she) comes? in,? i'?ll (?:hit|hurt|kill) (?:them|him|her)\b"
        r"|\b(?:he'?s|she'?s) (?:leaving|heading out|on (?:his|her) way)\b.{0,30}\bwith a (?:knife|gun|bat|machete)\b"
        r"|\bje vais (?:le|la) (?:planter|buter|defoncer) (?:ce|cette) (?:mec|type|gars|meuf|connard|batard|salaud)\b",
        r"\s*(?:sin querer|en el juego|dans le jeu|im spiel|no jogo|in het spel|jaja|mdr|kkk|haha)",
    ),
    _rule(
        "en.hurting_them_said_bad",
        TO_OTHERS,
        CRISIS,
        r"\b(?:he|she|they)(?:'s| is|'re| are) (?:getting|going to get|gonna get) (?:hurt|beaten|stabbed|shot)"
        r" (?:bad|badly|real bad|properly)\b",
        r"\s*(?:at|in|playing|during|on the)\b",
    ),
    _rule(
        "multi.knife_got_in_secret",
        TO_OTHERS,
        CONCERN,
        r"\b(?:hoe kom ik aan|how (?:do|can) i get|where (?:can|do) i (?:get|buy)|como consigo|wie komme ich an"
        r"|ou trouver|dove trovo|como arranjo) (?:een|a|un|una|ein|eine|um|uma) (?:mes|knife|gun|pistool|cuchillo"
        r"|pistola|messer|waffe|couteau|arme|coltello|faca|arma)\b.{0,40}\b(?:without|zonder|sin que|ohne dass|sans que"
        r"|senza che|sem que)\b",
    ),
    # --- self-harm, asked about or told ---------------------------------------------------------------------------
    _rule(
        "multi.self_made_cut_bleeding",
        SELF_HARM,
        CRISIS,
        # a wound the writer made, still open or bleeding: asked as first aid, it is still self-harm now
        rf"\b{_SELF_MADE}\b.{{0,80}}\b{_STILL_BLEEDING}|\b{_STILL_BLEEDING}\b.{{0,100}}\b{_SELF_MADE}\b"
        r"|\bthe friend is me\b.{0,60}\b(?:bleed\w*|blood)"
        r"|\b(?:cut|cuts|made them)\b.{0,40}\b(?:still weeping|pretty deep this time|deeper this time)\b",
        r"\s*(?:years ago|when i was|as a (?:kid|child|teen))",
        negatable=False,
    ),
    _rule(
        "multi.hiding_fresh_wounds",
        SELF_HARM,
        CRISIS,
        rf"\b{_HIDE} (?:\w+ ){{0,3}}(?:{_FRESH} {_WOUNDS}|{_WOUNDS} (?:\w+ )?{_FRESH})\b",
        r"\s*(?:from (?:the )?(?:cat|dog|kitten|oven|stove|iron|kitchen)|(?:in|on) (?:the|my) (?:character|doll|model))",
        negatable=False,
    ),
    _rule(
        "en.hurt_worse_than_meant",
        SELF_HARM,
        CRISIS,
        r"\b(?:hurt|cut|burn(?:ed|t)?) (?:yourself|myself|my \w+) (?:worse|more|deeper|badly|too deep) than (?:you|i)"
        r" (?:meant|intended|wanted|planned)"
        r"|\b(?:holding|got|have) (?:a (?:bit|piece|shard) of )?(?:broken glass|a shard|a razor|a razor blade)\b.{0,60}"
        r"\b(?:trying to decide|deciding|thinking about (?:it|using)|want to)\b"
        r"|\bthe (?:razor|blade) is (?:right )?(?:next to|beside) me\b.{0,40}\bwant (?:to do )?more\b",
        negatable=False,
    ),
    # --- suicide, asked about -------------------------------------------------------------------------------------
    _rule(
        "multi.affairs_sorted_by_a_day",
        SUICIDE,
        CRISIS,
        # what happens to the bank account, the debts, the lease "when I die", to be settled by a near day
        r"\b(?:when i die|after i die|once i'?m gone|cuando me muera|quando eu morrer|als ik er niet meer ben"
        r"|wenn ich (?:tot bin|sterbe|nicht mehr da bin)|quand je (?:serai mort|mourrai|ne serai plus la)"
        r"|quando (?:moriro|saro morto|non ci saro piu))\b.{0,120}\b(?:sorted|arranged|in order|settled|arreglado"
        r"|resuelto|en orden|resolvid[oa]|arrumad[oa]|geregeld|in orde|geregelt|erledigt|en ordre|regle|sistemato"
        r"|a posto)\b.{0,30}\b(?:before|by|antes del?|ate|avant|vor|bis|prima di|voor|uiterlijk) (?:\w+ )?(?:monday"
        r"|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|jueves|viernes|sabado|domingo"
        r"|segunda|terca|quarta|quinta|sexta|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi"
        r"|mercredi|jeudi|vendredi|samedi|dimanche|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|maandag|dinsdag"
        r"|woensdag|donderdag|vrijdag|zaterdag|zondag|the weekend|the end of the week|tomorrow|manana|amanha|morgen"
        r"|demain|domani)\b",
        negatable=False,
    ),
    _rule(
        "multi.pills_stockpiled",
        SUICIDE,
        CRISIS,
        rf"\bbuy (?:\w+ ){{0,2}}(?:paracetamol|{_SOME_PILLS}|ibuprofen|aspirin)\b.{{0,30}}\b(?:different|several"
        r"|multiple|four|three|five|many) (?:shops|pharmacies|chemists|stores)"
        rf"|\b(?:how many|cuant[ao]s|quant[oa]s|combien|wie viele|hoeveel)\b.{{0,40}}\b{_SOME_PILLS}\b.{{0,40}}"
        r"\b(?:would it take|harian falta|seriam precisos|faudrait-il|braucht man|brauchte man|zou je nodig hebben"
        r"|ci vorrebbero|servirebbero|serviriam|para (?:no|nao) (?:despertar|acordar)|pour ne (?:pas|plus) se reveiller"
        r")\b(?! to (?:cause|damage|treat|relieve|help|get rid|stop (?:the|a|my) (?:pain|headache)))",
        negatable=False,
    ),
    _rule(
        "en.the_means_at_hand",
        SUICIDE,
        CONCERN,
        # "the pills are in my bag": a piece, told beside a goodbye or a note a crisis
        r"\bthe (?:pills|tablets|rope|razor|blade)s? (?:are|r|'re|is) (?:already )?(?:in my (?:bag|pocket|drawer|room)"
        r"|next to me|by my bed|on my (?:desk|nightstand|bed))\b",
    ),
    _rule(
        "multi.the_answer_is_yes",
        SUICIDE,
        CRISIS,
        # a wish to die asked about by someone else ("my GP asked whether I ever wish I were dead") and answered yes:
        # the match runs from the message's start, so the question that frames the wish does not frame the answer
        r"^(?=.{0,300}?\b(?:wish (?:i (?:was|were)|to be) dead|want(?:ed)? to die|suicidal|kill(?:ing)? myself"
        r"|end(?:ing)? (?:it|my life))\b.{0,80}\b(?:the (?:honest |real )?answer is yes|answer(?:'s| is) yes"
        r"|and (?:the answer|it) is yes)\b).{0,380}?\b(?:answer is yes|answer's yes)\b",
        negatable=False,
    ),
    # --- told in slang ------------------------------------------------------------------------------------------
    _rule(
        "multi.coffin_for_myself_soon",
        SUICIDE,
        CRISIS,
        # the coffin emoji said of oneself, with soon, a goodbye or a last day
        r"(?:⚰|🪦)\W{0,12}(?:me|moi|yo|ich|io|eu|ik)? ?(?:soon|tonight|pronto|bald|bientot|presto|logo|binnenkort)\b"
        r"|(?:⚰|🪦).{0,80}\b(?:said (?:bye|goodbye)|ultimo dia|last day|letzter tag|dernier jour|laatste dag)\b"
        r"|\b(?:said (?:bye|goodbye)|ultimo dia|last day|letzter tag|dernier jour|laatste dag|valeu por tudo"
        r"|gracias por todo|thx for everything)\b.{0,80}(?:⚰|🪦)"
        # not a deadline's date: "group project members when the deadline is tomorrow: 🪦"
        r"|\b(?<!\bis )(?<!\bdue )(?:tonight|after tonight|tomorrow|much longer|by morning|this weekend|ready|bereit|pret"
        r"|listo|pronto|plus la|no more)\b\W{0,12}(?:⚰|🪦)",
        r"\s*(?:lol|haha|at work|en el trabajo|no trabalho|im buro|au bureau|al lavoro|op het werk)",
    ),
    _rule(
        "en.signing_off_for_good",
        SUICIDE,
        CRISIS,
        r"\b(?:g2g|gtg|gotta go|got to go|signing off|logging off|log off) (?:forever|for good|permanently)\b"
        r"|\b(?:dead|gone) by (?:dawn|morning|sunrise|tomorrow|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
        r"|the weekend)\b\W{1,3}(?:that'?s|thats|it'?s|its) the plan\b"
        r"|\bwriting (?:a|my) will\b.{0,30}\b(?:and meaning it|and i mean it|for real this time)\b",
        r"\s*(?:from (?:this|the) (?:app|site|server|game|group|chat|forum|sub|subreddit|page)|from social media|lol|haha)",
    ),
    # --- asked about: a wish not to wake, a seizure, a poison swallowed -----------------------------------------------
    _rule(
        "multi.hoping_not_to_wake",
        SUICIDE,
        CRISIS,
        # the wish told of "you" or "one", as people ask whether it is normal: "is it normal to hope you don't wake up?"
        r"\bhope (?:you|one) (?:don'?t|won'?t|never|will not) wake up\b"
        r"|\bhoopt dat je (?:[\w']+ ){0,3}niet (?:meer )?wakker (?:wordt|zal worden)\b"
        r"|\b(?:desear|esperar|querer) no despertar(?:me|se)?\b|\bsperare di non svegliarsi\b"
        r"|\b(?:querer|esperar|desejar) nao acordar\b|\besperer ne (?:pas|plus) se reveiller\b"
        r"|\bhoffen,? dass man nicht mehr aufwacht\b|\b(?:vorrei|voglio) (?:solo |soltanto )?non svegliarmi\b"
        r"|\b(?<!used to )wish i (?:just |could just )?(?:wouldn'?t|didn'?t|won'?t|would not) wake up\b"
        r"|\bpray (?:every night |each night )?(?:that )?i (?:don'?t|won'?t) (?:see the morning|wake up)\b",
        r"\s*(?:the|my|your|his|her|him|them|everyone|early|late|too|before|with a|in time|on time)\b",
        jokeable=False,
    ),
    _rule(
        "multi.jerking_and_not_responding",
        MEDICAL,
        CRISIS,
        # a seizure told without the word: jerking or shaking and no response
        r"\b(?:jerk\w*|shak\w*|twitch\w*|convuls\w*|schokt|schokken|zuckt|zucken|krampft|convulsiona\w*|tiembla"
        r"|treme|tremendo|se debat\w*|tremble|trema|sussulta|sobresalta)\b (?:\w+ ){0,3}(?:and|y|e|und|et|en) (?:\w+ ){0,2}"
        r"(?:won'?t respond|not responding|isn'?t responding|doesn'?t respond|unresponsive|reageert niet|reagiert nicht"
        r"|no responde|non risponde|ne repond (?:pas|plus)|nao responde)\b",
        r"\s*(?:to (?:texts|messages|emails|my texts)|a (?:mis|mes) (?:mensajes|messages)|lol|haha)",
        negatable=False,
    ),
    _rule(
        "en.poison_swallowed_some",
        MEDICAL,
        CRISIS,
        # a poison drunk, even "some of it", is an emergency whatever laugh follows
        r"\b(?:drank|swallowed|downed|had|drunk) (?:some|a bit|half|a cup|a glass|a mouthful|a sip) of (?:the )?(?:bleach"
        r"|drain cleaner|antifreeze|weed ?killer|pesticide|rat poison)\b",
        negatable=False,
        jokeable=False,
    ),
    # --- round 25, second part: crises told tersely, as texts are ---------------------------------------------
    _rule(
        "multi.at_a_height_writing_to_you",
        SUICIDE,
        CRISIS,
        # at a height or by the tracks now, not knowing why they write: the message is the goodbye
        r"\b(?:roof|rooftop|ledge|edge|top floor|bridge|tetto|dach|toit|telhado|dak|ultimo andar|spoor|tracks|platform"
        r"|quai|binario|gleis|bahnsteig|parking garage|parkhaus|car park|azotea|puente|brucke|pont|ponte|brug)\b.{0,80}"
        r"\b(?:idk why i'?m (?:texting|messaging|writing)|(?:i )?don'?t know why i'?m (?:texting|messaging|writing)"
        r"|non so perche ti scrivo|kein plan warum ich dir schreib\w*|weiss nicht warum ich (?:dir )?schreib\w*"
        r"|weet nie?t? waarom ik je (?:app|schrijf)|nem sei (?:porque|por que|pq) (?:to|estou) te|no se por que te escribo"
        r"|je (?:ne )?sais pas pourquoi je t'ecris)"
        r"|\b(?:au bord du quai|on the edge of the platform|al borde del anden|sul bordo del binario|an der bahnsteigkante"
        r"|aan de rand van het perron)\b"
        r"|\bstanding on the (?:edge|ledge) of (?:the|a|my) (?:\w+ )?(?:roof|building|garage|bridge|car park|cliff)\b",
        r"\s*(?:to (?:take|watch|see) (?:a |the )?(?:photo|picture|sunset|fireworks|view))",
        negatable=False,
        jokeable=False,
    ),
    _rule(
        "multi.ending_it_at_a_time",
        SUICIDE,
        CRISIS,
        r"\b(?:ending|end) it (?:all )?(?:tonight|tomorrow|this weekend|today|this week|on (?:mon|tues|wednes|thurs|fri"
        r"|satur|sun)day)\b"
        r"|\b(?:tonight|today|tomorrow) i (?:jump|end it|end this)\b"
        r"|\b(?:vanavond|vannacht|morgen|vandaag) maak ik er (?:\w+ )?een eind(?:e)? aan\b"
        r"|\b(?:je (?:vais )?me fous|me foutre) en l'air\b|\bje veux crever\b(?! de (?:rire|faim|chaud|froid|honte))"
        r"|\b(?:morgen|heute|bald) bin ich (?:\w+ )?weg fur immer\b|\bbin (?:bald |morgen )?fur immer weg\b"
        r"|^(?=.*\b(?:hab(?:e)? mich entschieden|plan steht)\b).*\b(?:\w+tag|morgen|heute|heute nacht) (?:ist|is)"
        r" schluss\b"
        r"|^(?=.*\b(?:ja decidi|tudo planejado|decidid[oa])\b).*\b(?:acabo|vou acabar) com (?:isso|tudo|a minha vida)\b",
        r"\s*(?:with|w|met|mit|avec|con|com)\b",
        jokeable=False,
    ),
    _rule(
        "en.not_here_by_morning",
        SUICIDE,
        CRISIS,
        r"\b(?:not gonna|not going to|won'?t|will not|wont) be (?:here|around|alive) by (?:the )?(?:morning|tomorrow"
        r"|sunrise|monday|the weekend)\b"
        r"|\bif i (?:don'?t|do not) (?:reply|answer|respond|text back)\b.{0,30}\b(?:went through with it|did it)\b"
        r"|\bse eu nao (?:responder|aparecer)\b.{0,20}\bja (?:sabem|sabe)\b"
        r"|\b(?:telling me|told me|tell me|said) (?:to )?kys\b.{0,40}\b(?:gonna|going to|will) (?:finally )?(?:listen|do it)"
        r"|\bgoodbye (?:post|message|note|video|letter)\b.{0,40}\b(?:scheduled|drafts|queued|set to (?:post|send|go out))"
        r"|\bdelete my acc\w* after\b.{0,60}\b(?:pw|password)"
        r"|\b(?:a|the|my) plan,? (?:a|the) (?:place|time|date),? (?:and|n|&) (?:the|a) (?:means|way|method)\b"
        r"|\brope(?:'s| is)? (?:hanging|tied|up) (?:in|from) my (?:closet|room|wardrobe|garage|ceiling|door)\b"
        r"|\b(?:gun|pistol|rifle)\b.{0,60}\bfor me(?:self)?,? not (?:for )?(?:protection|self-defen[cs]e|hunting)\b",
        r"\s*(?:lol|haha)",
    ),
    _rule(
        "en.gone_soon_pieces",
        SUICIDE,
        CONCERN,
        # pieces that make a crisis beside a goodbye or a burden: "won't be around much longer", "when I'm gone"
        r"\b(?:won'?t|wont|will not|not gonna) be (?:around|here) (?:for )?much longer\b"
        # "after I'm gone", not "when I'm gone", which is also said of a will ("when I'm gone I want my nephew to have")
        r"|\b(?:after|once) i'?m gone\b(?! (?:on|for|to|from|away)\b)",
    ),
    _rule(
        "multi.overdose_told_tersely",
        MEDICAL,
        CRISIS,
        # pills taken, told in a few words, often laughed off: the laugh does not lower them
        r"\bme (?:tome|trague) (?:como |unas |mas de |casi )?(?:\d+|veinte|treinta|cuarenta|cincuenta) (?:pastis"
        r"|pastillas|pildoras|pastas)\b"
        r"|\bj'ai melange (?:l'alcool|de l'alcool|la vodka|l'alcool et) (?:et |avec )?(?:tous mes|toute ma|mes) (?:anxio"
        r"\w*|medocs|cachets|comprimes|somniferes)"
        r"|\bswallowed every pill in the (?:cabinet|house|drawer|box)\b"
        r"|\btook a (?:bunch|load|handful|lot) of (?:my |her |his |my \w+'?s? )?(?:sleeping pills|pills|tablets"
        r"|painkillers|meds)\b.{0,30}\b(?:ago|just now|tonight)\b"
        r"|\bdid (?:the thing|it) with the pills\b"
        r"|\bnot breathing (?:right|properly|normally|well)\b.{0,60}\b(?:blue\w*|grey|gray|purple|won'?t wake"
        r"|unresponsive|floppy)",
        negatable=False,
        jokeable=False,
    ),
    _rule(
        "multi.self_harm_now_told_tersely",
        SELF_HARM,
        CRISIS,
        r"\bcutting (?:right now)\b(?!,? (?:can'?t talk|busy|at (?:the|work)))"
        r"|\bclean (?:from|of) (?:sh|self[- ]harm\w*|cutting)\b.{0,40}\b(?:just|tonight|today) (?:threw it (?:all )?away"
        r"|relapsed|broke it|cut)"
        r"|\bbanging my head (?:on|against) (?:the|a) (?:wall|floor|door|tiles)\b.{0,40}\b(?:for \d+|won'?t (?:go quiet"
        r"|stop)|can'?t stop)"
        r"|\b(?:mi sto prendendo a pugni|me estoy dando (?:golpes|punetazos)|je me frappe|ich schlage mich"
        r"|ik sla mezelf|(?:i'?m |im )?punching myself|(?:i'?m |im )?hitting myself)\b.{0,40}\b(?:non riesco a fermarmi"
        r"|can'?t stop|no puedo parar|j'arrive pas a (?:m'arreter|arreter)|kann nicht aufhoren|kan niet stoppen"
        r"|da mezz'ora|for (?:\d+|half an hour))"
        r"|\b(?:sta|sta ik) op het punt om (?:weer )?(?:te snijden|mezelf te snijden)\b"
        r"|\bhab(?:e)? mir (?:\w+ ){0,4}(?:den|die|das|meinen|meine) (?:arm|hand|bein|haut|handgelenk) verbrannt\b"
        r"|\b(?:baignoire|bathtub|bath|banera|vasca|badewanne|bad)\b.{0,20}\b(?:avec|with|con|mit|met|com) (?:la|une"
        r"|the|a|el|la|die|het|een|a) (?:lame|blade|razor|rasoir|cuchilla|lametta|klinge|mesje|lamina)\b"
        r"|\bself harmed (?:tonight|today|just now)\b.{0,60}\b(?:bleeding|blood)"
        r"|\bself harming\b.{0,60}\bwent too far\b",
        negatable=False,
    ),
    _rule(
        "multi.car_running_in_the_garage",
        SUICIDE,
        CRISIS,
        r"\b(?:garage|garagem|cochera)\b.{0,30}\b(?:moteur allume|engine (?:running|on)|motor encendido|motor ligado"
        r"|motor (?:lauft|an)|motore acceso|motor (?:draait|aan))"
        r"|\b(?:moteur allume|engine (?:running|on)|motor encendido|motor ligado|motor lauft|motore acceso"
        r"|motor draait)\b.{0,30}\b(?:garage|garagem|cochera)\b",
        r"\s*(?:door open|with the door open|to warm|lol|haha)",
        negatable=False,
    ),
    # --- round 25, third part --------------------------------------------------------------------------------------
    _rule(
        "multi.child_hurt_and_fear_of_myself",
        TO_OTHERS,
        CRISIS,
        # a child just shaken, squeezed or thrown, and the parent afraid of what comes next
        r"\b(?:shook|shaken|squeezed|slapped|threw|grabbed|abanei\w*|sacudi\w*|geschuttelt|gepackt|geknepen|scoss[oa]"
        r"|secoue\w*|pinched)\b.{0,120}\b(?:scared of what i'?ll do|afraid of what i (?:might|will|could)|want to do it"
        r" again|before i do worse|talk me down|felt good and that terrifies me|tenho medo do que vou fazer|angst vor mir"
        r" selbst|tengo miedo de volver a hacerlo|ik wil het nog een keer doen|ho paura di (?:me stess[ao]|quello che)"
        r"|j'ai peur de (?:moi|ce que je))"
        r"|\bshook the baby\b.{0,80}\b(?:floppy|quiet|won'?t wake|limp|unresponsive|not breathing)"
        r"|\b(?:faccio del male|hurt) (?:al|to my|my|the) (?:bambino|baby|kid)\b.{0,80}\b(?:tremando|shaking|al limite"
        r"|at my limit)",
        negatable=False,
    ),
    _rule(
        "multi.weapon_at_hand_for_someone",
        TO_OTHERS,
        CRISIS,
        # a weapon or a fuel at hand, and the person it is for near or expected: "a brick in my hand and his light's on"
        r"^(?!.*\b(?:cricket|baseball|softball|practice|training|match|recipe|cook\w*|diy|garden\w*)\b)"
        r".*(?:\b(?:brick|cord|pillow|kissen|petrol|gasolina|gasoline|crowbar|bat|axe|axt|machete|espingarda|coltello"
        r"|knife|hammer|martello|pe de cabra|baseballschlager)(?:'s| is| ist| sta| liegt| steht)? (?:\w+ ){0,3}(?:in my"
        r" hand|in mano|in der hand|na mao|by the door|in the (?:boot|car)|im flur|auf dem beifahrersitz|ready)"
        r"|\b(?:in my hand|in mano|in der hand|na mao|com a) (?:\w+ ){0,3}(?:brick|cord|pillow|kissen|coltello|knife"
        r"|espingarda|crowbar|axe|axt)|\bya compre la gasolina)\b.{0,80}\b(?:(?:his|her) (?:bedroom|house|door|window"
        r"|light)|tonight|(?:he'?s|she'?s|gf|bf|he|she) (?:is )?asleep|neben (?:ihrem|seinem) bett|going over|geh ich"
        r"|voy a su casa|esta noche|let (?:him|her) come|so i have a reason|non so cosa sto per fare|home alone|ruber"
        r"|vor der wohnung)"
        r"|\b(?:his|her) (?:address|house)\b.{0,30}\b(?:and|with) a (?:bat|knife|gun|crowbar) in the car\b",
        negatable=False,
    ),
    _rule(
        "multi.thrown_against_the_wall",
        FROM_OTHERS,
        CRISIS,
        r"\b(?:slammed|threw|pinned|shoved) me (?:up )?against the wall\b.{0,80}\b(?:tonight|today|still|now|again)"
        r"|\bmi (?:sbatte|sbatta|ha sbattuto) (?:\w+ )?contro il muro\b|\bme (?:estrello|estrella|empujo) contra la pared\b"
        r"|\bm'a (?:plaquee?|projetee?|jetee?) contre le mur\b|\bhat mich (?:\w+ )?gegen die wand (?:geschleudert|geknallt"
        r"|gestossen|gedruckt)\b|\bme (?:jogou|empurrou|bateu) contra a parede\b|\btegen de muur (?:geduwd|gegooid"
        r"|gesmeten)\b",
        r"\s*(?:in (?:the|a) (?:game|match|scrum)|lol|haha)",
        negatable=False,
    ),
    _rule(
        "multi.emergency_asked_about",
        MEDICAL,
        CRISIS,
        # an emergency asked about as a question: "is it ok to wait?", told with what is happening now
        r"\bmixed (?:bleach|it) with (?:another|ammonia|vinegar|a) (?:cleaner|product)\b.{0,60}\b(?:dizzy|can'?t breathe"
        r"|coughing|chest)"
        r"|\bcough(?:ing)? up blood\b.{0,60}\b(?:not stopping|won'?t stop)|\bblood\b.{0,30}\bcough up\b.{0,60}\bnot stopping"
        r"|\b(?:visage|levres|gorge) (?:gonfle|enfle)\w*\b.{0,40}\brespire mal"
        r"|\b(?:face|lips|tongue|throat) (?:is |are )?swelling (?:up )?(?:fast|quickly)"
        r"|\b(?:fell|fall)\b.{0,60}\bblood (?:from|coming out of) (?:her|his|my) head\b.{0,60}\b(?:not making sense"
        r"|confused|won'?t wake|drowsy)"
        r"|\bheartbeat is (?:really |very )?(?:slow|weak|irregular)\b.{0,30}\b(?:faint|dizzy|passing out)"
        r"|\brash (?:that )?(?:doesn'?t|does not|won'?t) fade (?:under|with) (?:a|the) glass\b"
        r"|\b(?:se|me) tomo un monton de (?:mis |sus )?(?:pastillas|pildoras)\b"
        r"|\b(?:drank|swallowed|ate) (?:some )?(?:dishwasher|washing[- ]up|laundry) (?:liquid|tablets?|pods?|detergent)\b"
        r"|\b(?:locked|shut) (?:himself |herself |themselves )?in the (?:bathroom|bedroom|toilet|room) (?:right now )?with"
        r" (?:a|the) (?:blade|razor|knife|pills|rope)\b",
        negatable=False,
    ),
    _rule(
        "multi.death_wished_asked_about",
        SUICIDE,
        CRISIS,
        # passive wishes told as questions about what is normal
        r"\bcan i (?:just )?not exist(?: anymore| any ?more)?\b"
        r"|\bpicturing (?:a|the) (?:car|bus|train|truck|lorry) hitting me\b.{0,40}\b(?:relief|peace|good)"
        r"|\bbutton that (?:erased|erases|deleted|deletes|removes?) me\b"
        r"|\bmake (?:it|my death) look like an accident\b"
        r"|\b(?:lie|lying) awake wishing (?:they'?d|i'?d|you'?d) never been born\b"
        r"|\bhoping the plane (?:goes|will go|would go) down\b"
        r"|\b(?:fine|ok|okay|happy) with not existing(?: anymore)?\b"
        r"|\bhappier with (?:me|you) (?:in the ground|gone|dead)\b"
        r"|\bnicht mehr da (?:ware|bin)\b.{0,30}\bfur immer\b"
        r"|\bwould the (?:train |bus |lorry )?driver be (?:ok|okay|alright|traumati[sz]ed)\b"
        r"|\b(?:mix|mixing|take|taking) (?:the |my )?(?:painkillers|pills|tablets|sleeping pills)\b.{0,30}\b(?:vodka"
        r"|alcohol|drink|wine|whisky)\b.{0,40}\b(?:quicker|faster|more likely|work faster)"
        r"|\b(?:how high|wie hoch|quanto (?:deve essere )?alto|que altura|quelle hauteur|hoe hoog)\b.{0,60}\b(?:(?:not"
        r"|nicht|non|no|pas|niet) (?:\w+ ){0,2}(?:survive|uberlebt|sopravviv\w*|sobreviv\w*|survivre|overleeft)"
        r"|sia sicuro|sicher ist)"
        r"|\b(?:lettera d'addio|carta de despedida|lettre d'adieu|abschiedsbrief|afscheidsbrief|goodbye letter)\b.{0,80}"
        r"\b(?:stanotte|stasera|esta noche|hoje a noite|ce soir|heute nacht|vannacht|vanavond|tonight|la lascio|la dejo)"
        r"|\b(?:word|write) a goodbye (?:note |letter |message )?to (?:my|his|her)\b.{0,60}\b(?:won'?t blame"
        r" (?:herself|himself|themselves)|afterwards)"
        r"|\b(?:pills|tablets|meds) (?:she|he|they|i)(?:'s|'ve| has| have)? been (?:saving|stockpiling|hoarding"
        r"|collecting)(?: up)?\b"
        r"|\b(?:sharpener|blade|razor blade)\b.{0,60}\bused it on my (?:arm|wrist|thigh|skin)\b",
        negatable=False,
    ),
)
