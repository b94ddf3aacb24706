"""Events as JSON and CSV, written as a stream of chunks so a large export never sits in memory."""

import csv
import io
import json

CHUNK_SIZE = 500
CSV_COLUMNS = [
    "id", "date_start", "date_end", "precision", "qualifier", "label", "text", "timex",
    "source_id", "source_file", "source_title", "source_outlet", "source_published",
    "passage_id", "passage_start", "passage_end", "topics", "actors", "status", "url",
]


def event_record(event, base_url=""):
    source, passage = event.passage.source, event.passage
    return {
        "id": event.pk,
        "date": {
            "start": event.date_start.isoformat(),
            "end": event.date_end.isoformat(),
            "precision": event.precision,
            "qualifier": event.qualifier,
            "label": event.date_label,
        },
        "text": event.text,
        "timex": event.timex,
        "source": {
            "id": source.pk,
            "file": source.file_name,
            "title": source.title,
            "outlet": source.outlet,
            "published": source.published_on.isoformat(),
        },
        "passage": {"id": passage.pk, "start": passage.start, "end": passage.end, "text": passage.text},
        "topics": [topic.slug for topic in event.topics.all()],
        "actors": [actor.slug for actor in event.actors.all()],
        "status": event.status,
        "url": base_url.rstrip("/") + event.get_absolute_url(),
    }


def _events(queryset, limit):
    queryset = queryset.for_display()
    if limit is not None:
        queryset = queryset[:limit]
    return queryset.iterator(chunk_size=CHUNK_SIZE)


def iter_json(queryset, limit=None, base_url=""):
    yield "["
    for index, event in enumerate(_events(queryset, limit)):
        yield ("," if index else "") + "\n" + json.dumps(event_record(event, base_url), ensure_ascii=False)
    yield "\n]\n"


# OWASP's rule for CSV injection: a cell starting with one of these is a formula to a spreadsheet, so it is
# prefixed with a quote, which the spreadsheet shows as text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def iter_csv(queryset, limit=None, base_url=""):
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def flush():
        chunk = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return chunk

    writer.writerow(CSV_COLUMNS)
    yield flush()
    for event in _events(queryset, limit):
        record = event_record(event, base_url)
        date, source, passage = record["date"], record["source"], record["passage"]
        writer.writerow(spreadsheet_safe(cell) for cell in [
            record["id"], date["start"], date["end"], date["precision"], date["qualifier"], date["label"],
            record["text"], record["timex"], source["id"], source["file"], source["title"], source["outlet"],
            source["published"], passage["id"], passage["start"], passage["end"], ";".join(record["topics"]),
            ";".join(record["actors"]), record["status"], record["url"],
        ])
        yield flush()


def key_date_record(key_date):
    """A key date as data: its day, its sentences and the public events they link to, its article count."""
    return {
        "date": key_date.date.isoformat(),
        "sentences": [record.text for record in key_date.sentences],
        "events": [record.shown_as for record in key_date.sentences],
        "articles": key_date.articles,
    }


def key_dates_json(key_dates):
    return json.dumps([key_date_record(key) for key in key_dates], ensure_ascii=False, indent=1) + "\n"


def key_dates_csv(key_dates):
    """One row per sentence: date, articles, sentence, event."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["date", "articles", "sentence", "event"])
    for key in key_dates:
        record = key_date_record(key)
        for sentence, event in zip(record["sentences"], record["events"], strict=True):
            writer.writerow([record["date"], record["articles"], sentence, event])
    return buffer.getvalue()
