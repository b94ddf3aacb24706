from django.apps import AppConfig
from django.db.models.signals import post_migrate


class TimelineConfig(AppConfig):
    name = "timeline"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .caching import install_generation_triggers

        post_migrate.connect(install_generation_triggers, sender=self)
