"""Nothing from another origin: no page loads a script, style, font or image from elsewhere.

Links to the cited sources (<a href>) are navigation a person chooses, not something the page
loads, so they are allowed; every resource a page pulls in must come from the app itself.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from django.contrib.staticfiles import finders
from django.test import Client
from lxml import html

from tests.i18n.pages import newsroom
from tests.i18n.test_pages_in_french import _pages

# Attributes through which a page loads something by itself.
_LOADS = {
    "script": ["src"], "link": ["href"], "img": ["src", "srcset"], "iframe": ["src"],
    "source": ["src", "srcset"], "video": ["src", "poster"], "audio": ["src"],
    "object": ["data"], "embed": ["src"], "form": ["action"], "input": ["src"],
}  # fmt: skip
_CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)|@import\s+['"]([^'"]+)""")
_ABSOLUTE = re.compile(r"""(?:https?:)?//[^\s'"<>)]+""")


def _foreign(url: str) -> bool:
    parts = urlsplit(url.strip())
    return bool(parts.netloc) and parts.hostname not in ("testserver", None)


def foreign_loads(page: str) -> list[str]:
    tree = html.fromstring(page)
    found = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        for attr in _LOADS.get(element.tag, []):
            for url in (element.get(attr) or "").split(","):
                if url and _foreign(url.split()[0] if url.split() else url):
                    found.append(f"<{element.tag} {attr}={url.strip()}>")
        if element.tag in ("style", "script") and element.text:
            found.extend(u for u in _ABSOLUTE.findall(element.text) if _foreign(u))
        for match in _CSS_URL.finditer(element.get("style") or ""):
            found.extend(u for u in match.groups() if u and _foreign(u))
    return found


def _local_stylesheets(page: str) -> list[str]:
    tree = html.fromstring(page)
    return [
        link.get("href")
        for link in tree.iter("link")
        if (link.get("rel") or "") == "stylesheet" and link.get("href", "").startswith("/static/")
    ]


@pytest.mark.django_db
def test_no_page_loads_anything_from_another_origin():
    data = newsroom()
    client = Client()
    anonymous = Client()
    client.force_login(data["boss"])
    pages = {url: client for url in _pages(data)}
    pages.update({"/api/docs/": client, "/api/redoc/": client, "/admin/login/": anonymous})
    offenders, stylesheets = {}, set()
    for url, who in pages.items():
        for language in ("fr", "en"):
            response = who.get(url, HTTP_ACCEPT_LANGUAGE=language)
            assert response.status_code == 200, url
            page = response.content.decode()
            if foreign_loads(page):
                offenders[url] = foreign_loads(page)
            stylesheets.update(_local_stylesheets(page))
    for href in sorted(stylesheets):
        path = finders.find(href.removeprefix("/static/"))
        assert path, f"{href} is not a static file of the app"
        with open(path, encoding="utf-8") as css:
            urls = [u for m in _CSS_URL.finditer(css.read()) for u in m.groups() if u]
        if any(_foreign(u) for u in urls):
            offenders[href] = [u for u in urls if _foreign(u)]
    assert offenders == {}


def test_the_api_docs_use_the_apps_own_swagger_ui_and_redoc(admin_client):
    docs = admin_client.get("/api/docs/").content.decode()
    redoc = admin_client.get("/api/redoc/").content.decode()
    scripts = [s.get("src") for page in (docs, redoc) for s in html.fromstring(page).iter("script")]
    assert [s for s in scripts if s] and all(s.startswith("/static/") for s in scripts if s)
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in docs
    assert "/static/drf_spectacular_sidecar/redoc/bundles/redoc.standalone.js" in redoc
    # Swagger UI's validator badge would call validator.swagger.io: switched off.
    assert '"validatorUrl": null' in docs


def test_the_check_sees_a_page_that_loads_from_elsewhere():
    page = (
        '<html><head><link rel="stylesheet" href="https://fonts.googleapis.com/css">'
        '<script src="//cdn.example.org/x.js"></script><script src="/static/a.js"></script>'
        "</head><body style=\"background:url('https://img.example.org/b.png')\">"
        '<a href="https://example.org/source">a source</a></body></html>'
    )
    assert foreign_loads(page) == [
        "<link href=https://fonts.googleapis.com/css>",
        "<script src=//cdn.example.org/x.js>",
        "https://img.example.org/b.png",
    ]
