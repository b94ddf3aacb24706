"""URLs, served by a loopback HTTP server: pages, feeds whose items are fetched, redirects and every failure."""

import datetime
import http.server
import threading
import time

import pytest
from reader_samples import PARAGRAPHS, article_page

from timeline.readers import Article, Kind, Problem, ReadOptions, read_paths, read_url
from timeline.readers.web import USER_AGENT, FetchError, fetch, normalise_url

OPTIONS = ReadOptions(fetch_timeout=0.5, max_bytes=200_000)
STAMP = '<meta property="article:published_time" content="2021-03-02T23:40:00-05:00">'


def feed(base):
    items = "".join(
        f"<item><title>Story {n}</title><link>{base}/item/{n}</link><description>Short.</description>"
        f"<pubDate>Wed, 0{n} Mar 2021 08:00:00 +0100</pubDate></item>"
        for n in (1, 2)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Courier</title>{items}</channel></rss>'


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send(self, status, body=b"", content_type="text/html; charset=utf-8", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        for name, value in headers:
            self.send_header(name, value)
        if not any(name == "Content-Length" for name, _ in headers):
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # noqa: N802 (http.server's name)
        self.server.seen.append((self.path, self.headers.get("User-Agent")))
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        path = self.path
        if path == "/page" or path.startswith("/item/"):
            self.send(200, article_page(head=STAMP).encode("utf-8"))
        elif path == "/feed":
            self.send(200, feed(base).encode("utf-8"), "application/rss+xml")
        elif path == "/redirect":
            self.send(302, headers=[("Location", "/page")])
        elif path.startswith("/hops/"):
            left = int(path.rsplit("/", 1)[1])
            self.send(302, headers=[("Location", f"/hops/{left - 1}" if left else "/page")])
        elif path == "/loop":
            self.send(301, headers=[("Location", "/loop")])
        elif path == "/to-file":
            self.send(302, headers=[("Location", "file:///etc/passwd")])
        elif path == "/missing":
            self.send(404, b"<h1>Not here</h1>")
        elif path == "/broken":
            self.send(500, b"<h1>Oops</h1>")
        elif path == "/slow":
            time.sleep(2)
            self.send(200, article_page().encode("utf-8"))
        elif path == "/announced-huge":
            self.send(200, b"<html>", headers=[("Content-Length", str(2_000_000_000))])
        elif path == "/endless":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.stream(b"<p>" + b"x" * 65_000 + b"</p>", pause=0)
        elif path == "/trickle":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.stream(b"<p>a</p>", pause=0.2)
        else:
            self.send(404)

    def stream(self, chunk, pause):
        try:
            for _ in range(40_000):  # 2.6 GB at most, were nobody to hang up
                self.wfile.write(chunk)
                self.server.streamed += len(chunk)
                time.sleep(pause)
        except (BrokenPipeError, ConnectionResetError):
            pass


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    httpd.seen, httpd.streamed = [], 0
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def base(server):
    server.seen.clear()
    return f"http://127.0.0.1:{server.server_address[1]}"


def test_a_page_url_is_fetched_with_a_clear_user_agent_and_read_as_a_page(server, base):
    (article,) = read_url(f"{base}/page", OPTIONS)
    assert article.kind == Kind.PAGE
    assert article.text == "\n".join(PARAGRAPHS)
    assert article.url == f"{base}/page"
    assert article.published_day == datetime.date(2021, 3, 2)
    assert server.seen == [("/page", USER_AGENT)]


def test_a_feed_url_gives_its_items_with_their_pages_fetched(server, base):
    articles = list(read_paths([f"{base}/feed"], OPTIONS))
    assert [(a.kind, a.title, a.url) for a in articles] == [
        (Kind.FEED, "Story 1", f"{base}/item/1"), (Kind.FEED, "Story 2", f"{base}/item/2"),
    ]
    assert all(a.text == "\n".join(PARAGRAPHS) for a in articles)
    # Dated by the item, not by the fetched page.
    assert [a.published_day for a in articles] == [datetime.date(2021, 3, 1), datetime.date(2021, 3, 2)]
    assert [path for path, _ in server.seen] == ["/feed", "/item/1", "/item/2"]


@pytest.mark.parametrize("path", ["/redirect", "/hops/4"])
def test_redirects_are_followed_and_the_final_url_kept(base, path):
    (article,) = read_url(f"{base}{path}", OPTIONS)
    assert isinstance(article, Article)
    assert article.url == f"{base}/page"


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/missing", "HTTP 404 Not Found"),
        ("/broken", "HTTP 500 Internal Server Error"),
        ("/loop", "redirect"),
        ("/hops/9", "more than 5 redirects"),
        ("/to-file", "redirected to 'file:///etc/passwd', which is not fetched"),
        ("/slow", "timed out"),
        ("/announced-huge", "too large (2,000,000,000 bytes announced"),
        ("/endless", "too large (over 200,000 bytes read"),
        ("/trickle", "timed out"),
    ],
)
def test_failures_are_problems_with_the_url_and_a_clear_reason(base, path, reason):
    started = time.monotonic()
    (problem,) = read_url(f"{base}{path}", OPTIONS)
    assert isinstance(problem, Problem)
    assert problem.origin == f"{base}{path}"
    assert reason in problem.reason
    assert time.monotonic() - started < 5


def test_an_endless_body_is_not_read_whole(server, base):
    server.streamed = 0
    with pytest.raises(FetchError):
        fetch(f"{base}/endless", OPTIONS)
    time.sleep(0.2)
    assert server.streamed < 50_000_000  # the server would have sent 2.6 GB


@pytest.mark.parametrize(
    "url",
    ["ftp://127.0.0.1/file", "file:///etc/passwd", "javascript:alert(1)", "http://", "https:///path", "//x.org/a"],
)
def test_only_http_urls_with_a_host_are_fetched(url):
    with pytest.raises(FetchError, match="not an http"):
        fetch(url, OPTIONS)


@pytest.mark.parametrize(
    ("url", "normal"),
    [
        ("https://www.Example.COM:443/news/a?utm_source=x&id=3&fbclid=abc#comments",
         "https://www.example.com/news/a?id=3"),
        ("HTTP://Example.com:80/a/c?b=2&a=1", "http://example.com/a/c?a=1&b=2"),
        ("  https://example.com/story  ", "https://example.com/story"),
        ("https://example.com/story?utm_campaign=feed", "https://example.com/story"),
        ("ftp://example.com/file", ""),
        ("not a url", ""),
        ("", ""),
        ("http://", ""),
        ("javascript:alert(1)", ""),
    ],
)
def test_normalise_url_gives_one_spelling_per_article(url, normal):
    assert normalise_url(url) == normal
