"""Scoring the engine on a labelled set: per-label precision/recall/F1, macro-F1, baselines."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

LABELS = ("supported", "refuted", "conflicting", "not_enough_evidence")


@dataclass(frozen=True)
class Metrics:
    """Scores of one set of predictions against the gold labels."""

    per_label: dict[str, dict[str, float]]  # label -> precision, recall, f1, support
    macro_f1: float
    accuracy: float
    confusion: dict[str, dict[str, int]]  # gold -> predicted -> count
    labels: tuple[str, ...]


def compute_metrics(
    gold: Sequence[str], predicted: Sequence[str], labels: Iterable[str] = LABELS
) -> Metrics:
    """Precision, recall and F1 per label; macro-F1 over labels seen in gold or predictions."""
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted differ in length")
    labels = tuple(labels)
    confusion = {g: dict.fromkeys(labels, 0) for g in labels}
    for g, p in zip(gold, predicted, strict=True):
        confusion[g][p] += 1
    per_label = {}
    for label in labels:
        tp = confusion[label][label]
        predicted_n = sum(confusion[g][label] for g in labels)
        gold_n = sum(confusion[label].values())
        precision = tp / predicted_n if predicted_n else 0.0
        recall = tp / gold_n if gold_n else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_label[label] = {
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "support": gold_n,
            "predicted": predicted_n,
        }
    seen = [lab for lab in labels if per_label[lab]["support"] or per_label[lab]["predicted"]]
    macro = sum(per_label[lab]["f1"] for lab in seen) / len(seen) if seen else 0.0
    accuracy = (
        sum(g == p for g, p in zip(gold, predicted, strict=True)) / len(gold) if gold else 0.0
    )
    return Metrics(per_label, macro, accuracy, confusion, labels)


def load_eval(path: str | Path) -> list[dict]:
    """Read a JSONL evaluation set (id, claim, claim_language, passage, source_language, label)."""
    items = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            items.append(json.loads(line))
    return items


def majority_baseline(items: Sequence[dict]) -> list[str]:
    """Always the most frequent gold label of the set."""
    label = Counter(item["label"] for item in items).most_common(1)[0][0]
    return [label] * len(items)


def _digit_runs(text: str) -> set[str]:
    # Separators between digits are dropped, so "1 500", "1,500" and "1.500" all read "1500",
    # and "7,4" / "7.4" both read "74": the baseline is blind to conventions, not fooled by them.
    joined = re.sub(r"(?<=\d)[ \u00a0\u202f.,](?=\d)", "", text)
    return set(re.findall(r"\d+", joined))


def digits_baseline(items: Sequence[dict]) -> list[str]:
    """Claim without digits: not enough evidence; every claim digit run in the passage:
    supported; otherwise refuted."""
    out = []
    for item in items:
        claim = _digit_runs(item["claim"])
        if not claim:
            out.append("not_enough_evidence")
        elif claim <= _digit_runs(item["passage"]):
            out.append("supported")
        else:
            out.append("refuted")
    return out


def engine_suggestions(items: Sequence[dict]) -> list:
    """The engine's suggestion (verdict and confidence) for each item, the passage as source."""
    from workers.verification import judge_source, suggest_verdict

    out = []
    for item in items:
        judgements = judge_source(
            claim_text=item["claim"],
            claim_language=item.get("claim_language"),
            source_text=item["passage"],
            source_language=item.get("source_language"),
        )
        out.append(suggest_verdict(judgements))
    return out


def engine_predictions(items: Sequence[dict]) -> list[str]:
    """The engine's suggested verdict for each item (passage used as the whole source)."""
    return [suggestion.verdict for suggestion in engine_suggestions(items)]


COMMITTED = ("supported", "refuted")
CALIBRATION_BINS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001)


def committed_precision(gold: Sequence[str], predicted: Sequence[str]) -> tuple[int, int]:
    """(right, said): supported/refuted verdicts the engine said, and how many were right."""
    said = [(g, p) for g, p in zip(gold, predicted, strict=True) if p in COMMITTED]
    return sum(g == p for g, p in said), len(said)


def calibration(
    gold: Sequence[str], predicted: Sequence[str], confidences: Sequence[float]
) -> list[tuple[float, float, int, int]]:
    """(low, high, right, count) per confidence bin, over every suggestion of the set."""
    rows = []
    for low, high in pairwise(CALIBRATION_BINS):
        inside = [
            g == p for g, p, c in zip(gold, predicted, confidences, strict=True) if low <= c < high
        ]
        rows.append((low, min(high, 1.0), sum(inside), len(inside)))
    return rows


def format_calibration(
    gold: Sequence[str], predicted: Sequence[str], confidences: Sequence[float]
) -> str:
    """The calibration table and the precision of committed verdicts, as plain text."""
    right, said = committed_precision(gold, predicted)
    share = f"{right / said:.3f}" if said else "n/a"
    lines = [
        f"committed verdicts (supported/refuted): {right}/{said} right, precision {share}",
        "calibration (confidence bin: right/count = share right)",
    ]
    table = calibration(gold, predicted, confidences)
    for low, high, ok, count in table:
        rate = f"{ok / count:.3f}" if count else "  -  "
        lines.append(
            f"  [{low:.1f}, {high:.1f}{']' if high == 1.0 else ')'}: {ok:>3}/{count:<3} = {rate}"
        )
    high_ok = sum(ok for low, _h, ok, _c in table if low >= 0.8)
    high_n = sum(c for low, _h, _ok, c in table if low >= 0.8)
    if high_n:
        lines.append(f"  confidence >= 0.8: {high_ok}/{high_n} = {high_ok / high_n:.3f} right")
    return "\n".join(lines)


def format_metrics(name: str, metrics: Metrics) -> str:
    """A plain-text table of one system's scores."""
    short = {
        "supported": "SUP",
        "refuted": "REF",
        "conflicting": "CON",
        "not_enough_evidence": "NEE",
    }
    lines = [
        f"== {name}: macro-F1 {metrics.macro_f1:.3f}, accuracy {metrics.accuracy:.3f}",
        f"{'label':<22}{'precision':>10}{'recall':>8}{'f1':>8}{'support':>9}",
    ]
    for label in metrics.labels:
        m = metrics.per_label[label]
        lines.append(
            f"{label:<22}{m['precision']:>10.3f}{m['recall']:>8.3f}{m['f1']:>8.3f}{m['support']:>9}"
        )
    lines.append(
        "confusion (rows gold, columns predicted): "
        + " ".join(f"{short[lab]:>5}" for lab in metrics.labels)
    )
    for gold in metrics.labels:
        row = " ".join(f"{metrics.confusion[gold][p]:>5}" for p in metrics.labels)
        lines.append(f"{'':<22}{short[gold]:<20}{row}")
    return "\n".join(lines)
