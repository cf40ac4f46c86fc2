"""Lost and found in the window: its dock, models, forms, pages, steps and printouts."""
