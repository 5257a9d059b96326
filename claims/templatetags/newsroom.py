"""Numbers the way each language writes them (76 % in French, 76% in English), mentions."""

from __future__ import annotations

from django import template
from django.utils.formats import number_format
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from claims.services.comments import MENTION

register = template.Library()


@register.filter
def percent(value: float | None) -> str:
    """A 0–1 share as a whole percentage: « 76 % » (non-breaking space) in French."""
    if value is None or value == "":
        return "—"
    return _("%(value)s%%") % {"value": number_format(round(float(value) * 100))}


@register.filter
def number(value: int | float | None) -> str:
    """A count with the language's thousands separator (« 12 345 » in French)."""
    if value is None or value == "":
        return "—"
    return number_format(value, force_grouping=True)


@register.filter(needs_autoescape=True)
def mentions(text: str, autoescape: bool = True) -> str:
    """The comment's text, escaped, with each @username set apart."""
    escaped = conditional_escape(text) if autoescape else text
    return mark_safe(
        MENTION.sub(lambda m: f'<strong class="mention">@{m.group(1)}</strong>', str(escaped))
    )
