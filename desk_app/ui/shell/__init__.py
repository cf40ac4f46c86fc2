"""The window's frame: start-up, main window, menus, status bar, lock, sign-in and admin dialogs."""
