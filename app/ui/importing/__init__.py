"""Bringing new sources into the library."""
