"""Qt widgets and the adapters that connect core objects to the event loop.

Thin by design: widgets show what storage and core give them and forward what
the person does; they make no domain decisions of their own.
"""
