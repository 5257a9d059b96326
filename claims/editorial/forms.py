"""The panel's form: a status change carries its note and the claim version it was read at."""

from django import forms
from django.utils.translation import gettext_lazy as _

from claims.models import ClaimStatus


class ClaimStatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=ClaimStatus.choices)
    note = forms.CharField(
        label=_("Note"), max_length=5000, required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
