"""Quick filters for the admin lists: the questions editors ask most, one click each."""

from django.contrib import admin
from django.db.models import Q

from claims.models import ClaimStatus
from claims.selectors.stats import without_source

QUICK = {
    "needs_review": ("Needs review", Q(needs_review=True)),
    "unverified": ("Unverified", Q(status=ClaimStatus.UNVERIFIED)),
    "refuted": ("Refuted", Q(status=ClaimStatus.REFUTED)),
    "conflicting": ("Conflicting", Q(status=ClaimStatus.CONFLICTING)),
    "suggested": (
        "Machine suggestion waiting",
        Q(status=ClaimStatus.UNVERIFIED, suggested_verdict__isnull=False),
    ),
    "without_source": ("Without a source", without_source()),
}


class QuickFilter(admin.SimpleListFilter):
    title = "quick filter"
    parameter_name = "quick"

    def lookups(self, request, model_admin):
        return [(key, label) for key, (label, _q) in QUICK.items()]

    def queryset(self, request, queryset):
        chosen = QUICK.get(self.value() or "")
        return queryset.filter(chosen[1]) if chosen else queryset


class RetriedFilter(admin.SimpleListFilter):
    """Jobs that needed more than one attempt: flaky sources or workers that died."""

    title = "retried"
    parameter_name = "retried"

    def lookups(self, request, model_admin):
        return [("yes", "More than one attempt"), ("no", "One attempt or none")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(attempts__gt=1)
        if self.value() == "no":
            return queryset.filter(attempts__lte=1)
        return queryset
