"""Output shapes shared by several endpoints; each view keeps its own small input serializer."""

from __future__ import annotations

from django.urls import reverse
from rest_framework import serializers

from claims.models import (
    Article,
    ArticleLink,
    Claim,
    ClaimAppearance,
    ClaimLink,
    ClaimSource,
    Evidence,
    JobAttempt,
    ProviderResult,
    Snapshot,
    Source,
    SourceKind,
    StatusChange,
    VerificationJob,
)
from claims.models.claim import CLAIM_API_FIELDS


class SnapshotBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Snapshot
        fields = [
            "id",
            "sha256",
            "fetched_at",
            "http_status",
            "content_type",
            "final_url",
            "size",
            "warc_sha256",
            "error_code",
        ]


class SourceBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Source
        fields = ["id", "url", "name", "publisher", "kind"]


class CitedSourceSerializer(serializers.ModelSerializer):
    """A source as one claim cites it: the document, and how it came to be cited."""

    id = serializers.IntegerField(source="source.id", read_only=True)
    url = serializers.URLField(source="source.url", read_only=True)
    name = serializers.CharField(source="source.name", read_only=True)
    publisher = serializers.CharField(source="source.publisher", read_only=True)
    kind = serializers.ChoiceField(source="source.kind", choices=SourceKind.choices, read_only=True)

    class Meta:
        model = ClaimSource
        fields = ["id", "url", "name", "publisher", "kind", "origin"]


class ArticleLinkSerializer(serializers.ModelSerializer):
    class Meta:
        model = ArticleLink
        fields = ["url", "text", "start", "end"]


class SourceSerializer(serializers.ModelSerializer):
    claim_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Source
        fields = ["id", "url", "name", "publisher", "kind", "claim_count", "created_at"]


class EvidenceSerializer(serializers.ModelSerializer):
    snapshot = SnapshotBriefSerializer(read_only=True, allow_null=True)
    created_by = serializers.SlugRelatedField(slug_field="username", read_only=True)
    by_machine = serializers.BooleanField(read_only=True)

    class Meta:
        model = Evidence
        fields = [
            "id",
            "claim",
            "source",
            "url",
            "stance",
            "confidence",
            "excerpt",
            "excerpt_start",
            "excerpt_end",
            "method",
            "reason",
            "explanation",
            "claim_quantity",
            "source_quantity",
            "note",
            "by_machine",
            "created_by",
            "created_at",
            "snapshot",
        ]


class AppearanceSerializer(serializers.ModelSerializer):
    class Meta:
        model = ClaimAppearance
        fields = ["quote", "quote_start", "quote_end"]


class ClaimLinkSerializer(serializers.ModelSerializer):
    decided_by = serializers.SlugRelatedField(slug_field="username", read_only=True)
    claim_text = serializers.CharField(source="claim.text", read_only=True)
    twin_text = serializers.CharField(source="twin.text", read_only=True)

    class Meta:
        model = ClaimLink
        fields = [
            "id",
            "claim",
            "claim_text",
            "twin",
            "twin_text",
            "similarity",
            "state",
            "decided_by",
            "created_at",
            "updated_at",
        ]


class ClaimSerializer(serializers.ModelSerializer):
    sources = CitedSourceSerializer(source="claim_sources", many=True, read_only=True)
    appearances = AppearanceSerializer(many=True, read_only=True)
    evidence = EvidenceSerializer(many=True, read_only=True)
    assigned_to = serializers.SlugRelatedField(slug_field="username", read_only=True)

    class Meta:
        model = Claim
        fields = list(CLAIM_API_FIELDS)


# What both article shapes show first; the list adds the claim count, the detail the body.
_ARTICLE_FIELDS = ["id", "title", "url", "language", "publisher", "author", "published_at"]


class ArticleSerializer(serializers.ModelSerializer):
    claim_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Article
        fields = [*_ARTICLE_FIELDS, "claim_count", "created_at", "updated_at"]


class ArticleDetailSerializer(serializers.ModelSerializer):
    claims = ClaimSerializer(many=True, read_only=True)
    links = ArticleLinkSerializer(many=True, read_only=True)

    class Meta:
        model = Article
        fields = [
            *_ARTICLE_FIELDS,
            "body",
            "snapshot",
            "links",
            "created_at",
            "updated_at",
            "claims",
        ]


class JobAttemptSerializer(serializers.ModelSerializer):
    class Meta:
        model = JobAttempt
        fields = ["number", "outcome", "worker", "error_code", "error", "started_at", "finished_at"]


class JobSerializer(serializers.ModelSerializer):
    attempt_log = JobAttemptSerializer(source="job_attempts", many=True, read_only=True)

    class Meta:
        model = VerificationJob
        fields = [
            "id",
            "kind",
            "claim",
            "article",
            "status",
            "stage",
            "attempts",
            "max_attempts",
            "progress",
            "progress_message",
            "error_code",
            "error",
            "created_at",
            "started_at",
            "stage_started_at",
            "finished_at",
            "updated_at",
            "attempt_log",
        ]


class StatusChangeSerializer(serializers.ModelSerializer):
    changed_by = serializers.SlugRelatedField(slug_field="username", read_only=True)

    class Meta:
        model = StatusChange
        fields = ["id", "field", "from_value", "to_value", "changed_by", "note", "created_at"]


class SnapshotSerializer(serializers.ModelSerializer):
    """A preserved capture's record; the capture itself is downloaded, never shown inline."""

    warc_url = serializers.SerializerMethodField()
    text_url = serializers.SerializerMethodField()

    class Meta:
        model = Snapshot
        fields = [
            "id",
            "source",
            "job",
            "requested_url",
            "final_url",
            "http_status",
            "content_type",
            "headers",
            "remote_address",
            "size",
            "sha256",
            "warc_sha256",
            "fetched_at",
            "elapsed_ms",
            "title",
            "text_truncated",
            "extractor",
            "error_code",
            "error_message",
            "warc_url",
            "text_url",
        ]

    def _link(self, name: str, obj: Snapshot) -> str:
        path = reverse(name, args=[obj.pk])
        request = self.context.get("request")
        return request.build_absolute_uri(path) if request else path

    def get_warc_url(self, obj: Snapshot) -> str | None:
        return self._link("snapshot-warc", obj) if obj.warc else None

    def get_text_url(self, obj: Snapshot) -> str | None:
        return self._link("snapshot-text", obj) if obj.text else None


class ProviderResultSerializer(serializers.ModelSerializer):
    class Meta:
        model = ProviderResult
        fields = [
            "id",
            "claim",
            "provider",
            "url",
            "title",
            "publisher",
            "rating_text",
            "snippet",
            "published_at",
            "raw",
            "created_at",
            "updated_at",
        ]
