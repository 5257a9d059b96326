"""Who a sentence says its information comes from, and the sentence and paragraph around a span.

"selon X", "d'après X", "X a annoncé / indiqué / estimé / affirmé", "…, a indiqué X",
"according to X", "X said", "…, said X". Kept apart from the finder's own claimant rules
(claimants.py): this module serves source tracking (which link an attribution carries, which
organisation to search for) and is measured on its own (`evaluate_attributions`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# One word of a name: capitalized, or an acronym, possibly elided ("l'AFP" gives "AFP").
_NAME_WORD = r"(?:[A-ZÀ-ÖØ-Þ][\w&.’'-]*|\d+[A-Za-z]\w*)"
# Small words inside names: "Banque de France", "Bank of America", "Goldman Sachs & Co".
_GLUE = r"(?:de|des|du|d['’]|of|the|for|and|et|&|la|le|l['’])"
# An institution named by its lower-case head noun: "ministère de l'Industrie".
_HEAD = (
    r"(?:(?:ministère|agence|institut|office|cabinet|commission|fédération|syndicat|université|"
    r"ministry|department)\s+(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|d['’]|of\s+(?:the\s+)?)?)"
)
_NAME = rf"{_HEAD}?{_NAME_WORD}(?:\s+(?:{_GLUE}\s*)?{_NAME_WORD}){{0,6}}"
_DETERMINER = (
    r"(?:(?:le|la|les|l['’]|un|une|des|du|de|d['’]|the|a|an|its|their|son|sa|ses|leur|"
    r"plusieurs|several)\s*)*"
)
_FR_VERBS = (
    r"(?:annoncé|indiqué|estimé|affirmé|déclaré|précisé|expliqué|assuré|confirmé|souligné|"
    r"rapporté|révélé|dit|écrit|calculé|chiffré|publié|prévenu|averti|jugé|reconnu)"
)
_FR_PRESENT = (
    r"(?:annonce|indique|estime|affirme|déclare|précise|explique|assure|confirme|souligne|"
    r"rapporte|révèle|calcule|chiffre|publie|prévient|avertit|juge)"
)
_EN_VERBS = (
    r"(?:said|says|announced|announces|estimated|estimates|reported|reports|stated|states|"
    r"told|tells|confirmed|confirms|wrote|writes|noted|notes|added|predicted|predicts|"
    r"found|finds|warned|warns)"
)
# An apposition between a name and its verb: "Sam Altman, le patron d'OpenAI, a indiqué".
_APPOSITION = r"(?:\s*,[^,.;«»\"“”]{1,80},)?"
# Phrase after "selon"/"according to": the name is its first capitalized run, before any
# punctuation ("selon un rapport de Goldman Sachs publié mardi" gives Goldman Sachs).
_LEADS = re.compile(
    r"\b(?:selon|d['’]après|according\s+to|cité\s+par|cited\s+by|quoted\s+by)\s+"
    r"(?P<phrase>[^,.;:!?()«»\"“”]{1,120})",
    re.IGNORECASE,
)
# French verbs must report speech ("X a indiqué que", "X estime :"): "Doué a confirmé son
# statut" or "Trump a annoncé un projet" name the actor of a fact, not its source.
_SUBJECT_VERB = re.compile(
    rf"(?P<name>{_NAME}){_APPOSITION}\s+(?:(?:(?:a|ont|avait|avaient)\s+(?:aussi\s+|déjà\s+)?"
    rf"{_FR_VERBS}|{_FR_PRESENT})(?=\s*(?:que\b|qu['’]|[:,«\"“]))"
    rf"|(?:has\s+|had\s+)?{_EN_VERBS}\b)"
)
# A name right after these is a complement ("the lead at the WHO's European Office said").
_COMPLEMENT = re.compile(
    r"(?:\b(?:at|of|for|in|from|with|de|du|des|à|au|aux|par|pour|chez)|['’]s|\bd['’])\s*"
    r"(?:\([^)]*\)\s*)?$",
    re.IGNORECASE,
)
_VERB_SUBJECT = re.compile(
    rf"[,»”\"]\s*(?:(?:a|ont|avait)\s+{_FR_VERBS}|{_EN_VERBS})\s+{_DETERMINER}(?P<name>{_NAME})"
)
_NAME_RUN = re.compile(_NAME)


def _wordlist(words: str) -> list[str]:
    return re.findall(r"\S+", words)


# Capitalized words that are not names when they start a run: pronouns, determiners, months.
_NOT_NAMES = frozenset(
    _wordlist(
        """le la les l un une des du de ce cet cette ces il elle ils elles on nous vous je
    the a an it he she they we you this that these those there here his her its their our
    mais et or ou donc car puis alors ainsi enfin selon d'après according but and so yet
    lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin
    juillet août septembre octobre novembre décembre monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october
    november december en dans pour sur avec par in on at for with by from as"""
    )
)
# Words that make a name an organisation or a publication rather than a person.
_ORGANISATION_WORDS = frozenset(
    _wordlist(
        """agence agency associated press presse journal times post news tribune herald gazette
    monde figaro libération echos express parisien observateur point télégramme dépêche
    reuters bloomberg afp ap ats ansa dpa xinhua insee eurostat ocde oecd fmi imf onu un who
    oms unicef bce ecb fed banque bank research institut institute université university
    ministère ministry gouvernement government commission conseil council office bureau
    agency autorité authority cour court assemblée sénat senate congress parliament
    parlement fondation foundation association fédération federation union syndicat
    group groupe holding capital partners fund fonds investments corp corporation company
    inc ltd llc sa sas plc ag gmbh co société compagnie cabinet consulting laboratoire
    observatoire centre center lab labs service services department département mairie
    ville région state états tv radio télévision france info inter channel network
    hospital hôpital school école police armée army"""
    )
)


# Common first names: "Larry Ellison" is a person, "Goldman Sachs" a firm. A name missing here
# is taken for an organisation, which only costs a search hint that a person would not need.
_FIRST_NAMES = frozenset(
    _wordlist(
        """adam alain alexandre alexis alice andré andrew angela anne antoine arnaud barack bernard
    bill brad bruno carlos caroline catherine charles christine christophe claire daniel david
    donald édouard elisabeth élisabeth elizabeth elon emmanuel éric eric emma françois francois
    frédéric gabriel george georges gérald gilles greg guillaume hélène henri isabelle jack
    jacques james jane jean jeff jennifer jensen jérôme jim joe john jordan josé joseph julien
    justin kamala karine keir larry laurent léa louis luc lucas lucie manuel marc marie marine
    mark martin masayoshi mathieu matthieu michael michel mike muriel nathalie nicolas olaf
    olivier pascal patrick paul peter philippe pierre rachel richard robert rishi roland sam
    samuel sandrine sarah satya sébastien sophie stéphane steve sundar thomas thierry tim
    valérie vincent xavier yann yves"""
    )
)


@dataclass(frozen=True)
class Attribution:
    """A name a sentence credits with its information, with its span in the text."""

    name: str
    start: int
    end: int
    cue: str  # "lead" (selon, according to), "subject" (X a indiqué), "inverted" (…, a dit X)


def _words(name: str) -> list[str]:
    return re.findall(r"[\w&’'-]+", name)


def _clean_name(name: str) -> str:
    words = name.strip().split()
    # "Mais Elon Musk", "Le Wall Street Journal": a sentence's first word is not the name's.
    while words and words[0].lower().strip("'’") in _NOT_NAMES:
        words.pop(0)
    words = [re.sub(r"^[lLdD]['’]", "", words[0]), *words[1:]] if words else words
    # Trailing glue or a trailing lower-case word is never part of the name.
    while words and re.fullmatch(_GLUE, words[-1], re.IGNORECASE):
        words.pop()
    return " ".join(words).strip(" .,-’'")


def _acceptable(name: str) -> bool:
    words = _words(name)
    if not words or words[0].lower().strip("'’") in _NOT_NAMES:
        return False
    return any(w[:1].isupper() for w in words)


def _first_name_run(phrase: str, offset: int) -> tuple[str, int, int] | None:
    for match in _NAME_RUN.finditer(phrase):
        name = _clean_name(match.group(0))
        if _acceptable(name):
            start = offset + match.start() + match.group(0).find(name.split()[0])
            return name, start, start + len(name)
    return None


def find_attributions(text: str) -> list[Attribution]:
    """Every attribution of `text` (a sentence or a paragraph), in text order."""
    found: list[Attribution] = []
    for match in _LEADS.finditer(text):
        run = _first_name_run(match.group("phrase"), match.start("phrase"))
        if run:
            found.append(Attribution(name=run[0], start=run[1], end=run[2], cue="lead"))
    for match in _SUBJECT_VERB.finditer(text):
        raw = match.group("name")
        # "Selon X, Y a dit": the run may have swallowed a sentence start; keep its tail name.
        name = _clean_name(raw)
        before = text[max(0, match.start() - 24) : match.start()]
        if _acceptable(name) and not _COMPLEMENT.search(before):
            start = match.start("name") + raw.find(name.split()[0])
            found.append(Attribution(name=name, start=start, end=start + len(name), cue="subject"))
    for match in _VERB_SUBJECT.finditer(text):
        name = _clean_name(match.group("name"))
        if _acceptable(name):
            start = match.start("name") + match.group("name").find(name.split()[0])
            found.append(Attribution(name=name, start=start, end=start + len(name), cue="inverted"))
    unique: dict[tuple[int, int], Attribution] = {}
    for item in found:
        unique.setdefault((item.start, item.end), item)
    return sorted(unique.values(), key=lambda a: a.start)


def is_organisation(name: str) -> bool:
    """An organisation or publication (worth searching for a document), not a person.

    Acronyms (AFP, INSEE), names with an organisation word (Goldman Sachs Research, Wall Street
    Journal, Banque de France) and one-word names (Microsoft, SoftBank) count; "Firstname
    Lastname" does not.
    """
    words = _words(name)
    if not words:
        return False
    if any(w.lower() in _ORGANISATION_WORDS for w in words):
        return True
    if any(len(w) >= 2 and w.isupper() for w in words):
        return True
    return len(words) == 1 or words[0].lower() not in _FIRST_NAMES


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join(re.findall(r"\w+", "".join(c for c in decomposed if c.isalnum() or c == " ")))


def same_party(a: str, b: str) -> bool:
    """Whether two names designate the same party: one's words contain the other's."""
    left, right = _fold(a), _fold(b)
    if not left or not right:
        return False
    return f" {left} " in f" {right} " or f" {right} " in f" {left} "


# A sentence ends at . ! ? … (with closing quotes) before a space and a capital, a quote or a
# digit, or at a line break. Abbreviations ("M. Macron") rarely matter for a span this wide.
_SENTENCE_END = re.compile(r"(?<=[.!?…])[»”\"')\]]*\s+(?=[«“\"(A-ZÀ-ÖØ-Þ0-9])|\n+")


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end] (all the sentences it straddles)."""
    left, right = 0, len(text)
    for match in _SENTENCE_END.finditer(text):
        if match.end() <= start:
            left = match.end()
        elif match.start() >= end:
            right = match.start()
            break
    return left, right


def paragraph_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph (between line breaks) around text[start:end]."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    return left, len(text) if right < 0 else right


_PRIORITY = {"lead": 0, "inverted": 1, "subject": 2}


def attributed_to(sentence: str) -> Attribution | None:
    """The party a sentence credits: "selon X" first, then "…, a dit X", then "X a dit"."""
    found = find_attributions(sentence)
    return min(found, key=lambda a: (_PRIORITY[a.cue], a.start)) if found else None
