"""The weekly plan, its first week, session reminders, and what builds on them."""
