"""manage.py evaluate_verifier PATH: score the verification engine on a labelled JSONL set."""

from django.core.management.base import BaseCommand, CommandError

from workers.verification.evaluation import (
    compute_metrics,
    digits_baseline,
    engine_predictions,
    format_metrics,
    load_eval,
    majority_baseline,
)


class Command(BaseCommand):
    # The engine is pure Python: the scores must not depend on the rest of the project
    # (URLs, database) passing Django's system checks.
    requires_system_checks: list[str] = []
    help = (
        "Print precision, recall and F1 per label, macro-F1 and a confusion matrix for the "
        "engine and two baselines (majority label; claim digits found in the passage)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "path",
            help="JSONL file: id, claim, claim_language, passage, source_language, label, note",
        )
        parser.add_argument("--errors", action="store_true", help="list the engine's mistakes")

    def handle(self, *args, path: str, errors: bool = False, **options):
        try:
            items = load_eval(path)
        except (OSError, ValueError) as error:
            raise CommandError(f"cannot read {path}: {error}") from error
        if not items:
            raise CommandError(f"{path} holds no items")
        gold = [item["label"] for item in items]
        predicted = engine_predictions(items)
        self.stdout.write(f"{len(items)} items from {path}\n")
        systems = [
            ("engine", predicted),
            ("baseline: majority label", majority_baseline(items)),
            ("baseline: claim digits in passage", digits_baseline(items)),
        ]
        for name, labels in systems:
            self.stdout.write(format_metrics(name, compute_metrics(gold, labels)) + "\n")
        if errors:
            for item, label in zip(items, predicted, strict=True):
                if label != item["label"]:
                    self.stdout.write(
                        f"{item['id']}: gold {item['label']}, engine {label}: {item['claim']}"
                    )
