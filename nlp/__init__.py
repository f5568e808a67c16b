"""Understand a Chinese report: kind, category, urgency, location and time."""

from nlp.loading import collector_paused

with collector_paused():  # importing builds the dictionaries and rules
    from nlp.labels import Category, Kind, Urgency
    from nlp.models import Location, ParsedMessage
    from nlp.parser import parse, warm_up

__all__ = ["Category", "Kind", "Location", "ParsedMessage", "Urgency", "parse", "warm_up"]
