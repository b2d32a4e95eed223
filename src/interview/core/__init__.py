"""Pure logic: parsing, scheduling, scoring, sessions, analytics.

Nothing in this package imports textual or the database layer; a test proves it.
"""
