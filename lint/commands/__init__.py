"""Sub-commands of the command line, imported only when used."""
