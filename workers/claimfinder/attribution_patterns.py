"""The cues of attribution as regular expressions: speech verbs, leads, roles, complements.

Kept apart from attributions.py, which reads them: the vocabulary grows with each class of
news copy, the logic should not.
"""

import re

from workers.claimfinder.attribution_names import ADJECTIVE, NAME

_DETERMINER = (
    r"(?:(?:le|la|les|l['’]|un|une|des|du|de|d['’]|the|a|an|its|their|son|sa|ses|leur|"
    r"plusieurs|several)\s*)*"
)
# Verbs of speech. French past participles go after "a/ont/avait"; present forms stand alone.
_FR_VERBS = (
    r"(?:annoncé|indiqué|estimé|affirmé|déclaré|précisé|expliqué|assuré|confirmé|souligné|"
    r"rapporté|révélé|dit|écrit|calculé|chiffré|publié|prévenu|averti|jugé|reconnu|rappelé|"
    r"signalé|ajouté|noté|relevé|observé|détaillé|martelé|soutenu|admis|concédé|répondu|"
    r"répliqué|prédit|avancé|fait\s+savoir|fait\s+valoir|insisté|démenti|constaté|raconté|"
    r"lancé|poursuivi|conclu|résumé|dénoncé|regretté|déploré|confié|commenté|tranché|ironisé|"
    r"plaidé|argué|répété|témoigné|glissé|rétorqué|objecté)"
)
_FR_PRESENT = (
    r"(?:annonce|indique|estime|affirme|déclare|précise|explique|assure|confirme|souligne|"
    r"rapporte|révèle|calcule|chiffre|publie|prévient|avertit|juge|rappelle|signale|ajoute|"
    r"note|relève|observe|détaille|martèle|soutient|constate|reconnaît|poursuit|conclut|"
    r"insiste|résume|raconte|confie|dit|écrit|"
    # The imperfect of reported speech: "X a déclaré que la Banque de France estimait que".
    r"estimait|estimaient|indiquait|indiquaient|affirmait|affirmaient|jugeait|jugeaient|"
    r"prévoyait|prévoyaient|calculait|calculaient|assurait|assuraient)"
)
_FR_AUX = r"(?:a|ont|avait|avaient|aurait|auraient)"
# "X a indiqué mardi que", "X a précisé dans un communiqué que": short adverbials allowed.
_FR_ADVERB = (
    r"(?:aussi|déjà|encore|également|ainsi|récemment|notamment|pourtant|toutefois|lui-même|"
    r"ensuite|d['’]abord|enfin|clairement|publiquement|officiellement|pour\s+sa\s+part|"
    r"de\s+son\s+côté|par\s+ailleurs|quant\s+à\s+(?:lui|elle)|jour-là|jour|\([^()]{1,40}\)|"
    r"elle-même|hier|aujourd['’]hui|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"matin|soir|après-midi|ce|cette|la|semaine|dernière|dernier|dans\s+(?:un|une|son|sa)\s+"
    r"(?:communiqué|note|rapport|déclaration|entretien|interview|courriel|message|bulletin)|"
    r"à\s+l['’]AFP|à\s+Reuters|à\s+la\s+presse|sur\s+(?:Twitter|X|Facebook|LinkedIn|"
    r"les\s+réseaux\s+sociaux|son\s+compte\s+\w+))"
)
# Speech is introduced: "que", a colon, an opening quote, the sentence's end, or an aside
# then "que" ("a précisé, devant les députés, qu'il"; not "a démenti, jeudi, une information").
_FR_SPEECH = (
    rf"(?:\s+{_FR_ADVERB}){{0,3}}"
    r"(?=\s*(?:que\b|qu['’]|[:«\"“]|\.?$|,[^,.;]{1,70},\s*qu|,\s*[«\"“]|ne\s+pas\b|n['’]|"
    r"(?!(?:notre|votre|autre|entre|contre|outre|premier|dernier|hier)\b)[a-zà-öø-ÿ]+(?:er|ir|re)\b|"
    r"(?:à|au|aux|devant|lors|pendant|après|avant|sur|en|depuis|dans|auprès)\s[^,.;:«»\"“”]{1,40}?"
    r"\s(?:que\b|qu['’])))"
)
# English verbs that report speech whatever follows, and verbs that do only before "that", a
# colon, a comma or a quote ("Harbor Lane reported revenue" is a fact, not a source).
_EN_SPEECH = (
    r"(?:said|says|told|tells|stated|states|added|adds|wrote|writes|explained|explains|argued|"
    r"argues|claimed|claims|insisted|insists|acknowledged|admitted|cautioned|commented|"
    r"declared|remarked|testified|tweeted)"
)
_EN_REPORT = (
    r"(?:announced|announces|estimated|estimates|reported|reports|confirmed|confirms|noted|"
    r"notes|predicted|predicts|found|finds|warned|warns|revealed|reveals|projected|projects|"
    r"forecast|forecasts|expects|expected|believes|believed|suggested|suggests)"
)
_EN_ADVERB = (
    r"(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|"
    r"last\s+(?:week|month|year)|in\s+a\s+(?:statement|report|note|filing|post|letter|"
    r"interview)|also|previously|recently)"
)
_EN_VERB = (
    rf"(?:(?:has|had|have)\s+)?(?:{_EN_SPEECH}\b|{_EN_REPORT}(?:\s+{_EN_ADVERB}){{0,2}}"
    rf"(?=\s*(?:that\b|[:,“\"]|\.?$)))"
)
SUBJECT_VERB = re.compile(
    rf"(?:\b{_FR_AUX}\s+(?:{_FR_ADVERB}\s+){{0,2}}{_FR_VERBS}|\b{_FR_PRESENT}){_FR_SPEECH}|\b{_EN_VERB}"
)
# "selon X", "d'après X", "according to X", "comme l'a souligné X", "de source X". Not "cité
# par X" / "quoted by X": X only relays the speaker ("a déclaré Dmitri Peskov, cité par Tass").
LEADS = re.compile(
    r"\b(?:selon|d['’]après|according\s+to|"
    r"as\s+reported\s+by|de\s+source|comme\s+(?:l['’]a|le|la|les)\s+(?:"
    rf"{_FR_VERBS}|{_FR_PRESENT}))\s+(?P<phrase>[^,;:!?()«»\"“”]{{1,120}})",
    re.IGNORECASE,
)
# A role before a name: "a déclaré le docteur Hélène Marchal", "indique le ministre X".
_ROLE = (
    r"(?:ministre|présidente?|préfète|préfet|gouverneure?|commissaire|docteure?|professeure?|maire|porte-parole|patronne|patron|PDG|"
    r"secrétaire\s+générale?|secretary-general|secretary\s+general|head|director|"
    r"directeur|directrice|avocate?|juge|procureure?|sénatrice|sénateur|députée?|"
    r"(?:chief\s+)?executive|spokes(?:man|woman|person)|analyst|economist|professor)"
)
# "…, a indiqué l'AFP", "« … », estime Jean Dupont", "…, said Larry Ellison".
_REFLEXIVE = (
    r"s['’]est\s+(?:félicitée?|réjouie?|inquiétée?|alarmée?|indignée?|défendue?|exclamée?|"
    r"interrogée?|emportée?|agacée?)"
)
# "le PDG de Renault, Luca de Meo": a role, its organisation, then the name.
# "la société américaine Nvidia", "le quotidien Le Monde": what kind of party, then its name.
_DESCRIPTOR = (
    r"(?:société|groupe|entreprise|constructeur|géant|fabricant|opérateur|laboratoire|banque|"
    r"assureur|compagnie|quotidien|journal|hebdomadaire|magazine|chaîne|agence|cabinet|"
    r"syndicat|company|firm|group|newspaper|agency|broadcaster|bank|carrier|maker)"
)
_ROLE_OF = (
    rf"(?:{_ROLE}(?:\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of(?:\s+the)?)\s*"
    rf"(?:{NAME}|[a-zà-öø-ÿ]+)\s*,)?|{_DESCRIPTOR}(?:\s+{ADJECTIVE})*)\s+"
)
VERB_SUBJECT = re.compile(
    rf"[,»”\"]\s*(?:{_FR_AUX}\s+(?:{_FR_ADVERB}\s+){{0,2}}{_FR_VERBS}|{_FR_PRESENT}|{_REFLEXIVE}|"
    r"said|says|added|wrote|tweeted|explained|noted|argued|warned|insisted|stated|told)"
    rf"(?:\s+{_FR_ADVERB}){{0,2}}\s+{_DETERMINER}(?:{_ROLE_OF})?(?P<name>{NAME})"
)
# "a-t-il déclaré", "estime-t-elle", "said he": whom the pronoun stands for is resolved only
# when the sentence names exactly one party.
PRONOUN = re.compile(
    rf"\b(?:{_FR_AUX}-t-(?:il|elle)\s+{_FR_VERBS}|{_FR_PRESENT}-(?:t-)?(?:il|elle)\b)"
    r"|[,”\"]\s*(?:he|she)\s+(?:said|added)\b",
    re.IGNORECASE,
)
# "insiders told the Financial Times": the publication the sources spoke to is the source.
TOLD = re.compile(
    rf"\b(?:told|ont\s+confié\s+à|a\s+confié\s+à)\s+(?:the\s+|au\s+|à\s+)?(?P<name>{NAME})"
)
# A name right after these is a complement ("the lead at the WHO's European Office said").
COMPLEMENT = re.compile(
    r"(?:\b(?:at|of|for|in|from|with|to|on|about|against|de|du|des|à|au|aux|par|pour|chez|sur|"
    r"dans|en|avec|contre|entre|vers)"
    r"(?:\s+(?:the|la|le|les))?|\b(?:de|à)\s+l['’]|['’]s|\bd['’]|\bl['’]a)\s*(?:\([^)]*\)\s*)?$",
    re.IGNORECASE,
)
# In a lead, a name after these is a place ("selon une source à Washington"), not a source.
LOCATIVE = re.compile(r"\b(?:à|au|aux|en|in|at|dans|near|près\s+de|outside)\s*$", re.IGNORECASE)
RELATIVE = re.compile(r"\b(?:qui|que|qu['’]|dont|où|which|who|whose|that|where)\b", re.IGNORECASE)
_PEOPLE = (
    r"(?:executives|officials|spokesman|spokeswoman|spokesperson|analysts|economists|"
    r"researchers|representatives|sources)"
)
NAME_THEN_PEOPLE = re.compile(rf"(?P<name>{NAME})\s+{_PEOPLE}$")
ROLE_THEN_NAME = re.compile(
    rf"{_DETERMINER}(?:vice-)?{_ROLE}\b[^,.;:!?()«»\"“”]{{0,60}},\s*(?P<name>{NAME})\s*(?:[,;.]|$)"
)
# "Pour Elon Musk, il n'y a pas l'argent": a person's opinion opens the sentence. Only a
# person: "Pour la France, …" says whom a fact concerns, not who states it.
FOR_PERSON = re.compile(rf"^\s*Pour\s+(?P<name>{NAME})\s*,")
APPOSED = re.compile(rf",\s*(?P<name>{NAME})\s*(?:[,.]|$)")
OPENING = re.compile(
    r"\s*(?:(?:pour|selon|d['’]après|for|according\s+to|mais|but|et|and)\s+)?"
    rf"{_DETERMINER}(?:[lLdD]['’])?",
    re.IGNORECASE,
)
QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")
NAME_AT_END = re.compile(rf"(?:{NAME})\s*$")
NAME_AT_START = re.compile(rf"^\s*{_DETERMINER}(?P<name>{NAME})")
NAME_RUN = re.compile(NAME)
