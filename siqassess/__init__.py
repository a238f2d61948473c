"""Self-assessment against the SIQ Management Model."""

__version__ = "0.1.0"
