"""Supervision in the window: the daily review, inspections, countersigning a sheet."""
