"""Deterministic split of the real-text set into tuned (two thirds) and holdout (one third).

The unit of assignment is the source article (``source_url``): every case quoting the same article
goes to the same part, so no passage the engine is tuned on reappears in the holdout with another
claim. Within that constraint the split is stratified by (label, trap): articles are taken in a
greedy order: the article that brings the holdout's (label, trap) counts closest to a third of
each stratum moves to the holdout (ties broken by SHA-256 of the URL), until no article helps or
the holdout would pass a third of the cases.

    python data/verification/realtext/split.py            # check the files against the rule
    python data/verification/realtext/split.py --write    # rewrite both files from their union
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
TUNED = HERE / "tuned.jsonl"
HOLDOUT = HERE / "holdout.jsonl"


def read_cases(*paths: Path) -> list[dict]:
    """Every case of the given JSONL files, in file order."""
    cases = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                cases.append(json.loads(line))
    return cases


def _stratum(case: dict) -> tuple[str, str]:
    return case["label"], case["trap"]


def assign(cases: list[dict]) -> dict[str, str]:
    """Map each case id to "tuned" or "holdout"."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for case in cases:
        groups[case["source_url"]].append(case)
    target = {s: n / 3 for s, n in Counter(_stratum(c) for c in cases).items()}
    budget = len(cases) / 3
    need = {url: Counter(_stratum(c) for c in group) for url, group in groups.items()}
    held: Counter = Counter()
    size = 0
    chosen: set[str] = set()

    def gain(url: str) -> float:
        # How much closer the holdout's counts get to a third of each stratum with this article.
        return sum(
            (held[s] - target[s]) ** 2 - (held[s] + k - target[s]) ** 2
            for s, k in need[url].items()
        )

    # Greedy: repeatedly move the article that helps most; ties go to the lower URL hash.
    while True:
        candidates = [
            url
            for url in groups
            if url not in chosen and size + len(groups[url]) <= budget and gain(url) > 0
        ]
        if not candidates:
            break
        best = max(
            candidates,
            key=lambda url: (gain(url), -int(hashlib.sha256(url.encode()).hexdigest(), 16)),
        )
        chosen.add(best)
        held.update(need[best])
        size += len(groups[best])
    parts = {}
    for url, group in groups.items():
        for case in group:
            parts[case["id"]] = "holdout" if url in chosen else "tuned"
    return parts


def write(cases: list[dict]) -> None:
    parts = assign(cases)
    for path, name in ((TUNED, "tuned"), (HOLDOUT, "holdout")):
        lines = [json.dumps(c, ensure_ascii=False) for c in cases if parts[c["id"]] == name]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def check() -> list[str]:
    """Cases whose part differs from the rule (empty when the files follow it)."""
    tuned, holdout = read_cases(TUNED), read_cases(HOLDOUT)
    parts = assign(sorted(tuned + holdout, key=lambda c: c["id"]))
    wrong = [c["id"] for c in tuned if parts[c["id"]] != "tuned"]
    return wrong + [c["id"] for c in holdout if parts[c["id"]] != "holdout"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="rewrite both files from their union")
    args = parser.parse_args()
    if args.write:
        cases = sorted(read_cases(TUNED, HOLDOUT), key=lambda c: c["id"])
        write(cases)
        return 0
    wrong = check()
    if wrong:
        print("not in the part the rule gives:", ", ".join(wrong))
        return 1
    print("split follows the rule")
    return 0


if __name__ == "__main__":
    sys.exit(main())
