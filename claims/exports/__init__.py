"""Exports of decided claims: schema.org ClaimReview (JSON-LD) and CSV."""
