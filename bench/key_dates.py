"""Key dates against journalists' timelines: the news-tls protocol on ../shared/data/timeline17.

    pip install -r bench/requirements.txt   # tilse, for alignment ROUGE
    python bench/key_dates.py               # every collection, through the JSON Lines import
    python bench/key_dates.py --direct      # events built in memory as the import builds them (quicker)

For each reference timeline: the articles published within its span, `l` dates (its number of dates)
and `k` sentences a date (its mean, rounded), scored by Date F1 (exact days) and alignment ROUGE-1/2
(tilse, many-to-one date-content costs, its re-implementation of ROUGE); precision and recall are
averaged over timelines and F1 taken from the means, as news-tls does. Coverage is the share of
reference dates that some day-precise event of the collection names at all; "in span" counts only the
events the protocol lets the ranking see (articles published in the span), which bounds Date recall.
"""

import argparse
import datetime
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "timeline17"
sys.path.insert(0, str(ROOT))

from timeline import keydates  # noqa: E402


def read_timelines(folder):
    return json.loads((folder / "timelines.json").read_text(encoding="utf-8"))


def direct_records(path):
    """Event records derived by the import's own code (readers, then the engine over each article), kept in
    memory instead of stored: quicker to iterate on the ranking, though without the import's folding of
    other outlets' reports into one event."""
    from timeline.ingest.derive import Taxonomy, prepare
    from timeline.readers import Article, read_paths

    records = []
    for number, article in enumerate(read_paths([path])):
        if not isinstance(article, Article):
            continue
        prepared = prepare(article, Taxonomy(), today=article.published_day)
        for piece in prepared.pieces:
            for passage in piece.passages:
                records += [
                    keydates.EventRecord(
                        id=len(records) + n, start=event.date_start, end=event.date_end, precision=event.precision,
                        article=number, published=piece.published, text=event.text,
                    )
                    for n, event in enumerate(passage.events, 1)
                ]
    return records


def within(records, start, end):
    """The events of articles published in [start, end], dated within it (the timeline's from/to filter)."""
    return [r for r in records if start <= r.published <= end and start <= r.start and r.end <= end]


def reference_dates(reference):
    dated = {}
    for entry in reference["entries"]:
        dated.setdefault(datetime.date.fromisoformat(entry["date"]), []).extend(entry["sentences"])
    return dated


def score_timeline(reference, key_dates, named, named_in_span, evaluator):
    """Date precision/recall, ROUGE precision/recall and coverage of one timeline, given `key_dates(start,
    end, dates, sentences)` and the days named by day-precise events in the collection and in the span."""
    from tilse.data.timelines import GroundTruth, Timeline

    ref = reference_dates(reference)
    dates = len(ref)
    sentences = round(sum(len(s) for s in ref.values()) / dates)
    predicted = {key.date: [record.text for record in key.sentences] for key in key_dates(min(ref), max(ref), dates,
                                                                                          sentences)}
    shared = len(set(predicted) & set(ref))
    precision, recall = (shared / len(predicted) if predicted else 0.0), shared / len(ref)
    scores = evaluator.evaluate_align_date_content_costs_many_to_one(
        Timeline(predicted), GroundTruth([Timeline(ref)])
    )
    return {
        "name": reference["name"],
        "dates": (precision, recall),
        "rouge_1": (scores["rouge_1"]["precision"], scores["rouge_1"]["recall"]),
        "rouge_2": (scores["rouge_2"]["precision"], scores["rouge_2"]["recall"]),
        "covered": (len(set(ref) & named), len(ref)),
        "covered_in_span": (len(set(ref) & named_in_span(min(ref), max(ref))), len(ref)),
        "l": dates,
        "k": sentences,
    }


def score_direct(folder, timelines, evaluator):
    records = direct_records(folder / "articles.jsonl")
    named = {r.start for r in records if keydates.is_day(r)}
    return [
        score_timeline(
            reference,
            lambda start, end, dates, sentences: keydates.key_dates(within(records, start, end), dates, sentences),
            named,
            lambda start, end: {r.start for r in within(records, start, end) if keydates.is_day(r)},
            evaluator,
        )
        for reference in timelines
    ]


def setup_django(database, migrate=True):
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "timeline.settings")
    import django

    django.setup()
    if migrate:
        from django.core.management import call_command

        call_command("migrate", verbosity=0)


def score_imported(folder, timelines, evaluator, jobs):
    """Import the collection with the JSON Lines import into an empty database, then ask the product for the
    key dates of each timeline's span, its articles chosen with the timeline's source filter."""
    from django.core.management import call_command
    from django.db.models import F
    from django.http import QueryDict

    from timeline import highlights
    from timeline.caching import data_changed
    from timeline.forms import TimelineFilter
    from timeline.ingest import ingest_paths
    from timeline.models import Event, Source

    call_command("flush", interactive=False, verbosity=0)
    data_changed()
    report = ingest_paths([folder / "articles.jsonl"], progress=lambda _: None, jobs=jobs)
    if report.failed:
        raise SystemExit(f"{folder.name}: {len(report.failed)} articles failed to import")
    days = Event.objects.exclude(status=Event.Status.REJECTED).filter(precision="day", date_start=F("date_end"))

    def selection(start, end):
        query = QueryDict(mutable=True)
        query.update({"from": start.isoformat(), "to": end.isoformat()})
        sources = Source.objects.filter(published_on__range=(start, end)).values_list("pk", flat=True)
        query.setlist("source", [str(pk) for pk in sources])
        return TimelineFilter(query)

    def key_dates(start, end, dates, sentences):
        return highlights.key_dates(selection(start, end), dates, sentences).days

    def named_in_span(start, end):
        return set(days.filter(pk__in=selection(start, end).events().values("pk")).values_list("date_start", flat=True))

    named = set(days.values_list("date_start", flat=True))
    return [score_timeline(reference, key_dates, named, named_in_span, evaluator) for reference in timelines]


def f1(precision, recall):
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def print_table(rows):
    print("| collection | timeline | l | k | Date F1 | AR-1 F | AR-2 F | coverage | in span |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for row in rows:
        covered, total = row["covered"]
        print(
            f"| {row['collection']} | {row['name']} | {row['l']} | {row['k']} | {f1(*row['dates']):.3f} "
            f"| {f1(*row['rouge_1']):.3f} | {f1(*row['rouge_2']):.3f} | {covered}/{total} "
            f"| {row['covered_in_span'][0]}/{total} |"
        )
    mean = {
        measure: tuple(statistics.mean(row[measure][i] for row in rows) for i in (0, 1))
        for measure in ("dates", "rouge_1", "rouge_2")
    }
    covered, in_span = (sum(row[name][0] for row in rows) for name in ("covered", "covered_in_span"))
    total = sum(row["covered"][1] for row in rows)
    print(
        f"| **average** | {len(rows)} timelines | | | **{f1(*mean['dates']):.3f}** | **{f1(*mean['rouge_1']):.3f}** "
        f"| **{f1(*mean['rouge_2']):.3f}** | {covered}/{total} ({covered / total:.0%}) "
        f"| {in_span}/{total} ({in_span / total:.0%}) |"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA, help="The Timeline17 folder.")
    parser.add_argument("--collection", action="append", help="Only these collections (folder names).")
    parser.add_argument("--direct", action="store_true", help="Build events in memory instead of importing.")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="Processes for the import.")
    args = parser.parse_args()
    from tilse.evaluation.rouge import TimelineRougeEvaluator

    evaluator = TimelineRougeEvaluator(measures=["rouge_1", "rouge_2"], rouge_computation="reimpl")
    folders = sorted(p for p in args.data.iterdir() if (p / "articles.jsonl").exists())
    if args.collection:
        folders = [p for p in folders if p.name in args.collection]
    rows = []
    with tempfile.TemporaryDirectory(prefix="key-dates-bench-") as scratch:
        setup_django(Path(scratch) / "bench.sqlite3", migrate=not args.direct)
        for folder in folders:
            timelines = read_timelines(folder)
            scored = (score_direct(folder, timelines, evaluator) if args.direct
                      else score_imported(folder, timelines, evaluator, args.jobs))
            rows += [{"collection": folder.name} | row for row in scored]
            print(f"{folder.name}: scored", file=sys.stderr, flush=True)
    print_table(rows)


if __name__ == "__main__":
    main()
