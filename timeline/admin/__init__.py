"""The editors' admin; each module registers its models on import."""

from .events import EventAdmin, ReviewItemAdmin
from .sources import PassageAdmin, SourceAdmin
from .tags import ActorAdmin, TopicAdmin

__all__ = ["ActorAdmin", "EventAdmin", "PassageAdmin", "ReviewItemAdmin", "SourceAdmin", "TopicAdmin"]
