"""copydesk: an editorial style and fact-check linter for news copy.

The engine package. Built-in rules live in ``lint.rules`` (the ``rules/``
folder of the source tree).
"""

__version__ = "0.1.0"
