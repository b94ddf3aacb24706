import functools

from django import template
from django.http import QueryDict

from timeline.forms import filter_query

register = template.Library()


@register.simple_tag
def filter_link(**replace):
    """The address of a new view with just these filters: `{% filter_link topic=topic.slug as query %}`."""
    return _filter_link(tuple(sorted(replace.items())))


@functools.lru_cache(maxsize=4096)
def _filter_link(replace):
    # The same few tags are linked from every entry of every page, and their addresses never change.
    return filter_query(QueryDict(), replace=dict(replace))
