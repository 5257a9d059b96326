"""Debunks, yes/no answers, forecasts and disputed counts (issue 12, debunk pass): a claim a
fact-check quotes in order to reject it is refuted, a figure given by one side of a dispute does
not support the claim that states it as the fact. Invented sentences, FR and EN."""

from tests.verification.test_error_classes import verdict
from workers.verification.frames import frame


# 1. "Posts claiming that ..." followed by "This is false" quote the claim to reject it.
def test_claiming_reports_a_claim_the_next_sentence_rejects():
    assert frame("Posts claiming that a new law will ban cars in cities were shared.") == "reported"
    assert frame("Des vidéos prétendant que la loi interdit les voitures circulent.") == "reported"
    suggestion = verdict(
        "Une nouvelle loi va interdire aux retraités de voter par correspondance.",
        "Videos claiming that a new law will ban pensioners from postal voting have been "
        "shared thousands of times online. But this is completely false.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation


def test_claiming_without_a_verdict_does_not_refute():
    suggestion = verdict(
        "Une nouvelle loi va interdire aux retraités de voter par correspondance.",
        "Videos claiming that a new law will ban pensioners from postal voting have been "
        "shared thousands of times online. The ministry has not commented.",
    )
    assert suggestion.verdict != "refuted", suggestion.explanation


# 2. A negation inside a condition of the question is not the question's negation.
def test_a_no_to_a_question_with_a_negated_condition_refutes():
    suggestion = verdict(
        "En mai 2024, le chanteur Paul Durand a menacé sur X de quitter la France.",
        "Did singer Paul Durand threaten on X in May 2024 to leave France if the government "
        "\"doesn't change course\"? No, that's not true: none of his posts says so.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation


def test_a_negated_question_answered_no_still_agrees_with_a_positive_claim():
    suggestion = verdict(
        "En mai 2024, le chanteur Paul Durand a quitté la France.",
        "Did singer Paul Durand not leave France in May 2024? No, he left France in May 2024.",
    )
    assert suggestion.verdict != "refuted", suggestion.explanation
