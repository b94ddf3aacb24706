from urllib.parse import urlencode

from django.conf import settings
from django.db.models import Prefetch
from django.http import HttpResponse, HttpResponseBadRequest, StreamingHttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe
from django.views.decorators.vary import vary_on_headers

from . import exports, highlights
from .caching import generation
from .charts import density_chart, histogram
from .counting import approximate_count, summary
from .exports import iter_csv, iter_json
from .facets import facets
from .focus import focus_period
from .forms import ALL_PERIODS, CURSOR, FILTERS, PERIOD, TimelineFilter
from .models import Event, Passage, Source
from .paging import WALK, first_page

FILTER_FORM_ID = "filters"


def _period(focus):
    return {"from": f"{focus.start:%Y-%m}", "to": f"{focus.end:%Y-%m}"}


def _summary_context(filters, summary, listed=0):
    """What the count line, the density chart and the facet counts show; `listed` is how many matching
    events the page has found, which an estimate from the sample must not undercut."""
    total = approximate_count(summary.total) if summary.approximate else summary.total
    at_least = summary.approximate and total < listed
    total = max(total, listed)
    focus = filters.focus
    context = {
        "total": total,
        "approximate": summary.approximate,
        "description": filters.describe(total, summary.approximate, at_least=at_least),
        "facets": facets(filters, summary),
        "chart": density_chart(*histogram(summary.spans, filters.windowed()), filters, summary.approximate),
        "first_query": filters.query(),
        "export_query": filters.query(),
        "all_dates_query": filters.query(replace={"from": None, "to": None, PERIOD: ALL_PERIODS}),
    }
    if focus:
        # The exports hold what the page shows: the opening period, said outright.
        context["export_query"] = filters.query(replace=_period(focus))
        outside = max(0, focus.total - summary.total)
        approximate = focus.approximate or summary.approximate
        outside = approximate_count(outside) if approximate else outside
        context |= {"outside": outside, "outside_label": f"{outside:,}", "outside_approximate": approximate}
    return context


@require_safe
@vary_on_headers("HX-Request", "HX-Trigger", "HX-Target", "HX-History-Restore-Request")
def timeline(request):
    # The data's generation, read once: every count and cached figure of this response is of it.
    stamp = generation()
    filters = TimelineFilter(request.GET, focus=lambda: focus_period(stamp))
    key_view = highlights.wanted(request.GET)
    if key_view and request.htmx and request.htmx.target == highlights.TARGET_ID:
        return render(request, "timeline/index.html#key_dates", highlights.view_context(request.GET, filters))
    size = settings.TIMELINE_PAGE_SIZE
    cursor = filters.cursor()
    interactive = request.htmx and not request.htmx.history_restore_request
    counted = None if interactive and cursor else summary(filters, stamp)
    # The sample says how the page is quickest found (walking the timeline, or from hits): see page_plan.
    plan = WALK if counted is None else counted.page_plan
    events = [] if key_view else first_page(filters, plan, cursor, size + 1)
    next_query = None
    if len(events) > size:
        events, last = events[:size], events[size - 1]
        following = {CURSOR: f"{last.date_start.isoformat()}.{last.pk}"}
        if focus := filters.focus:
            # The next page keeps to the period this one opened on.
            following |= _period(focus)
        next_query = filters.query(replace=following)
    context = {"filters": filters, "events": events, "next_query": next_query}
    context["key_query"] = highlights.key_query(filters)
    if counted is None:
        return render(request, "timeline/index.html#page", context)

    if key_view:
        # Key dates read every matching event: a reader changing filters gets them in a follow-up request
        # unless they are cached; a whole page waits for them.
        context |= highlights.view_context(request.GET, filters, compute=not interactive)
    # The page's own events, and one more when there is a next page, are known to match.
    listed = len(events) + (next_query is not None)
    context |= _summary_context(filters, counted, listed) | {
        "continued": cursor is not None,
        # When a bar, a tag or a facet link changed the filters, the form is sent along so its fields show them.
        "form_out_of_band": interactive and request.htmx.trigger != FILTER_FORM_ID,
        "filter_names": [f.name for f in FILTERS],
    }
    if interactive:
        return render(request, "timeline/index.html#results", context)
    # Link previews carry the count in both lines: some show only the description.
    description = context["description"]
    if key_view:
        description = f"Key dates: {description}"
    context |= {"share_title": description, "share_description": f"{description}. {settings.SITE_DESCRIPTION}"}
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
            query = filters.query(replace={CURSOR: f"{boundary[0][0].isoformat()}.{boundary[0][1]}"})
            if "limit" in request.GET:
                query += "&" + urlencode({"limit": request.GET["limit"]})
            next_url = request.build_absolute_uri(request.path + query)
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
def key_dates_json(request):
    filters, counts = highlights.timeline_filter(request.GET), highlights.KeyDatesForm(request.GET)
    if not (filters.is_valid() and counts.is_valid()):
        message = "; ".join(filter(None, [filters.error_summary(), counts.error_summary()]))
        return HttpResponseBadRequest(message + "\n", content_type="text/plain; charset=utf-8")
    body = exports.key_dates_json(highlights.key_dates(filters, *counts.counts()).days)
    return HttpResponse(body, content_type="application/json")


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
