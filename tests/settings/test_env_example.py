"""`.env.example` documents every variable the settings read from the environment."""

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_every_variable_the_settings_read_is_in_env_example():
    source = (REPO / "verifier" / "settings.py").read_text(encoding="utf-8")
    read = set(re.findall(r'env_(?:str|int|bool|list|url)\(\s*"([A-Z0-9_]+)"', source))
    documented = set(
        re.findall(r"^#?\s*([A-Z0-9_]+)=", (REPO / ".env.example").read_text(), re.MULTILINE)
    )
    assert len(read) > 30  # the pattern found the readers, so an empty diff means something
    assert sorted(read - documented) == []
