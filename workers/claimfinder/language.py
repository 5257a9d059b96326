"""Language identification for articles: French, English, or which other language it is.

Written by hand on purpose: the product only needs to tell French and English from the rest on
article-length text, where function-word frequencies are decisive; a statistical package would
add megabytes of models (and nondeterminism, for langdetect) for no better answer here.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-zà-öø-ÿœæß]+", re.IGNORECASE)

STOPWORDS: dict[str, frozenset[str]] = {
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "des",
            "du",
            "de",
            "un",
            "une",
            "et",
            "est",
            "sont",
            "dans",
            "pour",
            "sur",
            "avec",
            "par",
            "pas",
            "plus",
            "que",
            "qui",
            "ce",
            "cette",
            "ces",
            "au",
            "aux",
            "il",
            "elle",
            "ils",
            "nous",
            "vous",
            "ont",
            "été",
            "sera",
            "selon",
            "mais",
            "ou",
            "où",
            "leur",
            "leurs",
            "son",
            "sa",
            "ses",
        ]
    ),
    "en": frozenset(
        [
            "the",
            "of",
            "and",
            "to",
            "in",
            "is",
            "are",
            "was",
            "were",
            "for",
            "on",
            "with",
            "by",
            "that",
            "this",
            "these",
            "from",
            "at",
            "as",
            "it",
            "its",
            "have",
            "has",
            "been",
            "will",
            "would",
            "which",
            "their",
            "they",
            "not",
            "but",
            "or",
            "an",
            "be",
            "said",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "und",
            "ist",
            "nicht",
            "mit",
            "von",
            "zu",
            "den",
            "dem",
            "ein",
            "eine",
            "sich",
            "auf",
            "für",
            "auch",
            "im",
            "wird",
            "werden",
            "sind",
            "wurde",
            "nach",
            "bei",
            "aus",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "los",
            "las",
            "del",
            "y",
            "en",
            "que",
            "por",
            "con",
            "para",
            "una",
            "es",
            "se",
            "su",
            "sus",
            "al",
            "como",
            "más",
            "pero",
            "fue",
            "son",
            "está",
            "según",
            "también",
        ]
    ),
    "it": frozenset(
        [
            "il",
            "lo",
            "gli",
            "della",
            "delle",
            "dei",
            "che",
            "per",
            "con",
            "una",
            "sono",
            "non",
            "nel",
            "nella",
            "anche",
            "come",
            "più",
            "è",
            "stato",
            "dalla",
            "alla",
        ]
    ),
    "nl": frozenset(
        [
            "de",
            "het",
            "een",
            "en",
            "van",
            "dat",
            "niet",
            "met",
            "voor",
            "zijn",
            "op",
            "te",
            "ook",
            "aan",
            "naar",
            "bij",
            "werd",
        ]
    ),
    "pt": frozenset(
        [
            "os",
            "as",
            "dos",
            "das",
            "que",
            "não",
            "com",
            "uma",
            "para",
            "por",
            "mais",
            "foi",
            "são",
            "pelo",
            "pela",
            "também",
        ]
    ),
}
# Below this many function words the text is too short to tell.
MIN_HITS = 4


def detect_language(text: str) -> str | None:
    """'fr', 'en', another ISO 639-1 code, or None when the text is too short to tell."""
    words = [w.lower() for w in _WORD.findall(text[:20_000])]
    scores = {lang: sum(1 for w in words if w in stops) for lang, stops in STOPWORDS.items()}
    lang, hits = max(scores.items(), key=lambda item: item[1])
    return lang if hits >= MIN_HITS else None
