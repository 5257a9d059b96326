"""A bilingual token space: French and English words folded onto shared English lemmas."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from workers.verification.vocabulary import LEXICON, STOPWORDS

# Multi-word expressions first, on accent-stripped lowercase text.
_PHRASES = [
    (
        r"\b(?:data|donnees)[ -]?cent(?:er|re)s?\b|\bdatacent(?:er|re)s?\b|"
        r"\bcentres? (?:de|des) (?:donnees|calcul)\b",
        " datacenter ",
    ),
    (r"\bintelligence artificielle\b|\bartificial intelligence\b", " ai "),
    (r"\bchief executive(?: officer)?\b|\bdirect(?:eur|rice) general(?:e)?\b|\bpdg\b", " ceo "),
    (r"\bconferences? de presse\b|\bpress conferences?\b", " pressconference "),
    (r"\bchiffres? d'affaires\b", " revenue "),
    (r"\bnet income\b|\bresultat net\b", " netincome "),
    (r"\bchief technology officer\b|\bdirect(?:eur|rice) technique\b", " cto "),
    (r"\bsalaires? minimum\b|\bminimum wages?\b|\bsmic\b", " minimumwage "),
    (r"\bin-house\b|\bmaison\b(?! blanche)", " own "),
    (r"\bjoint[ -]ventures?\b|\bco-?entreprises?\b", " jointventure "),
    (r"\bcompagnies? aeriennes?\b", " airline "),
    (r"\bper cent\b|\bpour ?cent\b|%", " percent "),
    (r"\bstart-?ups?\b|\bjeunes? pousses?\b", " startup "),
    (
        r"\bpower demand\b|\bconsommation electrique\b|\bdemande d'electricite\b|"
        r"\belectricity (?:demand|consumption)\b",
        " power demand ",
    ),
    (
        r"\bcourse a\b|\bface a\b|\b(?:a|ont) eu lieu\b|\bavoir lieu\b|\bt(?:ake|ook|akes) place\b",
        " ",
    ),
    (r"\betats?-unis\b|\bunited states\b|\bu\.s\.a?\.?|\bamerica\b|\bamerique\b", " usa "),
]
_PHRASE_RE = [(re.compile(p), r) for p, r in _PHRASES]

NEGATIONS = re.compile(
    r"\b(?:not|n't|never|no longer|neither|nor|ne|n['’]|pas|jamais|aucun|aucune|nullement|"
    r"guère|denied|denies|démenti|dément)\b|n['’]\w+\s+(?:pas|jamais|plus|aucun)",
    re.I,
)
_TOKEN = re.compile(r"[a-z0-9]+")


def same_acronym(a: str, b: str) -> bool:
    """French acronyms reorder the English letters: AIE / IEA, OTAN / NATO, FMI / IMF."""
    return a != b and 3 <= len(a) <= 5 and sorted(a) == sorted(b)


def fold(text: str) -> str:
    """Lowercase and strip accents; keeps the length unchanged for Latin text."""
    if text.isascii():  # nothing to decompose (most English sources): skip the per-char pass
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


@lru_cache(maxsize=50_000)
def lemma(word: str) -> str:
    """Map one folded word onto the shared lemma space (light stemming as a fallback)."""
    if word in LEXICON:
        return LEXICON[word]
    candidates = []
    if len(word) > 3 and word.endswith(("s", "x")) and not word.endswith("ss"):
        candidates.append(word[:-1])
    if word.endswith("ies") and len(word) > 4:
        candidates.append(word[:-3] + "y")
    for suffix in ("ing", "ed", "es", "ront", "ra", "ent", "er", "ee", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            candidates.append(word[: -len(suffix)])
    for candidate in candidates:
        if candidate in LEXICON:
            return LEXICON[candidate]
    # French participles agree in gender and number: "levée", "levées", "levés" are "levé".
    if len(word) > 4 and word.endswith(("ees", "ee")):
        return word[: word.rindex("ee") + 1]
    if len(word) > 4 and word.endswith("es") and word[-3] == "e":
        return word[:-1]
    # Unknown words only lose a plural mark: cutting more would merge unrelated words.
    if len(word) > 3 and word.endswith(("s", "x")) and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def tokens(text: str) -> list[str]:
    """Content tokens of ``text`` in the shared space (stopwords dropped, numbers kept)."""
    folded = fold(text)
    for pattern, replacement in _PHRASE_RE:
        folded = pattern.sub(replacement, folded)
    folded = re.sub(r"\b[ldjnmstc]'|\bqu'|\bjusqu'", " ", folded)
    out = []
    for word in _TOKEN.findall(folded):
        if word in STOPWORDS or (len(word) == 1 and not word.isdigit()):
            continue
        out.append(word if word.isdigit() else lemma(word))
    return out


def is_negated(text: str) -> bool:
    """Whether the text contains a negation marker (French or English)."""
    return NEGATIONS.search(text) is not None


_FR_MARKERS = frozenset(
    str.split(
        "le la les des du de et est une pour dans sur avec qui que aux au il elle sera ont sont "
        "pas mais selon été ses leur avait cette"
    )
)
_EN_MARKERS = frozenset(
    str.split(
        "the and of to is for with that will on are was by from its it this over has have would "
        "which said their after were been"
    )
)


def guess_language(text: str, default: str = "en") -> str:
    """'fr' or 'en' from function words; ``default`` when the text gives too little to go on."""
    words = re.findall(r"[a-zà-ÿ]+", text[:5000].lower())
    fr = sum(w in _FR_MARKERS for w in words)
    en = sum(w in _EN_MARKERS for w in words)
    if max(fr, en) < 2 or fr == en:
        return default
    return "fr" if fr > en else "en"
