"""The evaluation metrics and baselines, checked by hand on a tiny set."""

import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from workers.management.commands.evaluate_verifier import averitec_page
from workers.verification.evaluation import (
    compute_metrics,
    digits_baseline,
    load_eval,
    majority_baseline,
)


def test_it_computes_precision_recall_f1_and_the_confusion_matrix():
    gold = ["supported", "supported", "refuted", "not_enough_evidence"]
    predicted = ["supported", "refuted", "refuted", "supported"]
    metrics = compute_metrics(gold, predicted)
    sup, ref = metrics.per_label["supported"], metrics.per_label["refuted"]
    assert (sup["precision"], sup["recall"]) == (0.5, 0.5)
    assert (ref["precision"], ref["recall"]) == (0.5, 1.0)
    assert ref["f1"] == pytest.approx(2 / 3)
    assert metrics.per_label["not_enough_evidence"]["f1"] == 0.0
    # conflicting never appears, so it is left out of the macro average
    assert metrics.macro_f1 == pytest.approx((0.5 + 2 / 3 + 0.0) / 3)
    assert metrics.accuracy == 0.5
    assert metrics.confusion["supported"]["refuted"] == 1
    assert metrics.confusion["not_enough_evidence"]["supported"] == 1


def test_it_rejects_predictions_of_another_length():
    with pytest.raises(ValueError):
        compute_metrics(["supported"], [])


ITEMS = [
    {"claim": "Il a 1 500 salariés.", "passage": "It has 1,500 workers.", "label": "supported"},
    {"claim": "It has 7.4% growth.", "passage": "La croissance est de 4,7 %.", "label": "refuted"},
    {"claim": "Son sera président.", "passage": "Son will chair.", "label": "supported"},
]


def test_the_digits_baseline_ignores_separators_and_abstains_without_digits():
    assert digits_baseline(ITEMS) == ["supported", "refuted", "not_enough_evidence"]


def test_the_majority_baseline_predicts_the_most_frequent_label():
    assert majority_baseline(ITEMS) == ["supported"] * 3


SUPPORTED_ROW = {
    "id": "a",
    "claim": "Stargate investira 500 milliards de dollars.",
    "claim_language": "fr",
    "passage": "Stargate will invest $500 billion.",
    "source_language": "en",
    "label": "supported",
    "note": "",
}


def test_the_command_prints_engine_and_baselines(tmp_path, capsys):
    path = tmp_path / "tiny.jsonl"
    rows = [
        SUPPORTED_ROW,
        {
            "id": "b",
            "claim": "Stargate investira 500 milliards de dollars.",
            "claim_language": "fr",
            "passage": "Stargate will invest $300 billion.",
            "source_language": "en",
            "label": "refuted",
            "note": "",
        },
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    assert len(load_eval(path)) == 2
    call_command("evaluate_verifier", str(path))
    out = capsys.readouterr().out
    assert "== engine: macro-F1 1.000" in out
    assert "baseline: majority label" in out and "baseline: claim digits in passage" in out


def test_the_command_prints_committed_precision_and_a_calibration_table(tmp_path, capsys):
    path = tmp_path / "tiny.jsonl"
    path.write_text(json.dumps(SUPPORTED_ROW), encoding="utf-8")
    call_command("evaluate_verifier", str(path))
    out = capsys.readouterr().out
    assert "committed verdicts (supported/refuted): 1/1 right, precision 1.000" in out
    assert "calibration (confidence bin: right/count = share right)" in out
    assert "confidence >= 0.8: 1/1 = 1.000 right" in out


def _averitec_row(ident: str, claim: str, label: str, qas: list[tuple[str, str, str]]) -> dict:
    return {
        "id": ident,
        "claim": claim,
        "label_mapped": label,
        "evidence_qa": [
            {"question": q, "answer": a, "answer_type": kind, "source_url": ""}
            for q, a, kind in qas
        ],
    }


def test_the_averitec_page_holds_one_paragraph_per_answered_question():
    row = _averitec_row(
        "x",
        "The city has 40,000 inhabitants.",
        "SUPPORTED",
        [
            ("How many people live in the city?", "40,000 inhabitants.", "Extractive"),
            ("Who is the mayor?", "No answer could be found.", "Unanswerable"),
        ],
    )
    page = averitec_page(row).decode()
    assert "<p>How many people live in the city? 40,000 inhabitants.</p>" in page
    assert "mayor" not in page


def test_averitec_claims_are_fetched_from_local_pages_and_judged(tmp_path, capsys):
    rows = [
        _averitec_row(
            "one",
            "The city of Lyon planted 4,000 trees in 2022.",
            "SUPPORTED",
            [("How many trees did Lyon plant in 2022?", "Lyon planted 4,000 trees.", "Extractive")],
        ),
        _averitec_row(
            "two",
            "The city of Lyon closed 12 schools in 2022.",
            "REFUTED",
            [("Did the city of Lyon close 12 schools in 2022?", "No", "Boolean")],
        ),
    ]
    path = tmp_path / "averitec.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    call_command("evaluate_verifier", averitec=str(path))
    out = capsys.readouterr().out
    assert f"2 items from {path}" in out
    assert "== engine: macro-F1 1.000, accuracy 1.000" in out
    assert "committed verdicts (supported/refuted): 2/2 right, precision 1.000" in out


def test_the_command_rejects_an_unknown_averitec_label(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(_averitec_row("z", "A claim.", "MAYBE", [])), encoding="utf-8")
    with pytest.raises(CommandError, match="label_mapped"):
        call_command("evaluate_verifier", averitec=str(path))


def test_the_command_needs_a_set():
    with pytest.raises(CommandError, match="at least one"):
        call_command("evaluate_verifier")


def test_the_command_lists_only_wrong_commitments_when_asked(tmp_path, capsys):
    rows = [
        {**SUPPORTED_ROW, "id": "wrong-commit", "label": "refuted"},
        {
            "id": "abstained",
            "claim": "Stargate investira 500 milliards de dollars.",
            "claim_language": "fr",
            "passage": "The weather was fine.",
            "source_language": "en",
            "label": "supported",
        },
    ]
    path = tmp_path / "two.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    call_command("evaluate_verifier", str(path), wrong_commitments=True)
    out = capsys.readouterr().out
    assert "wrong-commit: gold refuted, engine supported" in out
    assert "abstained:" not in out
    call_command("evaluate_verifier", str(path), errors=True)
    assert "abstained: gold supported, engine not_enough_evidence" in capsys.readouterr().out
