"""Bring the French catalogue in step with the code: extract, fill from the table, compile.

    python manage.py messages_fr   # makemessages + fill + compile (makemessages needs GNU gettext)

tests/i18n/test_catalogue.py fails when a message has no French or the .po is stale.

The French itself is written in locale/fr_translations.py; the .po and the .mo are generated
from it and committed, so a clean clone runs in French without gettext installed.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

LOCALE = Path(settings.BASE_DIR) / "locale"
PO = LOCALE / "fr" / "LC_MESSAGES" / "django.po"
MO = PO.with_suffix(".mo")
# What makemessages must not read: third-party code, data sets, tests and generated files.
IGNORE = [".venv/*", "data/*", "bench/*", "tests/*", "var/*", "test-artifacts/*", "docs/*"]

NBSP, NNBSP = "\u00a0", "\u202f"


def french_typography(text: str) -> str:
    """Non-breaking spaces where French typography wants them: before : (and ; ? ! narrow),
    inside « », before % — a plain space there would let the line break before the sign."""
    text = re.sub(r" ([:])", NBSP + r"\1", text)
    text = re.sub(r" ([;?!])", NNBSP + r"\1", text)
    text = text.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")
    return re.sub(r" (%%|%(?!\())", NBSP + r"\1", text)


def load_table() -> dict:
    spec = importlib.util.spec_from_file_location("fr_translations", LOCALE / "fr_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.FR


def fill(po_path: Path, table: dict) -> list[str]:
    """Fill every msgstr from the table; return the msgids the table lacks."""
    import polib  # a development dependency: the catalogue is built, not read, here

    catalogue = polib.pofile(str(po_path))
    missing = []
    for entry in catalogue:
        if entry.obsolete:
            continue
        key = (entry.msgctxt, entry.msgid) if entry.msgctxt else entry.msgid
        french = table.get(key)
        if french is None:
            missing.append(entry.msgid)
            continue
        if entry.msgid_plural:
            one, many = french if isinstance(french, tuple) else (french, french)
            entry.msgstr_plural = {0: french_typography(one), 1: french_typography(many)}
        else:
            entry.msgstr = french_typography(french)
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
    catalogue.header = "French messages of verifier (generated: see locale/fr_translations.py)."
    catalogue.metadata_is_fuzzy = []
    catalogue.metadata["Project-Id-Version"] = "verifier"
    catalogue.metadata["Language"] = "fr"
    catalogue.metadata["Plural-Forms"] = "nplurals=2; plural=(n > 1);"
    catalogue.metadata["Content-Type"] = "text/plain; charset=UTF-8"
    catalogue.save(str(po_path))
    return missing


def compile_mo(po_path: Path, mo_path: Path) -> None:
    import polib

    polib.pofile(str(po_path)).save_as_mofile(str(mo_path))


class Command(BaseCommand):
    help = "Extract the messages, fill the French from locale/fr_translations.py, compile."

    def handle(self, *args, **options) -> None:
        call_command(
            "makemessages", locale=["fr"], ignore_patterns=IGNORE, no_obsolete=True, verbosity=0
        )
        missing = fill(PO, load_table())
        compile_mo(PO, MO)
        if missing:
            listed = "\n  ".join(missing)
            raise CommandError(f"No French yet for (add to locale/fr_translations.py):\n  {listed}")
        self.stdout.write(f"{PO.relative_to(settings.BASE_DIR)}: every message has its French.")
