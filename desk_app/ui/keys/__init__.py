"""The key book in the window: its dock, board, models, forms and pages."""
