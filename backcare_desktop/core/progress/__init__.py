"""Progress statistics: pain trends, weekly sessions, streaks, water against goals."""
