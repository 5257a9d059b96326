"""Verbs by their form: does a clause have one of its own, is an action completed (`DONE`)?

Closed-class verb forms and verb endings, no lexicon.

A sentence is cut into clauses only where each part states something with its own verb: "Deux
autres centres seront construits à Lordstown, et à Milam County, au Texas, par OpenAI" is one
fact with a list of places, not two facts. Without a tagger the test is one-sided: a form found
is surely a verb, a verb not found (a French present "figure", "touche") is missed, so a clause
in doubt stays in its sentence.
"""

from __future__ import annotations

import re

# Adverbs that sit between an auxiliary and its participle ("a largement accepté", "l'ont
# cependant soutenue", "a quand même augmenté"): any adverb in -ment, and a closed class of the
# others. Grammar words, the same in any article.
ADVERB = (
    r"(?:\w{3,}ment|déjà|aussi|bien|également|notamment|récemment|ensuite|finalement|"
    r"cependant|pourtant|toutefois|néanmoins|donc|alors|encore|enfin|même|quand même|"
    r"jamais|toujours|pas|plus|ainsi|d['’]abord|désormais|aujourd['’]hui|hier|"
    r"already|also|just|recently|finally|now|then|still|again|since|previously|officially|"
    r"formally|largely|narrowly)"
)
# French compound past ("a annoncé", "ont signé", "a été nommé", "a dit") and English simple past
# of a named actor: something happened. Participles end in é/i/u/t/s; "a été" alone is not
# enough; the short irregular ones ("dit", "fait", "mis", "pris") are named.
DONE = re.compile(
    rf"(?<![\w])(?:a|ont|avait|avaient|est|sont|a été|ont été)\s+(?:{ADVERB}\s+){{0,2}}"
    r"(?:été\s+)?(?:(?!été\b)\w{2,}(?:é|ée|és|ées|i|is|it|u|us|ert|erts|int)|dit|fait|mis|pris|"
    r"eu|vu|lu|su)(?![\w])"
    rf"|(?<![\w])(?:has|have|had|was|were)\s+(?:{ADVERB}\s+)?\w{{2,}}ed(?![\w])"
    r"|(?<![\w])[a-z]{3,}ed\s+(?:on|in|at|by|the|a|an|to|its|their|his|her)(?![\w])"
)
# Auxiliaries, modals and the commonest irregular verbs, in the forms news copy uses. A closed
# class: the list is the same for any article.
_FORMS = (
    # French: être, avoir, aller, faire, pouvoir, devoir, vouloir, falloir, dire, prendre…
    "est|sont|était|étaient|sera|seront|serait|seraient|fut|furent|soit|soient|"
    "ont|avait|avaient|aura|auront|aurait|auraient|eut|eurent|ait|aient|"
    "va|vont|allait|allaient|ira|iront|fait|font|faisait|fera|feront|"
    "peut|peuvent|pouvait|pourra|pourront|pourrait|pourraient|"
    "doit|doivent|devait|devaient|devra|devront|devrait|devraient|"
    "veut|veulent|voulait|faut|fallait|faudra|dit|disent|prend|prennent|met|mettent|"
    "tient|tiennent|vient|viennent|reste|restent|compte|comptent|figure|figurent|"
    "pouvant|étant|ayant|allant|faisant|"
    # English: be, have, do, modals and the commonest irregular pasts.
    "is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|shall|should|"
    "may|might|must|said|says|told|made|took|got|gave|went|came|won|lost|rose|fell|grew|"
    "began|saw|met|led|held|paid|built|sold|spent|brought|bought|became|left|found|kept"
)
# An elided pronoun may precede the verb ("l'ont soutenue", "qu'est-ce").
_FORM = re.compile(rf"(?<![\w-])(?:{_FORMS})(?![\w'’-])", re.IGNORECASE)
# Verb endings: French imperfect, conditional, simple past and future, third person plural
# (not the nouns and adverbs in -ment, -dent, -gent, -cent: "moment", "président", "argent"),
# a reflexive ("s'élève", "se trouvent"); English past in -ed.
_ENDING = re.compile(
    r"(?<![\w'’-])(?:\w{2,}(?:ait|aient|èrent|rait|raient|era|ira)|\w+(?:eront|iront)"
    r"|\w{2,}(?<!m|d|g|c)ent"
    r"|(?:se|s['’])\s*\w{3,}"
    r"|\w{3,}ed)(?![\w'’-])",
    re.IGNORECASE,
)
# French "a" (has) but not the English article: followed by a participle ("a annoncé", "a
# largement accepté", "a dit") or in "il y a".
_FRENCH_HAS = re.compile(
    rf"(?<![\w-])(?:y a|a\s+(?:{ADVERB}\s+){{0,2}}"
    r"(?:\w+(?:é|ée|és|ées|ert|erts|int|ris|uit|uits)|été|eu|dit|fait|mis|reçu|vu|pu|dû|su|"
    r"obtenu|conclu))(?![\w'’-])",
    re.IGNORECASE,
)
# A subject pronoun is followed by its verb ("and we expect this programme to …").
_PRONOUN_SUBJECT = re.compile(
    r"(?<![\w'’-])(?:we|they|he|she|i|il|elle|ils|elles|on|nous|vous|je|j['’])\s*\w{2,}",
    re.IGNORECASE,
)
# A clause that opens on a subordinator has a verb by grammar ("avant que Mayulu ne corse …").
_SUBORDINATE = re.compile(
    r"^\W*(?:et\s+|and\s+|mais\s+|but\s+)?(?:que|qu['’]|qui|avant qu|alors qu|tandis qu|"
    r"bien qu|while|whereas|which|who|although|précisant|ajoutant|soulignant)",
    re.IGNORECASE,
)


# A French present is surely a verb after a dative clitic ("la distinction lui ouvre la voie",
# "cela leur donne") or inside a negation ("ne recevra qu'un chèque", "n'en veut pas"); "le",
# "la", "les" are determiners as often as clitics and are left out.
_CLITIC_VERB = re.compile(
    r"(?<![\w'’-])(?:lui|leur)\s+[a-zà-ÿ]{3,}(?:e|es|ent)(?![\w'’-])"
    r"|(?<![\w'’-])(?:ne|n['’])\s*(?:(?:lui|leur|le|la|les|l['’]|y|en|se|s['’])\s*)?"
    r"[a-zà-ÿ]{2,}\s+(?:(?:pas|plus|jamais|que|rien|guère|point)(?![\w'’-])|qu['’])",
    re.IGNORECASE,
)


def has_verb(clause: str) -> bool:
    """True when the clause surely holds a verb of its own."""
    return bool(
        _SUBORDINATE.match(clause)
        or _FORM.search(clause)
        or _FRENCH_HAS.search(clause)
        or _ENDING.search(clause)
        or _PRONOUN_SUBJECT.search(clause)
        or _CLITIC_VERB.search(clause)
    )


_CONJUNCTION = re.compile(r"^[\W]*(?:and|et|but|mais|or|ou)\s+", re.IGNORECASE)


def lacks_subject(clause: str) -> bool:
    """ "…, and is stuffed with server racks": a clause that opens on its verb shares the subject
    of the one before; it goes on the same statement."""
    rest = clause[_CONJUNCTION.match(clause).end() :] if _CONJUNCTION.match(clause) else ""
    return bool(rest) and bool(_FORM.match(rest) or _FRENCH_HAS.match(rest))


# Verbs of deciding and acting by an institution or a person: voting, adopting, ruling,
# sentencing, appointing, awarding, opening, closing, signing… A closed class of stems, the same
# in any article; the form around the stem says the act is finite and done or decided (a compound
# past, "s'est abstenue", a past participle after "a", a present or simple past third person,
# the subject inverted after the verb: "a tranché la Cour").
_DECISION_STEMS_FR = (
    r"vot|adopt|approuv|décid|tranch|statu|jug|condamn|relax|acquitt|nomm|désign|"
    r"attribu|décern|récompens|couronn|inaugur|ferm|sign|ratifi|promulgu|rejet|annul|"
    r"confirm|infirm|valid|autoris|interd|suspend|révoqu|limog|destitu|invest|"
    r"abst|plac|renvoy|ordonn|prononc|accord|octroy|entérin|homologu|lanc|"
    r"ouv|él|réél|sacr|recondu|reç"
)
# In the present or simple past, only the stems that are no common noun or adjective as well
# ("la place", "un accord", "le signe" stay out).
_DECISION_PRESENT_FR = (
    r"vot|adopt|approuv|décid|tranch|statu|condamn|relax|acquitt|nomm|désign|attribu|décern|"
    r"inaugur|ratifi|promulgu|rejett|annul|confirm|infirm|valid|autoris|suspend|révoqu|limog|"
    r"destitu|ordonn|prononc|octroi|entérin|homologu"
)
_DECISION_EN = (
    r"voted|approved|adopted|decided|ruled|sentenced|convicted|acquitted|cleared|appointed|"
    r"elected|re-elected|awarded|opened|closed|signed|ratified|rejected|upheld|overturned|"
    r"abstained|postponed|suspended|banned|authori[sz]ed|dismissed|fired|ordered|granted|"
    r"launched|inaugurated|named"
)
DECIDED = re.compile(
    # French compound past or reflexive: "ont voté", "s'est abstenue", "a été condamné",
    # "avait été nommé", "a finalement tranché".
    rf"(?<![\w'’-])(?:a|ont|avait|avaient|est|sont|s['’]est|se sont|a été|ont été|avait été|"
    rf"avaient été)\s+(?:{ADVERB}\s+){{0,2}}(?:été\s+)?"
    rf"(?:{_DECISION_STEMS_FR})\w*(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|ert|erte|erts|ertes|"
    r"it|ite|its|ites)(?![\w'’-])"
    # French present or simple past, third person: "le conseil vote", "la cour confirme",
    # "le jury décerna".
    rf"|(?<![\w'’-])(?:{_DECISION_PRESENT_FR})\w*(?:e|ent|a|èrent|it|irent)"
    r"(?=\s+(?:le|la|les|l['’]|un|une|des|du|à|au|aux|ce|cette|son|sa|ses|leur|leurs)\b)"
    rf"|(?<![\w'’-])(?:has|have|had|was|were)?\s*(?:{ADVERB}\s+)?(?:{_DECISION_EN})(?![\w'’-])"
    # A decision that is due, stated as fact: "le gouvernement devra trancher", "le conseil
    # doit voter".
    rf"|(?<![\w'’-])(?:doit|doivent|devra|devront)\s+(?:{ADVERB}\s+)?"
    rf"(?:{_DECISION_PRESENT_FR})\w*(?:er|ir|re)(?![\w'’-])",
    re.IGNORECASE,
)
# Who decides or acts as a body: a small closed class of institutional nouns, the subject of such
# a verb when no proper name is ("l'opposition s'est abstenue", "les élus ont voté").
ACTOR = re.compile(
    r"(?<![\w'’-])(?:(?:la|le|les|l['’]|cette|ce|the|its|their)\s*)"
    r"(?:cour|tribunal|juges?|jury|conseil|élus|opposition|majorité|gouvernement|assemblée|"
    r"parlement|sénat|sénateurs|députés|commission|comité|ministère|mairie|maire|préfet|"
    r"préfecture|parquet|procureur|direction|syndicats?|actionnaires|conseillers|"
    r"court|judge|jury|council|board|government|parliament|senate|congress|committee|"
    r"commission|ministry|mayor|lawmakers|shareholders|regulator|prosecutors?)(?![\w'’-])",
    re.IGNORECASE,
)
