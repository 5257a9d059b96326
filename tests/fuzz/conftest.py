"""Print the fuzzing figures at the end of the run, for the README (each case already fails on
a 5xx: this only reports, and only in the process that ran them, so not under xdist)."""

from __future__ import annotations


def pytest_terminal_summary(terminalreporter) -> None:
    from tests.fuzz.test_schemathesis import SEEN

    if SEEN["requests"]:
        terminalreporter.section("fuzzing figures")
        terminalreporter.write_line(
            f"schemathesis: {SEEN['requests']} requests sent, {SEEN['5xx']} server errors (5xx)"
        )
