"""Benchmarks: scripts that print a table and record their figures; never timed assertions."""
