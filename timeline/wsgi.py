import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "timeline.settings")
application = get_wsgi_application()

# Django, the apps and their modules are some 80,000 objects that live as long as the process. Left in the
# collector's care, every full collection walks them all: a view that makes many objects (a page of events,
# key dates) triggered collections of 50-400 ms each, most of a request's time at the 95th percentile
# (bench/timeline.py --cold). Frozen, the collector skips them; under gunicorn's --preload the workers
# also share their pages instead of copying them as the collector touches them.
gc.freeze()
