"""``desk-app bench``: how fast the real paths are, as a ratio to raw SQLite (``bench.run``)."""
