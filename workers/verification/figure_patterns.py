"""Patterns around a figure: currency marks, percent words, qualifiers, vague magnitudes."""

import re

from workers.verification.numbers import DIGITS, SCALE_WORDS, SPELLED

CURRENCY_PREFIX = re.compile(r"(US\$|U\.S\.\s?\$|\$|€|£|USD\s?|EUR\s?|GBP\s?)\s?$")
CURRENCY_SUFFIX = re.compile(
    r"\s*(?:de\s+|d['’]\s*|of\s+)?(dollars?\s+am[ée]ricains|US\s+dollars?|dollars?|euros?|€|\$|"
    r"livres?\s+sterling|pounds?(?:\s+sterling)?|sterling|USD|EUR|GBP)(?![A-Za-z])",
    re.I,
)
PERCENT = re.compile(
    r"[ \u00a0\u202f]?(%|pour\s?cent\b|pourcent\b|percent\b|per\s+cent\b|"
    r"points?\s+de\s+pourcentage|percentage\s+points?)",
    re.I,
)
SCALE = re.compile(rf"([ \u00a0\u202f]*)-?({SCALE_WORDS})\.?(?!\w)", re.I)
DURATION_NOUN = re.compile(
    r"\s*(ans|années|an|years?|mois|months?|semaines|weeks?|jours|days?|heures|hours?)\b", re.I
)
NOUN = re.compile(
    r"(?:\s+|\s*(?:de\s+|d['’]\s*|of\s+|des\s+|(?:new|nouveaux|nouvelles|more|additional|"
    r"supplémentaires|nets?|American|américains)\s+))*([A-Za-zÀ-ÿ][\w-]+)"
)
QUALIFIERS = [
    (
        "approx",
        r"approximately|approx\.?|about|around|roughly|some|nearly|almost|close\s+to|"
        r"closer\s+to|près\s+de|environ|quelque|presque|autour\s+de|approximativement|"
        r"avoisinant|~|≈",
    ),
    (
        "at_least",
        r"at\s+least|no\s+less\s+than|no\s+fewer\s+than|pas\s+moins\s+de|au\s+moins|"
        r"a\s+minimum\s+of|au\s+minimum",
    ),
    (
        "more_than",
        r"more\s+than|over|above|upwards\s+of|in\s+excess\s+of|plus\s+de|plus\s+que|au-delà\s+de|"
        r"supérieure?s?\s+à|beyond|exceeding|dépassant|(?<!sous\s)la\s+barre\s+des|"
        # "dépassait encore 20 %", "exceeded 4,000" ("dépassé de 20 %" is a change by 20 %).
        r"(?:d[ée]pass(?:e|ent|ait|aient|[ée]e?s?)|exceed(?:s|ed)?)(?:\s+(?:encore|d[ée]j[àa]|"
        r"largement|already|still))?(?:\s+(?:l['’]\s*objectif|le\s+seuil|la\s+barre|the\s+"
        r"target|the\s+threshold)\s+(?:de|des|of))?(?!\s+(?:de|by)\b)|"
        r"(?:above|au-dessus\s+de)\s+(?:the|l['’]|la|le)\s*(?:target|threshold|objectif|"
        r"seuil|barre)\s+(?:of|de|des)",
    ),
    (
        "up_to",
        r"up\s+to|jusqu['’]à|jusqu['’]a|pouvant\s+atteindre|pourrai(?:en)?t\s+atteindre|"
        r"could\s+reach(?:\s+up\s+to)?|may\s+reach|as\s+much\s+as|as\s+many\s+as|"
        r"as\s+high\s+as",
    ),
    ("at_most", r"at\s+most|au\s+plus|no\s+more\s+than|not\s+more\s+than|au\s+maximum"),
    (
        "less_than",
        r"less\s+than|fewer\s+than|moins\s+de|under|below|inférieure?s?\s+à|"
        # "passée sous la barre des 20 %", "remaining below the target of 93%".
        r"(?:sous|en[- ]dessous\s+de|au-dessous\s+de|below|under)\s+(?:the|l['’]|la|le)\s*"
        r"(?:target|threshold|objectif|seuil|barre)\s+(?:of|de|des)",
    ),
]
QUALIFIER_RE = [
    (name, re.compile(rf"(?<![\w])(?:{alts})(?:\s+(?:les|la|le|the|a|de|d['’]))?\s*$", re.I))
    for name, alts in QUALIFIERS
]
VAGUE_WORDS = {
    "dizaines": (10, 99),
    "dozens": (12, 99),
    "tens": (10, 99),
    "centaines": (100, 999),
    "hundreds": (100, 999),
    "milliers": (1000, 9999),
    "thousands": (1000, 9999),
    "millions": (1e6, 1e9 - 1),
    "milliards": (1e9, 1e12 - 1),
    "billions": (1e9, 1e12 - 1),
}
VAGUE_BASE = {
    "milliers": 1e3,
    "thousands": 1e3,
    "millions": 1e6,
    "milliards": 1e9,
    "billions": 1e9,
}
VAGUE = re.compile(
    r"\b(?:des|plusieurs|quelques|de|d['’])\s*(dizaines|centaines|milliers|millions|milliards)"
    r"(?:\s+de\s+(milliers|millions|milliards))?\b"
    r"|\b(dozens|tens|hundreds|thousands|millions|billions)"
    r"(?:\s+of\s+(thousands|millions|billions))?(?=\s+of\b)",
    re.I,
)
NUMBER = re.compile(rf"{DIGITS}|{SPELLED}", re.I)
RANGE_GAP = re.compile(r"^\s*(?:-|–|—|to|à|and|et)\s*$", re.I)
RANGE_OPENER = re.compile(r"(?:between|entre|from|de)\s+[$€£]?\s*$", re.I)
BASELINE = re.compile(
    r"(?:\b(?:up|down)\s+from|\bcontre|\bcompared\s+(?:with|to)|\bversus|\bvs\.?|"
    r"\bpar\s+rapport\s+à|\bfrom)\s+(?:about\s+|environ\s+)?$",
    re.I,
)
DIRECTIONS = {"rise": "rise", "fall": "fall", "cut": "fall"}

# Physical units: (family, factor to the family's base unit). "945 TWh" is energy 945e12 Wh,
# "7 gigawatts" power 7e9 W; figures of different families never compare.
PHYSICAL_UNITS = {
    "twh": ("energy", 1e12),
    "gwh": ("energy", 1e9),
    "mwh": ("energy", 1e6),
    "kwh": ("energy", 1e3),
    "terawatt-hour": ("energy", 1e12),
    "terawattheure": ("energy", 1e12),
    "gigawatt-hour": ("energy", 1e9),
    "gigawattheure": ("energy", 1e9),
    "megawatt-hour": ("energy", 1e6),
    "megawattheure": ("energy", 1e6),
    "kilowatt-hour": ("energy", 1e3),
    "kilowattheure": ("energy", 1e3),
    "gw": ("power", 1e9),
    "mw": ("power", 1e6),
    "kw": ("power", 1e3),
    "gigawatt": ("power", 1e9),
    "megawatt": ("power", 1e6),
    "kilowatt": ("power", 1e3),
    "km2": ("area", 1e6),
    "km²": ("area", 1e6),
    "m2": ("area", 1.0),
    "m²": ("area", 1.0),
    "square metre": ("area", 1.0),
    "square meter": ("area", 1.0),
    "metre carre": ("area", 1.0),
    "hectare": ("area", 1e4),
    "km": ("length", 1e3),
    "kilometre": ("length", 1e3),
    "kilometer": ("length", 1e3),
    "mile": ("length", 1609.0),
    # Heights and short lengths ("6,31 m", "6.31 meters"): athletics records, floods, sea level.
    "m": ("length", 1.0),
    "metre": ("length", 1.0),
    "meter": ("length", 1.0),
    "cm": ("length", 0.01),
    "centimetre": ("length", 0.01),
    "centimeter": ("length", 0.01),
    "tonne": ("mass", 1e3),
    "ton": ("mass", 1e3),
    "kg": ("mass", 1.0),
    "kilo": ("mass", 1.0),
    "kilogramme": ("mass", 1.0),
    # Freight abbreviations ("466,4 Mt", "272 kt"): the press writes the unit short where the
    # claim spells it out ("466,4 millions de tonnes"). Volumes (hl, litres) are left as counted
    # nouns: read as a physical family they skipped the checks that set forecasts aside.
    "gt": ("mass", 1e12),
    "mt": ("mass", 1e9),
    "kt": ("mass", 1e6),
    "°c": ("temperature", 1.0),
    "degre": ("temperature", 1.0),
    "degree": ("temperature", 1.0),
}
# "6m17" in athletics: 6 metres 17 centimetres, written glued after the metres.
GLUED_METRES = re.compile(r"m(\d{2})(?![\d\w])")
PHYSICAL = re.compile(
    r"[ \u00a0\u202f]*(?:de\s+|d['’]\s*|of\s+)?(TWh|GWh|MWh|kWh|GW|MW|kW|km²|km2|m²|m2|°C|"
    r"t[ée]rawatt[- ]?heures?|terawatt[- ]hours?|gigawatt[- ]?heures?|gigawatt[- ]hours?|"
    r"m[ée]gawatt[- ]?heures?|megawatt[- ]hours?|kilowatt[- ]?heures?|kilowatt[- ]hours?|"
    r"gigawatts?|m[ée]gawatts?|kilowatts?|square\s+met(?:re|er)s?|m[èe]tres?\s+carr[ée]s|"
    r"hectares?|kilom[eè]t(?:re|er)s?|km|miles?|tonnes?|tons?|kg|kilos?|kilogrammes?|"
    r"centim[eè]t(?:re|er)s?|cm|m[eè]t(?:re|er)s?(?!\s+carr)|(?-i:m)|(?-i:[GMk]t)|"
    r"degr[ée]s?(?:\s+Celsius)?|degrees?(?:\s+Celsius)?)(?![\w²])",
    re.I,
)
