"""Crisis-screen rules, twenty-third round (issue #6, session 15): crises told by someone beside the person in
danger, and crises told in the tired words of everyday venting.

Two development files of session 14 (short everyday lines and bystanders in the six other languages) and three new
ones written for this round by helpers that read nothing of the project (emergencies told by others in the six
other languages, heavy everyday venting in English, self-harm, slang and harm to others told roundabout) were
scored once on the shipped screen, then read. Their first contact was 0.72-0.97 on the full screen but 0.21-0.51 for
the rules alone: a friend cutting herself behind a locked door, a teacher's message from a pupil saying goodbye, a
grandmother seizing, a parent about to shake a baby. Each family names the phenomenon in the languages it was
missed in and, where it reads the same, in the others. Every one was checked against every readable probe and
training line and the everyday messages before it was kept (docs/safety.md, twenty-third round). Written against
`agent.crisis.normalise` output: lower case, no diacritics, plain apostrophes.
"""

from __future__ import annotations

from agent.crisis_rules import CRISIS, FROM_OTHERS, MEDICAL, SELF_HARM, SUICIDE, TO_OTHERS, Rule, _rule

_BLADE = (
    r"(?:razor|blade|razor blade|cutter|taglierino|lametta|rasoio|lama|cuchilla|navaja|hoja de afeitar|gilete|lamina"
    r"|estilete|klinge|rasierklinge|teppichmesser|cuttermesser|mesje|scheermesje|stanleymes|lame|lame de rasoir"
    r"|rasoir)"
)
_HIT_BEFORE = (
    r"(?:geslagen|een klap gegeven|pegado|pegue|le di una bofetada|le he dado una bofetada|geschlagen|eine"
    r" (?:ohrfeige|backpfeife) gegeben|frappe|gifle|je l'ai giflee?|picchiato|dato uno schiaffo|bati nel[ea]|dei um"
    r" tapa|hit (?:him|her)|slapped (?:him|her)|smacked (?:him|her))"
)
_AGAIN_NOW = (
    r"(?:nog een keer ga doen|het weer ga doen|lo voy a volver a hacer|volvere a hacerlo|es (?:gleich )?wieder tun"
    r" werde|mach es gleich wieder|je vais recommencer|vais le refaire|lo rifaccio|lo faro di nuovo|vou fazer de novo"
    r"|vou repetir|(?:going to|gonna|about to) do it again)"
)
_WEAPON = (
    r"(?:barra de ferro|faca|facao|arma|pistola|revolver|taco|martelo|bastao|cuchillo|machete|martillo|bate|navaja"
    r"|barra|escopeta|coltello|martello|mazza|spranga|accetta|fucile|couteau|marteau|batte|flingue|pistolet|hache"
    r"|barre de fer|fusil|messer|hammer|baseballschlager|schlager|knuppel|pistole|axt|eisenstange|waffe|mes|hamer"
    r"|honkbalknuppel|pistool|bijl|ijzeren staaf|knife|bat|baseball bat|crowbar|gun)"
)
_CRYING = (
    r"(?:llor\w*|pleur\w*|piang\w*|chor\w*|huil\w*|schrei\w*|cry\w*|crie\w*|screaming|gritando|berre\w*|brull\w*"
    r"|urla\w*)"
)
_PILLOW_ON_FACE = (
    r"(?:over|on) (?:his|her|their|the baby'?s) face|encima de su cara|sobre su cara|en su cara|op (?:zijn|haar)"
    r" gezicht|(?:auf|uber) (?:sein|ihr) gesicht|sur (?:son|sa) (?:visage|figure|tete)|sulla (?:sua )?faccia"
    r"|sul (?:suo )?viso|(?:no|sobre o) rosto del[ea]|na cara del[ea]"
)
# An image the person names as a thought and disowns is the intrusive-thought check-in, not an act about to happen.
_NOT_A_THOUGHT = (
    r"^(?!.*\b(?:pictured|imagined|images? of|thoughts? of|thought about|i'?d never|pensamientos|pensamentos"
    r"|gedanken|pensees|pensieri|gedachten|beelden)\b)"
)
# A first-aid question or course about someone, anyone: "que faire si quelqu'un fait une crise d'epilepsie"
_NOT_A_LESSON = (
    r"^(?!.*\b(?:si quelqu'un|se qualcuno|si alguien|wenn jemand|als iemand|se alguem|if someone|cosa fare|que faire"
    r"|what to do|que hacer|was tun|wat te doen|o que fazer|corso|course|cours|kurs|cursus|curso)\b)"
)
_BLEEDING = (
    r"(?:blut\w*|bloed\w*|sang\w*|blood|bleed\w*|sliced|cut|corte|cortado|schnitt|geschnitten|gesneden|coupe|tagliat[oa]"
    r"|kreissage|cirkelzaag|scie)"
)
_TOWEL_SOAKED = (
    r"(?:handtuch|handdoek|serviette|asciugamano|toalla|toalha|tea towel|towel)\b[^.]{0,20}\b(?:durchgeweicht|doorweekt"
    r"|trempe|zuppo|empapad[oa]|encharcad[oa]|soaking through|soaked through)"
)
_PILLOW = r"(?:pillow|almohada|cojin|kussen|kissen|oreiller|coussin|cuscino|travesseiro|almofada)"
_HEIGHT = (
    r"(?:andar|piso|planta|piano|etage|stock|stockwerk|verdieping|janela|ventana|finestra|fenetre|fenster|raam"
    r"|balc\w*|balkon|varanda|terrazz\w*|dak|toit|tetto|azotea|tejado|telhado|dach|ponte|puente|pont|brucke|brug"
    r"|cornisa|cornicione|parapeito|rebord)"
)
_GOODBYE_SAID = (
    r"(?:mi ha detto addio|ha detto addio|mi ha (?:appena )?scritto addio|(?:texted|messaged|wrote) (?:me |us )?goodbye|mi ha salutat[oa] per sempre|se (?:ha )?despedido|despidiendose"
    r"|hat sich (?:von (?:mir|uns|allen) )?verabschiedet|m'a dit adieu|a dit adieu|me disse adeus|disse adeus"
    r"|se despediu|despedindo-se|heeft (?:me |iedereen )?vaarwel gezegd|nam afscheid|heeft afscheid genomen"
    r"|afscheidsbericht|mensaje de despedida|abschiedsnachricht|abschiedsbrief|message d'adieu|lettre d'adieu"
    r"|messaggio d'addio|lettera d'addio|mensagem de despedida|carta de despedida|gracias por todo|grazie di tutto"
    r"|merci pour tout|obrigad[oa] por tudo|danke fur alles|bedankt voor alles|thanks for everything)"
)
_UNREACHABLE = (
    r"(?:non risponde|telefono spento|ha riattaccato|no (?:contesta|responde|lo coge|coge el telefono)|ya no contesta"
    r"|antwortet nicht|geht nicht (?:mehr )?ran|handy (?:ist )?aus|repond (?:pas|plus)|decroche (?:pas|plus)"
    r"|telephone (?:est )?eteint|nao (?:responde|atende)|desligou o (?:celular|telefone|telemovel)|neemt niet op"
    r"|reageert niet|telefoon staat (?:nu )?uit|locatie staat uit|hing op|not answering|phone(?:'s| is) off"
    r"|(?:ha )?spento il telefono|went silent|gone silent|stopped (?:answering|replying|responding))"
)

RULES: tuple[Rule, ...] = (
    # --- someone beside the writer hurting themself now ------------------------------------------------------
    _rule(
        "multi.someone_self_harming_now",
        MEDICAL,
        CRISIS,
        # a sister, a colleague, a cousin cutting herself now, often behind a locked door; the writer's own
        # self-harm is the self-harm rules' business
        r"\b(?:krast zich\w* nu|snijdt zich\w* nu|ritzt sich (?:gerade|grad|jetzt)|est en train de se (?:couper"
        r"|scarifier|mutiler|taillader)|si sta tagliando|si taglia (?:adesso|ora))\b"
        r"|\b(?:(?:ta|esta|tah) se cortando|se (?:esta|ta) cortando|krast zich\w*(?: open)?|se scarifie"
        r"|is cutting (?:herself|himself|themselves)|'s cutting (?:herself|himself|themselves))\b[^\n]{0,80}\b(?:now"
        r"|agora|ahora|nu|gerade|grad|jetzt|maintenant|adesso|ora|banheiro|bano|badkamer|bad|toilet\w*|toilettes|salle"
        r" de bain|bagno|sangue|sangre|bloed|blut|sang|blood|op slot|trancad[oa]|cerrad[oa]|abgeschlossen|eingesperrt"
        r"|chiusa|enfermee|locked|photo|foto)\b",
    ),
    _rule(
        "multi.fresh_cuts_found_on_someone",
        MEDICAL,
        CRISIS,
        # a parent finding fresh, still bleeding cuts on a child
        r"\b(?:cortes|coupures|tagli|schnitte\w*|snijwonden|cuts|krassen|traits)\b[^.!?]{0,30}\b(?:novos|recien"
        r" hechos|frais|fraiches|toutes fraiches|fresch\w*|frische\w*|verse|fresh|ainda sangrando|todavia sangran"
        r"|encore en sang|ancora sanguinant\w*|bluten noch|bloeden nog|still bleeding)\b"
        r"|\b(?:frische\w*|verse|fresh|toutes fraiches)\b (?:schnitte\w*|krassen|cuts|coupures)\b"
        r"|\b(?:herida reciente|ferida recente|frische wunde|verse wond|plaie recente|ferita recente|fresh (?:cut|wound))"
        r"\b[^\n]{0,100}\b(?:me la hice yo|fui eu|hab ich selbst|heb ik zelf|je me (?:la )?suis fait|me la sono fatta"
        r"|i did it myself|did it to myself)\b|\btraits sur le bras\b[^\n]{0,60}\b(?:frais|coule)\b"
        r"|\b(?:sangue fresco|sangre fresca|frisches blut|vers bloed|sang frais|fresh blood)\b[^\n]{0,60}"
        r"\b(?:tagliat[oa]|cortad[oa]|geritzt|gesneden|coupe|cut)\b",
        negatable=False,
    ),
    # --- the writer hurting themself now ----------------------------------------------------------------
    _rule(
        "multi.hurt_myself_now",
        SELF_HARM,
        CRISIS,
        r"\b(?:ho bisogno di|voglio|devo) farmi (?:del )?male (?:adesso|ora|subito)\b|\b(?:envie|besoin) de me faire"
        r" (?:du )?mal (?:la )?(?:maintenant|tout de suite)\b|\b(?:necesito|quiero|tengo ganas de) hacerme dano"
        r" (?:ahora|ya|ahora mismo)\b|\b(?:muss|will) mir (?:jetzt|gerade|sofort) weh ?tun\b|\b(?:muss|will) mich"
        r" (?:jetzt|gerade|sofort) (?:ritzen|schneiden)\b|\b(?:preciso|quero) me machucar (?:agora|ja)\b"
        r"|\b(?:moet|wil) mezelf (?:nu|nu meteen) pijn doen\b",
    ),
    _rule(
        "multi.blade_in_hand_about_to",
        SELF_HARM,
        CRISIS,
        rf"\b{_BLADE} (?:in mano|en la mano|na mao|dans la main|in der hand|in (?:mijn|de) hand|in my hand)\b"
        r"[^\n]{0,60}\b(?:sto per farlo|voy a hacerlo|estoy a punto|vou fazer|to quase|je vais le faire|je suis sur le"
        r" point|ich mach es (?:gleich|jetzt)|ik ga het (?:nu )?doen|about to do it|going to do it)\b"
        rf"|\b(?:going|heading) (?:to|into) the (?:bathroom|toilet|loo) with (?:the|a|my) {_BLADE}\b",
    ),
    _rule(
        "en.wall_on_purpose",
        SELF_HARM,
        CRISIS,
        # the knuckles or the head against a wall until it splits, on purpose
        r"\b(?:punched|hit|banged|smashed) (?:the |a |my )?(?:brick )?(?:wall|door frame|my head against \w+ \w+)"
        r"\b[^\n]{0,40}\b(?:til|till|until) (?:my knuckles (?:split|bled|cracked)|i saw spots|it bled)\b"
        r"|\b(?:expres|met opzet) met mijn (?:hand|vuist|hoofd) tegen de muur geslagen\b",
    ),
    _rule(
        "en.opened_them_back_up",
        SELF_HARM,
        CRISIS,
        r"\b(?:opened|reopened|ripped) (?:them|the old (?:scars|wounds|cuts)|my (?:old )?(?:scars|wounds|cuts))"
        r" (?:back )?(?:up|open)?\b[^.!?]{0,20}\b(?:tonight|last night|today|again|just now)\b"
        r"|\bopened the old wounds back up\b",
    ),
    _rule(
        "en.fresh_after_relapse",
        SELF_HARM,
        CRISIS,
        r"\brelapsed\b[^.!?]{0,40}\b(?:clean|free)\b[^\n]{0,30}\b(?:it'?s fresh|still bleeding|fresh cuts?)\b"
        r"|\b(?:a lot of|so much|there'?s) (?:red|blood) on the (?:tiles|floor|towel|sink)\b[^\n]{0,60}\b(?:peaceful"
        r"|calm|better|relief)\b",
    ),
    # --- suicide: the day chosen, the height, the goodbye said to someone -------------------------------
    _rule(
        "multi.day_chosen_after_months",
        SUICIDE,
        CRISIS,
        # "ci penso da mesi e ormai ho deciso il giorno, venerdi"; "faz semanas que planejo, ja escolhi o dia"
        r"\b(?:mesi|settimane|meses|semanas|mois|semaines|monaten|wochen|maanden|weken)\b[^.!?]{0,40}\b(?:ho deciso"
        r"|ho scelto|he decidido|he elegido|ya elegi|ya decidi|ja escolhi|ja decidi|j'ai choisi|j'ai fixe|hab\w* (?:mir )?"
        r"(?:den tag|das datum) (?:ausgesucht|festgelegt)|heb (?:de dag|de datum) (?:gekozen|geprikt)) (?:ormai )?(?:il"
        r" giorno|el dia|o dia|le jour|la date|la fecha|a data)?\b(?! (?:della|del|de|do|da|du|dell'|per|para|pour))"
        r"[,:]? (?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|lunes|martes|miercoles|jueves|viernes"
        r"|sabado|domingo|segunda|terca|quarta|quinta|sexta|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
        r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|maandag|dinsdag|woensdag|donderdag|vrijdag"
        r"|zaterdag|zondag)\b",
    ),
    _rule(
        "multi.at_a_height_thinking_of_jumping",
        SUICIDE,
        CRISIS,
        rf"\b{_HEIGHT}\b[^.!?]{{0,40}}\b(?:pensando em pular|pensando en (?:saltar|tirarme)|penso di (?:saltare"
        r"|buttarmi)|je pense a sauter|j'ai envie de sauter|uberlege zu springen|denk erover te springen|thinking"
        r" (?:about|of) jumping)\b",
    ),
    _rule(
        "multi.on_the_edge_of_a_roof",
        SUICIDE,
        CRISIS,
        # someone on the edge of a roof or bridge saying it is over
        r"\b(?:op de rand van|on the (?:edge|ledge) of|al borde de|en el borde de|sul bordo del|sul cornicione"
        r"|au bord du|sur le rebord|am rand (?:des|vom)|auf dem sims|na beira do|no parapeito) (?:het |the |la |el |del"
        r" |de |du |des |do |da )?(?:\w+ )?(?:dak|roof|azotea|tejado|tetto|toit|dach\w*|telhado|brug|bridge|puente"
        r"|ponte|pont|brucke|balkon|balcon\w*|varanda|terrazza|terrasse)\b[^\n]{0,60}\b(?:klaar|over|genoeg"
        r"|springen|spring|jump|saltar|salta|saltare|sauter|saute|pular|pula|fini|basta|vorbei|schluss|acabou|se acabo"
        r"|finita|adios|adeus|addio|adieu|vaarwel|bye)\b",
    ),
    _rule(
        "en.on_a_height_telling_someone",
        SUICIDE,
        CRISIS,
        r"\b(?:standing|sitting|sat|stood) on (?:the|my|a) (?:balcony|roof|rooftop|ledge|edge|railing|bridge"
        r"|parapet)\b[^\n]{0,40}\b(?:\w+(?:th|st|nd|rd) floor|floors? (?:up|high)|wanted to tell someone|just so"
        r" someone knows|goodbye)\b"
        r"|\byeet\w* (?:myself|me) off (?:the|a) (?:car park|multi-?storey|roof|bridge|balcony)\b",
    ),
    _rule(
        "multi.goodbye_then_unreachable",
        SUICIDE,
        CRISIS,
        # a friend, a relative, a pupil said goodbye and cannot be reached, or said where they are
        rf"\b{_GOODBYE_SAID}\b[^\n]{{0,120}}\b(?:{_UNREACHABLE}|{_HEIGHT}|vias|binari|rails|gleise|spoor)\b"
        rf"|\b{_UNREACHABLE}\b[^\n]{{0,60}}\b{_GOODBYE_SAID}\b",
        negatable=False,
    ),
    _rule(
        "multi.ending_it_tonight_told_to_someone",
        SUICIDE,
        CRISIS,
        # a voice message thanking everyone and saying tonight is the end; a pupil's "say goodbye to the class"
        r"\b(?:stanotte|stasera) la fa finita\b|\b(?:esta noche|hoy) (?:se|me) (?:mata|quita la vida)\b|\b(?:heute"
        r" nacht|heute abend) (?:bringt (?:er|sie) sich um|macht (?:er|sie) schluss)\b|\b(?:vanavond|vannacht) stop"
        r" ik ermee\b[^\n]{0,40}\b(?:gedag|vaarwel|afscheid)\b|\bpart pour de bon (?:cette nuit|ce soir)\b"
        r"|\bque ya lo tiene decidido\b|\b(?:pedindo|pediu) pra eu cuidar d[oa]s? \w+ del[ea] \W?pra sempre\b",
    ),
    _rule(
        "multi.stockpiled_pills_tonight",
        SUICIDE,
        CRISIS,
        r"\b(?:tutte le (?:pastiglie|pillole|compresse)|todas las pastillas|todos os comprimidos|alle (?:tabletten"
        r"|pillen)|toutes (?:les|ses|mes) (?:pilules|comprimes|cachets))\b[^.]{0,30}\b(?:messo da parte|mess[eoi]"
        r" da parte|guardad[oa]s|juntad[oa]s|acumulad[oa]s|gesammelt|gehortet|gespaard|verzameld|mis(?:es)? de cote)\b",
    ),
    _rule(
        "en.plans_told_plainly",
        SUICIDE,
        CRISIS,
        r"\bstop eating and drinking until it'?s over\b|\bwalk into the sea (?:once|when|after) it'?s dark\b"
        r"|\bthe rope is (?:already )?in the (?:wardrobe|cupboard|closet|garage|shed|boot|car)\b"
        r"|\b(?:engine|motor) running\b[^\n]{0,60}\b(?:do it properly|finish it|go through with it)\b"
        r"|\bwritten (?:my|the) note\b[^\n]{0,40}\b(?:deleted my accounts|last thing i (?:will|'?ll) (?:type|write"
        r"|say))\b|\bcatching the bus tonight if (?:u|you) know what i mean\b",
    ),
    _rule(
        "en.passive_told_plainly",
        SUICIDE,
        CRISIS,
        # the question about waking at all, not about waking at 3am: "why do i keep waking up. i don't want to"
        r"\bwhy do i keep waking up(?: every (?:single )?(?:morning|day))?(?=\s*(?:[.,;!?]|$))"
        r"|\bwould be nice to (?:just )?be dead\b|\b(?:the )?world would be (?:lighter"
        r"|better|easier) without me\b|\bkeep hoping the plane (?:goes|will go) down\b|\brelief if a (?:lorry|truck"
        r"|bus|car) (?:just )?hit me\b|\bbetter off with a different (?:mum|mom|dad|mother|father)\b",
        jokeable=False,
    ),
    # --- danger to others: the plan said seriously, the weapon on the way ---------------------------------
    _rule(
        "multi.kill_threat_meant",
        TO_OTHERS,
        CRISIS,
        # a threat to kill with "I mean it" or "I've worked out how": not the hyperbole of the same words
        r"\b(?:bring ich (?:ihn|sie|den|die)\w* um|ich bring (?:ihn|sie|den|die)\w* um|lo mato|la mato|je (?:le|la)"
        r" tue|je vais (?:le|la) tuer|lo ammazzo|la ammazzo|l'ammazzo|mato (?:ele|ela)|vou matar|ik maak (?:hem|haar)"
        r" dood|ik vermoord (?:hem|haar)|i'?ll kill (?:him|her)|i'?m (?:going to|gonna) kill (?:him|her))\b[^\n]{0,60}"
        r"\b(?:ich mein(?:e)? (?:das|es) ernst|hab mir (?:schon )?(?:uberlegt|ausgedacht) wie|lo digo en serio|ya se"
        r" como|je suis serieux|j'ai (?:deja )?tout prevu|dico sul serio|ho gia pensato (?:a )?come|falo serio|to"
        r" falando serio|ja pensei (?:em )?como|ik meen het|ik weet al hoe|i'?m serious|i mean it|i'?ve (?:already )?"
        r"(?:worked out|planned|decided) how)\b",
        negatable=False,
    ),
    _rule(
        "multi.going_now_with_a_weapon",
        TO_OTHERS,
        CRISIS,
        rf"\b(?:to|tou|estou) indo (?:la|pra la|pra casa del[ea]|atras del[ea]) agora com (?:a|o|uma|um) {_WEAPON}\b"
        rf"|\bje (?:descends|monte|vais (?:la-bas|chez lui|chez elle)|debarque) avec (?:le|un|mon|ma|la) {_WEAPON}\b"
        rf"|\b(?:(?:voy|me voy) (?:ahora )?(?:para alla|a su casa|a por (?:el|ella))|bajo|subo) (?:ahora )?con (?:el|la|un"
        rf"|una|mi) {_WEAPON}\b"
        rf"|\b(?:(?:vado|sto andando) (?:da lui|da lei|la|su|giu)|scendo|salgo) (?:adesso |ora )?con (?:il|la|un|una"
        rf"|il mio|la mia) {_WEAPON}\b|\bich (?:geh\w*|fahr\w*|komm\w*) (?:jetzt )?(?:runter|ruber|hin|zu ihm|zu ihr)"
        rf" (?:jetzt )?mit (?:dem|einem|meinem|der|einer|meiner) {_WEAPON}\b|\bik (?:ga|kom) (?:nu )?(?:naar"
        rf" beneden|naar hem|naar haar|erheen|daarheen) (?:nu )?met (?:de|een|mijn|het) {_WEAPON}\b"
        rf"|\blangskomt met een {_WEAPON}\b"
        r"|\b(?:heading|going|on my way) (?:there|over|round) (?:now )?to put (?:him|her|them) in (?:hospital|the"
        rf" hospital|the ground)\b|\b(?:a|the|my) {_WEAPON} in (?:the|my) (?:boot|trunk)\b[^\n]{{0,60}}\b(?:pay"
        r"|regret|learn)\b|\bregret it\b[^\n]{0,40}\bi know where (?:my|his|her) \w+ keeps (?:his|her|the) (?:rifle"
        r"|gun|shotgun|pistol)\b|\bbringing the (?:hammer|knife|bat|crowbar)\b[^\n]{0,40}\bi'?m serious\b",
        negatable=False,
    ),
    _rule(
        "multi.shake_or_throw_the_baby",
        TO_OTHERS,
        CRISIS,
        # a crying baby and the carer about to shake or throw it; "la voy a sacudir" alone is a rug
        rf"{_NOT_A_THOUGHT}(?:.*\b{_CRYING}\b[^\n]{{0,100}}\b(?:(?:lo|la) voy a zarandear|je vais (?:le|la) secouer|(?:lo|la) scuoto"
        r"|scuoterl[oa]|sacudi-l[oa]|chacoalha-l[oa]|op het punt (?:haar|hem) (?:hard )?(?:neer te gooien|door elkaar"
        r" te schudden)|(?:nearly|almost) (?:shook|threw|dropped) (?:her|him)|(?:want|wanted) to shake (?:him|her))\b"
        r"|\b(?:zarandear al bebe|secouer (?:le|mon) bebe|sacudir o bebe|chacoalhar o bebe|das baby (?:durch)?schutteln"
        r"|de baby door elkaar schudden|scuotere il (?:bambino|neonato)|shake the baby|want to shake my (?:kid|baby|son"
        r"|daughter|toddler))\b)",
        negatable=False,
    ),
    _rule(
        "multi.pillow_over_their_face",
        TO_OTHERS,
        CRISIS,
        rf"{_NOT_A_THOUGHT}.*\b{_PILLOW}\b[^.!?]{{0,40}}(?:{_PILLOW_ON_FACE})\b",
        negatable=False,
    ),
    _rule(
        "multi.hit_and_will_again",
        TO_OTHERS,
        CRISIS,
        rf"\b{_HIT_BEFORE}\b[^\n]{{0,80}}\b{_AGAIN_NOW}\b",
        negatable=False,
    ),
    _rule(
        "multi.something_in_their_tea",
        TO_OTHERS,
        CRISIS,
        r"\b(?:misch\w*|tu\w*|kipp\w*) (?:ich )?(?:ihm|ihr|meine[rm] \w+|dem|der) (?:was|etwas) in (?:den|die|das|seinen|ihren)"
        r" (?:tee|kaffee|essen|suppe|wein|bier)\b[^\n]{0,30}\b(?:dann (?:ist|hab ich) (?:endlich )?ruhe)\b"
        r"|\b(?:something|stuff) in (?:my|his|her) \w+'?s? (?:coffee|tea|drink)\b[^\n]{0,60}\bnot enough to kill\b",
        negatable=False,
    ),
    _rule(
        "multi.fire_with_them_inside",
        TO_OTHERS,
        CRISIS,
        r"\b(?:fuego|fuoco|feu|fogo|brand|feuer|fire)\b[^.]{0,60}\b(?:con el dentro|con ella dentro|con lui dentro"
        r"|con lei dentro|avec lui dedans|avec elle dedans|com ele dentro|com ela dentro|met hem erin|met haar erin"
        r"|mit ihm drin|mit ihr drin|with (?:him|her|them) (?:inside|in it))\b"
        r"|\b(?:ya tengo la gasolina|ho gia la benzina|j'ai deja l'essence|ja tenho a gasolina|hab schon (?:das )?benzin"
        r"|heb de benzine al)\b",
        negatable=False,
    ),
    _rule(
        "multi.a_list_or_a_threat_at_school",
        TO_OTHERS,
        CRISIS,
        # a pupil's list of names "to eliminate", or a threat in the class chat to stab everyone tomorrow
        r"\b(?:liste de noms|lista de nombres|lista di nomi|namenliste|lijst met namen|lista de nomes)\b[^\n]{0,60}"
        r"\b(?:eliminer|eliminar|eliminare|erledigen|uitschakelen|eliminate)\b"
        r"|\bmorgen iedereen neersteekt\b|\bmorgen (?:\W?alle\b[^\n]{0,20}) erledigt\b",
        negatable=False,
    ),
    # --- danger from others, seen or heard now ------------------------------------------------------------
    _rule(
        "multi.adult_in_a_childs_bed",
        FROM_OTHERS,
        CRISIS,
        r"\b(?:entrat[oa]|entra|s'infila|si infila|se mete|se metio|entro|kommt|kam|schleicht|steigt|entre|est entre"
        r"|se glisse|entrou|se deita|komt|kwam|kruipt) (?:di nuovo |de nuevo |wieder |encore |de novo |weer )?(?:nel"
        r" letto|en la cama|ins bett|in das bett|dans le lit|na cama|in (?:het )?bed)\b[^\n]{0,40}\b(?:\d+|nove|otto"
        r"|sette|sei|dieci) (?:anni|anos|anos|jahre|ans|jaar)\b"
        r"|\b(?:coming|comes|came|creeping|sneaking) into my (?:room|bed)\b[^.]{0,40}\b(?:touch\w*|grop\w*)\b",
        negatable=False,
    ),
    _rule(
        "multi.child_screaming_and_blows_next_door",
        FROM_OTHERS,
        CRISIS,
        r"\b(?:bij de buren|nebenan|bei den nachbarn|chez les voisins|dai vicini|de los vecinos|nos vizinhos|next door)"
        r"\b[^.]{0,60}\b(?:kind|child|kinder|enfant|bambino|nino|crianca|bebe|baby)\b[^.]{0,30}\b(?:gillen|schreeuw\w*|schreien"
        r"|crier|hurler|urlare|gritar|chillar|gritando|schreit|hurle|urla|grita|screaming)\b[^.]{0,60}\b(?:slaan|klappen|bonken"
        r"|schlagen|coups|colpi|golpes|pancadas|tegen de muur|gegen die wand|contre le mur|contro il muro|contra la"
        r" pared|contra a parede|against the wall|hitting)\b"
        r"|\b(?:hitting|beating|punching|kicking) (?:my|his|her|the) (?:little |baby |younger )?(?:brother|sister|son"
        r"|daughter|kid|child|mum|mom)\b[^.]{0,30}\b(?:right now|as we speak|i can hear it)\b"
        r"|\b(?:ouvindo|escucho|oigo|hore|j'entends|sento|ik hoor) (?:o|al|den|le|il|de) (?:vizinho|vecino|nachbarn"
        r"|voisin|vicino|buurman) (?:espancando|pegando|pegandole|schlagt|frapper|frappe|picchiare|picchia|slaan"
        r"|slaat) (?:a|la|seine|sa|la|zijn)",
        negatable=False,
    ),
    _rule(
        "multi.beaten_in_the_street",
        FROM_OTHERS,
        CRISIS,
        r"\bin elkaar getrapt\b[^\n]{0,40}\bbeweegt niet meer\b|\b(?:secoue|gifle)\b[^\n]{0,40}\bsaigne\b"
        r"|\bmetia a la fuerza a una (?:chica|mujer|nina)\b|\bschlagt (?:ein \w+ )?eine frau ins gesicht\b",
        negatable=False,
    ),
    _rule(
        "en.strangled_or_burned_today",
        FROM_OTHERS,
        CRISIS,
        r"\b(?:put|had|wrapped|got) (?:his|her|their) hands (?:around|round|on) my (?:neck|throat)\b"
        r"|\bheld my hand (?:on|over|against) the (?:hob|stove|cooker|iron)\b"
        r"|\bthrew (?:a|the) \w+ at my head\b[^\n]{0,40}\bnext time\b"
        r"|\b(?:hits|beats|punches) me when (?:she|he)(?:s|'s| is) (?:at work|out|away)\b",
        # an embrace: "wrapped her hands round my neck and kissed me"
        r"[^.!?]{0,25}\b(?:kiss\w*|hug\w*|cuddl\w*|embrac\w*|danc\w*)",
        negatable=False,
    ),
    # --- emergencies told by the one beside it ------------------------------------------------------------
    _rule(
        "multi.seizing_now",
        MEDICAL,
        CRISIS,
        rf"{_NOT_A_LESSON}.*\b(?:convulsionando|convulsiona|esta convulsionando|krampft|hat einen krampfanfall|convulse|fait une crise"
        r" d'epilepsie|sta avendo (?:le )?convulsioni|ha le convulsioni|tem uma convulsao|schokt (?:ze|hij) (?:helemaal"
        r" )?met (?:haar|zijn) armen en benen|stuiptrekt)\b",
        r"[^.!?]{0,40}\b(?:in (?:the|a) (?:film|series|episode|game)|en la serie|in der serie|dans la serie"
        r"|nella serie|na serie|in de serie)",
        negatable=False,
    ),
    _rule(
        "multi.swallowed_then_limp_or_shaking",
        MEDICAL,
        CRISIS,
        r"\b(?:a avale|ha ingoiato|se trago|engoliu|hat \w+ geschluckt|heeft iets geslikt|heeft \w+ geslikt|swallowed"
        r"|a pris tous ses|se mando toda la caja|si e fatto di|tomou umas?)\b[^\n]{0,80}\b(?:tout mou|toute molle"
        r"|molle?|flojo|floja|mole|schlaff|slap|limp|schokt|tremendo|trema|tremble|zittert|shaking|parle chelou"
        r"|no contesta|nao responde|ne repond plus|cuore a mille|olho revirado|dice che muore)\b",
        negatable=False,
    ),
    _rule(
        "multi.breathing_barely_beside_pills_or_needle",
        MEDICAL,
        CRISIS,
        r"\b(?:respirando muito devagar|respire a peine|respira appena|respira muy despacio|atmet kaum|ademt"
        r" nauwelijks|barely breathing)\b[^\n]{0,80}\b(?:cartela|remedio|seringue|siringa|jeringa|spritze|spuit"
        r"|pillen|tabletten|pastillas|comprimidos|cachets|pastiglie|needle|pills|empty)\b",
        negatable=False,
    ),
    _rule(
        "multi.collapsed_not_breathing_cpr",
        MEDICAL,
        CRISIS,
        r"\b(?:se ha desplomado|umgekippt|s'est effondre|e crollato|desmaiou|caiu no chao|is in elkaar gezakt"
        r"|collapsed)\b[^\n]{0,60}\b(?:no respira|keine atmung|atmet nicht|respire (?:pas|plus)|non respira|nao"
        r" respira|ademt niet|not breathing)\b",
        negatable=False,
    ),
    _rule(
        "multi.bleeding_heavily_now",
        MEDICAL,
        CRISIS,
        r"\b(?:a sangrar imenso|sangrando muito|sangra muchisimo|blutet extrem|blutet stark|saigne enormement"
        r"|sanguina tantissimo|bloedt enorm|bleeding heavily)\b"
        # a towel soaked through, with the blood or the cut named; rain soaks towels too
        rf"|\b{_BLEEDING}\b[^\n]{{0,80}}\b{_TOWEL_SOAKED}\b|\b{_TOWEL_SOAKED}\b[^\n]{{0,40}}\b{_BLEEDING}\b"
        r"|\bbraakt bloed\b|\b(?:vomita|vomit[ae]|vomitando|erbricht|kotzt) (?:sangue|sangre|blut|du sang)\b"
        r"|\bthrowing up blood\b",
        negatable=False,
    ),
    _rule(
        "multi.swollen_mouth_or_tight_throat",
        MEDICAL,
        CRISIS,
        r"\balergic[oa]\b[^\n]{0,30}\b(?:boca|labios|labbra|levres|lippen) (?:inchando|inchada|hinchad[oa]"
        r"|gonfi\w*|gonfl\w*|geschwollen|schwillt|opgezwollen|zwelt)\b"
        r"|\b(?:peanuts?|nuts|shellfish|prawns)\b[^\n]{0,60}\bthroat (?:is )?(?:getting |going )?tight\b",
        negatable=False,
    ),
    _rule(
        "multi.speech_slurred_and_face_drooping",
        MEDICAL,
        CRISIS,
        # stroke told speech first: "habla raro y tiene media cara caida", "redet verwaschen, Mundwinkel hangt"
        r"\b(?:habla raro|redet verwaschen|spricht verwaschen|parle bizarrement|parla strano|fala enrolado|fala"
        r" estranho|praat raar|slurring)\b[^\n]{0,40}\b(?:media cara caida|cara caida|mundwinkel hangt|visage tombe"
        r"|bocca storta|boca torta|mondhoek hangt|face (?:is )?drooping)\b",
        negatable=False,
    ),
    _rule(
        "multi.laundry_pod_eaten_coughing",
        MEDICAL,
        CRISIS,
        r"\b(?:wasmiddelpods?|spulmaschinentabs?|waschmittel-?pods?|dishwasher tabs?)\b[^\n]{0,40}\b(?:gegeten"
        r"|gekaut|gegessen|chewed|ate)\b[^\n]{0,40}\b(?:hoest|kwijlt|schaum|hustet|coughing|foam\w*)\b"
        r"|\b(?:gekaut|chewed)\b[^\n]{0,10}\b(?:spulmaschinentabs?|dishwasher tabs?)\b[^\n]{0,40}\b(?:schaum"
        r"|foam)\b",
        negatable=False,
    ),
    _rule(
        "en.signs_told_plainly",
        MEDICAL,
        CRISIS,
        r"\bcan'?t get air in\b[^\n]{0,40}\blips (?:are )?(?:going )?(?:numb|blue)\b"
        r"|\btook (?:about )?\d+ of (?:my|the|her|his) (?:paracetamol|tylenol|pills|tablets)\b[^\n]{0,40}"
        r"\b(?:sick|sweaty|lost count)\b|\bdrank (?:some )?(?:of )?the bleach\b",
        negatable=False,
    ),
    # --- more of the same files' misses, told in the writer's own words -------------------------------------
    _rule(
        "multi.self_harm_signs_told_roundabout",
        SELF_HARM,
        CRISIS,
        # the pencil sharpener taken apart, blows until bruised, a burn on purpose, the kit laid out
        r"\b(?:demonte le taille-crayon|desmonte el sacapuntas|smontato il temperino|desmontei o apontador|anspitzer"
        r" auseinander\w*|puntenslijper uit elkaar|took apart (?:a|the|my) (?:pencil )?sharpener)\b"
        r"|\bme (?:di|he dado) golpes\b[^\n]{0,60}\b(?:hasta que|morad[oa]s|ganas de mas)\b"
        r"|\b(?:ferro|ferro de passar|isqueiro|cigarro|plancha|mechero|feuerzeug|zigarette|briquet|cigarette|accendino"
        r"|sigaretta|strijkijzer|aansteker|lighter|iron)\b[^\n]{0,40}\b(?:de proposito|a proposito|absichtlich|expres"
        r"|apposta|di proposito|met opzet|on purpose)\b"
        r"|\b(?:laid out|set out) on the (?:towel|bed)\b[^\n]{0,40}\bantiseptic\b"
        r"|\bgoing back to the old way tonight\b|\bwith the blade\b[^\n]{0,100}\bblood on my (?:jeans|sleeve|hands"
        r"|sheets|trousers)\b",
    ),
    _rule(
        "multi.pills_taken_heart_racing",
        MEDICAL,
        CRISIS,
        r"\bme tome (?:como )?(?:\w+ )?(?:pastis|pastillas|pepas)\b[^\n]{0,60}\b(?:corazon|me late|sueno raro"
        r"|sueno rarisimo)\b",
        negatable=False,
    ),
    _rule(
        "en.passive_on_waking",
        SUICIDE,
        CRISIS,
        r"\bwoke up again\b[^\n]{0,20}\bdisappointed\b|\bfall asleep and that'?s it,? forever\b"
        r"|\buninstall\w* (?:irl|myself|my life)\b",
    ),
    _rule(
        "multi.harm_planned_told_as_a_question",
        TO_OTHERS,
        CRISIS,
        # the address and routine known, "I've decided how", an accident arranged, a sentence weighed for a person
        r"\b(?:his|her) address,? (?:his|her) (?:schedule|routine)\b[^\n]{0,60}\bbefore i do it\b"
        r"|\bdecided (?:he|she)'?s going to pay\b[^\n]{0,60}\bdecided how\b"
        r"|\bloosen\w* the wheel nuts\b[^\n]{0,60}\bmy ex'?s\b"
        r"|\bwhich one i'?d get for (?:my|his|her) \w+\b"
        r"|\bpasse pour un accident\b[^\n]{0,80}\bj'ai tout prevu\b"
        r"|\bfollowing (?:him|her) home\b[^\n]{0,40}\bnext time i'?m not just watching\b"
        r"|\b(?:quanto|cuanto|wie ?viel|combien|hoeveel|quanto) (?:de )?(?:veleno per topi|raticida|veneno para ratas"
        r"|rattengift|mort-aux-rats)\b[^\n]{0,40}\b(?:adult\w*|persona|pessoa|mensch\w*|erwachsen\w*|personne"
        r"|volwassene)\b",
        negatable=False,
    ),
    _rule(
        "multi.locked_in_a_room",
        FROM_OTHERS,
        CRISIS,
        r"\b(?:in (?:ihrem|seinem) zimmer|im zimmer) eingesperrt\b|\blocked (?:her|him|me) in (?:her|his|my|the) room\b"
        r"|\b(?:la|lo|me) (?:encerro|ha encerrado) en (?:su|mi) (?:cuarto|habitacion)\b|\bl'a enfermee? dans sa chambre\b"
        r"|\bl'ha chius[oa] (?:a chiave )?in camera\b|\btrancou (?:ela|ele) no quarto\b|\bheeft (?:haar|hem) (?:in"
        r" (?:haar|zijn) kamer )?opgesloten\b",
        negatable=False,
    ),
    _rule(
        "multi.things_done_when_alone",
        FROM_OTHERS,
        CRISIS,
        # a child's disclosure: an adult "does things" to them when they are alone
        r"\b(?:lui|me|m'|leur) fait des choses quand (?:ils|on|nous) (?:sont|est|sommes) seuls\b"
        r"|\b(?:me|le|les) hace cosas cuando (?:estamos|estan|esta) sol[oa]s\b"
        r"|\b(?:mi|le|gli) fa (?:delle )?cose quando (?:siamo|sono) sol[ie]\b"
        r"|\bmacht (?:sachen|dinge) mit (?:mir|ihr|ihm) wenn (?:wir|sie|er) allein (?:sind|ist)\b"
        r"|\bfaz coisas (?:comigo|com ela|com ele) quando (?:estamos|esta) sozinh[oa]s?\b"
        r"|\bdoet dingen met (?:me|mij|haar|hem) als (?:we|ze|hij) alleen (?:zijn|is)\b"
        r"|\bdoes things to (?:me|her|him) when (?:we'?re|we are|they'?re) alone\b",
        negatable=False,
    ),
)
