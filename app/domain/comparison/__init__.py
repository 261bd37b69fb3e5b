"""Comparing aligned texts: word differences and the terms two texts share."""
