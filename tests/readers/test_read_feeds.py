"""Feeds: RSS 2.0, RSS 1.0 and Atom, one article per item dated by the item, text as full as the feed allows."""

import datetime

import pytest
from reader_samples import PARAGRAPHS, article_page

from timeline.readers import Article, DateOrigin, Kind, Problem
from timeline.readers.feeds import read_feed
from timeline.readers.web import Fetched, FetchError


def tz(hours):
    return datetime.timezone(datetime.timedelta(hours=hours))


RSS2 = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>The Coastal Courier</title><link>https://courier.example/</link><language>en-gb</language>
<item><title>Bridge reopens</title><link>https://courier.example/news/bridge</link>
<dc:creator>Ana Lima</dc:creator>
<pubDate>Tue, 02 Mar 2021 23:40:00 -0500</pubDate>
<description>The bridge is open again.</description>
<content:encoded><![CDATA[<p>The harbour bridge reopened on Tuesday after two years of repairs.</p>
<p>Engineers replaced <b>three</b> steel supports.<br>The cost was 48 million euros.</p>
<script>track()</script>]]></content:encoded></item>
<item><title>Ferry timetable changes</title><link>https://courier.example/news/ferry</link>
<pubDate>Wed, 03 Mar 2021 08:00:00 GMT</pubDate>
<description><![CDATA[<p>The winter timetable ends on Sunday.</p>]]></description></item>
<item><title>Harbour festival announced</title><link>https://courier.example/news/festival</link></item>
</channel></rss>"""

RSS1 = """<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://journal.example/"><title>Journal of Coasts</title><link>https://journal.example/</link>
<description>Research news</description></channel>
<item rdf:about="https://journal.example/a1"><title>Sand moves north</title><link>https://journal.example/a1</link>
<description>Dunes on the northern shore moved four metres in a year.</description>
<dc:date>2017-06-15T10:29:47-07:00</dc:date><dc:creator>Okafor, C.</dc:creator></item>
<item rdf:about="https://journal.example/a2"><title>Seagrass returns</title><link>https://journal.example/a2</link>
<description></description><dc:date>2017-06-16T09:00:00-07:00</dc:date></item>
</rdf:RDF>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de"><title>Hafen Nachrichten</title>
<link href="https://hafen.example/"/><updated>2016-02-02T10:00:00+01:00</updated><id>urn:hafen</id>
<entry><title>Neue Br\u00fccke er\u00f6ffnet</title><link href="https://hafen.example/bruecke"/><id>urn:1</id>
<published>2016-02-01T00:22:00+01:00</published><updated>2016-02-02T09:00:00+01:00</updated>
<summary>Kurz: die Br\u00fccke ist offen.</summary>
<content type="html">&lt;p&gt;Die Hafenbr\u00fccke wurde am Montag nach zwei Jahren wieder
ge\u00f6ffnet.&lt;/p&gt;</content>
<author><name>Jonas Weber</name></author></entry>
</feed>"""

PORTUGUESE = """<rss version="2.0"><channel><title>Not\u00edcias do Porto</title><link>https://porto.example/</link>
<item><title>Pra\u00e7a reaberta ap\u00f3s obras</title><link>https://porto.example/praca</link>
<pubDate>Seg, 24 Set 2018 19:42:40 -0300</pubDate><description>A pra\u00e7a foi reaberta na segunda-feira.</description>
</item>
<item><title>Elei\u00e7\u00e3o municipal: debate adiado</title><link>https://porto.example/debate</link>
<pubDate>S\u00e1b, 06 Out 2018 23:15:00 -0300</pubDate><description>O debate foi adiado para ter\u00e7a.</description>
</item>
<item><title>Feira do livro em dezembro</title><link>https://porto.example/feira</link>
<pubDate>Qui, 01 Fev 2018 07:05:00 -0200</pubDate><description>A feira volta em dezembro.</description>
</item>
</channel></rss>"""


def read(feed, fetch=None):
    data = feed.encode("utf-8") if isinstance(feed, str) else feed
    return list(read_feed(data, "feeds/courier.rss", fetch=fetch))


def test_rss2_items_become_articles_dated_in_their_own_offset():
    first, second, third = read(RSS2)
    assert all(isinstance(a, Article) and a.kind == Kind.FEED for a in (first, second, third))
    assert (first.title, first.author) == ("Bridge reopens", "Ana Lima")
    assert first.url == "https://courier.example/news/bridge"
    assert first.outlet == "The Coastal Courier"
    assert first.language == "en-gb"
    assert first.published == datetime.datetime(2021, 3, 2, 23, 40, tzinfo=tz(-5))
    assert first.published_day == datetime.date(2021, 3, 2)  # 3 March in UTC
    assert first.date_origin == DateOrigin.FEED
    assert second.published == datetime.datetime(2021, 3, 3, 8, 0, tzinfo=datetime.UTC)
    assert third.published is None and third.date_origin is None
    assert first.origin == "feeds/courier.rss item 1"


def test_full_text_comes_from_content_encoded_one_paragraph_a_line():
    first, second, third = read(RSS2)
    assert first.text == ("The harbour bridge reopened on Tuesday after two years of repairs.\n"
                          "Engineers replaced three steel supports.\nThe cost was 48 million euros.")
    assert second.text == "The winter timetable ends on Sunday."  # the summary, markup gone
    assert third.text == "Harbour festival announced"  # nothing but a title: the title


def test_rss1_items_with_dublin_core_dates():
    first, second = read(RSS1)
    assert (first.title, first.url, first.author) == ("Sand moves north", "https://journal.example/a1", "Okafor, C.")
    assert first.text == "Dunes on the northern shore moved four metres in a year."
    assert first.published == datetime.datetime(2017, 6, 15, 10, 29, 47, tzinfo=tz(-7))
    assert second.text == "Seagrass returns"
    assert first.outlet == "Journal of Coasts"


def test_atom_entries_take_content_over_summary_and_published_over_updated():
    (entry,) = read(ATOM)
    assert entry.title == "Neue Br\u00fccke er\u00f6ffnet"
    assert entry.url == "https://hafen.example/bruecke"
    assert entry.text == "Die Hafenbr\u00fccke wurde am Montag nach zwei Jahren wieder ge\u00f6ffnet."
    assert entry.published == datetime.datetime(2016, 2, 1, 0, 22, tzinfo=tz(1))
    assert entry.published_day == datetime.date(2016, 2, 1)  # 31 January in UTC
    assert entry.author == "Jonas Weber"


@pytest.mark.parametrize("encoding", ["utf-8", "latin-1"])
def test_portuguese_dates_are_read_in_a_feed_with_or_without_a_declaration(encoding):
    items = read(PORTUGUESE.encode(encoding))
    assert [a.published for a in items] == [
        datetime.datetime(2018, 9, 24, 19, 42, 40, tzinfo=tz(-3)),
        datetime.datetime(2018, 10, 6, 23, 15, tzinfo=tz(-3)),
        datetime.datetime(2018, 2, 1, 7, 5, tzinfo=tz(-2)),
    ]
    assert [a.title for a in items] == [
        "Pra\u00e7a reaberta ap\u00f3s obras", "Elei\u00e7\u00e3o municipal: debate adiado",
        "Feira do livro em dezembro",
    ]
    assert items[0].outlet == "Not\u00edcias do Porto"


def test_the_dateparser_handler_serves_feedparser_too():
    import feedparser

    parsed = feedparser.parse(PORTUGUESE.encode("utf-8"))
    assert tuple(parsed.entries[0].published_parsed[:6]) == (2018, 9, 24, 22, 42, 40)  # UTC, as feedparser keeps it


@pytest.mark.parametrize(
    ("feed", "where"),
    [
        (RSS2[: RSS2.index("<item><title>Ferry")] + "<item><title>Ferry timeta", "feeds/courier.rss:"),
        ("<rss version='2.0'><channel><title>x</title><item><title>a &amp b</titl></item>", "feeds/courier.rss:"),
        ("<?xml version='1.0'?><rss><channel></channel></rss>", "feeds/courier.rss"),
    ],
    ids=["truncated", "mismatched tag", "no items"],
)
def test_broken_feeds_are_reported_with_the_line(feed, where):
    records = read(feed)
    problems = [r for r in records if isinstance(r, Problem)]
    assert problems[0].origin.startswith(where)
    assert "well-formed" in problems[0].reason or "no items" in problems[0].reason
    # What the break cut off is reported too, never imported as an empty article.
    assert all(p.reason == "the item has no title and no text" for p in problems[1:])
    assert all(a.title and a.text for a in records if isinstance(a, Article))


def test_items_read_before_a_break_are_kept_and_the_break_reported():
    records = read(RSS2[: RSS2.index("<item><title>Ferry")] + "<item><title>Ferry timeta")
    assert [r.title for r in records if isinstance(r, Article)][0] == "Bridge reopens"
    problem = next(r for r in records if isinstance(r, Problem))
    assert problem.origin == "feeds/courier.rss:11"
    assert "kept" in problem.reason


def test_an_item_without_full_text_gets_its_page_when_the_feed_came_from_a_url():
    asked = []

    def fetch(url):
        asked.append(url)
        if url.endswith("/festival"):
            raise FetchError("HTTP 404 Not Found")
        return Fetched(url, article_page().encode("utf-8"), "text/html")

    first, second, third = read(RSS2, fetch=fetch)
    assert asked == ["https://courier.example/news/ferry", "https://courier.example/news/festival"]
    assert first.text.startswith("The harbour bridge reopened on Tuesday")  # content:encoded, nothing fetched
    assert second.text == "\n".join(PARAGRAPHS)  # the page, read as a page
    assert second.title == "Ferry timetable changes" and second.url == "https://courier.example/news/ferry"
    assert third.text == "Harbour festival announced"  # the page could not be fetched: what the feed has
