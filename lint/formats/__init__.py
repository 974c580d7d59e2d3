"""Format loaders: turn decoded text into a Document (plain text, Markdown)."""
