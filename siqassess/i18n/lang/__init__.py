"""One catalogue module per language, named by its ISO 639-1 code, each defining ``CATALOGUE``."""
