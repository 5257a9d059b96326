"""Cues for checkable facts without figures: dates, places, roles, plans, setbacks, commentary.

Issue 19's misses on real wire copy followed these patterns ("au deuxième jour de la présidence
Trump, … à la Maison Blanche", "SoftBank en possède la marque", "commencera par un grand projet au
Texas", "des désaccords portent sur l'emplacement des futurs sites", "a essuyé des revers").
Word lists, not a model: each cue is a reason an editor can read in the candidate's signals.
"""

from __future__ import annotations

import re

from workers.claimfinder.cues import any_word
from workers.claimfinder.verbs import ADVERB

_MONTHS_FR = (
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|"
    "novembre|décembre|decembre"
)
_MONTHS_EN = "January|February|March|April|May|June|July|August|September|October|November|December"
_DAYS_FR = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
_DAYS_EN = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# When it happened: a weekday, a month, "hier", "au deuxième jour de", "last week".
DATE = re.compile(
    rf"(?<![\w])(?:{_DAYS_FR}|{_MONTHS_FR}|hier|avant-hier|la veille|le lendemain|"
    r"(?:la semaine|le mois|l'an|l'année) (?:dernière?|passée?|prochaine?)|"
    r"(?:premier|deuxième|second|troisième|\w+ième) jour|"
    r"en début d'année|en fin d'année|cette semaine|ce mois-ci|"
    # Deixis: the day the article speaks of ("ce soir", "cet après-midi", "this week").
    r"ce (?:soir|matin|midi|week-end)|cet après-midi|aujourd['’]hui|demain|cette nuit|"
    r"this (?:morning|afternoon|evening|week|weekend)|today|tonight|tomorrow|"
    rf"{_DAYS_EN}|{_MONTHS_EN}|yesterday|last (?:week|month|year)|next (?:week|month|year)|"
    r"earlier this (?:week|month|year))(?![\w])",
    re.IGNORECASE,
)
# Where it happened: a preposition then a proper name ("à la Maison Blanche", "au Texas",
# "in Abilene"). Case-sensitive on purpose: the capital letter is the evidence of a name.
PLACE = re.compile(
    r"(?<![\w])(?:à|au|aux|en|dans l['’]|dans le|dans la|près de|à la|in|at|near)\s+"
    r"(?:la |le |l['’])?[A-ZÀ-Ý][\w'’-]+"
)
# Who owns, funds, runs or partners with what.
ROLE = any_word(
    r"possède",
    r"possèdent",
    r"en possède",
    r"détenue?s? par",
    r"détiennent",
    r"propriété de",
    r"filiale",
    r"maison mère",
    r"bailleurs? de fonds",
    r"investisseurs?",
    r"porté par",
    r"financée? par",
    r"soutenue? par",
    r"en tant que",
    r"dirige",
    r"dirigée? par",
    # "Présidé par Philippe Claudel, le jury …": who chairs a body.
    r"présidée?s? par",
    r"chaired by",
    r"dirigeant",
    r"patron",
    r"cofondateur",
    r"fondée? par",
    r"a fondé",
    r"à la tête d",
    r"nommée?",
    r"ministre",
    r"associée?s?",
    r"s'associe",
    r"s'allie",
    r"alliance",
    r"partenariat",
    r"coentreprise",
    r"joint venture",
    r"fournisseur",
    r"client",
    r"backed by",
    r"funded by",
    r"owned by",
    r"subsidiary",
    r"parent company",
    r"investors?",
    r"led by",
    r"runs",
    r"co-founder",
    r"appointed",
    r"named",
    r"minister",
    r"partnership",
    r"partenariats?",
    r"partnerships?",
    r"providers?",
    r"suppliers?",
    r"accords?",
    r"agreements?",
    r"contrats?",
    r"contracts?",
    r"deals?",
    r"préside",
    r"présidera",
    r"chairs",
    r"heads",
    r"réunit",
    r"réunissant",
    r"rassemble",
    r"brings together",
    r"fonds sont privés",
    r"soutien financier",
    r"adossée?s? à",
    r"adossée?s? aux?",
    r"stake",
    r"participation",
)
# Things that happen in any news story: contests, elections, rulings, deaths, publications.
HAPPENED = any_word(
    r"remport\w+",
    r"gagn[ée]\w*",
    r"battu\w*",
    r"victoire",
    r"défaite",
    r"élue?s?",
    r"réélue?s?",
    r"nommée?s?",
    r"condamnée?s?",
    r"arrêtée?s?",
    r"tuée?s?",
    r"blessée?s?",
    r"mort",
    r"décédée?",
    r"publiée?s?",
    r"déposée?s?",
    r"won",
    r"beat",
    r"defeated",
    r"elected",
    r"re-elected",
    r"sentenced",
    r"arrested",
    r"killed",
    r"injured",
    r"died",
    r"published",
    r"released",
    r"filed",
)
# What went wrong or is contested: checkable, and what a fact-checker looks at first.
# A count of none, reported: "aucun dégât n'y a été signalé", "aucune victime ni aucun dégât
# n'ont été signalés", "no injuries were reported", "sans faire de morts". A figure (zero) that
# an editor checks like any count; "aucun doute" with no passive verb is not one.
NONE_REPORTED = re.compile(
    r"(?i:\baucun(?:e|s|es)?\s+\w+(?:\s+(?:ni|ou)\s+aucun\w*\s+\w+)?\s+"
    r"n['’]\s*(?:y\s+)?(?:a|ont|avait|avaient|est|sont)\s+été\s+\w+"
    r"|\bno\s+\w+\s+(?:were|was|have\s+been|has\s+been)\s+\w+ed\b"
    r"|\bno\s+one\s+(?:was|has\s+been)\s+\w+ed\b"
    r"|\bsans\s+(?:faire|causer|provoquer)\s+(?:de\s+|d['’])\w+)"
)
SETBACK = any_word(
    r"revers",
    r"essuyé",
    r"échec",
    r"faillite",
    r"désaccords?",
    r"différends?",
    r"conflit",
    r"litige",
    r"plainte",
    r"poursuivie?",
    r"procès",
    r"condamnée?",
    r"enquête",
    r"accusée?s?",
    r"démenti",
    r"dément",
    r"conteste",
    r"contesté",
    r"critiqué",
    r"doutes?",
    r"rejeté",
    r"refusé",
    r"retiré",
    r"quitté",
    r"démission\w*",
    r"sanction\w*",
    r"amende",
    r"bankruptcy",
    r"setbacks?",
    r"dispute[sd]?",
    r"disagreements?",
    r"lawsuit",
    r"sued",
    r"investigation",
    r"accused",
    r"denied",
    r"rejected",
    r"resigned",
    r"fined",
    r"doubts?",
    r"criticized",
    r"criticised",
    r"négociations?",
    r"negotiations?",
    r"pourparlers",
    r"talks",
    r"discorde",
    r"tensions?",
    r"points? de tension",
    r"(?:revoit|révise|revu|révisé\w*|revue) à la baisse",
    r"scaled back",
    r"corrosion",
    r"pannes?",
    r"mis à l['’]arrêt",
    r"mise à l['’]arrêt",
    r"affectée?s?",
    r"outages?",
    r"shutdowns?",
    r"motion de censure",
    # What has not happened yet is as checkable as what has.
    r"ha(?:s|ve) yet to",
    r"not yet",
    r"pas encore",
    r"toujours pas",
    r"censure",
)
# A plan: what someone will do, stated as fact ("commencera par", "s'étendra à").
PLAN = any_word(
    r"commencera",
    r"s'étendra",
    r"démarrera",
    # An obligation stated as fact: "doit ouvrir", "devra trancher", "devront voter" (a modal
    # then an infinitive, whatever the verb).
    r"(?:doit|doivent|devra|devront)\s+(?:\w+ment\s+|encore\s+|aussi\s+|désormais\s+)?"
    r"(?:être|\w{2,}(?:er|ir|re))",
    # A schedule stated as fact: "Lift-off is planned from …", "is targeted at 3:27 am", "le
    # lancement est prévu samedi".
    r"(?:is|are)\s+(?:now\s+|still\s+)?(?:planned|scheduled|targeted|slated)",
    r"(?:est|sont)\s+(?:désormais\s+|toujours\s+)?(?:prévue?s?|programmée?s?)",
    r"a l'intention de",
    r"prévoit de",
    r"prévoient de",
    r"projette",
    r"envisage",
    r"compte",
    r"will (?:start|begin|expand|open|build|create|invest)",
    r"plans? to",
    r"intends? to",
    r"(?:being |under )?considered",
    r"envisagée?s?",
    r"à l['’]étude",
    # A French future passive states a plan: "sera implanté au Texas", "seront livrées".
    r"(?:sera|seront) \w+(?:é|ée|és|ées|i|is|ie|ies|u|ue|us|ues|t|te|ts|tes)",
)
# A forecast of a future state, as opposed to a pledge ("prévoient d'injecter 100 milliards").
FORECAST = any_word(
    r"devrait",
    r"devraient",
    r"pourrait",
    r"pourraient",
    r"should",
    r"could",
    r"(?:is|are) (?:still |now |also )?expected to",
    r"forecasts?",
    r"prévision\w*",
    r"projections?",
    r"table sur",
    r"anticipe\w*",
)
# The article speaking in its own voice about meaning, stakes or mood: not a fact to check.
COMMENTARY = any_word(
    r"marque une étape",
    r"un signe fort",
    r"signe que",
    r"témoigne",
    r"illustre",
    r"reflète",
    r"reflètent",
    r"souligne l'importance",
    r"permettrait",
    r"pourrait façonner",
    r"un pari",
    r"une stratégie ambitieuse",
    r"à la hauteur",
    r"bat son plein",
    r"la course",
    r"un vent de",
    r"ne font pas les choses",
    r"se veut",
    r"n'est pas sans",
    r"on l'aura compris",
    r"force est de constater",
    r"à n'en pas douter",
    r"sans doute",
    r"il s'agit d'un",
    r"en d'autres termes",
    r"un nouveau chapitre",
    r"dans un contexte",
    r"a new chapter",
    # Thanks and compliments.
    r"remerci\w*",
    r"thanked",
    r"félicit\w*",
    r"congratulat\w*",
    # A stated purpose is the project's wish, not a fact ("l'initiative entend regrouper …").
    r"entend \w+",
    r"entendent \w+",
    r"visen?t? (?:\w+ment )?(?:à|la|le|les|l['’]|d['’]abord)",
    r"aims? (?:\w+ly )?to",
    r"is meant to",
    r"marks? a (?:\w+ )?(?:shift|turning point|milestone)",
    r"marque un (?:\w+ )?tournant",
    r"against a backdrop",
    r"autrement dit",
    r"signals?",
    r"underscores?",
    r"highlights? the",
    r"remains to be seen",
    r"time will tell",
    r"a sign of",
    r"a bet",
    r"urgently",
    r"il est urgent",
    r"monumentale?",
    r"retentissante?",
    # Framing and purpose: how someone presents a fact, not the fact.
    r"framed",
    r"the goal (?:of|is)",
    r"un message (?:\w+ )?fort",
)
# The article pointing at itself or at its source: "France Inter vous résume la situation",
# "C'est ce qu'indique le bulletin …". The facts are in the sentences around it, so the names and
# the date such a sentence carries must not make it a claim.
POINTER = any_word(
    r"vous (?:résume|explique|présente|propose)",
    r"c['’]est ce (?:qu['’]|que )(?:indique|indiquent|révèle|montre|rapporte|affirme)\w*",
    r"here(?:['’]s| is| are) what",
)
# Evaluative words: a factual sentence may carry one ("ce projet ambitieux réunit …"), so they
# weigh less than the commentary above.
EVALUATIVE = any_word(
    r"ambitieu\w+",
    r"ambitious",
    r"alléchantes?",
    r"effréné\w*",
    r"enjeux?",
    r"défis?",
    r"grandiose",
    r"inspirant\w*",
    r"je respecte",
    r"i respect",
)
# French compound past ("a annoncé", "ont signé", "a été nommé") and English simple past of a
# named actor: something happened. Participles end in é/i/u/t/s; "a été" alone is not enough.
# Words that show a quotation is the speaker's own statement (reported or direct speech).
SPEECH = any_word(
    r"a (?:dit|déclaré|affirmé|assuré|expliqué|indiqué|ajouté|précisé|souligné|estimé|"
    r"écrit|répondu|réagi|rétorqué|lancé|martelé|reconnu|admis|averti|prévenu|annoncé|"
    r"jugé|confié|raconté|insisté|promis|dénoncé|regretté|salué|qualifié)",
    r"ont (?:dit|déclaré|affirmé|assuré|expliqué|indiqué|ajouté|précisé|souligné|estimé|"
    r"écrit|répondu|réagi|annoncé|promis|dénoncé)",
    r"a-t-(?:il|elle) \w+é",
    # "…, a-t-on appris de sources judiciaires", "apprend-on auprès du parquet": the source
    # follows the verb.
    r"(?:a-t-on appris|apprend-on)(?=\s+(?:de|d['’]|auprès))",
    r"ont-(?:ils|elles) \w+é",
    r"(?:déclare|affirme|assure|explique|indique|ajoute|précise|souligne|estime|écrit|"
    r"répond|lance|martèle|reconnaît|admet|avertit|dénonce|promet|constate|qualifie)",
    r"(?:selon|d['’]après) (?:lui|elle|eux|elles)",
    # "Sputnik cited a source … as saying that", "was quoted as saying": reported speech.
    r"(?:(?:was|were|is|are)\s+(?:quoted|cited)\s+)?as saying",
    r"(?:said|says|told|wrote|writes|added|adds|stated|explained|insisted|warned|claimed|"
    r"claims|argued|argues|posted|tweeted|replied|responded|noted|acknowledged|admitted|"
    r"reported|revealed|confirmed)",
    r"a (?:rapporté|révélé|confirmé|fait savoir|rappelé|signalé|noté|fait valoir|fait état)",
    r"(?:accused|accuses|a accusé|accuse)",
    # A compound past with a "que" clause is reported speech, whatever the verb ("a signalé
    # qu'il y avait …", "ont fait valoir que …").
    r"(?:a|ont)\s+(?:\w+ment\s+)?\w+é(?=\s+(?:que\b|qu['’]))",
    # The pluperfect reports speech as the compound past does ("Une source médicale avait
    # auparavant indiqué à l'AFP que …"), and "faire" + an infinitive of saying with its "que"
    # clause ("a fait remarquer que", "avait fait observer que").
    rf"(?:avait|avaient)\s+(?:{ADVERB}\s+|auparavant\s+){{0,2}}"
    r"(?:dit|indiqué|déclaré|affirmé|expliqué|précisé|"
    r"annoncé|confié|assuré|souligné|estimé|raconté)(?=\s+(?:à|au|aux|que\b|qu['’]))",
    r"(?:a|ont|avait|avaient)\s+fait\s+\w+er(?=\s+(?:que\b|qu['’]))",
    r"predicts|predicted|forecasts|forecast that",
    r"(?:promett|indiqu|affirm|assur|expliqu|annonç|estim|précis)(?:ait|aient)",
)
# "Pour Elon Musk, il n'y a pas l'argent": the view is Musk's, as with "selon".
# Only where a clause opens: "vice-président … pour Hydro-Québec, lors d'une conférence" is a
# complement of the noun before it.
POUR_NAME = re.compile(
    r"(?:^\W*|[.;:]\s+|\b(?:[Mm]ais|[Ee]t|[Oo]r)\s+)[Pp]our\s+(?P<who>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)*)\s*,"
)
# A title names who someone is ("le président américain a dévoilé …"); the claim is a role only
# when the sentence gives the title ("Masayoshi Son sera le président de Stargate").
TITLE = any_word(
    r"président",
    r"présidente",
    r"chairman",
    r"chairwoman",
    r"chief executive",
    r"directeur",
    r"directrice",
    r"PDG",
    r"CEO",
    r"patron",
    r"dirigeant",
    r"ministre",
    r"minister",
    r"fondateur",
    r"founder",
    r"cofondateur",
    r"co-founder",
)
GIVES_TITLE = re.compile(
    r"(?<![\w])(?:sera|serait|est|devient|deviendra|reste|a été nommée?|a été élue?|nommée?|"
    r"will be|would be|is|becomes|became|remains|was named|was appointed|named|appointed|"
    r"(?:will )?serves? as|servira de|occupera le poste de|assumera)\s+"
    r"(?:(?:le|la|l['’]|the|its|their|his|her|son|sa|nouveau|nouvelle|new|premier|first)\s+)*"
    r"(?:" + TITLE.pattern[len(r"(?<![\w])(?:") : -len(r")(?![\w])")] + r")",
    re.IGNORECASE,
)
