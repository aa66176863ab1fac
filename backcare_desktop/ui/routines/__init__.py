"""The routine picker, the routine editor and the plan preview."""
