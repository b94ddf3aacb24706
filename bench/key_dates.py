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
import bisect
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
from timeline.extraction import event_span, find_timexes  # noqa: E402
from timeline.extraction.pages import split_passages, split_sentences  # noqa: E402

EVENT_TYPES = {"DATE", "TIME"}


def read_collection(folder):
    with (folder / "articles.jsonl").open(encoding="utf-8") as handle:
        articles = [json.loads(line) for line in handle if line.strip()]
    timelines = json.loads((folder / "timelines.json").read_text(encoding="utf-8"))
    return articles, timelines


def direct_records(articles):
    """Event records made the way the import makes events (passages, sentences, timexes anchored at the
    article's day), without a database."""
    records = []
    for article in articles:
        published = datetime.date.fromisoformat(article["published"])
        for passage in split_passages(article["text"]):
            sentences = split_sentences(passage.text)
            starts = [s.start for s in sentences]
            for timex in find_timexes(passage.text, anchor=published):
                if timex.type not in EVENT_TYPES or (span := event_span(timex)) is None:
                    continue
                i = bisect.bisect_right(starts, timex.start) - 1
                text = sentences[i].text if i >= 0 and timex.start < sentences[i].end else passage.text
                records.append(keydates.EventRecord(
                    id=len(records) + 1, start=span.start, end=span.end, precision=span.precision,
                    article=article["id"], published=published, text=text,
                ))
    return records


def within(records, start, end):
    """The events of articles published in [start, end], dated within it (the timeline's from/to filter)."""
    return [r for r in records if start <= r.published <= end and start <= r.start and r.end <= end]


def score_timeline(records, reference, evaluator):
    from tilse.data.timelines import GroundTruth, Timeline

    ref = {}
    for entry in reference["entries"]:
        ref.setdefault(datetime.date.fromisoformat(entry["date"]), []).extend(entry["sentences"])
    start, end = min(ref), max(ref)
    dates = len(ref)
    sentences = round(sum(len(s) for s in ref.values()) / dates)
    chosen = keydates.key_dates(within(records, start, end), dates=dates, sentences=sentences)
    predicted = {key.date: [record.text for record in key.sentences] for key in chosen}
    shared = len(set(predicted) & set(ref))
    precision, recall = (shared / len(predicted) if predicted else 0.0), shared / len(ref)
    scores = evaluator.evaluate_align_date_content_costs_many_to_one(
        Timeline(predicted), GroundTruth([Timeline(ref)])
    )
    named = {r.start for r in records if keydates.is_day(r)}
    named_in_span = {r.start for r in within(records, start, end) if keydates.is_day(r)}
    return {
        "name": reference["name"],
        "dates": (precision, recall),
        "rouge_1": (scores["rouge_1"]["precision"], scores["rouge_1"]["recall"]),
        "rouge_2": (scores["rouge_2"]["precision"], scores["rouge_2"]["recall"]),
        "covered": (len(set(ref) & named), len(ref)),
        "covered_in_span": (len(set(ref) & named_in_span), len(ref)),
        "l": dates,
        "k": sentences,
    }


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
    args = parser.parse_args()
    from tilse.evaluation.rouge import TimelineRougeEvaluator

    evaluator = TimelineRougeEvaluator(measures=["rouge_1", "rouge_2"], rouge_computation="reimpl")
    folders = sorted(p for p in args.data.iterdir() if (p / "articles.jsonl").exists())
    if args.collection:
        folders = [p for p in folders if p.name in args.collection]
    rows = []
    for folder in folders:
        articles, timelines = read_collection(folder)
        records = direct_records(articles) if args.direct else imported_records(folder / "articles.jsonl")
        for reference in timelines:
            rows.append({"collection": folder.name} | score_timeline(records, reference, evaluator))
    print_table(rows)


def imported_records(path):
    raise SystemExit("the JSON Lines import is not on this branch yet: use --direct")


if __name__ == "__main__":
    os.environ.setdefault("TMPDIR", tempfile.gettempdir())
    main()
