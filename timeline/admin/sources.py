"""Sources and passages: re-dating a source re-anchors its events; articles can be uploaded here."""


from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import models
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from timeline.extraction.pages import UnreadableFile

from .. import editing
from ..ingest import Metadata
from ..models import Event, Passage, Source
from .versioning import VersionedAdmin

MAX_UPLOAD_BYTES = 5_000_000


class PassageInline(admin.TabularInline):
    model = Passage
    fields = ["order", "text"]
    readonly_fields = ["order", "text"]
    extra = 0
    can_delete = False
    show_change_link = True


class UploadForm(forms.Form):
    file = forms.FileField(help_text="A UTF-8 text file: the article, as saved from its page.")
    outlet = forms.CharField(max_length=200, required=False)
    title = forms.CharField(max_length=500, required=False, help_text="Left empty: the file's first line.")
    url = forms.URLField(required=False, assume_scheme="https")
    published = forms.DateField(
        required=False,
        help_text="Left empty: inferred from the text and flagged for review in the review queue.",
    )
    captured = forms.DateField(
        required=False, help_text="The day the page was saved; dates the 'N hours ago' pieces appended below it."
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(f"The file is {upload.size:,} bytes; articles up to 5 MB are accepted.")
        return upload


@admin.register(Source)
class SourceAdmin(VersionedAdmin):
    list_display = ["title", "outlet", "published_on", "date_origin", "file_name", "position"]
    list_filter = ["date_origin", "outlet"]
    search_fields = ["title", "outlet", "file_name", "text"]
    date_hierarchy = "published_on"
    fields = ["title", "outlet", "url", "published_on", "date_origin", "version",
              "file_name", "position", "parent", "age_label"]
    readonly_fields = ["date_origin", "file_name", "position", "parent", "age_label"]
    inlines = [PassageInline]
    change_list_template = "admin/timeline/source/change_list.html"
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def save_versioned(self, request, obj, form):
        if "published_on" not in form.changed_data:
            return super().save_versioned(request, obj, form)
        changes = editing.redate_source(obj, obj.published_on, form.cleaned_data["version"])
        if changes:
            listed = "; ".join(map(str, changes[:20])) + ("; …" if len(changes) > 20 else "")
            self.message_user(request, f"Re-anchored; {len(changes)} automatic events changed: {listed}")
        else:
            self.message_user(request, "Re-anchored to the new date: no automatic event changed its date.")
        kept = Event.objects.filter(passage__source=obj, status__in=Event.PROTECTED_STATUSES).count()
        if kept:
            self.message_user(request, f"{kept} corrected, verified or rejected events were left as they are.")

    def get_urls(self):
        upload = self.admin_site.admin_view(self.upload_view)
        return [path("upload/", upload, name="timeline_source_upload"), *super().get_urls()]

    def upload_view(self, request):
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = UploadForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            data = form.cleaned_data
            metadata = Metadata(title=data["title"], outlet=data["outlet"], url=data["url"],
                                published=data["published"], captured=data["captured"])
            upload = data["file"]
            try:
                result = editing.ingest_upload(upload.name, upload.read(), metadata)
            except UnreadableFile as error:
                form.add_error("file", f"Nothing was imported: {error}.")
            else:
                return self.upload_done(request, result)
        context = {**self.admin_site.each_context(request), "opts": self.opts, "form": form,
                   "title": "Upload an article"}
        return TemplateResponse(request, "admin/timeline/source/upload.html", context)

    def upload_done(self, request, result):
        name = result.path.name
        if result.unchanged:
            self.message_user(request, f"{name} is already imported with this content and metadata; nothing changed.")
            return redirect("admin:timeline_source_changelist")
        main = Source.objects.get(file_name=name, position=0)
        self.message_user(
            request, f"{name}: {result.sources} sources, {result.passages} passages, {result.events} events."
        )
        if main.date_origin == Source.DateOrigin.INFERRED:
            self.message_user(
                request,
                f"No publication date was given: {main.published_on:%d %b %Y} was inferred from the text. "
                "Check it here; its events are at the top of the review queue.",
                messages.WARNING,
            )
        return redirect("admin:timeline_source_change", main.pk)


@admin.register(Passage)
class PassageAdmin(admin.ModelAdmin):
    list_display = ["__str__", "source", "order"]
    search_fields = ["text", "source__title"]
    list_select_related = ["source"]
    fields = ["source", "order", "text", "add_event"]
    readonly_fields = ["source", "order", "start", "end", "text", "add_event"]

    @admin.display(description="")
    def add_event(self, passage):
        url = reverse("admin:timeline_event_add") + f"?passage={passage.pk}"
        return format_html('<a class="addlink" href="{}">Add an event from this passage</a>', url)
