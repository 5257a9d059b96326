"""How check-worthy a statement is, and what kind of claim it makes."""

from __future__ import annotations

import re

from workers.claimfinder import cues, facts, outcomes, stance, verbs

_CAPITALIZED = re.compile(r"\b(?:[A-ZÀ-Ý][a-zà-ÿ]+[A-Z]\w*|[A-ZÀ-Ý]{2,}|[A-ZÀ-Ý][a-zà-ÿ'’-]+)\b")
_MONTHS = (
    r"janv\w*|févr\w*|fevr\w*|mars|avr\w*|mai|juin|juil\w*|août|aout|sept\w*|oct\w*|nov\w*|"
    r"déc\w*|dec\w*|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*"
)
_MONTH_BEFORE = re.compile(rf"(?i:\b(?:{_MONTHS})\.?\s*)$")
_MONTH_AFTER = re.compile(rf"(?i:\s*(?:{_MONTHS})\b)")
_ARTICLE = re.compile(r"(?i:\barticles?\s*)$")
# A number that is part of a name: "le réacteur numéro 2", "n°2", "No. 4", "Fessenheim 2".
_IDENTIFIER_BEFORE = re.compile(
    r"(?:(?i:\bnuméro|\bn[°º]|\bno\.|#)\s*|\b(?P<name>[A-ZÀ-Ý][\w-]+)\s)$"
)
# Small spelled numbers that are figures all the same: "un seul centre", "deux fois plus".
_SMALL_FIGURES = frozenset({"fois", "times"})
# After a sentence's first word: another name ("Sam Altman") or an appositive that says
# what it is ("Nvidia, un autre acteur clé …", "Oracle, the cloud company, …").
_NAME_RUN = re.compile(r"\s+[A-ZÀ-Ý][a-zà-ÿ]+|,\s+(?:un|une|le|la|l['’]|the|a|an)\s")
# What may come just before a sentence's first word: a full stop, a line break, a quotation mark.
_SENTENCE_START = re.compile(r"(?:^|[.!?…:\n«\"“]\s*)$")
# "est porté par", "sont détenus par": a present passive states a relation, not an action.
_STATE = re.compile(r"(?:est|sont)\s", re.IGNORECASE)
_NOT_MEASURES = frozenset({"year", "date"})
_AMOUNTS = frozenset({"currency", "count"})
_COUNTED = re.compile(r"[\s\"»”]*(?:de|d['’]|of)\s*\w", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# "We wouldn't have decided", "could have been": a compound past under a modal or a negation
# did not happen.
_MODAL_BEFORE = re.compile(r"(?i:\b(?:would|could|should|might|must|not)|n['’]t)\s*$")
# French simple future (3rd person: "quittera", "reprendra", "pourra", "devront"; lower case,
# so names such as "Riviera" are not verbs) and "va / vont" with an infinitive. Read only in a
# French sentence (one with a French determiner): "camera" is no future.
_FUTURE_TENSE = re.compile(
    r"(?<![\w'’-])[a-zà-ÿ]{2,}(?:era|eront|ira|iront|dra|dront|rra|rront|ura|uront|vra|vront)"
    r"(?![\w'’-])"
    r"|(?<![\w'’-])(?:va|vont)\s+(?:\w+ment\s+|encore\s+|bientôt\s+)?[a-zà-ÿ]{2,}(?:er|ir|re)\b"
)
# "allait / allaient" + an infinitive: the future as seen from a past statement.
_FUTURE_IN_PAST = re.compile(
    r"(?<![\w'’-])(?:allait|allaient)\s+(?:\w+ment\s+|encore\s+|bientôt\s+)?[a-zà-ÿ]{2,}(?:er|ir|re)\b"
)
_FRENCH_DETERMINER = re.compile(r"(?i:\b(?:le|la|les|des|du|une|aux)\b)")
# First person, as a closed class of pronouns and possessives; "US" in capitals is the country,
# and any word in capitals an acronym or a unit ("98,0 ME", millions of euros).
_FIRST_PERSON = re.compile(
    r"(?<![\w'’])(?![A-Z]{2,}(?![\w'’]))"
    r"(?:(?i:je|j['’]|nous|notre|nos|moi|mon|ma|mes|we|our|my|me)|I|us)(?![\w'’])"
)
# "« Il avait accepté … »", "« Il a été ramassé dans la rue »": a speaker's account of someone
# named before, told in their own words, stays a quote; "« une enquête a été ouverte »" (a noun
# subject) reports the event itself.
_PRONOUN_BEFORE = re.compile(r"(?i:(?<![\w'’])(?:il|elle|ils|elles|he|she|they)\s*)$")
_QUOTED_SPAN = re.compile(r"«[^«»]*»|“[^“”]*”|\"[^\"]*\"")
# What a plain past fact anchored in a name, place, date, figure or person gains (see `score`).
PLAIN_FACT = 0.2
# What the tail of a sentence (opening lower case, no figure) loses.
FRAGMENT = 0.1
# What first-person intention or plea without a figure loses.
RHETORIC = 0.15
# What a statement that something is not known (and carries no figure) loses.
UNKNOWN = 0.3
# What a source declining to say anything loses: more than being named and sourced adds.
NO_COMMENT = 0.6
# What an impression ("seem to", "il semble") loses without a figure.
GUESS = 0.3
# A third-person pronoun subject names who, as the sentence before said it.
_SUBJECT_PRONOUN = re.compile(r"^\W*(?:il|elle|ils|elles|he|she|they)\s", re.IGNORECASE)


def entities(text: str, known: frozenset[str] = frozenset()) -> set[str]:
    """Capitalized words that name someone or something.

    A sentence's first word is capitalized anyway: it counts when it is an acronym or camel
    case ("OpenAI"), starts a run of names ("Sam Altman"), or is written capitalized elsewhere
    in the article (`known`, from `known_names`): "Nvidia, un autre acteur clé, …".
    """
    found = set()
    for match in _CAPITALIZED.finditer(text):
        word = match.group(0)
        if word in cues.NOT_NAMES:
            continue
        at_start = text[: match.start()].strip(" «\"“'") == ""
        camel_or_acronym = not word[1:].islower()
        if at_start and not (
            camel_or_acronym or word in known or _NAME_RUN.match(text, match.end())
        ):
            continue
        found.add(word)
    return found


def known_names(text: str) -> frozenset[str]:
    """Words an article writes capitalized after the start of a sentence: its names."""
    return frozenset(
        match.group(0)
        for match in _CAPITALIZED.finditer(text)
        if not _SENTENCE_START.search(text[max(0, match.start() - 3) : match.start()])
        and match.group(0) not in cues.NOT_NAMES
    )


def measures(quantities: list[dict], text: str = "") -> list[dict]:
    """The figures an editor would check: amounts, shares, counts, durations ("a 15-year lease").

    With the text, numbers that only name something are left out: a day of the month ("mardi
    18 février", "Jan. 21"), an article of law ("l'article 49.3"), and "two", "three" counting
    the people a sentence is about ("les trois dirigeants"), which nobody checks as a figure.
    """
    # Any unit but a year is a measure, so units the shared parser learns later (power, energy,
    # distance) count without a change here.
    found = [q for q in quantities if q["unit"] not in _NOT_MEASURES]
    if not text:
        return found
    return [q for q in found if not (_names_something(text, q) or _vague_count(q, text))]


def _vague_count(q: dict, text: str) -> bool:
    """ "consacrent des milliards à …" with nothing counted: a figure of speech. The parser marks
    it vague; with what is counted ("des centaines de milliers d'emplois", 'des "centaines de
    milliers" de nouveaux postes') or a currency ("billions of dollars") it is a figure to check."""
    if q.get("qualifier") != "vague" or q["unit"] != "count" or q.get("noun"):
        return False
    return not _COUNTED.match(text, q["end"])


def _names_something(text: str, q: dict) -> bool:
    if q["unit"] != "count":
        return False
    before, after = text[max(0, q["start"] - 12) : q["start"]], text[q["end"] : q["end"] + 12]
    if _MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after) or _ARTICLE.search(before):
        return True
    number = q.get("text", "")
    identifier = _IDENTIFIER_BEFORE.search(before)
    if number.isdigit() and len(number) <= 2 and identifier:
        # "En 2 ans", "Les 3 entreprises": a capitalized grammar word is not a name.
        return identifier.group("name") not in cues.NOT_NAMES
    # A rank ("à la 73e minute", "(87e)") or a match result ("5-0", "voted 4-1") says what
    # happened, not how much: the statement is an event, as the labels have it.
    if outcomes.ORDINAL_AFTER.match(after) or outcomes.SCORE.match(q.get("text", "")):
        return True
    spelled = not any(c.isdigit() for c in q.get("text", ""))
    small = spelled and (q.get("value") or 0) <= 3
    return small and "seul" not in q.get("text", "") and q.get("noun") not in _SMALL_FIGURES


# "Selon nos confrères de France Bleu", "our colleagues at the BBC": the newsroom citing
# another one, a source, not its own analysis.
_OTHER_NEWSROOM = re.compile(
    r"(?i:\b(?:nos|notre|our)\s+(?:confrères?|consœurs?|collègues|partenaires|colleagues|"
    r"partners)\b)"
)


def newsroom_voice(text: str) -> bool:
    """First person outside quotation marks: the writer speaking ("notre expert", "we think").

    A quotation mark left unpaired means the sentence opens or closes someone's quoted words
    ("« Nous avons perdu deux clients", "qu' »avec ce budget, nous …"): not the newsroom.
    """
    bare = _OTHER_NEWSROOM.sub(" ", _QUOTED_SPAN.sub(" ", text))
    return not any(mark in bare for mark in '«»“”"') and bool(_FIRST_PERSON.search(bare))


def _role(text: str) -> bool:
    """Ownership, funding, partnership, or a title given ("sera le président de")."""
    if cues.ROLE.search(text):
        return True
    if any(not facts.TITLE.fullmatch(m.group(0)) for m in facts.ROLE.finditer(text)):
        return True
    return bool(facts.GIVES_TITLE.search(text))


# "à 300 km", "à une cinquantaine de kilomètres", "après dix ans", "after two years": a
# preposition of place or of time elapsed, then the figure (grammar words, a closed class).
# The place is set off by a comma ("décédée à Bou Smaïl, à une cinquantaine de kilomètres"); a
# distance a verb governs ("situé à 27 kilomètres", "estimée à 5 km") is the claim itself. The
# time elapsed opens the sentence ("Après dix ans de développement, …"); "après quatre mois de
# reculs" inside it is a count of months.
_PLACE_BEFORE = re.compile(r"(?i:,\s*(?:à|at)\s+(?:plus de\s+|moins de\s+|environ\s+|some\s+)?)$")
_ELAPSED_BEFORE = re.compile(r"(?i:^\W*(?:après|au bout de|after)\s+(?:plus de\s+|more than\s+)?)$")
_DISTANCE_NOUNS = frozenset({"km", "kilomètres", "kilometres", "kilometers", "miles", "mètres"})


def _framing(text: str, q: dict) -> bool:
    """A distance after "à" or a time elapsed after "après": where or when, not how much."""
    before = text[max(0, q.get("start", 0) - 30) : q.get("start", 0)]
    opening = text[: q.get("start", 0)]
    distance = q["unit"] == "length" or q.get("noun") in _DISTANCE_NOUNS
    if distance and _PLACE_BEFORE.search(before):
        return True
    return q["unit"] == "duration" and bool(_ELAPSED_BEFORE.search(opening))


def kind(text: str, quantities: list[dict], *, quoted: bool = False) -> str:
    """quote, prediction, quantity, role or event: what an editor would check first.

    Following the labels (data/extraction/README.md and real/README.md): a dated future or a
    forecast ("devrait redescendre à 1 %") is a prediction, an amount a quantity; a quotation
    whose words carry a figure or a dated forecast takes that kind (its speaker stays the
    claimant); a relation stated (owns, chairs, partners with) is a role, the same words inside
    an action that happened ("a dévoilé la création d'une coentreprise") an event; a plan
    without a figure at its core is a prediction.
    """
    dated = (
        any(q["unit"] == "year" for q in quantities)
        or bool(_YEAR.search(text))
        or bool(cues.DATED_FUTURE.search(text))
    )
    # A distance that places an event ("tuée à 300 km au sud-est d'Alger") or the time before
    # it ("Après dix ans de développement, la fusée a réalisé …") frames what happened: it is
    # not the figure the sentence reports.
    measured = [q for q in measures(quantities, text) if not _framing(text, q)]
    figure = bool(measured or cues.FRACTION.search(text))
    future = cues.FUTURE.search(text)
    # A future tense with its day ("aucun vol ne quittera le hub mercredi", "La chaleur va
    # continuer à sévir samedi") is a forecast like one with its year; a figure keeps its kind
    # ("a pu redonner le courant dimanche à 95 % des clients, même si certains devront …").
    tense = (
        _FRENCH_DETERMINER.search(text)
        and not figure
        and not verbs.DONE.search(text)
        and _FUTURE_TENSE.search(text)
    )
    if not dated and tense and facts.DATE.search(text):
        future, dated = future or tense, True
    forecast = facts.FORECAST.search(text)
    # A quoted forecast is checked when its time comes, like a dated one ("is still expected to
    # remain too high", the bank said).
    # A forecast someone is reported to make ("a déclaré que la croissance pourrait être …",
    # "pourrait se pourvoir en cassation, selon son avocat") is theirs to be checked when its
    # time comes, as a quoted one is; a future seen from the past ("a affirmé que les travaux
    # allaient peser lourd") too.
    reported = bool(cues.SELON.search(text) or facts.SPEECH.search(text))
    if reported and not forecast:
        forecast = _FUTURE_IN_PAST.search(text)
    if (future and dated) or (forecast and (figure or quoted or reported)):
        # An amount planned or pledged is checked as an amount ("devrait générer plus de 100.000
        # emplois", "vise 10 milliards d'euros d'économies d'ici 2030"); a level forecast
        # ("L'inflation devrait redescendre à 1 %") is a prediction.
        return "quantity" if _AMOUNTS & {q["unit"] for q in measured} else "prediction"
    # A record or a trend is "other" in the labels (real/README.md: "a superlative in the
    # newsroom's voice, a cause, a trend"), a quoted record too; a figure keeps its kind ("the
    # highest number since 1997"), a revision is a setback, an event ("révise à la baisse").
    if outcomes.RECORD.search(text) and not figure:
        return "other"
    if figure:
        return "quantity"
    # Quoted words that report something done ("une enquête a été ouverte", "plusieurs
    # personnes ont été interpellées") take the kind of what they report (real/README.md).
    inner = " ".join(m.group(0) for m in _QUOTED_SPAN.finditer(text)) if quoted else ""
    if any(
        not _STATE.match(m.group(0))
        and not _MODAL_BEFORE.search(inner, 0, m.start())
        and not _PRONOUN_BEFORE.search(inner, 0, m.start())
        for m in verbs.DONE.finditer(inner)
    ):
        return "event"
    if quoted:
        return "quote"
    if outcomes.TREND.search(text) and not facts.SETBACK.search(text):
        return "other"
    happened = (
        cues.EVENT.search(text)
        or facts.HAPPENED.search(text)
        or outcomes.MATCH.search(text)
        or any(not _STATE.match(m.group(0)) for m in verbs.DONE.finditer(text))
        or facts.SETBACK.search(text)
    )
    if _role(text) and not (happened or facts.DATE.search(text)):
        return "role"
    if future or facts.PLAN.search(text):
        return "prediction"
    return "event"


def score(
    text: str, quantities: list[dict], names: set[str], *, quoted: bool = False
) -> tuple[float, list[str]]:
    """A check-worthiness in [0, 1] and the signals that made it, for the editor to read."""
    total, signals = 0.0, []

    def add(weight: float, signal: str) -> None:
        nonlocal total
        total += weight
        signals.append(signal)

    # Every figure makes a statement concrete, a date's day or "les trois dirigeants" too: they
    # are left out of the kind only.
    found = [q for q in measures(quantities) if not _vague_count(q, text)]
    if any(q["unit"] in {"currency", "percent"} for q in found):
        add(0.5, "money_or_percent")
    elif found or cues.FRACTION.search(text):
        add(0.4, "figure")
    elif facts.NONE_REPORTED.search(text):
        add(0.3, "none_reported")
    # Several figures in one statement: a result or a comparison, rarely a figure of speech.
    if len({(q["unit"], q.get("value")) for q in found}) >= 2:
        add(0.1, "figures")
    if found and cues.CHANGE.search(text):
        add(0.2, "change")
    if any(q["unit"] == "year" for q in quantities) or _YEAR.search(text):
        add(0.2, "date")
    elif facts.DATE.search(text) or outcomes.MINUTE.search(text):
        add(0.2, "day")
    if names:
        add(0.25 if len(names) >= 2 else 0.2, "named_entity")
    if facts.PLACE.search(text):
        add(0.1, "place")
    sourced = bool(
        cues.SELON.search(text)
        or cues.SPEECH_VERB.search(text)
        or facts.SPEECH.search(text)
        or facts.POUR_NAME.search(text)
    )
    if sourced:
        add(0.25, "attribution")
    # Unconfirmed but sourced ("envisagerait …, selon des sources") is still a claim to check.
    if sourced and cues.HEDGE.search(text):
        add(0.15, "reported")
    if _role(text):
        add(0.35, "role")
    elif facts.TITLE.search(text):
        add(0.15, "title")
    if cues.EVENT.search(text) or facts.HAPPENED.search(text) or outcomes.MATCH.search(text):
        add(0.3, "event")
    elif verbs.DONE.search(text):
        add(0.15, "done")
    # A decided or completed act by a named actor or a body (court, council, jury, the
    # councillors): "les élus ont voté une motion", "l'opposition s'est abstenue", "a tranché la
    # Cour". Checkable with or without a date or a figure.
    actor = verbs.ACTOR.search(text)
    if verbs.DECIDED.search(text) and (names or actor):
        add(0.25, "decided")
        if actor and not names:
            add(0.2, "actor")
    # Who did what, when: a completed action with its day is an event to check even without a
    # figure or a cue word ("Le peuple a largement accepté la loi dimanche").
    dated = any(signal in signals for signal in ("date", "day"))
    if dated and verbs.DONE.search(text) and "event" not in signals:
        add(0.15, "dated_action")
    if facts.SETBACK.search(text):
        add(0.3, "setback")
    # A record or a first is checked against the history it claims ("le plus large succès
    # jamais enregistré"); a direction stated in words is a change without its figure.
    if outcomes.RECORD.search(text):
        add(0.3, "record")
    elif not (found and cues.CHANGE.search(text)) and outcomes.TREND.search(text):
        add(0.2, "trend")
    if facts.PLAN.search(text):
        add(0.2, "plan")
    elif cues.FUTURE.search(text):
        add(0.1, "future")
    # A forecast with its date is checkable when the date comes ("devraient s'achever à l'été
    # 2026"), even with no name or figure in it.
    if cues.FUTURE.search(text) and (_YEAR.search(text) or cues.DATED_FUTURE.search(text)):
        add(0.15, "dated_forecast")
    # A feeling, a wish, an appeal or praise ("I'm extremely honoured to join this iconic
    # company", "appelle au respect des mesures") is no fact to check, whoever says it; with a
    # figure it still carries one ("a tremendous history … more than 170,000 employees").
    moods = stance.subjective(text)
    subjective = bool(moods) and not measures(quantities, text)
    if quoted and not subjective:
        # Quoted words count as a claim for what they carry: a figure, a name, an event, or a
        # speaker named in the sentence. A bare line of a speech ("After that, artificial
        # superintelligence.") counts little more than a third.
        content = {"money_or_percent", "figure", "named_entity", "attribution", "event"}
        add(0.4 if content & set(signals) else 0.15, "quote")
    if subjective:
        # Who said it only tells whose feeling it is: the attribution adds nothing either.
        add(-0.5 - (0.25 if sourced else 0.0), "subjective:" + "+".join(moods))
    # Who did what, where or when, told plainly: a past tense (not a verb of saying) with
    # something that anchors it (a name, a place, a date or a day, a figure, a title), no modal
    # or conditional, no feeling and no first person ("They were in serious condition at a
    # hospital", "L'incendie se dirigeait vers Carpiagne", "The building sustained damage").
    anchored = names or quantities or facts.PLACE.search(text) or facts.TITLE.search(text)
    anchored = anchored or stance.PEOPLE.search(text)
    anchored = anchored or "date" in signals or "day" in signals or _SUBJECT_PRONOUN.match(text)
    if (
        anchored
        and not moods
        and stance.plain_fact(text)
        and not _FIRST_PERSON.search(text)
        and not (cues.OPINION.search(text) or facts.COMMENTARY.search(text))
        and not facts.EVALUATIVE.search(text)
        and not stance.NO_COMMENT.search(text)
    ):
        add(PLAIN_FACT, "plain_fact")
    # "we will build upon it", "nous allons continuer le dialogue": an intention or a plea in
    # the first person, with no figure to hold the speaker to.
    if stance.RHETORIC.search(text) and not found:
        add(-RHETORIC, "rhetoric")
    # "declined to comment", "n'a ni confirmé ni démenti": a source saying nothing.
    if stance.NO_COMMENT.search(text) and not found:
        add(-NO_COMMENT, "no_comment")
    if stance.GUESS.search(text) and not found:
        add(-GUESS, "guess")
    # "… remain unclear", "n'est pas non plus clair": what is not known is not yet a claim.
    if stance.UNKNOWN.search(text) and not found:
        add(-UNKNOWN, "unknown")
    # The tail of a sentence without a figure: it leans on the clause it was cut from.
    if stance.fragment(text) and not found:
        add(-FRAGMENT, "fragment")
    if cues.OPINION.search(text):
        add(-0.5, "opinion")
    if facts.POINTER.search(text):
        add(-1.0, "pointer")
    if facts.COMMENTARY.search(text):
        add(-0.4, "commentary")
    elif facts.EVALUATIVE.search(text):
        add(-0.15, "evaluative")
    # Rounded: 0.15 + 0.3 is 0.44999… in floating point, under a 0.45 threshold it reaches.
    return round(max(0.0, min(1.0, total)), 3), signals
