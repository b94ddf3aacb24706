from django.contrib import admin
from django.urls import path

from . import views

urlpatterns = [
    path("", views.timeline, name="timeline"),
    path("events.json", views.events_json, name="events_json"),
    path("events.csv", views.events_csv, name="events_csv"),
    path("key-dates.json", views.key_dates_json, name="key_dates_json"),
    path("events/<int:pk>/", views.event_detail, name="event_detail"),
    path("sources/<int:pk>/", views.source_detail, name="source_detail"),
    path("admin/", admin.site.urls),
]
