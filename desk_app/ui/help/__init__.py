"""The user guide under F1: its pages (pages.py), the window (window.py), F1 anywhere (context.py)."""
