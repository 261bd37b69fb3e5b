"""Paragraph alignment: links between runs of paragraphs, the scroll map, suggestions."""
