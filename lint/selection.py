"""Which rule codes run: select/ignore by code or prefix, longest prefix wins.

``select = ["BP"]`` with ``ignore = ["BP009"]`` runs every BP rule but
BP009; ``select = ["BP009"]`` with ``ignore = ["BP"]`` runs only BP009,
because the longer, more specific prefix decides (flake8's rule). On a tie
``ignore`` wins. ``ALL`` (or an empty prefix) matches every code.
"""

from __future__ import annotations

from typing import Iterable


def normalise(prefix: str) -> str:
    prefix = prefix.strip().upper()
    return "" if prefix == "ALL" else prefix


class Selection:
    """Decide, and cache, whether a code is enabled."""

    def __init__(self, select: Iterable[str], ignore: Iterable[str]) -> None:
        self.select = tuple(normalise(p) for p in select)
        self.ignore = tuple(normalise(p) for p in ignore)
        self._cache: dict[str, bool] = {}

    def enabled(self, code: str) -> bool:
        try:
            return self._cache[code]
        except KeyError:
            pass
        selected = max((len(p) for p in self.select if code.startswith(p)), default=-1)
        ignored = max((len(p) for p in self.ignore if code.startswith(p)), default=-1)
        decision = selected > ignored
        self._cache[code] = decision
        return decision
