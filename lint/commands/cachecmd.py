"""``copydesk cache dir|clean``: where the cache folder is, and emptying it."""

from __future__ import annotations

import sys
from typing import TextIO


def run_cache(args, stdout: TextIO) -> int:
    from lint.support import cache

    folder = cache.folder()
    if args.action == "dir":
        stdout.write(f"{folder}\n")
        return 0
    removed, size, failed = cache.clean()
    for path, reason in failed:
        sys.stderr.write(f"copydesk: {path}: cannot remove ({reason})\n")
    stdout.write(f"Removed {removed} file{'s' if removed != 1 else ''} ({size / 1e6:.1f} MB) from {folder}.\n")
    return 2 if failed else 0
