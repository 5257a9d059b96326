"""Verification jobs: queue one for a claim, read one."""

from drf_spectacular.utils import extend_schema
from rest_framework import generics, status
from rest_framework.response import Response
from rest_framework.views import APIView

from claims import selectors
from claims.api.filters import JobFilter
from claims.api.pagination import PageOrCursorPagination
from claims.api.serializers import JobSerializer
from claims.services.jobs import verification_request


class ClaimVerifyApi(APIView):
    """Queue a verification; a claim with one pending or running gets that job back."""

    required_perms = {"POST": ("claims.verify_claim",)}

    @extend_schema(request=None, responses={202: JobSerializer})
    def post(self, request, pk: int):
        job, _created = verification_request(claim_id=pk, user=request.user)
        job = selectors.job_list().prefetch_related("job_attempts").get(pk=job.pk)
        response = Response(JobSerializer(job).data, status=status.HTTP_202_ACCEPTED)
        response["Location"] = f"/api/v1/jobs/{job.pk}/"
        return response


class JobListApi(generics.ListAPIView):
    serializer_class = JobSerializer
    pagination_class = PageOrCursorPagination
    filterset_class = JobFilter
    ordering_fields = ["created_at", "updated_at"]

    def get_queryset(self):
        return selectors.job_list().prefetch_related("job_attempts")


class JobDetailApi(generics.RetrieveAPIView):
    serializer_class = JobSerializer

    def get_queryset(self):
        return selectors.job_list().prefetch_related("job_attempts")
