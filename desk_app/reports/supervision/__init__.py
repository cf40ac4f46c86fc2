"""Supervision's printouts: an inspection record on one A4 page."""
