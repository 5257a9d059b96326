"""Scoring the claim finder: span matching, metrics, claimant comparison and the labelled data."""

import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from workers.claimfinder.evaluation import (
    ArticleScore,
    choose_threshold,
    format_sweep,
    format_table,
    kind_confusion,
    load_articles,
    match_spans,
    same_claimant,
    same_kind,
    score_article,
    sweep,
    total,
)

DATA = Path(__file__).resolve().parents[2] / "data" / "extraction"
KINDS = {"quantity", "attribution", "event", "prediction", "other", "role", "quote"}

TEXT = (
    "Le conseil a voté un budget de 12 millions d'euros. Quelle audace ! "
    "Selon Éric Dupré, la ligne ouvrira en 2027. Le maire a parlé longtemps."
)
ARTICLE = {
    "language": "fr",
    "title": "Budget",
    "text": TEXT,
    "claims": [
        {"quote": "un budget de 12 millions d'euros", "kind": "quantity", "claimant": ""},
        {
            "quote": "Selon Éric Dupré, la ligne ouvrira en 2027.",
            "kind": "prediction",
            "claimant": "Eric Dupre",
        },
        {"quote": "Le maire a parlé longtemps.", "kind": "event", "claimant": ""},
    ],
}


@dataclass
class Guess:
    start: int
    end: int
    kind: str
    claimant: str

    @property
    def quote(self) -> str:
        return TEXT[self.start : self.end]


def _guess(quote: str, kind: str, claimant: str = "") -> Guess:
    start = TEXT.index(quote)
    return Guess(start, start + len(quote), kind, claimant)


def test_it_matches_a_prediction_that_covers_half_the_gold_quote():
    assert match_spans([(0, 50)], [(0, 100)]) == [(0, 0)]
    assert match_spans([(0, 49)], [(0, 100)]) == []


def test_it_matches_one_to_one_preferring_the_larger_overlap():
    # Both predictions cover the gold claim; only the larger one may take it.
    assert match_spans([(0, 60), (0, 90)], [(0, 100)]) == [(1, 0)]
    # One long prediction covering two gold clauses finds only one of them.
    assert match_spans([(0, 100)], [(0, 40), (40, 100)]) == [(0, 1)]


def test_it_scores_recall_precision_f1_kind_and_claimant_on_a_small_article():
    guesses = [
        _guess("Le conseil a voté un budget de 12 millions d'euros.", "quantity"),
        _guess("Selon Éric Dupré, la ligne ouvrira en 2027.", "event", "Éric Dupré"),
        _guess("Quelle audace !", "other"),
    ]
    score = score_article(ARTICLE, guesses)
    assert (score.gold, score.predicted, score.matched) == (3, 3, 2)
    assert score.recall == pytest.approx(2 / 3)
    assert score.precision == pytest.approx(2 / 3)
    assert score.f1 == pytest.approx(2 / 3)
    assert score.kind_accuracy == pytest.approx(1 / 2)
    assert score.claimant_accuracy == 1.0
    assert score.missed == ["Le maire a parlé longtemps."]
    assert score.spurious == ["Quelle audace !"]


def test_totals_weigh_every_claim_the_same():
    first = score_article(ARTICLE, [_guess("Le maire a parlé longtemps.", "event")])
    second = score_article(ARTICLE, [])
    summed = total([first, second])
    assert (summed.gold, summed.predicted, summed.matched) == (6, 1, 1)
    assert summed.recall == pytest.approx(1 / 6) and summed.precision == 1.0
    assert second.kind_accuracy is None
    assert "TOTAL" in format_table([first, second])


def test_claimants_compare_without_case_accents_or_a_partial_name():
    assert same_claimant("goldman SACHS", "Goldman Sachs")
    assert same_claimant("Eric Dupre", "Éric Dupré")
    assert same_claimant("Sachs", "Goldman Sachs")
    assert same_claimant("", "")
    assert not same_claimant("", "Goldman Sachs")
    assert not same_claimant("Morgan Stanley", "Goldman Sachs")


def test_a_gold_quote_missing_from_its_text_is_refused():
    broken = {**ARTICLE, "claims": [{"quote": "absent", "kind": "other", "claimant": ""}]}
    with pytest.raises(ValueError, match="not in the text"):
        score_article(broken, [])


def test_every_labelled_quote_is_exact_text_of_its_article():
    files = sorted(DATA.rglob("*.json"))
    assert len(files) >= 5
    languages = set()
    for file in files:
        article = json.loads(file.read_text(encoding="utf-8"))
        languages.add(article["language"])
        for claim in article["claims"]:
            assert claim["quote"] in article["text"], (file.name, claim["quote"])
            assert claim["kind"] in KINDS and isinstance(claim["claimant"], str)
    assert languages == {"fr", "en"}


def test_a_folder_is_read_without_its_held_out_articles():
    names = [name for name, _ in load_articles(DATA)]
    assert len(names) >= 4
    assert not any(name in names for name, _ in load_articles(DATA / "holdout"))


def test_the_command_prints_a_row_per_article_and_the_totals(tmp_path, capsys):
    (tmp_path / "budget.json").write_text(json.dumps(ARTICLE), encoding="utf-8")
    call_command("evaluate_extraction", str(tmp_path), "--errors")
    out = capsys.readouterr().out
    assert "budget" in out and "TOTAL" in out and "recall" in out


def test_an_unmatched_proposal_on_a_not_claim_sentence_is_counted():
    article = {**ARTICLE, "not_claims": ["Quelle audace !"]}
    score = score_article(article, [_guess("Quelle audace !", "other")])
    assert score.not_claim_hits == 1
    matched = score_article(article, [_guess("Le maire a parlé longtemps.", "event")])
    assert matched.not_claim_hits == 0
    assert total([score, matched]).not_claim_hits == 1
    assert "not_claim" in format_table([score])


def test_a_not_claim_missing_from_its_text_is_refused():
    broken = {**ARTICLE, "not_claims": ["absent"]}
    with pytest.raises(ValueError, match="not in the text"):
        score_article(broken, [])


def test_attribution_and_role_are_one_kind_and_no_claimant_is_empty_or_null():
    assert same_kind("role", "attribution") and same_kind("attribution", "role")
    assert not same_kind("role", "event")
    assert same_claimant(None, "") and same_claimant("", None)
    assert not same_claimant(None, "Insee")


def test_the_command_scores_each_path_apart(tmp_path, capsys):
    tuned, held = tmp_path / "tuned", tmp_path / "held"
    tuned.mkdir()
    held.mkdir()
    (tuned / "budget.json").write_text(json.dumps(ARTICLE), encoding="utf-8")
    (held / "autre.json").write_text(json.dumps(ARTICLE), encoding="utf-8")
    call_command("evaluate_extraction", str(tuned), str(held))
    out = capsys.readouterr().out
    assert out.count("TOTAL") == 2
    assert out.index("budget") < out.index(str(held)) < out.index("autre")


def test_the_command_refuses_a_folder_without_articles(tmp_path):
    with pytest.raises(CommandError, match="holds no labelled article"):
        call_command("evaluate_extraction", str(tmp_path))


def test_the_kind_table_counts_labelled_against_proposed_kinds_of_matched_claims(tmp_path, capsys):
    guesses = [
        _guess("Le conseil a voté un budget de 12 millions d'euros.", "quantity"),
        _guess("Selon Éric Dupré, la ligne ouvrira en 2027.", "event"),
        _guess("Quelle audace !", "other"),  # unmatched: not in the table
    ]
    table = kind_confusion([score_article(ARTICLE, guesses)]).splitlines()
    assert table[0].split() == ["labelled", "event", "prediction", "quantity"]
    assert table[2].split() == ["prediction", "1", "0", "0"]
    assert table[3].split() == ["quantity", "0", "0", "1"]
    (tmp_path / "budget.json").write_text(json.dumps(ARTICLE), encoding="utf-8")
    call_command("evaluate_extraction", str(tmp_path), "--kinds")
    assert "labelled" in capsys.readouterr().out


def _threshold_finder(calls: list[float]):
    """A finder whose proposals depend on `min_score`: above 0.5 it drops the council sentence."""

    def finder(text, *, language=None, min_score):
        calls.append(min_score)
        guesses = [_guess("Selon Éric Dupré, la ligne ouvrira en 2027.", "prediction")]
        if min_score <= 0.5:
            council = "Le conseil a voté un budget de 12 millions d'euros."
            guesses.append(_guess(council, "quantity"))
        if min_score <= 0.2:
            guesses.append(_guess("Quelle audace !", "other"))
        return guesses

    return finder


def test_a_sweep_runs_the_finder_again_at_each_threshold():
    calls: list[float] = []
    rows = sweep([("budget", ARTICLE)], finder=_threshold_finder(calls), thresholds=(0.1, 0.3, 0.6))
    assert calls == [0.1, 0.3, 0.6]
    found = {t: (s.predicted, s.matched) for t, s in rows}
    assert found == {0.1: (3, 2), 0.3: (2, 2), 0.6: (1, 1)}
    assert [round(s.precision, 3) for _, s in rows] == [0.667, 1.0, 1.0]
    lines = format_sweep(rows).splitlines()
    assert lines[0].split()[:5] == ["min_score", "gold", "pred", "match", "recall"]
    assert lines[2].split()[:6] == ["0.10", "3", "3", "2", "0.667", "0.667"]


def test_the_chosen_threshold_has_the_most_recall_at_the_precision_asked():
    def row(threshold: float, predicted: int, matched: int) -> tuple[float, ArticleScore]:
        return threshold, ArticleScore("t", 10, predicted, matched, 0, 0)

    rows = [row(0.1, 14, 10), row(0.2, 11, 9), row(0.3, 10, 9), row(0.4, 8, 7)]
    # 0.1 is under the precision asked; 0.2 and 0.3 find as much, the higher proposes less.
    assert choose_threshold(rows, min_precision=0.8) == 0.3
    assert choose_threshold(rows, min_precision=0.7) == 0.1
    assert choose_threshold(rows, min_precision=0.95) is None


def test_the_command_takes_a_threshold_and_sweeps_pooled_paths(tmp_path, capsys):
    tuned, held = tmp_path / "tuned", tmp_path / "held"
    tuned.mkdir()
    held.mkdir()
    (tuned / "budget.json").write_text(json.dumps(ARTICLE), encoding="utf-8")
    (held / "autre.json").write_text(json.dumps(ARTICLE), encoding="utf-8")
    call_command("evaluate_extraction", str(tuned), "--min-score", "1.0")
    strict = capsys.readouterr().out.splitlines()[-1].split()
    call_command("evaluate_extraction", str(tuned), "--min-score", "0.0")
    loose = capsys.readouterr().out.splitlines()[-1].split()
    # TOTAL gold pred …: only a sentence scoring the full 1.0 passes the strictest threshold.
    assert strict[:2] == loose[:2] == ["TOTAL", "3"]
    assert int(strict[2]) < int(loose[2])
    call_command(
        "evaluate_extraction", str(tuned), str(held), "--pool", "--sweep", "--thresholds", "0,1"
    )
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "2 articles from 2 paths pooled"
    assert [line.split()[:2] for line in out[-2:]] == [["0.00", "6"], ["1.00", "6"]]
    assert int(out[-1].split()[2]) < int(out[-2].split()[2])
    with pytest.raises(CommandError, match="between 0 and 1"):
        call_command("evaluate_extraction", str(tuned), "--sweep", "--thresholds", "0,2")
    with pytest.raises(CommandError, match="between 0 and 1"):
        call_command("evaluate_extraction", str(tuned), "--min-score", "-1")
