"""The duty report in the window: its dialog and its summary view."""
