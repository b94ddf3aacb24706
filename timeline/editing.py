"""The work behind the editors' admin: versioned saves, re-anchoring, merging, hand-made events and uploads."""

import dataclasses
from dataclasses import dataclass

from django.db import transaction
from simple_history.utils import bulk_update_with_history

from timeline.readers import Article, read_bytes

from .ingest import ingest_records, store
from .models import Event, Source


class EditConflict(Exception):
    """Someone saved the object after the editor's page was loaded; the later save is refused."""


def conflict_message(obj):
    latest = obj.history.first() if obj.pk else None
    who = f" by {latest.history_user}" if latest and latest.history_user else ""
    when = f" at {latest.history_date:%H:%M:%S}" if latest else ""
    return (
        f"Someone else saved this {obj._meta.verbose_name}{who}{when} after you opened the page, so your changes "
        "were not saved and theirs are kept. Reload the page to see the current values, then redo your change."
    )


def as_concrete(obj):
    """The same row as its concrete model: history is recorded for Event saves, which a proxy's save is not."""
    model = obj._meta.concrete_model
    if type(obj) is model:
        return obj
    concrete = model(**{field.attname: getattr(obj, field.attname) for field in model._meta.concrete_fields})
    concrete._state.adding, concrete._state.db = False, obj._state.db
    return concrete


def record_as_imported(model, pks):
    """Imports write automatic events without history (thousands at once); before an editor's first change to
    one, its state as imported is recorded, so its history shows what the editor changed."""
    recorded = set(model.history.filter(id__in=pks).values_list("id", flat=True).distinct())
    if missing := [pk for pk in pks if pk not in recorded]:
        model.history.bulk_history_create(list(model.objects.filter(pk__in=missing)), default_change_reason="imported")


def save_versioned(obj, expected_version):
    """Save obj only if its row still has expected_version, raising the version; otherwise EditConflict."""
    model = obj._meta.concrete_model
    with transaction.atomic():
        record_as_imported(model, [obj.pk])
        # The conditional UPDATE is the lock: of two saves from the same version only one can match it.
        claimed = model._default_manager.filter(pk=obj.pk, version=expected_version).update(
            version=expected_version + 1
        )
        if not claimed:
            raise EditConflict(conflict_message(obj))
        obj.version = expected_version + 1
        concrete = as_concrete(obj)
        concrete.save()
    return concrete


def update_events(events, user, reason, changed=(), **values):
    """Save values (and the fields named in changed, already set) on many events at once.

    Their versions go up, so pages opened before cannot overwrite this, and their history records who did it.
    """
    events = list(events)
    record_as_imported(Event, [event.pk for event in events])
    for event in events:
        for name, value in values.items():
            setattr(event, name, value)
        event.version += 1
    fields = [*changed, *values, "version"]
    bulk_update_with_history(events, Event, fields, default_user=user, default_change_reason=reason)
    return len(events)


@dataclass(frozen=True)
class Relabel:
    timex: str
    old: str
    new: str

    def __str__(self):
        return f"“{self.timex}”: {self.old} → {self.new}"


def auto_labels(source):
    events = Event.objects.filter(passage__source=source, status=Event.Status.AUTO)
    return {(e.passage_id, e.timex_start, e.timex_end): (e.timex, e.date_label) for e in events}


def reanchor(source):
    """Re-resolve the source's automatic events against its (new) date; return the labels that changed.

    Corrected, verified and rejected events are left as they are (refresh_events never touches them).
    """
    before = auto_labels(source)
    store.refresh_events(source)
    after = auto_labels(source)
    changes = []
    for key in sorted(before.keys() | after.keys()):
        timex, old = before.get(key, (None, "no event"))
        timex, new = after.get(key, (timex, "no event"))
        if old != new:
            changes.append(Relabel(timex, old, new))
    return changes


def redate_source(source, published_on, expected_version):
    """An editor's publication date: saved as such, with the source's automatic events re-anchored to it."""
    with transaction.atomic():
        source.published_on = published_on
        source.date_origin = Source.DateOrigin.EDITOR
        save_versioned(source, expected_version)
        return reanchor(source)


class MergeRefused(ValueError):
    pass


def merge_events(events, user=None):
    """Fold events telling of the same happening into one, which keeps every passage as a source.

    The kept event is the first corrected or verified one, else the earliest extracted. The others point to
    it through merged_into and are marked verified, so that a re-ingest neither deletes nor re-creates them.
    """
    events = sorted(events, key=lambda e: (e.status not in Event.PROTECTED_STATUSES, e.pk))
    if len(events) < 2:
        raise MergeRefused("Select at least two events to merge.")
    if rejected := [e for e in events if e.status == Event.Status.REJECTED]:
        raise MergeRefused(f"Rejected events cannot be merged: {', '.join(str(e.pk) for e in rejected)}.")
    if merged := [e for e in events if e.merged_into_id]:
        raise MergeRefused(f"Already merged into another event: {', '.join(str(e.pk) for e in merged)}.")
    target, others = events[0], events[1:]
    with transaction.atomic():
        # Events merged earlier into one of the others move along, so no chain of merges forms.
        absorbed = list(Event.objects.filter(merged_into__in=others))
        for event in [*others, *absorbed]:
            target.topics.add(*event.topics.all())
            target.actors.add(*event.actors.all())
            if event.status == Event.Status.AUTO:
                event.status = Event.Status.VERIFIED
        update_events([*others, *absorbed], user, "merged", changed=["status"], merged_into=target)
        if target.status == Event.Status.AUTO:
            update_events([target], user, "kept in a merge", status=Event.Status.VERIFIED)
    return target


def place_quote(passage, quote, timex=""):
    """Offsets of a hand-made event: where its sentence and dating words stand in the passage."""
    quote = quote.strip()
    sentence_start = passage.text.find(quote) if quote else -1
    if sentence_start < 0:
        raise ValueError("Copy the sentence exactly as the passage writes it, so the event can point to it.")
    if not timex:
        return sentence_start, sentence_start, sentence_start
    timex_start = quote.find(timex)
    if timex_start < 0:
        raise ValueError(f"“{timex}” does not occur in the sentence; leave it empty if the text gives no date.")
    timex_start += sentence_start
    return sentence_start, timex_start, timex_start + len(timex)


def ingest_upload(name, data, given=None, topics=()):
    """Import uploaded bytes through the same readers and writes as the ingest command.

    `given` holds what the editor typed (title, outlet, url, published, captured): it is the manifest entry of
    a text capture and overrides what a page says of itself. Items that cannot be read write nothing.
    """
    given = {key: value for key, value in (given or {}).items() if value}
    records = [
        _with_given(record, given) if isinstance(record, Article) else record
        for record in read_bytes(data, name, name=name, entry=given)
    ]
    return ingest_records(records, progress=lambda _line: None, topics=topics)


def _with_given(article, given):
    overrides = {key: value for key, value in given.items() if key in {"title", "outlet", "url", "captured"}}
    if "published" in given:
        overrides |= {"published": given["published"], "date_origin": Source.DateOrigin.EDITOR.value}
    return dataclasses.replace(article, **overrides)
