"""manage.py evaluate_verifier: score the verification engine on labelled sets.

PATH...: JSONL claim/passage sets (the passage is the whole source).
--averitec PATH: AVeriTeC claims scored by the protocol of ../shared/datasets/README.md: one
HTML page per claim is served on a local HTTP server and read through the real fetch, extract
and judge chain (the same calls the pipeline makes, without the database).
"""

from __future__ import annotations

import html
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from workers.verification.evaluation import (
    compute_metrics,
    digits_baseline,
    engine_suggestions,
    format_calibration,
    format_metrics,
    load_eval,
    majority_baseline,
)

LABELS = {
    "SUPPORTED": "supported",
    "REFUTED": "refuted",
    "CONFLICTING": "conflicting",
    "NOT_ENOUGH_EVIDENCE": "not_enough_evidence",
}


class Command(BaseCommand):
    # The engine is pure Python: the scores must not depend on the rest of the project
    # (URLs, database) passing Django's system checks.
    requires_system_checks: list[str] = []
    help = (
        "Print precision, recall and F1 per label, macro-F1, a confusion matrix, the precision "
        "of committed verdicts and a calibration table for the engine, with two baselines."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "paths",
            nargs="*",
            help="JSONL files: id, claim, claim_language, passage, source_language, label, note",
        )
        parser.add_argument(
            "--averitec",
            metavar="PATH",
            help="AVeriTeC JSONL (claim, label_mapped, evidence_qa), scored through local pages",
        )
        parser.add_argument("--errors", action="store_true", help="list the engine's mistakes")
        parser.add_argument(
            "--wrong-commitments",
            action="store_true",
            help="list only the wrong 'supported' / 'refuted' verdicts (implies --errors)",
        )

    def handle(self, *args, paths: list[str], averitec: str | None, errors: bool, **options):
        self.committed_only = options.get("wrong_commitments", False)
        errors = errors or self.committed_only
        if not paths and not averitec:
            raise CommandError("give at least one JSONL set or --averitec PATH")
        for path in paths:
            items = _read(path)
            suggestions = engine_suggestions(items)
            self._report(path, items, suggestions, errors, digits=True)
        if averitec:
            items = _read_averitec(averitec)
            self._report(averitec, items, averitec_suggestions(items), errors, digits=False)

    def _report(self, path: str, items: list[dict], suggestions: list, errors: bool, digits: bool):
        gold = [item["label"] for item in items]
        predicted = [s.verdict for s in suggestions]
        self.stdout.write(f"{len(items)} items from {path}\n")
        systems = [("engine", predicted), ("baseline: majority label", majority_baseline(items))]
        if digits:
            systems.append(("baseline: claim digits in passage", digits_baseline(items)))
        for name, labels in systems:
            self.stdout.write(format_metrics(name, compute_metrics(gold, labels)) + "\n")
        confidences = [s.confidence for s in suggestions]
        self.stdout.write(format_calibration(gold, predicted, confidences) + "\n")
        if errors:
            for item, suggestion in zip(items, suggestions, strict=True):
                if suggestion.verdict == item["label"]:
                    continue
                if not self.committed_only or suggestion.verdict in ("supported", "refuted"):
                    self.stdout.write(
                        f"{item['id']}: gold {item['label']}, engine {suggestion.verdict} "
                        f"({suggestion.confidence:.2f}): {item['claim'][:160]}\n"
                        f"    {suggestion.explanation[:300]}"
                    )


def _read(path: str) -> list[dict]:
    try:
        items = load_eval(path)
    except (OSError, ValueError) as error:
        raise CommandError(f"cannot read {path}: {error}") from error
    if not items:
        raise CommandError(f"{path} holds no items")
    missing = [i for i, item in enumerate(items, 1) if not {"claim", "label"} <= item.keys()]
    if missing:
        raise CommandError(f"{path}: line(s) {missing[:5]} lack 'claim' or 'label'")
    return items


def _read_averitec(path: str) -> list[dict]:
    items = []
    for item in _read_rows(path):
        if item.get("label_mapped") not in LABELS or "claim" not in item:
            raise CommandError(f"{path}: {item.get('id')} has no claim or a label_mapped unknown")
        items.append({**item, "label": LABELS[item["label_mapped"]]})
    return items


def _read_rows(path: str) -> list[dict]:
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
        rows = [json.loads(line) for line in lines if line.strip()]
    except (OSError, ValueError) as error:
        raise CommandError(f"cannot read {path}: {error}") from error
    if not rows:
        raise CommandError(f"{path} holds no items")
    return rows


def averitec_page(item: dict) -> bytes:
    """One page per claim: a paragraph "<question> <answer>" per answered question."""
    paragraphs = []
    for qa in item.get("evidence_qa") or []:
        if qa.get("answer_type") == "Unanswerable":
            continue
        text = f"{qa.get('question', '').strip()} {qa.get('answer', '').strip()}".strip()
        if text:
            paragraphs.append(f"<p>{html.escape(text)}</p>")
    title = html.escape(f"Evidence for claim {item.get('id', '')}")
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f"</head><body><article>{''.join(paragraphs)}</article></body></html>"
    ).encode()


@contextmanager
def _serve(pages: dict[str, bytes]) -> Iterator[str]:
    """Serve ``pages`` (path -> HTML) on 127.0.0.1 on a free port; yield the base URL."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = pages.get(self.path)
            self.send_response(200 if body is not None else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body or b"")))
            self.end_headers()
            self.wfile.write(body or b"")

        def log_message(self, *args) -> None:  # the scores, not one line per request
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def averitec_suggestions(items: list[dict]) -> list:
    """Fetch each claim's page through the one door, extract its text, judge, suggest."""
    from workers.extraction import ExtractionError, extract_document
    from workers.fetching import FetchError, fetch
    from workers.verification import judge_source, suggest_verdict
    from workers.verification.verdict import Suggestion

    pages = {f"/claim/{index}": averitec_page(item) for index, item in enumerate(items)}
    out = []
    with _serve(pages) as base:
        for index, item in enumerate(items):
            try:
                # The page is our own, on loopback: the private-address guard is opened for
                # this one call only, every other rule of the door (size, time, redirects) holds.
                result = fetch(f"{base}/claim/{index}", allow_private=True)
                document = extract_document(
                    result.body,
                    content_type=result.content_type,
                    charset=result.charset,
                    url=result.final_url,
                )
            except (FetchError, ExtractionError) as error:
                out.append(Suggestion("not_enough_evidence", 0.0, f"source unreadable: {error}"))
                continue
            judgements = judge_source(
                claim_text=item["claim"],
                claim_language="en",
                source_text=document.text,
                source_language=document.language or "en",
            )
            out.append(suggest_verdict(judgements))
    return out
