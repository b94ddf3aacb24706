import pytest
from django.conf import settings
from django.core.management import call_command

from timeline.ingest import ingest_paths


def quiet(_message):
    pass


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every database test starts from the taxonomy and the ingested seeds, built once per run."""
    with django_db_blocker.unblock():
        call_command("loaddata", "taxonomy", verbosity=0)
        ingest_paths([settings.SEEDS_DIR], progress=quiet)


@pytest.fixture(autouse=True)
def fresh_summaries():
    """Tests change events behind the app's back (no write request), so each starts with no cached counts."""
    from django.core.cache import cache

    cache.clear()
