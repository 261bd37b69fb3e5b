"""What every part of the window shares: actions, the prompter, theme, icons, undo, read-only."""
