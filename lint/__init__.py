"""copydesk: an editorial style and fact-check linter for news copy.

The packages are layers; a module imports only from its own layer and those
below it (``tests/test_layers.py`` checks this, and that no imports loop):

- ``lint.support``: plumbing with no copydesk concepts (caches, pattern
  compilation, reading bytes and data files, named records, line positions);
- ``lint.model``: the value types (Span, Edit, Fix, Diagnostic, Severity);
- ``lint.article``: an article read into a Document (blocks, header,
  calendar words);
- ``lint.analysis``: what rules share, computed once per Document (sentences,
  quotes and speakers, people and their mentions, dates, house style,
  the boilerplate catalogue, the English dictionary);
- ``lint.engine``: config, plugins and hook specs, the rule registry,
  selection, suppression, fixes, the results cache, the run itself;
- ``lint.rules`` and ``lint.formats``: the built-in plugins (rule packs,
  file readers);
- front ends: ``lint.cli`` and ``lint.commands``, ``lint.reporters``,
  ``lint.server``, the table API (``lint.table``, ``lint.dask``,
  ``lint.spark``) and ``lint.api``, the stable surface for plugin authors.
"""

__version__ = "0.1.0"
