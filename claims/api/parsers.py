"""JSON bodies are read with the same size cap Django puts on form bodies."""

from __future__ import annotations

from django.conf import settings
from rest_framework import status
from rest_framework.exceptions import APIException
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
                raise RequestTooLarge(f"The request body exceeds {cap} bytes.")
            stream = _Replay(raw)
        return super().parse(stream, media_type, parser_context)


class _Replay:
    def __init__(self, raw: bytes) -> None:
        self.raw = raw

    def read(self, *_args) -> bytes:
        raw, self.raw = self.raw, b""
        return raw
