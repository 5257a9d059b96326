"""manage.py evaluate_attributions PATH...: how well attributions name labelled claimants."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from workers.claimfinder.attribution_eval import score_directory


class Command(BaseCommand):
    requires_system_checks: list[str] = []  # pure Python, like evaluate_extraction
    help = (
        "For each labelled claim (data/extraction format), read its sentence's attribution "
        "(selon X, X a indiqué que, according to X, X said) and compare it with the labelled "
        "claimant: precision over the claims given a name, recall over the labelled claimants."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="folders of labelled articles (*.json)")
        parser.add_argument("--errors", action="store_true", help="list the wrong names")

    def handle(self, *args, paths: list[str], errors: bool = False, **options):
        self.stdout.write("set | labelled claimants | named | right | precision | recall")
        for path in paths:
            folder = Path(path)
            if not folder.is_dir() or not any(folder.glob("*.json")):
                raise CommandError(f"{path} holds no labelled article (*.json)")
            score = score_directory(folder)
            self.stdout.write(
                f"{path} | {score.labelled} | {score.predicted} | {score.correct} | "
                f"{score.precision:.2f} | {score.recall:.2f}"
            )
            if errors:
                for line in score.errors:
                    self.stdout.write(f"  wrong: {line}")
