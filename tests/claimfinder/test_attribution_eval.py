"""The attribution scores on the labelled articles: the figures the README reports."""

from pathlib import Path

from workers.claimfinder.attribution_eval import score_directory

DATA = Path(__file__).resolve().parents[2] / "data" / "extraction"


def test_attributions_name_the_labelled_claimant_with_a_precision_of_at_least_0_9():
    # holdout2 was scored once (0.60) before issue 13's rework, holdouts 3 to 6 once after it
    # (0.79 together), holdouts 7 and 8 once after the second pass (15/18 = 0.83 together);
    # all are development data now. holdout9 is the lead's to score once.
    real = DATA / "real"
    spent = [real / f"holdout{n}" for n in range(2, 9)]
    for folder in (DATA, DATA / "holdout", real, real / "holdout", *spent):
        score = score_directory(folder)
        assert score.predicted >= 3, folder
        assert score.precision >= 0.9, (folder, score.errors)
        assert score.recall > 0


def test_the_scorer_accepts_an_acronym_or_a_short_form_the_article_defines():
    from workers.claimfinder.attribution_eval import is_alias

    assert is_alias("HP", "Hewlett-Packard", "")
    assert is_alias("BCE", "Banque centrale européenne", "")
    assert is_alias("Big Co", "Hewlett-Packard Co.", "Hewlett-Packard Co., or Big Co, said")
    assert is_alias("OMS", "Organisation mondiale de la santé", "")
    assert is_alias("HP", "Hewlett-Packard", "Hewlett-Packard (HP) said")
    assert not is_alias("AP", "Hewlett-Packard", "")
    assert not is_alias("Compaq", "Hewlett-Packard", "Compaq and Hewlett-Packard merged")
