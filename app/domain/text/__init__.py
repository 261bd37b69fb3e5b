"""Running text: paragraphs, folding for search and find, running totals, edition headings."""
