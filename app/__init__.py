"""Accord: the record of government talks for a delegation's secretary."""

__version__ = "0.1.0"
