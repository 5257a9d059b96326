"""Gather the figures in var/bench/*.json into docs/benchmarks.md, between its markers.

    python bench/report.py

Only the block between `<!-- figures:start -->` and `<!-- figures:end -->` is rewritten; the
prose around it (targets, findings) is kept.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import REPO, RESULTS

DOC = REPO / "docs" / "benchmarks.md"
START, END = "<!-- figures:start -->", "<!-- figures:end -->"
TITLES = {
    "api": "API under gunicorn, loaded by wrk (`bench/bench_api.py`)",
    "pipeline": "Verification pipeline on real workers (`bench/bench_pipeline.py`)",
    "pipeline-cpu": "Where the pipeline's CPU went (`bench/bench_pipeline.py`, from /proc)",
    "stages": "CPU stages (`bench/bench_stages.py`)",
    "recovery": "Crash recovery at default settings (`bench/bench_recovery.py`)",
}


def markdown_table(headers: list[str], rows: list[list[object]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def figures() -> str:
    parts = []
    for name, title in TITLES.items():
        path = RESULTS / f"{name}.json"
        if not path.exists():
            parts.append(f"### {title}\n\nNot run yet.")
            continue
        run = json.loads(path.read_text())
        m = run["machine"]
        options = " ".join(
            f"--{k.replace('_', '-')}" + ("" if v is True else f" {v}")
            for k, v in run["settings"].items()
            if v not in (False, None)
        )
        parts.append(
            f"### {title}\n\n"
            f"{m['date']} · {m['cpus']} × {m['cpu']} · {m['ram']} RAM · Python {m['python']} · "
            f"load {m['load_1min']} at the end · options `{options}`\n\n"
            + markdown_table(run["headers"], run["rows"])
        )
    return "\n\n".join(parts)


def main() -> None:
    text = DOC.read_text() if DOC.exists() else f"# Benchmarks\n\n{START}\n{END}\n"
    before, _, rest = text.partition(START)
    _, _, after = rest.partition(END)
    DOC.write_text(f"{before}{START}\n{figures()}\n{END}{after}")
    print(f"wrote {DOC.relative_to(REPO)}")


if __name__ == "__main__":
    main()
