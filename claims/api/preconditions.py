"""Conditional writes: the claim's ETag carries its version; writes must name the one they read."""

from __future__ import annotations

import re

from django.utils.translation import gettext as _
from rest_framework import status
from rest_framework.exceptions import APIException, ValidationError

_ETAG = re.compile(r'^(?:W/)?"claim-(?P<pk>\d+)-v(?P<version>\d+)"$')


class PreconditionRequired(APIException):
    status_code = status.HTTP_428_PRECONDITION_REQUIRED
    default_detail = (
        "Send the version you read, in an If-Match header (the claim's ETag) or a `version` field, "
        "so that a concurrent edit is not overwritten."
    )
    default_code = "precondition_required"


class PreconditionFailed(APIException):
    status_code = status.HTTP_412_PRECONDITION_FAILED
    default_code = "precondition_failed"


def expected_version(request, claim_id: int, body_version: int | None) -> int:
    """The version the client last read, from If-Match or the body; required for every write."""
    header = request.headers.get("If-Match")
    if header:
        match = _ETAG.match(header.strip())
        if not match or int(match["pk"]) != claim_id:
            # RFC 9110: a precondition that does not hold is a 412, not a malformed request.
            # `*` ("any version") is refused too: it would skip the lost-update check.
            raise PreconditionFailed(
                _(
                    "If-Match %(header)r does not name a version of claim %(id)s; "
                    "send the claim's ETag as read."
                )
                % {"header": header[:100], "id": claim_id}
            )
        version = int(match["version"])
        if body_version is not None and body_version != version:
            raise ValidationError({"version": _("The version field contradicts If-Match.")})
        return version
    if body_version is None:
        raise PreconditionRequired()
    return body_version


def with_etag(response, claim):
    response["ETag"] = claim.etag
    return response
