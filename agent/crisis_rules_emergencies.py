"""Crisis-screen rules, twenty-second round (issue #6, session 14): emergencies told plainly in the six other
languages, and danger from and to others told as practical questions.

Three development files written for this round by helpers that read nothing of the project (danger from and to
others, medical emergencies happening now and their lookalikes, long stories with the sign buried inside) were
scored once on the shipped screen, then read. The rules caught 18-29% of their crises; the misses showed gaps in
the plainest words ("sie atmet nicht", "mi bebe no respira", "il est inconscient") as much as in the rarer
emergencies (foraged mushrooms, yew berries, a brazier in a closed room, boiling fat leaving white leathery skin, a
child pulled from a ditch limp and grey). Each family names a phenomenon in all seven languages; every one was
checked against every readable probe and training line and the everyday messages before it was kept
(docs/safety.md, twenty-second round). Written against `agent.crisis.normalise` output: lower case, no
diacritics, plain apostrophes.
"""

from __future__ import annotations

from agent.crisis_rules import CRISIS, FROM_OTHERS, MEDICAL, TO_OTHERS, Rule, _rule

# Someone with the writer, named the way people name them: a pronoun or a possessive and a noun.
_SOMEONE = (
    r"(?:he|she|they|my \w+|our \w+|the baby|el|ella|mi \w+|el bebe|la nena|el nene|er|sie|mein \w+|meine \w+"
    r"|unser \w+|unsere \w+|das baby|il|elle|lui|mon \w+|ma \w+|notre \w+|le bebe|lei|il mio \w+|la mia \w+"
    r"|mio \w+|mia \w+|ele|ela|o meu \w+|a minha \w+|meu \w+|minha \w+|o bebe|hij|zij|ze|mijn \w+|onze \w+"
    r"|de baby)"
)
_SWALLOWED = (
    r"(?:ate|eaten|eat|chewed|swallowed|drank|drunk|comio|comi|ha comido|han comido|mastico|se trago|bebio"
    r"|gegessen|gekaut|rumgekaut|verschluckt|getrunken|a mange|ont mange|a mache|a avale|a bu|ha mangiato"
    r"|abbiamo mangiato|hanno mangiato|ho mangiato|ha masticato|ha ingoiato|ha bevuto|comeu|comemos|comeram"
    r"|mastigou|engoliu|bebeu|heeft gegeten|hebben gegeten|gegeten|opgegeten|gekauwd|ingeslikt|gedronken)"
)
_POISONOUS = (
    r"(?:wild mushrooms|mushrooms|setas|hongos|pilze|champignons|funghi|cogumelos|paddenstoelen|oleand\w*"
    r"|foxglove|vingerhoedskruid|digitalis|fingerhut|dedalera|dedaleira|yew berries|eibenbeeren|baies d'if"
    r"|bacche di tasso|bayas de tejo|bagas de teixo|taxusbessen|dieffenbachia|comigo-ninguem-pode|lamp oil"
    r"|lampolie|lampenol|aceite de lampara|huile de lampe|olio per lampade|antifreeze|frostschutz\w*|antivries"
    r"|antigel|antigelo|anticongelante|rat poison|rattengift|veleno per topi|mort-aux-rats|raticida|chumbinho"
    r"|spulmaschinentablette\w*|vaatwastablet\w*|pastilla de lavavajillas|capsula de (?:sabao|detergente)"
    r"|laundry (?:pod|capsule)s?|waschmittelkapsel\w*|wasmiddelcapsule\w*|capsule de lessive|capsula di detersivo"
    r"|magnetkugel\w*|magneetballetjes|bolas magneticas|billes magnetiques|palline magnetiche|bolinhas magneticas)"
)
_POISONED_SIGNS = (
    r"(?:vomit\w*|throwing up|threw up|overgeven|overgegeven|kotz\w*|erbrich\w*|erbrochen|vomiss\w*|vomito"
    r"|vomitando|vomitam|kokhals\w*|cramps|krampen|krampfe|crampi|calambres|caimbras|crampes|heart|herz|coeur"
    r"|cuore|corazon|coracao|hart|drool\w*|sabber\w*|kwijl\w*|bave|babando|sbava|babea|cough\w*|hoest|hustet"
    r"|tousse|tossisce|tose|tosse|breath\w*|ademt|atmet|respir\w*|swollen|swelling|inchou|inchad[oa]|gonfi\w*"
    r"|hinch\w*|geschwollen|opgezwollen|dik|confus\w*|verward|verwirrt|drowsy|slaperig|suf|schlafrig|somnolent\w*"
    r"|sonnolent\w*|sonolent\w*|seems (?:ok|fine)|parece bien|scheint (?:ok|gut)|wait and see|abwarten|afwachten"
    r"|aspettiamo|esperamos|esperar|attendre|on attend)"
)
_BOILING = (
    r"(?:boiling|kokend\w*|kochend\w*|heisse[sn]? (?:fett|ol|wasser)|heisses|bouillant\w*|bollente|fervendo"
    r"|fervente|hirviendo|hot (?:oil|fat|water)|acqua della pasta|olio bollente|aceite hirviendo|frituur\w*)"
)
_DEEP_BURN = (
    r"(?:white and (?:leathery|hard|waxy)|leathery|lederartig|weiss und (?:lederartig|hart)|blanche et cartonnee"
    r"|cartonnee|branca e dura|blanca y dura|bianca e dura|wit en (?:hard|leerachtig)|si stacca a lembi|se despega"
    r"|peeling off in (?:sheets|strips)|komt los in (?:vellen|lappen)|grote blaren|huge blisters|ampollas enormes"
    r"|bolhas enormes|vesciche enormi|riesige blasen|cloques enormes)"
)
_LIMP = (
    r"(?:limp|floppy|blue|grey|gray|not shivering|stopped shivering|slap|grauw|blauw|rilt niet meer|mole|roxo"
    r"|roxa|molle|blu|cianotic\w*|flojo|floja|morado|morada|schlaff|zittert nicht mehr|mou|molle|bleue?"
    r"|ne grelotte plus|ijskoud|praat (?:heel )?traag|not breathing|barely breathing)"
)
_HEADACHE = (
    r"(?:headache|mal di testa|dolor de cabeza|kopfschmerz\w*|kopfweh|mal de tete|mal a la tete|dor de cabeca"
    r"|hoofdpijn)"
)
_WORST_OF_A_LIFE = (
    r"(?:peggiore della mia vita|el peor de mi vida|der schlimmste meines lebens|le pire de ma vie|a pior da minha"
    r" vida|de ergste van mijn leven|worst (?:headache )?of my life|worst (?:headache )?i'?ve ever had)"
)
_HELP = r"(?:help|ayuda|socorro|hilfe|au secours|aide-?moi|aiuto|hulp|help me)"

RULES: tuple[Rule, ...] = (
    # --- the plainest emergencies, in every language -------------------------------------------------------------
    _rule(
        "multi.someone_not_breathing",
        MEDICAL,
        CRISIS,
        # someone with the writer not breathing: "sie atmet nicht!", "mi bebe no respira", "elle respire plus";
        # "no respira bien por la nariz" is a cold
        rf"\b{_SOMEONE} (?:(?:no|non|nao) respira|(?:ne )?respire (?:pas|plus)|atmet (?:nicht|kaum)(?: mehr)?"
        r"|ademt (?:niet|nauwelijks)(?: meer)?|isn'?t breathing|is not breathing|(?:has )?stopped breathing"
        r"|(?:dejo|ha dejado) de respirar|hat aufgehort zu atmen|a arrete de respirer|ha smesso di"
        r" respirare|parou de respirar|is gestopt met ademen)\b(?! (?:bien|bem|bene|goed|gut|richtig|well|properly"
        r"|through|por la|pelo|dal|durch die|par le|door))"
        rf"|\b{_SOMEONE}(?:'s|'re) not breathing\b",
    ),
    _rule(
        "multi.someone_unconscious",
        MEDICAL,
        CRISIS,
        rf"\b{_SOMEONE}(?:'s| is) (?:unconscious|out cold)|\b{_SOMEONE} (?:esta|ist|est|e|is) (?:inconscient[ea]?"
        r"|bewusstlos|bewusteloos|svenut[oa]|priv[oa] di sensi|desmaiad[oa])\b"
        # trying to wake someone and failing; "won't wake up" alone is as often a teenager on a school day
        r"|\bcan'?t wake (?:him|her|them)\b|\bj'arrive pas a (?:la|le) reveiller\b|\bkrieg\w* (?:ihn|sie) nicht"
        r" (?:mehr )?wach\b|\bkrijg (?:hem|haar) niet (?:meer )?wakker\b|\bnao consigo acorda-l[oa]\b|\bno (?:la|lo)"
        r" puedo despertar\b|\bnon riesco a svegliarl[oa]\b",
        # asleep for school, or unconscious and cared for in a hospital
        r"[^.!?]{0,40}\b(?:for|para|per|pour|um|om|to go|hasta|before|until|till|bis|avant|prima|antes|voor|in time"
        r"|on time|early|temprano|school|colegio|scuola|ecole|schule|escola|hospital|hospitalizad\w*|ingresad\w*|uci"
        r"|icu|intensive|klinik|krankenhaus|hopital|ospedale|ziekenhuis|estable|stable|stabil|coma|sedated|sedad\w*)\b",
    ),
    # --- things swallowed, breathed or touched ---------------------------------------------------------------
    _rule(
        "multi.poisonous_thing_swallowed",
        MEDICAL,
        CRISIS,
        # a poisonous plant, foraged mushrooms, lamp oil, antifreeze, a laundry capsule or magnets, eaten or drunk,
        # and a sign or a wait-and-see after it
        rf"\b{_SWALLOWED}\b[^\n]{{0,60}}\b{_POISONOUS}\b[^\n]{{0,120}}\b{_POISONED_SIGNS}\b"
        rf"|\b{_POISONOUS}\b[^\n]{{0,40}}\b{_SWALLOWED}\b[^\n]{{0,120}}\b{_POISONED_SIGNS}\b",
    ),
    _rule(
        "multi.cleaners_mixed_then_lungs",
        MEDICAL,
        CRISIS,
        # bleach mixed with an acid or ammonia, and the lungs burning or a cough that will not stop
        r"\b(?:bleach|lejia|lixivia|candeggina|javel|eau de javel|bleekmiddel|chlor\w*|cloro|ammonia\w*|amoniaco"
        r"|ammoniak)\b[^.]{0,60}\b(?:mixed|gemischt|gemengd|mezcl\w*|melange\w*|mescolat\w*|misturei|misturado"
        r"|vinegar|essig\w*|vinagre|vinaigre|aceto|azijn)\b[^\n]{0,100}\b(?:lungs?|lunge|pulmones|poumons|polmoni"
        r"|pulmoes|longen|can'?t breathe|huste|hoest|tosse|tossisco|toso|tousse|cough\w*|keuchen|wheez\w*)\b",
    ),
    _rule(
        "multi.electric_shock_unresponsive",
        MEDICAL,
        CRISIS,
        r"\b(?:cable pelado|live wire|bare wire|exposed wire|stromkabel|fil denude|filo scoperto|fio desencapado"
        r"|stroomdraad|electrocut\w*|descarga electrica|stromschlag|decharge electrique|scossa elettrica"
        r"|choque eletrico|elektrische schok|toco un cable|touched (?:a|the) (?:live )?(?:wire|cable))\b[^\n]{0,100}"
        r"\b(?:no contesta|no responde|not responding|unresponsive|reagiert nicht|ne repond (?:pas|plus)|non risponde"
        r"|nao responde|reageert niet|inconsciente|bewusstlos|inconscient|svenut[oa]|desmaiou|bewusteloos"
        r"|quemadura negra|black burn|not breathing)\b",
    ),
    # --- burns, water, blood -----------------------------------------------------------------------------------
    _rule(
        "multi.deep_burn_from_boiling",
        MEDICAL,
        CRISIS,
        # boiling water or fat, and skin gone white and leathery, peeling in sheets, or blisters over the chest
        rf"\b{_BOILING}\b[^\n]{{0,100}}\b{_DEEP_BURN}\b"
        r"|\b(?:kokend water|boiling water|agua hirviendo|kochendes wasser|eau bouillante|acqua bollente|agua"
        r" fervendo)\b[^\n]{0,40}\b(?:borst en buik|chest and (?:belly|stomach)|pecho y (?:barriga|tripa)|brust und"
        r" bauch|poitrine et (?:le )?ventre|petto e (?:la )?pancia|peito e (?:a )?barriga)\b",
    ),
    _rule(
        "multi.pulled_from_water_limp",
        MEDICAL,
        CRISIS,
        # a child or a friend just pulled out of water, limp, grey or blue, or cold and no longer shivering
        r"\b(?:pulled|dragged|got|fished) (?:\w+ ){1,2}out of (?:the )?(?:water|pool|pond|river|lake|sea|ditch|canal"
        r"|ice)|\buit (?:de|het) (?:sloot|water|wak|zwembad|vijver|gracht|kanaal) gehaald|\b(?:sacado|sacamos|saque)"
        r" (?:\w+ ){0,2}(?:del agua|de la piscina|del rio|del lago)|\baus dem (?:wasser|pool|see|teich|fluss|eis)"
        r" gezogen|\bsorti\w* (?:\w+ ){0,2}de l'eau|\btirat[oa] fuori dall'acqua|\btirei (?:\w+ ){0,3}da (?:agua"
        r"|piscina|lagoa|rio)\b"
        rf"[^\n]{{0,80}}\b{_LIMP}\b",
    ),
    _rule(
        "multi.blood_spurting",
        MEDICAL,
        CRISIS,
        r"\b(?:blood|bleeding|bleeds|blut|blutet|sang|saigne|sangue|sanguina|bloed|bloedt)\b[^.!?]{0,40}\b(?:spurting"
        r"|squirting|pumping out|spritzt|schiesst|gicle|zampilla|esguicha|jorra\w*|spuit)\b"
        r"|\b(?:spuit eruit|sangra a chorro|sale a chorro|spritzt|schiesst raus|gicle|pisse le"
        r" sang|zampilla|esguicha|jorrando|soaked (?:through )?(?:two|three|the) towels|empape (?:dos|tres) trapos"
        r"|handdoek (?:is )?doorweekt|fingers? (?:barely|almost|nearly) (?:attached|off)|dedos? (?:quase|casi)"
        r" (?:solt|cortad|arrancad)[oa]s?)\b",
    ),
    # --- the body failing ----------------------------------------------------------------------------------------
    _rule(
        "multi.worst_headache_of_a_life",
        MEDICAL,
        CRISIS,
        # a headache out of nowhere, the worst of a life: a bleed until shown otherwise
        rf"\b{_HEADACHE}\b[^\n]{{0,120}}\b{_WORST_OF_A_LIFE}\b|\b{_WORST_OF_A_LIFE}\b[^\n]{{0,40}}\b{_HEADACHE}\b",
    ),
    _rule(
        "multi.words_gone_and_mouth_crooked",
        MEDICAL,
        CRISIS,
        # stroke: words lost or speech gone strange, with a crooked mouth or an arm that will not lift, or of a sudden
        r"\b(?:no encuentra las palabras|findet (?:die|keine) worte|trouve (?:plus|pas) ses mots|non trova (?:piu )?le"
        r" parole|nao (?:encontra|acha) as palavras|kan niet (?:meer )?op (?:zijn|haar) woorden komen|can'?t find (?:his"
        r"|her) words|parle bizarre\w*|parla strano|habla (?:raro|rarisimo)|fala (?:enrolad[oa]|estranho)|praat (?:raar"
        r"|onduidelijk|vreemd)|lallt|spricht (?:verwaschen|komisch)|slurr\w*)\b[^\n]{0,80}\b(?:se le tuerce la boca"
        r"|boca torcida|mund (?:hangt|ist schief|schief)|bouche de travers|bocca storta|boca torta|mond (?:hangt|is)?"
        r" ?scheef|(?:arrive|peut) plus (?:a )?lever (?:le|son) bras|kann den arm nicht (?:mehr )?heben|no puede"
        r" levantar el brazo|non riesce a alzare il braccio|nao consegue levantar o braco|kan (?:zijn|haar) arm niet"
        r" (?:meer )?optillen|can'?t lift (?:his|her) arm|de repente|d'un coup|tout d'un coup|plotzlich"
        r"|all'improvviso|opeens|plotseling|suddenly)\b"
        r"|\b(?:se le tuerce la boca|boca torcida|bouche de travers|bocca storta|boca torta|mond (?:hangt )?scheef)\b"
        r"[^\n]{0,60}\b(?:habla|parle|parla|fala|praat|spricht|speech|talk\w*|palabras|mots|parole|palavras|woorden)\b",
    ),
    _rule(
        "multi.leg_swollen_then_chest",
        MEDICAL,
        CRISIS,
        # a clot: a swollen, hot leg (often after a long flight) and then chest pain and breathlessness
        r"\b(?:leg|bein|pierna|jambe|gamba|perna|been|kuit|calf|wade|mollet|polpaccio|panturrilha|gemelo)\b[^.]{0,40}"
        r"\b(?:swollen|dick\w*|geschwollen|hinchad[ao]|gonfle\w*|gonfi[ao]|inchad[ao]|opgezwollen)\b[^\n]{0,100}"
        r"\b(?:chest pain|brustschmerz\w*|dolor (?:en el|de) pecho|douleur (?:a|dans) la poitrine|dolore al petto"
        r"|dor no peito|pijn (?:op|in) de borst)\b[^\n]{0,60}\b(?:breath\w*|atemnot|luftnot|falta de aire"
        r"|essouffl\w*|fiato|falta de ar|kortademig|benauwd|ahogo)\b",
    ),
    _rule(
        "multi.diabetic_acetone_breath",
        MEDICAL,
        CRISIS,
        r"\b(?:diabet\w*|diabeet|zuckerkrank\w*)\b[^\n]{0,120}\b(?:acetone|aceton|acetona|ademt (?:heel )?diep en snel"
        r"|breathing (?:very )?deep and fast|respira (?:muy )?profundo y rapido|atmet (?:ganz )?tief und schnell"
        r"|respire (?:tres )?fort et vite|respira (?:molto )?profondo e veloce|respira (?:muito )?fundo e rapido)\b",
    ),
    _rule(
        "en.chest_tight_clammy_arm",
        MEDICAL,
        CRISIS,
        r"\b(?:tightness|pressure|crushing|heaviness) (?:in|across|on) my chest\b[^\n]{0,60}\b(?:clammy|sweaty"
        r"|sweating|cold sweat)\b[^\n]{0,60}\b(?:arm|shoulder|jaw)\b"
        r"|\b(?:tightness|pressure|crushing|heaviness)\b[^\n]{0,30}\b(?:clammy|sweaty|cold sweat)\b[^\n]{0,60}\bmy"
        r" (?:left )?(?:arm|shoulder|jaw)\b",
    ),
    # --- danger from others, now -------------------------------------------------------------------------------
    _rule(
        "multi.someone_being_beaten_now",
        FROM_OTHERS,
        CRISIS,
        # another person beaten in front of the writer: "socorro ele ta batendo nela", "he's hitting her right now"
        r"\b(?:he|ele|el|er|il|lui|hij|my (?:dad|father|stepdad|stepfather|brother|uncle|husband))(?:'s| is| esta"
        r"| ta| ist (?:gerade )?| est en train de| sta| is aan het)? (?:hitting|beating|choking|strangling|batendo"
        r"|pegando|golpeando|schlagt|verprugelt|wurgt|frapper|frappe|tabasse|picchiando|slaat|wurgt|sufocando"
        r"|ahogando|strangolando)\b (?:her|him|them|nela|nele|neles|a mi (?:madre|mama|hermana|hermano)|sie|ihn"
        r"|la|le|elle|lei|haar|hem|my (?:mum|mom|mother|sister|brother))\b",
    ),
    _rule(
        "multi.ex_at_the_door_help",
        FROM_OTHERS,
        CRISIS,
        r"\b(?:my ex|mi ex|mein ex|meine ex|mon ex|il mio ex|la mia ex|meu ex|minha ex|mijn ex)\b[^.!?]{0,25}\b(?:at"
        r" the door|en la puerta|an der tur|vor der tur|a la porte|devant la porte|alla porta|davanti alla porta|na"
        r" porta|aan de deur|voor de deur)\b[^\n]{0,40}\b" + _HELP + r"\b",
    ),
    _rule(
        "multi.gun_photo_on_the_way",
        FROM_OTHERS,
        CRISIS,
        # a photo of a weapon sent with "on my way"
        r"\b(?:photo|picture|pic|foto|bild|immagine)\b[^.]{0,20}\b(?:gun|pistol|knife|pistole|waffe|messer|pistola"
        r"|arma|cuchillo|coltello|faca|flingue|pistolet|couteau|wapen|pistool|mes)\b[^\n]{0,60}\b(?:on my way"
        r"|on his way|unterwegs|bin gleich da|en camino|voy para alla|j'arrive|arrivo|sto arrivando|a caminho"
        r"|onderweg|coming over|coming for you)\b",
    ),
    _rule(
        "multi.passport_taken_kept_in",
        FROM_OTHERS,
        CRISIS,
        # papers taken and not let out, or taken to be married off: held by others now
        r"\b(?:took|taken|have|has|keep|kept|hold|holding|quitaron|quitado|tienen|abgenommen|haben|weggenommen|ont pris"
        r"|gardent|hanno preso|hanno|tengono|tiraram|ficaram com|hebben|houden|afgepakt|ingenomen) (?:\w+ ){0,2}"
        r"(?:passport|pasaporte|reisepass|passeport|passaporto|passaporte|paspoort)\b[^\n]{0,150}\b(?:won'?t let me (?:out|leave|go)|don'?t let me (?:out|leave)"
        r"|no me dejan salir|lassen mich nicht (?:raus|gehen|weg)|me laissent pas sortir|non mi lasciano uscire"
        r"|nao me deixam sair|laten me niet (?:gaan|naar buiten|weg)|trouwen|marry me off|casarme|verheiraten"
        r"|me marier|sposarmi|casar-me|me casar)\b",
    ),
    _rule(
        "multi.hiding_locked_in_afraid",
        FROM_OTHERS,
        CRISIS,
        # hiding behind a locked door from someone, afraid to come out
        r"\b(?:locked myself in|hiding in|me encerre en|me escondi en|hab mich (?:\w+ ){0,3}eingesperrt|habe mich"
        r" (?:\w+ ){0,3}eingeschlossen|je me suis enferme\w*|mi sono chius[oa]|me tranquei|ik heb me (?:\w+ ){0,3}"
        r"opgesloten|ik zit opgesloten)\b[^\n]{0,60}\b(?:scared to come out|afraid to come out|trau mich nicht raus"
        r"|no me atrevo a salir|j'ose pas sortir|n'ose pas sortir|ho paura (?:a|di) uscire|tenho medo de sair|durf"
        r" (?:er )?niet uit|he'?s (?:still )?outside|esta afuera|steht (?:noch )?vor der tur|est derriere la porte"
        r"|e fuori dalla porta|ta la fora|staat voor de deur)\b",
    ),
    _rule(
        "en.door_kicked_in_now",
        FROM_OTHERS,
        CRISIS,
        # someone at the door by force, now: "hes back. kicking the door", "two men banging on my door asking for me"
        r"\b(?:kicking|banging on|pounding on|hammering on|trying to (?:break|kick) (?:down|in)|breaking down"
        r"|smashing) (?:the|my|our|the front|the bedroom|the bathroom) (?:door|window)s?\b"
        r"|\bkicking (?:the|my) door in\b",
        # a shop window smashing in a film, a door kicked in a game: the usual guards; "banging on the door for
        # the parcel" is no threat
        r"\s*(?:for (?:the|a|my) (?:parcel|package|delivery)|to (?:deliver|get in|wake me)|with (?:the|a) (?:parcel"
        r"|package|pizza))",
    ),
    _rule(
        "en.hiding_from_a_drunk_parent",
        FROM_OTHERS,
        CRISIS,
        # hiding in a wardrobe or a cupboard from someone drunk, raging or throwing things, now
        r"\b(?:drunk|raging|throwing (?:stuff|things|plates|chairs)|smashing (?:stuff|things)|screaming at|hitting)\b"
        r"[^\n]{0,80}\b(?:i'?m|im|we'?re|were) hiding (?:in|under|behind) (?:the|my|our) (?:wardrobe|closet"
        r"|cupboard|bathroom|bed|shed|attic)\b",
    ),
    # --- harm to others, told as a practical question ----------------------------------------------------------
    _rule(
        "en.dose_to_stop_someone",
        TO_OTHERS,
        CRISIS,
        # a dose asked for that would stop another person's heart or keep them under for good
        r"\b(?:dose|how much|how many)\b[^.?!]{0,40}\b(?:dose|pills?|tablets?|insulin|meds|medication|mg|milligrams"
        r"|paracetamol|tylenol|sedatives?|poison|sleeping pills)\b[^.?!]{0,40}\b(?:stop (?:someone|somebody|a person|his|her|their)(?:'s)?"
        r" heart|keep (?:her|him|them) (?:out|under|asleep|down) for good|put (?:her|him|them) (?:down|under|to"
        r" sleep) for good|kill (?:her|him|them|my \w+))\b",
    ),
    _rule(
        "multi.something_in_their_drink",
        TO_OTHERS,
        CRISIS,
        # something put in someone's coffee, drink or wine, or a poison that cannot be tasted in it
        r"\b(?:le echo|echarle|le voy a echar|le pongo|ponerle|gli metto|le metto|mettergli|je lui (?:mets|mettrai)"
        r"|lui mettre|(?:tu|mische) ich (?:ihm|ihr)|ich (?:tu|mische) (?:ihm|ihr)|(?:doe|stop) ik (?:hem|haar)|vou (?:por"
        r"|colocar))\b[^.?!]{0,30}\b(?:algo|something|etwas|quelque chose|qualcosa|alguma coisa|iets|chumbinho|veneno"
        r"|poison|gift|veleno|antigelo|antigel|frostschutz\w*|anticongelante|antivries|rattengift|raticida"
        r"|mort-aux-rats|droga|drogas|pastillas|pillen)\b[^.?!]{0,30}\b(?:cafe|kaffee|caffe|koffie|bebida|getrank"
        r"|boisson|bevanda|drankje|copo|glas|vaso|verre|bicchiere|vino|wein|vin|vinho|wijn|gluhwein|sopa|suppe|soupe"
        r"|zuppa|soep|te|tee|the|thee|cha)\b"
        r"|\b(?:put|putting|slip|slipping) (?:something|a pill|pills|drugs|roofies?|poison) (?:in|into) (?:her|his|their"
        r"|\w+'s) (?:drink|coffee|tea|wine|food|soup)\b|\bspik(?:e|ing) (?:her|his|their|\w+'s) drink\b"
        r"|\b(?:antifreeze|frostschutz\w*|antigelo|antigel|anticongelante|antivries|rat poison|rattengift|chumbinho"
        r"|veleno|raticida|mort-aux-rats)\b[^.?!]{0,60}\b(?:taste|tastes|schmeckt|se sente|si sente|sabor|gout|proeft"
        r"|smaak|notice|merkt|nota|remarque|detect\w*|quanto precisa|cuanto hace falta|how much)\b",
    ),
    _rule(
        "multi.cut_their_brakes",
        TO_OTHERS,
        CRISIS,
        r"\b(?:couper|coupe|cortar|corto|tagliare|taglio|durchschneiden|durchtrennen|manipulieren|doorknippen"
        r"|doorsnijden|cut|cutting|sabotage|saboter|sabotear|sabotare|sabotar)\b (?:\w+'s )?(?:les freins|los frenos"
        r"|i freni|os travoes|os freios|die bremsen|die bremsleitung\w*|de remmen|de remleiding\w*|the brakes"
        r"|brakes|brake lines?)\b",
    ),
    _rule(
        "multi.fire_to_their_car_or_house",
        TO_OTHERS,
        CRISIS,
        r"\b(?:gli|le) do fuoco (?:alla|all'|a la) ?(?:macchina|casa|auto)\b|\bdar fogo (?:ao|a) (?:carro|casa) del[ea]\b|\b(?:zund\w*|fackel\w*) (?:ihm|ihr) (?:das auto|das haus|die bude)\b|\bje (?:vais )?(?:lui )?(?:mettre|mets|foutre|fous) le"
        r" feu a (?:sa|son)\b|\bsteek (?:zijn|haar) (?:auto|huis) in brand\b"
        r"|\bmake (?:a|the) (?:house )?fire look like (?:an )?(?:accident|electrical fault)\b",
    ),
    _rule(
        "multi.parent_knife_in_my_bag",
        TO_OTHERS,
        CRISIS,
        # a parent's knife or gun taken and carried, for someone tomorrow
        r"\b(?:couteau|knife|cuchillo|coltello|faca|mes|messer|gun|pistola|pistolet|waffe|pistool)\b (?:de mon pere"
        r"|de ma mere|de mi (?:padre|madre)|di mio padre|di mia madre|do meu pai|da minha mae|van mijn (?:vader|moeder)"
        r"|meines vaters|meiner mutter|von meinem vater)\b[^.]{0,40}\b(?:dans mon sac|in my (?:bag|backpack|pocket)"
        r"|en (?:la|mi) mochila|nello zaino|na (?:minha )?mochila|in mijn (?:tas|rugzak)|in meine[rn]? (?:tasche"
        r"|rucksack)|im rucksack)\b"
        r"|\bmy (?:dad|mum|mom|father|mother)'s (?:knife|gun|pistol|rifle)\b[^.]{0,30}\bin my (?:bag|backpack)\b",
    ),
)
