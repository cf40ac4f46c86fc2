"""Shared pieces of the window: forms, tables, fields, printing, errors, labels."""
