"""django-filter sets for the list endpoints."""

import django_filters

from claims.models import Claim, Evidence, VerificationJob


class ClaimFilter(django_filters.FilterSet):
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
