"""Named entities with their French and English names, found by a small alias table."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale

from workers.verification.lexicon import fold

# (id, kind, case-insensitive aliases, case-sensitive aliases). Case matters for names that
# are also common words: "Arm" (arm), "Son" (French "his"), "US" (us), "Meta".
_TABLE: list[tuple[str, str, list[str], list[str]]] = [
    (
        "usa",
        "place",
        [
            r"[ÉE]tats-Unis",
            r"United States",
            r"Am[ée]rique",
            r"America",
            r"am[ée]ricaine?s?",
            r"U\.S\.A?\.?",
        ],
        [r"US", r"USA"],
    ),
    ("white_house", "place", [r"Maison[- ]Blanche", r"White House"], []),
    ("texas", "place", [r"Texas", r"Abilene"], []),
    ("ohio", "place", [r"Ohio"], []),
    ("wisconsin", "place", [r"Wisconsin"], []),
    ("abu_dhabi", "place", [r"Abu Dhabi", r"Abou Dhabi"], []),
    ("san_francisco", "place", [r"San Francisco"], []),
    (
        "europe",
        "place",
        [r"Europe", r"europ[ée]ens?n?e?s?", r"European Union", r"Union europ[ée]enne"],
        [r"EU", r"UE"],
    ),
    ("china", "place", [r"China", r"Chine", r"chinois\w*", r"Chinese"], []),
    ("stargate", "org", [r"Stargate"], []),
    ("softbank", "org", [r"SoftBank", r"Soft Bank"], []),
    ("openai", "org", [r"OpenAI", r"Open AI", r"ChatGPT"], []),
    ("oracle", "org", [r"Oracle"], []),
    ("microsoft", "org", [r"Microsoft"], []),
    ("goldman", "org", [r"Goldman Sachs", r"Goldman"], []),
    ("nvidia", "org", [r"Nvidia"], []),
    ("arm", "org", [r"Arm Holdings"], [r"Arm", r"ARM"]),
    ("mgx", "org", [r"MGX"], []),
    ("broadcom", "org", [r"Broadcom"], []),
    ("tsmc", "org", [r"TSMC", r"Taiwan Semiconductor"], []),
    ("google", "org", [r"Google", r"Alphabet"], []),
    ("amazon", "org", [r"Amazon", r"AWS"], []),
    ("meta", "org", [r"Facebook"], [r"Meta"]),
    ("apple", "org", [], [r"Apple"]),
    ("intel", "org", [r"Intel"], []),
    ("amd", "org", [r"AMD"], []),
    ("insee", "org", [r"Insee", r"institut statistique", r"statistics office"], []),
    ("son", "person", [r"Masayoshi Son", r"Masayoshi"], [r"M\. Son", r"Mr\.? Son"]),
    ("altman", "person", [r"Sam Altman", r"Altman"], []),
    ("ellison", "person", [r"Larry Ellison", r"Ellison"], []),
    ("trump", "person", [r"Donald Trump", r"Trump"], []),
    ("musk", "person", [r"Elon Musk", r"Musk"], []),
]
ROLE = re.compile(
    r"\b(?:pr[ée]sident(?:e)?|chairman|chairwoman|chair|ceo|chief executive|"
    r"directeur g[ée]n[ée]ral|pdg|patron|fondateur|founder)\b",
    re.I,
)


@dataclass(frozen=True)
class Entity:
    """One entity mention: a canonical id, its kind and its span."""

    id: str
    kind: str  # 'org', 'person', 'place'
    start: int
    end: int


def _compile() -> list[tuple[str, str, re.Pattern]]:
    out = []
    for ident, kind, loose, strict in _TABLE:
        if loose:
            out.append(
                (ident, kind, re.compile(r"(?<!\w)(?:" + "|".join(loose) + r")(?!\w)", re.I))
            )
        if strict:
            out.append((ident, kind, re.compile(r"(?<!\w)(?:" + "|".join(strict) + r")(?!\w)")))
    return out


_PATTERNS = _compile()
KINDS = {ident: kind for ident, kind, _, _ in _TABLE}


# Babel's territory codes the table above already names under its own ids.
_SAME = {"US": "usa", "CN": "china", "EU": "europe"}
# Territory names that are also common words, first names or parts of other names.
_NOT_PLACES = frozenset({"maurice", "jordan", "georgia", "chad", "turkey", "jersey"})


@lru_cache(maxsize=1)
def _territories() -> tuple[dict[str, str], re.Pattern]:
    """Folded French and English country and territory names → an id (Babel's CLDR data, a
    requirement already read by the attribution rules): "Allemagne" and "Germany" are "de"."""
    names: dict[str, str] = {}
    for language in ("fr", "en"):
        for code, name in Locale(language).territories.items():
            folded = fold(name)
            if code.isalpha() and len(folded) >= 4 and "(" not in folded:
                names[folded] = _SAME.get(code, code.lower())
    words = sorted(names, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])")
    return names, pattern


def territory(name: str) -> str | None:
    """The territory id of a country's French or English name, or None."""
    return _territories()[0].get(fold(name).strip())


def _territory_entities(text: str) -> list[Entity]:
    names, pattern = _territories()
    folded = fold(text)
    if len(folded) != len(text):  # offsets would not line up
        return []
    return [
        Entity(names[m.group()], "place", m.start(), m.end())
        for m in pattern.finditer(folded)
        if text[m.start()].isupper() and m.group() not in _NOT_PLACES
    ]


def find_entities(text: str) -> list[Entity]:
    """Known entities mentioned in ``text``, in order of appearance."""
    found = [
        Entity(ident, kind, m.start(), m.end())
        for ident, kind, pattern in _PATTERNS
        for m in pattern.finditer(text)
    ]
    return sorted(found, key=lambda e: e.start)


def find_places(text: str) -> list[Entity]:
    """The places of ``text``: the table's, then the countries and territories Babel names in
    French and English ("Japon" / "Japan" are both "jp"). Kept apart from ``find_entities``:
    read everywhere, the wider list moved the relevance of passages and cost more verdicts on
    the pooled development sets than it fixed (sixth pass)."""
    found = [e for e in find_entities(text) if e.kind == "place"]
    taken = {(e.start, e.end) for e in found}
    found += [e for e in _territory_entities(text) if (e.start, e.end) not in taken]
    return sorted(found, key=lambda e: e.start)


def actors(ids: set[str]) -> set[str]:
    """The organisations and people among entity ids (places say where, not who)."""
    return {i for i in ids if KINDS.get(i) in ("org", "person")}
