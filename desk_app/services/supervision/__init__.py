"""Supervision's use cases: the checklist, inspections, the daily review, countersignatures."""
