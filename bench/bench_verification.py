"""Benchmark: per-claim verification time against a ~1 MB source, and passages scored per second.

Run with ``python bench/bench_verification.py``; the engine is pure Python, no Django needed.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workers.verification import judge_source, split_passages, suggest_verdict

CLAIMS = [
    ("fr", "Le projet Stargate prévoit d'investir 500 milliards de dollars sur quatre ans."),
    (
        "fr",
        "L'IA représentera 19 % de la consommation électrique des centres de données d'ici 2028.",
    ),
    ("fr", "Masayoshi Son sera le président de Stargate."),
    ("en", "Microsoft will spend $80 billion on AI data centers."),
    ("fr", "OpenAI prévoit de livrer sa propre puce dès 2026 avec Broadcom et TSMC."),
]
FILLER = [
    "The council met on {d} to discuss the budget, which rose {p}% to €{n} million.",
    "Analysts at {org} expect growth of {p}% in {y}, down from {q}% a year earlier.",
    "Le groupe a annoncé {n} suppressions de postes et un plan de {m} milliards d'euros.",
    "Shares of {org} fell {p} per cent after the company cut its forecast for fiscal {y}.",
    "La région a investi {n} millions d'euros dans ses lycées en {y}, selon le rapport.",
    "More than {n} people visited the fair, organisers said on {d}.",
]
FACTS = [
    "The Stargate Project intends to invest $500 billion over the next four years.",
    "Goldman Sachs Research says AI will represent about 19% of data center power demand by 2028.",
    "Masayoshi Son will be the chairman of Stargate.",
    "Microsoft expects to spend approximately $80 billion in fiscal 2025 on AI data centers.",
    "OpenAI aims to deliver its own chip, built with Broadcom and TSMC, in 2026.",
]


def make_source(target_chars: int = 1_000_000, seed: int = 1) -> str:
    rng = random.Random(seed)
    orgs = ["Oracle", "Nvidia", "SoftBank", "Acme Corp", "Banque Z", "Contoso"]
    parts, size = [], 0
    while size < target_chars:
        sentence = rng.choice(FILLER).format(
            d=f"{rng.randint(1, 28)} March",
            p=rng.randint(1, 40),
            q=rng.randint(1, 40),
            n=rng.randint(2, 9000),
            m=rng.randint(1, 90),
            y=rng.randint(2015, 2030),
            org=rng.choice(orgs),
        )
        parts.append(sentence)
        size += len(sentence) + 1
    for fact in FACTS:  # the facts sit deep inside the page
        parts.insert(rng.randrange(len(parts) // 2, len(parts)), fact)
    return " ".join(parts)


def main() -> None:
    source = make_source()
    passages = len(split_passages(source))
    print(f"source: {len(source):,} characters, {passages:,} passages")
    print(f"{'claim':<62}{'seconds':>9}{'passages/s':>12}  verdict")
    total = 0.0
    for language, claim in CLAIMS:
        started = time.perf_counter()
        judgements = judge_source(
            claim_text=claim, claim_language=language, source_text=source, source_language="en"
        )
        verdict = suggest_verdict(judgements).verdict
        elapsed = time.perf_counter() - started
        total += elapsed
        label = claim if len(claim) <= 60 else claim[:57] + "..."
        print(f"{label:<62}{elapsed:>9.2f}{passages / elapsed:>12,.0f}  {verdict}")
    print(
        f"{'mean per claim':<62}{total / len(CLAIMS):>9.2f}{passages * len(CLAIMS) / total:>12,.0f}"
    )


if __name__ == "__main__":
    main()
