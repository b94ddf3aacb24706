import functools

from django import template
from django.http import QueryDict

from timeline.forms import filter_query

register = template.Library()


@register.filter
@functools.lru_cache(maxsize=4096)
def topic_link(slug):
    """The address of the view of one topic: `{{ topic.slug|topic_link }}`. Kept once made: the same few
    topics are linked from every entry of every page, and their addresses never change."""
    return filter_query(QueryDict(), replace={"topic": slug})
