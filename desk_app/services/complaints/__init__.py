"""The complaints register: use cases, views, writers and the analysis."""
