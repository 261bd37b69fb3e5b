"""The languages of the sources: their codes, word forms for search, and detection of a text's language."""
