"""The shift handover in the window: the sheet, its parts, its history and settings."""
