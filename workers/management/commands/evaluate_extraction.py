"""manage.py evaluate_extraction PATH: score the claim finder on hand-labelled articles."""

from django.core.management.base import BaseCommand, CommandError

from workers.claimfinder import find_claims
from workers.claimfinder.evaluation import evaluate, format_table, load_articles


class Command(BaseCommand):
    # The finder is pure Python: its scores must not depend on the rest of the project
    # (URLs, database) passing Django's system checks.
    requires_system_checks: list[str] = []
    help = (
        "Print, per article and in total, the recall, precision and F1 of claim detection and "
        "the accuracy of kind and claimant on the claims found."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "path", help="a labelled article (JSON) or a folder of them; see data/extraction"
        )
        parser.add_argument(
            "--errors", action="store_true", help="list missed, spurious and mislabelled claims"
        )

    def handle(self, *args, path: str, errors: bool = False, **options):
        try:
            articles = load_articles(path)
        except (OSError, ValueError) as error:
            raise CommandError(f"cannot read {path}: {error}") from error
        if not articles:
            raise CommandError(f"{path} holds no labelled article (*.json)")
        try:
            scores = evaluate(articles, finder=find_claims)
        except ValueError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"{len(articles)} articles from {path}\n")
        self.stdout.write(format_table(scores))
        if errors:
            for score in scores:
                self.stdout.write(f"\n== {score.name}")
                for quote in score.missed:
                    self.stdout.write(f"  missed:   {quote}")
                for quote in score.spurious:
                    self.stdout.write(f"  spurious: {quote}")
                for line in score.wrong:
                    self.stdout.write(f"  wrong:    {line}")
