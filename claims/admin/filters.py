"""Quick filters for the admin lists: the questions editors ask most, one click each."""

from django.contrib import admin
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from claims.editorial.words import outcome_words, reason_words
from claims.models import ClaimStatus
from claims.selectors.stats import without_source

QUICK = {
    "needs_review": (_("Needs review"), Q(needs_review=True)),
    "unverified": (_("Unverified"), Q(status=ClaimStatus.UNVERIFIED)),
    "refuted": (_("Refuted"), Q(status=ClaimStatus.REFUTED)),
    "conflicting": (_("Conflicting"), Q(status=ClaimStatus.CONFLICTING)),
    "suggested": (
        _("Machine suggestion waiting"),
        Q(status=ClaimStatus.UNVERIFIED, suggested_verdict__isnull=False),
    ),
    "without_source": ("Without a source", without_source()),
}


class QuickFilter(admin.SimpleListFilter):
    title = _("quick filter")
    parameter_name = "quick"

    def lookups(self, request, model_admin):
        return [(key, label) for key, (label, _q) in QUICK.items()]

    def queryset(self, request, queryset):
        chosen = QUICK.get(self.value() or "")
        return queryset.filter(chosen[1]) if chosen else queryset


class RetriedFilter(admin.SimpleListFilter):
    """Jobs that needed more than one attempt: flaky sources or workers that died."""

    title = _("retried")
    parameter_name = "retried"

    def lookups(self, request, model_admin):
        return [("yes", _("More than one attempt")), ("no", _("One attempt or none"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(attempts__gt=1)
        if self.value() == "no":
            return queryset.filter(attempts__lte=1)
        return queryset


class _WordsFilter(admin.SimpleListFilter):
    """Filter on a stored code, offered as words (only the codes present are listed)."""

    field = ""
    words = staticmethod(outcome_words)

    def lookups(self, request, model_admin):
        codes = model_admin.get_queryset(request).order_by().values_list(self.field, flat=True)
        found = [(code, self.words(code)) for code in sorted(set(codes)) if code]
        return [(code, words.label) for code, words in found]

    def queryset(self, request, queryset):
        return queryset.filter(**{self.field: self.value()}) if self.value() else queryset


class OutcomeFilter(_WordsFilter):
    title = _("outcome")
    parameter_name = "outcome"
    field = "outcome"


class JobProblemFilter(_WordsFilter):
    title = _("problem")
    parameter_name = "error_code"
    field = "error_code"


class ReasonFilter(_WordsFilter):
    title = _("reason")
    parameter_name = "reason"
    field = "reason"
    words = staticmethod(reason_words)


class StatusValueFilter(admin.SimpleListFilter):
    """The new value of a status change, by its label."""

    title = _("new value")
    parameter_name = "to_value"

    def lookups(self, request, model_admin):
        return [*ClaimStatus.choices]

    def queryset(self, request, queryset):
        return queryset.filter(to_value=self.value()) if self.value() else queryset
