"""Crisis-screen rules for more languages and for the forms the first Spanish, German and French rules missed.

Italian, Portuguese and Dutch get explicit phrases of each kind (intent to die, self-harm, violence from a
partner or parent, overdose), since the English MiniLM model does not rescue them; Spanish, German and French
get past-tense and indirect forms (a farewell letter written, a box of pills taken, strangled, not waking up).
Written against `agent.crisis.normalise` output: lower case, no diacritics, plain apostrophes.
"""

from __future__ import annotations

from agent.crisis_rules import CONCERN, CRISIS, FROM_OTHERS, MEDICAL, SELF_HARM, SUICIDE, Rule, _rule

# Laughing/figurative continuations shared by the Romance languages ("muoio dal ridere", "morrendo de rir").
_FIG_ROMANCE = r"\s*(?:d[ai] (?:ridere|fame|sonno|noia|caldo|freddo|vergogna)|de (?:rir|fome|sono|tedio|calor|frio|vergonha|saudade|cansaco))"

RULES: tuple[Rule, ...] = (
    # --- Italian --------------------------------------------------------------------------------------------
    _rule(
        "it.suicide",
        SUICIDE,
        CRISIS,
        r"\b(?:voglio morire|vorrei morire|(?:voglio|vorrei|penso di|pensando di|sto per) farla finita(?! con)|uccidermi|ammazzarmi|suicidarmi"
        r"|togliermi la vita|mi (?:ammazzo|uccido)|sparire per sempre|morire o no|non (?:voglio|ho piu voglia di) vivere|non voglio piu vivere|pensieri suicidi"
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
        r"\b(?:me corto|me cortei|me cortando|me machucar|me machuco|automutila\w*|me ferir de proposito)\b",
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
        r"|ombrengen|iets aandoen)|er een eind aan (?:te )?maken|een einde aan mijn leven|mijn leven beeindigen"
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
        r"|verkrachtte me|huiselijk geweld)\b",
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
        r"\b(?:me (?:estrangulo|ahorco|amenazo con un cuchillo|pego con|encierra|encerro|quema|quemo|patea|pateo"
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
        r"|mich erschiessen|(?:die )?pulsadern aufschneiden|mir (?:etwas|was) antun|me pendre|me tirer une balle"
        r"|me foutre en l'air|sauter par la fenetre|impiccarmi|spararmi|me enforcar|cortar os pulsos)\b",
    ),
    _rule(
        "multi.concern",
        SUICIDE,
        CONCERN,
        r"\b(?:keinen ausweg mehr|halte das nicht mehr aus|je ne vois plus d'issue|je n'ai plus la force|no veo (?:ninguna )?"
        r"salida|non ce la faccio piu|nao aguento mais|ik kan niet meer)\b",
    ),
    _rule(
        "multi.overdose",
        MEDICAL,
        CRISIS,
        r"\b(?:me tome todas las pastillas|me tomei todos os comprimidos|ho preso tutte le pillole|ik heb alle pillen"
        r" (?:genomen|ingenomen))\b",
        negatable=False,
    ),
)
