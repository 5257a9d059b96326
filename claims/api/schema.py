"""OpenAPI post-processing: document the 400 every list answers to a query it cannot honour."""

from __future__ import annotations

_QUERY_ERROR = {
    "description": (
        "A filter value that is not one of the documented choices, an unknown `ordering` field, "
        "or a `search` over the length or term limits; the body names the parameter."
    )
}


def document_query_errors(result: dict, generator, request, public) -> dict:
    """Add the 400 to each GET that takes filters, `ordering` or `search`."""
    for path in result.get("paths", {}).values():
        operation = path.get("get")
        if not operation or not operation.get("parameters"):
            continue
        if any(p.get("in") == "query" for p in operation["parameters"]):
            operation.setdefault("responses", {}).setdefault("400", _QUERY_ERROR)
    return result
