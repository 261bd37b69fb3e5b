"""Backups, checks and restores, from the window."""
