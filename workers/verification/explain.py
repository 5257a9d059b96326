"""Human-readable explanations of a comparison, in the claim's language and the source's words."""

from __future__ import annotations

import re

from workers.verification.quantities import Quantity

_PERIODS = {
    "fr": {
        "P": "sur {n} ans",
        "by": "d'ici {y}",
        "from": "dès {y}",
        "in": "en {y}",
        "FY": "exercice {y}",
        "initial": "phase initiale",
        "last": "l'an dernier",
    },
    "en": {
        "P": "over {n} years",
        "by": "by {y}",
        "from": "from {y}",
        "in": "in {y}",
        "FY": "fiscal {y}",
        "initial": "initial phase",
        "last": "last year",
    },
}
_QUALIFIERS = {
    "fr": {
        "approx": "environ",
        "at_least": "au moins",
        "more_than": "plus de",
        "up_to": "jusqu'à",
        "at_most": "au plus",
        "less_than": "moins de",
    },
    "en": {
        "approx": "about",
        "at_least": "at least",
        "more_than": "more than",
        "up_to": "up to",
        "at_most": "at most",
        "less_than": "less than",
    },
}
_CURRENCY_WORDS = re.compile(
    r"^(?:US\$|U\.S\.\s?\$|\$|€|£)\s?|\s*(?:de\s+|d['’]\s*|of\s+)?(?:dollars?(?:\s+\w+)?|euros?|"
    r"€|\$|livres?\s+sterling|pounds?|USD|EUR|GBP)$",
    re.I,
)


def _period(key: str | None, language: str) -> str:
    if not key:
        return ""
    words = _PERIODS["fr" if language == "fr" else "en"]
    if key.startswith("P") and key.endswith("Y"):
        return words["P"].format(n=key[1:-1])
    if key.startswith("FY"):
        return words["FY"].format(y=key[2:])
    kind, _, rest = key.partition(":")
    if kind in words and rest:
        return words[kind].format(y=rest[:4])
    return words.get(key, "")


def describe_claim(quantity: Quantity, language: str | None) -> str:
    """'500 milliards USD sur 4 ans': the claim's figure, its currency and period, normalised."""
    language = "fr" if language == "fr" else "en"
    figure = _CURRENCY_WORDS.sub("", quantity.text).strip() or quantity.text
    parts = []
    qualifier = _QUALIFIERS[language].get(quantity.qualifier or "")
    if qualifier and qualifier.lower() not in figure.lower():
        parts.append(qualifier)
    parts.append(figure)
    if quantity.currency:
        parts.append(quantity.currency)
    if quantity.unit not in ("year", "duration"):
        parts.append(_period(quantity.period, language))
    return " ".join(p for p in parts if p)


def describe_source(quantity: Quantity) -> str:
    """The source's own words for its figure and, when separate, its period."""
    if (
        quantity.period_text
        and quantity.period_text not in quantity.text
        and quantity.period_text != "baseline"
    ):
        return f"{quantity.text} {quantity.period_text}"
    return quantity.text


# Every reason code a Judgement can carry. The editorial screens show words for each one
# (claims/editorial/words.py); tests keep the engine, this list and those words in step.
REASON_CODES = frozenset(
    {
        "exact",
        "within_rounding",
        "within_qualifier",
        "value_mismatch",
        "scale_mismatch",
        "currency_mismatch",
        "time_mismatch",
        "period_mismatch",
        "change_mismatch",
        "direction_mismatch",
        "ordinal_mismatch",
        "context_mismatch",
        "no_comparable_quantity",
        "negation",
        "entity_match",
        "entity_mismatch",
        "role_swap",
        "restated",
        "reported_speech",
        "forecast_not_fact",
        "unsubstantiated",
        "debunked",
        "answered_no",
        "answered_yes",
        "disputed_count",
    }
)

_WHY = {
    "context_mismatch": "different measure",
    "reported_speech": "figure only reported, not asserted by the source",
    "forecast_not_fact": "figure given as a forecast",
    "unsubstantiated": "the source calls the claim unproven, neither true nor false",
    "debunked": "the source rejects the claim it quotes",
    "answered_no": "a question restating the claim is answered no",
    "answered_yes": "a question restating the claim is answered yes",
    "role_swap": "another role for this party",
    "other_owner": "the passage gives this figure to another party it names",
    "other_event": "the same event, on another date or at another place",
    "restated": "the same fact in other words: every name, figure and date of the claim in one "
    "sentence, nothing turning it",
    "ordinal_mismatch": "the same fact with another ordinal",
    "disputed_count": "the same passage gives this other count, by another counter",
}


def explanation(
    claim: Quantity | None,
    source: Quantity | None,
    reason: str,
    language: str | None,
    stance: str,
    note: str = "",
) -> str:
    """One line saying what was compared and what came of it (and why it was set aside)."""
    line = _line(claim, source, reason, language, stance)
    why = _WHY.get(reason)
    if why:
        line += f" — {why}" + (f": {note}" if note else "")
    elif note:
        # The claim's own figure decided: say why the equal one was not it.
        line += f" — {note}"
    return line


def _line(
    claim: Quantity | None, source: Quantity | None, reason: str, language: str | None, stance: str
) -> str:
    if claim and source:
        return (
            f"claim: {describe_claim(claim, language)} ↔ source: {describe_source(source)} "
            f"({reason})"
        )
    if claim:
        return f"claim: {describe_claim(claim, language)} ↔ source: no comparable figure ({reason})"
    words = {
        "supports": "names the same parties and says the same thing",
        "refutes": "names the same parties but says otherwise",
        "neutral": "does not establish the claim",
    }
    return f"claim without figures: the passage {words[stance]} ({reason})"
