"""Sentence spans survive abbreviations, decimals, guillemets and line breaks."""

from workers.verification import split_passages


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_passages(text)]


def test_it_does_not_split_after_abbreviations_or_inside_decimals():
    text = (
        "SoftBank will invest in the U.S. market. M. Son a parlé. Apple Inc. grew 1.5% "
        "in 2024. Le taux est de 1,5 %."
    )
    assert sentences(text) == [
        "SoftBank will invest in the U.S. market.",
        "M. Son a parlé.",
        "Apple Inc. grew 1.5% in 2024.",
        "Le taux est de 1,5 %.",
    ]


def test_it_splits_after_a_dotted_acronym_when_a_new_sentence_clearly_starts():
    assert sentences("They invest in the U.S. The money flows.") == [
        "They invest in the U.S.",
        "The money flows.",
    ]


def test_it_keeps_french_guillemets_with_their_sentence_and_splits_on_newlines():
    text = "« C'est un pari. » Il sourit.\nTitre sans point\nFin."
    assert sentences(text) == ["« C'est un pari. »", "Il sourit.", "Titre sans point", "Fin."]


def test_it_returns_offsets_into_the_original_text():
    text = "  First one.   Second one!\n\n Third?  "
    for start, end in split_passages(text):
        assert text[start:end] == text[start:end].strip() != ""
    assert len(split_passages(text)) == 3
