"""Sources and passages: re-dating a source re-anchors its events; articles can be uploaded here."""


from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.core.files.uploadhandler import FileUploadHandler, StopUpload
from django.db import models
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.views.decorators.csrf import csrf_exempt, csrf_protect

from .. import editing
from ..models import Event, Passage, Source
from .versioning import VersionedAdmin

# Room for the form's other fields beside the file in a multipart body.
FORM_BYTES = 100_000
TOO_LARGE = (
    "The file is larger than {limit:,} bytes, the most an upload may be: import it with manage.py ingest "
    "instead. Nothing was imported."
)


class SizeLimitHandler(FileUploadHandler):
    """Stops reading an upload as soon as it passes the limit, instead of after the whole body has arrived."""

    def __init__(self, request, limit):
        super().__init__(request)
        self.limit, self.received = limit, 0

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received > self.limit:
            self.request.upload_too_large = True
            raise StopUpload(connection_reset=True)
        return raw_data

    def file_complete(self, file_size):
        return None


class PassageInline(admin.TabularInline):
    model = Passage
    fields = ["order", "text"]
    readonly_fields = ["order", "text"]
    extra = 0
    can_delete = False
    show_change_link = True


class UploadForm(forms.Form):
    file = forms.FileField(
        help_text="A saved web page (.html), a feed (RSS or Atom), an article dump (JSON Lines or CSV with a "
        "'text' column) or a text capture of a page, in any encoding."
    )
    outlet = forms.CharField(max_length=200, required=False)
    title = forms.CharField(max_length=500, required=False, help_text="Left empty: the page's own title.")
    url = forms.URLField(required=False, assume_scheme="https")
    published = forms.DateField(
        required=False,
        help_text="Left empty: the page's or feed's own date; failing that, inferred from the text and flagged "
        "for review in the review queue.",
    )
    captured = forms.DateField(
        required=False, help_text="The day the page was saved; dates the 'N hours ago' pieces appended below it."
    )

    topics = forms.CharField(
        max_length=500, required=False,
        help_text="Topics for every event of this upload, separated by commas (created when new).",
    )



@admin.register(Source)
class SourceAdmin(VersionedAdmin):
    list_display = ["title", "outlet", "published_on", "date_origin", "kind", "file_name", "position"]
    list_filter = ["date_origin", "kind", "labels", "outlet"]
    search_fields = ["title", "outlet", "author", "url", "file_name", "text"]
    date_hierarchy = "published_on"
    fields = ["title", "outlet", "author", "language", "url", "published_on", "published_at", "published_offset",
              "date_origin", "version", "labels", "kind", "file_name", "position", "parent", "age_label"]
    # Labels are given at import and copied onto the events then; tag events themselves to change theirs.
    readonly_fields = ["published_at", "published_offset", "date_origin", "labels", "kind", "file_name", "position",
                       "parent", "age_label"]
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

    @csrf_exempt
    def upload_view(self, request):
        # The size limit must be in place before anything reads the body, the CSRF check included.
        request.upload_handlers.insert(0, SizeLimitHandler(request, settings.MAX_UPLOAD_BYTES))
        return csrf_protect(self.upload_form)(request)

    def upload_form(self, request):
        if not self.has_add_permission(request):
            raise PermissionDenied
        form, problem = UploadForm(), ""
        if request.method == "POST":
            declared = request.META.get("CONTENT_LENGTH", "")
            if declared.isascii() and declared.isdigit() and int(declared) > settings.MAX_UPLOAD_BYTES + FORM_BYTES:
                problem = TOO_LARGE
            else:
                form = UploadForm(request.POST, request.FILES)
                if getattr(request, "upload_too_large", False):
                    form, problem = UploadForm(), TOO_LARGE
                elif form.is_valid():
                    report = self.import_upload(form.cleaned_data)
                    if not report.failed:
                        return self.upload_done(request, report)
                    for item in report.failed:
                        form.add_error("file", f"{item.origin}: {item.error}.")
                    rest = "The other items were imported." if report.changed else "Nothing was imported."
                    form.add_error("file", rest)
        context = {**self.admin_site.each_context(request), "opts": self.opts, "form": form,
                   "problem": problem.format(limit=settings.MAX_UPLOAD_BYTES),
                   "title": "Upload articles"}
        return TemplateResponse(request, "admin/timeline/source/upload.html", context)

    def import_upload(self, data):
        given = {key: data[key] for key in ("title", "outlet", "url", "published", "captured")}
        topics = [name.strip() for name in data["topics"].split(",") if name.strip()]
        return editing.ingest_upload(data["file"].name, data["file"].read(), given, topics)

    def upload_done(self, request, report):
        self.message_user(request, report.summary().replace("\n", "; "))
        changed = [item for item in report.items if item.outcome in ("new", "updated")]
        if not changed:
            self.message_user(request, "Everything uploaded was already imported with this content; nothing changed.")
            return redirect("admin:timeline_source_changelist")
        inferred = [item.source for item in changed if item.source.date_origin == Source.DateOrigin.INFERRED]
        for source in inferred[:5]:
            self.message_user(
                request,
                f"“{source}” gives no publication date: {source.published_on:%d %b %Y} was inferred from the text. "
                "Check it; its events are at the top of the review queue.",
                messages.WARNING,
            )
        if len(changed) == 1:
            return redirect("admin:timeline_source_change", changed[0].source.pk)
        return redirect("admin:timeline_source_changelist")


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
