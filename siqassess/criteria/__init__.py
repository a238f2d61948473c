"""The management model: schema, loading, semantic checks and the built-in catalogue.

Import from the submodules (``criteria.tree``, ``criteria.load``): the package imports
nothing itself, so the pure core can use the tree without pulling in file reading.
"""
