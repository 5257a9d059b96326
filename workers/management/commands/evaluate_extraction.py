"""manage.py evaluate_extraction PATH [PATH …]: score the claim finder on hand-labelled articles."""

from django.core.management.base import BaseCommand, CommandError

from workers.claimfinder import find_proposals
from workers.claimfinder.evaluation import evaluate, format_table, kind_confusion, load_articles


class Command(BaseCommand):
    # The finder is pure Python: its scores must not depend on the rest of the project
    # (URLs, database) passing Django's system checks.
    requires_system_checks: list[str] = []
    help = (
        "Print, per article and in total, the recall, precision and F1 of claim detection, the "
        "accuracy of kind and claimant on the claims found, and how many unmatched proposals hit "
        "a sentence labelled as not check-worthy. Each PATH is scored apart (e.g. the tuned part "
        "and the holdout)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "paths",
            nargs="+",
            metavar="path",
            help="a labelled article (JSON) or a folder of them; see data/extraction",
        )
        parser.add_argument(
            "--errors", action="store_true", help="list missed, spurious and mislabelled claims"
        )
        parser.add_argument(
            "--kinds",
            action="store_true",
            help="print labelled against proposed kinds of the claims found, per path",
        )

    def handle(self, *args, paths: list[str], errors: bool = False, kinds: bool = False, **options):
        loaded = []
        for path in paths:
            try:
                articles = load_articles(path)
            except (OSError, ValueError) as error:
                raise CommandError(f"cannot read {path}: {error}") from error
            if not articles:
                raise CommandError(f"{path} holds no labelled article (*.json)")
            loaded.append((path, articles))
        for number, (path, articles) in enumerate(loaded):
            try:
                scores = evaluate(articles, finder=find_proposals)
            except ValueError as error:
                raise CommandError(f"{path}: {error}") from error
            if number:
                self.stdout.write("\n")
            self.stdout.write(f"{len(articles)} articles from {path}\n")
            self.stdout.write(format_table(scores))
            if kinds:
                self.stdout.write("\nkinds (labelled in rows, proposed in columns)\n")
                self.stdout.write(kind_confusion(scores))
            if errors:
                self._errors(scores)

    def _errors(self, scores) -> None:
        for score in scores:
            self.stdout.write(f"\n== {score.name}")
            for quote in score.missed:
                self.stdout.write(f"  missed:   {quote}")
            for quote in score.spurious:
                self.stdout.write(f"  spurious: {quote}")
            for line in score.wrong:
                self.stdout.write(f"  wrong:    {line}")
