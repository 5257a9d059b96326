"""manage.py evaluate_extraction PATH [PATH …]: score the claim finder on hand-labelled articles."""

from django.core.management.base import BaseCommand, CommandError

from workers.claimfinder import find_proposals
from workers.claimfinder.evaluation import (
    SWEEP_THRESHOLDS,
    evaluate,
    format_sweep,
    format_table,
    kind_confusion,
    load_articles,
    sweep,
)


class Command(BaseCommand):
    # The finder is pure Python: its scores must not depend on the rest of the project
    # (URLs, database) passing Django's system checks.
    requires_system_checks: list[str] = []
    help = (
        "Print, per article and in total, the recall, precision and F1 of claim detection, the "
        "accuracy of kind and claimant on the claims found, and how many unmatched proposals hit "
        "a sentence labelled as not check-worthy. Each PATH is scored apart (e.g. the tuned part "
        "and the holdout), unless --pool scores them as one set."
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
        parser.add_argument(
            "--min-score",
            type=float,
            default=None,
            metavar="T",
            help="propose statements scoring T or more instead of the finder's MIN_SCORE",
        )
        parser.add_argument(
            "--sweep",
            action="store_true",
            help="print totals for each of a few thresholds instead of the per-article table",
        )
        parser.add_argument(
            "--thresholds",
            default=",".join(f"{t:g}" for t in SWEEP_THRESHOLDS),
            metavar="T,T,…",
            help="the thresholds --sweep tries, comma-separated (default: %(default)s)",
        )
        parser.add_argument(
            "--pool", action="store_true", help="score all the paths together as one set"
        )

    def handle(
        self,
        *args,
        paths: list[str],
        errors: bool = False,
        kinds: bool = False,
        min_score: float | None = None,
        sweep: bool = False,
        thresholds: str = "",
        pool: bool = False,
        **options,
    ):
        if min_score is not None and not 0.0 <= min_score <= 1.0:
            raise CommandError("--min-score must be between 0 and 1")
        loaded = []
        for path in paths:
            try:
                articles = load_articles(path)
            except (OSError, ValueError) as error:
                raise CommandError(f"cannot read {path}: {error}") from error
            if not articles:
                raise CommandError(f"{path} holds no labelled article (*.json)")
            loaded.append((path, articles))
        if pool:
            loaded = [(f"{len(paths)} paths pooled", [a for _, group in loaded for a in group])]

        def finder(text, language=None):
            return find_proposals(text, language=language, min_score=min_score)

        for number, (path, articles) in enumerate(loaded):
            if number:
                self.stdout.write("\n")
            self.stdout.write(f"{len(articles)} articles from {path}\n")
            try:
                if sweep:
                    rows = self._sweep(articles, thresholds)
                    self.stdout.write(format_sweep(rows))
                    continue
                scores = evaluate(articles, finder=finder)
            except ValueError as error:
                raise CommandError(f"{path}: {error}") from error
            self.stdout.write(format_table(scores))
            if kinds:
                self.stdout.write("\nkinds (labelled in rows, proposed in columns)\n")
                self.stdout.write(kind_confusion(scores))
            if errors:
                self._errors(scores)

    def _sweep(self, articles, thresholds: str):
        try:
            values = [float(t) for t in thresholds.split(",") if t.strip()]
        except ValueError as error:
            raise CommandError(f"--thresholds: {error}") from error
        if not values or any(not 0.0 <= t <= 1.0 for t in values):
            raise CommandError("--thresholds must be numbers between 0 and 1")
        return sweep(articles, finder=find_proposals, thresholds=values)

    def _errors(self, scores) -> None:
        for score in scores:
            self.stdout.write(f"\n== {score.name}")
            for quote in score.missed:
                self.stdout.write(f"  missed:   {quote}")
            for quote in score.spurious:
                self.stdout.write(f"  spurious: {quote}")
            for line in score.wrong:
                self.stdout.write(f"  wrong:    {line}")
