"""Revisions, one linear chain."""
