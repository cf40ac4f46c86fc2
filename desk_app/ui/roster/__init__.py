"""The duty roster in the window: its dock, the month grid, its models, dialogs and labels."""
