"""Write bodies name only fields the endpoint takes: DRF ignores the others, and a client
that PATCHes `status` would get a 200 and a version bump for nothing."""

from __future__ import annotations

from collections.abc import Mapping

from rest_framework import serializers


def refuse_unknown_fields(
    data: object, serializer: serializers.Serializer, *, hints: Mapping[str, str] | None = None
) -> None:
    """Raise a 400 naming each field of `data` that `serializer` does not accept."""
    if not isinstance(data, Mapping):
        return  # the serializer has already refused a body that is not an object
    unknown = sorted(set(data) - set(serializer.fields))
    if unknown:
        hints = hints or {}
        raise serializers.ValidationError(
            {
                name[:100]: [hints.get(name, "This field cannot be written here.")]
                for name in unknown[:20]
            }
        )
