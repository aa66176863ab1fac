"""Routines: the model, the declared fields and their limits, validation, plans.

``model``  the dataclasses a routine is made of;
``fields`` every field of the file format with its type, default and limits;
``loading`` TOML text to a validated ``Routine`` (every problem reported);
``writing`` a ``Routine`` back to TOML text;
``plan``   a routine expanded into its timed phases;
``library`` the built-in and user folders, and the picker's filtering.
"""
