"""The key register: use cases, views and writers."""
