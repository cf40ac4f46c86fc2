"""The Qt window: docks, dialogs and table models, a folder per book beside ``common`` and
``shell``. Calls services; never SQL, never a Session."""
