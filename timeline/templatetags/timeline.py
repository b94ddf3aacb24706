from django import template
from django.http import QueryDict

from timeline.forms import filter_query

register = template.Library()


@register.simple_tag
def filter_link(**replace):
    """The address of a new view with just these filters: `{% filter_link topic=topic.slug as query %}`."""
    return filter_query(QueryDict(), replace=replace)
