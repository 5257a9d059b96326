"""Benchmark: the CPU-bound stages, per MB of source text and per article.

    python bench/bench_stages.py [--repeat 3]

Text extraction (workers.extraction) on a generated ~1 MB HTML page, matching
(workers.verification.judge_source) of a claim against ~1 MB of text, and claim extraction
(workers.claimfinder) on the seed article and on one five times longer. No database needed.
A stage whose module is not importable prints "n/a (module missing)".
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import REPO, record, table

SEED = REPO / "claims" / "seed" / "stargate-article-fr.txt"
CLAIM = "Le projet Stargate prévoit d'investir 500 milliards de dollars sur quatre ans."
SENTENCES = [
    "The regional council met on {d} March to discuss a budget that rose {p}% to €{n} million.",
    "Analysts at {org} expect growth of {p}% in {y}, down from a forecast made last spring.",
    "Le groupe a annoncé {n} suppressions de postes et un plan d'économies de {p} milliards.",
    "Shares of {org} fell {p} per cent after the company cut its forecast for fiscal {y}.",
    "La région a investi {n} millions d'euros dans ses lycées en {y}, selon le rapport annuel.",
]
FACT = "The Stargate Project intends to invest $500 billion over the next four years."


def _sentence(rng: random.Random) -> str:
    return rng.choice(SENTENCES).format(
        d=rng.randint(1, 28), p=rng.randint(1, 40), n=rng.randint(2, 9000),
        y=rng.randint(2015, 2030), org=rng.choice(["Oracle", "Nvidia", "Contoso", "Banque Z"]),
    )  # fmt: skip


def make_text(size: int, seed: int = 7) -> str:
    """About `size` characters of news-like prose with the claim's fact deep inside."""
    rng = random.Random(seed)
    paragraphs, total = [], 0
    while total < size:
        paragraph = " ".join(_sentence(rng) for _ in range(5))
        paragraphs.append(paragraph)
        total += len(paragraph) + 2
    paragraphs.insert(len(paragraphs) * 2 // 3, FACT)
    return "\n\n".join(paragraphs)


def make_html(size: int) -> bytes:
    """A page of about `size` bytes: navigation and footer boilerplate around an article."""
    paragraphs = make_text(size - 2000).split("\n\n")
    nav = "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(40))
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Bench page</title>"
        f"</head><body><nav><ul>{nav}</ul></nav><article><h1>Bench page</h1>{body}</article>"
        "<footer>© Bench Daily · Terms · Privacy</footer></body></html>"
    ).encode()


def _timed(call: Callable[[], object], repeat: int) -> float:
    """The best of `repeat` runs, in seconds: the least disturbed by other processes."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - started)
    return best


def _extraction_row(html: bytes, repeat: int) -> list[object]:
    try:
        from workers.extraction import extract_document
    except ImportError:
        return ["text extraction (HTML)", f"{len(html) / 1e6:.2f} MB", "n/a (module missing)", ""]
    seconds = _timed(
        lambda: extract_document(html, content_type="text/html", charset="utf-8", url=""), repeat
    )
    mb = len(html) / 1e6
    return [
        "text extraction (HTML)",
        f"{mb:.2f} MB",
        f"{seconds:.2f} s",
        f"{seconds / mb:.2f} s/MB",
    ]


def _matching_row(text: str, repeat: int) -> list[object]:
    try:
        from workers.verification import judge_source
    except ImportError:
        return ["matching (judge_source)", "", "n/a (module missing)", ""]

    def judge() -> None:
        judge_source(claim_text=CLAIM, claim_language="fr", source_text=text, source_language="en")

    seconds, mb = _timed(judge, repeat), len(text.encode()) / 1e6
    return [
        "matching (judge_source)",
        f"{mb:.2f} MB",
        f"{seconds:.2f} s",
        f"{seconds / mb:.2f} s/MB",
    ]


def _claim_rows(repeat: int) -> list[list[object]]:
    article = SEED.read_text(encoding="utf-8")
    try:
        from workers.claimfinder import find_claims
    except ImportError:
        return [["claim extraction", "seed article", "n/a (module missing)", ""]]
    rows = []
    for label, body in (("seed article", article), ("5× seed article", "\n\n".join([article] * 5))):
        found = len(find_claims(body, language="fr"))
        seconds = _timed(lambda body=body: find_claims(body, language="fr"), repeat)
        rows.append(["claim extraction (find_claims)", f"{label}, {len(body) / 1000:.0f} k chars",
                     f"{seconds:.2f} s", f"{found} claims"])  # fmt: skip
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per stage; the best counts")
    parser.add_argument("--size", type=int, default=1_000_000, help="bytes of source text")
    args = parser.parse_args()
    rows = [
        _extraction_row(make_html(args.size), args.repeat),
        _matching_row(make_text(args.size), args.repeat),
        *_claim_rows(args.repeat),
    ]
    headers = ["stage", "input", "time (best of runs)", "rate"]
    print(table(headers, rows))
    path = record("stages", settings=vars(args), headers=headers, rows=rows)
    print(f"\nrecorded in {path.relative_to(REPO)}")


if __name__ == "__main__":
    main()
