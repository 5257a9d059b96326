"""The annotated body: quotes marked from escaped pieces, overlaps never nest or cross."""

from html.parser import HTMLParser

from claims.editorial.highlight import Span, highlight


class _TagBalance(HTMLParser):
    """Records open/close tags so a test can check the markup is well nested."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.text = ""

    def handle_starttag(self, tag, attrs):
        if tag == "mark" and "mark" in self.stack:
            self.errors.append("mark inside mark")
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.errors.append(tag)

    def handle_data(self, data):
        self.text += data


def _parse(html: str) -> _TagBalance:
    parser = _TagBalance()
    parser.feed(html)
    parser.close()
    return parser


def test_it_escapes_html_in_the_article_body():
    body = 'Intro <script>alert("x")</script> and 12 millions & more.'
    html = highlight(body, [Span(claim_id=1, start=37, end=48, status="refuted")])
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert _parse(html).text == body  # the reader sees exactly the original text


def test_it_marks_a_quote_with_its_status_and_an_anchor():
    body = "Avant. Acme a levé 12 millions. Après."
    html = highlight(body, [Span(claim_id=7, start=7, end=30, status="supported")])
    assert '<mark class="hl hl-supported" id="claim-7" data-claim="7"' in html
    assert ">Acme a levé 12 millions</mark>" in html


def test_overlapping_quotes_give_flat_well_nested_marks():
    body = "0123456789ABCDEFGHIJ"
    spans = [
        Span(claim_id=1, start=2, end=12, status="supported"),
        Span(claim_id=2, start=8, end=16, status="refuted"),
        Span(claim_id=3, start=9, end=10, status="conflicting"),
    ]
    html = highlight(body, spans)
    parsed = _parse(html)
    assert parsed.errors == [] and parsed.stack == []
    assert parsed.text == body
    # the shared stretch belongs to the innermost claim and names all of them
    assert 'data-claim="3" data-claims="1 2 3"' in html
    assert 'data-claim="2" data-claims="1 2"' in html
    for claim_id in (1, 2, 3):
        assert html.count(f'id="claim-{claim_id}"') == 1


def test_a_quote_nested_inside_another_keeps_both_clickable():
    body = "The firm said it invested 500 billion dollars over four years."
    outer = Span(claim_id=1, start=0, end=len(body) - 1, status="in_review")
    inner = Span(claim_id=2, start=26, end=45, status="refuted")
    html = highlight(body, [outer, inner])
    assert 'data-claim="1" data-claims="1"' in html
    assert 'data-claim="2" data-claims="1 2"' in html
    assert _parse(html).text == body


def test_it_marks_the_machine_suggestion_only_while_no_one_has_decided():
    body = "Alpha beta gamma delta."
    undecided = Span(claim_id=1, start=0, end=5, status="unverified", suggestion="refuted")
    decided = Span(claim_id=2, start=11, end=16, status="supported", suggestion="refuted")
    html = highlight(body, [undecided, decided])
    assert "hl-suggest-refuted" in html.split("</mark>")[0]
    assert html.count('class="machine machine-refuted"') == 1
    assert "hl-suggest" not in html.split("</mark>")[1]


def test_it_ignores_offsets_outside_the_body():
    body = "short"
    html = highlight(body, [Span(claim_id=1, start=3, end=99, status="refuted")])
    assert "<mark" not in html and html == "short"


def test_a_repeated_appearance_is_marked_without_a_second_anchor():
    body = "500 billion here, and 500 billion there."
    spans = [
        Span(claim_id=4, start=0, end=11, status="supported"),
        Span(claim_id=4, start=22, end=33, status="supported", primary=False),
    ]
    html = highlight(body, spans)
    assert html.count('id="claim-4"') == 1
    assert "hl-repeat" in html
