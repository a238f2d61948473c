"""Reading and writing files: YAML with positions, answers files, batches, loading models."""
