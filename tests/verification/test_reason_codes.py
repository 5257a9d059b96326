"""Every reason code the engine gives on real text is one the screens have words for.

explain.REASON_CODES lists the codes; tests/editorial/test_words.py checks each has a label and a
sentence in both languages. Here the engine runs on the hand-written pairs and the tuned real-text
part, and a code missing from the list (so shown as "Other reason") fails.
"""

from __future__ import annotations

from pathlib import Path

from workers.verification import judge_source
from workers.verification.evaluation import load_eval
from workers.verification.explain import REASON_CODES

DATA = Path(__file__).resolve().parents[2] / "data" / "verification"


def test_the_engine_gives_only_listed_reason_codes():
    seen: set[str] = set()
    for path in (DATA / "eval.jsonl", DATA / "realtext" / "tuned.jsonl"):
        for item in load_eval(path):
            for judgement in judge_source(
                claim_text=item["claim"],
                claim_language=item.get("claim_language"),
                source_text=item["passage"],
                source_language=item.get("source_language"),
            ):
                seen.add(judgement.reason)
    assert seen - REASON_CODES == set()
    # The run reads enough to meet the figure, frame and wording codes, not only one kind.
    assert {"exact", "value_mismatch", "context_mismatch", "debunked"} <= seen
