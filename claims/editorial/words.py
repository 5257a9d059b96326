"""Words, not codes: a short label and a sentence for each machine code the screens show.

The engine and the fetcher store codes (reason, fetch outcome, job error) because they are
stable and machine-readable; people read these translated words instead, and the raw code and
technical message stay available, folded, under "details".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


@dataclass(frozen=True)
class Words:
    code: str
    label: str
    sentence: str


# Why the engine judged a passage as it did (workers/verification: compare.py, stance.py).
REASONS = {
    "exact": (_("Same figure"), _("The source gives exactly the claim's figure.")),
    "within_rounding": (
        _("Same figure, rounded"),
        _("The source's figure matches the claim's once rounding is allowed for."),
    ),
    "within_qualifier": (
        _("Within the stated range"),
        _("The source's figure falls within what the claim allows (about, up to, more than…)."),
    ),
    "value_mismatch": (
        _("Different figure"),
        _("The source gives another figure for the same thing."),
    ),
    "scale_mismatch": (
        _("Different order of magnitude"),
        _("The source's figure is of another order of magnitude (millions against billions…)."),
    ),
    "currency_mismatch": (
        _("Different currency"),
        _("The source states the amount in another currency."),
    ),
    "time_mismatch": (_("Different year"), _("The source places it in another year.")),
    "period_mismatch": (
        _("Different period"),
        _("The source's figure covers another length of time."),
    ),
    "context_mismatch": (
        _("Not the same context"),
        _("The passage has a comparable figure, but for another period or another thing."),
    ),
    "no_comparable_quantity": (
        _("No comparable figure"),
        _("The passage has no figure that can be set against the claim's."),
    ),
    "negation": (_("Denied"), _("The passage says the opposite of the claim.")),
    "entity_match": (
        _("Same parties, same statement"),
        _("The passage names the same parties and says the same thing."),
    ),
    "entity_mismatch": (
        _("Same parties, other statement"),
        _("The passage names the same parties but says otherwise."),
    ),
    "change_mismatch": (
        _("Change read as a level"),
        _("The same number measures a change in one and the level reached in the other."),
    ),
    "direction_mismatch": (
        _("Opposite direction"),
        _("The source says it moved the other way (a fall for a rise, later for earlier…)."),
    ),
    "ordinal_mismatch": (
        _("Another rank"),
        _("The source tells the same fact with another ordinal (the third time, not the second)."),
    ),
    "role_swap": (
        _("Roles swapped"),
        _("The source gives this role or figure to another party."),
    ),
    "restated": (
        _("Same fact, other words"),
        _("One sentence of the source states every name, figure and date of the claim."),
    ),
    "reported_speech": (
        _("Only reported"),
        _("The source reports someone's words without taking them up as fact."),
    ),
    "forecast_not_fact": (
        _("A forecast, not a fact"),
        _("The source gives the figure as a forecast, plan or estimate, not as what happened."),
    ),
    "unsubstantiated": (
        _("Unproven"),
        _("The source calls the claim unproven: neither confirmed nor disproved."),
    ),
    "debunked": (
        _("Debunked"),
        _("The source quotes the claim in order to reject it."),
    ),
    "answered_no": (
        _("Answered no"),
        _("The source asks a question restating the claim and answers no."),
    ),
    "answered_yes": (
        _("Answered yes"),
        _("The source asks a question restating the claim and answers yes."),
    ),
    "disputed_count": (
        _("Disputed count"),
        _("The same passage gives another count of the same thing, by another counter."),
    ),
}

# What happened when a source was fetched (workers/fetching/errors.py), and why a job failed.
OUTCOMES = {
    "ok": (pgettext_lazy("fetch outcome", "Read"), _("The page was fetched and preserved.")),
    "dns": (
        _("Address not found"),
        _("The site's name could not be resolved: no network, or the site no longer exists."),
    ),
    "connect": (_("Could not connect"), _("The site did not accept the connection.")),
    "timeout": (_("Too slow"), _("The site took too long to answer.")),
    "tls": (_("Security error"), _("The site's secure connection (TLS) could not be checked.")),
    "too_large": (_("Too large"), _("The document is larger than the size allowed.")),
    "bad_content_type": (
        _("Unsupported document"),
        _("The document is of a kind that cannot be read (neither a page, a text nor a PDF)."),
    ),
    "http_4xx": (
        _("Refused or missing"),
        _("The site answered that the page does not exist or may not be read (4xx)."),
    ),
    "http_5xx": (_("Site error"), _("The site failed to answer (5xx); it may work later.")),
    "protocol": (
        _("Broken answer"),
        _("The site's answer broke the HTTP rules (status line or headers); nothing was read."),
    ),
    "blocked_address": (
        _("Blocked address"),
        _("The address points into a private network, which the fetcher never reaches."),
    ),
    "robots": (_("Refused by the site"), _("The site's robots.txt asks robots not to read it.")),
    "decode": (_("Unreadable text"), _("The page's characters could not be decoded.")),
    "invalid_url": (_("Invalid address"), _("The address is not a valid web address.")),
    "too_many_redirects": (
        _("Too many redirects"),
        _("The site sent the request from address to address without end."),
    ),
    # Job-level codes (claims/services/jobs.py, workers/tasks.py).
    "fetch": (_("Sources unreachable"), _("No cited source could be fetched this time.")),
    "no_source_read": (
        _("Nothing read"),
        _("None of the fetched sources could be read, so nothing was judged."),
    ),
    "lost": (
        _("Interrupted"),
        _("The worker stopped or ran out of time; the job was given up."),
    ),
    "database": (_("Database unavailable"), _("The database could not be reached.")),
    "internal": (_("Internal error"), _("An unexpected error stopped the job.")),
}


def _words(table: dict, code: str | None) -> Words | None:
    if not code:
        return None
    label, sentence = table.get(code, (None, None))
    if label is None:
        # A code added by the engine or the fetcher after this table: say so, show the code.
        return Words(
            code, str(_("Other reason")), str(_("Machine code: %(code)s") % {"code": code})
        )
    return Words(code, str(label), str(sentence))


def reason_words(code: str | None) -> Words | None:
    return _words(REASONS, code)


def outcome_words(code: str | None) -> Words | None:
    return _words(OUTCOMES, code)


_PROGRESS = [
    (re.compile(r"^fetching source (\d+) of (\d+)"), _("Fetching source %(i)s of %(n)s")),
    (re.compile(r"^analysing source (\d+) of (\d+)"), _("Analysing source %(i)s of %(n)s")),
    (re.compile(r"^retrying in (\d+)s"), _("Trying again in %(i)s s")),
    (re.compile(r"^started"), _("Started")),
    (re.compile(r"^analysing"), _("Analysing")),
]


def progress_words(message: str) -> str:
    """The worker's progress line (English, machine-written) in the reader's language."""
    for pattern, words in _PROGRESS:
        found = pattern.match(message or "")
        if found:
            groups = found.groups()
            return (
                str(words) % {"i": groups[0], "n": groups[1]}
                if len(groups) == 2
                else (str(words) % {"i": groups[0]} if groups else str(words))
            )
    return str(_("Done")) if message.startswith(("done", "finished")) else message
