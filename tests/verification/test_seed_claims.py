"""Every sourced seed claim is supported by its demo page, and refuted once the fact is changed."""

import json
from pathlib import Path

import pytest

from tests.verification.pages import SOURCES, page_text
from workers.verification import judge_source, suggest_verdict

SEED = Path(__file__).resolve().parents[2] / "claims" / "seed" / "stargate.json"
CLAIMS = {c["key"]: c for c in json.loads(SEED.read_text(encoding="utf-8"))["claims"]}

# key -> words the supporting excerpt must contain
EXCERPTS = {
    "stargate-500bn": "$500 billion over the next four years",
    "stargate-100bn-initial": "$100 billion into the initial phase",
    "stargate-texas": "data center campus in Texas",
    "stargate-jobs": "hundreds of thousands of jobs",
    "stargate-governance": "SoftBank has financial responsibility",
    "stargate-chairman": "Masayoshi Son will be the chairman",
    "stargate-tech-partners": "Microsoft, Arm and NVIDIA are technology partners",
    "stargate-mgx": "MGX joins SoftBank",
    "softbank-100bn-pledge": "invest $100 billion in the United States",
    "microsoft-80bn": "approximately $80 billion",
    "goldman-19pct-2028": "about 19% of data center power demand by 2028",
    "openai-chip-2026": "deliver its own chip in 2026",
}
# key -> (text in the page, changed text): the page then contradicts the claim
CHANGES = {
    "stargate-500bn": [
        ("$500 billion", "$400 billion"),
        ("over the next four years", "over the next ten years"),
    ],
    "stargate-100bn-initial": [
        ("$100 billion into", "$150 billion into"),
        ("into the initial phase", "over the next ten years"),
    ],
    "stargate-texas": [("campus in Texas", "campus in Ohio")],
    "stargate-jobs": [("hundreds of thousands of jobs", "about 5,000 jobs")],
    "stargate-chairman": [("Masayoshi Son will be", "Sam Altman will be")],
    "stargate-governance": [
        (
            "SoftBank has financial responsibility for Stargate, while OpenAI has operational",
            "OpenAI has financial responsibility for Stargate, while SoftBank has operational",
        )
    ],
    "stargate-tech-partners": [("NVIDIA are technology", "NVIDIA are not technology")],
    "stargate-mgx": [("MGX joins SoftBank", "MGX does not join SoftBank")],
    "softbank-100bn-pledge": [("$100 billion", "$50 billion")],
    "microsoft-80bn": [("$80 billion", "$60 billion")],
    "goldman-19pct-2028": [
        ("power demand by 2028", "power demand by 2029"),
        ("about 19% of data center", "about 12% of data center"),
    ],
    "openai-chip-2026": [("chip in 2026", "chip in 2029")],
}
SOURCED = sorted(key for key, claim in CLAIMS.items() if claim["sources"])


def _verdict(claim: dict, text: str):
    judgements = judge_source(
        claim_text=claim["text"], claim_language="fr", source_text=text, source_language="en"
    )
    return judgements, suggest_verdict(judgements)


def test_it_has_a_demo_page_and_an_expected_excerpt_for_every_sourced_claim():
    assert set(EXCERPTS) == set(SOURCED)
    for key in SOURCED:
        assert (SOURCES / CLAIMS[key]["demo_source"]).is_file()
        assert EXCERPTS[key] in page_text(CLAIMS[key]["demo_source"])


def test_it_labels_every_demo_page_as_a_stand_in():
    for page in SOURCES.glob("*.html"):
        assert "Demo stand-in written for verifier; not the original publication." in page_text(
            page.name
        )


@pytest.mark.parametrize("key", SOURCED)
def test_it_supports_each_seed_claim_with_the_right_excerpt(key):
    claim = CLAIMS[key]
    text = page_text(claim["demo_source"])
    judgements, suggestion = _verdict(claim, text)
    assert suggestion.verdict == "supported", suggestion
    best = next(j for j in judgements if j.stance == "supports")
    assert EXCERPTS[key] in best.excerpt
    assert text[best.start : best.end] == best.excerpt


@pytest.mark.parametrize(
    ("key", "old", "new"),
    [(key, old, new) for key, changes in CHANGES.items() for old, new in changes],
)
def test_it_refutes_each_seed_claim_once_the_page_says_otherwise(key, old, new):
    # figure, year, period, place and role changes (the governance role swap included)
    claim = CLAIMS[key]
    text = page_text(claim["demo_source"])
    assert old in text
    _, suggestion = _verdict(claim, text.replace(old, new))
    assert suggestion.verdict == "refuted", suggestion


def test_every_sourced_seed_claim_has_at_least_one_change_that_refutes_it():
    missing = set(SOURCED) - set(CHANGES)
    assert missing == set(), f"seed claims without a refuting change: {sorted(missing)}"
