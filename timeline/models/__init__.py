from .events import Event, date_label
from .queries import EventQuerySet
from .review import ReviewItem, ReviewQuerySet
from .sources import Passage, Source
from .tags import Actor, Tag, Topic

__all__ = [
    "Actor", "Event", "EventQuerySet", "Passage", "ReviewItem", "ReviewQuerySet", "Source", "Tag", "Topic",
    "date_label",
]
