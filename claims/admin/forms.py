"""Admin forms: edits carry the version they were read at, status changes carry a note."""

from __future__ import annotations

from django import forms
from django.contrib.admin.helpers import ActionForm
from django.contrib.auth import get_user_model
from django.db.models import Q

from claims.models import Claim, ClaimStatus
from claims.models.claim import CLAIM_WORDING_FIELDS
from claims.roles import EDITORS, REVIEWERS


def reviewer_choices():
    """Active users who may set a status: the people a claim can be assigned to."""
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(groups__name__in=[EDITORS, REVIEWERS]) | Q(is_superuser=True))
        .distinct()
        .order_by("username")
    )


class ClaimActionForm(ActionForm):
    status = forms.ChoiceField(choices=[("", "— status —"), *ClaimStatus.choices], required=False)
    note = forms.CharField(required=False, widget=forms.TextInput(attrs={"placeholder": "note"}))
    reviewer = forms.ModelChoiceField(
        queryset=reviewer_choices(), required=False, empty_label="— reviewer —"
    )


class ClaimAdminForm(forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    status_note = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Why the status changes (kept in the claim's history).",
    )

    class Meta:
        model = Claim
        fields = ["article", *CLAIM_WORDING_FIELDS, "status", "assigned_to"]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["version"].initial = self.instance.version
            # A view-only user's form has no editable fields at all, so no "article" to lock.
            if "article" in self.fields:
                self.fields["article"].disabled = True

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk:
            current = (
                Claim.objects.filter(pk=self.instance.pk).values_list("version", flat=True).get()
            )
            read = cleaned.get("version")
            if read is not None and read != current:
                raise forms.ValidationError(
                    "Someone else saved this claim while you were editing it (you opened version "
                    f"{read}, it is now version {current}). Reload the page to see their change, "
                    "then apply yours again."
                )
        return cleaned
