"""`{% external_link url text %}` for templates: the same check as the admin (claims.weblinks)."""

from django import template

from claims import weblinks

register = template.Library()


@register.simple_tag
def external_link(url: str | None, text: str | None = None):
    return weblinks.external_link(url, text)
