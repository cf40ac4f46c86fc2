"""The complaint book in the window: its dock, model, intake, page, steps and analysis."""
