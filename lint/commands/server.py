"""``copydesk server``: the language server over stdio, for editors."""

from __future__ import annotations

import os


def run_server(args) -> int:
    from lint.commands.options import UsageError

    try:
        from lint.server.app import serve
    except ImportError as exc:
        raise UsageError(f"copydesk server needs pygls and lsprotocol ({exc}); "
                         "install them with: pip install 'copydesk[server]'") from None
    # The checking process builds its engine from the same flags as check.
    argv = [item for flag in args.plugin_flags for item in ("-p", flag)]
    if args.config:
        argv += ["--config", os.path.abspath(args.config)]
    if args.isolated:
        argv.append("--no-config")
    return serve(argv)
