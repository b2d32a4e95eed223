"""Widgets of the interview app."""
