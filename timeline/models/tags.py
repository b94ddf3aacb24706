"""The taxonomy events are tagged with: topics and actors, with the aliases that find them in text."""

import re

from django.db import models
from django.utils.functional import cached_property

# A tag's mark on the events it tags: bit (id mod TAG_BITS) of Event.topic_bits or Event.actor_bits, which
# the database's triggers keep equal to the event's tags (migrations 0011 and 0013). 63, so that a mark is never the
# sign bit of a 64-bit integer and a marked event's bits AND a mask is always positive.
TAG_BITS = 63


def tag_bits(tags) -> int:
    """The marks of these tags (instances or ids) together."""
    bits = 0
    for tag in tags:
        bits |= 1 << (getattr(tag, "pk", tag) % TAG_BITS)
    return bits


class Tag(models.Model):
    """A taxonomy entry that events are tagged with when its name or an alias occurs in their text."""

    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=100)
    aliases = models.TextField(
        blank=True,
        help_text="One alias per line. Aliases with a capital letter match case-sensitively "
        "(so 'US' does not match 'us'); lower-case aliases match any case.",
    )

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    @cached_property
    def terms(self):
        return [term for term in [self.name, *(line.strip() for line in self.aliases.splitlines())] if term]

    @cached_property
    def patterns(self):
        """Compiled once per instance: the tagger tests every sentence of an ingest against them."""
        compiled = []
        for term in self.terms:
            flags = 0 if any(ch.isupper() for ch in term) else re.IGNORECASE
            compiled.append(re.compile(rf"(?<![\w-]){re.escape(term)}(?![\w-])", flags))
        return compiled

    def occurs_in(self, text):
        return any(pattern.search(text) for pattern in self.patterns)


class Topic(Tag):
    pass


class Actor(Tag):
    class Kind(models.TextChoices):
        COUNTRY = "country", "Country or territory"
        BLOC = "bloc", "Bloc or union"
        COMPANY = "company", "Company"
        PERSON = "person", "Person"
        ORGANISATION = "organisation", "Organisation"

    kind = models.CharField(max_length=20, choices=Kind.choices)
