"""The compass bearing a distance is given in: "à 23 km à l'ouest de Nurdagi" against "23
kilometres east of Nurdagi" is the same distance the other way, a refutation though the figure
is equal. Bearings are read right after the figure, in French and English, as a set of
cardinal points ("north-northeast" {n, e}, "sud-ouest" {s, w}); two bearings contradict when
they share no cardinal point (north-east and north-northeast do not)."""

from __future__ import annotations

import re

_POINT = r"(?:nord|sud|est|ouest|north|south|east|west)"
# "95 km (59 mi) north-northeast from", "50 kilometers southwest of", "à 80 km au sud-ouest
# de", "23 km à l'est de". French needs "au"/"à l'" ("23 km est de" is "is of"); the point
# must be followed by what it is reckoned from.
_BEARING = re.compile(
    r"\s*(?:\([^()]{0,24}\)\s*)?"
    r"(?:(?:au|à\s+l['’]|a\s+l['’])\s*(?P<fr>" + _POINT + r"(?:[-–]" + _POINT + r")*)"
    r"|(?:to\s+the\s+)?(?P<en>(?:(?:north|south)?(?:east|west)|north|south)"
    r"(?:[-–](?:north|south)?(?:east|west)|[-–](?:north|south))*))"
    r"(?=\s*(?:of|from|de|du|des|d['’]))",
    re.I,
)
_LETTER = {"nord": "n", "north": "n", "sud": "s", "south": "s", "est": "e", "east": "e"}
_LETTER |= {"ouest": "w", "west": "w"}


def bearing(text: str, end: int) -> frozenset[str]:
    """Cardinal points of the bearing written right after a figure ending at ``end``."""
    found = _BEARING.match(text, end)
    if not found:
        return frozenset()
    words = re.findall(_POINT, found.group(0).lower())
    return frozenset(_LETTER[w] for w in words)


def bearing_flip(claim_text: str, claim_end: int, passage_text: str, source_end: int) -> str:
    """The passage's bearing ("north-northeast") when it shares no cardinal point with the
    claim's for the same distance, else ""."""
    said, found = bearing(claim_text, claim_end), bearing(passage_text, source_end)
    if said and found and not said & found:
        words = _BEARING.match(passage_text, source_end)
        return words.group("fr") or words.group("en")
    return ""
