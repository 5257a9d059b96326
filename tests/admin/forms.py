"""What the admin's article form posts besides the article itself (no inline claims)."""

ARTICLE_FORM = {
    "title": "",
    "language": "fr",
    "url": "",
    "publisher": "",
    "author": "",
    "claims-TOTAL_FORMS": 0,
    "claims-INITIAL_FORMS": 0,
}
