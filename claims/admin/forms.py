"""Admin forms: edits carry the version they were read at, status changes carry a note."""

from __future__ import annotations

from django import forms
from django.contrib.admin.helpers import ActionForm
from django.db import models
from django.utils.translation import gettext_lazy as _

from claims import selectors
from claims.models import Claim, ClaimStatus
from claims.models.claim import CLAIM_WORDING_FIELDS


class HttpsURLField(forms.URLField):
    """An address typed without a scheme is read as https (Django 6's default, chosen now)."""

    def __init__(self, **kwargs) -> None:
        super().__init__(assume_scheme="https", **kwargs)


# For every admin that shows a model's URL field, read-only ones included (the form is built first).
HTTPS_URLS = {models.URLField: {"form_class": HttpsURLField}}


def reviewer_choices():
    """Active users who may set a status: the people a claim can be assigned to."""
    return selectors.reviewer_list()


class ClaimActionForm(ActionForm):
    status = forms.ChoiceField(
        label=_("status"), choices=[("", _("— status —")), *ClaimStatus.choices], required=False
    )
    note = forms.CharField(
        label=_("Note"), required=False, widget=forms.TextInput(attrs={"placeholder": _("note")})
    )
    reviewer = forms.ModelChoiceField(
        label=_("Reviewer"),
        queryset=reviewer_choices(),
        required=False,
        empty_label=_("— reviewer —"),
    )


class ClaimAdminForm(forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    status_note = forms.CharField(
        label=_("status note"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Why the status changes (kept in the claim's history)."),
    )

    new_comment = forms.CharField(
        label=_("new comment"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Added to the discussion; @username puts the claim in that person's queue."),
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
                    _(
                        "Someone else saved this claim while you were editing it (you opened "
                        "version %(read)s, it is now version %(current)s). Reload the page to see "
                        "their change, then apply yours again."
                    )
                    % {"read": read, "current": current}
                )
        return cleaned
