"""JSON bodies are read with the same size cap Django puts on form bodies, and a depth cap."""

from __future__ import annotations

import re

from django.conf import settings
from django.utils.translation import gettext as _
from rest_framework import status
from rest_framework.exceptions import APIException, ParseError
from rest_framework.parsers import JSONParser


class RequestTooLarge(APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = "The request body is larger than this service accepts."
    default_code = "request_too_large"


class CappedJSONParser(JSONParser):
    """DRF reads JSON straight from the stream, past DATA_UPLOAD_MAX_MEMORY_SIZE; cap it here.

    Reading at most cap + 1 bytes also bounds chunked bodies, which carry no Content-Length.
    """

    def parse(self, stream, media_type=None, parser_context=None):
        cap = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        if cap is not None and stream is not None:
            raw = stream.read(cap + 1)
            if len(raw) > cap:
                raise RequestTooLarge(_("The request body exceeds %(cap)d bytes.") % {"cap": cap})
            _check_depth(raw)
            stream = _Replay(raw)
        try:
            return super().parse(stream, media_type, parser_context)
        except RecursionError:  # only if the depth check above is bypassed (no size cap)
            raise ParseError(_("JSON parse error - the body is nested too deeply.")) from None


# A JSON string, escapes included: brackets inside strings are text, not nesting.
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')
# For depth, an object is a level like a list; every other byte goes.
_AS_SQUARE = bytes.maketrans(b"{}", b"[]")
_NOT_BRACKET = bytes(b for b in range(256) if b not in b"[]{}")


def _check_depth(raw: bytes) -> None:
    """Refuse a body nested deeper than VERIFIER_JSON_MAX_DEPTH before json.loads sees it.

    The stdlib decoder recurses once per level and raises RecursionError (not ValueError, so
    a 500) near depth 1000; no request of this API nests past a handful of levels. Each pass
    below deletes the innermost empty pairs, one level per pass: brackets left after `limit`
    passes are deeper than the limit (or unbalanced, which the decoder would refuse anyway).
    It all runs in C (regex, bytes.replace), not a Python loop over an 8 MB body.
    """
    limit = settings.VERIFIER_JSON_MAX_DEPTH
    brackets = _STRING.sub(b"", raw).translate(_AS_SQUARE, _NOT_BRACKET)
    for _level in range(limit):
        inner = brackets.replace(b"[]", b"")
        if len(inner) == len(brackets):
            # Nothing left to pair: closers then openers. Openers past the limit still send
            # the decoder that deep before it notices the body is broken.
            if len(brackets) > limit:
                break
            return
        brackets = inner
    if brackets:
        raise ParseError(
            _(
                "JSON parse error - the body is nested deeper than %(limit)d levels "
                "(or its brackets do not balance)."
            )
            % {"limit": limit}
        )


class _Replay:
    def __init__(self, raw: bytes) -> None:
        self.raw = raw

    def read(self, *_args) -> bytes:
        raw, self.raw = self.raw, b""
        return raw
