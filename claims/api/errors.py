"""One exception handler: domain errors and validation become 4xx that name the field."""

from __future__ import annotations

import logging

from django.core.exceptions import ObjectDoesNotExist
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import DatabaseError, InterfaceError, OperationalError
from django.utils.translation import gettext as _
from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from claims.services.errors import (
    DomainError,
    DuplicateArticle,
    NotAllowed,
    NothingToVerify,
    StaleVersion,
)

logger = logging.getLogger(__name__)


def _django_validation_detail(exc: DjangoValidationError) -> dict:
    if hasattr(exc, "error_dict"):
        return {
            field: [str(m) for m in errors[0].messages]
            if len(errors) == 1
            else [m for e in errors for m in e.messages]
            for field, errors in exc.error_dict.items()
        }
    return {"non_field_errors": exc.messages}


def exception_handler(exc, context):
    if isinstance(exc, StaleVersion):
        return Response(
            {"detail": exc.message, "version": [exc.message], "current_version": exc.current},
            status=status.HTTP_412_PRECONDITION_FAILED,
        )
    if isinstance(exc, DuplicateArticle):
        return Response(
            {"detail": exc.message, "body": [exc.message], "existing_id": exc.existing.pk},
            status=status.HTTP_409_CONFLICT,
        )
    if isinstance(exc, NothingToVerify):
        return Response(
            {"detail": exc.message, exc.field or "non_field_errors": [exc.message]},
            status=status.HTTP_409_CONFLICT,
        )
    if isinstance(exc, NotAllowed):
        return Response(
            {"detail": exc.message, exc.field or "non_field_errors": [exc.message]},
            status=status.HTTP_403_FORBIDDEN,
        )
    if isinstance(exc, DomainError):
        return Response(
            {exc.field or "non_field_errors": [exc.message], "detail": exc.message},
            status=status.HTTP_400_BAD_REQUEST,
        )
    if isinstance(exc, DjangoValidationError):
        return Response(_django_validation_detail(exc), status=status.HTTP_400_BAD_REQUEST)
    if isinstance(exc, ObjectDoesNotExist):
        return Response({"detail": str(exc) or _("Not found.")}, status=status.HTTP_404_NOT_FOUND)
    if isinstance(exc, OperationalError | InterfaceError) or type(exc) is DatabaseError:
        # The database is unreachable: say so plainly; the transaction was rolled back.
        logger.error("database unavailable: %s", exc)
        response = Response(
            {"detail": _("The database is unavailable; nothing was saved. Try again shortly.")},
            status=status.HTTP_503_SERVICE_UNAVAILABLE,
        )
        response["Retry-After"] = "5"
        return response
    return drf_exception_handler(exc, context)
