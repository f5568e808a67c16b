"""Is someone or something in danger right now? Hazard triggers read in their context, ConText
style: trigger terms and modifier terms are data (data/*.toml, each entry with the sentences it
must and must not make urgent), read by one small algorithm (nlp.urgency.context)."""

from nlp.urgency.rules import CONCEPTS, LOWERINGS, UrgencyReading, assess_urgency, urgency_reading

__all__ = ["CONCEPTS", "LOWERINGS", "UrgencyReading", "assess_urgency", "urgency_reading"]
