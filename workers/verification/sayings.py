"""Claims about a saying: what someone said, wrote, tweeted or shared, not what it says.

"Trump a tweeté en novembre 2016 qu'il y avait eu une fraude", "le gouvernement disait avoir
vacciné 887.000 personnes", "la vidéo a été partagée sur Facebook le 23 avril": such a claim
states that the saying took place. A fact-check that quotes the saying in order to reject its
content ("falsely", "gets it wrong", "no evidence") confirms the saying; it rejects only what
was said. So the passage's debunk frame is not read as a rejection of such a claim (on the
pooled real-text sets, four true claims of this kind were refuted as "debunked").
"""

from __future__ import annotations

import re

# A past or imperfect verb of saying, writing or sharing as the claim's predicate; a claim that
# only cites its source ("selon X, ...") is not one: it asserts the content.
_SAYING = re.compile(
    r"\b(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:tweet[ée]|twitt[ée]|[ée]crit|publi[ée]|post[ée]|"
    r"affirm[ée]|d[ée]clar[ée]|assur[ée]|pr[ée]tendu|dit|partag[ée]|relay[ée]|sign[ée])\b|"
    r"\b(?:disait|disaient|affirmait|affirmaient|d[ée]clarait|assurait|pr[ée]tendait)\b|"
    r"\b(?:a|ont|avait|avaient)\s+[ée]t[ée]\s+(?:partag|publi|diffus|relay|post|sign)[ée]e?s?\b|"
    r"\b[ée]tait\s+sign[ée]e?\b|"
    r"\b(?:tweeted|posted|claimed|wrote|stated|shared|said)\b|"
    r"\b(?:was|were|had\s+been)\s+(?:shared|posted|published|written|signed)\b",
    re.I,
)


def about_saying(claim_text: str) -> bool:
    """Whether the claim states that something was said, written or shared."""
    return _SAYING.search(claim_text) is not None


# The saying itself denied: "Clapper didn't say that", "Musk did not tweet", "there's no
# evidence she ever said that", "no such article has appeared", "a fabricated screenshot of a
# tweet", "une citation inventée", "il n'a jamais dit cela". Then the debunk rejects the claim.
_DENIED_SAYING = re.compile(
    r"\b(?:didn['’]t|did\s+not|never|has\s+not|hasn['’]t|had\s+not|not)\s+(?:ever\s+)?"
    r"(?:say|said|tweet|tweeted|write|wrote|post|posted|sign|signed|publish|published|claim)\b|"
    r"\bno\s+(?:evidence|record|proof|sign)\s+(?:that\s+)?(?:\w+\s+){0,2}(?:ever\s+)?"
    r"(?:said|say|tweeted|wrote|posted|made|signed|published)\b|"
    r"\bno\s+such\s+(?:article|tweet|post|quote|statement|video|op-?ed|letter|interview)\b|"
    r"\b(?:fabricated|fake|bogus|doctored|invented|made-up|altered|false)\s+"
    r"(?:quote|quotation|screenshot|tweet|post|statement|article)s?\b|"
    r"\b(?:screenshot|tweet|quote|quotation|post)\b[^.]{0,80}\b(?:is|was)\s+(?:fabricated|fake|"
    r"bogus|doctored|invented)\b|"
    r"\bn['’]\s*(?:a|avait|ont)\s+(?:jamais|pas|rien)\s+(?:\w+\s+)?(?:dit|tweet[ée]|[ée]crit|"
    r"publi[ée]|post[ée]|d[ée]clar[ée]|sign[ée]|affirm[ée])\b|"
    r"\b(?:citation|d[ée]claration|propos|tweet|capture\s+d['’][ée]cran|tribune)s?\s+"
    r"(?:invent[ée]e?s?|fabriqu[ée]e?s?|truqu[ée]e?s?|fausse?s?|apocryphes?)\b|"
    r"\b(?:fausse?s?|faux)\s+(?:citations?|d[ée]clarations?|propos|tweets?|captures?)\b|"
    r"\baucune\s+(?:trace|preuve)\b|\balleged\s+(?:quote|quotation|tweet|statement)\b|"
    r"\b(?:fake|bogus|fabricated|invented)\s+(?:\w+\s+)?(?:quotes?|quotations?|tweets?)\b",
    re.I,
)


def saying_denied(text: str) -> bool:
    """Whether the text denies the saying itself, not only what was said."""
    return _DENIED_SAYING.search(text) is not None
