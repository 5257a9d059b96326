"""Role swaps, direction flips and period changes read as support (issue 12, refute pass):
words of change the lemma space left out ("abaisse", "se redresse", "s'étoffe"), a rate held
("maintenu", "unchanged") against a rate moved. Invented sentences, FR and EN."""

from tests.verification.test_error_classes import verdict
from workers.verification.word_figures import direction


def _at(text: str, figure: str) -> str | None:
    start = text.index(figure)
    return direction(text, start, start + len(figure))


# 1. Words of change next to a figure, in French and English.
def test_words_of_change_outside_the_lemma_space_give_a_direction():
    assert _at("La banque a abaissé son taux directeur à 2,5 %.", "2,5 %") == "fall"
    assert _at("Les ventes se sont étoffées de 3 % sur un an.", "3 %") == "rise"
    assert _at("The central bank hiked its policy rate to 4.5%.", "4.5%") == "rise"
    assert _at("La banque a maintenu son taux directeur à 2,5 %.", "2,5 %") == "hold"
    assert _at("The rate was left unchanged at 4.5%.", "4.5%") == "hold"


def test_relever_as_noting_is_no_rise():
    # "relevé plus de 500 erreurs": what was noted, not a rise.
    text = "Le site a relevé plus de 500 erreurs."
    assert _at(text, "500") is None


def test_a_hold_word_further_back_than_a_change_word_after_the_figure_still_holds():
    text = "La banque a maintenu son principal taux d'intérêt à 5 % après des hausses en juin."
    assert _at(text, "5 %") == "hold"


def test_a_rise_against_a_fall_said_with_a_new_word_is_refuted():
    suggestion = verdict(
        "En juin, le nombre de permis de construire a reculé de 6 % par rapport à mai.",
        "En juin, le nombre de permis de construire se redresse de 6 % par rapport à mai, "
        "avec 31 000 autorisations délivrées.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation


def test_a_rate_held_refutes_a_rate_cut():
    suggestion = verdict(
        "La banque centrale a abaissé son taux directeur à 2,25 %.",
        "La banque centrale a maintenu son taux directeur à 2,25 % mercredi, a annoncé "
        "son gouverneur.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation


def test_a_rate_held_supports_a_rate_held():
    suggestion = verdict(
        "La banque centrale a maintenu son taux directeur à 2,25 %.",
        "La banque centrale a maintenu son taux directeur à 2,25 % mercredi, a annoncé "
        "son gouverneur.",
    )
    assert suggestion.verdict == "supported", suggestion.explanation


def test_a_rate_cut_supports_a_rate_cut():
    suggestion = verdict(
        "La banque centrale a abaissé son taux directeur à 2,25 %.",
        "La banque centrale a abaissé mercredi son taux directeur à 2,25 %, a annoncé "
        "son gouverneur.",
    )
    assert suggestion.verdict == "supported", suggestion.explanation


# 2. "de X à Y": from one value to a higher one is a rise, though no verb says so.
def test_a_move_from_a_value_to_another_has_the_direction_of_the_values():
    from workers.verification.quantities import extract_quantities

    quantities = extract_quantities("La part est passée de 8,2 % à 12,4 % en un an.", "fr")
    assert [q.direction for q in quantities if q.change == "to"] == ["rise"]


def test_a_share_that_fell_refutes_a_claim_that_it_rose_between_the_same_values():
    suggestion = verdict(
        "La part des voitures hybrides est passée de 8,2 % à 12,4 % en un an.",
        "En l'espace d'une année, la part des voitures hybrides a reculé de 12,4 % à 8,2 %.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation


def test_a_share_that_rose_between_the_same_values_supports_the_claim():
    suggestion = verdict(
        "La part des voitures hybrides est passée de 8,2 % à 12,4 % en un an.",
        "En l'espace d'une année, la part des voitures hybrides a progressé de 8,2 % à 12,4 %.",
    )
    assert suggestion.verdict == "supported", suggestion.explanation


# 3. A distance the other way round the compass.
def test_a_bearing_is_read_after_a_distance_in_french_and_english():
    from workers.verification.bearings import bearing

    assert bearing("95 km (59 mi) north-northeast from the first", 5) == {"n", "e"}
    assert bearing("à 80 km au sud-ouest de Marrakech", 8) == {"s", "w"}
    assert bearing("23 km à l'ouest de Nurdagi", 5) == {"w"}
    assert bearing("la distance de 23 km est de trop", 19) == frozenset()  # "est" is "is"


def test_a_distance_to_the_east_refutes_the_same_distance_to_the_west():
    suggestion = verdict(
        "L'épicentre du séisme était situé à 31 km à l'ouest de Malatya.",
        "The epicentre of the quake was 31 kilometres (19 miles) east of Malatya, the "
        "geological survey said.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation


def test_a_distance_north_northeast_does_not_refute_north_east():
    suggestion = verdict(
        "L'épicentre du séisme était situé à 31 km au nord-est de Malatya.",
        "The epicentre of the quake was 31 kilometres (19 miles) north-northeast of Malatya, "
        "the geological survey said.",
    )
    assert suggestion.verdict != "refuted", suggestion.explanation


# 4. A figure in brackets belongs to the words before its bracket.
def test_a_bracketed_figure_is_the_label_before_it_not_the_next_one():
    suggestion = verdict(
        "Le bâtiment a un taux de chômage de 7,2 %.",
        "Par secteur, le taux de chômage le plus élevé se trouve dans les domaines de "
        "l'horlogerie (7,2 %) et du bâtiment (6,1 %).",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation


def test_a_bracketed_figure_supports_the_label_before_it():
    suggestion = verdict(
        "L'horlogerie a un taux de chômage de 7,2 %.",
        "Par secteur, le taux de chômage le plus élevé se trouve dans les domaines de "
        "l'horlogerie (7,2 %) et du bâtiment (6,1 %).",
    )
    assert suggestion.verdict == "supported", suggestion.explanation


# 5. The claim's figure said of another scope in so many words refutes it.
def test_a_figure_for_some_months_refutes_the_same_figure_for_the_whole_year():
    suggestion = verdict(
        "Le constructeur a livré 612 appareils sur l'ensemble de l'année.",
        "Le constructeur a livré 612 appareils entre janvier et octobre, un record.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation


def test_gross_orders_refute_the_same_number_of_net_orders():
    suggestion = verdict(
        "Le constructeur a enregistré 812 commandes nettes.",
        "Le constructeur a enregistré 812 commandes brutes, soit 640 nettes après annulations.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation


def test_a_figure_for_the_whole_year_still_supports_the_whole_year():
    suggestion = verdict(
        "Le constructeur a livré 612 appareils sur l'ensemble de l'année.",
        "Le constructeur a livré 612 appareils sur l'ensemble de l'année, un record.",
    )
    assert suggestion.verdict == "supported", suggestion.explanation


def test_partial_periods_in_words_and_digits():
    from workers.verification.contrasts import scope_contrast

    claim = "Les immatriculations ont progressé de 14,2 % sur l'ensemble de l'année 2023."
    for words in (
        "le marché a progressé de 14,2 % sur dix mois",
        "up 14.2% in the final three months of the year",
        "14,2 % entre le 1er janvier et le 31 mars",
        "in December alone, 14.2% more",
        "depuis le début de l'année, le marché a progressé de 14,2 %",
    ):
        assert scope_contrast(claim, words, "") == "the whole year or some months", words
    assert scope_contrast(claim, "up 14.2% over the past 12 months", "") is None


def test_a_forecast_with_another_scope_is_still_only_set_aside():
    suggestion = verdict(
        "Le constructeur livrera 612 appareils sur l'ensemble de l'année.",
        "Le constructeur prévoit de livrer 612 appareils entre janvier et octobre.",
    )
    assert suggestion.verdict != "refuted", suggestion.explanation


# 6. Bounds crossed the other way at the same value.
def test_fewer_than_refutes_more_than_the_same_value():
    suggestion = verdict(
        "Moins de 12 millions de spectateurs ont assisté à la tournée.",
        "More than 12 million people attended the tour, and the average ticket price was $180.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation


def test_at_least_does_not_refute_at_most_the_same_value():
    from workers.verification.compare import compare
    from workers.verification.quantities import extract_quantities

    claim = extract_quantities("au moins 12 millions de spectateurs", "fr")[0]
    source = extract_quantities("au plus 12 millions de spectateurs", "fr")[0]
    assert compare(claim, source).outcome != "mismatch"


def test_below_and_above_a_line_are_read_as_bounds():
    from workers.verification.quantities import extract_quantities

    def bound(text: str, language: str) -> str:
        return extract_quantities(text, language)[0].qualifier

    assert bound("la baisse est passée sous la barre des 20 %", "fr") == "less_than"
    assert bound("remaining below the target of 93%", "en") == "less_than"
    assert bound("la part dépasse l'objectif de 93 %", "fr") == "more_than"
    assert bound("la baisse dépassait encore 20 %", "fr") == "more_than"
    assert bound("au-dessus de la barre des 20 %", "fr") == "more_than"
    # "dépassé de 20 %" is a change by 20 %, not a bound.
    assert bound("les ventes ont dépassé de 20 % leur niveau", "fr") == "exact"


def test_a_share_below_a_target_does_not_support_a_claim_above_it():
    suggestion = verdict(
        "La part des patients vus sous deux semaines dépassait l'objectif de 85 %.",
        "La part des patients vus sous deux semaines est restée sous la barre des 85 % en "
        "juillet, selon les chiffres officiels.",
    )
    assert suggestion.verdict != "supported", suggestion.explanation


# 7. A change against an average is not the change against a year.
def test_a_fall_against_the_average_refutes_the_same_fall_against_last_year():
    suggestion = verdict(
        "La production française d'orge 2024 est estimée en baisse de 17,3 % par rapport à 2023.",
        "Le service statistique estime la production à 9,1 millions de tonnes, soit une baisse "
        "de 17,3 % par rapport à la moyenne des cinq dernières années.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation


def test_a_fall_against_last_year_supports_the_same_fall_against_last_year():
    suggestion = verdict(
        "La production française d'orge 2024 est estimée en baisse de 17,3 % par rapport à 2023.",
        "Le service statistique estime la production à 9,1 millions de tonnes, soit une baisse "
        "de 17,3 % par rapport à 2023.",
    )
    assert suggestion.verdict == "supported", suggestion.explanation


# 8. A rate per month, week or day is not the same figure per year.
def test_a_rate_per_year_refutes_the_same_figure_per_month():
    suggestion = verdict(
        "Un ménage chauffé à l'électricité économisera en moyenne 240 euros par mois.",
        "Le prix du mégawattheure baissera, soit une économie moyenne de 240 euros par an pour "
        "un ménage chauffé à l'électricité.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation


def test_a_time_a_month_later_is_no_rate():
    from workers.verification.quantities import extract_quantities

    assert extract_quantities("190 euros par mois", "fr")[0].per == "month"
    assert extract_quantities("3 700 tués chaque jour", "fr")[0].per == "day"
    assert extract_quantities("it paid 200 dollars a month later", "en")[0].per is None


# 9. A change over a year is not a change over a month.
def test_a_fall_over_a_year_refutes_the_same_fall_over_a_month():
    suggestion = verdict(
        "Le chômage des seniors a diminué de 8,3 % en un mois.",
        "Par rapport au même mois de l'année précédente, le chômage des seniors a diminué de "
        "1 214 personnes (-8,3 %), selon le communiqué.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation


def test_a_fall_over_a_year_supports_the_same_fall_over_a_year():
    suggestion = verdict(
        "Le chômage des seniors a diminué de 8,3 % sur un an.",
        "Le chômage des seniors a diminué de 8,3 % sur un an, selon le communiqué.",
    )
    assert suggestion.verdict == "supported", suggestion.explanation


# 10. A yearly rate is not the total of several years.
def test_a_total_over_five_years_refutes_the_same_figure_per_year():
    suggestion = verdict(
        "La tournée d'adieu du groupe rapportait 812 millions de dollars par an.",
        "La tournée d'adieu du groupe, achevée en 2023, a rapporté 812 millions de dollars en "
        "cinq ans, pour 290 concerts.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation


def test_a_yearly_figure_over_five_years_still_supports_the_yearly_rate():
    suggestion = verdict(
        "La consommation des centres de données progresse de 15 % par an.",
        "La consommation des centres de données progresse de 15 % par an depuis cinq ans.",
    )
    assert suggestion.verdict != "refuted", suggestion.explanation


# 11. A level that held refutes a rise over the same span, said without a figure.
def test_a_stable_result_over_a_month_refutes_a_rise_over_a_month():
    suggestion = verdict(
        "Le chômage a augmenté à Lausanne sur un mois.",
        "Lausanne reste la ville au plus fort taux de chômage du canton, avec 5,1 %, un résultat "
        "stable sur un mois.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation


def test_a_rise_over_a_month_still_supports_a_rise_over_a_month():
    suggestion = verdict(
        "Le chômage a augmenté à Lausanne sur un mois.",
        "Lausanne reste la ville au plus fort taux de chômage du canton, avec 5,1 %, un résultat "
        "en hausse sur un mois.",
    )
    assert suggestion.verdict != "refuted", suggestion.explanation


def test_several_years_said_in_another_sentence_do_not_refute_a_yearly_figure():
    from workers.verification.contrasts import firm_contrast

    claim = "Le pays consomme 460 TWh d'électricité par an."
    sentence = "Le pays a consommé 460 TWh d'électricité en 2023."
    context = sentence + " En dix ans, la consommation a baissé de 8 %."
    name = "per year or over several years"
    assert not firm_contrast(claim, sentence, sentence, context, name)
    assert firm_contrast(claim, "460 TWh en dix ans", sentence, context, name)


def test_a_reduced_rate_is_a_kind_of_rate_not_a_cut():
    assert _at("la TVA à taux réduit de 5,5 % sur l'énergie", "5,5 %") is None
    assert _at("le prix a été réduit de 5,5 % en mai", "5,5 %") == "fall"


# Whose figure (owners.py): in a name-first list, a figure belongs to the names written since
# the figure of its kind before it.
def test_a_figure_the_list_gives_to_another_region_is_refuted():
    suggestion = verdict(
        "La Bretagne a accueilli 12,4 millions de visiteurs l'an dernier.",
        "La Normandie a accueilli 15,2 millions de visiteurs l'an dernier, devant l'Occitanie, "
        "qui en a accueilli 12,4 millions, et la Bretagne, avec 9,8 millions.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation
    assert "occitanie" in suggestion.explanation


def test_the_claims_own_figure_in_the_list_is_left_alone():
    suggestion = verdict(
        "La Bretagne a accueilli 9,8 millions de visiteurs l'an dernier.",
        "La Normandie a accueilli 15,2 millions de visiteurs l'an dernier, devant l'Occitanie, "
        "qui en a accueilli 12,4 millions, et la Bretagne, avec 9,8 millions.",
    )
    assert "other_owner" not in suggestion.explanation, suggestion.explanation


def test_a_figure_first_list_is_not_read_name_first():
    # "12,4 % pour la Bretagne": the name follows its figure, ownership reads the other way.
    suggestion = verdict(
        "Les prix ont baissé de 12,4 % en Bretagne sur un an.",
        "Sur un an, les prix ont baissé de 9,8 % pour la Normandie et de 12,4 % pour la Bretagne.",
    )
    assert "other_owner" not in suggestion.explanation, suggestion.explanation
