"""Water: the reminder service on the clock, the Hydration page and its dialogs."""
