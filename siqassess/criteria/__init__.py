"""The management model: schema, semantic checks, tree, the known built-in hashes, export.

Reading a model file is I/O and lives in :mod:`siqassess.io.models`; nothing here imports
``io``. Import from the submodules (``criteria.tree``): the package imports nothing itself.
"""
