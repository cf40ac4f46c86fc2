"""Lost and found: use cases, views, matching and writers."""
