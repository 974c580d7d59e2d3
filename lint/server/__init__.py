"""``copydesk server``: a language server for editors (``lint.server.app``),
linting in a child process (``lint.server.worker``), with positions in the
editor's encoding (``lint.server.positions``).

Nothing here is imported by ``copydesk check``: pygls and lsprotocol are
loaded only when the server starts.
"""
