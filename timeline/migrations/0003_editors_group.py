from django.contrib.auth.management import create_permissions
from django.db import migrations

# Exactly what editing needs: correct, verify, reject, merge and add events, re-date and upload sources.
# No delete permission: an editor rejects an event (it stays in the database) rather than deleting it.
EDITOR_PERMISSIONS = [
    "view_event", "add_event", "change_event",
    "view_reviewitem", "change_reviewitem",
    "view_source", "add_source", "change_source",
    "view_passage", "view_topic", "view_actor",
]


def create_editors_group(apps, schema_editor):
    # Permissions are normally created after all migrations ran; this one needs them now.
    app_config = apps.get_app_config("timeline")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Editors")
    group.permissions.set(
        Permission.objects.filter(content_type__app_label="timeline", codename__in=EDITOR_PERMISSIONS)
    )


def remove_editors_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Editors").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("timeline", "0002_editor_workflow"),
    ]

    operations = [migrations.RunPython(create_editors_group, remove_editors_group)]
