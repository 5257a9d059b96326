"""CSV of claims: the API's filters apply, every column is there, formulas are defused."""

import csv
import io

import pytest

from claims.exports.spreadsheet import HEADER, cell
from tests.editorial.helpers import article_with_claims, machine_evidence, snapshot_for
from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("value", ['=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)", "\tx"])
def test_a_cell_that_a_spreadsheet_would_run_is_defused(value):
    assert cell(value) == "'" + value


@pytest.mark.parametrize(("value", "expected"), [("500 milliards", "500 milliards"), (None, "")])
def test_ordinary_cells_are_left_alone(value, expected):
    assert cell(value) == expected


def _rows(response) -> list[dict]:
    text = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(text)))


def test_the_export_has_status_suggestion_sources_and_evidence_urls(reader_api):
    _, claim, _ = article_with_claims()
    machine_evidence(claim, snapshot_for(claim))
    response = reader_api.get("/api/v1/claims/export.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="claims-')
    rows = {int(r["id"]): r for r in _rows(response)}
    assert list(next(iter(rows.values()))) == HEADER
    row = rows[claim.pk]
    assert row["status"] == "unverified"
    assert row["source_urls"] == "https://example.org/stargate"
    assert row["evidence_urls"] == "https://example.org/stargate"
    assert row["evidence_stances"] == "supports:0.87"


def test_the_export_takes_the_same_filters_and_search_as_the_list(reader_api):
    ClaimFactory(text="Goldman Sachs expects 19 %", status="refuted")
    ClaimFactory(text="Microsoft will spend 80 billion", status="refuted")
    ClaimFactory(text="Goldman Sachs again", status="supported")
    rows = _rows(reader_api.get("/api/v1/claims/export.csv?status=refuted&search=Goldman"))
    assert [r["text"] for r in rows] == ["Goldman Sachs expects 19 %"]


def test_a_formula_in_a_claim_is_exported_as_text(reader_api):
    ClaimFactory(text='=HYPERLINK("http://evil.example","click")', claimant="@bob")
    (row,) = _rows(reader_api.get("/api/v1/claims/export.csv"))
    assert row["text"] == '\'=HYPERLINK("http://evil.example","click")'
    assert row["claimant"] == "'@bob"


def test_the_export_needs_a_login(anon_api):
    assert anon_api.get("/api/v1/claims/export.csv").status_code == 401
