"""Pagination: numbered pages with a client-chosen size, capped; cursor pages on request."""

from rest_framework import pagination


class PageNumberPagination(pagination.PageNumberPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200


class IdCursorPagination(pagination.CursorPagination):
    """Newest first by id: no COUNT(*) and no OFFSET, so page 2,000 costs what page 1 does."""

    ordering = "-id"
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200

    def get_ordering(self, request, queryset, view):
        # A cursor needs a unique key that edits never change: `?ordering=` sorts numbered
        # pages only (ordering by updated_at would skip a claim edited during the walk).
        return (self.ordering,)


class PageOrCursorPagination(PageNumberPagination):
    """Numbered pages (`?page=`, `?page_size=`) unless the client asks for cursor pages.

    `?paginate=cursor` starts a cursor walk; the `next` and `previous` links it returns carry
    `cursor=…` (with the same filters), and any request with a `cursor` stays in cursor mode.
    """

    cursor_query_param = "cursor"
    mode_query_param = "paginate"

    def __init__(self) -> None:
        self.cursor_paginator: IdCursorPagination | None = None

    def paginate_queryset(self, queryset, request, view=None):
        params = request.query_params
        if self.cursor_query_param in params or params.get(self.mode_query_param) == "cursor":
            self.cursor_paginator = IdCursorPagination()
            return self.cursor_paginator.paginate_queryset(queryset, request, view)
        return super().paginate_queryset(queryset, request, view)

    def get_paginated_response(self, data):
        if self.cursor_paginator is not None:
            return self.cursor_paginator.get_paginated_response(data)
        return super().get_paginated_response(data)

    def get_schema_operation_parameters(self, view):
        return [
            *super().get_schema_operation_parameters(view),
            {
                "name": self.mode_query_param,
                "required": False,
                "in": "query",
                "description": "`cursor` for cursor pages (newest first, no total count): "
                "the fastest way through a large list.",
                "schema": {"type": "string", "enum": ["page", "cursor"]},
            },
            {
                "name": self.cursor_query_param,
                "required": False,
                "in": "query",
                "description": "The cursor from a previous answer's `next` or `previous` link.",
                "schema": {"type": "string"},
            },
        ]
