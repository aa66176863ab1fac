"""Hydration: the reminder schedule and amounts, on the wall clock, without Qt."""
