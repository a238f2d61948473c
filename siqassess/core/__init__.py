"""Pure functions on typed values: status, scoring, compare, aggregate. No I/O."""
