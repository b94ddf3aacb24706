"""Saves that refuse to overwrite an edit made since the editor opened the page."""


from django import forms
from django.contrib import messages
from django.http import HttpResponseRedirect
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from .. import editing


class VersionInput(forms.HiddenInput):
    """The version travels hidden with the page; in a changelist row it also shows, so its column is not blank."""

    def render(self, name, value, attrs=None, renderer=None):
        return format_html("{}{}", super().render(name, value, attrs, renderer), value or "")


class VersionedForm(forms.ModelForm):
    """Carries the version the page was loaded with, and refuses a save made from a page that is out of date."""

    version = forms.IntegerField(widget=VersionInput, min_value=1)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound and self.instance.pk:
            # A history "revert" page is built from an old copy; its save must count against today's version.
            current = type(self.instance)._default_manager.filter(pk=self.instance.pk).values_list("version", flat=True)
            self.initial["version"] = current.first() or self.instance.version

    def clean(self):
        cleaned = super().clean()
        # self.instance was read from the database by this request, so it holds the current version.
        if self.instance.pk and cleaned.get("version") not in (None, self.instance.version):
            raise forms.ValidationError(editing.conflict_message(self.instance), code="conflict")
        return cleaned


class VersionedAdmin(SimpleHistoryAdmin):
    form = VersionedForm

    def get_changelist_form(self, request, **kwargs):
        return super().get_changelist_form(request, form=VersionedForm, **kwargs)

    def save_versioned(self, request, obj, form):
        editing.save_versioned(obj, form.cleaned_data["version"])

    def save_model(self, request, obj, form, change):
        if change:
            self.save_versioned(request, obj, form)
        else:
            super().save_model(request, obj, form, change)

    # A conflict found only at save time (two saves racing past the form's check) ends here, rolled back.
    def changeform_view(self, request, *args, **kwargs):
        try:
            return super().changeform_view(request, *args, **kwargs)
        except editing.EditConflict as conflict:
            self.message_user(request, str(conflict), messages.ERROR)
            return HttpResponseRedirect(request.get_full_path())

    def changelist_view(self, request, *args, **kwargs):
        try:
            return super().changelist_view(request, *args, **kwargs)
        except editing.EditConflict as conflict:
            self.message_user(request, str(conflict), messages.ERROR)
            return HttpResponseRedirect(request.get_full_path())
