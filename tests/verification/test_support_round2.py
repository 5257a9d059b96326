"""Support side, round 2: true claims no longer refuted by another figure or another
clause of their source, and near misses that must still be refuted. Invented sentences, FR
and EN."""

from tests.verification.test_error_classes import verdict

_MARCHES = (
    "• 12 000 personnes ont défilé à Nantes. • 7 000 personnes se sont rassemblées à Rennes. "
    "• 31 000 personnes ont défilé à Brest. • A Lunel, il y avait 14 000 manifestants."
)


# 1. A list gives each place its figure: another item's figure does not refute the claim.
def test_another_item_of_a_list_does_not_refute_the_claim():
    suggestion = verdict("À Lunel, 14 000 manifestants ont défilé.", _MARCHES)
    assert suggestion.verdict != "refuted", suggestion.explanation


def test_a_place_given_another_figure_in_a_list_is_still_refuted():
    suggestion = verdict("À Lunel, 12 000 manifestants ont défilé.", _MARCHES)
    assert suggestion.verdict == "refuted", suggestion.explanation


# 2. A bound or a record said through a negation asserts the figure; a true negation refutes.
def test_pas_moins_de_asserts_the_figure():
    suggestion = verdict(
        "Le 3 mars, 640 000 foyers étaient privés de courant en Normandie.",
        "Le 3 mars, pas moins de 640.000 foyers étaient privés de courant en Normandie.",
    )
    assert suggestion.verdict == "supported", suggestion.explanation


def test_not_seen_since_asserts_the_figure():
    suggestion = verdict(
        "Le porte-parole de Météo-France a évoqué des rafales de 190 km/h.",
        "De mémoire de Normand, on n'avait pas vu ça depuis 1987 avec des rafales de 190 km/h, "
        "poursuit le porte-parole de Météo-France.",
    )
    assert suggestion.verdict == "supported", suggestion.explanation


def test_a_true_negation_of_the_figure_still_refutes():
    suggestion = verdict(
        "Le 3 mars, 640 000 foyers étaient privés de courant en Normandie.",
        "Le 3 mars, 640.000 foyers n'étaient pas privés de courant en Normandie.",
    )
    assert suggestion.verdict != "supported", suggestion.explanation


# 3. A claim that something was said or shared: a debunk of what was said confirms the saying;
# a denial of the saying itself still refutes it.
_TWEET = (
    "Donald Trump a tweeté en mars 2020 qu'il y avait eu une « fraude massive » dans trois États."
)


def test_a_debunk_of_what_was_said_does_not_refute_the_saying():
    suggestion = verdict(
        _TWEET,
        'In March 2020, Trump falsely tweeted there was "massive fraud" in three states. '
        "Officials found no evidence of fraud.",
    )
    assert suggestion.verdict == "supported", suggestion.explanation


def test_a_denied_saying_is_still_refuted():
    suggestion = verdict(
        _TWEET,
        'Posts claim that in March 2020, Trump tweeted there was "massive fraud" in three '
        "states. This is false. Trump never tweeted that; the screenshot is fabricated.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation


# 4. A refutation word denied ("sans crainte d'être démenti") or closing an assertion
# ("..., contrary to claim") rejects nothing; a plain verdict word still does.
def test_contrary_to_claim_closing_a_headline_asserts_it():
    suggestion = verdict(
        "Greenland has warmed over the last 50 years.",
        "Fact check: False claim that Starbucks is going cashless spreads online\n"
        "Fact check: False claim that NATO sent 10,000 troops to Ukraine\n"
        "Fact check: Greenland has warmed in the last 50 years, contrary to claim\n"
        "Fact check: Photo altered to show a senator at a rally",
        "en",
    )
    assert suggestion.verdict == "supported", suggestion.explanation


def test_sans_crainte_d_etre_dementi_is_no_debunk():
    suggestion = verdict(
        "Les ventes de vélos ont progressé de 12,4 % en 2023.",
        "12,4 % de plus en 2023 pour les ventes de vélos : on peut parler de rebond sans "
        "crainte d'être démenti.",
    )
    assert suggestion.verdict == "supported", suggestion.explanation


def test_a_plain_denial_still_refutes():
    suggestion = verdict(
        "Les ventes de vélos ont progressé de 12,4 % en 2023.",
        "Des publications affirment que les ventes de vélos ont progressé de 12,4 % en 2023. "
        "C'est faux.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation


# 5. A spaced dash closes a clause: a negation after it is not the figure's.
def test_a_negation_after_a_dash_is_not_the_figures():
    suggestion = verdict(
        "La banque centrale a maintenu son taux directeur à 2,25 %.",
        "La banque centrale a maintenu son taux directeur à 2,25 % jeudi - et la gouverneure "
        "ne semble pas pressée de le modifier.",
    )
    assert suggestion.verdict == "supported", suggestion.explanation


def test_a_negation_in_the_figures_clause_still_refutes():
    suggestion = verdict(
        "La banque centrale a maintenu son taux directeur à 2,25 %.",
        "La banque centrale n'a pas maintenu son taux directeur à 2,25 % jeudi - et la "
        "gouverneure semble pressée de le modifier.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation


# 6. A verdict heading that opens on "Yes"/"Oui" and restates the claim supports it.
def test_a_yes_heading_restating_the_claim_supports_it():
    suggestion = verdict(
        "La sécheresse a bien provoqué une hausse des prix du blé en Espagne.",
        "2. Oui, la sécheresse a bien provoqué une hausse des prix du blé en Espagne, "
        "contrairement à ce qu'affirme une publication virale.",
    )
    assert suggestion.verdict == "supported", suggestion.explanation


def test_a_yes_but_heading_is_no_support():
    suggestion = verdict(
        "La sécheresse a bien provoqué une hausse des prix du blé en Espagne.",
        "2. Oui, mais la sécheresse n'explique pas seule la hausse des prix du blé en Espagne.",
    )
    assert suggestion.verdict != "supported", suggestion.explanation


# 7. A ratio said as "N sur M" is a share: "neuf trains sur dix" is 90 %, not refuted by
# another share of the sentence ("un tiers des vols").
def test_nine_in_ten_is_ninety_percent():
    suggestion = verdict(
        "La RATP a fait circuler en moyenne 90 % de ses bus.",
        "Dans les transports, la RATP a fait circuler neuf bus sur dix en moyenne, tandis "
        "qu'un tiers des vols ont été annulés à Roissy.",
    )
    assert suggestion.verdict == "supported", suggestion.explanation


def test_a_ratio_is_not_read_from_a_span_of_time():
    from workers.verification.quantities import extract_quantities

    found = extract_quantities("The index rose 2 in 10 years.", "en")
    assert not any(q.unit == "percent" for q in found)
