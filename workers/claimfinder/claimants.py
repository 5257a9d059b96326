"""Who makes a claim: "selon X", "X a annoncé", "« … », a déclaré X", "X, the maker of …, said"."""

from __future__ import annotations

import re

from workers.claimfinder import cues, facts, verbs
from workers.claimfinder.verbs import has_verb

# Capitalized words that start sentences or name no one.
# A claimant is never a pronoun or a possessive either ("Nous", "Their"), nor a bare elision.
NOT_NAMES = cues.NOT_NAMES | frozenset(
    {
        "Chief",
        "Elles",
        "He",
        "I",
        "Ils",
        "Je",
        "She",
        "D'",
        "L'",
        "Nos",
        "Notre",
        "Nous",
        "Our",
        "Their",
        "They",
        "We",
    }
    # Words that open a sentence capitalized and name no one: connectives ("Toutefois, OpenAI a
    # assuré …" is OpenAI's claim), and English months and weekdays ("In July, Whitfield said").
    | frozenset(
        {
            *("Toutefois", "Cependant", "Pourtant", "Néanmoins", "Ainsi", "Enfin", "Mais"),
            *("Puis", "Ensuite", "Désormais", "Depuis", "Hier", "However", "Meanwhile", "But"),
            *("Yet", "Still", "Also", "Moreover", "Furthermore", "And", "Then", "Since"),
            *("January", "February", "March", "April", "May", "June", "July", "August"),
            *("September", "October", "November", "December", "Monday", "Tuesday"),
            *("Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        }
    )
)
# Words that may sit inside a name ("Fédération des clubs", "Bank of America").
_NAME_GLUE = frozenset({"de", "des", "du", "d'", "of", "the", "and", "et", "&", "la", "le", "l'"})
# Determiners and counts before the source's noun ("selon plusieurs élus", "two people").
_LEADING = re.compile(
    r"^(?:(?:les|la|le|l'|l’|des|du|de|d'|d’|une|un|the|its|their|his|her|our|a|an|some|several|"
    r"plusieurs|certains|certaines|deux|trois|two|three|\d+)(?:\s+|(?<=['’])))+",
    re.IGNORECASE,
)
# The source's phrase ends at punctuation, or where the sentence goes on ("publiée mardi").
_PHRASE_END = re.compile(
    r"[,;:!?»\"”()]|(?<!\bM)(?<!\bMM)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bPr)(?<!\bMrs)\.|\s(?:publiée?s?|parue?s?|published|released|lors|during|on|at|in|when|"
    r"que|qui|that|which|who|after|avant|après|pendant)\s",
    re.IGNORECASE,
)
_AUXILIARIES = frozenset(
    [
        "a",
        "ont",
        "avait",
        "avaient",
        "had",
        "has",
        "have",
        "was",
        "were",
        "is",
        "are",
        "also",
        "aussi",
        "déjà",
        "already",
    ]
)
_PARTICIPLE = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:é|ée|és|ées|i|ie|is|ies|int|ed)")
_WORD = re.compile(r"[\w'’&.-]+")
MAX_NAME_WORDS = 8


_ELISION = re.compile(r"^[LlDd]['’](?=\w)")


def _is_name_word(word: str) -> bool:
    # "L'étude" starts a sentence, "d'OpenAI" names someone: the elided article does not count.
    word = _ELISION.sub("", word)
    return word[:1].isupper() and word.rstrip("'’") not in NOT_NAMES and word not in NOT_NAMES


def _phrase(text: str) -> str:
    end = _PHRASE_END.search(text)
    return (text[: end.start()] if end else text).strip()


def _name_run(words: list[str]) -> str:
    """The first run of capitalized words (with glue such as "des", "of") in a phrase."""
    start = next((i for i, w in enumerate(words) if _is_name_word(w)), None)
    if start is None:
        return ""
    end = start + 1
    while end < len(words) and (
        _is_name_word(words[end]) or (words[end].lower() in _NAME_GLUE and end + 1 < len(words))
    ):
        end += 1
    while end > start + 1 and words[end - 1].lower() in _NAME_GLUE:
        end -= 1
    return " ".join(words[start:end])


# "a-t-on appris de sources judiciaires", "apprend-on auprès du parquet": what follows is the
# source, as after "selon".
_LEARNED = re.compile(
    r"(?:a-t-on appris|apprend-on)\s+(?:auprès\s+)?(?:de\s+|d['’]\s*|du\s+|des\s+)"
)
# A courtesy title before a name is not part of it ("a précisé M. Ould Kablia", "Me Blot").
_HONORIFIC = re.compile(r"^(?:M|MM|Mme|Mmes|Mlle|Me|Mr|Mrs|Ms|Dr|Pr)\.?\s+(?=[A-ZÀ-Ý])")


def _source(phrase: str) -> str:
    """The source a phrase names: its proper name, else the noun phrase without determiners."""
    words = _HONORIFIC.sub("", phrase.strip()).split()
    first = next((i for i, w in enumerate(words) if _is_name_word(w)), None)
    if first is not None:
        # "l'Observatoire régional de santé des Pays-de-Brenne" is one name: keep the lower-case
        # words that follow the capitalized one, up to where the phrase stops.
        name = [_ELISION.sub("", words[first]), *words[first + 1 : first + MAX_NAME_WORDS]]
        return " ".join(name)
    return _LEADING.sub("", " ".join(phrase.split()[:MAX_NAME_WORDS])).strip(" ,.'’")


_NAME_WORDS = r"[A-ZÀ-Ý][\w'’&-]+(?:\s+(?:de\s+|of\s+)?[A-ZÀ-Ý][\w'’&-]+)*"
_BY_NAME = re.compile(
    rf"^[^,.;]{{0,80}}?\b(?:par|by)\s+(?:l['’]|le\s+|la\s+|les\s+|the\s+)?(?P<who>{_NAME_WORDS})"
)
# "comme le rapporte le Wall Street Journal", "comme l'a souligné Larry Ellison", "as reported by
# Reuters": an attribution placed after the fact.
_COMME = re.compile(
    r"\b(?:comme|ainsi que)\s+(?:le\s+|l['’](?:a|ont)\s+|les\s+)?"
    r"(?:rapporte|rapporté|indique|indiqué|souligne|souligné|précise|précisé|explique|expliqué|révèle|révélé|écrit|affirme|affirmé|"
    r"annonce|annoncé|relève|relevé)\s+(?:le\s+|la\s+|les\s+|l['’])?(?P<who>" + _NAME_WORDS + r")"
    r"|\bas\s+(?:reported|first reported|announced|stated)\s+by\s+(?:the\s+)?(?P<by>"
    + _NAME_WORDS
    + r")"
    r"|\b(?:told|a confié à|a déclaré à|a indiqué à)\s+(?:the\s+|le\s+|la\s+|l['’])?(?P<outlet>"
    + _NAME_WORDS
    + r")"
)
# "X a annoncé un projet" reports an event in the newsroom's voice; "…, a annoncé X" and "X a
# annoncé que …" attribute.
_ANNOUNCES = re.compile(r"annon|announc", re.IGNORECASE)
# The verb introduces what was said: "estime que", "said that", "a déclaré :".
_REPORTS = re.compile(r"\s*(?:\w+\s+)?(?:que\b|qu['’]|that\b|:|«|“)", re.IGNORECASE)
_THAT = re.compile(r"\s+(?:\w+\s+)?(?:que|qu['’]|that)\b", re.IGNORECASE)


_TRAILING_SPEAKER = re.compile(r",\s*(?P<who>[^,«»\"“”]{2,60}?)\s*$")
_PUBLISHED = re.compile(
    r"\s*(?:publiée?s?|parue?s?|diffusée?s?|published|released)\b(?P<rest>[^,;.]{0,120})", re.I
)


def _after_selon(text: str) -> str:
    match = cues.SELON.search(text)
    if not match:
        return ""
    after = text[match.end() :]
    # "selon les résultats définitifs publiés mardi par l'Insee": the author is the source.
    author = _BY_NAME.match(after)
    if author:
        return author.group("who")
    phrase = _phrase(after)
    who = _source(phrase)
    # "selon les données publiées sur le site du gestionnaire du réseau RTE": a source without a
    # name, published by a named one further on.
    publisher = _PUBLISHED.match(after[len(phrase) :])
    if publisher and not any(_is_name_word(w) for w in who.split()):
        named = _name_run(publisher.group("rest").split())
        if named:
            return named
    # "Selon la vice-présidente chargée des mobilités, Claire Dumoulin, …": the name is in
    # apposition after the role.
    # "selon le préfet du Morbihan, Pascal Bolot.": a role, even with a place in it, then a name.
    apposition = re.match(r"^[^,]{3,80},\s*([^,.]{3,60})(?:,|\.?\s*$)", after)
    head = _LEADING.sub("", phrase).split()[:1]
    role = bool(head) and head[0][:1].islower()
    if apposition and (role or not any(_is_name_word(w) for w in who.split())):
        named = _name_run(apposition.group(1).split())
        if named and named == apposition.group(1).strip():
            return named
    return who


# Before a determiner, a preposition makes the noun phrase a complement of the verb ("a indiqué
# à la radio …"), not its subject.
_PREPOSITIONS = frozenset({"à", "au", "aux", "de", "du", "des", "par", "pour", "sur", "dans", "en"})
_DETERMINERS = frozenset({"le", "la", "les", "un", "une", "the", "a", "an"})
# "précise-t-il", "a-t-elle dit": an inverted pronoun names no one (the paragraph's speaker does).
_INVERTED_PRONOUN = re.compile(r"^-?(?:t-)?(?:il|elle|ils|elles|on)\b", re.IGNORECASE)
# "…, a annoncé, vendredi 4 juillet, la ministre": an aside between the verb and its subject.
_ASIDE = re.compile(r"^\s*,[^,]{1,40},")


def _inverted_subject(words: list[str]) -> list[str]:
    """The subject among the words after an inverted verb: from the first determiner that no
    preposition governs ("à la radio Alpes 1 le lieutenant-colonel Thierry Carret", "vendredi
    après-midi la préfecture"); all the words when there is none."""
    for i, word in enumerate(words):
        determiner = word.lower() in _DETERMINERS or bool(_ELISION.match(word))
        if determiner and (i == 0 or words[i - 1].lower() not in _PREPOSITIONS):
            return words[i:]
    return words


def _inverted(text: str, verb: re.Match) -> str:
    """ "« … », a déclaré Claire Dumoulin": the claimant follows the verb."""
    if not text[: verb.start()].rstrip().endswith(","):
        return ""
    after = text[verb.end() :]
    aside = _ASIDE.match(after)
    phrase = _phrase(after[aside.end() :] if aside else after)
    if not phrase or _INVERTED_PRONOUN.match(phrase):
        return ""
    words = _inverted_subject(phrase.split())
    subject = " ".join(words)
    # "l'Institut américain de géophysique": a name that goes on in lower case is whole.
    if _ELISION.match(words[0]) and _is_name_word(words[0]):
        return _source(subject)
    named = _name_run(words)
    if not named:
        # "a annoncé la ministre de l'éducation, Elisabeth Borne, …": the name in apposition.
        rest = after[after.find(phrase) + len(phrase) :]
        apposition = re.match(r"\s*,\s*([^,.;]{3,60})", rest)
        if apposition and _name_run(apposition.group(1).split()) == apposition.group(1).strip():
            named = apposition.group(1).strip()
    return named or _LEADING.sub("", subject).strip()


def _after_quote(text: str, at: int) -> bool:
    return text[:at].rstrip().rstrip(",").rstrip().endswith(("»", '"', "”"))


def _subject(text: str, verb_at: int, reports: bool = False) -> str:
    """The named subject just before a verb: "SoftBank avait promis", "X, the maker of Y, said"."""
    # "Frank Vandenbroucke (sp.a) a indiqué": a party or an acronym in brackets ends the name.
    before = re.sub(r"\s*\([^()]{1,40}\)$", "", text[:verb_at].rstrip())
    appositive = re.search(r",\s*([^,]{2,80}),$", before)
    if appositive:
        inner = appositive.group(1).split()
        if _name_run(inner) == " ".join(inner):
            return " ".join(inner)
        before = before[: appositive.start()].rstrip()
        # "Contacté, Mtre Christian Bergot l'avocat des trois prévenus, a précisé": a fronted
        # participle is not a name; the speaker is named inside the apposition.
        if _PARTICIPLE.fullmatch(before.strip(" ,")):
            return _name_run(inner)
        # "…, jusqu'aux vacances de Pâques, au vu des recommandations, indique le ministre": what
        # precedes the commas is no subject (it opens on neither a name nor a determiner); the
        # verb is inverted and its subject follows it.
        segment = before.rsplit(",", 1)[-1].split()
        if not segment or not (
            _is_name_word(segment[0])
            or segment[0].lower() in _DETERMINERS
            or _ELISION.match(segment[0])
        ):
            return ""
    # "…, SoftBank, OpenAI and Oracle, the White House said": the speaker is the last segment
    # when it opens with a determiner, not the list before it.
    last = re.search(r",\s*((?:the|la|le|l['’])\s[^,]{2,80})$", before, re.IGNORECASE)
    if last:
        before = last.group(1)
    words = _WORD.findall(before)
    while words and words[-1].lower() in _AUXILIARIES:
        words.pop()
    run: list[str] = []
    for word in reversed(words):
        if _is_name_word(word) or (run and word.lower() in _NAME_GLUE):
            run.insert(0, word)
        else:
            break
    while run and run[0].lower() in _NAME_GLUE:
        run.pop(0)
    if run:
        return " ".join(run)
    # "L’Institut de la statistique du Québec a signalé": a name that goes on in lower case,
    # when it is the whole subject.
    phrase = before.strip()
    words = phrase.split()
    if words and "," not in phrase and len(words) <= MAX_NAME_WORDS and _is_name_word(words[0]):
        return _source(phrase)
    return _noun_subject(phrase, reports)


def _noun_subject(before: str, reports: bool) -> str:
    """The subject as the noun phrase after the last comma: "In a letter dated 30 June …,
    Ukraine's prosecutor general's office claimed", "A Reuters report said"; a common noun with
    no name ("La chambre d'agriculture estime que …") only when the verb reports a statement."""
    segment = before.rsplit(",", 1)[-1].strip()
    words = segment.split()
    if not words or len(words) > MAX_NAME_WORDS or verbs.has_verb(segment):
        return ""
    determined = words[0].lower() in _DETERMINERS or bool(_ELISION.match(words[0]))
    bare = _LEADING.sub("", segment).strip(" ,.'’")
    if not bare:
        return ""
    if _is_name_word(bare.split()[0]) and (determined or _is_name_word(words[0])):
        return _source(bare)
    if (
        determined
        and reports
        and "(" not in bare
        and not any(w[:1].isupper() for w in bare.split())
    ):
        return bare
    return ""


def _speaker_phrase(phrase: str) -> bool:
    """A name or a definite noun phrase, with no verb of its own: "Oracle executives", "the
    central bank"; not "a total of 38 deaths were", "including a recently", "he"."""
    words = phrase.split()
    if not words or len(words) > 5 or verbs.has_verb(phrase):
        return False
    first = words[0]
    return (_is_name_word(first) and not facts.TITLE.fullmatch(first)) or first.lower() in {
        "the",
        "le",
        "la",
        "les",
    }


def find_claimant(text: str, default: str = "") -> tuple[str, list[str]]:
    """The claimant a sentence names, and how it was found; `default` when it names none."""
    who, signals = _claimant(text, default)
    return _HONORIFIC.sub("", who), signals


def _claimant(text: str, default: str) -> tuple[str, list[str]]:
    who = _after_selon(text)
    if who:
        return who, ["attribution:selon"]
    pour = facts.POUR_NAME.search(text)
    if pour:
        return pour.group("who"), ["attribution:pour"]
    learned = _LEARNED.search(text)
    if learned:
        return _source(_phrase(text[learned.end() :])), ["attribution:speech"]
    comme = _COMME.search(text)
    if comme:
        return comme.group("who") or comme.group("by") or comme.group("outlet"), [
            "attribution:comme"
        ]
    verbs = sorted(
        [*cues.SPEECH_VERB.finditer(text), *facts.SPEECH.finditer(text)], key=lambda m: m.start()
    )
    for verb in verbs:
        # "…, Oracle executives said.": a speaker between the last comma and a verb that ends
        # the sentence.
        trailing = _TRAILING_SPEAKER.search(text[: verb.start()])
        if trailing and len(text[verb.end() :].split()) <= 4:
            who = _LEADING.sub("", trailing.group("who")).strip()
            if _speaker_phrase(trailing.group("who")) and not _after_quote(text, trailing.start()):
                return who, ["attribution:speech"]
        # Right after a quotation, a name before the verb is inside the quote ('"… in Texas,"
        # said the mayor'); elsewhere the subject comes first ("X, the maker of Y, reported").
        # "Police announced Monday evening the suspect was taken into custody": a clause with
        # its own verb, even without "that", is what was announced.
        clause = has_verb(_phrase(text[verb.end() :]))
        announces = _ANNOUNCES.search(verb.group(0)) and not (
            _THAT.match(text, verb.end()) or clause
        )
        if _after_quote(text, verb.start()) or announces:
            who = _inverted(text, verb)
        else:
            reports = bool(_REPORTS.match(text, verb.end()))
            who = _subject(text, verb.start(), reports) or _inverted(text, verb)
        if who:
            return who, ["attribution:speech"]
    if verbs:
        return default, ["attribution:speech"]
    return default, []
