"""Writes of the claims domain: every view, admin action and task delegates here."""
