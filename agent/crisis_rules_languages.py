"""Crisis-screen rules for more languages and for the forms the first Spanish, German and French rules missed.

Italian, Portuguese and Dutch get explicit phrases of each kind (intent to die, self-harm, violence from a
partner or parent, overdose), since the English MiniLM model does not rescue them; Spanish, German and French
get past-tense and indirect forms (a farewell letter written, a box of pills taken, strangled, not waking up).
The `multi.` families of the tenth and eleventh rounds cover all seven languages at once (danger and emergencies
told as what is happening, overdoses, attacks, decisions, commanded harm), English alternatives included.
Written against `agent.crisis.normalise` output: lower case, no diacritics, plain apostrophes.
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

# Laughing/figurative continuations shared by the Romance languages ("muoio dal ridere", "morrendo de rir").
_FIG_ROMANCE = (
    r"\s*(?:d[ai] (?:ridere|fame|sonno|noia|caldo|freddo|vergogna)|de (?:rir|fome|sono|tedio|calor|frio|vergonha|saudade"
    r"|cansaco)|dall[ae] (?:risate|risata|noia|fame))"
)

# Who "does not respond any more" must be a person: "mein Laptop reagiert nicht mehr" is a frozen laptop.
_PEOPLE_DE = (
    r"(?:(?:mein|meine) (?:\w+ )?(?:mann|frau|mutter|vater|mama|papa|sohn|tochter|kind|baby|oma|opa|freund|freundin"
    r"|bruder|schwester|partner|partnerin)|er|sie)"
)
_PEOPLE_NL = (
    r"(?:mijn (?:\w+ )?(?:man|vrouw|moeder|vader|mama|papa|zoon|dochter|kind|baby|oma|opa|vriend|vriendin|broer|zus"
    r"|partner)|hij|ze|zij)"
)
# Someone hit "right now", never a record or a score ("er schlägt gerade meinen Rekord").
_RELATIVE = r"(?!rekord|record|recorde|highscore|score|tempo)\w+"
# who abuses a child or a trainee in the sexual-abuse rule: a relative or someone with authority, in six languages
_ABUSER = (
    r"patrigno|padre|papa|zio|nonno|fratello|cugino|allenatore|professore|padrastro|tio|abuelo|hermano|primo"
    r"|entrenador|profesor|beau-pere|pere|oncle|grand-pere|frere|cousin|entraineur|prof|stiefvater|vater|onkel"
    r"|opa|bruder|trainer|lehrer|stiefvader|vader|oom|broer|neef|leraar|padrasto|pai|avo|irmao|treinador|professor"
)
# "just" inside a wish: "ich würde so gern einfach sterben", "j'aimerais juste mourir"
_JUST = r"(?:(?:einfach|nur|endlich|simplemente|solo|solamente|juste|simplement|simplesmente|gewoon|semplicemente) )?"
_WOULD_DIE = "|".join((
    r"(?:querria|quisiera|me gustaria|desearia) " + _JUST
    + r"(?:morir(?:me)?|estar muert[oa]|no despertar(?:me)?|matarme|suicidarme)",
    r"(?:j'aimerais|je voudrais bien|je souhaiterais|j'aimerais tellement) " + _JUST
    + r"(?:mourir|etre mort|me tuer|me suicider|ne (?:pas|plus) me reveiller)",
    r"ich (?:wurde|wurd) (?:so )?(?:gern|gerne|lieber) " + _JUST
    + r"(?:sterben|tot sein|nicht mehr leben|nicht mehr aufwachen)",
    r"(?:ich ware|war ich|ware ich) (?:so )?(?:gern|gerne|lieber) tot",
    r"(?:gostaria de|eu queria) " + _JUST + r"(?:morrer|estar mort[oa]|me matar|nao acordar mais)",
    r"mi piacerebbe morire|vorrei essere mort[oa]",
    r"ik zou (?:graag |liever )?" + _JUST + r"(?:willen sterven|dood (?:willen|zijn))|ik (?:was|ware|ben) liever dood",
    # a preference: "prefiero estar muerta", "je préférerais être mort"
    r"prefiero (?:estar muert[oa]|morir(?:me)?)(?! a\b)|preferirei (?:essere mort[oa]|morire)|preferisco morire",
    r"je (?:prefererais|prefere) (?:etre mort|mourir)|(?:prefiro|preferia) (?:estar mort[oa]|morrer)",
    r"i'?d (?:prefer|rather) to (?:be dead|die)|i would (?:prefer|rather) to (?:be dead|die)",
))  # fmt: skip
# a burn or a cut said to be an accident, or made while cooking: told after the tool, as people tell it
_BY_ACCIDENT = (
    r"per sbaglio|por accidente|sin querer|par accident|aus versehen|per ongeluk|sem querer|by accident"
    r"|accidentally|cucinando|cocinando|en cuisinant|beim kochen|tijdens het koken|(?:while )?(?:cooking|lighting)"
)

RULES: tuple[Rule, ...] = (
    # --- Italian --------------------------------------------------------------------------------------------
    _rule(
        "it.suicide",
        SUICIDE,
        CRISIS,
        r"\b(?:voglio morire|vorrei morire|(?:voglio|vorrei|penso di|pensando di|sto per) farla finita(?! con)|uccidermi|ammazzarmi|suicidarmi"
        r"|togliermi la vita|mi (?:ammazzo|uccido)|mi voglio (?:ammazzare|uccidere)|sparire per sempre|morire o no|non (?:voglio|ho piu voglia di) vivere|non voglio piu vivere|pensieri suicidi"
        r"|buttarmi (?:dal|da un|sotto)|prendere tutte le (?:pillole|pastiglie))\b",
        _FIG_ROMANCE,
    ),
    _rule(
        "it.self_harm",
        SELF_HARM,
        CRISIS,
        r"\b(?:mi taglio|mi sono tagliat[oa] (?:di nuovo|apposta|le braccia|i polsi)|tagliarmi|autolesion\w*"
        r"|farmi del male|mi faccio del male)\b",
        r"\s*(?:i capelli|le unghie|per sbaglio|cucinando)",
    ),
    _rule(
        "it.from_others",
        FROM_OTHERS,
        CRISIS,
        r"\b(?:mi (?:picchia|ha picchiat[oa]|minaccia|ha minacciat[oa]|violenta|ha violentat[oa]|strangola|segue)"
        r"|minaccia di uccidermi|vuole uccidermi|violenza domestica)\b",
        r"\s*(?:a (?:scacchi|carte|tennis)|nel gioco)",
    ),
    # --- Portuguese -----------------------------------------------------------------------------------------
    _rule(
        "pt.suicide",
        SUICIDE,
        CRISIS,
        r"\b(?:quero morrer|(?:vou|quero|penso em|vontade de) me matar|me suicidar|tirar (?:a )?minha (?:propria )?vida"
        r"|acabar com (?:a )?minha vida|nao quero (?:mais )?viver|pensamentos suicidas|tomar todos os comprimidos"
        r"|me jogar (?:da|de|do|na frente))\b",
        _FIG_ROMANCE,
    ),
    _rule(
        "pt.self_harm",
        SELF_HARM,
        CRISIS,
        r"\b(?:me corto|me cortei|me cortando|me machucar|me machuco|automutila\w*|me ferir de proposito"
        # the urge, unless it is held off: "tô com vontade de me cortar mas tô segurando, 40 dias sem" is a check-in
        r"|(?:quero|vou|preciso|vontade de|pensando em|penso em) me cortar(?!.{0,60}\b(?:limp[oa]|segurando"
        r"|dias sem|meses sem|nao vou|nao fiz|recair)\b))\b",
        r"\s*(?:sem querer|cozinhando|o cabelo)",
    ),
    _rule(
        "pt.from_others",
        FROM_OTHERS,
        CRISIS,
        r"\b(?:me (?:bate|bateu|espanca|espancou|ameaca|ameacou|estuprou|enforcou|persegue)"
        r"|quer me matar|violencia domestica)\b",
        r"\s*(?:no (?:xadrez|jogo)|quando (?:ver|souber)|kkk)",
    ),
    # --- Dutch ----------------------------------------------------------------------------------------------
    _rule(
        "nl.suicide",
        SUICIDE,
        CRISIS,
        r"\b(?:ik wil dood|(?:ik )?zou (?:\w+ )?liever dood (?:zijn|gaan)|wil niet meer leven|ik wil niet meer(?= *$| *[.,!])|zelfmoord|mezelf (?:van kant maken|doden"
        r"|ombrengen|iets aandoen)|(?<=mezelf niks )aandoen|(?<=mezelf niets )aandoen|er een eind aan (?:te )?maken|een einde aan mijn leven|mijn leven beeindigen"
        r"|alle pillen (?:in )?nemen)\b",
        r"\s*(?:preventie|cijfers|lijn)",
    ),
    _rule(
        "nl.self_harm",
        SELF_HARM,
        CRISIS,
        r"\b(?:ik snij mezelf|mezelf snijden|snij (?:me|mezelf) (?:weer|in)|zelfbeschadig\w*|mezelf pijn doen)\b",
    ),
    _rule(
        "nl.from_others",
        FROM_OTHERS,
        CRISIS,
        r"\b(?:slaat me|sloeg me|mishandelt me|bedreigt me|dreigt (?:me|mij) (?:te )?(?:vermoorden|doden)|wurgde me"
        r"|verkrachtte me|huiselijk geweld|heeft me (?:\w+ ){0,2}(?:gewurgd|geslagen|verkracht|bedreigd|mishandeld))\b",
        r"\s*(?:met (?:schaken|dammen)|in het spel)",
    ),
    # --- Spanish, German, French: past and indirect forms ---------------------------------------------------
    _rule(
        "es.more_forms",
        SUICIDE,
        CRISIS,
        r"\b(?:(?:mejor|prefiero|quisiera|ojala) no (?:volver a )?despertar|no quiero despertar(?:me)?|carta de despedida"
        r"|me (?:tome|trague) (?:todas las|toda la caja de|un bote de) (?:pastillas|pildoras|medicinas|medicamentos)"
        r"|tengo (?:la cuerda|las pastillas) (?:preparada|preparadas|lista|listas))\b",
        negatable=False,
    ),
    _rule(
        "es.from_others_more",
        FROM_OTHERS,
        CRISIS,
        r"\b(?:(?<!\bse )me (?:estrangulo|ahorco|amenazo con un cuchillo|pego con|encierra|encerro|quema|quemo|patea|pateo"
        r"|quita la comida)|nos pega|(?:nos|me) pega (?:a mi|cuando bebe))\b",
    ),
    _rule(
        "de.more_forms",
        SUICIDE,
        CRISIS,
        r"\b(?:abschiedsbrief\w*|(?:will|mochte|wurde) (?:einfach )?(?:nur noch )?tot sein|nur noch tot sein"
        r"|keine lust mehr (?:zu|auf das) leben|alle (?:tabletten|pillen) (?:genommen|geschluckt|nehmen)"
        r"|schluss (?:machen|mache) mit (?:mir|allem|meinem leben|dem leben))\b",
        negatable=False,
    ),
    _rule(
        "de.self_harm_more",
        SELF_HARM,
        CRISIS,
        r"\b(?:(?:mir|mich) (?:\w+ ){0,3}(?:in den arm|in die arme|die arme|die beine|ins bein) (?:\w+ )?geschnitten"
        r"|(?:habe|hab) (?:mich|ich) (?:\w+ ){0,2}geritzt|hab (?:\w+ ){0,2}geritzt|schneide mich (?:\w+ ){0,2}(?:mit der|mit einer) (?:rasierklinge|klinge))\b",
    ),
    _rule(
        "de.from_others_more",
        FROM_OTHERS,
        CRISIS,
        r"\b(?:hat mich (?:(?!beim |im |bei )\w+ ){0,2}(?:gewurgt|geschlagen|vergewaltigt|bedroht|verprugelt)|schlagt mich\b)",
        r"\s*(?:beim (?:schach|spiel|tennis)|im spiel)",
    ),
    _rule(
        "fr.more_forms",
        SUICIDE,
        CRISIS,
        r"\b(?:lettres? d'adieu|(?:j'ai|je viens d') (?:pris|avale) (?:toute la boite|tous (?:mes|les) (?:medicaments"
        r"|cachets|comprimes|somniferes)|une boite (?:entiere )?de)|me jeter sous un train|ne plus me reveiller"
        r"|je pense a (?:me tuer|mourir|me suicider|en finir))\b",
        negatable=False,
    ),
    _rule(
        "fr.from_others_more",
        FROM_OTHERS,
        CRISIS,
        r"\b(?:m'a (?:etrangle\w*|etranglee|frappe\w*|menace\w*|viole\w*)|me frappe quand)\b",
        r"\s*(?:aux echecs|au jeu|mdr)",
    ),
    _rule(
        "multi.methods",
        SUICIDE,
        CRISIS,
        r"\b(?:ahorcarme|pegarme un tiro|cortarme las venas|tirarme (?:a las vias|al tren|por la ventana)|mich erhangen"
        r"|mich erschiessen|(?:die )?pulsadern aufschneiden|mir (?:etwas|was) antun|(?<=mir nichts )antun|me pendre|me tirer une balle"
        r"|me foutre en l'air|sauter par la fenetre|impiccarmi|spararmi|me enforcar|cortar os pulsos)\b",
    ),
    _rule(
        "multi.concern",
        SUICIDE,
        CONCERN,
        r"\b(?:keinen ausweg mehr|halte das nicht mehr aus|je ne vois plus d'issue|je n'ai plus la force|no veo (?:ninguna )?"
        r"salida|non ce la faccio piu|nao aguento mais|ik kan niet meer"
        # a burden to everyone, as "I'm a burden" is a check-in in English
        r"|ik ben (?:alleen maar |maar |gewoon )?een last voor|sono (?:solo |soltanto )?un peso per"
        r" (?:tutti|la mia famiglia|i miei)|sou (?:so )?um peso (?:pra|para) (?:todo mundo|todos|minha familia))\b",
    ),
    # --- tenth round: danger from others and emergencies told as what is happening (issue #6) ---------------------
    _rule(
        "multi.strangled",
        FROM_OTHERS,
        CRISIS,
        r"\b(?:(?:he|she|they) (?:\w+ ){0,2}(?:wrapped|put|tied|pulled|pressed|squeezed|held) (?:a |the |his |her |their )?"
        r"(?:\w+ )?(?:cable|cord|belt|rope|scarf|hands?|wire|lead) (?:a)?round my (?:neck|throat)"
        r"|(?:hande|hand) um (?:den|meinen) hals|wurgt mich|(?:ses|les) mains (?:autour de|sur) mon cou|m'etrangle"
        r"|(?:sus|las) manos (?:alrededor de mi|en mi) cuello|me (?:esta )?(?:ahorcando|estrangulando)"
        r"|(?:le )?mani (?:intorno al|al|sul) (?:mio )?collo|maos no meu pescoco|(?:apertou|apertando) (?:o )?meu pescoco"
        r"|handen om mijn (?:nek|keel)|knijpt mijn keel (?:dicht)?)\b",
        r"\s*(?:(?:and|to) (?:hug|kiss|cuddle)|in (?:a|the) (?:hug|game|film|movie|scene|dream)|lol|haha)",
    ),
    _rule(
        "multi.locked_in",
        FROM_OTHERS,
        CRISIS,
        r"\b(?:(?:he|she|they) (?:\w+ ){0,2}(?:locked me in|locked us in)|took my phone and locked"
        r"|me quito el (?:movil|telefono|celular)\b.{0,40}\b(?:cerro|encerro|con llave)|m'a enferme\w*|m'enferme (?:dans|a)"
        r"|m'a pris mon (?:telephone|portable)\b.{0,40}\benferm\w*|mi ha chius[oa] (?:dentro|in|a chiave)"
        r"|mi ha preso il (?:telefono|cellulare)\b.{0,40}\bchius\w*|me trancou|(?:pegou|tirou) meu (?:celular|telefone)"
        r"\b.{0,40}\btranc\w*|hat mich eingesperrt|sperrt mich ein|lasst mich nicht (?:raus|gehen|weg)|sluit me op"
        r"|heeft me opgesloten|laat me (?:er )?niet (?:weg|uit|naar buiten))\b",
        r"\s*(?:by (?:accident|mistake)|as a (?:joke|prank)|lol|haha|per sbaglio|sem querer|sin querer|par erreur)",
    ),
    _rule(
        "multi.hitting_now",
        FROM_OTHERS,
        CRISIS,
        rf"\b(?:(?:frappe|bat) (?:ma|mon|mes) (?:\w+ )?{_RELATIVE} (?:en ce moment|maintenant|la)"
        rf"|(?:esta|ta) (?:batendo|espancando) (?:no|na|em) (?:meu|minha) {_RELATIVE}"
        rf"|(?:le )?esta (?:pegando|golpeando) a (?:mi|mis) {_RELATIVE}|schlagt (?:gerade|jetzt) (?:meine|meinen|meinem)"
        rf" {_RELATIVE}|sta (?:picchiando|menando) (?:mia|mio|i miei|le mie) {_RELATIVE}|slaat (?:nu|net) mijn {_RELATIVE})\b",
        r"\s*(?:a (?:xadrez|scacchi)|aux echecs|beim schach|met schaken|in het spel|no jogo|al (?:ajedrez|juego))",
    ),
    _rule(
        "multi.passive_more",
        SUICIDE,
        CRISIS,
        r"\b(?:ojala no (?:despertara|despierte|me despierte|volviera a despertar(?:me)?)"
        r"(?! (?:el|la|los|las|mi|mis|tu|su|nadie)\b)|(?:estaria|estarian|vivirian|serian) (?:\w+ )?(?:mejor"
        r"|mas felices|mas tranquil[oa]s) sin mi"
        r"|(?:nicht mehr|nie mehr|nie wieder) (?:aufwachen|aufwache|aufzuwachen)|wenn es mich nicht (?:mehr )?gabe"
        r"|(?:ich ware|ware ich|ich bin|bin ich) (?:\w+ )?lieber tot"
        r"|ne (?:jamais|plus) me reveiller|si je n'etais plus la|(?:voudrais|veux|aimerais) (?:juste |simplement )?"
        r"ne plus exister"
        r"|vorrei essere mort[oa]|pensieri di suicidio|senza di me (?:\w+ ){0,3}(?:vivrebbero|starebbero|sarebbero)"
        r"|(?:peco|rezo|torco) (?:\w+ )?para nao acordar|preferia estar mort[oa]|(?:ficaria|ficariam|estaria|estariam"
        r"|seria|seriam) (?:\w+ )?(?:melhor|melhores|mais leve|mais felizes)s? sem mim"
        r"|beter af (?:als|zonder) (?:ik|mij)|(?:de )?(?:ochtend|morgen) niet (?:meer )?haal|niet meer wakker (?:te )?"
        r"(?:worden|word))\b",
        # woken by something: "dass ich nicht mehr aufwache von dem Lärm", "niet meer wakker word van de buren";
        # or a comparison, which is hyperbole: "lieber tot als langweilig"
        r"\s*(?:von|vom|wegen|durch|bei|van|door|de|du|por|dal|dai|del|als|dan)\b",
        negatable=False,
    ),
    _rule(
        "multi.intent_more",
        SUICIDE,
        CRISIS,
        r"\b(?:(?:esta noche|hoy) (?:es la noche|lo hago|me mato|acabo con todo)|no vas a saber (?:nada )?mas de mi"
        r"|(?:heute nacht|heute abend) (?:mache|mach) ich schluss|(?:denke|dachte) ans (?:springen|runterspringen)"
        r"|ich verabschiede mich (?:jetzt|fur immer)|(?:c'est )?ce soir (?:que )?je le fais|merci pour tout\b.{0,40}"
        r"\bje ne reviendrai (?:pas|plus)|(?:stanotte|stasera|oggi) la faccio finita|la faccio finita(?! con)"
        r"|(?:hoje a noite|hoje) eu vou fazer|een eind(?:e)? aan mijn leven"
        r" (?:maken|te maken)|vannacht (?:ga ik het doen|doe ik het))\b",
    ),
    _rule(
        "multi.method_question",
        SUICIDE,
        CRISIS,
        r"\b(?:(?:forma|manera|metodo) (?:mas )?(?:rapida|rapido|facil|segura|seguro|indolora|indoloro|sin dolor) de"
        r" (?:suicidarse|suicidarme|matarse|matarme|morir)"
        r"|moyen (?:le plus )?(?:sur|rapide|simple|indolore|facile) (?:de|pour) (?:se suicider|me suicider|mourir"
        r"|se tuer|me tuer)"
        r"|(?:modo|maniera|metodo) (?:piu )?(?:veloce|rapid[oa]|sicur[oa]|indolore|facile) (?:per|di) (?:suicidarsi"
        r"|suicidarmi|morire|uccidersi|uccidermi|ammazzarsi)"
        r"|(?:forma|maneira|jeito) (?:mais )?(?:rapida|facil|segura|indolor) de (?:se matar|me matar|morrer|se suicidar"
        r"|me suicidar)"
        r"|(?:schnellste|sicherste|einfachste|schmerzlose|schmerzloseste)\w* (?:weg|methode|art)\b.{0,20}\b(?:umzubringen"
        r"|zu sterben|suizid\w*)"
        r"|(?:snelste|makkelijkste|pijnloze|pijnloosste|zekerste) (?:manier|methode)\b.{0,20}\b(?:zelfmoord|dood te gaan"
        r"|te sterven))\b",
    ),
    _rule(
        "multi.overdose_more",
        MEDICAL,
        CRISIS,
        r"\b(?:tome (?:muchas|todas las|un monton de) (?:pastillas|pildoras)|alle meine (?:tabletten|pillen)"
        r" (?:genommen|geschluckt)|tomei (?:varias|muitas|todas as) (?:caixas|cartelas|comprimidos|pilulas))\b",
        negatable=False,
    ),
    _rule(
        "multi.emergency_signs",
        MEDICAL,
        CRISIS,
        r"\b(?:brustschmerzen\b.{0,60}\b(?:kiefer|arm|allein|schwitze|kalter schweiss|luft)|zunge schwillt"
        rf"|(?:krieg|kriege|bekomme) (?:kaum|keine) luft|{_PEOPLE_DE} (?:\w+ ){{0,6}}reagiert nicht mehr|atmet nicht mehr"
        r"|avale une pile|(?:il|elle) ne respire plus|douleur (?:dans la|a la) poitrine\b.{0,60}\b(?:bras"
        r"|machoire|sueur|seule?)"
        r"|se (?:le|me) (?:esta )?cerrando la garganta|ya no respira|no esta respirando"
        r"|no respira bien\b.{0,40}\b(?:pastillas|pildoras|tomar|beber|droga\w*)"
        r"|(?:il|elle|ami|amie|copain|copine|frere|soeur|fils|fille|mari|femme|pere|mere|bebe|coloc)"
        r" ne se reveille plus(?! (?:le matin|a l'heure|pour|avant|quand))|se trago (?:una pila"
        r"|pastillas)"
        r"|mi sento schiacciare il petto|non respira piu|non sta respirando|dolore al petto\b.{0,60}\b(?:braccio"
        r"|mascella|sudo)"
        r"|garganta (?:fechando|fechada|inchada)|(?:comeu|engoliu|tomou) (?:uns|varios|os|alguns) (?:comprimidos"
        r"|remedios)|nao esta respirando|ja nao respira|parou de respirar"
        r"|(?:op )?een (?:vaatwastablet|batterij|knoopcel)\w* (?:gekauwd|ingeslikt)|(?:net )?al mijn pillen (?:ingenomen"
        r"|genomen)|ademt niet(?: meer)?"
        rf"|{_PEOPLE_NL} (?:\w+ ){{0,6}}reageert niet meer"
        r"|swallowed (?:a |the |some )?(?:button |coin |lithium )?batter(?:y|ies)|collapsed\b.{0,40}\b(?:not|isn'?t|won'?t)"
        r" (?:responding|breathing|waking)|(?:face|mouth) (?:is )?(?:drooping|numb)\b.{0,60}\bslurr\w*"
        r"|slurr\w*\b.{0,60}\b(?:face|arm) (?:is )?(?:numb|drooping)|(?:stung|sting|ate|eaten|peanuts?|shellfish|shrimp"
        r"|prawns)\b.{0,60}\b(?:throat|chest|tongue|lips?) (?:is |are |feels? )?(?:tight|closing|swelling|swollen))\b",
        r"\s*(?:in (?:the|a) (?:game|film|movie|show|book|dream)|lol|haha)",
        negatable=False,
    ),
    # --- eleventh round: overdoses, bleeding, breathing, strangling, threats and harm to others told plainly in
    # the six other languages (issue #6) ------------------------------------------------------------------------------
    _rule(
        "multi.overdose_whole",
        MEDICAL,
        CRISIS,
        r"\b(?:me (?:tome|trague) (?:todo el|toda la|todas las|todos los) (?:frasco|bote|caja|blister|pastillas|pildoras"
        r"|remedios|medicamentos)"
        r"|(?:ganze|komplette) (?:packung|schachtel|dose|flasche|blisterpackung)\b.{0,40}\b(?:genommen|geschluckt"
        r"|eingenommen|eingeworfen|reingeworfen|reingehauen)"
        r"|j'ai (?:pris|avale) (?:toute la|toute ma|tout le|tout mon|toutes les|tous les|tous mes|toutes mes) (?:boite"
        r"|plaquette|flacon|tube|cachets|comprimes|medicaments|medocs|pilules)"
        r"|(?:(?:ho|mi sono) pres[oa]|ho (?:mandato|buttato) giu|ho ingoiato) (?:tutta la|tutto il|tutte le|tutti i) (?:scatola|confezione|boccetta|flacone"
        r"|blister|pillole|pastiglie|compresse|farmaci|medicine)"
        r"|(?:tomei|engoli) (?:a |o |os |as )?(?:cartela|caixa|frasco|vidro|remedios|comprimidos|pilulas)\b.{0,40}"
        r"\b(?:inteir[oa]s?|tudo de uma vez|de uma vez so)"
        r"|(?:hele|volle) (?:doos|strip|pot|fles|verpakking)\b.{0,40}\b(?:genomen|ingenomen|geslikt)"
        r"|al (?:mijn|mn|m'n) pillen (?:al )?(?:op|ingenomen|genomen|geslikt)"
        # a whole box told with "a" instead of "all": "se tomó una caja de paracetamol", "una scatola intera"
        r"|(?:se|me) (?:tomo|tome|trago|trague) (?:una|un) (?:caja|frasco|bote|blister) (?:enter[oa] |complet[oa] )?de"
        r"|(?:ho|ha) preso (?:una|un) (?:scatola|confezione|boccetta|flacone|blister) (?:intera|intero|completa)"
        r"|(?:una|un) (?:scatola|confezione|boccetta|flacone) (?:intera|intero) di"
        r"|(?:tomei|tomou|engoli|engoliu) (?:uma|um) (?:cartela|caixa|frasco|vidro) inteir[oa])\b",
        negatable=False,
    ),
    _rule(
        "multi.bleeding_heavy",
        MEDICAL,
        CRISIS,
        r"\b(?:blutet (?:wie verruckt|sehr stark|stark|ohne aufzuhoren)|hort nicht auf zu bluten"
        r"|esce tantissimo sangue|non smette di sanguinare|sanguina tantissimo|le sang gicle|ca saigne enormement"
        r"|ne s'arrete pas de saigner|no (?:para|deja) de sangrar|sangra muchisimo|sale (?:mucha|muchisima) sangre"
        r"|nao para de sangrar|(?:esta|ta) sangrando muito|sai muito sangue|bloedt heel (?:erg|hard)"
        r"|stopt niet met bloeden|het bloeden stopt niet|still (?:pouring|gushing|spurting) (?:blood)?"
        r"|a chorros|a fiotti|a flots|pisse le sang|spritzt (?:richtig|das blut|blut)|spuit (?:het )?bloed|perdo"
        r" (?:tantissimo|molto) sangue|jorr(?:a|ar|ando) sangue)\b",
        r"\s*(?:in (?:the|a) (?:game|film|movie|show|book|dream)|lol|haha|im (?:spiel|film)|nel (?:gioco|film)"
        r"|dans le (?:jeu|film)|en (?:el|la) (?:juego|pelicula)|no (?:jogo|filme)|in het (?:spel|film))",
        negatable=False,
    ),
    _rule(
        "multi.breathing",
        MEDICAL,
        CRISIS,
        r"\b(?:non riesco (?:piu )?a respirare|(?:ya )?no puedo respirar|je (?:n'arrive|narrive) (?:pas|plus) a respirer"
        r"|ich kann nicht (?:mehr )?atmen|nao consigo respirar|ik kan niet (?:meer )?ademen|atmet kaum (?:noch|mehr)"
        r"|respira a (?:malapena|fatica)|(?:apenas|casi no) respira|(?:mal|quase nao) (?:esta )?respira\w*"
        r"|ademt (?:nauwelijks|bijna niet))\b",
        r"\s*(?:dal ridere|de (?:la )?risa|de rire|vor lachen|de tanto rir|van het lachen|lol|haha|jaja|kkk|mdr"
        r"|(?:con|mit|avec|com|met) (?:questo|este|diesem|ce|cette|esse|deze) (?:caldo|calor|hitze|chaleur|hitte)"
        r"|durch die nase|par le nez|por la nariz|pelo nariz|dal naso|door mijn neus)",
        negatable=False,
    ),
    _rule(
        "multi.strangled_more",
        FROM_OTHERS,
        CRISIS,
        r"\b(?:me (?:agarro|cogio|apreto|tomo) (?:por el|del) cuello|mi ha pres[oa] (?:per|al) (?:il )?collo"
        r"|(?:m'a|il m'a|elle m'a) (?:pris|attrape|serre)\w* (?:par|a) la gorge|me (?:pegou|agarrou) pelo pescoco"
        r"|(?:packte|griff|wurgte) mich (?:am|an der|bei der) (?:hals|kehle)|greep me bij (?:mijn|de) (?:keel|nek))\b",
        r"\s*(?:(?:para|per|pour|um|om) (?:me )?(?:besar|baciar\w*|embrasser|beijar|kussen|kuessen)|jugando|giocando"
        r"|en jouant|brincando|im spiel|lol|haha)",
    ),
    _rule(
        "multi.threat_to_kill",
        FROM_OTHERS,
        CRISIS,
        # the threat may carry its condition first: leaving, telling, reporting ("si lo dejo me mata")
        r"\b(?:(?:dice|dijo|ha dicho) que (?:si (?:lo |la )?(?:dejo|me voy|me separo|se lo cuento|(?:lo |la )?denuncio"
        r"|hablo) )?me (?:va a matar|mata|matara)\b(?! (?:de (?:risa|verguenza)|si no (?:limpio"
        r"|recojo|apruebo)))|(?:hat gesagt|sagt|droht)\b.{0,20}\b(?:er|sie) (?:bringt mich um|mich umbringt|wurde mich"
        r" umbringen)|(?:a dit|dit|menace)\b.{0,10}\b(?:qu'il|qu'elle|de) (?:va )?me (?:tuer|tuerait|tuera)"
        r"|(?:ha detto|dice) che mi"
        r" (?:ammazza|uccide|ammazzera|uccidera)|disse que (?:vai |ia )?me (?:matar|mata|matava)(?! de (?:rir|vergonha))"
        r"|(?:se eu \w+ (?:\w+ ){0,3})?ele atira"
        r"|(?:zegt|zei|heeft gezegd|dreigt) dat (?:hij|ze) me (?:vermoordt|dood maakt|gaat vermoorden|doodmaakt))\b",
        # a parent's "I'll kill you if you're late" is the everyday idiom, as "my mom is going to kill me" is
        r"\s*,?\s*(?:se eu (?:chegar|voltar) tarde|se eu (?:nao passar|reprovar|tirar)|si je (?:rentre|rentrais|rentrerai)"
        r" tard|si je (?:rate|ratais|n'ai pas)|si llego tarde|si suspendo)",
    ),
    _rule(
        "multi.harm_to_others_now",
        TO_OTHERS,
        CRISIS,
        r"\b(?:(?:lo|la|li) vado ad? (?:ammazzare|uccidere)\b.{0,40}\b(?:adesso|ora|stanotte|stasera|so dove)"
        r"|(?:vou|to indo) matar (?:ele|ela)\b.{0,40}\b(?:agora|hoje|sei onde|to indo)"
        r"|stech (?:ich )?(?:ihn|sie) ab|(?:ich )?(?:tu|tue) (?:meinem|meiner|ihm|ihr|dem|der) (?:\w+ ){0,3}(?:was|etwas)"
        r" an\b|gli spacco la testa\b.{0,60}\b(?:coltello|pistola|zaino)"
        r"|(?:coltello|pistola|messer|couteau|cuchillo|navaja|faca|pistool|mes)\b.{0,12}\b(?:nello|nel|im|dans (?:mon|le)"
        r"|en (?:mi|la)|na (?:minha)?|in (?:mijn|de)) (?:zaino|rucksack|sac|mochila|rugzak|tas)\b.{0,60}\b(?:ammazz\w*"
        r"|spacc\w*|abstechen|stech\w*|tuer|matar\w*|steek\w*|vermoord\w*))\b",
        negatable=False,
    ),
    _rule(
        "multi.emergency_signs_more",
        MEDICAL,
        CRISIS,
        # stroke: a crooked mouth or a drooping face with an arm or speech gone
        r"\b(?:(?:boca torta|boca torcida|bocca storta|bouche (?:de travers|tordue)|schiefer mund|mund hangt"
        r"|scheve mond|(?:face|mouth) (?:feels |looks |is )?(?:droopy|drooping|lopsided|crooked|wrong on one side))"
        r"\b.{0,60}\b(?:bra[cz]o|braccio|bras|arm|words|speech|talk\w*|slurr\w*|fala|parla|parle|spricht|praat|habla)"
        # heatstroke: stopped sweating, with confusion or collapse
        r"|(?:stopped|not|isn'?t) sweating\b.{0,60}\b(?:confused|nonsense|collapsed|slurring|hot and dry|foggy|racing|faint\w*)"
        r"|(?:smesso di sudare|dejo de sudar|ne transpire plus|parou de suar|schwitzt nicht mehr|zweet niet meer)"
        # allergy: a thick tongue, wheezing or a swelling throat after a sting or food
        r"|(?:stung|sting|bitten|ate|eaten|nuts?|peanuts?|shellfish)\b.{0,60}\b(?:tongue (?:feels )?(?:thick|swollen"
        r"|swelling)|wheez\w*)|(?:mi si gonfia|si sta gonfiando) la gola|se me hincha la garganta|ma gorge gonfle"
        # poison swallowed, carbon monoxide, a seizure that goes on, a fall that leaves someone unable to move
        r"|(?:bebeu|bebio|se tomo|ha bevuto|a bu|getrunken|gedronken|drank|swallowed) (?:\w+ ){0,2}(?:agua sanitaria"
        r"|lejia|lavandina|candeggina|javel|bleichmittel|chloor|drain cleaner|antifreeze)"
        r"|(?:co|carbon monoxide) (?:alarm|detector)\b.{0,80}\b(?:sleepy|dizzy|throwing up|vomit\w*|won'?t wake|unconscious"
        r"|passed out)|generator\b.{0,60}\b(?:garage|inside)\b.{0,60}\b(?:throwing up|dizzy|won'?t wake|passed out)"
        r"|(?:throwing up|dizzy|headaches?)\b.{0,80}\bgenerator(?:'s| is)? running in the (?:garage|house)"
        r"|(?:lleva|esta) convulsionando\b.{0,30}\b(?:minutos|no para)|seizure (?:won'?t stop|for (?:over )?\d+ minutes"
        r"|still going|lasting)"
        r"|(?:fell|fallen|fall)\b.{0,60}\b(?:can'?t|cannot|cant) (?:move|feel) (?:my|his|her|their) (?:legs|arms|neck"
        r"|body))\b",
        r"\s*(?:in (?:the|a) (?:game|film|movie|show|book|dream)|lol|haha)",
        negatable=False,
    ),
    _rule(
        "multi.harm_prepared",
        TO_OTHERS,
        CRISIS,
        r"\b(?:(?:i'?ll be|i'?ll wait|i'?m waiting|waiting) (?:for (?:him|her|them)|(?:outside|by|at|behind) (?:his|her|their)"
        r" \w+|(?:in|behind|at) the (?:alley|car park|parking lot|bushes|hedge)) (?:\w+ ){0,4}(?:with|holding) (?:my |a |the |his |her"
        r" |my brother'?s |my dad'?s )?(?:bat|knife|gun|rifle|shotgun|crowbar|hammer|machete|wrench)"
        r"|(?:warte|aspetto|espero|attends|wacht)\b.{0,40}\b(?:mit (?:dem|der|einem|einer)|con (?:il|la|el|un"
        r"|una)|avec (?:le|la|un|une|mon)|com (?:a|o|uma|um)|met (?:de|het|een)) (?:\w+ )?(?:schraubenschlussel"
        r"|messer|baseballschlager|coltello|pistola|mazza|cuchillo|bate|couteau|fusil|batte|faca|taco|arma|mes"
        r"|knuppel|breekijzer|honkbalknuppel)"
        r"|(?:(?:vou|vamos) (?:la|ate la|na casa dele)|voy a (?:su casa|por el|por ella)|ga er (?:\w+ )?heen"
        r"|je vais chez (?:lui|elle))\b.{0,30}\b(?:com a faca|con el cuchillo|met een (?:mes|knuppel|honkbalknuppel)"
        r"|avec (?:le|un) (?:couteau|fusil)|honkbalknuppel|breekijzer)"
        r"|(?:put|putting|colocar|poner|mettre|mettere|tun|doen|vou colocar|voy a poner)\b.{0,20}\b(?:o |el |le |il"
        r" )?(?:poison|veneno|veleno|gift|gif|rat poison)\b.{0,30}\b(?:(?:in|into) (?:his|her|their) (?:food|drink"
        r"|coffee|tea|dinner)|na comida|no jantar|en su (?:comida|cena|cafe)|dans (?:sa|son) (?:nourriture|repas|cafe)"
        r"|nel suo (?:cibo|caffe)|in sein(?:en)? (?:essen|kaffee)|in zijn (?:eten|koffie)))\b",
        r"\s*(?:in (?:the|a) (?:game|film|movie|show|book|dream|story|novel|campaign)|lol|haha)",
        negatable=False,
    ),
    _rule(
        "multi.self_harm_now",
        SELF_HARM,
        CRISIS,
        # a blade in hand now, a burn made on purpose, a cut deeper than usual, the urge winning
        r"\b(?:(?:blade|lametta|cuchilla|lamina|klinge|rasierklinge|mesje|scheermesje|lame de rasoir)s?\b.{0,25}"
        r"\b(?:in my hand|in mano|en la mano|en mi mano|na (?:minha )?mao|dans (?:ma|la) main|in (?:der|meiner) hand"
        r"|in mijn hand)"
        r"|(?:burn(?:ed|t|ing) (?:myself|my (?:arms?|hands?|palm|wrists?|legs?|thighs?|skin|stomach|hips?|forearm))"
        r"|me queme|me quemo|me queimei|mi sono bruciat[oa]|mi brucio|je me suis brulee?|je me brule|(?:ich )?(?:hab|habe)"
        r" mich (?:\w+ ){0,2}verbrannt|heb mezelf (?:\w+ ){0,2}verbrand)(?: \w+){0,4} (?:on purpose|deliberately|adrede"
        r"|a proposito|apposta|expres|absichtlich|met opzet|de proposito|con (?:el|un) mechero|con l'accendino"
        r"|avec (?:le|un|une) (?:briquet|cigarette)|com o isqueiro|met (?:een|de) aansteker|mit (?:dem|einem) feuerzeug"
        r"|with a lighter|with (?:a|my) cigarette)"
        r"|(?:cut|cuts|cortar|cortei|corte|gesneden|geschnitten|tagliat\w*|coupe\w*|did it|het gedaan|es getan"
        r"|lo hice|l'ho fatto|je l'ai fait)\b.{0,40}\b(?:deeper|dieper|mas profundo|mais fundo|piu profond\w*"
        r"|plus profond\w*|tiefer) (?:than|dan|que|di|als|qu'?) ?(?:usual|normal|normaal|o normal|lo normal|d'habitude"
        r"|sonst|al solito|del solito|ever|before|last time|la derniere fois|l'ultima volta|la ultima vez)"
        r"|urges? (?:is|are) winning)\b",
        r"\s*(?:per (?:radermi|depilarmi)|to shave|para (?:afeitarme|depilarme|me barbear)|pour me raser"
        r"|zum rasieren|om te scheren|in (?:the|a) (?:game|film|movie|show|book|dream|story)|"
        + _BY_ACCIDENT
        + ")",
    ),
    _rule(
        "multi.means_amount",
        SUICIDE,
        CRISIS,
        r"\b(?:ab welchem (?:stockwerk|stock)\b.{0,30}\b(?:uberlebt|tot|stirbt)|(?:hoeveel|quante|cuantas|quantas"
        r"|combien de|wie viele) (?:slaappillen|pillen|pillole|pastiglie|pastillas|pildoras|comprimidos|pilulas"
        r"|cachets|comprimes|tabletten|schlaftabletten)\b.{0,30}\b(?:genoeg|servono|bastan|bastaria\w*|sao precis\w*"
        r"|suffisent|faut-il|reichen|zijn nodig|dodelijk|letali|letales|mortal\w*|mortell\w*|todlich))\b",
        r"\s*(?:per (?:il|un) (?:mal di testa|raffreddore)|para (?:el|un) (?:dolor de cabeza|resfriado)|pour (?:un|le)"
        r" (?:mal de tete|rhume)|fur (?:kopfschmerzen|eine erkaltung)|voor (?:hoofdpijn|een verkoudheid))",
    ),
    _rule(
        "multi.attacked_now",
        FROM_OTHERS,
        CRISIS,
        # being hit right now, a weapon pointed or brandished, locked in for hours or days, in six languages
        r"\b(?:(?:me|mi) sta (?:picchiando|menando)|(?:il|elle) est en train de me (?:taper|frapper|battre)"
        r"|(?:esta|ta) me (?:batendo|espancando|enchendo de porrada)|me esta (?:pegando|golpeando)"
        r"|(?:er|sie) schlagt mich (?:gerade|jetzt)|(?:hij|zij|ze) slaat me (?:nu|net)"
        r"|(?:ta|esta) espancando (?:a|o) (?:filh[oa]|menin[oa]|crianca)|schlagt (?:ihn|sie) gerade"
        r"|(?:pointe|punta|apunta|aponta|richt)\w*\b.{0,30}\b(?:fusil|fucile|escopeta|pistola|arma|cacadeira|gewehr"
        r"|pistole|geweer)|(?:a ameacar|ameacando|amenazando|minacciando|menacant|bedroht|bedreigt) (?:\w+ ){0,4}(?:com"
        r"|con|avec|mit|met) (?:a|o|la|el|le|il|un|una|einem|einer|dem|der|een|de) (?:\w+ )?(?:fusil|fucile|escopeta"
        r"|pistola|arma|cacadeira|gewehr|pistole|geweer|messer|mes|couteau|coltello|cuchillo|faca|knuppel|hamer)"
        r"|(?:fuchtelt|zwaait) (?:\w+ ){0,2}(?:mit|met) (?:einem|dem|een|de) (?:messer|mes|pistole|pistool)"
        r"|(?:staat|steht) (?:\w+ ){0,3}(?:met|mit) (?:een|de|einem|dem) (?:honkbalknuppel|knuppel|mes|messer|hamer"
        r"|baseballschlager)"
        r"|(?:hat|haben) mi(?:ch)? eings?perrt|(?:estou|to|estoy|sono|je suis) (?:\w+ )?(?:trancad[oa]|encerrad[oa]"
        r"|chius[oa]|enfermee?)\b.{0,30}\b(?:(?:faz|hace|da|depuis) (?:dois|tres|dos|due|tre|deux|trois|\d+)? ?(?:dias"
        r"|giorni|jours|horas|ore|heures)|stamattina|ele so|el solo|lui dice|il dit))\b",
        r"\s*(?:a (?:xadrez|scacchi)|aux echecs|beim schach|met schaken|in het spel|no jogo|al (?:ajedrez|juego)|nel gioco"
        r"|dans le jeu|im spiel|lol|haha|jaja|kkk|mdr)",
    ),
    _rule(
        "multi.emergency_now",
        MEDICAL,
        CRISIS,
        # choking or turning blue, a chest that hurts with breath, arm, jaw or sweat, a stroke's signs, someone who
        # cannot be woken and poison swallowed, in six languages (heavy bleeding: multi.bleeding_heavy)
        r"\b(?:(?:s'etouffe|se (?:esta )?atraganta\w*|engasg\w*|soffoca|verschluckt sich|stikt)\b.{0,50}\b(?:bleu"
        r"|azul|morad[oa]|rox[oa]|viola|blau|blauw|respirar|respirer|respira|atmen|ademen|parler|hablar|falar)"
        r"|(?:bebe|baby|bambin[oa]|neonat[oa]|nourrisson|hij[oa]|figli[oa]|filh[oa]|kind|zoon|dochter|sohn|tochter"
        r"|fils|fille)\b.{0,20}\b(?:no respira bien|non respira bene|ne respire pas bien|nao (?:esta )?respirando"
        r" (?:bem|direito)|atmet nicht richtig|ademt niet goed)"
        r"|(?:boca|labios|labbra|levres|lippen) (?:\w+ )?(?:morad[oa]|rox[oa]"
        r"|viola|bleues?|blau|blauw|azul)"
        r"|(?:douleur|dolore|dor|dolor|druck|pijn|beklemmend\w*) (?:\w+ ){0,3}(?:poitrine|petto|peito|pecho|brust"
        r"|borst)\b.{0,60}\b(?:respir\w*|fiato|aire|luft|adem|bras|braccio|braco|brazo|arm|kiefer|machoire|mascella"
        r"|mandibula|kaak|seul|sol[oa]|allein|alleen|sudo|suando|sudando|schwitz\w*|zweet|misselijk|nausea|ubel"
        r"|transpir\w*|sueurs?|suda|suda mucho|suor\w*|sua muito)"
        r"|(?:de repente|de golpe|all'improvviso|d'un coup|soudain\w*|plotzlich|plotseling|ineens|opeens)\b.{0,50}"
        r"\b(?:(?:no puede|non riesce|nao consegue|ne peut) (?:\w+ ){0,2}(?:hablar|parlare|falar|parler)|arm nicht"
        r" mehr|verwaschen|lallt|bocca storta|boca torta|voit double|ve doble|vede doppio|doppelt)"
        r"|(?:metade do corpo|la mitad del cuerpo|meta del corpo|la moitie du corps) (?:\w+ ){0,2}(?:nao|no|non|ne)"
        r"|(?:non si sveglia|no (?:se )?despierta|nao (?:esta )?acordando|nao acorda|ne se reveille pas"
        r"|krijg (?:haar|hem) niet (?:meer )?wakker|niet wakker te krijgen|wird nicht (?:mehr )?wach"
        r"|non riesco a svegliarl[oa]|no (?:puedo|consigo) despertarl[oa]|je n'arrive pas a (?:le|la) reveiller"
        r"|(?:ich kriege?|ich bekomme) (?:ihn|sie) nicht wach|nao consigo acordar (?:ele|ela)|(?:desacordad[oa]|inconsciente"
        r"|bewusstlos|bewusteloos|svenut[oa]|sans connaissance) (?:no chao|en el suelo|per terra|par terre|am boden"
        r"|op de grond|op de \w*vloer))"
        r"|(?:bebeu|bebio|se ha bebido|ha bebido|ha bevuto|a bu|getrunken|gedronken|verschluckt|ingeslikt|ingerito"
        r"|ingeriu|avale|slok|ha mangiato|comeu|se comio|a mange|gegessen|gegeten) (?:\w+ ){0,4}(?:querosene"
        r"|queroseno|kerosene|petrolio|ontstopper|destapacanos|desentupidor|diserbante|herbicida|lave-vaisselle"
        r"|vaatwas\w*|spulmaschinen\w*|geschirrspul\w*|knopfbatterie|pile bouton|batteria a bottone|pila de boton"
        r"|bateria de botao|knoopcel\w*|rattengift|veleno per topi|mort-aux-rats|raticida|veneno para ratas|veneno de"
        r" rato|lejia|lavandina|agua sanitaria|javel|candeggina|pillole del nonno|pillole della nonna|comprimidos da avo"
        r"|pastillas del abuelo|medicaments de (?:mamie|papi))"
        # German and Dutch put the participle last: "hat Rattengift gegessen", "heeft ontstopper gedronken"
        r"|(?:rattengift|knopfbatterie|bleichmittel|spulmaschinentab\w*|abflussreiniger|ontstopper|knoopcel\w*"
        r"|vaatwastablet\w*|chloor|gootsteenontstopper)\b.{0,20}\b(?:gegessen|getrunken|verschluckt|geschluckt"
        r"|gegeten|gedronken|ingeslikt))\b",
        # not waking for school or work is a lie-in, in every language here
        r"\s*(?:para (?:ir|el|la|las|los)|per (?:andare|la|il)|pour (?:aller|l'ecole)|a tiempo|in tempo|a l'heure|antes de"
        r"|voor (?:school|het werk|de les|zijn dienst|haar dienst)|fur die (?:schule|arbeit)|zur (?:schule|arbeit)"
        r"|pra (?:escola|aula)|para a (?:escola|aula)|pro trabalho"
        r"|prima delle|avant|por la manana|la mattina|le matin|de manha|in the (?:game|film|movie|show|book|dream)"
        r"|im (?:spiel|film)|nel (?:gioco|film)|dans le (?:jeu|film)|en (?:el|la) (?:juego|pelicula)|no (?:jogo|filme)"
        r"|in het (?:spel|film)|lol|haha|jaja|kkk|mdr)",
        negatable=False,
    ),
    _rule(
        "multi.decided_more",
        SUICIDE,
        CRISIS,
        # a noose tied, standing on a bridge or a roof about to jump, "farla finita" tonight or with the gas, in six
        # languages (a date chosen alone is not: "escolhi o dia: sábado vamos à praia")
        r"\b(?:(?:strick|strop)\b.{0,30}\b(?:festgemacht|aufgehangt|gekauft|bereit|hangt|vastgemaakt|hangt klaar|klaar)"
        r"|(?:farla finita|acabar con todo|en finir|acabar com tudo|schluss machen|er een eind aan maken)\b.{0,40}\b(?:con il"
        r" gas|con el gas|avec le gaz|com o gas|mit dem gas|met het gas|stanotte|esta noche|ce soir|hoje a noite|heute"
        r" nacht|vannacht)"
        r"|(?:ho intenzione di|ho deciso di|voglio) farla finita(?! con)"
        r"|(?:estoy|estou|to|sono|je suis|chu|ich steh\w*|ik sta|ik zit)\b.{0,30}\b(?:puente|ponte|pont|brucke|brug"
        r"|toit|tetto|techo|telhado|dak|azotea|linha do trem|vias del tren|binari|rails|gleise|spoor)\b.{0,60}"
        r"\b(?:saltar|salto|sauter|saute|springen|spring|pular|pulo|buttarmi|mi butto|me tiro|me jeter|aguanto"
        r"|aguento|ce la faccio|raison de rester|motivo para|razon para|passa daqui|pasa en|kommt gleich"
        r"|komt zo))\b",
        r"\s*(?:in (?:the|a) (?:game|film|movie|show|book|dream)|lol|haha|jaja|kkk|mdr)",
        negatable=False,
    ),
    _rule(
        "multi.commanded_harm",
        TO_OTHERS,
        CRISIS,
        # voices commanding harm to someone, in seven languages; slang for stabbing or killing someone
        r"\b(?:(?:voices?|stemmen|stimmen|voix|voci|vozes|voces) (?:\w+ ){0,3}(?:say|says|said|tell|tells|told|telling"
        r"|zeggen|zegt|sagen|sagt|disent|dit|dicono|dice|dizem|mandam|manda|dicen|ordonnent|befehlen)\b.{0,80}"
        r"\b(?:kill|hurt|stop (?:him|her|them)|cleanse|get rid of|eliminate|beseitigen|umbringen|toten|pakken|doden"
        r"|vermoorden|tuer|l'arreter|eliminer|acabar com|matar|ammazzare|uccidere|eliminare)"
        r"|(?:gonna|going to|finna|bout to|about to|i'?ll|imma|ima) (?:\w+ )?(?:shank|merk|murk) (?:him|her|them|that"
        r"|this|dat|dis|ur|your|my))\b",
        r"\s*(?:in (?:the|a) (?:game|film|movie|show|book|dream|story|novel|campaign)|lol|haha|at (?:\w+ )?(?:fifa"
        r"|chess|cod|fortnite|2k))",
        negatable=False,
    ),
    # --- twelfth round: signs the six languages still lacked (next-round files, issue #6) ---------------------------
    _rule(
        "multi.method_set_up",
        SUICIDE,
        CRISIS,
        # a hose on the exhaust, a person at the tracks with the next train named, pills put aside for tonight
        r"\b(?:schlauch (?:am|an den|vom|in den) auspuff|hose (?:on|to|into|from|in) the exhaust|(?:tubo|manguera) (?:al|del|en el)"
        r" escape|tuyau (?:sur|a|dans) l'echappement|tubo (?:di|allo|dello|nello) scarico|mangueira no escapamento"
        r"|slang (?:aan|op|in) de uitlaat"
        r"|(?:spoor|tracks|vias|binari|rails|gleise?n?|linha do trem)\b.{0,60}\b(?:next train|volgende trein|proximo tren"
        r"|prossimo treno|prochain train|nachste zug|proximo trem)"
        r"|(?:separei|juntei|guardei) (?:os|todos os|meus) (?:comprimidos|remedios)|(?:junte|guarde|aparte) (?:las|todas las"
        r"|mis) (?:pastillas|pildoras)|(?:tabletten|pillen) (?:\w+ ){0,2}(?:gesammelt|gehortet|gespart|zur seite gelegt)"
        r"|ho (?:messo da parte|conservato|accumulato) (?:le|tutte le) (?:pillole|pastiglie|compresse)"
        r"|(?:pillen|tabletten) (?:\w+ ){0,2}(?:verzameld|gespaard|opgespaard)|(?:j'ai )?(?:mis|garde) (?:des|mes|les)"
        r" (?:medicaments|cachets|comprimes) de cote)\b",
        r"\s*(?:in (?:the|a) (?:game|film|movie|show|book)|lol|haha|jaja|kkk|mdr|para (?:la|el) viaje|pour le voyage"
        r"|fur den urlaub|per il viaggio|para a viagem|voor de vakantie)",
        negatable=False,
    ),
    _rule(
        "multi.suicidal_thoughts",
        SUICIDE,
        CRISIS,
        # Portuguese "pensamentos suicidas" is in pt.suicide, Italian "pensieri di suicidio" in multi.passive_more
        r"\b(?:zelfmoordgedachten|suizidgedanken|suizidale gedanken|pensieri (?:suicidi|suicidari)|ideas suicidas"
        r"|ideacion suicida)\b",
    ),
    _rule(
        "multi.self_harm_told",
        SELF_HARM,
        CRISIS,
        # a burn or a cut told as done today or now, with the tool: "mi sono bruciata con la sigaretta"
        r"\b(?:mi sono (?:bruciat[oa]|tagliat[oa]) (?:\w+ ){0,3}con (?:la sigaretta|l'accendino|il taglierino|la lametta"
        r"|il rasoio)|(?:taglierino|lametta|rasoio) (?:sul|sulla|sui|sulle) (?:braccio|braccia|polso|polsi|gamba|gambe"
        r"|coscia|cosce)|(?:ben|zit) (?:me |mezelf )?(?:nu )?aan het snijden|(?:scheermesje|mesje)\b.{0,50}\bgesneden"
        r"|(?:to|tou|estou) com (?:a|uma) (?:lamina|gilete)\b.{0,30}\b(?:vou usar|na mao|aqui)"
        r"|me (?:queme|quemo) (?:\w+ ){0,3}con (?:el cigarro|el cigarrillo|el mechero)"
        r"|(?:je me suis brule\w*|je me brule) (?:\w+ ){0,3}avec (?:la|une|ma) cigarette"
        r"|(?:mich|mir) (?:\w+ ){0,3}mit (?:der|einer) zigarette verbrannt)\b",
        r"\s*(?:" + _BY_ACCIDENT + ")",
    ),
    _rule(
        "multi.unresponsive_now",
        MEDICAL,
        CRISIS,
        # someone who took something and now does not react and turns blue, seizes or has collapsed (someone who
        # cannot be woken: multi.emergency_now, with its exclusion of waking for school)
        r"\b(?:(?:no reacciona|no responde|no se despierta|reagiert nicht|ne reagit (?:pas|plus)|non reagisce|nao reage"
        r"|reageert niet)\b.{0,40}\b(?:azul|morad[oa]|blau|bleu|blu|roxo|blauw|no respira|atmet nicht|ne respire"
        r"|non respira|nao respira|ademt niet)"
        r"|(?:genommen|tomo|tomou|ha preso|a pris|genomen|took|taken)\b.{0,60}\b(?:krampft|convulsiona|convulsion"
        r"|convulse|convulsing|seizing|having a seizure|krampfanfall|stuiptrekt|ha le convulsioni)"
        r"|(?:ingestort|kollabiert|zusammengebrochen|se desmayo|desmaiou|s'est effondre|e svenut[oa]|e crollat[oa]"
        r"|collapsed)\b.{0,40}\b(?:pill\w*|pastilla|pilule|pasticca|bala|xtc|molly|ecstasy|md)\b"
        r"|(?:pill\w*|pastilla|pilule|pasticca|xtc|molly|ecstasy)\b.{0,40}\b(?:ingestort|kollabiert|zusammengebrochen"
        r"|se desmayo|desmaiou|s'est effondre|e svenut[oa]|e crollat[oa]|collapsed))\b",
        r"\s*(?:in (?:the|a) (?:game|film|movie|show|book)|lol|haha)",
        negatable=False,
    ),
    _rule(
        "multi.last_goodnight",
        SUICIDE,
        CRISIS,
        # a goodnight or a message called the last, as a farewell
        r"\b(?:good ?night forever|buenas noches para siempre|gute nacht fur immer|bonne nuit pour toujours"
        r"|buonanotte per sempre|boa noite para sempre|welterusten voor altijd|slaap lekker voor altijd"
        # "het laatste bericht" alone is the latest news; the last message must be the writer's
        r"|mijn laatste bericht|laatste bericht van mij|meine letzte nachricht|mi ultimo mensaje|il mio ultimo messaggio"
        r"|mon dernier message|minha ultima mensagem)\b"
        # the last message before the holidays, or today's, is not a farewell (in the same sentence); "for ever"
        # after it still is
        r"(?!(?!.{0,60}\b(?:forever|for good|para siempre|fur immer|pour toujours|per sempre|para sempre"
        r"|voor altijd|voorgoed)\b)[^.!?\n]{0,40}\b(?:before|antes|vor|avant|prima|voor(?! alles)|today|hoy|heute|aujourd'hui|oggi"
        r"|hoje|vandaag|in this (?:group|chat)|en este grupo|in dieser gruppe|dans ce groupe|in questo gruppo"
        r"|neste grupo|in deze groep))",
        r"\s*(?:in (?:the|a) (?:game|film|movie|show|book)|lol|haha|jaja|kkk|mdr)",
    ),
    _rule(
        "multi.overdose",
        MEDICAL,
        CRISIS,
        r"\b(?:me tome todas las pastillas|me tomei todos os comprimidos|ho preso tutte le pillole|ik heb alle pillen"
        r" (?:genomen|ingenomen))\b",
        negatable=False,
    ),
    _rule(
        "multi.never_born",
        SUICIDE,
        CRISIS,
        # the wish never to have been born, as "I wish I'd never been born" is in English
        r"\b(?:ojala (?:no|nunca) hubiera nacido|(?:quisiera|preferiria) no haber nacido"
        r"|(?:j'aurais (?:prefere|voulu)|j'aimerais) ne (?:jamais|pas) (?:etre nee?|naitre)"
        r"|ich wunschte,? ich ware nie geboren|ware ich (?:doch )?nie geboren"
        r"|vorrei non essere (?:mai )?nat[oa]|(?:queria|gostaria de|preferia) (?:nunca|nao) ter nascido"
        r"|ik wou dat ik (?:nooit|niet) geboren was|was ik (?:maar )?nooit geboren)\b",
    ),
    _rule(
        "multi.sexual_abuse",
        FROM_OTHERS,
        CRISIS,
        # rape told in the first person, and a relative or a figure of authority touching the writer
        r"\b(?:mi (?:hanno|ha) (?:violentat[oa]|stuprat[oa])|sono stat[oa] (?:violentat[oa]|stuprat[oa])"
        r"|(?:ik ben|ben ik|werd ik|ik werd) verkracht|(?:hij|ze) heeft me verkracht"
        r"|(?:fui|me) (?:estuprad[oa]|violentad[oa])|me estuprou"
        r"|(?:" + _ABUSER + r") (?:mi tocca|me (?:toca|manosea|toco|touche|tripote)|fasst mich (?:\w+ )?an"
        r"|(?:zit|zat) (?:steeds |altijd )?aan me|(?:passa|passou) a mao em mim|abusa de mim|abusou de mim))\b",
        # "mi tocca lavorare" (I have to work), "me toca a mí" (my turn), "il me touche beaucoup" (he moves me),
        # "me toca la guitarra" (plays it for me), "zit aan me te zeuren" (keeps nagging me)
        r"\s*(?:\w+(?:are|ere|ire|ar|er|ir)\b|a mi\b|el turno|beaucoup|profondement|au coeur|par (?:ses|sa|son)"
        r"|(?:la|el|una|un) (?:guitarra|piano|cancion|musica|bateria|violin|flauta)|te \w+)",
    ),
    _rule(
        "multi.tired_of_living",
        SUICIDE,
        CRISIS,
        # tired of living itself, not of living somewhere or with someone: "sono stanca di vivere"
        r"\b(?:(?:stanc[oa]|stuf[oa]) di vivere|(?:fatiguee?|las|lasse) de vivre|(?:cansad[oa]|fart[oa]) de viver"
        r"|(?:mude|satt) (?:vom|des) lebens?|(?:moe|zat) van het leven|het leven moe|levensmoe)\b",
        r"\s*(?:in|con|da|a|au|avec|en|dans|chez|em|com|aqui|no|na|bei|mit|hier|met|bij|sol[oa]|seul|sozinh[oa])\b",
    ),
    _rule(
        "multi.would_die",
        SUICIDE,
        CRISIS,
        # the wish in the conditional: "me gustaría morirme", "j'aimerais mourir", "ich wäre lieber tot"
        r"\b(?:" + _WOULD_DIE + r")\b",
        r"\s*(?:de (?:risa|verguenza|hambre|sueno|calor|frio|rir|fome|vergonha|rire|faim|honte|froid|chaud)"
        r"|vor (?:lachen|hunger|scham|langeweile)|van (?:het lachen|de honger|schaamte)|d[ai] (?:ridere|fame|vergogna)"
        r"|in (?:the|a|el|un|le|dem|een) (?:game|juego|jeu|spiel|spel)|lol|haha|jaja|mdr|kkk"
        # a good death, one day: "morir en paz a los 100 años", "mourir vieux, entouré de ma famille"
        r"|en paz|tranquil[oa]|de viej[oa]|a los \d+|en mi cama|vieux|vieille|en paix|paisiblement|dans mon lit"
        r"|a \d+ ans|in frieden|alt und|em paz|velh[oa]|in vrede|oud en|sur scene"
        # wanting to die on the spot is embarrassment: "quisiera morirme ahí mismo cuando me vio"
        r"|ahi mismo|alli mismo|sur le champ|sur place|auf der stelle|ter plekke|li per li|na hora"
        # a comparison is hyperbole: "ich würde lieber sterben als noch eine Mathestunde"
        r"|(?:\w+ ){0,2}(?:als|que|than|dan|piuttosto che|plutot que)\b)",
        jokeable=False,
    ),
)
