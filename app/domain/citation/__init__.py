"""Citations: Chicago notes and bibliography, CSL-JSON and BibTeX, from a document's metadata."""
