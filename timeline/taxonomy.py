"""The starting taxonomy of topics and actors, added without touching what editors changed since."""

from django.core import serializers
from django.db import transaction

from .caching import data_changed
from .models import Actor, Topic


def add_missing_tags(fixture_path):
    """Create the fixture's topics and actors whose slug is not in the database yet; return how many."""
    added = 0
    with fixture_path.open() as handle, transaction.atomic():
        for item in serializers.deserialize("json", handle):
            tag = item.object
            if not isinstance(tag, Topic | Actor) or type(tag).objects.filter(slug=tag.slug).exists():
                continue
            tag.pk = None
            tag.save()
            added += 1
    if added:
        data_changed()
    return added
