"""The Qt window: docks, dialogs and table models. Calls services; never SQL, never a Session."""
