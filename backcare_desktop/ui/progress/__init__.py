"""Records: the Progress and History pages, the pain log and the daily check-in."""
