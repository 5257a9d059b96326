"""Evidence excerpts: the matched figures stand out, the rest is escaped text."""

from claims.editorial.figures import emphasize_figures


def test_it_emphasizes_the_recorded_figure_wording():
    html = emphasize_figures(
        "They plan to invest $500 billion over 500 days.", [{"text": "$500 billion"}, None]
    )
    assert '<strong class="figure">$500 billion</strong>' in html
    assert "over 500 days" in html  # only the matched figure, not every number


def test_it_falls_back_to_every_number_when_no_wording_is_recorded():
    html = emphasize_figures("Revenue rose 19 % to 1 000 000 euros in 2024.", [None, {}])
    assert '<strong class="figure">19 %</strong>' in html
    assert '<strong class="figure">1 000 000</strong>' in html
    assert '<strong class="figure">2024</strong>' in html


def test_it_escapes_the_excerpt_around_the_figures():
    html = emphasize_figures('<img src=x onerror="x()"> 12 million', [{"text": "12 million"}])
    assert "<img" not in html
    assert (
        '&lt;img src=x onerror=&quot;x()&quot;&gt; <strong class="figure">12 million</strong>'
        in html
    )
