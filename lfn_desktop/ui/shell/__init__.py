"""The frame around everything: main window, menus and shortcuts, lock and unlock, about and help."""
