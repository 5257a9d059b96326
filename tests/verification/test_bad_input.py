"""Bad input never crashes the engine nor makes it crawl."""

import random

import pytest

from workers.verification import (
    MAX_SOURCE_CHARS,
    extract_quantities,
    judge_source,
    split_passages,
    suggest_verdict,
)
from workers.verification import judge as judge_module

CLAIM = "Stargate investira 500 milliards de dollars sur quatre ans."


@pytest.mark.parametrize("source", ["", "   ", "\n\n\n", ".", "!!!???"])
def test_it_returns_nothing_for_empty_sources(source):
    assert judge_source(claim_text=CLAIM, claim_language="fr", source_text=source) == []


def test_it_returns_nothing_for_an_empty_claim():
    assert judge_source(claim_text="", claim_language=None, source_text="Some text.") == []


def test_it_survives_binary_junk():
    junk = bytes(random.Random(7).randrange(256) for _ in range(50_000)).decode("latin-1")
    judgements = judge_source(claim_text=CLAIM, claim_language="fr", source_text=junk)
    assert suggest_verdict(judgements).verdict in (
        "not_enough_evidence",
        "refuted",
        "supported",
        "conflicting",
    )
    for j in judgements:
        assert junk[j.start : j.end] == j.excerpt
    assert isinstance(extract_quantities(junk), list)
    assert split_passages(junk)


def test_it_caps_a_huge_source_and_says_it_was_truncated(monkeypatch):
    monkeypatch.setattr(judge_module, "MAX_SOURCE_CHARS", 200_000)
    filler = "The weather was mild and the markets were calm that day. " * 5_000
    text = ("Stargate will invest $500 billion over the next four years. " + filler) * 2
    judgements = judge_source(claim_text=CLAIM, claim_language="fr", source_text=text)
    assert judgements and all(j.truncated for j in judgements)
    assert judgements[0].stance == "supports" and judgements[0].start < 200_000
    assert MAX_SOURCE_CHARS >= 1_000_000


def test_it_does_not_flag_a_short_source_as_truncated():
    judgements = judge_source(
        claim_text=CLAIM,
        claim_language="fr",
        source_text="Stargate will invest $500 billion over four years.",
    )
    assert judgements and not judgements[0].truncated


def test_it_handles_a_passage_with_a_hundred_numbers():
    numbers = ", ".join(f"{n},{n % 10} %" for n in range(100, 200))
    text = f"Le tableau donne {numbers}. Stargate investira 500 milliards de dollars sur 4 ans."
    assert len(extract_quantities(text, "fr")) >= 100
    judgements = judge_source(claim_text=CLAIM, claim_language="fr", source_text=text)
    assert judgements[0].stance == "supports"


def test_it_handles_mixed_languages_in_one_source():
    text = (
        "Communiqué. Le projet investira 500 milliards de dollars sur quatre ans. "
        "Press release. The project will invest $500 billion over four years."
    )
    judgements = judge_source(
        claim_text="Stargate will invest $500 billion over four years.",
        claim_language="en",
        source_text=text,
    )
    assert suggest_verdict(judgements).verdict == "supported"


def test_it_handles_a_long_line_without_punctuation():
    text = "mot " * 100_000
    assert max(e - s for s, e in split_passages(text)) <= 600
    judgements = judge_source(claim_text=CLAIM, claim_language="fr", source_text=text)
    assert all(j.stance == "neutral" for j in judgements)


@pytest.mark.parametrize("code", ["fr-FR", "EN", "", "de", None])
def test_it_accepts_any_language_code(code):
    judgements = judge_source(
        claim_text=CLAIM,
        claim_language=code,
        source_language=code,
        source_text="Stargate will invest $500 billion over four years.",
    )
    assert judgements[0].stance == "supports"
