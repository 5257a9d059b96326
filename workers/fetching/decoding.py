"""Content-Encoding decoding that never inflates more than a small piece at a time."""

from __future__ import annotations

import zlib
from collections.abc import Iterator

from workers.fetching.errors import FetchError, FetchErrorCode

# What the client advertises in Accept-Encoding, and so all it must be able to undo.
ACCEPT_ENCODING = "gzip, deflate"
_PIECE = 64 * 1024


class BodyDecoder:
    """Undo gzip/deflate in bounded pieces, so a compression bomb is caught by the byte cap.

    urllib3 2.5 inflates a whole network read at once (a 64 KB gzip read can become 64 MB before
    the caller sees a byte); zlib's max_length keeps every step at most _PIECE bytes.
    """

    def __init__(self, content_encoding: str | None) -> None:
        encoding = (content_encoding or "").strip().lower()
        self._raw_deflate_fallback = False
        if encoding in ("", "identity"):
            self._obj = None
        elif encoding in ("gzip", "x-gzip"):
            self._obj = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._obj = zlib.decompressobj()
            # Some servers send raw deflate without the zlib header the standard asks for.
            self._raw_deflate_fallback = True
        else:
            raise FetchError(FetchErrorCode.DECODE, f"Unsupported Content-Encoding {encoding!r}.")
        self._gzip = encoding in ("gzip", "x-gzip")

    def feed(self, data: bytes) -> Iterator[bytes]:
        if self._obj is None:
            yield data
            return
        while data:
            try:
                piece = self._obj.decompress(data, _PIECE)
            except zlib.error as exc:
                if self._raw_deflate_fallback:
                    self._raw_deflate_fallback = False
                    self._obj = zlib.decompressobj(-zlib.MAX_WBITS)
                    continue
                raise FetchError(
                    FetchErrorCode.DECODE, f"Corrupt compressed body: {exc}."
                ) from None
            self._raw_deflate_fallback = False
            if piece:
                yield piece
            if self._obj.unconsumed_tail:
                data = self._obj.unconsumed_tail
            elif self._obj.eof and self._gzip and self._obj.unused_data.strip(b"\0"):
                # A gzip body may be several members back to back.
                data = self._obj.unused_data
                self._obj = zlib.decompressobj(16 + zlib.MAX_WBITS)
            else:
                data = b""

    def finish(self) -> None:
        """Refuse a compressed body that stopped in the middle of its stream."""
        if self._obj is not None and not self._obj.eof:
            raise FetchError(FetchErrorCode.DECODE, "The compressed body is truncated.")
