"""Gap reports: a plain-data context rendered through sandboxed Jinja templates."""
