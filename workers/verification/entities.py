"""Named entities with their French and English names, found by a small alias table."""

from __future__ import annotations

import re
from dataclasses import dataclass

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


def find_entities(text: str) -> list[Entity]:
    """Known entities mentioned in ``text``, in order of appearance."""
    found = [
        Entity(ident, kind, m.start(), m.end())
        for ident, kind, pattern in _PATTERNS
        for m in pattern.finditer(text)
    ]
    return sorted(found, key=lambda e: e.start)


def actors(ids: set[str]) -> set[str]:
    """The organisations and people among entity ids (places say where, not who)."""
    return {i for i in ids if KINDS.get(i) in ("org", "person")}
