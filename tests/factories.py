"""factory_boy factories for the domain's rows."""

import hashlib

import factory
from django.contrib.auth import get_user_model

from claims.models import Article, Claim, ClaimSource, Source


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    is_staff = True


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"Article {n}")
    language = "fr"
    body = factory.Sequence(
        lambda n: f"Article {n}. La société Exemple a investi 12 millions d'euros en 2024. Fin."
    )
    body_sha256 = factory.LazyAttribute(lambda a: hashlib.sha256(a.body.encode()).hexdigest())


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    url = factory.Sequence(lambda n: f"https://example.org/source-{n}")
    name = factory.Sequence(lambda n: f"Source {n}")


class ClaimFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Claim

    text = factory.Sequence(lambda n: f"Claim number {n} says 12 million euros.")
    language = "fr"
    kind = "quantity"


def cite(claim: Claim, source: Source) -> Claim:
    ClaimSource.objects.create(claim=claim, source=source)
    return claim
