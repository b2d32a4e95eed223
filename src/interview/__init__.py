"""interview: a terminal trainer for machine-learning interviews."""

__version__ = "0.1.0"
