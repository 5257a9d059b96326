"""Reading numbers written with digits (both conventions) or in words, French and English."""

from __future__ import annotations

import math
import re

from text_to_num import text2num

# Thousands grouped by spaces (incl. NBSP and narrow NBSP), by commas, by dots or, in Swiss
# French, by apostrophes ("22’500"); Indian lakhs ("8,11,604"); or plain.
DIGITS = (
    r"(?<![\w.,])(?<![A-Za-z]-)(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?"
    r"|\d{1,3}(?:['\u2019]\d{3})+(?:[.,]\d+)?"
    # Indian grouping by lakhs in English pages ("8,11,604" is 811,604).
    r"|\d{1,2}(?:,\d{2})+,\d{3}(?!,\d)"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)(?!\d)"
)

_FR_WORDS = (
    "zéro|zero|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|"
    "quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|mille"
)
_EN_WORDS = (
    "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    "eighty|ninety|hundred|thousand"
)
_WORD = rf"(?:{_FR_WORDS}|{_EN_WORDS})"
# A run of number words joined by spaces, hyphens or "et"/"and" ("quatre-vingt-dix", "one
# hundred and five"). Articles alone ("un", "a") are filtered out by the caller.
SPELLED = rf"(?<![\w-])(?:{_WORD}(?:(?:[ -]|\s+(?:et|and)\s+){_WORD})*)(?![\w-])"
ARTICLES = {"un", "une", "one"}

_EN_SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "trillions": 1e12,
    "tn": 1e12,
    "milliard": 1e9,
    "milliards": 1e9,
}
_FR_SCALES = {
    "mille": 1e3,
    "k": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "m": 1e6,
    "md": 1e9,
    "mds": 1e9,
    "mrd": 1e9,
    "mrds": 1e9,
    "milliard": 1e9,
    "milliards": 1e9,
    "md€": 1e9,
    # The trap: a French "billion" is 10^12 (long scale), an English one 10^9.
    "billion": 1e12,
    "billions": 1e12,
    "trillion": 1e18,
    "bn": 1e9,
    "thousand": 1e3,
}
SCALE_WORDS = (
    r"(?:milliards?|millions?|billions?|trillions?|thousand|mille|bn|bln|mln|mn|mds|mrds?|md|tn"
    r"|k|m|b)"
)
# Words that end a spelled number but only make sense after "un"/"one" ("un milliard").
SCALE_ONLY = re.compile(r"\s+(?:milliards?|millions?|billions?|trillions?)\b", re.I)


def scale_value(word: str, language: str) -> float:
    """The multiplier of a scale word; French "billion" means 10^12."""
    table = _FR_SCALES if language == "fr" else _EN_SCALES
    return table.get(word.lower(), _EN_SCALES.get(word.lower(), 1.0))


def parse_digits(raw: str, language: str, *, scaled: bool = False) -> tuple[float, float]:
    """Return (value, absolute rounding tolerance) for digits in either convention."""
    raw = re.sub(r"[ \u00a0\u202f'\u2019]", "", raw)
    decimal = ""
    if "," in raw and "." in raw:
        sep = "," if raw.rfind(",") > raw.rfind(".") else "."
        integer, decimal = raw.rsplit(sep, 1)
        integer = re.sub(r"[.,]", "", integer)
    elif raw.count(",") > 1 or raw.count(".") > 1:
        integer = re.sub(r"[.,]", "", raw)
    elif "," in raw or "." in raw:
        sep = "," if "," in raw else "."
        integer, tail = raw.split(sep)
        # "1,500" is 1500 in English; "1.500" is 1500 in French; a scale word after it
        # ("1,500 milliard") means the separator was a decimal mark after all.
        # "3.000 postes" in a sentence guessed as English is still three thousand: a decimal
        # written with three zeros is rare, a French thousands dot is not.
        thousands = (
            len(tail) == 3
            and not scaled
            and (
                (sep == "," and language != "fr")
                or (sep == "." and (language == "fr" or (tail == "000" and integer.strip("0"))))
            )
        )
        if thousands:
            integer += tail
        else:
            decimal = tail
    else:
        integer = raw
    value = float(f"{integer or '0'}.{decimal or '0'}")
    return value, _tolerance(integer, decimal)


def _tolerance(integer: str, decimal: str) -> float:
    if decimal:
        return 0.5 * 10 ** (-len(decimal))
    stripped = integer.rstrip("0")
    zeros = len(integer) - len(stripped) if stripped else 0
    return 0.5 * 10**zeros


def parse_spelled(raw: str, language: str) -> float | None:
    """Value of a spelled-out number span, or None when text2num cannot read it."""
    words = raw.lower().replace("\u2019", "'")
    for lang in (language, "en" if language == "fr" else "fr"):
        try:
            return float(text2num(words, lang))
        except (ValueError, AssertionError, KeyError, IndexError):
            continue
    return None


def is_ten_power_ratio(a: float, b: float) -> bool:
    """True when a/b is close to 10^3, 10^6, ... or their inverses: a scale-word slip."""
    if a <= 0 or b <= 0:
        return False
    exponent = math.log10(a / b)
    nearest = round(exponent / 3) * 3
    return nearest != 0 and abs(exponent - nearest) < 0.05
