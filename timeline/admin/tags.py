"""Topics and actors, the taxonomy editors keep."""


from django.contrib import admin

from ..models import Actor, Topic


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
