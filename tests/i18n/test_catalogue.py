"""The French catalogue is complete, in step with the code, compiled, and typographically French."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command

from claims.management.commands.messages_fr import IGNORE, MO, PO

REPO = Path(settings.BASE_DIR)


def _translated(entry: polib.POEntry) -> bool:
    if entry.msgid_plural:
        return all(entry.msgstr_plural.get(i) for i in (0, 1))
    return bool(entry.msgstr)


def _key(entry: polib.POEntry) -> tuple:
    return (entry.msgctxt or "", entry.msgid, entry.msgid_plural or "")


def test_every_message_has_its_french_and_none_is_fuzzy():
    catalogue = polib.pofile(str(PO))
    missing = [e.msgid for e in catalogue if not e.obsolete and not _translated(e)]
    fuzzy = [e.msgid for e in catalogue if "fuzzy" in e.flags]
    assert (missing, fuzzy) == ([], [])
    assert not catalogue.metadata_is_fuzzy


def test_the_catalogue_is_in_step_with_the_code(tmp_path, settings):
    """makemessages run on today's code finds exactly the messages the .po holds.

    It runs in a scratch folder that links to the code, so the committed .po is not touched.
    """
    if shutil.which("xgettext") is None:
        pytest.fail("GNU gettext is needed (apt-get install gettext): makemessages uses xgettext")
    for package in ("claims", "verifier", "workers", "templates"):
        (tmp_path / package).symlink_to(REPO / package)
    (tmp_path / "locale" / "fr" / "LC_MESSAGES").mkdir(parents=True)
    shutil.copy(PO, tmp_path / "locale" / "fr" / "LC_MESSAGES" / "django.po")
    settings.LOCALE_PATHS = [tmp_path / "locale"]
    here = Path.cwd()
    os.chdir(tmp_path)
    try:
        call_command(
            "makemessages", locale=["fr"], ignore_patterns=IGNORE, symlinks=True, verbosity=0
        )
    finally:
        os.chdir(here)
    fresh = polib.pofile(str(tmp_path / "locale" / "fr" / "LC_MESSAGES" / "django.po"))
    in_code = {_key(e) for e in fresh if not e.obsolete}
    in_po = {_key(e) for e in polib.pofile(str(PO)) if not e.obsolete}
    assert (sorted(in_code - in_po), sorted(in_po - in_code)) == ([], []), (
        "run `python manage.py messages_fr` (new strings go in locale/fr_translations.py)"
    )


def test_the_compiled_catalogue_is_the_po():
    po = {(e.msgctxt, e.msgid): e for e in polib.pofile(str(PO)) if e.msgid}
    mo = {(e.msgctxt, e.msgid): e for e in polib.mofile(str(MO)) if e.msgid}
    assert set(mo) == set(po)
    for key, entry in po.items():
        if entry.msgid_plural:
            assert mo[key].msgstr_plural == entry.msgstr_plural, key
        else:
            assert mo[key].msgstr == entry.msgstr, key


# A plain space before : ; ? ! % or inside « » lets the line break in the wrong place.
_PLAIN_SPACE = re.compile(r" [:;?!»]| %(?!\()|« ")


def test_the_french_follows_french_typography():
    wrong = []
    for entry in polib.pofile(str(PO)):
        texts = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        wrong.extend(text for text in texts if _PLAIN_SPACE.search(text))
    assert wrong == []
