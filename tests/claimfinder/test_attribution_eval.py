"""The attribution scores on the labelled articles: the figures the README reports."""

from pathlib import Path

from workers.claimfinder.attribution_eval import score_directory

DATA = Path(__file__).resolve().parents[2] / "data" / "extraction"


def test_attributions_name_the_labelled_claimant_with_a_precision_of_at_least_0_9():
    for folder in (DATA, DATA / "holdout", DATA / "real", DATA / "real" / "holdout"):
        score = score_directory(folder)
        assert score.predicted >= 8, folder
        assert score.precision >= 0.9, (folder, score.errors)
        assert score.recall > 0
