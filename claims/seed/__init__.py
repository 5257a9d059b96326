"""The demo article and its curated claims (see PROVENANCE.md)."""
