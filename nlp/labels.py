"""The label codes of ../shared/nlp/TAXONOMY.md, shared by parser, storage and handlers."""

from enum import StrEnum


class Kind(StrEnum):
    REPAIR = "repair"
    COMPLAINT = "complaint"
    SUGGESTION = "suggestion"
    PRAISE = "praise"
    INQUIRY = "inquiry"


class Category(StrEnum):
    WATER = "water"
    ELECTRIC = "electric"
    HVAC = "hvac"
    NETWORK = "network"
    FURNITURE = "furniture"
    ELEVATOR = "elevator"
    TEACHING = "teaching"
    CANTEEN = "canteen"
    CLEANING = "cleaning"
    SECURITY = "security"
    GROUNDS = "grounds"
    DORM = "dorm"
    OTHER = "other"


class Urgency(StrEnum):
    URGENT = "urgent"
    NORMAL = "normal"
