"""Reading an article into a Document: its text, blocks (header, paragraphs,
taglines…), regions that are not copy, the dateline header, and the calendar
words dates are made of. Imports ``lint.support`` and ``lint.model`` only;
file formats themselves are plugins (``lint.formats``)."""
