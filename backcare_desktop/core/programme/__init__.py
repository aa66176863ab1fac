"""The person's programme: the weekly plan, its first week, reminders and progression."""
