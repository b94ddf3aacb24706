from django.conf import settings
from django.db.models import Prefetch
from django.http import HttpResponseBadRequest, QueryDict, StreamingHttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe
from django.views.decorators.vary import vary_on_headers

from .charts import density_chart
from .exports import iter_csv, iter_json
from .forms import TimelineFilter
from .models import Event, Passage, Source

FILTER_FORM_ID, SUMMARY_ID = "filters", "summary"


def _own_filters(request, filters):
    """The reader's own filters: a stray parameter is not copied into every link of the page."""
    query = QueryDict(mutable=True)
    for name in filters.fields:
        if name in request.GET:
            query.setlist(name, request.GET.getlist(name))
    return query


def _summary_context(request, filters, summary):
    """What the count line, the density chart and the facet counts show; all empty until counted."""
    first = _own_filters(request, filters)
    first.pop("after", None)
    undated = first.copy()
    for name in ("from", "to"):
        undated.pop(name, None)
    context = {
        "filters": filters,
        "summary": summary,
        "facets": filters.facet_choices(summary and summary["facets"]),
        "first_query": first.urlencode(),
        "undated_query": undated.urlencode(),
    }
    if summary:
        context |= {
            "total": summary["total"],
            "description": filters.describe(summary["total"]),
            "chart": density_chart(*summary["density"], first),
        }
    return context


@require_safe
@vary_on_headers("HX-Request", "HX-Target")
def timeline(request):
    filters = TimelineFilter(request.GET)
    if request.htmx and request.htmx.target == SUMMARY_ID:
        return render(request, "timeline/index.html#summary", _summary_context(request, filters, filters.summary()))

    size = settings.TIMELINE_PAGE_SIZE
    cursor = filters.cursor()
    events = filters.page(cursor, size + 1)
    next_query = None
    if len(events) > size:
        events = events[:size]
        query = _own_filters(request, filters)
        query["after"] = f"{events[-1].date_start.isoformat()}.{events[-1].pk}"
        next_query = query.urlencode()
    context = {"filters": filters, "events": events, "next_query": next_query}
    if request.htmx and cursor and not request.htmx.history_restore_request:
        return render(request, "timeline/index.html#page", context)

    interactive = request.htmx and not request.htmx.history_restore_request
    # A reader changing filters sees the events at once; counts not yet cached follow in a second request.
    # A whole page (shared links, no JavaScript, link previews) waits for them while that stays quick.
    summary = filters.summary(compute=not interactive, budget_ms=settings.TIMELINE_SUMMARY_BUDGET_MS)
    context |= _summary_context(request, filters, summary) | {
        "continued": cursor is not None,
        # When a bar or a tag changed the filters, the form is sent along so its fields show them.
        "form_out_of_band": interactive and request.htmx.trigger != FILTER_FORM_ID,
    }
    if interactive:
        return render(request, "timeline/index.html#results", context)
    description = context.get("description") or filters.describe(None)
    context |= {"share_title": description, "share_description": settings.SITE_DESCRIPTION}
    return render(request, "timeline/index.html", context)


def _export(request, writer, content_type, extension):
    filters = TimelineFilter(request.GET)
    limit = request.GET.get("limit")
    # isdigit() alone lets '²' through, which int() refuses.
    if limit is not None and not (limit.isascii() and limit.isdigit() and len(limit) < 10):
        return HttpResponseBadRequest("limit must be a whole number of events, 0 or more.\n", content_type="text/plain")
    if not filters.is_valid():
        return HttpResponseBadRequest(filters.error_summary() + "\n", content_type="text/plain; charset=utf-8")
    events = filters.events()
    if cursor := filters.cursor():
        events = events.after(cursor)
    limit = int(limit) if limit else None
    next_url = None
    # Anyone may export, but a stranger gets the archive a page at a time; editors get it whole.
    cap = None if request.user.is_staff else settings.TIMELINE_ANONYMOUS_EXPORT_LIMIT
    if cap is not None and (limit is None or limit > cap):
        limit = cap
        boundary = list(events.values_list("date_start", "pk")[max(cap - 1, 0) : cap + 1])
        if cap and len(boundary) == 2:
            query = _own_filters(request, filters)
            query["after"] = f"{boundary[0][0].isoformat()}.{boundary[0][1]}"
            if "limit" in request.GET:
                query["limit"] = request.GET["limit"]
            next_url = request.build_absolute_uri(f"{request.path}?{query.urlencode()}")
    stream = writer(events, limit=limit, base_url=request.build_absolute_uri("/"))
    response = StreamingHttpResponse(stream, content_type=content_type)
    response["Content-Disposition"] = f'inline; filename="events.{extension}"'
    if next_url:
        response["Link"] = f'<{next_url}>; rel="next"'
    return response


@require_safe
def events_json(request):
    return _export(request, iter_json, "application/json", "json")


@require_safe
def events_csv(request):
    return _export(request, iter_csv, "text/csv; charset=utf-8", "csv")


@require_safe
def event_detail(request, pk):
    event = get_object_or_404(Event.objects.public().for_display(), pk=pk)
    also_reported = event.merged_events.select_related("passage__source").order_by("passage__source__published_on")
    neighbours = Passage.objects.filter(
        source=event.passage.source, order__in=[event.passage.order - 1, event.passage.order + 1]
    )
    public = Event.objects.public()
    earlier = list(public.before((event.date_start, event.pk)).for_display()[:4])
    later = list(public.chronological().after((event.date_start, event.pk)).for_display()[:3])
    # The timeline link starts just before the three events preceding this one, so it opens "around" it.
    start_after = earlier[3] if len(earlier) > 3 else None
    context = {
        "event": event,
        "also_reported": also_reported,
        "share_title": f"{event.date_label}: {event.passage.source.title}",
        "share_description": event.text,
        "before": next((p for p in neighbours if p.order < event.passage.order), None),
        "after": next((p for p in neighbours if p.order > event.passage.order), None),
        "nearby": [*reversed(earlier[:3]), event, *later],
        "timeline_query": f"after={start_after.date_start.isoformat()}.{start_after.pk}" if start_after else "",
        "overlapping": public.overlapping(event.date_start, event.date_end).exclude(pk=event.pk).count(),
    }
    return render(request, "timeline/event_detail.html", context)


@require_safe
def source_detail(request, pk):
    source = get_object_or_404(Source.objects.select_related("parent"), pk=pk)
    passages = source.passages.prefetch_related(
        Prefetch("events", queryset=Event.objects.public(), to_attr="public_events")
    )
    marked = [(passage, passage.segments(passage.public_events)) for passage in passages]
    context = {
        "source": source,
        "passages": marked,
        "share_title": source.title,
        "share_description": f"{source.outlet or 'Article'}, {source.published_on:%d %b %Y}: the text behind the "
        "timeline's events, each dated expression marked.",
    }
    return render(request, "timeline/source_detail.html", context)
