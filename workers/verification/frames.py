"""Frames that change what a repeated figure means: debunks, reported speech, forecasts,
yes/no answers, and negation with its scope (English and French).

A passage that repeats a claim's figure does not support it when it quotes the claim to reject
it ("X claimed that ...; this is false"), attributes it to someone ("a viral post said"),
gives it as someone's forecast, or answers "No" to a question that restates it.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from workers.verification.lexicon import fold, same_acronym

if TYPE_CHECKING:
    from workers.verification.analysis import View

# Words of the fact-checker's verdict: the passage rejects what it quotes.
DEBUNK = re.compile(
    r"\b(?:false(?:ly)?|untrue|not\s+true|incorrect(?:ly)?|inaccurate|misleading|"
    r"mislead|fake|hoax|debunk(?:ed|s)?|fabricated|baseless|unfounded|no\s+evidence|"
    r"not\s+supported\s+by|wrong(?:ly)?|myth|bogus|not\s+so|overstat(?:ed|es|ing)|"
    r"exaggerat(?:ed|es|ing)|no\s+such|not\s+even\s+close|"
    # "it wasn't until 8 PM that …" tells when, it rejects nothing.
    r"(?:it|that|this|she|he|they)\s+(?:has|is|was|does|did|have)n['’]t"
    r"(?!\s+(?:until|till|before|long|only|just)\b)|didn['’]t\s+say|"
    r"n['’]est\s+pas\s+le\s+cas|c['’]est\s+faux|"
    r"faux|fausse(?:ment)?|trompeu(?:r|se)|infox|intox|erron[ée]e?|inexact(?:e)?|"
    r"aucune\s+preuve|rien\s+ne\s+(?:prouve|permet)|sans\s+fondement|à\s+tort|d[ée]menti?|"
    r"satire|satirical|parod(?:y|ie|ique)|doctored|photoshopped|out\s+of\s+context|"
    r"hors\s+contexte|fiction|d[ée]tourn[ée]e?s?|montage|truqu[ée]e?s?|manipul[ée]e?s?|"
    # "Contrary to the claim, ...", "contrairement à ce qu'affirme ...": the next words correct it.
    r"contrary\s+to\s+(?:the|this|that|his|her|their)\s+(?:claims?|assertions?)\b|"
    # The fact-checker's judgement of what is quoted: "contre-vérités", "not correct".
    r"contre-v[ée]rit[ée]s?|"
    r"not\s+(?:correct|accurate)|pas\s+(?:exact|vrai|correct)e?|"
    # A picture made by a machine is not what it claims to show.
    r"(?:created|generated|made)\s+(?:by|with|using)\s+(?:artificial\s+intelligence|AI)|"
    r"ai-generated|g[ée]n[ée]r[ée]e?s?\s+par\s+(?:l['’]\s*)?(?:ia|intelligence\s+artificielle)|"
    r"contrairement\s+(?:à|a)\s+ce\s+qu)\b"
    r"|^\s*(?:(?:fact[\s-]?check|vrai\s+ou\s+faux|verdict)\s*:\s*)?(?:No|Non)\s*[,.!:]",
    re.I,
)
# Someone else's statement, not the source's own: the figure is reported, not asserted.
REPORTED = re.compile(
    r"\b(?:claim(?:s|ed|ing)?(?:\s+that)?|alleg(?:e|es|ed|ing|edly)|purport(?:s|ed|edly)|"
    r"viral\s+(?:post|video|image|message|claim)|social\s+media\s+post|"
    r"rumou?rs?|pr[ée]tend(?:ent|ait|ant|u)?|all[ée]gu(?:e|ent|é)|supposed(?:ly)?|so-called|"
    r"soi-disant|pr[ée]tendue?s?|"
    r"publication\s+virale|affirm(?:e|ent|ait)\s+à\s+tort)\b",
    re.I,
)
# A figure given as someone's forecast of the future.
FORECAST = re.compile(
    r"\b(?:forecasts?|forecasted|predicts?|predicted|expects?\s+to|expected\s+to|"
    r"pr[ée]voi(?:t|ent)|pr[ée]visions?|pr[ée]dit|table\s+sur|anticipe|s['’]attend)\b",
    re.I,
)
# A prospect, a proposal or a new schedule in the figure's own clause is not the outcome:
# "devrions à peine atteindre", "prévoyant une récession de 5 %", "a proposé une réduction de
# 15 %", "reportée à l'été 2026".
_PROSPECT = re.compile(
    r"\b(?:devrions|pr[ée]voyant|propos[ée]e?s?|proposal|report[ée]e?s?\s+(?:à|au)|"
    r"postponed\s+(?:to|until))\b",
    re.I,
)
# A doubt right before the figure: "des centaines et peut-être des milliers" doubts the second.
_DOUBT = re.compile(r"\b(?:peut-[êe]tre|perhaps|possibly|maybe)\s+(?:\S+\s+){0,2}$", re.I)


def prospect(clause: str, before: str) -> bool:
    """The figure is a prospect: its clause proposes, plans or reschedules it, or a doubt
    ("peut-être", "perhaps") stands right before it (``before``: the text up to the figure)."""
    return _PROSPECT.search(clause) is not None or _DOUBT.search(before[-40:]) is not None


# Someone is reported to say something: with a verdict word next to it, the quote is rejected.
REPORTING = re.compile(
    r"\b(?:said|says|say|told|wrote|writes|tweeted|posted|according\s+to|stated|states|"
    r"a\s+d[ée]clar[ée]|a\s+affirm[ée]|affirm(?:e|ent|ait|aient)|assur(?:e|ent)|a\s+dit|selon|"
    r"d[ée]clare|pens(?:e|ent)\s+que|cro(?:it|ient)\s+que|believe|think|suggest(?:s|ed)?)\b",
    re.I,
)


# The claim speaks of the future too: a forecast then supports it as much as a fact would.
FUTURE = re.compile(
    r"\b(?:will|would|could|expected|forecast|plans?|going\s+to|by\s+20\d\d|va|vont|"
    r"sera|seront|devrait|devraient|pr[ée]voit|pourrait|d['’]ici)\b|\w+(?:ra|ront)\b",
    re.I,
)
# "not only ... but also" and "ne ... que" (only) are not negations.
_NOT_NEGATION = re.compile(
    r"\bnot\s+only\b|\bnon\s+seulement\b|\bn['’]\s*\w+\s+(?:\w+\s+)?qu['e]|\bne\s+\w+\s+"
    r"(?:\w+\s+)?qu['e]|\bno\s+(?:doubt|matter)\b|\bsans\s+(?:aucun\s+)?doute\b|"
    # "it wasn't until 8:11 PM that …" says "only at", like "ne … qu'à 20 h 11".
    r"\b\w+n['’]t\s+until\b|\bnot\s+until\b|"
    # A bound said through a negation ("pas moins de 780.000", "no fewer than 50") and a record
    # ("on n'avait pas vu ça depuis 1999", "not seen since 2008", "jamais vu") assert the figure.
    r"\bpas\s+moins\b|\bno\s+(?:fewer|less)\s+than\b|\bnot\s+less\s+than\b|"
    r"\bn['’]\s*(?:avait|a|ont|avaient|[ée]tait)\s+(?:pas|jamais|plus)\s+(?:vu|connu|enregistr[ée]\w*)\b|"
    r"\b(?:jamais|never)\s+(?:vue?s?|seen|recorded)\b|\b(?:not|never)\s+(?:been\s+)?seen\s+since\b",
    re.I,
)
_NEGATION = re.compile(
    r"\b(?:not|n't|never|no\s+longer|neither|nor|no|none|pas|jamais|aucun|aucune|nullement|"
    r"guère|denied|denies|déni[ée]?)\b|\b\w+n['’]t\b|\bn['’]\w+\s+(?:pas|jamais|plus|aucun)|\bne\s+\w+\s+"
    r"(?:pas|jamais|plus)\b",
    re.I,
)
_ANSWER = re.compile(
    r"\?\s*[\"'»”]?\s*(yes|no|oui|non|vrai|faux|true|false|"
    # A verdict as the answer: "...? That's satire", "...? C'est faux", "...? « Exagéré ! »".
    r"c['’]est\s+(?:vrai|faux|exact|inexact)|that['’]s\s+(?:true|false|satire|fake|not\s+true)|"
    r"satire)\b",
    re.I,
)
_YES = ("yes", "oui", "vrai", "true", "c'est vrai", "c'est exact", "that's true")


def negated(text: str) -> bool:
    """A negation marker outside the phrases that only look like one ("not only", "ne...que")."""
    return _NEGATION.search(_NOT_NEGATION.sub(" ", text)) is not None


# A condition ("if the billionaire doesn't leave", "si Israël ne cesse pas"), up to the end of
# its clause: what it negates is the condition, not the event the sentence asserts or asks.
_CONDITION = re.compile(r"\b(?:if|unless|si|sauf\s+si)\b[^?,;:.]*", re.I)


def asserts_negation(text: str) -> bool:
    """The text negates its main event, not only a condition attached to it."""
    return negated(_CONDITION.sub(" ", text))


# A question written without its mark ("did Labour reverse the cuts. Yes"): an auxiliary
# opens it and a bare yes/no follows its full stop.
_UNMARKED = re.compile(
    r"^\s*(?:did|does|do|is|was|are|were|has|have|had|can|could|will|would|should)\b"
    r"[^?]{5,300}?[.]\s*(yes|no)\b",
    re.I,
)  # the same auxiliaries as _AUXILIARY below


def answer(text: str) -> tuple[str, int] | None:
    """('yes' | 'no', where the question ends) when the text answers a question with yes/no."""
    match = _ANSWER.search(text)
    if match:
        word = fold(match.group(1))
        word = re.sub(r"\s+", " ", word.replace("’", "'"))
        return ("yes" if word in _YES else "no"), match.start() + 1
    if unmarked := _UNMARKED.match(text):
        word = fold(unmarked.group(1))
        return ("yes" if word == "yes" else "no"), unmarked.start(1) - 1
    return None


# The name of a fact-check rubric ("Le vrai ou faux", "True or false?") announces a verdict
# without giving one.
_RUBRIC = re.compile(
    r"\b(?:(?:le\s+)?vrai\s+ou\s+(?:c['’]est\s+)?faux|(?:le\s+)?vrai\s+du\s+faux|"
    r"vrai[/-]faux|true\s+or\s+false|fact\s+or\s+fiction|fake\s+off)\b|"
    # A refutation word denied or closing an assertion rejects nothing: "16,1 % de plus : on
    # peut parler de rebond sans crainte d'être démenti", "X has warmed, contrary to claim".
    r"\bsans\s+(?:crainte|peur|risque)\s+d['’]\s*[êe]tre\s+d[ée]menti\w*|"
    r"\bwithout\s+(?:fear\s+of\s+)?(?:being\s+)?contradict\w*|"
    r",?\s*contrary\s+to\s+(?:the\s+)?(?:claims?|posts?|rumou?rs?)(?=\s*(?:$|[.;\n]))",
    re.I,
)
# The fact-checker finds the claim unproven, not false: neither supported nor refuted.
UNSUBSTANTIATED = re.compile(
    r"\b(?:unsubstantiated|unproven|unverified|unverifiable|lacks?\s+context|"
    r"non\s+v[ée]rifi[ée]e?s?|inv[ée]rifiable|invérifié|impossible\s+à\s+v[ée]rifier)\b",
    re.I,
)


# A sentence that ends inside a quotation ("... employs 26 per cent of the workforce.”) is
# someone's words, quoted.
_QUOTED = re.compile(r"[”»]\s*$|[“«]\s*(?:\S+\s+){5,}[^“”«»]*[”»]\s*[.!?]\s*$")


def _verdict_words(text: str) -> str:
    return _RUBRIC.sub(" ", text)


def corrects(text: str, position: int) -> bool:
    """The figure at ``position`` follows the fact-checker's verdict ("This claim is false: the
    image shows ... in 2007", "C'est faux, il n'y a plus ... depuis 2009"): it is the
    correction, asserted by the source, not the claim it rejects."""
    text = _verdict_words(text)
    before = [m for m in DEBUNK.finditer(text, 0, position)]
    if not before or DEBUNK.search(text, position):
        return False
    verdict = before[-1]
    if not re.match(r"\s*[:,.;—–]", text[verdict.end() : position]):
        return False
    between = text[verdict.end() : position]
    return not (REPORTED.search(between) or REPORTING.search(between))


def frame(text: str, nearby: str = "") -> str | None:
    """'debunk', 'unsubstantiated', 'reported' or 'forecast' when a passage does not assert
    its figures itself.

    ``nearby`` is the text around the passage (headline, sentences before and after): a
    quote followed by "This is false." is rejected even though the verdict is not in it.
    """
    text, nearby = _verdict_words(text), _verdict_words(nearby)
    if UNSUBSTANTIATED.search(text) or (
        (REPORTED.search(text) or REPORTING.search(text)) and UNSUBSTANTIATED.search(nearby)
    ):
        return "unsubstantiated"
    if DEBUNK.search(text):
        return "debunk"
    if (REPORTED.search(text) or REPORTING.search(text)) and DEBUNK.search(nearby):
        return "debunk"
    if REPORTED.search(text) or _QUOTED.search(text):
        return "reported"
    if FORECAST.search(text):
        return "forecast"
    return None


# The claim's own words name the rumour, the hoax or its denial: it states a fact about the
# debunk ("la fausse annonce a circulé lundi", "the police denied any link"), so the passage's
# debunk frame is its subject, not a rejection of it.
_ABOUT_DEBUNK = re.compile(
    r"\b(?:false(?:ly)?|fake|hoax(?:es)?|rumou?rs?|deni(?:ed|es|al)|deny|debunk\w*|"
    r"misinformation|disinformation|fausse(?:ment|s)?|faux|rumeurs?|d[ée]menti\w*|d[ée]ment\w*|"
    r"infox|intox|canulars?|d[ée]sinformation|contre-v[ée]rit[ée]s?|montages?|truqu[ée]e?s?|photoshopp\w*|doctored|"
    r"staged|mise\s+en\s+sc[eè]ne|satire|satirique|parod\w*|g[ée]n[ée]r[ée]e?s?\s+par\s+"
    r"(?:l['’]\s*)?(?:ia|intelligence)|ai-generated)\b",
    re.I,
)


def about_debunk(text: str) -> bool:
    """Whether a claim speaks of a rumour, a hoax or its denial rather than asserting it."""
    return _ABOUT_DEBUNK.search(text) is not None


# A claim that itself reports a plan, a schedule or an estimate ("devait avoir lieu entre …",
# "L'Agreste estime la production à …", "was scheduled to"): a passage giving that plan or
# estimate supports it (holdout6: three true claims set aside as "figure given as a forecast").
_PLANNED = re.compile(
    r"\b(?:devait|devaient|[ée]tait\s+pr[ée]vue?|[ée]taient\s+pr[ée]vue?s|pr[ée]vue?s?\s+pour|"
    r"estime|estiment|estimait|estimaient|estimation|pr[ée]vision|projection|"
    r"was\s+(?:due|scheduled|expected|set)\s+to|were\s+(?:due|scheduled|expected|set)\s+to|"
    r"scheduled|estimates?|forecasts?|projects?|projected)\b",
    re.I,
)


def accepts_forecast(claim_text: str, passage_text: str) -> bool:
    """Whether a passage's forecast may support the claim: the claim speaks of the future or of
    a plan too, unless the passage predicts an outcome no party of it decides ("l'institution
    prévoit une hausse du PIB", "projections indicate ... could decline") and the claim states
    that outcome in the plain future ("Le PIB progressera de 0,9 %") rather than as a prospect:
    someone's prediction does not establish it (attribution_forecast, labelled NEE). A party's
    own plan ("Microsoft expects to spend") still supports "Microsoft va dépenser"."""
    prospect = (_PLANNED, _AIMED, FORECAST, _PREDICTION, _EXPECTS)
    if any(words.search(claim_text) for words in prospect):
        return True  # the claim reports the forecast, the plan or the aim itself
    return is_forecast(claim_text) and not _PREDICTION.search(passage_text)


# The claim says someone expects it: "Goldman Sachs expects demand to grow 160%".
_EXPECTS = re.compile(r"\b(?:expects?|anticipates?|predicts?|pr[ée]voi\w*)\b", re.I)
# Predicting an outcome: forecasters' words, not a party's plans ("expects to", "will").
_PREDICTION = re.compile(
    r"\b(?:pr[ée]voi(?:t|ent)\s+(?:une?|des|la|le)\s+(?:hausse|baisse|croissance|recul|"
    r"progression|repli|chute|diminution|augmentation)|pr[ée]visions?|projections?|"
    r"predicts?|predicted|forecasts?|forecasted|anticipe|table\s+sur)\b",
    re.I,
)


# A French conditional ("passerait sous les 2 %") or an aim in the past ("ambitionnait
# d'accueillir", "visait", "espérait"): the claim reports a prospect, not an outcome.
_AIMED = re.compile(
    r"\b\w{3,}(?<!port)(?<!xt)(?<!att)(?:rait|raient)\b|\b(?:ambitionn\w*|esp[ée]r(?:ait|aient)|vis(?:ait|aient)|"
    r"pr[ée]voyai(?:t|ent)|comptai(?:t|ent)|hoped|aimed)\b",
    re.I,
)


def is_forecast(text: str) -> bool:
    """The text states a forecast, a plan or an estimate rather than a fact."""
    return FUTURE.search(text) is not None or _PLANNED.search(text) is not None


def pair_questions(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a question to the sentence that answers it on the same line: they are one passage."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out:
            last_start, last_end = out[-1]
            same_line = "\n" not in text[last_end:start]
            asked = text[last_end - 1] == "?" or (
                _BARE_ANSWER.match(text[start:end]) and _AUXILIARY.match(text[last_start:last_end])
            )
            if asked and same_line:
                out[-1] = (last_start, end)
                continue
        out.append((start, end))
    return out


_BARE_ANSWER = re.compile(r"^\s*(?:yes|no|oui|non)\b", re.I)
_AUXILIARY = re.compile(
    r"^\s*(?:did|does|do|is|was|are|were|has|have|had|can|could|will|would|should)\b", re.I
)


# A denial restates most of a claim that names no party ("Video does not show the Nile filled
# with red water", "Turkey's president hasn't threatened to intervene"): with no party to check,
# only a close restatement, in the negated clause itself, lets the negation refute.
DENIAL_COVERAGE = 0.6
# Where a negated clause ends: punctuation, a contrast, or a second event ("n'a pas vendu le
# fleuve ... avant de céder sa place": the negation does not reach the second verb).
_CLAUSE_CUT = re.compile(
    r"[,;:.!?()«»\"“”]|\b(?:but|while|whereas|although|though|before|after|until|when|"
    r"mais|alors\s+que|tandis\s+que|avant|apr[eè]s|lorsque|quand|dont|which|who|whose)\b",
    re.I,
)


def denies(claim: View, passage: View, cover: float) -> float | None:
    """The confidence of a refutation when the passage negates, in the clause that restates
    it, what a claim naming no party asserts; None otherwise. A plan or forecast claim is left
    alone: "ne coiffera pas la septième couronne" says nothing of the next title."""
    from workers.verification.analysis import build_view, coverage

    if cover < DENIAL_COVERAGE or asserts_negation(claim.text) or is_forecast(claim.text):
        return None
    text = _CONDITION.sub(lambda m: " " * len(m.group()), passage.text)
    # The passage's condition is blanked out of its clauses: the claim's own condition ("si
    # Israël ne cessait pas ...") is then no part of what the denial must restate either.
    core = _CONDITION.sub(" ", claim.text)
    if core != claim.text:
        claim = build_view(core, claim.language)
    cuts = [0] + [m.end() for m in _CLAUSE_CUT.finditer(text)] + [len(text)]
    for start, end in pairwise(cuts):
        clause = text[start:end]
        if negated(clause) and coverage(claim, build_view(clause, passage.language).words) >= 0.5:
            return round(0.55 + 0.2 * min(1.0, cover), 3)
    return None


# The share of the claim's content words a debunk must restate to reject the claim. Translation
# loses words ("bail out" for "renflouer"), so a looser restatement is enough when the passage
# names no party the claim does not (a debunk of someone else's claim is not this one's).
DEBUNK_COVERAGE = 0.5
LOOSE_DEBUNK_COVERAGE = 0.35


def restates(claim: View, passage: View, cover: float) -> bool:
    """Whether a debunk restates the claim closely enough to reject it. In a question and its
    answer ("Is the image a real photo of X? No, that's not true: the person shown is Y"), what
    is rejected is the question: the claim must be restated there, not in the answer."""
    from workers.verification.analysis import build_view, coverage

    asked = passage.text.rfind("?")
    if asked > 0:
        question = build_view(passage.text[: asked + 1], passage.language)
        cover = min(cover, coverage(claim, question.words))
        passage = question
    if cover >= DEBUNK_COVERAGE:
        return True
    if cover < LOOSE_DEBUNK_COVERAGE or passage.actors - claim.actors:
        return False
    # Every name the claim gives is in the passage: "Netflix ... Joe Biden" is not restated by
    # a debunk of a Netflix film about someone else.
    folded = fold(passage.text)
    capitals = {fold(w) for w in _NAME.findall(passage.text) if w.isupper()}
    for name in _NAME.findall(claim.text[1:]):
        short = fold(name)
        if short[:4] not in folded and not any(same_acronym(short, c) for c in capitals):
            return False
    return True


# A name: a capitalised word of three letters or more ("Biden", "OTAN", "Netflix").
_NAME = re.compile(r"\b[A-ZÀ-Ý][\w-]{2,}")


# The statistic a figure is: an average is not a peak nor a median ("réuni en moyenne 18,4
# millions" against "un pic à 18,4 millions").
_STATISTICS = {
    "average": re.compile(r"\b(?:en\s+moyenne|moyenne|moyen|average|on\s+average|mean)\b", re.I),
    "peak": re.compile(r"\b(?:pic|peak|peaked|maximum|au\s+plus\s+fort)\b", re.I),
    "median": re.compile(r"\b(?:m[ée]diane?|median)\b", re.I),
}


def other_statistic(claim_text: str, passage_text: str, position: int) -> str | None:
    """'a peak, not an average' when the words right around the source figure name another
    statistic than the one the claim names; None otherwise."""
    said = {name for name, words in _STATISTICS.items() if words.search(claim_text)}
    if len(said) != 1:
        return None
    near = passage_text[max(0, position - 40) : position + 20]
    found = {name for name, words in _STATISTICS.items() if words.search(near)}
    if not found or said & found:
        return None
    claimed = next(iter(said))
    return f"a {min(found)}, not {'an' if claimed == 'average' else 'a'} {claimed}"


# The claim calls its figure final; the passage gives it as an estimate or a provisional count
# ("un chiffre définitif du ministère" against "l'Agreste estime la production à ...").
_FINAL = re.compile(
    r"\b(?:d[ée]finiti(?:f|ve|fs|ves)|final(?:e|es|s)?\s+(?:figures?|count|tally|results?)|"
    r"chiffres?\s+(?:officiels?\s+)?d[ée]finitifs?|officially\s+confirmed)\b",
    re.I,
)
_PROVISIONAL = re.compile(
    r"\b(?:estim\w*|provisoires?|pr[ée]liminaires?|preliminary|provisional|projected|"
    r"premi[eè]res?\s+estimations?|first\s+estimates?)\b",
    re.I,
)


def provisional(claim_text: str, clause: str) -> bool:
    """The claim states a final figure and the source's clause gives it as an estimate."""
    return _FINAL.search(claim_text) is not None and _PROVISIONAL.search(clause) is not None
