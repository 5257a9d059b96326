"""The real-text evaluation set is well formed. Pure Python: no database, no Django, no engine.

Runs in the suite (bin/test) and alone:
    python -m pytest tests/verification/test_realtext_set.py -p no:django --noconftest
"""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path
from urllib.parse import urlparse

import pytest

ROOT = Path(__file__).resolve().parents[2] / "data" / "verification" / "realtext"
PARTS = ("tuned", "holdout")
# Blind holdouts labelled later from other pages; they are outside the split rule.
FRESH = (
    "holdout2",
    "holdout3",
    "holdout4",
    "holdout5",
    "holdout6",
    "holdout7",
    "holdout8",
    "holdout9",
    "holdout10",
    "holdout11",
)
FILES = PARTS + FRESH
FIELDS = {
    "id": str,
    "claim": str,
    "claim_language": str,
    "passage": str,
    "source_language": str,
    "label": str,
    "trap": str,
    "note": str,
    "source_url": str,
    "source_name": str,
    "published": (str, type(None)),
}
LABELS = {"supported", "refuted", "not_enough_evidence", "conflicting"}
# The fixed trap list; README.md defines each one and the test below keeps the two in step.
TRAPS = {
    "true",
    "fr_number_format",
    "figure_altered",
    "year_altered",
    "period_altered",
    "role_swapped",
    "part_vs_total",
    "other_measure_same_topic",
    "same_parties_other_fact",
    "direction",
    "comparison_bound",
    "by_vs_to",
    "event_year_place",
    "not_only_but_also",
    "debunk",
    "yes_no_answer",
    "attribution_forecast",
    "unrelated",
    "conflicting_counts",
}


def _read(part: str) -> list[tuple[int, str]]:
    lines = (ROOT / f"{part}.jsonl").read_text(encoding="utf-8").splitlines()
    return [(number, line) for number, line in enumerate(lines, 1) if line.strip()]


def _cases(part: str) -> list[dict]:
    return [json.loads(line) for _, line in _read(part)]


ALL = [case for part in PARTS for case in _cases(part)]
EVERY = [case for part in FILES for case in _cases(part)]


@pytest.mark.parametrize("part", FILES)
def test_every_line_parses_as_one_json_object(part):
    for number, line in _read(part):
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:  # pragma: no cover - the message is the point
            pytest.fail(f"{part}.jsonl line {number}: {error}")
        assert isinstance(value, dict), f"{part}.jsonl line {number} is not an object"


@pytest.mark.parametrize("part", FILES)
def test_both_parts_are_non_empty(part):
    assert _cases(part)


def test_there_are_at_least_150_cases_and_the_holdout_is_about_a_third():
    assert len(ALL) >= 150
    share = len(_cases("holdout")) / len(ALL)
    assert 0.25 <= share <= 0.36, share


def test_every_case_has_every_field_with_its_type_and_nothing_else():
    for case in EVERY:
        assert set(case) == set(FIELDS), case.get("id")
        for field, kind in FIELDS.items():
            assert isinstance(case[field], kind), (case["id"], field)
        for field in ("id", "claim", "passage", "note", "source_name"):
            assert case[field].strip(), (case["id"], field)


def test_labels_traps_and_languages_are_from_the_fixed_lists():
    for case in EVERY:
        assert case["label"] in LABELS, case["id"]
        assert case["trap"] in TRAPS, (case["id"], case["trap"])
        assert case["claim_language"] in {"fr", "en"}, case["id"]
        assert case["source_language"] in {"fr", "en"}, case["id"]


def test_ids_are_unique_across_all_files():
    counts = Counter(case["id"] for case in EVERY)
    assert [i for i, n in counts.items() if n > 1] == []


def test_no_claim_is_asked_twice_of_the_same_passage():
    pairs = Counter((case["claim"], case["passage"]) for case in EVERY)
    assert [pair for pair, n in pairs.items() if n > 1] == []


def test_passages_are_short_excerpts():
    too_long = [case["id"] for case in ALL if len(case["passage"].split()) > 120]
    # The blind holdouts keep to the stated limit of the README: 86 words at most.
    too_long += [
        case["id"] for part in FRESH for case in _cases(part) if len(case["passage"].split()) > 86
    ]
    assert too_long == []


def test_sources_are_http_urls():
    for case in EVERY:
        url = urlparse(case["source_url"])
        assert url.scheme in {"http", "https"} and url.netloc, case["id"]


def test_every_label_and_every_trap_is_present():
    assert {case["label"] for case in ALL} == LABELS
    assert {case["trap"] for case in ALL} == TRAPS


def test_the_readme_defines_every_trap():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert [trap for trap in sorted(TRAPS) if f"`{trap}`" not in readme] == []


def test_no_article_is_quoted_in_both_parts():
    tuned = {case["source_url"] for case in _cases("tuned")}
    holdout = {case["source_url"] for case in _cases("holdout")}
    assert tuned & holdout == set()


def test_the_files_follow_the_split_rule():
    spec = importlib.util.spec_from_file_location("realtext_split", ROOT / "split.py")
    split = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(split)
    assert split.check() == []


@pytest.mark.parametrize(
    ("part", "prefix", "pages", "publications", "new_outlets"),
    [
        ("holdout2", "rh", 40, 25, True),
        ("holdout3", "rk", 35, 20, True),
        ("holdout4", "rm", 35, 20, True),
        ("holdout5", "rn", 35, 20, True),
        ("holdout6", "rp", 35, 20, True),
        ("holdout7", "rq", 35, 20, True),
        ("holdout8", "rr", 35, 20, True),
        # Eight sets in, fact-checkers recur: holdout9 to holdout11 quote new pages and stories
        # only, and some of their publications appear in earlier files (their README says which).
        ("holdout9", "rs", 35, 20, False),
        ("holdout10", "ru", 35, 20, False),
        ("holdout11", "rv", 35, 20, False),
    ],
)
def test_each_blind_holdout_is_fresh_and_large_enough(
    part, prefix, pages, publications, new_outlets
):
    fresh = _cases(part)
    assert len(fresh) >= 110
    assert {case["id"][:2] for case in fresh} == {prefix}
    assert {case["label"] for case in fresh} == LABELS
    assert {case["trap"] for case in fresh} == TRAPS
    # No page (and, up to holdout8, no publication) of an earlier file is quoted again.
    earlier = [case for other in FILES[: FILES.index(part)] for case in _cases(other)]
    for field in ("source_url", "source_name") if new_outlets else ("source_url",):
        assert {case[field] for case in earlier} & {case[field] for case in fresh} == set(), field
    assert len({case["source_url"] for case in fresh}) >= pages
    assert len({case["source_name"] for case in fresh}) >= publications
    # Claims mostly in French, checked against English passages too.
    languages = Counter((case["claim_language"], case["source_language"]) for case in fresh)
    assert languages[("fr", "en")] >= 30
