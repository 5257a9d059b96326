"""judge_source: find the passages of a source that bear on a claim and judge each of them."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace

import bm25s
import numpy as np
from rapidfuzz import fuzz

from workers.verification.analysis import View, build_view, coverage
from workers.verification.exclusions import check_exclusion
from workers.verification.explain import explanation
from workers.verification.frames import pair_questions
from workers.verification.lexicon import fold, guess_language, tokens
from workers.verification.quantities import Quantity, extract_quantities
from workers.verification.sentences import split_passages
from workers.verification.stance import Finding, judge_passage, key_quantities
from workers.verification.turns import opposite_turn, other_year

# bm25s logs every index build at DEBUG; one build per judged source would flood worker logs.
logging.getLogger("bm25s").setLevel(logging.WARNING)

# A 20 MB page must not take minutes: only the first MAX_SOURCE_CHARS characters and the first
# MAX_PASSAGES sentences are scored, and Judgement.truncated says so.
MAX_SOURCE_CHARS = 2_000_000
MAX_PASSAGES = 20_000
MAX_CLAIM_CHARS = 2_000
# Full analysis (figures, entities, stance) runs on this many best-ranked sentences only.
CANDIDATES = 24
METHOD = "bm25+quantities+entities"


@dataclass(frozen=True)
class Judgement:
    """One passage of a source, what it says about the claim, and why."""

    excerpt: str
    start: int
    end: int
    stance: str  # 'supports' | 'refutes' | 'neutral'
    reason: str
    confidence: float
    score: float
    method: str
    claim_quantity: dict | None
    source_quantity: dict | None
    explanation: str
    truncated: bool = False  # the source was longer than MAX_SOURCE_CHARS / MAX_PASSAGES
    ceiling: bool = False  # the claim states as a fact a figure the source gives as a ceiling
    note: str = ""  # why a passage was set aside ("different measure: global consumption")
    claim_figures: int = 0  # how many figures the claim stands or falls by
    cover: float = 1.0  # share of the claim's content words found in the passage


def _number_hints(claim_quantities: list[Quantity]) -> list[str]:
    """Digit strings a relevant sentence is likely to contain ("500", "19", "2028")."""
    hints = set()
    for q in claim_quantities:
        for digits in re.findall(r"\d+", q.text):
            if digits.strip("0"):
                hints.add(digits)
        if q.value and q.value == int(q.value) and q.unit in ("year", "count"):
            hints.add(str(int(q.value)))
    return sorted(hints)


def _rank(
    claim_tokens: list[str], passage_tokens: list[list[str]], texts: list[str], hints: list[str]
) -> np.ndarray:
    scores = np.zeros(len(passage_tokens))
    query = sorted(set(claim_tokens))
    if query and any(passage_tokens):
        retriever = bm25s.BM25()
        retriever.index([t or [""] for t in passage_tokens], show_progress=False)
        scores = np.asarray(retriever.get_scores(query), dtype=float)
        if scores.max() > 0:
            scores = scores / scores.max()
    if hints:
        pattern = re.compile(r"(?<!\d)(?:" + "|".join(map(re.escape, hints)) + r")(?!\d)")
        bonus = np.array(
            [
                0.3
                if pattern.search(t.replace("\u00a0", "").replace(" ", "")) or pattern.search(t)
                else 0.0
                for t in texts
            ]
        )
        scores = scores + bonus
    return scores


def judge_source(
    *,
    claim_text: str,
    claim_language: str | None,
    source_text: str,
    source_language: str | None = None,
    top_k: int = 3,
) -> list[Judgement]:
    """The passages of ``source_text`` that bear on the claim, best first, each judged."""
    if not claim_text or not claim_text.strip() or not source_text or top_k <= 0:
        return []
    claim_text = claim_text[:MAX_CLAIM_CHARS]
    claim_language = _language(claim_language) or guess_language(claim_text)
    text = source_text[:MAX_SOURCE_CHARS]
    spans = split_passages(text)
    truncated = len(source_text) > MAX_SOURCE_CHARS or len(spans) > MAX_PASSAGES
    spans = pair_questions(text, spans[:MAX_PASSAGES])
    if not spans:
        return []
    source_language = _language(source_language) or guess_language(text)
    claim = build_view(claim_text, claim_language)
    texts = [text[s:e] for s, e in spans]
    passage_tokens = [tokens(t) for t in texts]
    scores = _rank(tokens(claim_text), passage_tokens, texts, _number_hints(list(claim.quantities)))
    order = [int(i) for i in np.argsort(-scores, kind="stable")[:CANDIDATES] if scores[i] > 0]
    folded_claim = fold(claim_text)
    # Small counts ("les trois partenaires") describe more often than they claim.
    figures = len([q for q in key_quantities(claim) if not (q.unit == "count" and q.value < 10)])
    judged: list[Judgement] = []
    for index in order:
        start, end = spans[index]
        passage = _view(text, start, end, source_language)
        previous = _context(text, spans, index, source_language)
        relevance = _relevance(claim, passage, float(scores[index]), folded_claim)
        # The headline (a fact-check's verdict), the sentences before and after.
        around = {0, index - 1, index + 1} - {index, -1, len(spans)}
        nearby = " ".join(text[spans[i][0] : spans[i][1]] for i in sorted(around))
        cover = round(coverage(claim, passage.words), 3)
        findings = judge_passage(claim, passage, previous, nearby, text)
        # A claim saying which period its figure is not for (exclusions.py).
        turned = next(
            (
                t
                for f in findings
                if f.stance == "supports" and f.claim_quantity and f.source_quantity
                if (t := opposite_turn(claim, passage, f.claim_quantity, f.source_quantity))
            ),
            None,
        )
        turned = turned or next(
            (
                f"another year: {t}"
                for f in findings
                if f.stance == "supports" and f.claim_quantity and f.source_quantity
                if (t := other_year(claim, passage, f.claim_quantity, f.source_quantity))
            ),
            None,
        )
        findings = check_exclusion(claim.text, passage.text, findings, turned)
        for finding in findings:
            judgement = _judgement(text, start, end, finding, relevance, claim_language, truncated)
            judged.append(replace(judgement, claim_figures=figures, cover=cover))
    judged.sort(key=lambda j: (j.stance != "neutral", j.confidence, j.score), reverse=True)
    return _distinct(judged)[:top_k]


def _language(code: str | None) -> str | None:
    """'fr' or 'en' from codes such as 'fr-FR' or 'EN'; None for anything the engine cannot read."""
    short = (code or "").strip().lower()[:2]
    return short if short in ("fr", "en") else None


def _context(text: str, spans: list[tuple[int, int]], index: int, language: str) -> View | None:
    """The sentence before, plus the opening line: a headline names who a page is about."""
    if index == 0:
        return None
    picked = [spans[0]] if index == 1 else [spans[0], spans[index - 1]]
    joined = " ".join(text[s:e] for s, e in picked)
    return build_view(joined, language)


def _view(text: str, start: int, end: int, language: str) -> View:
    sentence = text[start:end]
    # Pages mix languages (a French quote in an English article): each sentence is read in its
    # own language when it shows one, since "billion" means 10^9 or 10^12 depending on it.
    language = guess_language(sentence, default=language)
    quantities = extract_quantities(sentence, language)
    shifted = [
        q.__class__(**{**q.__dict__, "start": q.start + start, "end": q.end + start})
        for q in quantities
    ]
    view = build_view(sentence, language, quantities=quantities)
    return View(**{**view.__dict__, "offset": start, "quantities": tuple(shifted)})


def _relevance(claim: View, passage: View, bm25: float, folded_claim: str) -> float:
    entity = len(claim.entities & passage.entities) / len(claim.entities) if claim.entities else 0
    verbatim = fuzz.partial_ratio(folded_claim, fold(passage.text)) / 100
    return round(min(1.0, 0.55 * min(bm25, 1.0) + 0.25 * entity + 0.2 * verbatim), 3)


def _judgement(
    text: str,
    start: int,
    end: int,
    finding: Finding,
    relevance: float,
    language: str | None,
    truncated: bool,
) -> Judgement:
    if finding.span:
        start, end = start + finding.span[0], start + finding.span[1]
        while start < end and text[start] in " ,;":
            start += 1
        while end > start and text[end - 1] in " ,;":
            end -= 1
    cq, sq = finding.claim_quantity, finding.source_quantity
    return Judgement(
        excerpt=text[start:end],
        start=start,
        end=end,
        stance=finding.stance,
        reason=finding.reason,
        confidence=max(0.0, min(1.0, finding.confidence)),
        score=relevance,
        method=METHOD,
        claim_quantity=cq.to_dict() if cq else None,
        source_quantity=sq.to_dict() if sq else None,
        explanation=explanation(cq, sq, finding.reason, language, finding.stance, finding.note),
        truncated=truncated,
        ceiling=finding.ceiling,
        note=finding.note,
    )


def _distinct(judged: list[Judgement]) -> list[Judgement]:
    seen: set[tuple] = set()
    out = []
    for judgement in judged:
        claim = judgement.claim_quantity or {}
        key = (judgement.start, judgement.end, claim.get("start"))
        if key not in seen:
            seen.add(key)
            out.append(judgement)
    return out


__all__ = [
    "CANDIDATES",
    "MAX_PASSAGES",
    "MAX_SOURCE_CHARS",
    "Judgement",
    "judge_source",
    "key_quantities",
]
