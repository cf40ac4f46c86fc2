"""The duty log in the window: its dock, table model, quick entry and an entry's page."""
