"""Entry point for ``python -m siqassess``."""

from siqassess.cli import main

main()
