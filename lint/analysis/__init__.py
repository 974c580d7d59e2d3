"""What rules share, computed once per Document through
``Document.analysis``: sentences, quotes and who speaks them, people and how
each is referred to, date expressions, the house style, the boilerplate
catalogue's matches, the English dictionary, given-name data. Imports
``lint.article``, ``lint.model`` and ``lint.support``; never the engine or a
rule."""
