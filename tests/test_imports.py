"""Importing what people really have: pages, feeds, dumps and URLs, through the command, the admin and re-imports."""

import datetime
import http.server
import json
import re
import threading

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db.models import Q

from timeline.ingest import ingest_paths
from timeline.ingest import store as ingest_store
from timeline.ingest.progress import Progress
from timeline.models import Event, Source, Topic

D = datetime.date

PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Port strike ends | Harbour News</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "Port strike ends after nine days", "datePublished": "2024-03-08T22:30:00-05:00",
"author": {"@type": "Person", "name": "Ana Ruiz"}}</script></head>
<body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<article><h1>Port strike ends after nine days</h1>
<p>Dockworkers voted on Thursday to end the strike that had closed the harbour since February 28.</p>
<p>Shipping lines said the first container vessels would berth again on March 11, after a backlog is cleared.</p>
<p>The union and the port authority will meet again in June to settle the remaining pay claims of the crews.</p>
</article><footer>Subscribe to our newsletter. Cookie settings.</footer></body></html>"""

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Valley Wire</title>
<link>https://wire.example/</link><description>News</description>
<item><title>Dam inspection finds cracks</title><link>https://wire.example/dam?utm_source=rss</link>
<pubDate>Tue, 04 Jun 2024 09:15:00 +0200</pubDate>
<content:encoded><![CDATA[<p>Engineers found cracks in the north dam on Monday, the agency said.</p>
<p>Repairs are due to start on July 1 and last until September.</p>]]></content:encoded></item>
<item><title>Bridge reopens</title><link>https://wire.example/bridge</link>
<pubDate>Wed, 05 Jun 2024 07:00:00 +0200</pubDate>
<description>The old bridge reopened to traffic on Wednesday after a repair that began on 2 April 2024.</description>
</item></channel></rss>"""


def dump_lines(*articles):
    return "\n".join(json.dumps(article) for article in articles) + "\n"


def quiet(_line):
    pass


@pytest.fixture
def inbox(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "strike.html").write_text(PAGE, encoding="utf-8")
    (folder / "wire.xml").write_text(FEED, encoding="utf-8")
    (folder / "archive.jsonl").write_text(dump_lines(
        {"headline": None, "body": "Voters in Lakeside approved the new school levy on May 7, 2024, officials said. "
         "Work starts next year.", "pubDate": "2024-05-08T01:30:00+00:00", "source": "Lakeside Times"},
        {"headline": "Mill closes", "body": "The paper mill closed on 3 January 2023 after 80 years.",
         "pubDate": "2023-01-04", "source": "Mill Gazette"},
    ))
    (folder / "NOTES.TXT").write_text("Council notes\n\nThe council met on 12 February 2024 to approve the budget.\n")
    return folder


def ingest_inbox(inbox, **options):
    return ingest_paths([inbox], progress=quiet, options=FIELDS, **options)


FIELDS = __import__("timeline.readers", fromlist=["ReadOptions"]).ReadOptions(
    fields=(("title", "headline"), ("text", "body"), ("published", "pubDate"), ("outlet", "source"))
)


def test_a_folder_mixing_every_kind_imports_each_with_its_date_and_how_it_is_known(db, inbox):
    report = ingest_inbox(inbox)

    assert not report.failed
    page = Source.objects.get(kind="page")
    # 22:30 in New York on 8 March is 9 March in UTC: the outlet's own day is kept, with its time and offset.
    assert (page.title, page.author, page.published_on, page.date_origin) == (
        "Port strike ends after nine days", "Ana Ruiz", D(2024, 3, 8), "page")
    assert page.published_offset == "-05:00"
    assert "Subscribe" not in page.text and "Sport" not in page.text
    feed_items = Source.objects.filter(kind="feed").order_by("published_on")
    assert [(s.title, s.outlet, s.published_on, s.date_origin) for s in feed_items] == [
        ("Dam inspection finds cracks", "Valley Wire", D(2024, 6, 4), "feed"),
        ("Bridge reopens", "Valley Wire", D(2024, 6, 5), "feed"),
    ]
    assert feed_items[0].url == "https://wire.example/dam"
    dam = Event.objects.get(passage__source=feed_items[0], timex__contains="Monday")
    assert dam.date_start == D(2024, 6, 3)
    levy = Source.objects.get(outlet="Lakeside Times")
    assert levy.title == "Voters in Lakeside approved the new school levy on May 7, 2024, officials said."
    assert (levy.published_on, levy.date_origin, levy.kind) == (D(2024, 5, 8), "dump", "dump")
    notes = Source.objects.get(file_name="NOTES.TXT")
    assert (notes.published_on, notes.date_origin) == (D(2024, 2, 12), "inferred")
    assert report.summary().splitlines()[:4] == [
        "text captures: 1 new, 0 updated, 0 unchanged, 0 failed",
        "pages: 1 new, 0 updated, 0 unchanged, 0 failed",
        "feed items: 2 new, 0 updated, 0 unchanged, 0 failed",
        "dump articles: 2 new, 0 updated, 0 unchanged, 0 failed",
    ]


def test_reimporting_adds_nothing_and_keeps_corrections(db, inbox):
    ingest_inbox(inbox)
    event = Event.objects.get(passage__source__kind="feed", timex__contains="Monday")
    event.date_start = event.date_end = D(2024, 6, 2)
    event.status = Event.Status.CORRECTED
    event.save()
    counts = Source.objects.count(), Event.objects.count()

    report = ingest_inbox(inbox)

    assert {item.outcome for item in report.items} == {"unchanged"}
    assert (Source.objects.count(), Event.objects.count()) == counts
    event.refresh_from_db()
    assert (event.status, event.date_start) == (Event.Status.CORRECTED, D(2024, 6, 2))


def test_the_same_article_under_another_link_or_file_is_recognised(db, tmp_path, inbox):
    ingest_inbox(inbox)
    again = tmp_path / "again.rss"
    again.write_text(FEED.replace("?utm_source=rss", "#comments").replace("Valley Wire", "Valley Wire (mirror)"))

    report = ingest_paths([again], progress=quiet)

    assert [item.outcome for item in report.items] == ["updated", "updated"]
    assert Source.objects.filter(kind="feed").count() == 2


def test_a_different_article_under_a_used_file_name_is_a_new_source(db, tmp_path):
    first = tmp_path / "a" / "story.txt"
    first.parent.mkdir()
    first.write_text("Harbour talks\n\nThe harbour board met on 2 May 2024 to discuss dredging.\n")
    ingest_paths([first], progress=quiet)
    original = Source.objects.get(file_name="story.txt")
    second = tmp_path / "b" / "story.txt"
    second.parent.mkdir()
    second.write_text("Election day\n\nCounting began on 4 July 2024 across the county.\n")

    ingest_paths([second], progress=quiet)

    assert Source.objects.filter(file_name="story.txt").count() == 2
    original.refresh_from_db()
    assert original.title == "Harbour talks"
    assert Event.objects.filter(passage__source=original, date_start=D(2024, 5, 2)).exists()


def test_a_bad_manifest_entry_is_reported_and_the_rest_imports(db, tmp_path):
    (tmp_path / "manifest.toml").write_text(
        '["good.txt"]\ntitle = "Good"\npublished = 2024-05-01\n\n["bad.txt"]\ntitle = "Bad"\npublished = 2024-13-45\n'
    )
    (tmp_path / "good.txt").write_text("Talks were held on 30 April in Geneva.\n")
    (tmp_path / "bad.txt").write_text("Talks were held on 30 April in Bern.\n")

    report = ingest_paths([tmp_path], progress=quiet)

    assert [item.origin.endswith("manifest.toml:5") for item in report.failed] == [True]
    assert "manifest entry skipped" in report.failed[0].error
    assert Source.objects.get(file_name="good.txt").published_on == D(2024, 5, 1)
    assert not Source.objects.filter(file_name="bad.txt").exists()


@pytest.mark.parametrize("given", ["empty folder", "missing.txt"])
def test_a_path_with_nothing_to_import_is_an_error(db, tmp_path, given):
    path = tmp_path / given
    if given == "empty folder":
        path.mkdir()
    with pytest.raises(CommandError, match="1 item"):
        call_command("ingest", str(path), "--jobs", "1")


def test_a_file_over_the_size_limit_is_refused(db, tmp_path, capsys):
    (tmp_path / "huge.txt").write_text("The budget passed on 3 March 2024.\n" * 100)
    with pytest.raises(CommandError):
        call_command("ingest", str(tmp_path), "--jobs", "1", "--max-bytes", "1000")
    assert "over the limit of 1,000" in capsys.readouterr().out
    assert not Source.objects.filter(file_name="huge.txt").exists()


def test_dump_fields_are_mapped_from_the_command_line(db, tmp_path):
    dump = tmp_path / "export.jsonl"
    dump.write_text(dump_lines({"story": "The ferry sank on 9 August 2022.", "when": "2022-08-10"}, ["a list"]))
    with pytest.raises(CommandError):
        call_command("ingest", str(dump), "--jobs", "1", "--field", "text=story", "--field", "published=when")
    source = Source.objects.get(file_name="export.jsonl:1")
    assert (source.published_on, source.date_origin) == (D(2022, 8, 10), "dump")
    assert source.title == "The ferry sank on 9 August 2022."


def test_topics_given_at_import_label_every_event_and_survive_a_reimport(db, inbox, tmp_path):
    ingest_inbox(inbox, topics=["Harbour strikes"])
    topic = Topic.objects.get(slug="harbour-strikes")
    assert topic.name == "Harbour strikes"
    imported = Event.objects.filter(
        Q(passage__source__kind__in=["page", "feed", "dump"]) | Q(passage__source__file_name="NOTES.TXT")
    )
    assert imported.exists() and not imported.exclude(topics=topic).exists()
    page = Source.objects.get(kind="page")
    page.published_on = D(2024, 3, 7)
    from timeline import editing

    editing.redate_source(page, D(2024, 3, 7), page.version)
    assert all(topic in e.topics.all() for e in Event.objects.filter(passage__source=page))


def test_both_cores_give_the_same_events_as_one(db, inbox, tmp_path):
    ingest_inbox(inbox, jobs=1)
    one = sorted(Event.objects.values_list("text", "date_start", "date_end", "precision"))
    Source.objects.filter(kind__in=["page", "feed", "dump"]).delete()
    Source.objects.filter(file_name="NOTES.TXT").delete()

    ingest_inbox(inbox, jobs=2)

    assert sorted(Event.objects.values_list("text", "date_start", "date_end", "precision")) == one


def test_an_interrupted_import_leaves_only_whole_articles(db, tmp_path, monkeypatch):
    dump = tmp_path / "many.jsonl"
    dump.write_text(dump_lines(*(
        {"text": f"Item {n}: the county fair opened on 3 June 2024.", "url": f"https://x.example/{n}"}
        for n in range(60)
    )))
    real, calls = ingest_store.create_articles, []

    def crash_on_second_batch(batch, labels):
        calls.append(len(batch))
        created = real(batch, labels)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return created

    monkeypatch.setattr(ingest_store, "create_articles", crash_on_second_batch)
    with pytest.raises(KeyboardInterrupt):
        ingest_paths([dump], progress=quiet)

    stored = Source.objects.filter(url__startswith="https://x.example/")
    assert stored.count() == calls[0] == 25
    assert all(source.passages.count() == 1 and Event.objects.filter(passage__source=source).count() == 1
               for source in stored)


class Pages(http.server.BaseHTTPRequestHandler):
    routes = {}

    def do_GET(self):
        status, kind, body = self.routes.get(self.path, (404, "text/plain", b"not here"))
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def site():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_a_page_and_a_feed_are_imported_from_urls(db, site, capsys):
    Pages.routes = {
        "/strike": (200, "text/html; charset=utf-8", PAGE.encode()),
        "/feed.xml": (200, "application/rss+xml", FEED.encode()),
    }
    with pytest.raises(CommandError, match="1 item"):
        call_command("ingest", f"{site}/strike", f"{site}/feed.xml", f"{site}/gone", "--jobs", "1")
    assert "404" in capsys.readouterr().out
    assert Source.objects.get(kind="page").published_on == D(2024, 3, 8)
    assert Source.objects.filter(kind="feed").count() == 2


def test_admin_upload_of_a_page_and_of_a_feed(editor_client):
    page = SimpleUploadedFile("strike.html", PAGE.encode(), content_type="text/html")
    response = editor_client.post("/admin/timeline/source/upload/", {"file": page, "topics": "Ports"})
    source = Source.objects.get(kind="page")
    assert response.status_code == 302 and response.url.endswith(f"/source/{source.pk}/change/")
    assert Event.objects.filter(passage__source=source, topics__slug="ports").exists()
    feed = SimpleUploadedFile("wire.rss", FEED.encode(), content_type="application/rss+xml")
    response = editor_client.post("/admin/timeline/source/upload/", {"file": feed})
    assert response.status_code == 302 and Source.objects.filter(kind="feed").count() == 2


def test_admin_upload_over_the_limit_is_refused_before_it_is_read(editor_client, settings):
    settings.MAX_UPLOAD_BYTES = 1000
    counts = Source.objects.count()
    big = SimpleUploadedFile("big.txt", b"The dam opened on 3 May 2024.\n" * 2000, content_type="text/plain")
    response = editor_client.post("/admin/timeline/source/upload/", {"file": big})
    assert response.status_code == 200
    assert "larger than 1,000 bytes" in response.content.decode()
    assert Source.objects.count() == counts


def test_the_site_is_named_from_settings(db, client, settings):
    settings.SITE_NAME, settings.SITE_DESCRIPTION = "Harbour watch", "Dated events about the harbour."
    html = client.get("/").content.decode()
    assert "<title>Timeline · Harbour watch</title>" in html
    # Link previews say what the view holds, then what the site is.
    preview = r'<meta property="og:description" content="\d+ events, [^"]+\. Dated events about the harbour\.">'
    assert re.search(preview, html)


def test_progress_is_a_bar_on_a_terminal_and_occasional_lines_elsewhere():
    now = [0.0]
    lines, drawn = [], []
    bar = Progress(4, lines.append, drawn.append, clock=lambda: now[0])
    now[0] = 1.0
    bar.advance(2)
    now[0] = 2.0
    bar.advance(2)
    assert drawn == ["\r[############            ] 2/4 articles, 2.0/s, 0:01 left",
                     "\r[########################] 4/4 articles, 2.0/s, 0:00 left\n"]
    plain = Progress(100, lines.append, clock=lambda: now[0])
    now[0] = 5.0
    plain.advance(10)
    now[0] = 13.0
    plain.advance(10)
    assert lines == ["[#####                   ] 20/100 articles, 1.8/s, 0:44 left"]


def test_the_source_page_shows_the_outlets_own_time_and_how_the_date_is_known(db, client):
    source = Source.objects.create(
        file_name="x.html", kind="page", title="Port strike ends", outlet="Harbour News", author="Ana Ruiz",
        published_on=D(2024, 3, 8), published_at=datetime.datetime(2024, 3, 9, 3, 30, tzinfo=datetime.UTC),
        published_offset="-05:00", date_origin="page", text="Dockworkers voted.",
    )
    html = client.get(source.get_absolute_url()).content.decode()
    assert "by Ana Ruiz" in html
    assert '<time datetime="2024-03-08T22:30:00-05:00">8 March 2024, 22:30 (UTC-05:00)</time>' in html
    Source.objects.filter(pk=source.pk).update(date_origin="inferred", published_at=None)
    html = client.get(source.get_absolute_url()).content.decode()
    assert "Inferred from the text" in html and '<time datetime="2024-03-08">8 March 2024</time>' in html


def test_other_files_in_a_folder_are_one_problem_each_not_one_a_line(db, tmp_path):
    (tmp_path / "report.json").write_text(json.dumps({"feed": {"title": "x"}, "items": [1, 2, 3]}, indent=2))
    (tmp_path / "NOTES.md").write_text('# Notes\n\nPages start with <html lang="en">; talks were on 3 May 2024.\n')

    report = ingest_paths([tmp_path], progress=quiet)

    assert [(item.origin.rsplit("/", 1)[-1], "without a 'text' field" in item.error) for item in report.failed] == [
        ("report.json", True)]
    assert Source.objects.get(file_name="NOTES.md").kind == "text"


@pytest.mark.parametrize(("given", "slug", "name"), [("libya-war", "libya-war", "Libya war"), ("H1N1", "h1n1", "H1N1")])
def test_a_topic_given_by_slug_or_by_name_is_created_readably(db, given, slug, name):
    from timeline.ingest import label_topics

    assert [(t.slug, t.name) for t in label_topics([given])] == [(slug, name)]
