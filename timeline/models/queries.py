"""The query vocabulary of the timeline: what a view, a count, an export or the key dates ask of the events.

Written against `self.model` rather than Event, so the review queue's QuerySet (models.review) extends it."""

import hashlib
import re
from collections import defaultdict
from typing import NamedTuple

from django.core.cache import cache
from django.db import connections, models, transaction
from django.db.models import Func, Q
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce
from django.db.models.lookups import GreaterThan, GreaterThanOrEqual, In, LessThanOrEqual

from timeline.keydates import EventRecord

from .tags import TAG_BITS, tag_bits

COMMON_WORD_SHARE = 0.01
# How long a search's share of the passages is kept: it only chooses a plan (a view's counts and events are
# always what the database holds), and a view asks for it with every count.
SEARCH_SHARE_SECONDS = 600
# Ids per query when looking up the reports folded into a list of events (SQLite allows 32,766 parameters).
FOLDED_BATCH = 2000


class ListedTopic(NamedTuple):
    """A topic as a timeline entry shows it (see EventQuerySet.in_order)."""

    slug: str
    name: str


def _search_share(connection, query):
    """(passages the full-text query matches, passages in all) on SQLite."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT (SELECT count(*) FROM timeline_passage_fts WHERE timeline_passage_fts MATCH %s), "
            "(SELECT coalesce(max(id), 0) FROM timeline_passage)",
            [query],
        )
        return cursor.fetchone()


class EventQuerySet(models.QuerySet):
    def public(self):
        return self.exclude(status=self.model.Status.REJECTED).filter(merged_into__isnull=True)

    def with_source_count(self):
        """Annotate source_count: 1 for the event's own passage plus one per event merged into it."""
        # A subquery, not Count(), so that joins added by other filters (topics, actors) cannot inflate it.
        merged = self.model.objects.filter(merged_into=models.OuterRef("pk")).values("merged_into")
        merged = merged.annotate(n=models.Count("pk")).values("n")
        return self.annotate(source_count=Coalesce(models.Subquery(merged), 0) + 1)

    def between(self, start=None, end=None):
        """Events known to fall within [start, end]: a vaguer date ("2025") is not "in June 2025"."""
        qs = self
        if start:
            qs = qs.filter(GreaterThanOrEqual(self._date("date_start"), start))
        if end:
            # An event that ends by `end` starts by it too: said outright, it bounds the walk along the
            # date index instead of leaving it to run to the last event.
            qs = qs.filter(LessThanOrEqual(self._date("date_end"), end), LessThanOrEqual(self._date("date_start"), end))
        return qs

    def _date(self, name):
        """A date column for a filter. Counting the sample must walk the sample's index; SQLite would take
        a date range for the narrower, so there the column is hidden from its planner behind a unary plus,
        which leaves the value as it is."""
        if getattr(self, "_sampled", False) and connections[self.db].vendor == "sqlite":
            return Func(models.F(name), template="+%(expressions)s", output_field=models.DateField())
        return models.F(name)

    def expecting_few(self):
        """Tell the filters below that the sample says their events are quicker found from an index's hits
        (full text, a tag's events) and sorted than by walking the timeline in date order (see
        paging.plan): the filters then offer those hits and the order hides the date
        index, so the database cannot choose the walk on a guess."""
        qs = self._chain()
        qs._expecting_few = True
        return qs

    def listing_search(self):
        """Tell a search below to gather the passages it matches from the full-text index once, as a list
        the walk along the date index tests each event against, instead of reading the passage of every
        event it passes (PostgreSQL; SQLite always does so, see _full_text): quicker when the walk passes
        more events than the search has hits (see paging.plan)."""
        qs = self._chain()
        qs._listing_search = True
        return qs

    def _clone(self):
        clone = super()._clone()
        clone._expecting_few = getattr(self, "_expecting_few", False)
        clone._listing_search = getattr(self, "_listing_search", False)
        clone._sampled = getattr(self, "_sampled", False)
        return clone

    def overlapping(self, start, end):
        """Events whose span shares at least a day with [start, end]."""
        return self.filter(date_end__gte=start, date_start__lte=end)

    def about(self, *topics):
        """Events with any of these topics.

        A test of each event's marks (see _tagged) rather than a join: no duplicate rows to remove, and the
        database can walk the timeline's date index and stop once a page is full instead of sorting every
        tagged event.
        """
        if not topics:
            return self
        return self._tagged(self.model.topics, "topic_bits", topics)

    def involving(self, *actors):
        if not actors:
            return self
        return self._tagged(self.model.actors, "actor_bits", actors)

    def _tagged(self, relation, marks, chosen):
        """The events with any of the `chosen` tags of this many-to-many `relation`, whose marks are `marks`."""
        tags = relation.through.objects.filter(**{f"{relation.field.m2m_reverse_field_name()}__in": chosen})
        if getattr(self, "_expecting_few", False):
            # A list of ids the database can start from (the tag table's index by tag), then sort.
            return self.filter(pk__in=tags.values("event_id"))
        # The marks, in the date index, are exactly the event's tags (migration 0013): where no other tag shares
        # a chosen tag's mark, they answer alone and the walk looks nothing up; else the tag table answers for
        # the events with the mark. Asked of the tag table here (a few rows) rather than within the query, where
        # the choice would keep the database from starting at a tag's events when counting.
        chosen_ids = [getattr(tag, "pk", tag) for tag in chosen]
        marked = GreaterThan(models.F(marks).bitand(tag_bits(chosen_ids)), 0)
        sharing = relation.field.related_model.objects.exclude(pk__in=chosen_ids).alias(
            mark=models.F("pk") % TAG_BITS
        ).filter(mark__in={pk % TAG_BITS for pk in chosen_ids})
        if not sharing.exists():
            return self.filter(marked)
        return self.filter(marked, models.Exists(tags.filter(event_id=models.OuterRef("pk"))))

    def from_sources(self, *sources):
        return self.filter(passage__source__in=sources) if sources else self

    def matching(self, words):
        """Events whose passage (which holds their sentence) has every word, the last one as a prefix.

        The database's full-text index does the work (FTS5 on SQLite, a GIN index on PostgreSQL; see
        migrations 0004 and 0005). It keeps "145" of "145%" and drops the sign, so "145%" also finds
        "145 per cent"; a percentage is then checked as written, so it does not also find "145 billion".
        """
        terms = re.findall(r"\w+", words)
        if not terms:
            return self
        searched = self._full_text(terms)
        qs = self if searched is None else searched
        for word in words.split():
            percent = re.fullmatch(r"(\d+(?:\.\d+)?)%", word)
            if searched is not None and not percent:
                continue
            alternatives = [word, f"{percent[1]} per cent", f"{percent[1]} percent"] if percent else [word]
            condition = Q()
            for alternative in alternatives:
                condition |= Q(passage__text__icontains=alternative)
            qs = qs.filter(condition)
        return qs

    def _full_text(self, terms):
        connection = connections[self.db]
        # Readers type words out; the last may be unfinished, unless it is a number ("July 8" is not "July 80").
        prefix = not terms[-1].isdigit()
        if connection.vendor == "postgresql":
            query = " & ".join(terms) + (":*" if prefix else "")
            sql = "SELECT id FROM timeline_passage WHERE search_vector @@ to_tsquery('english', %s)"
            hits = RawSQL(sql, [query])
            if getattr(self, "_listing_search", False):
                # Wrapped in IS TRUE (the same test: a row passes only when it holds), the IN stays a filter
                # on the walk, which PostgreSQL answers from a hash of the hits built once; left bare, it
                # becomes a join, and the planner goes back to reading one passage per event walked.
                listed = Func(In(models.F("passage_id"), hits), template="(%(expressions)s) IS TRUE",
                              output_field=models.BooleanField())
                return self.filter(listed)
            return self.filter(passage_id__in=hits)
        if connection.vendor != "sqlite":
            return None
        query = " ".join(f'"{term}"' for term in terms) + ("*" if prefix else "")
        hits = RawSQL("SELECT rowid FROM timeline_passage_fts WHERE timeline_passage_fts MATCH %s", [query])
        if getattr(self, "_expecting_few", False):
            return self.filter(passage_id__in=hits)
        matched, passages = cache.get_or_set(f"timeline:search-share:{hashlib.sha256(query.encode()).hexdigest()}",
                                             lambda: _search_share(connection, query),
                                             SEARCH_SHARE_SECONDS)
        if matched > passages * COMMON_WORD_SHARE:
            # SQLite starts from the hits and sorts them all; for a word in many passages it is far quicker
            # to walk the timeline's date index and stop once a page is full. "+ 0" hides the passage
            # column's index, which is what makes SQLite choose that walk.
            return self.alias(passage_key=models.F("passage_id") + 0).filter(passage_key__in=hits)
        return self.filter(passage_id__in=hits)

    def after(self, cursor):
        """Keyset pagination: the events that come after (date_start, id) in chronological order."""
        if not cursor:
            return self
        day, pk = cursor
        # The leading range on date_start lets SQLite walk the date index and stop after a page; the bare
        # OR made it merge two index scans and sort every later event (0.9 s at 100k events).
        return self.filter(Q(date_start__gte=day), Q(date_start__gt=day) | Q(id__gt=pk))

    def before(self, cursor):
        """The events that come before (date_start, id), nearest first."""
        day, pk = cursor
        return self.filter(Q(date_start__lte=day), Q(date_start__lt=day) | Q(id__lt=pk)).order_by("-date_start", "-id")

    def sampled(self, below):
        """The events of the fixed random sample at this threshold (out of SAMPLE_LEVELS)."""
        # Bounded on both sides, SQLite reckons the sample index narrower than most other conditions.
        qs = self.filter(sample__range=(0, below - 1))
        qs._sampled = True
        return qs

    def checked(self):
        return self.filter(status__in=self.model.CHECKED_STATUSES)

    def chronological(self):
        if getattr(self, "_expecting_few", False):
            # The same order, in an expression no index holds: the database finds the matching events
            # the quickest way it knows and sorts them, instead of walking the date index on a guess.
            hidden = "+%(expressions)s" if connections[self.db].vendor == "sqlite" else "(%(expressions)s + 0)"
            return self.order_by(Func(models.F("date_start"), template=hidden, output_field=models.DateField()), "id")
        return self.order_by("date_start", "id")

    def for_display(self):
        return self.select_related("passage__source").prefetch_related("topics", "actors")

    def for_list(self):
        """What a timeline entry shows of an event, its passage and its source, without the long texts."""
        return self.select_related("passage__source").defer("passage__text", "passage__source__text")

    def page_ids(self, cursor, size):
        """The ids of up to `size` events after the cursor.

        A narrow query of its own: when a filter matches thousands of events, the database then sorts
        thousands of (date, id) pairs rather than thousands of joined rows.
        """
        query = self.after(cursor).values_list("pk", flat=True)[:size]
        if connections[self.db].vendor != "postgresql":
            # No transaction: SQLite's transactions begin with the write lock (see settings), and a reader
            # must not queue behind an import.
            return list(query)
        with transaction.atomic(using=self.db), connections[self.db].cursor() as settings_cursor:
            # A page is a few dozen rows found by walking an index: starting parallel workers or compiling
            # the query (JIT, which a high cost estimate for a long walk triggers) costs PostgreSQL more
            # (tens of ms) than they save.
            settings_cursor.execute("SET LOCAL max_parallel_workers_per_gather = 0")
            settings_cursor.execute("SET LOCAL jit = off")
            return list(query)

    def key_date_records(self, with_text=True):
        """These events and those folded into them (other outlets' reports of the same happening, which
        count as support), as records for timeline.keydates; rejected events are left out.

        Without text (for choosing the days) only the columns the ranking reads are fetched: the cost is
        one narrow row per selected event."""
        columns = ["pk", "date_start", "date_end", "precision", "passage__source_id",
                   "passage__source__published_on", "status", *(["text", "merged_into_id"] if with_text else [])]
        rows = list(self.exclude(status=self.model.Status.REJECTED).order_by().values_list(*columns))
        # Folded reports are few: their ids are found from the selected ids, a batch at a time, through the
        # event_folded index (given the selection as a subquery, or joined to the passages, SQLite walks
        # every event), and only then read.
        ids = [row[0] for row in rows]
        folded = [
            pk
            for first in range(0, len(ids), FOLDED_BATCH)
            for pk in self.model.objects.order_by().filter(merged_into__in=ids[first:first + FOLDED_BATCH]).values_list(
                "pk", flat=True
            )
        ]
        if folded:
            rows += self.model.objects.filter(pk__in=folded).exclude(status=self.model.Status.REJECTED).values_list(
                *columns
            )
        return [EventRecord(*row) for row in rows]

    def in_order(self, ids):
        """These events, ready to show in the given order, each with `listed_topics` (its topics as
        ListedTopics, by name); any no longer public are left out."""
        # Unsorted: the order is the one given.
        rows = {event.pk: event for event in self.public().filter(pk__in=ids).for_list().with_source_count().order_by()}
        # Plain rows, not prefetched Topic objects: a page's topics cost one narrow query and no model
        # instances, which is most of what listing a page costs in Python.
        topics = defaultdict(list)
        tagged = self.model.topics.through.objects.filter(event_id__in=list(rows)).order_by("topic__name", "topic_id")
        for event_id, slug, name in tagged.values_list("event_id", "topic__slug", "topic__name"):
            topics[event_id].append(ListedTopic(slug, name))
        for pk, event in rows.items():
            event.listed_topics = topics[pk]
        return [rows[pk] for pk in ids if pk in rows]
