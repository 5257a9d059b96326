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


# 3. Two counts of the same crowd by two counters: the claim states one side's count.
def test_police_and_organisers_counts_are_conflicting():
    suggestion = verdict(
        "La marche pour le climat a réuni 2 400 personnes à Lyon samedi.",
        "Samedi à Lyon, la marche pour le climat a réuni 2 400 personnes selon la police et "
        "6 000 selon les organisateurs.",
    )
    assert suggestion.verdict == "conflicting", suggestion.explanation
    assert "organisateurs" in suggestion.explanation


def test_a_union_count_against_the_ministry_estimate_is_conflicting():
    suggestion = verdict(
        "Jeudi, plus de 500 000 personnes ont manifesté en France contre la loi.",
        "Plus de 500.000 personnes ont manifesté en France jeudi contre la loi selon la CGT, "
        "alors que le ministère de l'Intérieur estime qu'elles étaient 180.000.",
    )
    assert suggestion.verdict == "conflicting", suggestion.explanation


def test_a_claim_naming_its_counter_is_still_supported():
    suggestion = verdict(
        "Selon la police, la marche pour le climat a réuni 2 400 personnes à Lyon samedi.",
        "Samedi à Lyon, la marche pour le climat a réuni 2 400 personnes selon la police et "
        "6 000 selon les organisateurs.",
    )
    assert suggestion.verdict == "supported", suggestion.explanation


def test_two_counts_by_the_same_counter_are_not_a_dispute():
    suggestion = verdict(
        "La marche pour le climat a réuni 2 400 personnes à Lyon samedi.",
        "Samedi à Lyon, la marche pour le climat a réuni 2 400 personnes selon la police, "
        "contre 3 100 l'an dernier selon la police.",
    )
    assert suggestion.verdict != "conflicting", suggestion.explanation


def test_the_other_counter_in_the_next_sentence_makes_it_conflicting():
    suggestion = verdict(
        "La journée de grève a réuni 2,1 millions de manifestants en France.",
        "La CGT a annoncé 2,1 millions de manifestants dans toute la France. Le ministère de "
        "l'Intérieur a de son côté chiffré à 800 000 le nombre de manifestants.",
    )
    assert suggestion.verdict == "conflicting", suggestion.explanation


def test_a_lone_count_by_another_counter_does_not_refute_alone():
    suggestion = verdict(
        "La journée de grève a réuni 2,1 millions de manifestants en France.",
        "Le ministère de l'Intérieur a chiffré à 800 000 le nombre de manifestants. La CGT n'a "
        "pas donné de chiffre.",
    )
    assert suggestion.verdict != "conflicting", suggestion.explanation


# 4. A denial that restates a claim naming no party refutes it, in the negated clause only.
def test_a_restated_denial_refutes_a_claim_without_parties():
    suggestion = verdict(
        "Le président brésilien a menacé de quitter l'accord sur le climat.",
        "Le président brésilien n'a pas menacé de quitter l'accord sur le climat.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation


def test_a_negation_in_another_clause_does_not_refute():
    suggestion = verdict(
        "Le président brésilien a quitté la réunion sur le climat avant la fin.",
        "Le président brésilien, dont on ne connaît pas les raisons, a quitté la réunion sur "
        "le climat avant la fin.",
    )
    assert suggestion.verdict != "refuted", suggestion.explanation


def test_a_denial_of_the_next_event_leaves_a_forecast_claim_alone():
    suggestion = verdict(
        "Le président brésilien quittera l'accord sur le climat.",
        "Le président brésilien ne quittera pas l'accord sur le climat cette année.",
    )
    assert suggestion.verdict != "refuted", suggestion.explanation


# 5. A translated debunk restates fewer of the claim's words: a looser share is enough when the
# claim's names are all there, never when the debunk is about someone else.
def test_a_translated_headline_debunk_refutes():
    suggestion = verdict(
        "Joe Biden a officiellement déposé sa candidature à sa réélection auprès de la FEC.",
        "Fact check: Routine FEC filing sparks false claim Biden has filed for reelection",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation


def test_a_debunk_about_someone_else_does_not_refute():
    suggestion = verdict(
        "Netflix a diffusé un documentaire sur Joe Biden.",
        'Did Netflix announce a documentary about Pete Buttigieg titled "Pete"? No, that\'s not '
        "true: the company said nothing about that.",
    )
    assert suggestion.verdict != "refuted", suggestion.explanation


def test_a_claim_that_calls_the_photo_a_montage_is_about_the_debunk():
    from workers.verification.frames import about_debunk

    assert about_debunk("La photo de soignants posant avec une affiche est un montage.")
    assert about_debunk("The video was staged.")
    assert not about_debunk("La photo montre des soignants posant avec une affiche.")


# 6. A claim in the plain future asserts the outcome: someone's forecast does not establish it.
def test_a_forecast_does_not_support_a_plain_future_claim():
    suggestion = verdict(
        "Le PIB belge progressera de 1,3 % en 2026.",
        "La Banque nationale prévoit une hausse du PIB belge de 1,3 % en 2026.",
    )
    assert suggestion.verdict == "not_enough_evidence", suggestion.explanation


def test_a_forecast_supports_a_claim_that_reports_the_prospect():
    from workers.verification.frames import accepts_forecast

    predicted = "La Banque nationale prévoit une hausse du PIB belge de 1,3 % en 2026."
    planned = "Microsoft expects to spend $80 billion on datacenters."
    assert accepts_forecast("Selon la banque, le PIB progresserait de 1,3 % en 2026.", predicted)
    assert accepts_forecast("Le PIB belge devrait progresser de 1,3 % en 2026.", predicted)
    assert not accepts_forecast("Le PIB belge progressera de 1,3 % en 2026.", predicted)
    assert accepts_forecast("Microsoft dépensera 80 milliards de dollars.", planned)
    assert not accepts_forecast("The portrait was sold for $3 million.", planned)
    suggestion = verdict(
        "Selon la Banque nationale, le PIB belge progresserait de 1,3 % en 2026.",
        "La Banque nationale prévoit une hausse du PIB belge de 1,3 % en 2026.",
    )
    assert suggestion.verdict == "supported", suggestion.explanation


def test_any_subject_of_a_counting_verb_is_a_counter():
    suggestion = verdict(
        "Les concerts ont attiré 300 000 visiteurs cette année.",
        "Le festival annonce 300 000 visiteurs cette année. La préfecture en recense pour sa "
        "part 180 000.",
    )
    assert suggestion.verdict == "conflicting", suggestion.explanation


# 7. A long quotation closing a sentence is the speaker's, and "Contrary to the claim" rejects it.
def test_a_quoted_statement_rejected_by_the_next_sentence_is_refuted():
    suggestion = verdict(
        "Les glaciers des Alpes ne reculent pas plus vite qu'il y a cinquante ans.",
        "For instance, Dupont states that “the glaciers of the Alps are not retreating faster "
        "than fifty years ago”. Contrary to the claim, satellite studies show a sharp retreat.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation


def test_a_short_quoted_title_at_the_end_is_not_reported_speech():
    assert frame("The march took place two days before the end of the “Grenelle”.") is None
    assert frame("Il a déclaré que « les glaciers des Alpes ne reculent pas du tout ».") == (
        "reported"
    )


# 8. The words fact-checks restate claims with are shared across French and English.
def test_a_translated_debunk_of_a_figure_refutes():
    from workers.verification.lexicon import lemma

    assert lemma("envoye") == lemma("sent") and lemma("soldats") == lemma("troops")
    assert lemma("montre") == lemma("shows") and lemma("menace") == lemma("threatened")
    suggestion = verdict(
        "Le Canada a envoyé 5 000 soldats en Lettonie.",
        "Fact check: False claim that Canada sent 5,000 troops to Latvia",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation


def test_the_same_translated_figure_without_a_verdict_supports():
    suggestion = verdict(
        "Le Canada a envoyé 5 000 soldats en Lettonie.",
        "Canada sent 5,000 troops to Latvia in March, the defence ministry said.",
    )
    assert suggestion.verdict != "refuted", suggestion.explanation


# 9. A verdict answers a question as "yes" or "no" does; "Fact check: No, ..." is a debunk.
def test_a_verdict_word_answers_a_question():
    from workers.verification.frames import answer

    assert answer("Did Disney buy the rights to the Bible? That’s satire")[0] == "no"
    assert answer("Les avions sont-ils contrôlables à distance ? C'est vrai.")[0] == "yes"
    assert answer("Le vaccin contient-il du graphène ? Faux.")[0] == "no"
    assert answer("Le vaccin contient du graphène, selon une publication.") is None
    assert frame("Fact check: No, the US isn't cutting aid to Kenya") == "debunk"
    suggestion = verdict(
        "Disney et Google ont acheté les droits de la Bible.",
        "Fact Check: Disney and Google bought the rights to the Bible? That’s satire",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation


# 10. "Supposed photos ... created by artificial intelligence": reported, and rejected.
def test_a_picture_made_by_ai_is_a_debunk():
    assert frame("Supposed photos of the pope in a puffer jacket created by AI") == "debunk"
    assert frame("Ces images ont été générées par l'IA.") == "debunk"
    assert frame("So-called leaked memo shows budget cuts") == "reported"
    assert frame("The company uses AI to sort photos.") is None
    suggestion = verdict(
        "Les photos de l'arrestation de Greta Thunberg qui circulent sont authentiques.",
        "Fact check: Supposed photos of Greta Thunberg arrest created by artificial intelligence",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation


# 11. "This isn't correct", "pas exact", "contre-vérités": verdicts; a claim naming them is about
# the debunk.
def test_not_correct_and_contre_verites_are_verdicts():
    from workers.verification.frames import about_debunk

    assert frame("Ce chiffre n'est pas exact, selon l'Insee.") == "debunk"
    assert frame("That figure is not correct.") == "debunk"
    assert frame("Le site recense les contre-vérités des candidats.") == "debunk"
    assert about_debunk("Le site recense les contre-vérités des candidats depuis mai.")
    assert frame("Ce chiffre est exact, selon l'Insee.") is None


# 12. In a question and its answer, the debunk rejects the question, not the answer's facts.
def test_a_debunked_question_does_not_refute_the_answers_facts():
    suggestion = verdict(
        "Jean Dubois a été arrêté par la police de Lyon.",
        "Is the photo of a man in a red coat a real picture of Paul Martin, the mayor of Lyon? "
        "No, that's not true: the man shown is Jean Dubois, arrested by the Lyon police in 2019.",
    )
    assert suggestion.verdict != "refuted", suggestion.explanation


def test_a_debunked_question_restating_the_claim_refutes():
    suggestion = verdict(
        "La photo montre Paul Martin, le maire de Lyon, en manteau rouge.",
        "Is the photo of a man in a red coat a real picture of Paul Martin, the mayor of Lyon? "
        "No, that's not true: the man shown is Jean Dubois.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation


# 13. A question stating the claim's own figure restates it with fewer (translated) words.
def test_a_no_to_a_translated_question_with_the_figure_refutes():
    suggestion = verdict(
        "L'Oregon a versé plus de 40 millions de dollars à l'association FAIRW, surtout pour "
        "financer des manifestations.",
        "Did Oregon pay the Fund for Immigrant Rights (FAIRW) more than $40 million mainly to "
        "fund protests as a viral post said? No, that's not true: the payments went to legal "
        "services.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation


def test_a_no_to_a_question_with_another_figure_does_not_refute_on_few_words():
    suggestion = verdict(
        "L'Oregon a versé plus de 40 millions de dollars à l'association FAIRW, surtout pour "
        "financer des manifestations.",
        "Did Oregon pay the Fund for Immigrant Rights (FAIRW) more than $90 million mainly to "
        "fund protests as a viral post said? No, that's not true: the payments went to legal "
        "services.",
    )
    assert suggestion.verdict != "refuted", suggestion.explanation


# 14. A prospect, a proposal or a new schedule in the figure's clause is not the outcome.
def test_a_proposal_does_not_support_the_outcome():
    suggestion = verdict(
        "Les tarifs du gaz ont baissé de 12 % au 1er mars 2025.",
        "Ce 10 février, le régulateur a proposé une réduction de 12 % des tarifs du gaz au "
        "1er mars 2025.",
    )
    assert suggestion.verdict != "supported", suggestion.explanation


def test_a_doubt_before_the_figure_sets_it_aside_but_not_the_sure_one():
    from workers.verification.frames import prospect

    text = "La tempête a fait des dizaines et peut-être des centaines de victimes"
    assert prospect(text, text[: text.index("des centaines")])
    assert not prospect(text, text[: text.index("des dizaines")])
    assert prospect("Nous devrions à peine atteindre 1,8 million", "Nous devrions à peine ")
    assert not prospect("Les ventes ont atteint 1,8 million", "Les ventes ont atteint ")


def test_a_sold_figure_in_another_clause_than_the_prospect_still_supports():
    suggestion = verdict(
        "En 2019, 2,4 millions de vélos ont été vendus en France.",
        "Nous devrions à peine atteindre 1,9 million de vélos vendus cette année, contre "
        "2,4 millions en 2019.",
    )
    assert suggestion.verdict != "not_enough_evidence" or "prospect" not in (
        suggestion.explanation
    ), suggestion.explanation


# 15. An average is not a peak: the statistic named at the figure must be the claim's.
def test_a_peak_does_not_support_an_average():
    suggestion = verdict(
        "La finale a réuni en moyenne 15,2 millions de téléspectateurs sur la chaîne publique.",
        "La chaîne publique a même enregistré un pic à 15,2 millions de téléspectateurs "
        "pendant la finale.",
    )
    assert suggestion.verdict != "supported", suggestion.explanation
    assert "a peak, not an average" in suggestion.explanation


def test_an_average_supports_an_average():
    suggestion = verdict(
        "La finale a réuni en moyenne 15,2 millions de téléspectateurs sur la chaîne publique.",
        "La finale a réuni en moyenne 15,2 millions de téléspectateurs sur la chaîne "
        "publique, un record.",
    )
    assert suggestion.verdict == "supported", suggestion.explanation


# 16. A claim calling its figure final is not supported by an estimate of it.
def test_an_estimate_does_not_support_a_final_figure():
    suggestion = verdict(
        "L'Espagne a récolté 7,1 millions de tonnes de blé en 2024, un chiffre définitif.",
        "Le ministère espagnol de l'Agriculture estime la récolte de blé de 2024 à 7,1 millions "
        "de tonnes.",
    )
    assert suggestion.verdict != "supported", suggestion.explanation
    assert "an estimate, not a final figure" in suggestion.explanation


def test_an_estimate_supports_a_claim_that_does_not_call_it_final():
    suggestion = verdict(
        "L'Espagne a récolté 7,1 millions de tonnes de blé en 2024.",
        "Le ministère espagnol de l'Agriculture estime la récolte de blé de 2024 à 7,1 millions "
        "de tonnes.",
    )
    assert suggestion.verdict == "supported", suggestion.explanation
