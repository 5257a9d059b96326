"""The editors' screens: the annotated article, the claim panel and the dashboard."""
