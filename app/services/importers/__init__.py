"""Turning a file's bytes into paragraphs and metadata hints, one module per format. No Qt, no database."""
