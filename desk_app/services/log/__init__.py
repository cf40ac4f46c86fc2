"""The duty log: use cases, views and writers."""
