"""Find check-worthy claims in an article: sentences (or clauses) that state checkable facts."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from workers.claimfinder import cues
from workers.claimfinder.claimants import find_claimant
from workers.claimfinder.language import detect_language
from workers.verification import extract_quantities, split_passages

SUPPORTED_LANGUAGES = frozenset({"fr", "en"})
# Work is linear in the text; past this size an article is a dump, not an article.
MAX_CHARS = 6_000_000

_CAPITALIZED = re.compile(r"\b(?:[A-ZÀ-Ý][a-zà-ÿ]+[A-Z]\w*|[A-ZÀ-Ý]{2,}|[A-ZÀ-Ý][a-zà-ÿ'’-]+)\b")
_NOT_ENTITIES = cues.NOT_NAMES
_ATTRIBUTION_LINE = re.compile(r"^\s*[–—-]\s*(?P<who>\S.{2,150})$")
_CLAUSE_BREAK = re.compile(r",\s+(?=avec |tandis qu|alors qu|while |whereas |and |et )|;\s+")
_QUOTE_OPENING = ("«", '"', "“")


class UnsupportedLanguage(ValueError):
    """The article is in a language the finder does not read."""


@dataclass(frozen=True)
class Candidate:
    quote: str
    start: int
    end: int
    kind: str
    claimant: str
    score: float
    hedged: bool
    quantities: list[dict] = field(default_factory=list)
    signals: list[str] = field(default_factory=list)


def _entities(text: str) -> set[str]:
    found = set()
    for match in _CAPITALIZED.finditer(text):
        word = match.group(0)
        if word in _NOT_ENTITIES:
            continue
        at_start = text[: match.start()].strip() == ""
        camel_or_acronym = not word[1:].islower()
        if at_start and not camel_or_acronym:
            continue
        found.add(word)
    return found


def _measures(quantities: list[dict]) -> list[dict]:
    return [q for q in quantities if q["unit"] in cues.MEASURE_UNITS]


def _kind(text: str, quantities: list[dict]) -> str:
    has_year = (
        any(q["unit"] == "year" for q in quantities)
        or bool(re.search(r"\b20\d\d\b", text))
        or bool(cues.DATED_FUTURE.search(text))
    )
    if cues.FUTURE.search(text) and has_year:
        return "prediction"
    if _measures(quantities):
        return "quantity"
    if cues.EVENT.search(text) or not cues.ROLE.search(text):
        return "event"
    return "attribution"


def _score(text: str, quantities: list[dict], entities: set[str]) -> tuple[float, list[str]]:
    score, signals = 0.0, []
    measures = _measures(quantities)
    if any(q["unit"] in {"currency", "percent"} for q in measures):
        score, signals = score + 0.5, [*signals, "money_or_percent"]
    elif measures or cues.FRACTION.search(text):
        score, signals = score + 0.4, [*signals, "figure"]
    # Several figures in one statement: a result or a comparison, rarely a figure of speech.
    if len({(q["unit"], q.get("value")) for q in measures}) >= 2:
        score, signals = score + 0.1, [*signals, "figures"]
    if measures and cues.CHANGE.search(text):
        score, signals = score + 0.2, [*signals, "change"]
    if any(q["unit"] == "year" for q in quantities) or re.search(r"\b(19|20)\d\d\b", text):
        score, signals = score + 0.2, [*signals, "date"]
    if entities:
        score += 0.25 if len(entities) >= 2 else 0.2
        signals.append("named_entity")
    sourced = bool(cues.SELON.search(text) or cues.SPEECH_VERB.search(text))
    if sourced:
        score, signals = score + 0.25, [*signals, "attribution"]
    # Unconfirmed but sourced ("envisagerait …, selon des sources") is still a claim to check.
    if sourced and cues.HEDGE.search(text):
        score, signals = score + 0.15, [*signals, "reported"]
    if cues.ROLE.search(text):
        score, signals = score + 0.35, [*signals, "role"]
    if cues.EVENT.search(text):
        score, signals = score + 0.3, [*signals, "event"]
    if cues.FUTURE.search(text):
        score, signals = score + 0.1, [*signals, "future"]
    if cues.OPINION.search(text):
        score, signals = score - 0.5, [*signals, "opinion"]
    return max(0.0, min(1.0, score)), signals


def _is_heading(text: str) -> bool:
    stripped = text.strip()
    return not stripped.endswith((".", "!", "?", "»", '"', "”", ":")) and len(stripped.split()) < 14


def _clauses(text: str, start: int, end: int, language: str) -> list[tuple[int, int]]:
    """Split a sentence into clauses when each clause states its own figure."""
    sentence = text[start:end]
    cuts = list(_CLAUSE_BREAK.finditer(sentence))
    if not cuts:
        return [(start, end)]
    bounds, last = [], 0
    for cut in cuts:
        bounds.append((last, cut.start()))
        last = cut.end()
    bounds.append((last, len(sentence)))
    with_figures = [
        (s, e)
        for s, e in bounds
        if _measures([q.to_dict() for q in extract_quantities(sentence[s:e], language)])
        or cues.FRACTION.search(sentence[s:e])
    ]
    if len(with_figures) < 2:
        return [(start, end)]
    return [(start + s, start + e) for s, e in bounds if sentence[s:e].strip()]


def _attribution_lines(text: str) -> dict[int, str]:
    """Map each paragraph's end offset to the claimant named on the line that follows it."""
    found: dict[int, str] = {}
    offset = 0
    previous_end = None
    for line in text.splitlines(keepends=True):
        match = _ATTRIBUTION_LINE.match(line.rstrip("\n"))
        if match and previous_end is not None:
            found[previous_end] = match.group("who").strip()
        if line.strip():
            previous_end = offset + len(line.rstrip("\n"))
        offset += len(line)
    return found


def find_claims(
    text: str, *, language: str | None = None, min_score: float = 0.5
) -> list[Candidate]:
    """Check-worthy candidates in reading order, each with its exact quote and offsets."""
    if not text or not text.strip():
        return []
    text = text[:MAX_CHARS]
    language = language or detect_language(text)
    if language not in SUPPORTED_LANGUAGES:
        raise UnsupportedLanguage(
            f"This article looks like it is in {language or 'an unknown language'}; claims are "
            "found in French and English only, so none were proposed."
        )
    claimants_by_paragraph = _attribution_lines(text)
    paragraph_ends = sorted(claimants_by_paragraph)
    candidates: list[Candidate] = []
    # Who spoke last in this paragraph: '"It will bring 1,500 jobs."' after '"…," Shah said.'
    speaker, previous_end = "", 0
    for s_start, s_end in split_passages(text):
        sentence = text[s_start:s_end]
        if "\n" in text[previous_end:s_start]:
            speaker = ""
        previous_end = s_end
        skip = _is_heading(sentence) or sentence.rstrip().endswith("?")
        if skip or _ATTRIBUTION_LINE.match(sentence):
            continue
        # Bisect, not a scan: a dump with thousands of attribution lines stays linear.
        at = bisect.bisect_left(paragraph_ends, s_end)
        para_end = paragraph_ends[at] if at < len(paragraph_ends) else None
        default_claimant = ""
        if para_end is not None and "\n" not in text[s_end:para_end]:
            default_claimant = claimants_by_paragraph[para_end]
        quoted = any(mark in sentence for mark in _QUOTE_OPENING)
        # Looked for only where it can matter: most sentences of a long dump are neither quoted
        # nor check-worthy.
        sentence_claimant = find_claimant(sentence)[0] if quoted else None
        if quoted and not sentence_claimant and sentence.lstrip().startswith(_QUOTE_OPENING):
            default_claimant = speaker or default_claimant
        if quoted and sentence_claimant:
            speaker = sentence_claimant
        # Figures are read on the whole sentence, so a clause inherits its currency ("100
        # milliards de dollars …, avec … 500 milliards" is 500 billion dollars too).
        sentence_quantities = [q.to_dict() for q in extract_quantities(sentence, language)]
        for start, end in _clauses(text, s_start, s_end, language):
            raw = text[start:end]
            lead = len(raw) - len(raw.lstrip(" ,;"))
            start += lead
            quote = text[start:end].rstrip(" ,;")
            end = start + len(quote)
            if len(quote.split()) < 4:
                continue
            quantities = []
            for q in sentence_quantities:
                if start <= s_start + q["start"] and s_start + q["end"] <= end:
                    offset = s_start - start
                    quantities.append({**q, "start": q["start"] + offset, "end": q["end"] + offset})
            entities = _entities(quote)
            score, signals = _score(quote, quantities, entities)
            if score < min_score:
                continue
            if sentence_claimant is None:
                sentence_claimant = find_claimant(sentence)[0]
            # A clause keeps the source its sentence names ("Selon X, a …, et b …").
            claimant, who_signals = find_claimant(quote, sentence_claimant or default_claimant)
            candidates.append(
                Candidate(
                    quote=quote,
                    start=start,
                    end=end,
                    kind=_kind(quote, quantities),
                    claimant=claimant,
                    score=round(score, 3),
                    hedged=bool(cues.HEDGE.search(quote)),
                    quantities=quantities,
                    signals=signals + who_signals,
                )
            )
    return candidates
