"""django-filter sets for the list endpoints, and ordering and search that refuse what they
cannot do instead of quietly ignoring it."""

from __future__ import annotations

import django_filters
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from rest_framework.exceptions import ValidationError
from rest_framework.filters import OrderingFilter, SearchFilter

from claims import selectors
from claims.models import Claim, Evidence, VerificationJob

# django-filter's BooleanFilter reads any other value as "no filter": `?needs_review=perhaps`
# would list everything. These are the only spellings accepted.
_BOOLEAN_CHOICES = [("true", "true"), ("false", "false"), ("1", "1"), ("0", "0")]


class StrictBooleanFilter(django_filters.TypedChoiceFilter):
    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("choices", _BOOLEAN_CHOICES)
        kwargs.setdefault("coerce", lambda value: value in ("true", "1"))
        super().__init__(*args, **kwargs)


class ClaimFilter(django_filters.FilterSet):
    needs_review = StrictBooleanFilter()
    assigned_to = django_filters.CharFilter(
        method="filter_assigned_to",
        help_text=_(
            "A user id: the claims assigned to that person. `me`: your queue, the open claims "
            "assigned to you and the unassigned ones whose machine suggestion waits for a person."
        ),
    )

    def filter_assigned_to(self, queryset, name, value):
        if value == "me":
            user = self.request.user if self.request else None
            if user is None or not user.is_authenticated:
                return queryset.none()
            return queryset.filter(selectors.claim_queue_filter(user=user))
        if not (value.isascii() and value.isdigit()):
            raise ValidationError({"assigned_to": _("Give a user id or “me”.")})
        return queryset.filter(assigned_to_id=int(value))

    class Meta:
        model = Claim
        fields = ["status", "suggested_verdict", "kind", "article", "needs_review", "origin"]


class EvidenceFilter(django_filters.FilterSet):
    class Meta:
        model = Evidence
        fields = ["claim", "source", "stance"]


class JobFilter(django_filters.FilterSet):
    class Meta:
        model = VerificationJob
        fields = ["claim", "status"]


class StrictOrderingFilter(OrderingFilter):
    """DRF drops unknown `ordering` fields silently: a typo gave another order than asked."""

    def get_ordering(self, request, queryset, view):
        asked = request.query_params.get(self.ordering_param)
        if asked:
            known = {name for name, _label in self.get_valid_fields(queryset, view, {})}
            unknown = [
                f for f in (t.strip() for t in asked.split(",")) if f.lstrip("-") not in known
            ]
            if unknown:
                raise ValidationError(
                    {
                        self.ordering_param: [
                            _("Cannot order by %(asked)s; known fields: %(known)s.")
                            % {
                                "asked": ", ".join(map(repr, unknown))[:300],
                                "known": ", ".join(sorted(known)),
                            }
                        ]
                    }
                )
        return super().get_ordering(request, queryset, view)


class BoundedSearchFilter(SearchFilter):
    """Each term is an OR of LIKEs over every search field: a 1,000-term query built an
    expression SQLite refused (a 503) and a PostgreSQL scan of every row per term."""

    def get_search_terms(self, request) -> list[str]:
        raw = request.query_params.get(self.search_param, "")
        max_length, max_terms = (
            settings.VERIFIER_SEARCH_MAX_LENGTH,
            settings.VERIFIER_SEARCH_MAX_TERMS,
        )
        if len(raw) > max_length:
            raise ValidationError(
                {
                    self.search_param: [
                        _("A search is at most %(max)d characters long.") % {"max": max_length}
                    ]
                }
            )
        terms = super().get_search_terms(request)
        if len(terms) > max_terms:
            raise ValidationError(
                {
                    self.search_param: [
                        _("A search has at most %(max)d terms; got %(count)d.")
                        % {"max": max_terms, "count": len(terms)}
                    ]
                }
            )
        return terms
