"""Saved HTML pages: article text without the chrome, metadata, and the publication date the page gives."""

import datetime

import pytest
from reader_samples import CHROME, HEADLINE, PARAGRAPHS, article_page

from timeline.readers import Article, DateOrigin, Kind, Problem
from timeline.readers.pages import read_page


def tz(hours, minutes=0):
    return datetime.timezone(datetime.timedelta(hours=hours, minutes=minutes))


def read_one(html, url="", encoding="utf-8"):
    records = list(read_page(html.encode(encoding) if isinstance(html, str) else html, "saved/page.html", url=url))
    assert len(records) == 1, records
    return records[0]


def json_ld(**fields):
    import json

    return f'<script type="application/ld+json">{json.dumps({"@context": "https://schema.org", **fields})}</script>'


def test_article_text_comes_without_menus_banners_related_links_or_comments():
    article = read_one(article_page())
    assert isinstance(article, Article)
    assert article.kind == Kind.PAGE
    for paragraph in PARAGRAPHS:
        assert paragraph in article.text
    for chrome in CHROME.values():
        assert chrome not in article.text
    assert "All rights reserved" not in article.text
    assert not article.text.startswith(HEADLINE)


def test_title_outlet_author_and_language_come_from_the_page():
    article = read_one(article_page(lang="en-GB"))
    assert article.title == HEADLINE
    assert article.outlet == "The Coastal Courier"
    assert article.author == "Ana Lima"
    assert article.language == "en"


def test_canonical_link_gives_the_url():
    article = read_one(article_page(head='<link rel="canonical" href="https://courier.example/news/bridge-reopens">'))
    assert article.url == "https://courier.example/news/bridge-reopens"


@pytest.mark.parametrize(
    ("head", "byline", "url", "published"),
    [
        pytest.param(json_ld(**{"@type": "NewsArticle", "headline": HEADLINE,
                                "datePublished": "2021-03-04T22:30:00-08:00",
                                "dateModified": "2021-03-06T10:00:00-08:00"}), "", "",
                     datetime.datetime(2021, 3, 4, 22, 30, tzinfo=tz(-8)), id="json-ld only, evening west of UTC"),
        pytest.param(json_ld(**{"@graph": [{"@type": "WebSite", "name": "Courier"},
                                           {"@type": "Article", "datePublished": "2016-05-09"}]}), "", "",
                     datetime.date(2016, 5, 9), id="json-ld @graph, day only"),
        pytest.param('<meta property="article:published_time" content="2019-11-02T01:15:00+09:00">', "", "",
                     datetime.datetime(2019, 11, 2, 1, 15, tzinfo=tz(9)), id="meta tag only, morning east of UTC"),
        pytest.param('<meta itemprop="datePublished" content="2018-02-11T09:00:00+05:30">', "", "",
                     datetime.datetime(2018, 2, 11, 9, 0, tzinfo=tz(5, 30)), id="itemprop meta"),
        pytest.param("", "", "https://courier.example/2018/07/15/storm-hits-the-coast/",
                     datetime.date(2018, 7, 15), id="URL only"),
        pytest.param('<link rel="canonical" href="https://courier.example/news/2017-12-24/market-closes">', "", "",
                     datetime.date(2017, 12, 24), id="canonical URL only"),
        pytest.param("", '<p class="byline">By Ana Lima, published March 3, 2017</p>', "",
                     datetime.date(2017, 3, 3), id="visible byline only"),
        pytest.param('<meta property="article:published_time" content="2020-06-01T02:00:00Z">', "",
                     "https://courier.example/2020/05/31/council-votes/", datetime.date(2020, 5, 31),
                     id="UTC timestamp after midnight, local day in the URL"),
        pytest.param('<meta property="article:published_time" content="2020-06-01T15:00:00Z">', "",
                     "https://courier.example/2018/03/09/council-votes/", datetime.date(2018, 3, 9),
                     id="republished page: the URL keeps the first day"),
        pytest.param('<meta property="article:published_time" content="2020-06-01T15:00:00+02:00">'
                     '<meta property="article:modified_time" content="2020-06-03T08:00:00+02:00">', "", "",
                     datetime.datetime(2020, 6, 1, 15, 0, tzinfo=tz(2)), id="updated later: the first publication"),
        pytest.param(json_ld(**{"@type": "NewsArticle", "datePublished": "Tue, Sep 15 2020 10:01:41 EDT"}), "", "",
                     datetime.datetime(2020, 9, 15, 10, 1, 41, tzinfo=tz(-4)), id="json-ld in words with a zone"),
    ],
)
def test_publication_date_comes_from_the_page(head, byline, url, published):
    article = read_one(article_page(head=head, byline=byline), url=url)
    assert article.published == published
    assert type(article.published) is type(published)
    assert article.date_origin == DateOrigin.PAGE


@pytest.mark.parametrize(
    ("stamp", "local_day", "utc_day"),
    [
        ("2021-01-01T23:30:00-05:00", datetime.date(2021, 1, 1), datetime.date(2021, 1, 2)),
        ("2021-01-01T06:30:00+10:00", datetime.date(2021, 1, 1), datetime.date(2020, 12, 31)),
    ],
)
def test_a_timestamp_keeps_the_outlets_zone_so_the_day_is_the_outlets(stamp, local_day, utc_day):
    article = read_one(article_page(head=f'<meta property="article:published_time" content="{stamp}">'))
    assert article.published_day == local_day
    assert article.published.astimezone(datetime.UTC).date() == utc_day
    assert article.published == datetime.datetime.fromisoformat(stamp)


def test_a_home_page_without_a_date_gets_none_not_a_copyright_year():
    teasers = [
        "Our reporters cover the harbour, the council and the clubs of the coast every day of the week.",
        "Read the latest from the courts, the schools and the hospitals, with photographs from our team.",
        "Letters from readers are welcome and may be shortened; write to the editor at the address below.",
    ]
    article = read_one(article_page(headline="The Coastal Courier: news from the coast", paragraphs=teasers))
    assert isinstance(article, Article)
    assert article.published is None
    assert article.date_origin is None


@pytest.mark.parametrize(
    ("encoding", "charset"),
    [("cp1252", "windows-1252"), ("latin-1", "iso-8859-1"), ("cp1252", ""), ("utf-8", ""), ("utf-16", "")],
)
def test_any_encoding_declared_or_not(encoding, charset):
    words = "Caf\u00e9 owners and the \u00e9quipe of the cr\u00e8che welcomed the reopening of the bridge."
    html = article_page(charset=charset, paragraphs=(*PARAGRAPHS, words))
    article = read_one(html.encode(encoding, errors="xmlcharrefreplace"))
    assert words in article.text


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty"), (b"<html><head></head><body><nav><a href='/'>Home</a></nav></body></html>", "no article text")],
)
def test_unreadable_pages_are_problems_with_a_reason(data, reason):
    problem = read_one(data)
    assert isinstance(problem, Problem)
    assert problem.origin == "saved/page.html"
    assert reason in problem.reason


def test_a_dangling_related_heading_at_the_end_of_the_article_is_dropped():
    article = read_one(article_page(paragraphs=(*PARAGRAPHS, "Related stories")))
    assert article.text == "\n".join(PARAGRAPHS)


def test_a_photo_page_with_no_body_text_falls_back_to_its_description():
    description = "The harbour bridge seen from the ferry on the morning it reopened to traffic after repairs."
    html = article_page(head=f'<meta name="description" content="{description}">', paragraphs=("Photo: A. Lima",))
    article = read_one(html)
    assert article.text == description
