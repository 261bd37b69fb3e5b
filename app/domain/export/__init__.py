"""What leaves the app: research bundles (Markdown, HTML) and a document set for printing."""
