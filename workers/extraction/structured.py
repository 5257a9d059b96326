"""JSON documents: their string values, the likely article fields first."""

from __future__ import annotations

import json
import re
from typing import Any

from workers.extraction.errors import ExtractionError
from workers.extraction.html import visible_text

PREFERRED_KEYS = ("title", "headline", "text", "body", "description", "summary", "content")
# Links, identifiers and slugs carry no claim and would pollute the matching text.
_NOT_PROSE = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|/)\S*$|^[\w.:/#@-]*\d[\w.:/#@-]*$", re.I)
_TAG = re.compile(r"<[A-Za-z/][^>]*>")


def _key_rank(key: Any) -> tuple[int, str]:
    text = str(key)
    rank = PREFERRED_KEYS.index(text) if text in PREFERRED_KEYS else len(PREFERRED_KEYS)
    return rank, text


def _prose(value: str) -> str:
    value = value.strip()
    if not value or _NOT_PROSE.match(value):
        return ""
    # CMS APIs (WordPress's content.rendered, say) ship article bodies as HTML fragments.
    return visible_text(value) if _TAG.search(value) else value


def _strings(value: Any, out: list[str]) -> None:
    if isinstance(value, str):
        if text := _prose(value):
            out.append(text)
    elif isinstance(value, dict):
        for key in sorted(value, key=_key_rank):
            _strings(value[key], out)
    elif isinstance(value, list):
        for item in value:
            _strings(item, out)


def extract_json(text: str) -> dict:
    """{text, title}: every prose string, depth first, title-like keys before the others."""
    strings: list[str] = []
    try:
        data = json.loads(text)
        _strings(data, strings)
    except json.JSONDecodeError as exc:
        raise ExtractionError("decode", f"invalid JSON ({exc.msg} at line {exc.lineno})") from None
    except RecursionError:
        raise ExtractionError("decode", "JSON nested too deeply to read") from None
    title = None
    if isinstance(data, dict):
        title = next((data[k] for k in ("title", "headline") if isinstance(data.get(k), str)), None)
    return {"text": "\n".join(strings), "title": title.strip() if title else None}
