"""The reviewers' REST API under /api/v1/."""
