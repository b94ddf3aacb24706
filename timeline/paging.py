"""How the first page of a view's events is found: by walking the timeline's covering date index until a
page is full, or on PostgreSQL, when the counting sample (timeline.counting) says the walk would pass many
more events than one filter's hit list holds, from that list sorted, or for a search, by the walk testing
each event against the list of the search's hits gathered first; or not at all, when the exact count found
none."""

import math

from django.conf import settings
from django.db import connection

from .forms import FILTERS
from .models import Event

# Filters whose events an index lists (full text; the tag tables by tag), so a page can start from their
# hits instead of walking the timeline in date order; the date filters bound the walk, and the walk tests
# the filters its index holds (FILTERS_ON_INDEX) without looking anything up.
HIT_LISTS = ("q", "topic", "actor")
DATE_FILTERS = ("from", "to")
# The tags are there as their marks (Event.topic_bits), which are the events' tags: only a mark another tag
# shares (past 63 tags) sends the walk to the tag table.
FILTERS_ON_INDEX = ("precision", "checked", "topic", "actor")
# How the first page is found (plan): walking the timeline's date index and, for a search,
# looking up the passage of each event its index does not rule out; the same walk testing a search against
# the list of its hits, gathered once; from one filter's hits, sorted; or not at all, when the exact count
# found none (a walk would pass every event within the dates to learn as much).
WALK, LISTED, FROM_HITS, NOTHING = "walk", "listed", "hits", "nothing"
# What each costs, in units of a lookup in an index (an event's tags in theirs, 3-5 µs at a million events on
# PostgreSQL). Per database: SQLite is left out, as it tests a search against the list of its hits, built
# once per query, so a step costs a fraction of a µs and the walk was the quicker for every filter of
# bench/timeline.py --cold (under 6 ms a page at 100,000 events, against 15-50 ms from the hits).
# - An entry of the date index the walk passes over without a lookup (precision, dates, the tags' marks):
#   about 0.04 µs.
INDEX_STEP = 0.01
# - For a search, an event's passage: its table page, mostly outside PostgreSQL's buffers (15-17 µs).
SEARCH_LOOKUP = 4
# - A hit, found from its index and sorted: its passage's and its event's table pages at random.
HIT_COST = {"postgresql": 3}
# - An event a search matches, for listing its hits: the search's passages read in table order (the events
#   of a passage share its page). Over the 94 searches of 200 --cold filters at a million events, each way
#   timed with the passages outside PostgreSQL's buffers (read from the system's cache, as a word searched
#   for the first time is), a listed event took 1.9-2.8 µs where the walk's lookup took 7-10 µs, and run
#   again 1.0 µs against 3.8-4.1 µs: a quarter of SEARCH_LOOKUP either way. At 0.6 (from second runs alone) the plan
#   listed words the walk found in half the time.
LIST_COST = {"postgresql": 1.0}
# PostgreSQL holds the list as a hash in memory (within work_mem by its estimate, or it would scan the
# list for each event). Past about 30,000 events a listed event costs twice as much (1.6 µs, not 0.7 µs,
# at a million events), so searches matching more than this are not listed.
LIST_MOST = 30_000


def plan(filters, estimate, scale, total, approximate=False):
    """How the events of the first page are quickest found: NOTHING when the exact count is none, else WALK,
    LISTED or FROM_HITS by what the sample says of the ways' costs (see HIT_COST). `estimate(ignoring)` is how
    many events the sample says match all filters but those `ignoring`, `scale` how many events each sampled
    one stands for, `total` the count (`approximate` when from the sample).

    The walk passes about (page + 1) x walked / total events (all of them when fewer match), walked being the
    events within the dates, and for a search looks up the passage of those its index does not rule out; a
    listed search first reads the passages of its hits; starting from hits reads the shortest hit list."""
    if total == 0 and not approximate:
        return NOTHING
    names = [name for name in HIT_LISTS if filters.valid_value(name)]
    hit_cost = HIT_COST.get(connection.vendor)
    if not names or hit_cost is None:
        return WALK
    others = [f.name for f in FILTERS]
    page = settings.TIMELINE_PAGE_SIZE + 1
    if approximate and (sampled := total / scale) >= 1:
        # The walk's length goes as one over the matches, so a sample holding few of them (a few events
        # in a thousand's share) can say it is several times shorter than it is, while a list costs its
        # hits whatever the matches: the walk is weighed at half a standard deviation fewer matches.
        total = (sampled - math.sqrt(sampled) / 2) * scale

    def passed(kept):
        """Of the events matching the filters `kept`, how many the walk passes."""
        n = estimate(ignoring=[name for name in others if name not in kept])
        return n if total <= page else page * n / total

    steps = passed(DATE_FILTERS)
    lookups = (passed(DATE_FILTERS + FILTERS_ON_INDEX) * SEARCH_LOOKUP) if "q" in names else 0
    costs = {WALK: lookups + steps * INDEX_STEP}
    if costs[WALK] <= settings.TIMELINE_PAGE_WALK * INDEX_STEP:
        return WALK
    hits = {name: estimate(ignoring=[n for n in others if n != name]) for name in names}
    costs[FROM_HITS] = min(hits.values()) * hit_cost
    if "q" in hits and hits["q"] <= LIST_MOST and connection.vendor in LIST_COST:
        costs[LISTED] = hits["q"] * LIST_COST[connection.vendor] + steps * INDEX_STEP
    return min(costs, key=costs.get)


def first_page(filters, way, cursor, size):
    """Up to `size` of the filters' events after `cursor`, ready to list, found the `way` plan chose."""
    if way == NOTHING:
        return []
    return Event.objects.in_order(filters.events(few=way == FROM_HITS, listed=way == LISTED).page_ids(cursor, size))
