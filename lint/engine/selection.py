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
    """Decide, and cache, whether a code is enabled.

    ``override_select``/``override_ignore`` are the command line's: when one
    of their prefixes matches a code, they alone decide, so ``--ignore BP``
    switches off a ``BP001`` that the config file selects. ``always_ignore``
    (per-file ignores) wins over everything.
    """

    def __init__(self, select: Iterable[str], ignore: Iterable[str],
                 override_select: Iterable[str] = (), override_ignore: Iterable[str] = (),
                 always_ignore: Iterable[str] = ()) -> None:
        self.select = tuple(normalise(p) for p in select)
        self.ignore = tuple(normalise(p) for p in ignore)
        self.override_select = tuple(normalise(p) for p in override_select)
        self.override_ignore = tuple(normalise(p) for p in override_ignore)
        self.always_ignore = tuple(normalise(p) for p in always_ignore)
        self._cache: dict[str, bool] = {}

    def enabled(self, code: str) -> bool:
        try:
            return self._cache[code]
        except KeyError:
            pass
        if any(code.startswith(p) for p in self.always_ignore):
            decision = False
        else:
            decision = _decide(code, self.override_select, self.override_ignore)
            if decision is None:
                decision = bool(_decide(code, self.select, self.ignore))
        self._cache[code] = decision
        return decision


def _decide(code: str, select: tuple[str, ...], ignore: tuple[str, ...]) -> bool | None:
    """Longest matching prefix wins, ``ignore`` on a tie; None when none matches."""
    selected = max((len(p) for p in select if code.startswith(p)), default=-1)
    ignored = max((len(p) for p in ignore if code.startswith(p)), default=-1)
    if selected == ignored == -1:
        return None
    return selected > ignored
