"""Rule data files (TOML) read through a prebuilt listing.

Parsing TOML, and importing ``tomllib`` to do it, is a fixed cost of every
run. The rule packs' TOML files are therefore also kept parsed in one JSON
listing beside them (``rules/rule_data.json``: name -> checksum and data).
A file whose bytes no longer match its checksum — an editor changed it — is
parsed from the TOML again, so the listing can make a run faster but never
make it read stale data. The listing itself is read through the user
cache's marshal copy (``lint.support.cache.json_file``), which spares a run the
``json`` import and decoding.
"""

from __future__ import annotations

import functools
import os
import zlib
from typing import Any

from lint.support.cache import rules_root

LISTING = "rule_data.json"


class RuleDataError(Exception):
    """A rule data file that cannot be read or parsed."""


def _decode_dates(value: Any) -> Any:
    """``value`` with every ``{"$date": "YYYY-MM-DD"}`` turned into a date."""
    if isinstance(value, list):
        return [_decode_dates(item) for item in value]
    if isinstance(value, dict):
        if len(value) == 1 and "$date" in value:
            import datetime as dt

            return dt.date.fromisoformat(value["$date"])
        return {key: _decode_dates(item) for key, item in value.items()}
    return value


def _encode_dates(value: Any) -> Any:
    import datetime as dt

    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}  # TOML dates (people files' terms)
    raise TypeError(f"cannot list {type(value).__name__}")


def _holds_dates(value: Any) -> bool:
    import datetime as dt

    if isinstance(value, list):
        return any(_holds_dates(item) for item in value)
    if isinstance(value, dict):
        return any(_holds_dates(item) for item in value.values())
    return isinstance(value, dt.date)


@functools.cache
def _listing(root: str) -> dict[str, Any]:
    from lint.support import cache

    try:
        listing = cache.json_file(os.path.join(root, LISTING), "rule-data")
    except (OSError, ValueError):
        return {}
    return listing if isinstance(listing, dict) else {}


def cached(path: str, raw: bytes) -> dict[str, Any] | None:
    """The listed data of a rule file whose bytes are ``raw``, or None."""
    root = rules_root()
    name = os.path.relpath(path, root).replace(os.sep, "/")
    entry = _listing(root).get(name)
    if entry is not None and entry["crc32"] == zlib.crc32(raw):
        # Only files that hold dates (people files' terms) pay for the walk.
        return _decode_dates(entry["data"]) if entry.get("dates") else entry["data"]
    return None


def load_toml(path: str) -> dict[str, Any]:
    """The parsed contents of a rule data file."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except OSError as exc:
        raise RuleDataError(f"{path}: {exc.strerror or exc}") from None
    found = cached(path, raw)
    if found is not None:
        return found
    import tomllib

    try:
        return tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise RuleDataError(f"{path}: {exc}") from None


def write_listing(root: str) -> str:
    """Rebuild the listing from every TOML file under ``root`` (a development step, tested)."""
    import json
    import tomllib

    table = {}
    for folder, _, names in sorted(os.walk(root)):
        for file_name in sorted(names):
            if file_name.endswith(".toml"):
                path = os.path.join(folder, file_name)
                with open(path, "rb") as handle:
                    raw = handle.read()
                name = os.path.relpath(path, root).replace(os.sep, "/")
                data = tomllib.loads(raw.decode("utf-8"))
                table[name] = {"crc32": zlib.crc32(raw), "data": data}
                if _holds_dates(data):
                    table[name]["dates"] = True
    return json.dumps(table, ensure_ascii=False, indent=1, sort_keys=True, default=_encode_dates) + "\n"
