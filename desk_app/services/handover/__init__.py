"""The shift handover: use cases, views, the sheet and writers."""
