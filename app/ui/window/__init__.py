"""The main window: its frame, its parts built and wired, its menus, settings and start."""
