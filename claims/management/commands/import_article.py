"""python manage.py import_article PATH_OR_URL: store an article and propose its claims."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from claims.services.errors import DuplicateArticle
from claims.services.imports import article_import


class Command(BaseCommand):
    help = "Import an article from a file or an http(s) URL and find its check-worthy claims."

    def add_arguments(self, parser) -> None:
        parser.add_argument("location", metavar="PATH_OR_URL")
        parser.add_argument("--language", choices=["fr", "en", "auto"], default="auto")
        parser.add_argument("--no-extract", action="store_true", help="Store the article only.")

    def handle(self, *args, location: str, language: str, no_extract: bool, **options) -> None:
        try:
            outcome = article_import(
                location=location,
                language="" if language == "auto" else language,
                extract_claims=not no_extract,
            )
        except DuplicateArticle as exc:
            raise CommandError(exc.message) from None
        except ValidationError as exc:
            raise CommandError("; ".join(exc.messages)) from None
        article = outcome.article
        self.stdout.write(f"Article {article.pk} “{article.title}” ({article.language or '?'})")
        if outcome.extraction_job is not None:
            self.stdout.write(
                f"A long article: its claims are being found by job {outcome.extraction_job.pk} "
                "(GET /api/v1/jobs/{id}/ or the admin's Verification jobs; needs a worker)."
            )
        if outcome.extraction is not None:
            found = outcome.extraction
            if found.message:
                self.stdout.write(self.style.WARNING(found.message))
            self.stdout.write(
                self.style.SUCCESS(
                    f"{len(found.created)} claim(s) proposed, "
                    f"{found.appearances} repeat(s) merged, "
                    f"{found.links} link(s) to claims in other articles."
                )
            )
