"""Cues for outcomes stated without an amount: records, trends, results of a match.

The first holdout's misses (data/extraction/real/holdout, now development data) were facts a
fact-checker checks first although they carry no amount: a record ("le plus large succès jamais
enregistré en finale", "« plus grand de l'histoire »", "the largest project in the state's
history"), a trend ("une tendance en augmentation …, à la baisse"), a goal in a match ("a ajouté le
quatrième but à la 73e minute"). Word lists, like facts.py: each cue is a signal an editor reads.
"""

from __future__ import annotations

import re

from workers.claimfinder.cues import any_word

# A record or a first: checkable against the history it claims to beat.
RECORD = any_word(
    r"(?:le|la|les|l['’])\s*(?:plus|moins)\s+[\w-]+(?:\s+[\w-]+){0,4}?\s+"
    r"(?:jamais|de l['’]histoire|depuis)",
    r"plus grande? de l['’]histoire",
    r"de son histoire",
    r"de leur histoire",
    r"jamais (?:enregistrée?s?|vue?s?|atteinte?s?|observée?s?|connue?s?|réalisée?s?)",
    r"(?:un |une |nouveau |nouvelle )?records?",
    r"pour la première fois",
    r"(?:the )?(?:largest|biggest|highest|lowest|smallest|youngest|oldest|first)\b[^.]{0,60}?"
    r"(?:ever|in (?:the \w+(?:['’]s)? |its |their |his |her )?history|since)",
    r"for the first time",
    r"all-time",
)
# A direction of change stated in words: "en augmentation", "à la baisse", "is rising".
TREND = any_word(
    r"en (?:nette |forte |légère )?(?:augmentation|hausse|baisse|diminution|recul|progression)",
    r"à la (?:hausse|baisse)",
    r"augmente(?:nt)?",
    r"diminue(?:nt)?",
    r"recule(?:nt)?",
    r"progresse(?:nt)?",
    r"(?:is|are|was|were) (?:rising|falling|increasing|decreasing|declining|growing)",
    r"on the rise",
    r"rose|fell|grew|increased|decreased|risen|fallen",
    r"(?:a|ont) (?:augmenté|baissé|diminué|reculé|progressé)",
)
# What happens in a match: goals, scores, who won it. "but" alone is also "purpose", so only
# in the phrases that make it a goal.
MATCH = any_word(
    r"(?:premier|deuxième|second|troisième|quatrième|cinquième|\w+ième) but",
    r"ouvert le score",
    r"doublé la mise",
    r"a marqué",
    r"ont marqué",
    r"inscrit\w*",
    r"scored",
    r"(?:opening|winning|equali[sz]ing) goal",
)
# Numbers that name a place in an order, not an amount: "à la 73e minute", "(87e)", "1er".
ORDINAL_AFTER = re.compile(r"(?:e|è|ème|eme|er|re|th|st|nd|rd)\b", re.IGNORECASE)
# A result, not an amount: "5-0", "voted 4-1", "29 to 14".
SCORE = re.compile(r"^\s*\d{1,2}\s*(?:[-–]|to|à)\s*\d{1,2}\s*$")
# When in a match: "à la 73e minute", "(87e)", "90+2". The parser reads no amount there, but
# the minute dates the goal as a day dates an event.
MINUTE = re.compile(r"(?<![\w])\d{1,3}(?:e|ème)\s+minute|\(\d{1,3}(?:e|ème|')\)|\d{2}\+\d(?![\w])")
