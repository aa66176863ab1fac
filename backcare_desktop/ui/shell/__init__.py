"""What every feature shares.

The main window and its page registry, theme, icons, texts and common dialogs.
"""
