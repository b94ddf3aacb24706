"""Events and the review queue: the editors' daily work."""

import datetime

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ActionForm
from django.http import QueryDict
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from .. import editing, highlights
from ..models import Actor, Event, ReviewItem, ReviewQuerySet, Topic
from .versioning import VersionedAdmin

DATE_FIELDS = {"date_start", "date_end", "precision", "qualifier"}
TAG_FIELDS = {"topics", "actors"}


class DateRangeFilter(admin.FieldListFilter):
    """From/to boxes for a date field: the admin's own date filter only offers today, this week and so on."""

    template = "admin/timeline/date_range_filter.html"

    def __init__(self, field, request, params, model, model_admin, field_path):
        self.lookup_from, self.lookup_to = f"{field_path}__gte", f"{field_path}__lte"
        super().__init__(field, request, params, model, model_admin, field_path)
        self.title = f"{self.title} between"

    def expected_parameters(self):
        return [self.lookup_from, self.lookup_to]

    def queryset(self, request, queryset):
        # The admin answers a bad lookup value with its "something's wrong with your database" page;
        # a mistyped date deserves a message and the other bound still applying.
        bounds = {}
        for lookup in self.expected_parameters():
            value = self.used_parameters.get(lookup)
            value = value[-1] if isinstance(value, list) else value
            if not value:
                continue
            try:
                bounds[lookup] = datetime.date.fromisoformat(value)
            except ValueError:
                messages.warning(request, f"“{value}” is not a date like 2025-04-25, so that bound is ignored.")
        return queryset.filter(**bounds)

    def choices(self, changelist):
        others = {name: value for name, value in changelist.params.items() if name not in self.expected_parameters()}
        yield {
            "others": others.items(),
            "from_name": self.lookup_from,
            "from_value": changelist.params.get(self.lookup_from, ""),
            "to_name": self.lookup_to,
            "to_value": changelist.params.get(self.lookup_to, ""),
        }


class TagActionForm(ActionForm):
    topic = forms.ModelChoiceField(Topic.objects.all(), required=False, label="Topic:")
    actor = forms.ModelChoiceField(Actor.objects.all(), required=False, label="Actor:")


class EventAddForm(forms.ModelForm):
    """An event the extractor missed, made by hand from the sentence of a passage that tells of it."""

    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), label="Sentence",
                           help_text="Copied from the passage, as written.")
    timex = forms.CharField(required=False, label="Dating words",
                            help_text="The words in the sentence that date it, if any ('last month').")

    class Meta:
        model = Event
        fields = ["passage", "text", "timex", "date_start", "date_end", "precision", "qualifier", "topics", "actors"]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("passage") and cleaned.get("text"):
            try:
                offsets = editing.place_quote(cleaned["passage"], cleaned["text"], cleaned.get("timex", ""))
            except ValueError as error:
                raise forms.ValidationError(str(error)) from None
            cleaned["text"] = cleaned["text"].strip()
            self.instance.sentence_start, self.instance.timex_start, self.instance.timex_end = offsets
            self.instance.status = Event.Status.CORRECTED
        return cleaned


@admin.register(Event)
class EventAdmin(VersionedAdmin):
    list_display = ["date_label", "text", "timex", "date_start", "date_end", "precision", "qualifier", "version",
                    "status", "source_title"]
    list_editable = ["date_start", "date_end", "precision", "qualifier", "version"]
    list_filter = ["status", "precision", ("date_start", DateRangeFilter), "passage__source__date_origin",
                   "passage__source", "topics", "actors"]
    search_fields = ["text", "timex", "passage__text", "passage__source__title", "passage__source__outlet"]
    date_hierarchy = "date_start"
    list_select_related = ["passage__source"]
    filter_horizontal = ["topics", "actors"]
    autocomplete_fields = ["passage"]
    action_form = TagActionForm
    actions = ["verify", "reject", "merge", "add_topic", "add_actor"]
    readonly_fields = ["passage_in_context", "source_info", "timex", "timex_value", "timeline_label", "other_sources"]
    fieldsets = [
        ("What the text says", {"fields": ["passage_in_context", "source_info", "timex", "timex_value"]}),
        ("Date", {"fields": ["timeline_label", ("date_start", "date_end"), ("precision", "qualifier"), "status",
                             "version"]}),
        ("Tags and sources", {"fields": ["topics", "actors", "other_sources"]}),
    ]

    def get_form(self, request, obj=None, **kwargs):
        if obj is None:
            kwargs["form"] = EventAddForm
        return super().get_form(request, obj, **kwargs)

    def get_fieldsets(self, request, obj=None):
        return self.fieldsets if obj else [(None, {"fields": EventAddForm.Meta.fields})]

    def get_readonly_fields(self, request, obj=None):
        return self.readonly_fields if obj else []

    @admin.display(description="Source", ordering="passage__source__title")
    def source_title(self, event):
        return event.passage.source.title

    @admin.display(description="Passage")
    def passage_in_context(self, event):
        text, start, end = event.passage.text, event.timex_start, event.timex_end
        add = reverse("admin:timeline_event_add") + f"?passage={event.passage_id}"
        return format_html(
            '<p class="passage">{}<mark>{}</mark>{}</p><p><a href="{}">Passage on the site</a> · '
            '<a class="addlink" href="{}">Add another event from this passage</a></p>',
            text[:start], text[start:end], text[end:], event.passage.get_absolute_url(), add,
        )

    @admin.display(description="Source")
    def source_info(self, event):
        source = event.passage.source
        return format_html(
            '<a href="{}">{}</a><br>{} · published {} ({})',
            reverse("admin:timeline_source_change", args=[source.pk]), source.title, source.outlet or "no outlet",
            f"{source.published_on:%d %b %Y}", source.get_date_origin_display().lower(),
        )

    @admin.display(description="The timeline shows")
    def timeline_label(self, event):
        return event.date_label

    @admin.display(description="Other sources")
    def other_sources(self, event):
        if event.merged_into_id:
            url = reverse("admin:timeline_event_change", args=[event.merged_into_id])
            return format_html('Merged into <a href="{}">{}</a>.', url, event.merged_into)
        merged = event.merged_events.select_related("passage__source")
        return format_html_join(
            "", '<p><a href="{}">{}</a>: {}</p>',
            ((reverse("admin:timeline_event_change", args=[e.pk]), e.passage.source.title, e.text) for e in merged),
        ) or "—"

    def save_model(self, request, obj, form, change):
        changed = set(form.changed_data)
        # A changed date is an editor's correction: mark it so no re-ingest ever overwrites it.
        if change and DATE_FIELDS & changed and obj.status != Event.Status.REJECTED:
            obj.status = Event.Status.CORRECTED
        # Re-ingest re-creates automatic events; tags an editor chose must survive that too.
        if change and TAG_FIELDS & changed and obj.status == Event.Status.AUTO:
            obj.status = Event.Status.CORRECTED
        super().save_model(request, obj, form, change)

    @staticmethod
    def events(queryset):
        # Proxy rows (review queue) become plain events so their history is recorded.
        return Event.objects.filter(pk__in=[e.pk for e in queryset])

    @admin.action(description="Mark selected events verified", permissions=["change"])
    def verify(self, request, queryset):
        count = editing.update_events(self.events(queryset), request.user, "verified", status=Event.Status.VERIFIED)
        self.message_user(request, f"{count} events verified.")

    @admin.action(description="Reject selected events (hide from the timeline)", permissions=["change"])
    def reject(self, request, queryset):
        count = editing.update_events(self.events(queryset), request.user, "rejected", status=Event.Status.REJECTED)
        self.message_user(request, f"{count} events rejected.")

    @admin.action(description="Merge selected events into one with several sources", permissions=["change"])
    def merge(self, request, queryset):
        try:
            target = editing.merge_events(self.events(queryset), request.user)
        except editing.MergeRefused as refusal:
            self.message_user(request, f"Nothing merged: {refusal}", messages.ERROR)
            return
        count = target.merged_events.count() + 1
        self.message_user(request, f"Merged into “{target}”, which now has {count} sources.")

    def add_tag(self, request, queryset, field):
        tag = request.POST.get(field) and self.action_form(request.POST).fields[field].clean(request.POST[field])
        if not tag:
            self.message_user(request, f"Choose a {field} next to the action first; nothing changed.", messages.ERROR)
            return
        events = list(self.events(queryset))
        for event in events:
            getattr(event, f"{field}s").add(tag)
        # The tag would be lost when a re-ingest re-creates an automatic event, so the event becomes the editor's.
        auto = [e for e in events if e.status == Event.Status.AUTO]
        editing.update_events(auto, request.user, f"{field} added", status=Event.Status.CORRECTED)
        self.message_user(request, f"{field.capitalize()} “{tag}” added to {len(events)} events.")

    @admin.action(description="Add the chosen topic to selected events", permissions=["change"])
    def add_topic(self, request, queryset):
        self.add_tag(request, queryset, "topic")

    @admin.action(description="Add the chosen actor to selected events", permissions=["change"])
    def add_actor(self, request, queryset):
        self.add_tag(request, queryset, "actor")


class KeyDatesOfFilter(admin.SimpleListFilter):
    """Which key dates the importance column follows: the whole timeline's, or one topic's (the view a reader
    of that topic sees). Always applied, since the column needs its annotation."""

    title = "importance from the key dates of"
    parameter_name = "key_dates_of"

    def lookups(self, request, model_admin):
        return list(Topic.objects.values_list("slug", "name"))

    def choices(self, changelist):
        for choice in super().choices(changelist):
            if choice["display"] == "All":
                choice["display"] = "The whole timeline"
            yield choice

    def queryset(self, request, queryset):
        query = QueryDict(mutable=True)
        if self.value():
            query["topic"] = self.value()
        return queryset.with_importance(highlights.timeline_day_scores(query))


@admin.register(ReviewItem)
class ReviewItemAdmin(EventAdmin):
    list_display = ["doubt", "reasons", "importance", "date_label", "text", "timex", "date_start", "date_end",
                    "precision", "qualifier", "version", "source_title"]
    list_display_links = ["date_label"]
    list_filter = [*EventAdmin.list_filter, KeyDatesOfFilter]

    def get_queryset(self, request):
        qs = ReviewItem.objects.most_doubtful_first().select_related("passage__source")
        # Only the list is the queue; an item stays reachable after the editor has dealt with it.
        if request.resolver_match and request.resolver_match.url_name == "timeline_reviewitem_changelist":
            qs = qs.needing_review()
        return qs

    def get_ordering(self, request):
        return ["-doubt", "date_start", "id"]

    def has_add_permission(self, request):
        return False

    @admin.display(description="Doubt", ordering="doubt")
    def doubt(self, item):
        return item.doubt

    # Sorting by this column puts first the events behind the key dates (of the timeline, or of the topic
    # chosen in KeyDatesOfFilter), most important first: those are what readers see in the key-dates view.
    @admin.display(description="Key date importance", ordering="-importance")
    def importance(self, item):
        return f"{item.importance:.1f}" if item.importance else "—"

    @admin.display(description="Why")
    def reasons(self, item):
        return ", ".join(label for name, (_, label) in ReviewQuerySet.DOUBTS.items() if getattr(item, name))

    def history_view(self, request, object_id, extra_context=None):
        return redirect("admin:timeline_event_history", object_id)

    def response_post_save_change(self, request, obj):
        # Working through the queue, a save leads straight to the next most doubtful item, not back to the list.
        following = ReviewItem.objects.needing_review().most_doubtful_first().exclude(pk=obj.pk).first()
        if following is None:
            return super().response_post_save_change(request, obj)
        return redirect("admin:timeline_reviewitem_change", following.pk)
