"""Format loaders: turn decoded text into a Document (plain text, Markdown, HTML)."""

from __future__ import annotations


def configured_format(path: str, config) -> str | None:
    """The format the config's ``formats`` table gives this file's suffix, if any."""
    formats = config.get("formats") if config is not None else None
    if not formats:
        return None
    lowered = path.lower()
    for suffix, name in formats.items():
        suffix = suffix.lower()
        if lowered.endswith(suffix if suffix.startswith(".") else "." + suffix):
            return name
    return None
