"""backoff_delay: exponential growth, full jitter, a hard cap."""

from workers.fetching import backoff_delay
from workers.fetching.retry import backoff_ceiling


def test_it_grows_exponentially_until_the_cap():
    ceilings = [backoff_ceiling(n, base=2.0, cap=60.0) for n in range(1, 9)]
    assert ceilings == [2.0, 4.0, 8.0, 16.0, 32.0, 60.0, 60.0, 60.0]


def test_it_never_waits_beyond_the_ceiling_or_below_zero():
    for attempt in (1, 3, 6, 50, 10_000):
        for _ in range(200):
            delay = backoff_delay(attempt, base=2.0, cap=300.0)
            assert 0.0 <= delay <= backoff_ceiling(attempt, base=2.0, cap=300.0) <= 300.0


def test_it_jitters_so_workers_that_failed_together_spread_out():
    delays = {round(backoff_delay(8, base=2.0, cap=300.0), 6) for _ in range(50)}
    assert len(delays) > 40
    # Later attempts wait longer on average: growth survives the jitter.
    early = sum(backoff_delay(1) for _ in range(400)) / 400
    late = sum(backoff_delay(6) for _ in range(400)) / 400
    assert late > 4 * early


def test_it_waits_nothing_when_the_base_is_zero():
    assert backoff_delay(5, base=0.0) == 0.0
