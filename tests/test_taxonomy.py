from django.conf import settings
from django.core.management import call_command

from timeline.models import Actor, Topic

FIXTURE = settings.BASE_DIR / "fixtures" / "taxonomy.json"


def test_loading_the_taxonomy_again_keeps_editors_changes_and_adds_what_is_missing(db, capsys):
    tariffs = Topic.objects.get(slug="tariffs")
    tariffs.aliases = "tariff\nduties\nlevy"
    tariffs.save()
    Actor.objects.get(slug="asml").delete()
    topics = Topic.objects.count()

    call_command("load_taxonomy")

    assert "1 topics and actors added" in capsys.readouterr().out
    assert Topic.objects.get(slug="tariffs").aliases == "tariff\nduties\nlevy"
    assert Actor.objects.filter(slug="asml", name="ASML").exists()
    assert Topic.objects.count() == topics
