"""The Textual app: a thin layer over `interview.backend`."""
