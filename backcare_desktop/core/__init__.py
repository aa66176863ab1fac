"""Domain logic in pure Python.

Nothing under this package may import Qt, pyqtgraph or any other GUI module;
``tests/core/test_no_qt.py`` enforces it. Everything here runs on an injected
clock and is unit-tested without an event loop.
"""
