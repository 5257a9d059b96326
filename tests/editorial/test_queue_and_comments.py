"""The review queue and the discussion on a claim: API, panel, mentions, the 15-minute edit."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from claims.models import Claim, Comment
from claims.services.comments import comment_add, mentioned_usernames
from tests.factories import ClaimFactory, UserFactory

pytestmark = pytest.mark.django_db
PANEL = {"HTTP_X_PANEL": "1"}


def _ids(response) -> set[int]:
    return {row["id"] for row in response.json()["results"]}


def test_my_queue_holds_my_claims_and_suggestions_waiting_for_a_person(reviewer, reviewer_api):
    mine = ClaimFactory(assigned_to=reviewer, status="in_review")
    waiting = ClaimFactory(suggested_verdict="refuted", confidence=0.8)
    ClaimFactory(assigned_to=reviewer, status="supported")  # decided: out of the queue
    ClaimFactory(assigned_to=UserFactory(), suggested_verdict="refuted")  # someone else's
    ClaimFactory()  # nothing to decide yet
    response = reviewer_api.get("/api/v1/claims/?assigned_to=me")
    assert response.status_code == 200
    assert _ids(response) == {mine.pk, waiting.pk}


def test_the_queue_filter_takes_a_user_id_and_refuses_anything_else(reviewer, reviewer_api):
    mine = ClaimFactory(assigned_to=reviewer)
    ClaimFactory()
    assert _ids(reviewer_api.get(f"/api/v1/claims/?assigned_to={reviewer.pk}")) == {mine.pk}
    wrong = reviewer_api.get("/api/v1/claims/?assigned_to=somebody")
    assert wrong.status_code == 400 and "assigned_to" in wrong.json()


def test_the_queue_page_lists_both_parts(reviewer, reviewer_client):
    mine = ClaimFactory(assigned_to=reviewer, text="Claim mine 12 million")
    waiting = ClaimFactory(suggested_verdict="supported", confidence=0.9, text="Claim waits")
    page = reviewer_client.get("/queue/")
    assert [c.pk for c in page.context["mine"]] == [mine.pk]
    assert [c.pk for c in page.context["waiting"]] == [waiting.pk]
    assert "90%" in page.content.decode()


def test_a_reviewer_takes_a_claim_from_the_panel(reviewer, reviewer_client):
    claim = ClaimFactory()
    response = reviewer_client.post(
        f"/claims/{claim.pk}/assign/", {"assignee": str(reviewer.pk)}, **PANEL
    )
    assert response.status_code == 200 and "Assigned to reviewer." in response.content.decode()
    claim.refresh_from_db()
    assert claim.assigned_to == reviewer and claim.version == 2
    refused = reviewer_client.post(f"/claims/{claim.pk}/assign/", {"assignee": "x"}, **PANEL)
    assert refused.status_code == 400
    assert Claim.objects.get(pk=claim.pk).assigned_to == reviewer


def test_a_reader_may_not_assign(reader_client):
    claim = ClaimFactory()
    assert reader_client.post(f"/claims/{claim.pk}/assign/", {"assignee": ""}).status_code == 403


def test_a_comment_with_a_mention_puts_the_claim_in_that_persons_queue(
    reviewer, editor, editor_api, reviewer_api
):
    claim = ClaimFactory()
    response = editor_api.post(
        f"/api/v1/claims/{claim.pk}/comments/",
        {"text": "@reviewer can you read p. 4? (mail: a@reviewer.org)"},
        format="json",
    )
    assert response.status_code == 201
    body = response.json()
    assert (body["author"], body["mentions"]) == ("editor", ["reviewer"])
    assert claim.pk in _ids(reviewer_api.get("/api/v1/claims/?assigned_to=me"))
    listed = reviewer_api.get(f"/api/v1/claims/{claim.pk}/comments/").json()
    assert [c["text"] for c in listed] == [body["text"]]
    history = reviewer_api.get(f"/api/v1/claims/{claim.pk}/history/?full=true").json()
    assert any(e["kind"] == "comment" and e["changed_by"] == "editor" for e in history)


def test_an_empty_comment_is_refused_and_stores_nothing(editor_api):
    claim = ClaimFactory()
    response = editor_api.post(f"/api/v1/claims/{claim.pk}/comments/", {"text": " "}, format="json")
    assert response.status_code == 400 and "text" in response.json()
    assert not Comment.objects.exists()


def test_its_author_edits_a_comment_for_15_minutes_and_nobody_else(editor, reviewer, editor_api,
                                                                   reviewer_api):  # fmt: skip
    comment = comment_add(claim_id=ClaimFactory().pk, author=editor, text="First draft")
    url = f"/api/v1/comments/{comment.pk}/"
    assert editor_api.patch(url, {"text": "Fixed"}, format="json").status_code == 200
    assert reviewer_api.patch(url, {"text": "Mine now"}, format="json").status_code == 403
    Comment.objects.filter(pk=comment.pk).update(created_at=timezone.now() - timedelta(minutes=16))
    late = editor_api.patch(url, {"text": "Too late"}, format="json")
    assert late.status_code == 403 and "15 minutes" in late.json()["detail"]
    comment.refresh_from_db()
    assert comment.text == "Fixed" and comment.edited_at is not None


def test_the_panel_shows_the_discussion_with_mentions_set_apart(editor, reviewer, reviewer_client):
    claim = ClaimFactory()
    comment_add(claim_id=claim.pk, author=editor, text="<b>@reviewer</b> look")
    html = reviewer_client.get(f"/claims/{claim.pk}/", **PANEL).content.decode()
    assert '&lt;b&gt;<strong class="mention">@reviewer</strong>&lt;/b&gt; look' in html
    posted = reviewer_client.post(f"/claims/{claim.pk}/comments/", {"text": "Done"}, **PANEL)
    assert posted.status_code == 200 and "Comment added." in posted.content.decode()
    assert claim.comments.count() == 2


def test_mentions_are_usernames_after_an_at_sign_not_mail_addresses():
    text = "@alice and @bob.smith, not a@b.org; @alice again."
    assert mentioned_usernames(text) == ["alice", "bob.smith"]
