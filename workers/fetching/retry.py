"""Backoff for the job layer's retries: exponential, capped, with full jitter."""

from __future__ import annotations

import random


def backoff_ceiling(attempt: int, *, base: float = 2.0, cap: float = 300.0) -> float:
    """The largest delay backoff_delay can return for retry number `attempt`."""
    if base <= 0:
        return 0.0
    # The exponent is clamped so attempt 10_000 is the cap, not an OverflowError.
    return min(cap, base * 2.0 ** min(max(attempt - 1, 0), 60))


def backoff_delay(attempt: int, *, base: float = 2.0, cap: float = 300.0) -> float:
    """Seconds to wait before retry number `attempt` (1 for the first retry).

    Full jitter (a uniform draw below the exponential ceiling) spreads out workers that failed
    together, so a recovering server is not hit by all of them at the same instant.
    """
    return random.uniform(0, backoff_ceiling(attempt, base=base, cap=cap))
