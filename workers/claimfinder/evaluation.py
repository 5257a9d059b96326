"""Score the claim finder against hand-labelled articles: detection, kind and claimant."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

# A prediction finds a gold claim when it covers at least this share of the gold quote: the
# finder may quote the whole sentence where the editor marked a clause, or the reverse.
MIN_OVERLAP = 0.5
# Labels written before issue 19 call a role or an ownership "attribution"; the finder now says
# "role". The two names mean one kind, so an old label is not scored as a wrong kind.
KIND_ALIASES = {"attribution": "role"}

Span = tuple[int, int]


@dataclass(frozen=True)
class ArticleScore:
    name: str
    gold: int
    predicted: int
    matched: int
    kind_correct: int
    claimant_correct: int
    # Unmatched proposals that overlap a sentence the labeller judged not check-worthy.
    not_claim_hits: int = 0
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    # (labelled kind, proposed kind) of each matched claim, for the confusion table.
    kinds: list[tuple[str, str]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        # Proposing nothing proposes nothing false.
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def kind_accuracy(self) -> float | None:
        return self.kind_correct / self.matched if self.matched else None

    @property
    def claimant_accuracy(self) -> float | None:
        return self.claimant_correct / self.matched if self.matched else None


def overlap(a: Span, b: Span) -> int:
    """Characters two spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_spans(predicted: Sequence[Span], gold: Sequence[Span]) -> list[tuple[int, int]]:
    """One-to-one (prediction index, gold index) pairs, the largest overlaps first."""
    pairs = []
    for p, p_span in enumerate(predicted):
        for g, g_span in enumerate(gold):
            shared = overlap(p_span, g_span)
            if shared > 0 and shared >= MIN_OVERLAP * (g_span[1] - g_span[0]):
                pairs.append((shared, p, g))
    # Ties go to the earlier prediction and gold claim, so the result never depends on a sort's
    # stability.
    pairs.sort(key=lambda item: (-item[0], item[1], item[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    matched = []
    for _, p, g in pairs:
        if p not in used_p and g not in used_g:
            used_p.add(p)
            used_g.add(g)
            matched.append((p, g))
    return sorted(matched, key=lambda item: item[1])


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def same_kind(predicted: str, gold: str) -> bool:
    return KIND_ALIASES.get(predicted, predicted) == KIND_ALIASES.get(gold, gold)


def same_claimant(predicted: str | None, gold: str | None) -> bool:
    """Case- and accent-blind; one name containing the other counts ("Sachs" in "Goldman Sachs").

    No claimant is written "" or null (the newsroom's own voice): both mean the same.
    """
    a, b = _fold(predicted or ""), _fold(gold or "")
    if not a or not b:
        return a == b
    return a in b or b in a


def _spans(text: str, quotes: Sequence[str]) -> list[Span]:
    spans = []
    for quote in quotes:
        start = text.find(quote)
        if start < 0:
            raise ValueError(f"labelled quote not in the text: {quote[:60]!r}")
        spans.append((start, start + len(quote)))
    return spans


def gold_spans(article: dict) -> list[Span]:
    """Offsets of each gold quote: its first occurrence in the text."""
    return _spans(article["text"], [claim["quote"] for claim in article["claims"]])


def not_claim_spans(article: dict) -> list[Span]:
    """Offsets of the sentences the labeller judged not check-worthy (optional)."""
    return _spans(article["text"], article.get("not_claims") or [])


def score_article(article: dict, candidates: Sequence, *, name: str = "") -> ArticleScore:
    """Compare one article's candidates (anything with start, end, quote, kind, claimant)."""
    gold = article["claims"]
    pairs = match_spans([(c.start, c.end) for c in candidates], gold_spans(article))
    found_p = {p for p, _ in pairs}
    found_g = {g for _, g in pairs}
    kind_ok = claimant_ok = 0
    wrong = []
    for p, g in pairs:
        candidate, claim = candidates[p], gold[g]
        kind_right = same_kind(candidate.kind, claim["kind"])
        same_who = same_claimant(candidate.claimant, claim.get("claimant"))
        kind_ok += kind_right
        claimant_ok += same_who
        if not (kind_right and same_who):
            wrong.append(
                f"kind {candidate.kind}/{claim['kind']}, claimant "
                f"{candidate.claimant!r}/{claim.get('claimant', '')!r}: {claim['quote']}"
            )
    negatives = not_claim_spans(article)
    not_claim_hits = sum(
        1
        for p, c in enumerate(candidates)
        if p not in found_p and any(overlap((c.start, c.end), span) for span in negatives)
    )
    return ArticleScore(
        name=name or article.get("title", ""),
        gold=len(gold),
        predicted=len(candidates),
        matched=len(pairs),
        kind_correct=kind_ok,
        claimant_correct=claimant_ok,
        not_claim_hits=not_claim_hits,
        missed=[c["quote"] for g, c in enumerate(gold) if g not in found_g],
        spurious=[c.quote for p, c in enumerate(candidates) if p not in found_p],
        wrong=wrong,
        kinds=[
            (
                KIND_ALIASES.get(gold[g]["kind"], gold[g]["kind"]),
                KIND_ALIASES.get(candidates[p].kind, candidates[p].kind),
            )
            for p, g in pairs
        ],
    )


def total(scores: Sequence[ArticleScore]) -> ArticleScore:
    """Micro-averaged totals: every claim weighs the same, whichever article it is in."""
    return ArticleScore(
        name="TOTAL",
        gold=sum(s.gold for s in scores),
        predicted=sum(s.predicted for s in scores),
        matched=sum(s.matched for s in scores),
        kind_correct=sum(s.kind_correct for s in scores),
        claimant_correct=sum(s.claimant_correct for s in scores),
        not_claim_hits=sum(s.not_claim_hits for s in scores),
    )


def load_articles(path: str | Path) -> list[tuple[str, dict]]:
    """(file stem, article) for one JSON file, or for every *.json directly in a folder."""
    path = Path(path)
    files = sorted(path.glob("*.json")) if path.is_dir() else [path]
    articles = []
    for file in files:
        article = json.loads(file.read_text(encoding="utf-8"))
        if not isinstance(article, dict) or not {"text", "claims"} <= article.keys():
            raise ValueError(f"{file.name}: expected an object with text and claims")
        articles.append((file.stem, article))
    return articles


def evaluate(
    articles: Sequence[tuple[str, dict]], *, finder: Callable[..., Sequence]
) -> list[ArticleScore]:
    """Run the finder on each article in its labelled language and score it."""
    return [
        score_article(article, finder(article["text"], language=article.get("language")), name=name)
        for name, article in articles
    ]


def _pct(value: float | None) -> str:
    return "   –" if value is None else f"{value:4.2f}"


def format_table(scores: Sequence[ArticleScore]) -> str:
    """One row per article and a totals row, fixed-width for a terminal."""
    width = max([len(s.name) for s in scores] + [5])
    header = (
        f"{'article':<{width}}  gold  pred  match  recall  prec    F1  kind  claimant  not_claim"
    )
    rows = [header, "-" * len(header)]
    for s in [*scores, total(scores)]:
        if s.name == "TOTAL":
            rows.append("-" * len(header))
        rows.append(
            f"{s.name:<{width}}  {s.gold:4d}  {s.predicted:4d}  {s.matched:5d}  "
            f"{_pct(s.recall):>6}  {_pct(s.precision):>4}  {_pct(s.f1)}  "
            f"{_pct(s.kind_accuracy)}  {_pct(s.claimant_accuracy):>8}  {s.not_claim_hits:9d}"
        )
    return "\n".join(rows)


def kind_confusion(scores: Sequence[ArticleScore]) -> str:
    """Labelled kind (rows) against proposed kind (columns), over the matched claims."""
    pairs = [pair for s in scores for pair in s.kinds]
    kinds = sorted({k for pair in pairs for k in pair})
    width = max([len(k) for k in kinds] + [len("labelled")])
    rows = [f"{'labelled':<{width}}  " + "  ".join(f"{k:>{len(k)}}" for k in kinds)]
    for gold in kinds:
        counts = [sum(1 for g, p in pairs if g == gold and p == k) for k in kinds]
        rows.append(
            f"{gold:<{width}}  "
            + "  ".join(f"{n:>{len(k)}}" for n, k in zip(counts, kinds, strict=True))
        )
    return "\n".join(rows)


# Thresholds `sweep` tries when none are given: the band where the finder's ranking decides.
SWEEP_THRESHOLDS = (0.0, 0.15, 0.25, 0.3, 0.35, 0.4, 0.45)


def sweep(
    articles: Sequence[tuple[str, dict]],
    *,
    finder: Callable[..., Sequence],
    thresholds: Sequence[float] = SWEEP_THRESHOLDS,
) -> list[tuple[float, ArticleScore]]:
    """(threshold, totals) for each threshold: the finder is run again with `min_score` set.

    Run again rather than filtered by score: the threshold also decides where a sentence is cut
    into clauses and which sentence continues a proposed one, so filtering would score a finder
    that does not exist.
    """
    return [
        (
            threshold,
            total(
                evaluate(
                    articles,
                    finder=lambda text, language=None, t=threshold: finder(
                        text, language=language, min_score=t
                    ),
                )
            ),
        )
        for threshold in thresholds
    ]


def format_sweep(rows: Sequence[tuple[float, ArticleScore]]) -> str:
    """One line per threshold: proposals, matches, recall, precision, F1, kind and claimant."""
    # Three decimals: neighbouring thresholds often differ by a claim or two.
    header = "min_score  gold  pred  match  recall   prec     F1   kind  claimant"
    lines = [header, "-" * len(header)]
    for threshold, s in rows:
        kind = "    –" if s.kind_accuracy is None else f"{s.kind_accuracy:5.3f}"
        who = "    –" if s.claimant_accuracy is None else f"{s.claimant_accuracy:5.3f}"
        lines.append(
            f"{threshold:9.2f}  {s.gold:4d}  {s.predicted:4d}  {s.matched:5d}  "
            f"{s.recall:6.3f}  {s.precision:5.3f}  {s.f1:5.3f}  {kind}  {who:>8}"
        )
    return "\n".join(lines)


def choose_threshold(
    rows: Sequence[tuple[float, ArticleScore]], *, min_precision: float
) -> float | None:
    """The threshold with the most recall among those whose precision reaches `min_precision`.

    Ties go to the higher threshold (fewer proposals for the same claims found); None when no
    threshold reaches the precision.
    """
    fitting = [(s.recall, threshold) for threshold, s in rows if s.precision >= min_precision]
    return max(fitting)[1] if fitting else None
