"""python manage.py load_seed: the Stargate demo article and its curated claims."""

from django.core.management.base import BaseCommand

from claims.services.seed import seed_load, seed_web_load


class Command(BaseCommand):
    help = "Create the seed article and its check-worthy claims (idempotent)."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--local-sources",
            default="",
            metavar="BASE_URL",
            help="Also cite the offline demo pages served at BASE_URL (e.g. http://127.0.0.1:8001/).",
        )

    def handle(self, *args, local_sources: str, **options) -> None:
        result = seed_load(local_sources=local_sources)
        self.stdout.write(
            self.style.SUCCESS(
                f"Article {result.article.pk} “{result.article.title}”: "
                f"{result.created_claims} claim(s) created, {result.existing_claims} already there."
            )
        )
        if local_sources:
            web = seed_web_load(local_sources=local_sources)
            self.stdout.write(
                self.style.SUCCESS(
                    f"Article {web.pk} “{web.title}” (the web page, {web.links.count()} links): "
                    f"{web.claims.count()} claim(s), their sources from the article's links."
                )
            )
