from django.contrib import admin

from .models import Actor, Event, Passage, Source, Topic

DATE_FIELDS = {"date_start", "date_end", "precision", "qualifier"}


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name", "aliases"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Actor)
class ActorAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "slug"]
    list_filter = ["kind"]
    search_fields = ["name", "aliases"]
    prepopulated_fields = {"slug": ["name"]}


class PassageInline(admin.TabularInline):
    model = Passage
    fields = ["order", "text"]
    readonly_fields = ["order", "text"]
    extra = 0
    can_delete = False
    show_change_link = True


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["title", "outlet", "published_on", "date_origin", "file_name", "position"]
    list_filter = ["date_origin", "outlet"]
    search_fields = ["title", "outlet", "file_name", "text"]
    date_hierarchy = "published_on"
    readonly_fields = ["file_name", "position", "parent", "age_label", "content_hash"]
    inlines = [PassageInline]


@admin.register(Passage)
class PassageAdmin(admin.ModelAdmin):
    list_display = ["__str__", "source", "order"]
    search_fields = ["text", "source__title"]
    list_select_related = ["source"]
    readonly_fields = ["source", "order", "start", "end", "text"]


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ["date_label", "text", "timex", "precision", "status", "source_title"]
    list_filter = ["status", "precision", "topics", "actors", "passage__source__outlet"]
    search_fields = ["text", "timex", "passage__source__title"]
    date_hierarchy = "date_start"
    list_select_related = ["passage__source"]
    filter_horizontal = ["topics", "actors"]
    readonly_fields = ["passage", "timex", "timex_value", "text", "source_title", "source_published"]
    fields = [
        "text", "timex", "timex_value", "source_title", "source_published",
        ("date_start", "date_end"), ("precision", "qualifier"), "status", "topics", "actors", "passage",
    ]
    actions = ["verify", "reject"]

    @admin.display(description="Source", ordering="passage__source__title")
    def source_title(self, event):
        return event.passage.source.title

    @admin.display(description="Source published")
    def source_published(self, event):
        source = event.passage.source
        return f"{source.published_on:%d %b %Y} ({source.get_date_origin_display().lower()})"

    def save_model(self, request, obj, form, change):
        # A changed date is an editor's correction: mark it so no re-ingest ever overwrites it.
        if change and DATE_FIELDS & set(form.changed_data) and obj.status != Event.Status.REJECTED:
            obj.status = Event.Status.CORRECTED
        super().save_model(request, obj, form, change)

    @admin.action(description="Mark selected events verified", permissions=["change"])
    def verify(self, request, queryset):
        count = queryset.update(status=Event.Status.VERIFIED)
        self.message_user(request, f"{count} events verified.")

    @admin.action(description="Reject selected events (hide from the timeline)", permissions=["change"])
    def reject(self, request, queryset):
        count = queryset.update(status=Event.Status.REJECTED)
        self.message_user(request, f"{count} events rejected.")
