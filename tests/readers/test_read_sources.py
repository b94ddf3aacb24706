"""Formats told apart by content, whatever the file is called; text decoded whatever its encoding."""

import json

import pytest
from reader_samples import PARAGRAPHS, article_page

from timeline.readers import Article, Kind, Problem, read_bytes, read_paths
from timeline.readers.text import Unreadable, decode

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Courier</title>
<item><title>Bridge reopens</title><link>https://courier.example/bridge</link>
<description>The bridge reopened on Tuesday.</description><pubDate>Tue, 02 Mar 2021 10:00:00 GMT</pubDate></item>
</channel></rss>"""
ATOM = """<feed xmlns="http://www.w3.org/2005/Atom"><title>Courier</title><entry><title>Bridge reopens</title>
<link href="https://courier.example/bridge"/><updated>2021-03-02T10:00:00Z</updated>
<summary>The bridge reopened on Tuesday.</summary></entry></feed>"""
CAPTURE = "[Updated] The bridge reopened on Tuesday.\nEngineers had closed it two years ago."


@pytest.mark.parametrize(
    ("content", "name", "kind"),
    [
        (article_page(), "page.txt", Kind.PAGE),
        (article_page(), "page", Kind.PAGE),
        (FEED, "feed.xml", Kind.FEED),
        (FEED, "feed.html", Kind.FEED),
        (ATOM, "feed.txt", Kind.FEED),
        (json.dumps({"text": "The bridge reopened on Tuesday."}), "dump.txt", Kind.DUMP),
        (CAPTURE, "capture.txt", Kind.CAPTURE),
        (CAPTURE, "capture.html", Kind.CAPTURE),
        ("text,title\nThe bridge reopened on Tuesday.,Bridge\n", "dump.csv", Kind.DUMP),
    ],
)
def test_format_is_told_by_content_not_by_name(content, name, kind):
    records = list(read_bytes(content.encode("utf-8"), name, name=name))
    assert [type(r) for r in records] == [Article]
    assert records[0].kind == kind


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "utf-32"])
def test_utf16_and_other_unicode_encodings_are_detected(encoding):
    (page,) = read_bytes(article_page(charset="").encode(encoding), "page.html", name="page.html")
    assert page.kind == Kind.PAGE and PARAGRAPHS[2] in page.text
    (feed,) = read_bytes(FEED.replace('<?xml version="1.0"?>', "").encode(encoding), "feed.xml", name="feed.xml")
    assert feed.kind == Kind.FEED and feed.title == "Bridge reopens"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Der Pr\u00e4sident sagte am Dienstag, dass das Treffen verschoben wurde. Gr\u00fc\u00dfe!", "latin-1"),
        ("O presidente disse na ter\u00e7a-feira que a reuni\u00e3o foi adiada. A\u00e7\u00e3o!", "latin-1"),
        ("\u201cSmart quotes\u201d \u2013 and an em\u2014dash\u2026 in caf\u00e9 news", "cp1252"),
        ("Le pr\u00e9sident a d\u00e9clar\u00e9 mardi que la r\u00e9union \u00e9tait report\u00e9e.", "cp1252"),
        ("\u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442 \u0437\u0430\u044f\u0432\u0438\u043b "
         "\u0432\u043e \u0432\u0442\u043e\u0440\u043d\u0438\u043a.", "cp1251"),
        ("\u6771\u4eac\u90fd\u306e\u77e5\u4e8b\u306f\u706b\u66dc\u65e5\u306b\u8ff0\u3079\u305f\u3002", "shift_jis"),
        ("Plain ASCII news", "ascii"),
        ("Der Pr\u00e4sident sagte am Dienstag", "utf-16-le"),
        ("Der Pr\u00e4sident sagte am Dienstag", "utf-16"),
    ],
)
def test_text_in_any_encoding_is_decoded(text, encoding):
    assert decode(text.encode(encoding)) == text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b" \n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 8, "binary"),
        (b"\x1f\x8b\x08\x00" + bytes(range(255, 0, -1)) * 8, "binary"),
    ],
)
def test_binary_or_empty_input_is_refused_with_a_clear_message(data, message):
    with pytest.raises(Unreadable, match=message):
        decode(data)
    (problem,) = read_bytes(data, "upload.bin", name="upload.bin")
    assert isinstance(problem, Problem) and message in problem.reason


def test_a_folder_mixing_formats_reads_each_by_content(tmp_path):
    (tmp_path / "a-page.html").write_text(article_page(), encoding="utf-8")
    (tmp_path / "b-feed.xml").write_text(FEED, encoding="utf-8")
    (tmp_path / "c-dump.jsonl").write_text('{"text": "The bridge reopened."}\n[1]\n', encoding="utf-8")
    (tmp_path / "d-capture.txt").write_text(CAPTURE, encoding="utf-8")
    (tmp_path / "e-empty.txt").write_bytes(b"")
    (tmp_path / ".hidden.html").write_text(article_page(), encoding="utf-8")
    (tmp_path / "manifest.toml").write_text('["d-capture.txt"]\ntitle = "Bridge"\npublished = 2021-03-02\n')
    records = list(read_paths([tmp_path]))
    summary = [(type(r).__name__, r.kind if isinstance(r, Article) else r.origin.rsplit("/", 1)[-1])
               for r in records]
    assert summary == [
        ("Article", Kind.PAGE), ("Article", Kind.FEED), ("Article", Kind.DUMP), ("Problem", "c-dump.jsonl:2"),
        ("Article", Kind.CAPTURE), ("Problem", "e-empty.txt"),
    ]
    assert records[4].title == "Bridge" and str(records[4].published) == "2021-03-02"


def test_paths_that_do_not_exist_are_problems(tmp_path):
    (problem,) = read_paths([tmp_path / "nowhere.html"])
    assert problem.reason == "no such file or folder"
