"""Crisis-screen rules, nineteenth and twentieth rounds (issue #6, session 13): danger told to the bot, in hard life
situations, in messages built like false alarms, and across the line between a crisis and a worry.

Three development files written for this round by helpers that read nothing of the project (messages addressed to
the chatbot; new parents, eating disorders, sextortion, carers, farmers and migrants in seven languages; false-alarm
traps with the crises that look like them) were scored once on the shipped screen, then read. Each miss the rules
could name without a false alarm became a family: a burn given oneself on purpose, a weapon fetched to make someone
pay, a letter left beside a gun, a child or a parent one does not trust oneself with, pills taken by mistake with
the person now confused or barely breathing, a sextortion deadline, a head injury with double vision, an allergy
closing the voice. Every family was checked against every readable probe and training line and the everyday
messages before it was kept (docs/safety.md, nineteenth round). Written against `agent.crisis.normalise` output:
lower case, no diacritics, plain apostrophes.
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

_FIREARMS = (
    r"geweer|jachtgeweer|pistool|gun|rifle|shotgun|pistol|revolver|gewehr|jagdgewehr|pistole|fusil|carabine"
    r"|pistolet|flingue|fucile|pistola|escopeta|espingarda|arma"
)
_FIREARM = rf"(?:{_FIREARMS})"
_WEAPON = (
    rf"(?:{_FIREARMS}|knife|machete|crowbar|baseball bat|axe|hammer|couteau|hache|messer|axt|coltello|ascia"
    r"|cuchillo|navaja|hacha|faca|machado|mes|bijl|cutter|baseballschlager)"
)
_FAMILY = (
    r"(?:son|daughter|wife|husband|kids|children|family|mum|mom|dad|zoon|dochter|vrouw|man|kinderen|familie|sohn"
    r"|tochter|frau|mann|kinder|fils|fille|femme|mari|enfants|famille|figli[oa]?|moglie|marito|famiglia|hij[oa]s?"
    r"|esposa|marido|familia|filh[oa]s?|mulher)"
)
# Breathing gone strange and no answer, the two halves of a collapse told by a bystander (two medical rules)
_BREATHING_ODDLY = (
    r"respira (?:muy )?raro|breathing (?:weird|strange|funny|oddly)|atmet komisch|respire bizarrement"
    r"|respira (?:strano|estranho)|ademt raar"
)
_NOT_RESPONDING = r"no responde|not responding|reagiert nicht|ne repond (?:plus|pas)|non risponde|nao responde|reageert niet"
_PILLS = (
    r"(?:pastiglie|pillole|compresse|farmaci|medicine|pastillas|pildoras|medicamentos|tabletten|abendtabletten"
    r"|medikamente|comprimes|medicaments|cachets|pills|tablets|meds|medication|comprimidos|remedios|pillen"
    r"|medicijnen)"
)

RULES: tuple[Rule, ...] = (
    # --- self-harm -------------------------------------------------------------------------------------------
    _rule(
        "en.burn_given_myself",
        SELF_HARM,
        CRISIS,
        # a burn, a cut or a mark given on purpose: "a burn I gave myself on purpose", "pressed the iron against my
        # thigh"; a kitchen burn has no "myself" and no skin pressed to the heat
        r"\b(?:burn|burns|cut|cuts|wound|gash|blister) i (?:gave|did to|made on) myself\b|\b(?:burned|burnt|cut|scalded"
        r"|branded) myself (?:on purpose|deliberately|intentionally)\b|\b(?:pressed|held|put) (?:the|a|my) (?:hot )?"
        r"(?:iron|lighter|cigarette|lit cigarette|curling iron|straighteners|hair straighteners?|lighter flame)"
        r" (?:against|on|to|onto|into) my (?:arm|thigh|leg|skin|wrist|hand|stomach|belly)\b",
    ),
    _rule(
        "multi.cigarette_burns_on_purpose",
        SELF_HARM,
        CRISIS,
        # burns from a cigarette or a lighter, given again or on purpose: "me he quemado con el cigarro en la pierna,
        # ya van cuatro"
        r"\b(?:me (?:he )?quem(?:e|ado|o)|me queimei|mi sono bruciat[oa]|je me suis brule\w*|ich hab(?:e)? mich"
        r" (?:\w+ )?verbrannt|ik heb mezelf (?:\w+ )?verbrand|i burned myself|i burnt myself)\b[^.!?]{0,30}\b(?:con|com"
        r"|mit|avec|met|with) (?:el |un |o |a |der |einer |une |la |il |una |een |de |the |my )?(?:cigarro|cigarrillo"
        r"|mechero|encendedor|cigarette|sigaretta|accendino|zigarette|feuerzeug|sigaret|aansteker|cigarro|isqueiro"
        r"|lighter)\b[^\n]{0,60}\b(?:a proposito|adrede|aposta|de proposito|absichtlich|mit absicht|expres|apposta"
        r"|on purpose|ya van|otra vez|de nuevo|de novo|outra vez|schon wieder|encore|di nuovo|alweer|weer|again)\b",
    ),
    _rule(
        "nl.cut_open_on_purpose",
        SELF_HARM,
        CRISIS,
        r"\b(?:expres|met opzet|bewust|opzettelijk)\b[^.!?]{0,25}\b(?:mijn|m'n) (?:arm|armen|been|benen|pols|polsen|dij"
        r"|dijen|huid|buik)\b[^.!?]{0,30}\b(?:opengehaald|opengesneden|gesneden|bewerkt|gekrast|opengekrast|verbrand)\b",
    ),
    _rule(
        "en.fresh_ones_again",
        SELF_HARM,
        CRISIS,
        # new marks made now, told beside scratches, cuts or an urge: "made fresh ones just now"
        r"^(?=.*\b(?:scratches|cuts|scars|urges?|blades?|razors?)\b).*\b(?:made|did|added) (?:some )?(?:fresh|new|more)"
        r" ones\b",
    ),
    # --- suicide and passive wishes ----------------------------------------------------------------------------
    _rule(
        "en.stockpiled_for_the_long_sleep",
        SUICIDE,
        CRISIS,
        r"\b(?:stockpiled|hoarded|stashed|saved up) (?:enough (?:pills|meds|tablets)?|(?:all )?(?:my |the )?(?:pills"
        r"|meds|tablets|painkillers|sleeping pills))\b[^\n]{0,60}\b(?:nap|sleep|for it|to do it|to end it|enough)\b"
        r"|\btak(?:e|ing) the (?:long|forever|permanent|eternal|final) (?:nap|sleep|dirt nap)\b"
        r"|^(?=.*\b(?:long|forever|permanent|eternal|final) (?:nap|sleep)\b).*\b(?:stockpiled|hoarded) enough\b",
        r"\s*(?:in (?:the|a) (?:game|film|movie|book)|lol|haha)",
        negatable=False,
    ),
    _rule(
        "en.if_a_car_hit_me",
        SUICIDE,
        CRISIS,
        r"\bif (?:a|the) (?:car|bus|truck|lorry|train|van) (?:hit|hits|ran over|runs over) me\b[^.!?]{0,40}"
        r"\b(?:wouldn'?t|would not|won'?t) (?:mind|care|be (?:sad|upset))\b",
        negatable=False,
    ),
    _rule(
        "pt.throw_myself_for_real",
        SUICIDE,
        CRISIS,
        r"\bvou me jogar\b[^.!?]{0,30}\b(?:e serio|serio dessa vez|nao (?:e|to|estou) (?:brincando|zoando))\b",
        negatable=False,
    ),
    _rule(
        "multi.all_of_it_not_to_get_high",
        SUICIDE,
        CRISIS,
        # the whole supply, and not for the high: "ik jaag de hele zak erdoorheen ... niet om high te worden"
        r"^(?=.*\b(?:de hele|the whole|all (?:of )?(?:it|the)|la bolsa entera|toda la|tutta la|toda a|den ganzen|die ganze"
        r"|tout le|toute la)\b).*\b(?:niet om high te worden|not (?:to|for) (?:get(?:ting)? )?high|no (?:es )?para"
        r" (?:colocarme|drogarme)|nicht um high zu werden|pas pour planer|non per sballarmi|nao (?:e )?(?:pra|para)"
        r" ficar (?:chapad[oa]|doidao))\b",
        negatable=False,
    ),
    _rule(
        "en.not_existing_sounds_peaceful",
        SUICIDE,
        CRISIS,
        r"\bnot (?:existing|being alive|being here) (?:sounds|seems|feels|would (?:be|feel)) (?:so |really |quite )?"
        r"(?:peaceful|nice|good|lovely|better|restful|easier|great|like (?:a )?relief)\b",
        negatable=False,
    ),
    _rule(
        "en.better_if_i_wasnt_around",
        SUICIDE,
        CRISIS,
        # "she'd have a better mum if I just wasn't around anymore"
        r"\b(?:better|happier|easier)\b[^.!?]{0,40}\bif i (?:just )?(?:wasn'?t|weren'?t|was not|were not) (?:around"
        r"|here|alive) any ?more\b",
        negatable=False,
    ),
    _rule(
        "en.will_they_forget_me",
        SUICIDE,
        CRISIS,
        # a child who will grow up without the person: "if her dad isn't here anymore will she forget me quickly?"
        r"^(?=.*\b(?:(?:isn'?t|is not|wasn'?t|was not|am not|i'?m not|aren'?t) (?:here|around) any ?more|(?:when|if|after"
        r"|once) i'?m gone(?! for)\b)).*\bwill (?:she|he|they|my (?:son|daughter|kids?|children|baby|boy|girl)) forget"
        r" (?:me|about me)\b",
        negatable=False,
    ),
    _rule(
        "en.how_cold_to_not_make_it_back",
        SUICIDE,
        CRISIS,
        # a question of lethality asked for "someone": "how cold does the sea have to be for someone swimming out to
        # not make it back?"
        r"\bhow (?:cold|deep|far|long|high|strong)\b[^?]{0,80}\bfor (?:someone|somebody|a person|me)\b[^?]{0,40}"
        r"\b(?:to not|not to|to never) (?:make it back|come back|survive|wake up)\b",
        negatable=False,
    ),
    _rule(
        "multi.disappear_for_good",
        SUICIDE,
        CRISIS,
        # to disappear for good is a passive wish (the labelling rule); for a while is not: "sumir pra sempre"
        r"\b(?:i|eu|yo|ich|je|io|ik|want to|wanna|wish i could|quiero|quero|voglio|will|veux|ojala|queria|vorrei"
        r"|wollte|voudrais|melhor|mejor|besser|mieux|meglio|beter)\b[^.!?]{0,25}\b(?:sumir|desaparecer|disparaitre"
        r"|sparire|disappear) (?:pra sempre|para sempre|para siempre|pour toujours|a jamais|per sempre|for good|forever"
        r"|permanently)\b|\b(?:ich|ik|will|wil|mochte|wou|wilde)\b[^.!?]{0,25}\b(?:fur immer|voorgoed|voor altijd)"
        r" (?:verschwinden|verdwijnen|weg)\b",
        r"\s*(?:from|de|das|dos|da|aus|von|des|dalle|dai|van|off) (?:\w+ ){0,2}(?:social|redes|internet|instagram"
        r"|facebook|tiktok|twitter|insta|app|group|grupo|gruppe|groupe|gruppo|groep|chat|work|trabajo|trabalho|server)",
        negatable=False,
    ),
    _rule(
        "multi.stop_existing_wish",
        SUICIDE,
        CRISIS,
        r"\b(?:mejor|preferible|ojala|quiero|quisiera) (?:si |que )?(?:yo )?(?:dejo|dejar|dejara|dejase) de existir\b"
        r"|\b(?:melhor|quero|queria) (?:se |que )?(?:eu )?(?:deixo|deixar|deixasse) de existir\b"
        r"|\b(?:deseando|deseo|desejando|desejo) no existir\b|\b(?:desejando|desejo) nao existir\b",
        negatable=False,
    ),
    _rule(
        "multi.not_be_here_anymore",
        SUICIDE,
        CRISIS,
        # a passive wish stays a crisis beside "I wouldn't do anything": "ik wil er niet meer zijn", "ich will einfach
        # nicht mehr da sein", "quero so nao estar mais aqui"
        r"\bik wil er (?:gewoon |eigenlijk )?niet meer zijn\b|\bich will (?:einfach |eigentlich |echt )?nicht mehr"
        r" (?:da )?sein\b|\bhoop (?:ik )?dat (?:het|dit) de laatste (?:is|keer is)\b"
        # the same in Spanish, French, Italian and Portuguese (session 16)
        r"|\b(?:quiero|quisiera|solo quiero) (?:solo |simplemente )?no estar (?:mas )?aqui(?: nunca mas)?\b"
        r"|\bdejar de estar aqui\b|\b(?:je (?:veux|voudrais)|j'aimerais) (?:juste |simplement )?ne plus (?:etre la"
        r"|exister)\b|\b(?:voglio|vorrei) (?:solo |soltanto |semplicemente )?non esserci piu\b"
        r"|\b(?:quero|queria|so quero) (?:so |apenas )?nao estar mais aqui\b",
        negatable=False,
    ),
    _rule(
        "multi.throw_myself_off",
        SUICIDE,
        CRISIS,
        # throwing oneself from a height or under a train, in the languages that say it reflexively; not the
        # hyperbole of a condition ("si vuelvo a oir ese reguetón me tiro por la ventana")
        r"^(?!.*\b(?:si|se|wenn|als|if|mais uma|una mas|otra vez)\b[^.!?]{0,80}\b(?:mi butto|me tiro|me aviento|me jogo"
        r"|je me jette|ich werfe mich|ik gooi mezelf)\b).*?\b(?:mi butto|mi lancio|mi getto|me tiro|me aviento|me lanzo|me arrojo|vou me jogar|me jogo|je (?:vais )?me"
        r" jette(?:r)?|ich (?:werfe|stürze|sturze) mich|ik gooi mezelf)\b[^.!?]{0,20}\b(?:ponte|tetto|palazzo|balcone"
        r"|finestra|treno|binari|scogliera|puente|azotea|tejado|edificio|balcon|ventana|tren|vias|metro|acantilado"
        r"|pont|toit|immeuble|fenetre|train|falaise|predio|telhado|janela|trem|viaduto|brucke|dach|hochhaus|balkon"
        r"|fenster|zug|klippe|brug|dak|flat|raam|trein|klif|bridge|roof)\b",
        r"\s*(?:in (?:piscina|the pool|la piscina|il gioco)|lol|haha|kkk)",
        negatable=False,
    ),
    _rule(
        "multi.gun_and_a_letter",
        SUICIDE,
        CRISIS,
        # a gun and a letter left for the family: "het geweer staat in de schuur ... mijn zoon heeft een brief van me"
        rf"^(?=.*\b{_FIREARM}\b).*(?:\b(?:brief|afscheidsbrief|letter|goodbye note|abschiedsbrief|lettre|lettera"
        rf"|carta|bilhete)\b[^.!?]{{0,40}}\b(?:my|mijn|m'n|mein\w*|mon|ma|mes|mio|mia|miei|mi|mis|meu|minha|for|voor"
        rf"|fur|pour|per|para) {_FAMILY}\b|\b{_FAMILY}\b[^.!?]{{0,40}}\b(?:brief|afscheidsbrief|letter|goodbye note"
        r"|abschiedsbrief|lettre|lettera|carta|bilhete)\b)",
        r"\s*(?:club|verein|association|from the (?:club|bank|council))",
        negatable=False,
    ),
    _rule(
        "multi.not_coming_back_with_means",
        SUICIDE,
        CRISIS,
        r"^(?=.*\b(?:tabletten|pillen|pills|tablets|pastillas|pastiglie|comprimes|cachets|comprimidos|medikamente"
        r"|strick|seil|rope|corda|cuerda|corde|touw)\b).*\b(?:ich komme? nicht (?:mehr )?zuruck|i'?m not coming back"
        r"|i won'?t be coming back|no voy a volver|no vuelvo|je ne reviendrai pas|je reviens pas|non torno|non tornero"
        r"|nao volto|nao vou voltar|ik kom niet (?:meer )?terug)\b",
        negatable=False,
    ),
    _rule(
        "multi.over_for_good_tomorrow",
        SUICIDE,
        CRISIS,
        # a time and an end "for good", with no relationship or job named after it
        r"\b(?:demain(?: matin| soir)?|ce soir|cette nuit|manana|esta noche|morgen|heute nacht|domani|stanotte|amanha"
        r"|esta noite|vannacht|tomorrow|tonight)\b[^.!?]{0,20}\b(?:c'est fini pour de bon|tout sera fini pour de bon"
        r"|se acaba (?:todo )?para siempre|ist (?:alles )?fur immer vorbei|e finita per sempre|acaba (?:tudo )?para"
        r" sempre|is het voorgoed voorbij|it'?s (?:all )?over for good|it all ends for good)\b",
        r"\s*(?:avec|with|con|mit|met|com|entre nous|between us|tra noi)",
        negatable=False,
    ),
    _rule(
        "en.dip_for_good",
        SUICIDE,
        CONCERN,
        # slang for leaving for good: with things given away (a second sign) it is a crisis
        r"\b(?:finna|gonna|going to|about to) (?:dip|dip out|bounce|peace out|clock out) (?:for good|forever"
        r"|permanently)\b",
    ),
    # --- harm to others ----------------------------------------------------------------------------------------
    _rule(
        "en.bring_something_to_make_them_sorry",
        TO_OTHERS,
        CRISIS,
        r"\b(?:bring|bringing|taking|take) (?:something|a surprise|my dad'?s \w+)\b[^.!?]{0,40}\b(?:make (?:them"
        r"|everyone|you all|the lot of them|those \w+) (?:all )?(?:sorry|pay|regret it)|they'?ll (?:all )?(?:be sorry"
        r"|regret it|pay))\b",
        negatable=False,
    ),
    _rule(
        "en.poison_to_make_them_suffer",
        TO_OTHERS,
        CRISIS,
        r"^(?=.*\b(?:toxic|poison\w*|bleach|cleaning products?|antifreeze|rat poison|laxatives?|make (?:food|it) toxic)"
        r"\b).*\bi want (?:him|her|them|my \w+) to suffer\b",
        negatable=False,
    ),
    _rule(
        "en.sentence_for_it_heading_over",
        TO_OTHERS,
        CRISIS,
        r"^(?=.*\b(?:heading|going|driving|walking|on my way) (?:over )?(?:there|round|to (?:his|her|their) (?:place"
        r"|house|flat))(?: right)? now\b).*\b(?:sentence|jail|prison|time|years) for (?:killing|stabbing|murdering"
        r"|hurting|beating) (?:someone|somebody|a person|him|her)\b",
        negatable=False,
    ),
    _rule(
        "multi.weapon_fetched_to_make_them_pay",
        TO_OTHERS,
        CRISIS,
        # a weapon out and someone to "pay" or to "settle it with": "j'ai sorti la carabine et j'y vais, il va payer"
        rf"^(?=.*\b{_WEAPON}\b).*\b(?:(?:il|elle|ils|elles) (?:va|vont) (?:payer|le regretter)|(?:he|she|they)(?:'s|'re"
        r"| is| are)? (?:going to|gonna) pay|(?:he|she|they)(?:'ll| will) pay|(?:lo|la) va a pagar|va a pagarla|vai"
        r" pagar|vao pagar|wird (?:dafur )?bezahlen|werden (?:dafur )?bezahlen|la paghera|me la paga|(?:lui|leur) faire payer|gaat (?:ervoor )?"
        r"betalen|settle (?:it|this|things) with (?:him|her|them))(?=\s*(?:[.!?,;]|$|for (?:this|that|what)"
        r"|not the|and))",
        negatable=False,
    ),
    _rule(
        "en.list_of_who_has_it_coming",
        TO_OTHERS,
        CRISIS,
        r"\b(?:written|made|wrote|have|got|keep|keeping) a list of (?:(?:names|people) (?:of )?)?(?:who|everyone|people|the people|names)\b[^.!?]{0,60}"
        r"\b(?:has it coming|have it coming|deserves? (?:it|what'?s coming)|will pay|are going to pay)\b",
        negatable=False,
    ),
    _rule(
        "en.for_real_at_school",
        TO_OTHERS,
        CRISIS,
        r"\bdoing it for real\b[^.!?]{0,30}\bat (?:my|the|our) (?:old )?(?:school|college|uni|work|office|workplace)\b",
        negatable=False,
    ),
    _rule(
        "multi.dont_trust_myself_with_them",
        TO_OTHERS,
        CRISIS,
        # an urge to hurt a child or a parent in one's care, and no trust in oneself: "ik wil haar door elkaar
        # schudden ... ik vertrouw mezelf niet" (matched from the urge, so a date earlier in the message is not its)
        r"\b(?:door elkaar schudden|schudden|shake (?:her|him|the baby|them)|shaking (?:her|him|the baby)"
        r"|schutteln|secouer|scuoterl[oa]|sacudirl[oa]|sacudi-l[oa]|sufoca\w*|smother\w*|soffoca\w*|erstick\w*"
        r"|etouffer|ahogarl[oa]|asfixiar\w*|hurt (?:her|him|them|the baby)|hit (?:her|him|them)|slaan|schlagen"
        r"|frapper|picchiarl[oa]|pegarl[oa]|bater (?:nele|nela)|drown (?:her|him)|verdrinken)\b[^\n]{0,120}\b(?:ik vertrouw"
        r" mezelf niet|i don'?t trust myself|i do not trust myself|non mi fido di me(?: stess[oa])?|no confio en mi"
        r"(?: mism[oa])?|je ne me fais (?:plus )?pas confiance|nao confio em mim|ich trau(?:e)? mir (?:selbst )?nicht)\b",
        negatable=False,
    ),
    # --- danger from others ------------------------------------------------------------------------------------
    _rule(
        "multi.hurt_and_still_here",
        FROM_OTHERS,
        CRISIS,
        # hurt by someone who is still in the home, with fear or drink: "mi ha spinta contro il muro ... e ancora
        # qui in salotto, ho paura"
        r"^(?=.*\b(?:mi ha (?:spint[oa]|picchiat[oa]|colpit[oa]|dato uno schiaffo)|spint[oa] contro|pushed me|shoved me"
        r"|hit me|slapped me|punched me|me empujo|me pego|me golpeo|hat mich (?:geschubst|gestossen|geschlagen)"
        r"|m'a (?:poussee?|frappee?|giflee?)|me empurrou|me bateu|heeft me (?:geduwd|geslagen))\b)"
        r"(?=.*\b(?:ho paura|i'?m (?:so )?scared|i'?m terrified|i'?m afraid|tengo miedo|ich hab(?:e)? angst|j'ai peur"
        r"|tenho medo|to com medo|ik ben bang|ubriac[oa]|drunk|borrach[oa]|betrunken|saoul|bebad[oa]|dronken)\b)"
        r".*\b(?:e ancora qui|(?:he'?s|she'?s|they'?re|he is|she is|they are) still (?:here|in the (?:house|flat|room"
        r"|living room|kitchen))|sigue aqui|todavia esta aqui|ist (?:immer )?noch (?:hier|da)|est (?:toujours|encore)"
        r" la|ainda (?:esta|ta) aqui|is (?:er )?nog (?:steeds )?(?:hier|thuis))\b",
        negatable=False,
    ),
    _rule(
        "multi.at_the_door_with_a_weapon",
        FROM_OTHERS,
        CRISIS,
        r"\b(?:outside|at) (?:my|our|the) (?:front )?door with (?:a |an |his |her |their )?(?:crowbar|knife|gun|bat"
        r"|baseball bat|hammer|machete|axe|shotgun|rifle|pistol)\b"
        r"|^(?=.*\b(?:geschubst|geschlagen|gestossen|pushed|shoved|punched|empujaron|golpearon|poussee?|frappee?"
        r"|spint[oa]|picchiat[oa]|empurraram|bateram|geduwd|geslagen)\b).*\b(?:vor der tur|voor de deur|a la puerta"
        r"|a la porte|alla porta|na porta|outside (?:my|our|the) door)\b",
        negatable=False,
    ),
    _rule(
        "multi.images_posted_unless",
        FROM_OTHERS,
        CRISIS,
        # images to be posted unless the person pays or sends more, by an hour or on a condition (the money and
        # midnight form is agent.crisis_rules_signs `multi.sextortion_deadline`)
        r"^(?=.*\b(?:ate as \d|antes de las \d|before \d|by \d|until \d|bis \d|avant \d|entro (?:le )?\d|voor \d|tenho"
        r" ate|tengo hasta|i have until|i'?ve got until|hab(?:e)? bis|j'ai jusqu'a|ho tempo fino|heb tot|si no|se nao"
        r"|if i don'?t|wenn ich nicht|si je (?:ne )?|se non|als ik (?:niet|geen))\b).*\b(?:posta|postar|publica"
        r"|publicar|sube|subir|post|posts|share|send|stellt|veroffentlicht|schickt|poste|publie|envoie|pubblica|zet"
        r"|stuurt|deelt)\b[^.!?]{0,20}\b(?:meus|minhas|mis|my|meine|mes|le mie|i miei|mijn)\b[^.!?]{0,10}\b(?:videos?"
        r"|fotos?|photos?|pics?|nudes?|bilder|nacktbilder|filmpjes)\b",
        negatable=False,
    ),
    # --- medical emergencies -----------------------------------------------------------------------------------
    _rule(
        "multi.wrong_pills_now_unwell",
        MEDICAL,
        CRISIS,
        # someone else's pills or a double dose taken by mistake, and now confused, drowsy or breathing badly (a
        # double dose without symptoms is a concern)
        rf"^(?=.*\b(?:per sbaglio|por error|por equivocacion|aus versehen|versehentlich|par erreur|par accident|by"
        rf" mistake|by accident|accidentally|por engano|sem querer|per ongeluk|per vergissing|perongeluk)\b)"
        rf"(?=.*\b{_PILLS}\b).*\b(?:confus[ao]|confused|verward|verwirrt|confundid[oa]|slaperig|suf|drowsy|suda|sweating|sudando|schwitzt|transpire|sua muito|zweet|non"
        r" sta in piedi|can'?t stand|kaum (?:noch )?ansprechbar|barely responsive|not responding|non risponde|no"
        r" responde|ne repond (?:plus|pas)|nao responde|reageert niet|atmet (?:ganz )?flach|breathing (?:very )?"
        r"shallow\w*|respira (?:male|poco|mal)|respire mal|ademt (?:heel )?oppervlakkig|can'?t wake|won'?t wake|non si"
        r" sveglia|no se despierta|wacht nicht auf|ne se reveille pas|nao acorda|wordt niet wakker)\b",
    ),
    _rule(
        "multi.seizure_on_the_floor",
        MEDICAL,
        CRISIS,
        r"\b(?:convulsioni|convulsiona\w*|krampft|krampfanfall|convulse|convulsing|stuiptrek\w*|fitting|seizing"
        r"|having a seizure)\b[^.!?]{0,20}\b(?:sul pavimento|per terra|en el suelo|auf dem boden|par terre|au sol|no chao"
        r"|op de grond|op de vloer|on the floor|on the ground)\b",
    ),
    _rule(
        "multi.pesticide_then_symptoms",
        MEDICAL,
        CRISIS,
        r"\b(?:gewasbeschermingsmiddel|bestrijdingsmiddel|pesticide|insecticide|herbicide|weedkiller|unkrautvernichter"
        r"|pflanzenschutzmittel|pesticida|plaguicida|insetticida|diserbante|agrotoxico|glyphosate|paraquat"
        r"|organophosph\w*)\b[^\n]{0,80}\b(?:kwijl\w*|drool\w*|sbav\w*|babe\w*|sabber\w*|bave|babando|wazig"
        r"|blurr\w*|vista offuscata|vision borrosa|vista borrosa|verschwommen|vision floue|visao turva|can'?t breathe"
        r"|krampen|cramps|crampi|calambres|krampfe|crampes|caimbras|overgeven|throwing up|vomiting)\b",
    ),
    _rule(
        "multi.head_hit_then_double_vision",
        MEDICAL,
        CRISIS,
        # a blow to the head and then double vision or vomiting
        r"\b(?:battuto|sbattuto|hit|banged|smacked|knocked|golpeado|bateu|bati|cogne) (?:\w+ )?(?:la testa|la cabeza|a"
        r" cabeca|my head|his head|her head|la tete)\b[^\n]{0,80}\b(?:vede doppio|ve doble|sieht doppelt|voit double"
        r"|ve dobrado|ziet dubbel|sees double|seeing double|double vision|keeps? (?:throwing up|vomiting)|continua a"
        r" vomitare|no para de vomitar|nao para de vomitar)\b"
        r"|\b(?:hoofd|head|kopf|tete|testa|cabeza|cabeca)\b[^.!?]{0,60}\b(?:geklapt|gestoten|hit|banged|smacked|knocked"
        r"|geschlagen|gestossen|aufgeschlagen|cogne|tape|battuto|sbattuto|golpe\w*|bati|bateu)\b[^\n]{0,80}\b(?:zie"
        r" dubbel|seeing double|double vision|doppelt|vois double|vedo doppio|veo doble|vejo dobrado|moet (?:steeds )?"
        r"overgeven|keep (?:throwing up|vomiting)|muss (?:dauernd |standig )?(?:erbrechen|brechen)|vomis sans arret"
        r"|continuo a vomitare|no paro de vomitar|nao paro de vomitar)\b",
    ),
    _rule(
        "multi.allergy_voice_and_breath",
        MEDICAL,
        CRISIS,
        # an allergy closing the airway: a hoarse voice or hives, with breathing going
        r"\b(?:voix (?:\w+ )?rauque|voice (?:is )?(?:going )?hoarse|hoarse voice|stimme (?:\w+ )?heiser|voce rauca"
        r"|voz ronca|voz rouca|stem (?:\w+ )?schor|plaques partout|hives (?:all over|everywhere)|urticaire|quaddeln"
        r"|orticaria|ronchas|urticaria)\b[^\n]{0,60}\b(?:respire mal|can'?t breathe|struggling to breathe|hard to"
        r" breathe|atmet schwer|bekommt (?:kaum )?luft|respira (?:male|mal)|ademt moeilijk|respira com dificuldade"
        r"|n'arrive (?:plus|pas) a respirer)\b",
    ),
    _rule(
        "multi.arm_and_speech_gone",
        MEDICAL,
        CRISIS,
        # stroke: an arm that will not move and speech that is wrong, all of a sudden
        r"\b(?:no puede mover|can'?t move|cannot move|kann (?:\w+ )?nicht (?:mehr )?bewegen|ne peut plus bouger"
        r"|non riesce a muovere|nao consegue mexer|kan (?:\w+ )?niet (?:meer )?bewegen)\b[^.!?]{0,30}\b(?:brazo|arm"
        r"|bras|braccio|braco|mano|hand)\b[^.!?]{0,40}\b(?:habla|speak|talk|spricht|parle|parla|fala|praat)\w*\b",
    ),
    _rule(
        "en.having_a_stroke_now",
        MEDICAL,
        CRISIS,
        r"\bi think (?:my|our|his|her) \w+(?:'s| is) having a (?:stroke|heart attack)\b",
    ),
    # --- a time and a place, a sign beside another -----------------------------------------------------------
    _rule(
        "en.at_the_cliffs_tomorrow",
        SUICIDE,
        CONCERN,
        r"\b(?:tomorrow(?: morning| night)?|tonight|this (?:evening|weekend)|at dawn)\b[^.!?]{0,20}\bat the"
        r" (?:cliffs?|bridge|tracks|railway|viaduct|quarry|reservoir)\b",
    ),
    # --- twentieth round: a file of crisis / concern / none triples, scored once first ---------------------------
    _rule(
        "en.glad_of_a_terminal_diagnosis",
        SUICIDE,
        CRISIS,
        r"\b(?:terminal|cancer|fatal) (?:diagnosis|illness)\b[^.!?]{0,40}\b(?:i'?d|i would|i'?d honestly|i'?d actually)"
        r" be (?:glad|relieved|happy|grateful)\b",
        negatable=False,
    ),
    _rule(
        "multi.fainted_and_not_responding",
        MEDICAL,
        CRISIS,
        r"\b(?:se ha desmayado|se desmayo|fainted|collapsed|passed out|ist ohnmachtig|ohnmachtig geworden"
        r"|zusammengebrochen|s'est evanouie?|est tombee? dans les pommes|e svenut[oa]|si e accasciat[oa]|desmaiou"
        rf"|flauwgevallen|in elkaar gezakt)\b[^.!?]{{0,40}}\b(?:{_NOT_RESPONDING}|won'?t respond|unresponsive"
        rf"|{_BREATHING_ODDLY})\b",
    ),
    _rule(
        "en.catch_the_train_not_on_it",
        SUICIDE,
        CRISIS,
        r"\bcatch(?:ing)? the (?:\d{1,2}[:.]\d{2}|train|express|bus)\b[^.!?]{0,30}\bnot (?:like )?(?:get|getting|be|board\w*)"
        r" on it\b",
        negatable=False,
    ),
    _rule(
        "multi.leave_this_world",
        SUICIDE,
        CRISIS,
        r"\b(?:me piro|me voy|irme|pirarme|me largo|largarme) de este mundo\b|\b(?:quitter|quitte|je quitte) ce monde\b"
        r"|\bdiese welt (?:verlassen|verlasse)\b|\blasciare questo mondo\b|\b(?:deixar|deixo|sair) (?:deste|este)"
        r" mundo\b|\bdeze wereld (?:verlaten|verlaat)\b|\bleave this world\b",
        r"\s*(?:behind for|for a (?:week|while|bit)|lol|jaja|haha)",
    ),
    _rule(
        "es.cut_worse_than_before",
        SELF_HARM,
        CRISIS,
        r"\bme (?:acabo de cortar|he cortado|corte|volvi a cortar)\b[^.!?]{0,30}\b(?:muslo|muslos|brazo|brazos|muneca"
        r"|munecas|pierna|piernas|barriga)\b[^\n]{0,60}\b(?:mas que otras veces|otra vez|de nuevo|a proposito"
        r"|puntos)\b",
    ),
    # --- twentieth round: long messages in the six other languages, the sign told in passing -------------------
    _rule(
        "multi.jump_from_a_place",
        SUICIDE,
        CRISIS,
        r"\b(?:salto|vou saltar|pulo|vou pular|me voy a aventar|aventarme|me aviento|spring ik|ik spring|springe ich"
        r"|ich springe|je saute|je vais sauter|salto giu|mi lancio)\b[^.!?]{0,40}\b(?:ponte|puente|brug|erasmusbrug"
        r"|brucke|pont|viadotto|cavalcavia|viaduto|viaduct|dach|tetto|toit|telhado|azotea|dak|flat|torre|predio"
        r"|edificio|palazzo|immeuble|hochhaus)\b",
        # a jump into a pool is a game; into a river from a bridge it is not
        r"\s*(?:(?:in|into|nel|en|na|ins|dans|in het) (?:the |il |la |a |das |le |het )?(?:piscina|pool|zwembad"
        r"|schwimmbad|piscine))",
    ),
    _rule(
        "multi.take_them_all",
        SUICIDE,
        CRISIS,
        # all the pills gathered, taken on a day: "el viernes me las tomo todas y se acabo"
        r"^(?=.*\b(?:farmacia|pharmacie|apotheke|apotheek|remedios|pastillas|comprimidos|tabletten|pillen|cachets"
        r"|pastiglie|medicamentos|medicinali|medikamente|cajas|blister|medicijnen)\b).*\b(?:me las tomo|me los tomo"
        r"|me tomo|tomo|vou tomar|prendo|mando giu|ingoio|je (?:vais )?(?:les )?prend\w*|nehme|nehm|schluck\w*|neem"
        r"|slik)\b[^.!?]{0,25}\b(?:todas|todos|tutte|tutti|alle|tous|toutes)\b",
        negatable=False,
    ),
    _rule(
        "multi.wish_never_born",
        SUICIDE,
        CRISIS,
        r"\bwunschte?,? ich (?:war|ware) nie geboren\b|\bwish i'?d never been born\b|\bojala no hubiera nacido\b"
        r"|\bj'aurais (?:prefere|voulu) ne jamais naitre\b|\bvorrei non essere mai nat[oa]\b|\bqueria (?:nunca ter"
        r"|nao ter) nascido\b|\bik wou dat ik nooit geboren was\b",
        negatable=False,
    ),
    _rule(
        "multi.wish_not_to_wake",
        SUICIDE,
        CRISIS,
        r"\bqueria morrer\b|\bnunca mais (?:ter (?:de|que) )?acordar\b|\bque no me deje (?:volver a )?abrir los ojos\b"
        r"|\bno volver a despertar(?:me)?\b|\bnie mehr aufwachen\b|\bne plus (?:jamais )?me reveiller\b"
        r"|\bnon svegliarmi piu\b|\bnooit meer wakker (?:te )?worden\b",
        negatable=False,
    ),
    _rule(
        "multi.hope_something_hits_me",
        SUICIDE,
        CRISIS,
        # hoping a lorry or a scooter hits me: "j'espere qu'un camion me percute", "torco pra um caminhao me pegar"
        r"\b(?:j'espere|espero|spero|ci spero|torco|hoffe|hoop|ojala|i hope)\b[^.!?]{0,30}\b(?:camion|caminhao|camiao|lkw"
        r"|truck|lorry|vrachtwagen|motorino|auto|car|bus|trein|zug|treno|tren|trem|viga|balk)\b[^.!?]{0,30}"
        r"\b(?:percute|renverse|investe|investa|pegar|pegue|atropell\w*|uberfahrt|erwischt|raakt|aanrijdt|hits me"
        r"|cae encima|caia em cima)\b|\bse um (?:camiao|caminhao|carro|onibus) me (?:pegar|atropelar)\b",
        negatable=False,
    ),
    _rule(
        "multi.under_the_train",
        SUICIDE,
        CRISIS,
        r"\b(?:mij|me|mezelf) (?:\w+ )?voor (?:de|den) trein (?:smijten|gooien|werpen|springen)\b|\bvor den zug"
        r" (?:werfen|springen|schmeissen)\b",
        negatable=False,
    ),
    _rule(
        "multi.off_myself_slang_more",
        SUICIDE,
        CONCERN,
        # slang that needs a second sign: "ich mach mich weg am wochenende", "mi tolgo di mezzo"
        r"\bmach(?:e)? mich (?:weg|kalt)\b(?! (?:vom|aus|nach))|\bmi tolgo di mezzo\b|\btiro le cuoia\b"
        r"|\bdiesmal zieh ich(?:'s| es) durch\b|\bauf dem weg zur brucke\b",
    ),
    _rule(
        "multi.for_good_with_the_means",
        SUICIDE,
        CRISIS,
        r"\b(?:mi tolgo di mezzo|tiro le cuoia)\b[^\n]{0,60}\b(?:per sempre|di mia volonta|pastiglie|cavalcavia|ponte)\b",
        negatable=False,
    ),
    _rule(
        "de.soon_not_here",
        SUICIDE,
        CRISIS,
        r"\b(?:weil|da) ich bald (?:nicht mehr|nimmer) da (?:bin|sein werde)\b",
        negatable=False,
    ),
    _rule(
        "multi.burned_or_cut_myself_again",
        SELF_HARM,
        CRISIS,
        r"\bmezelf (?:\w+ ){0,3}(?:gebrand|gekrast|gesneden|opengehaald)\b|\b(?:hab|habe) mich (?:\w+ ){0,6}geritzt\b"
        r"|\bcortei (?:de novo|outra vez|mais fundo)\b|\bme (?:he )?quemado (?:\w+ ){0,3}con el mechero (?:\w+ )?varias"
        r" veces\b|\b(?:spento|spenta) una sigaretta sul(?:la)? (?:polso|braccio|mano|gamba)\b|\bapagu?ei o cigarro no"
        r" (?:braco|pulso)\b|\b(?:me apague|apague) (?:un|el) cigarro en (?:el|la) (?:brazo|muneca)\b"
        r"|\b(?:mi sono pres[oa]|me di) a (?:pugni|punetazos)\b",
        r"\s*(?:in (?:het|de) (?:spel|game)|nel gioco|lol|haha)",
    ),
    _rule(
        "multi.razors_bought_to_do_it_again",
        SELF_HARM,
        CRISIS,
        r"\b(?:scheermesjes|mesjes|rasierklingen|klingen|lames de rasoir|lamette|cuchillas|giletes|laminas|lamina"
        r"|estilete)\b[^\n]{0,120}\b(?:doe ik het weer|mach ich es wieder|je recommence|lo rifaccio|lo vuelvo a hacer"
        r"|faco de novo|e uso|do it again)\b",
        negatable=False,
    ),
    _rule(
        "multi.swallowed_to_hurt_myself",
        SELF_HARM,
        CRISIS,
        r"\b(?:avale|swallowed|tragado|trague|geschluckt|ingoiato|engoli|ingeslikt)\b[^.!?]{0,40}\b(?:pour me faire mal"
        r"|para hacerme dano|um mir weh zu tun|per farmi male|para me (?:machucar|magoar)|om mezelf pijn te doen|to hurt"
        r" myself)\b",
        negatable=False,
    ),
    _rule(
        "multi.minor_touched_by_an_adult",
        FROM_OTHERS,
        CRISIS,
        # a child who says their age and that an adult touches them or comes into their room at night
        r"^(?=.*\b(?:ho|tengo|ich bin|j'ai|tenho|ik ben|i'?m|im|i am) (?:[4-9]|1[0-5])(?: anni| anos| jahre| ans| jaar"
        r"| years old)?\b).*\b(?:mi ha toccat[oa]|me (?:ha )?manosea\w*|abusa de mi|hat mich (?:\w+ )?angefasst|kommt"
        r" nachts in mein zimmer|m'a touchee?|me tocou|heeft me aangeraakt|touched me|touches me|comes into my room at"
        r" night)\b",
        # "touched my heart", in the languages the rule reads
        r"\s*(?:il cuore|el corazon|o coracao|le coeur|my heart|mein herz|mijn hart|l'anima|nel profondo)",
        negatable=False,
    ),
    _rule(
        "multi.drink_spiked",
        FROM_OTHERS,
        CRISIS,
        r"\b(?:me echo algo en la bebida|me echaron algo en la bebida|spiked my drink|my drink (?:was|got) spiked|mi hanno"
        r" messo qualcosa nel (?:bicchiere|drink)|hat mir (?:was|etwas) ins glas|m'a drogue\w*|on m'a drogue\w*|colocaram"
        r" algo na minha bebida|iemand heeft iets in mijn drankje)\b",
    ),
    _rule(
        "multi.followed_and_hiding",
        FROM_OTHERS,
        CRISIS,
        r"^(?=.*\b(?:mi sta(?:nno)? seguendo|me (?:estan|esta) siguiendo|folg(?:t|en) mir|verfolg(?:t|en) mich|me sui(?:t"
        r"|vent)|(?:esta|estao|ta|tao) me seguindo|volg(?:t|en) me|following me)\b).*\b(?:nascost[oa]|escondid[oa]"
        r"|versteckt|cache\w*|verstopt|hiding)\b",
        negatable=False,
    ),
    _rule(
        "multi.tracker_from_the_ex",
        FROM_OTHERS,
        CRISIS,
        r"\b(?:localizador|rastreador|gps[- ]?tracker|tracker|peilsender|traceur|localizzatore)\b[^\n]{0,120}"
        r"\b(?:ordem de afastamento|orden de alejamiento|restraining order|kontaktverbot|ordonnance d'eloignement"
        r"|ordine restrittivo|contactverbod|meu ex|mi ex|my ex|mein ex|mon ex|il mio ex|mijn ex)\b",
        negatable=False,
    ),
    _rule(
        "multi.throat_closing",
        MEDICAL,
        CRISIS,
        r"\b(?:sa |ma )?gorge se (?:ferme|serre)\b|\bgarganta se (?:cierra|me cierra|fecha|esta fechando)\b"
        r"|\bgola (?:si chiude|si sta chiudendo)\b|\bhals (?:schnurt sich zu|macht zu|schwillt zu)\b|\bkeel (?:gaat|zit)"
        r" dicht\b|\bthroat (?:is )?closing(?: up)?\b",
    ),
    _rule(
        "multi.lips_swollen_and_wheezing",
        MEDICAL,
        CRISIS,
        r"\b(?:labios hinchados|lippen (?:sind )?geschwollen|levres gonflees|labbra gonfie|labios inchados|lippen"
        r" (?:zijn )?opgezwollen|lips (?:are )?(?:swelling|swollen))\b[^\n]{0,80}\b(?:pitido|silbido|wheez\w*|pfeift"
        r"|siffle|fischia|chiado|piept|respir\w* (?:mal|male|raro)|atmet schwer|can'?t breathe)\w*",
    ),
    _rule(
        "multi.breathing_oddly_not_answering",
        MEDICAL,
        CRISIS,
        rf"\b(?:respirando (?:muy )?raro|{_BREATHING_ODDLY})\b[^.!?]{{0,40}}\b(?:no contesta|not answering|antwortet"
        rf" nicht|{_NOT_RESPONDING})\b",
    ),
    _rule(
        "multi.weapon_to_the_head",
        TO_OTHERS,
        CRISIS,
        r"\b(?:spaccargliela in testa|spaccargli la testa|romperle la cabeza|romperle la crisma|(?:den )?schadel"
        r" einschlagen|lui defoncer le crane|partir a cabeca (?:dele|dela)|zijn kop inslaan|haar kop inslaan)\b"
        r"|\bvou (?:furar|esfaquear) (?:ele|ela|o cara|a mina)\b|\bje fonce (?:\w+ ){0,3}sur (?:mon ex|lui|elle|eux)\b",
        negatable=False,
    ),
    _rule(
        "multi.pills_in_their_coffee",
        TO_OTHERS,
        CRISIS,
        r"^(?=.*\b(?:ele merece|se lo merece|er verdient es|il le merite|se lo merita|hij verdient het|he deserves it"
        r"|she deserves it)\b).*\b(?:comprimidos|pastillas|tabletten|cachets|pastiglie|pillen|pills|veneno|veleno|gift"
        r"|poison|gif)\b[^\n]{0,60}\b(?:cafe|cha|te|kaffee|koffie|bebida|drink|caffe|tea|coffee)\b",
        negatable=False,
    ),
    # --- twenty-first round: everyday voices in the six other languages (one more development file) -------------
    _rule(
        "multi.pray_to_be_taken",
        SUICIDE,
        CRISIS,
        # a passive wish told as a prayer: "rezo cada noche para no despertarme", "dass der Herrgott mich holt"
        r"\b(?:que|ojala) (?:el senor|dios|diosito) me (?:lleve|recoja)\b|\b(?:a|al) (?:dios|senor|diosito) que me (?:lleve"
        r"|recoja)\b|\b(?:der herrgott|gott|er) mich (?:heute nacht )?"
        r"(?:holt|zu sich (?:holt|nimmt))\b|\bil signore mi (?:prenda|porti via)\b|\bdeus me (?:leve|leve embora)\b"
        r"|\bque dieu me (?:prenne|rappelle)\b|\bgod (?:mij|me) (?:komt )?(?:halen|meeneemt)\b|\bgod (?:would )?take me\b"
        r"|\bpara no despertar(?:me)?\b|\bum nicht mehr aufzuwachen\b|\bpour ne (?:plus|pas) me reveiller\b|\bper non"
        r" svegliarmi\b|\bpara nao acordar\b|\bom niet (?:meer )?wakker te worden\b",
        negatable=False,
    ),
    _rule(
        "multi.no_wish_to_be_in_the_world",
        SUICIDE,
        CRISIS,
        r"\bnon ho piu voglia di (?:stare al mondo|vivere)\b|\bno tengo (?:mas )?ganas de vivir\b|\bkeine lust mehr zu"
        r" leben\b|\bplus envie de vivre\b|\bsem vontade de viver\b|\bgeen zin meer om te leven\b",
        negatable=False,
    ),
    _rule(
        "es.run_over_would_be_rest",
        SUICIDE,
        CRISIS,
        r"\bsi me atropell\w* (?:un|el) (?:coche|camion|bus|autobus|tren)\b[^.!?]{0,40}\b(?:descanso|alivio|me daria"
        r" igual|mejor)\b",
        negatable=False,
    ),
    _rule(
        "multi.swelling_and_no_air",
        MEDICAL,
        CRISIS,
        r"\b(?:gesicht|lippen|zunge|hals) (?:\w+ )?schwill?t an\b[^.!?]{0,40}\b(?:kaum (?:noch )?luft|keine luft)\b"
        r"|\blabbra gonfie\b[^.!?]{0,40}\bfischi\w*",
    ),
    _rule(
        "multi.foam_blue_lips",
        MEDICAL,
        CRISIS,
        r"\b(?:schuim uit (?:zijn|haar) mond|foam(?:ing)? at the mouth|schaum vor dem mund|espuma por la boca|bave aux"
        r" levres|schiuma alla bocca|espuma pela boca)\b|\b(?:os labios (?:estao|ficaram) (?:roxos|azuis)|los labios"
        r" (?:estan )?(?:morados|azules)|lippen (?:sind |worden |zijn )?blau\w*|les levres (?:sont )?bleues|labbra (?:sono )?"
        r"(?:viola|blu)|lips (?:are |turning |went )?(?:blue|purple))\b",
    ),
    _rule(
        "multi.chest_pain_grey_and_sweating",
        MEDICAL,
        CRISIS,
        r"\b(?:pijn op de borst|brustschmerz\w*|schmerzen in der brust|douleur (?:dans|a) la poitrine|dolore al petto|dor"
        r" no peito|dolor (?:en el|de) pecho|chest pain)\b[^.!?]{0,60}\b(?:grauw|zweterig|zweet\w*|schweiss\w*|grau"
        r"|sudore|sudando|suando|transpire|en sueur|grey|gray|sweat\w*|bleek|blass)\b",
    ),
    _rule(
        "multi.threat_at_my_door",
        FROM_OTHERS,
        CRISIS,
        r"^(?=.*\b(?:voor mijn deur|vor meiner tur|devant (?:ma porte|chez moi)|sotto casa|en mi puerta|na minha porta"
        r"|outside my (?:door|house|flat)|(?:e|is) ancora li)\b).*\b(?:(?:hij|zij) (?:\w+ )?(?:me|mij) (?:gaat|zal)"
        r" (?:wurgen|vermoorden|doodmaken|afmaken)|dass er mich umbringt|qu'il va me tuer|(?:che )?mi (?:ammazza|sfregia)"
        r"|que me va a matar|que vai me matar|he'?s going to (?:kill|strangle) me)\b",
        negatable=False,
    ),
    _rule(
        "multi.comes_into_my_room_at_night",
        FROM_OTHERS,
        CRISIS,
        r"\b(?:kommt|komt|entre|entra|vient)\b[^.!?]{0,30}\b(?:nachts in mein zimmer|dans ma chambre la nuit|la nuit"
        r" dans ma chambre|en mi cuarto por la noche|por la noche a mi cuarto|no meu quarto a noite|a noite no meu quarto"
        r"|in camera mia di notte|di notte in camera mia|(?:vanavond |vannacht )?(?:weer )?naar mijn kamer)\b",
        negatable=False,
    ),
    _rule(
        "multi.child_beaten_with_a_belt",
        FROM_OTHERS,
        CRISIS,
        r"\b(?:schlagt|slaat|frappe|picchia|pega|bate|golpea|is hitting|hits)\b[^.!?]{0,40}\b(?:mit dem gurtel|met de riem"
        r"|avec (?:la|sa) ceinture|con la cintura|con el cinturon|com o cinto|with (?:a|the|his|her) belt)\b",
    ),
    _rule(
        "multi.about_to_do_it_again",
        SELF_HARM,
        CRISIS,
        r"^(?=.*\b(?:forbici|lametta|lama|rasoio|cutter|coltello|tijera|cuchilla|schere|klinge|ciseaux|lame|tesoura"
        r"|lamina|schaar|mesje|scissors|blade|razor)\b).*\b(?:sto per rifarlo|estoy a punto de (?:volver a )?hacerlo"
        r"|kurz davor,? es wieder zu tun|sur le point de recommencer|prestes a fazer de novo|op het punt (?:om )?het weer"
        r" te doen|about to do it again)\b",
        negatable=False,
    ),
    _rule(
        "multi.cut_myself_told_plainly",
        SELF_HARM,
        CRISIS,
        r"\b(?:net |weer |opnieuw )+gesneden met\b|\bmi sono (?:fatt[oa]|procurat[oa]) (?:dei |un |due |tre )?tagl\w*"
        r"|\bje me tape la tete contre\b|\bme (?:golpeo|pego) la cabeza contra\b|\bschlage meinen kopf gegen\b"
        r"|\bsbatto la testa contro\b|\bbato (?:com )?a cabeca na\b|\bsla (?:mijn|m'n) hoofd tegen\b",
        r"\s*(?:in (?:het|de) (?:spel|game)|lol|haha)",
    ),
    _rule(
        "multi.date_set",
        SUICIDE,
        CONCERN,
        # a date fixed: beside a second sign (things no longer needed, a calm) it is a crisis
        r"\b(?:ich hab(?:e)? das datum festgelegt|he fijado la fecha|j'ai fixe la date|ho fissato la data|marquei a data"
        r"|ik heb de datum vastgelegt)\b",
    ),
    _rule(
        "pt.to_the_bridge_and_end_it",
        SUICIDE,
        CRISIS,
        r"\b(?:ponte|viaduto|predio|trilhos|linha do trem)\b[^.!?]{0,30}\bacabar com (?:isso|tudo|a minha vida)\b",
        negatable=False,
    ),
    _rule(
        "multi.letters_ready",
        SUICIDE,
        CRISIS,
        r"\b(?:brieven|brief|letters?|cartas?|lettres?|lettere|briefe|abschiedsbriefe?) (?:voor|for|para|pour|per|fur|an)"
        r" (?:mijn|my|mis|mes|i miei|le mie|meine|a minha|os meus|minha|meus)\b[^.!?]{0,40}\b(?:liggen klaar|are ready"
        r"|estan listas|sont prete?s|sono pronte|liegen bereit|estao prontas)\b",
        negatable=False,
    ),
    _rule(
        "multi.log_out_of_life",
        SUICIDE,
        CRISIS,
        r"\b(?<!weekje )(?<!week )(?<!even )(?<!dagje )uitloggen uit het leven\b|\baus dem leben ausloggen\b|\blog(?:ging)? out of life\b|\bdeslogar da vida\b"
        r"|\bdesconectarme de la vida\b",
        r"\s*(?:for a (?:week|while|bit)|voor een (?:week|weekje|tijdje)|lol|haha)",
    ),
)
