"""Research notes: the note values, their passages' anchors, their Markdown."""
