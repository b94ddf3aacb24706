"""Learned weights for choosing a key date's sentences, checked leave-one-collection-out on Timeline17.

    pip install -r bench/requirements.txt               # tilse, which brings numpy and scikit-learn
    python bench/sentence_weights.py                    # pairwise logistic fit, ROUGE-1 F labels, every feature
    python bench/sentence_weights.py --fit pointwise    # ridge regression on the labels within each day
    python bench/sentence_weights.py --fit search       # coordinate ascent on the training collections' AR-1
    python bench/sentence_weights.py --features 0,1,2,3,4,5 --label p1 --cache /tmp/t17   # see --help

For each reference timeline the ranking chooses its `l` days as the product does (events built in memory,
as `bench/key_dates.py --direct`). Every sentence timeline.keydates.central_sentences considers for a chosen
day (a wording) is described by FEATURES, all computable from the chosen days' records alone, and labelled
with its ROUGE against the reference summary of that day (days the reference lacks are left out of the
fit). The weights are fitted on four collections; the fifth is told with them, the ranking's other rules
(readability, near-copies, redundancy) unchanged, and scored with the real protocol (tilse's alignment
ROUGE), beside the hand-set weights and an oracle (each day's sentences chosen by their ROUGE-1 against the
reference day, under the same rules) in the same run. The hand-set score is the exponential of a linear
score over the first six features (HAND_SET), so a fit can only differ from it by what it learns.

No fit has beaten the hand-set weights held out (see the README, "Key dates on Timeline17"), so the
ranking keeps them; rerun this when more collections are at hand. No Timeline17 text is written out.
"""

import argparse
import math
import pickle
import re
import statistics
import sys
import tempfile
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression, Ridge

sys.path.insert(0, str(Path(__file__).resolve().parent))

from key_dates import DATA, direct_records, f1, read_timelines, reference_dates, setup_django, within  # noqa: E402

from timeline import keydates  # noqa: E402

QUOTE = re.compile(r'["“”]')
FIRST_PERSON = re.compile(r"\b(?:I|[Mm]y|me|[Ww]e|[Oo]ur|us)\b")
DECLINED = re.compile(
    r"\b(?:declined|refused|did not respond|could not be reached|not (?:immediately )?available)\b.{0,40}\bcomment"
)
FEATURES = (
    "log(day + 3 story)", "log(1 + log articles)", "log min(1, 20/words)", "speech", "names its day",
    "names another day", "cos day", "cos story", "log words", "quote", "first person", "declined comment",
    "reported as news", "log(1 + days later)", "has a number", "content share", "log articles",
)
HAND_SET = np.array([1.0, 1.0, 0.5, math.log(keydates.SPEECH_PENALTY), math.log(keydates.NAMES_ITS_DAY),
                     math.log(keydates.NAMES_ANOTHER_DAY)] + [0.0] * (len(FEATURES) - 6))
# Coordinate ascent's steps, added to a weight; the raw cosines spread an order of magnitude less than the rest.
STEPS = (-1.0, -0.5, -0.25, 0.25, 0.5, 1.0)
STEP_SCALE = {FEATURES.index("cos day"): 4.0, FEATURES.index("cos story"): 4.0}


def features(wording, vector, day_centroid, story):
    text = wording.text
    length = max(len(text.split()), 1)
    cos_day, cos_story = keydates._dot(vector, day_centroid), keydates._dot(vector, story)
    named = keydates.day_named_weight(text, wording.record.start)
    both = keydates.NAMES_ITS_DAY * keydates.NAMES_ANOTHER_DAY
    own = any(math.isclose(named, weight) for weight in (keydates.NAMES_ITS_DAY, both))
    other = any(math.isclose(named, weight) for weight in (keydates.NAMES_ANOTHER_DAY, both))
    later = (wording.record.published - wording.record.start).days
    articles = len(wording.articles)
    return [
        math.log(max(cos_day + keydates.STORY_WEIGHT * cos_story, 1e-6)),
        math.log(1 + math.log(articles)),
        math.log(min(1.0, keydates.SHORT_WORDS / length)),
        float(bool(keydates.SPEECH.search(text))),
        float(own),
        float(other),
        cos_day,
        cos_story,
        math.log(length),
        float(bool(QUOTE.search(text))),
        float(bool(FIRST_PERSON.search(text))),
        float(bool(DECLINED.search(text))),
        float(0 <= later <= 1),
        math.log(1 + max(later, 0)),
        float(any(c.isdigit() for c in text)),
        len(wording.words) / length,
        math.log(articles),
    ]


class Telling:
    """keydates.central_sentences with its score replaced by a linear one over `features` (or by `oracle`, a
    function of the wording), its other rules kept; `seen` collects each day's candidates and features."""

    def __init__(self, weights=HAND_SET, oracle=None):
        self.weights = weights
        self.oracle = oracle
        self.seen = []

    def __call__(self, wordings, vectors, count, story, shown):
        if count <= 0 or not wordings:
            return []
        accounts = [not keydates.NOT_AN_ACCOUNT.search(wording.text) for wording in wordings]
        support = [len(w.articles) if account else 0 for w, account in zip(wordings, accounts, strict=True)]
        day = keydates._unit(keydates._centroid(vectors, support))
        rows, ranked = [], []
        for vector, wording, account in zip(vectors, wordings, accounts, strict=True):
            length = len(wording.text.split())
            readable = account and keydates.MIN_WORDS <= len(wording.words) and length <= keydates.MAX_WORDS
            row = features(wording, vector, day, story)
            rows.append((readable, row, wording.text))
            score = self.oracle(wording) if self.oracle else float(np.dot(self.weights, row))
            ranked.append((not readable, -score, wording.record.published, wording.record.id, vector, wording))
        self.seen.append((wordings[0].record.start, rows))
        return keydates.pick_ranked(ranked, count, shown)


def tell(records, chosen, sentences, telling):
    """keydates.tell_days with `telling` in place of central_sentences (which tell_days looks up by name)."""
    original = keydates.central_sentences
    keydates.central_sentences = telling
    try:
        return keydates.tell_days(records, chosen, sentences)
    finally:
        keydates.central_sentences = original


class Rouge:
    """Sentence labels by the ROUGE tilse scores timelines with (its re-implementation: stems, no stop words)."""

    def __init__(self, evaluator):
        self.rouge = evaluator.rouge

    def label(self, text, summary, kind):
        """kind: "f1" or "f2" (ROUGE-n F), "p1" (ROUGE-1 precision), "h1" (words matched)."""
        n = int(kind[1])
        counts = self.rouge.score_summary([text.split()], {"0": [s.split() for s in summary]})
        hits, predicted, reference = (counts[f"rouge_{n}_{part}_count"] for part in "hpm")
        if not hits:
            return 0.0
        return {"f": f1(hits / predicted, hits / reference), "p": hits / predicted, "h": hits}[kind[0]]


class Timeline17:
    """Each reference timeline with its collection, its reference days, the records of its span, the days the
    ranking chooses and its `k`."""

    def __init__(self, data, cache):
        self.timelines = []
        for folder in sorted(p for p in data.iterdir() if (p / "articles.jsonl").exists()):
            records = self._records(folder, cache)
            for reference in read_timelines(folder):
                ref = reference_dates(reference)
                span = within(records, min(ref), max(ref))
                k = round(sum(len(s) for s in ref.values()) / len(ref))
                self.timelines.append((folder.name, reference, ref, span, keydates.choose_days(span, len(ref)), k))
        self.collections = sorted({name for name, *_ in self.timelines})

    @staticmethod
    def _records(folder, cache):
        path = cache / f"{folder.name}.pickle"
        if path.exists():
            return pickle.loads(path.read_bytes())
        records = direct_records(folder / "articles.jsonl")
        path.write_bytes(pickle.dumps(records))
        return records

    def examples(self, rouge, kind):
        """{collection: [a day's readable candidates as (features, label), for each chosen reference day]}."""
        groups = {}
        for name, _, ref, span, chosen, k in self.timelines:
            telling = Telling()
            tell(span, chosen, k, telling)
            for day, rows in telling.seen:
                readable = [(row, rouge.label(text, ref[day], kind)) for ok, row, text in rows if ok and day in ref]
                if len(readable) > 1:
                    groups.setdefault(name, []).append(readable)
        return groups

    def scores(self, collections, weights, evaluator, oracle_rouge=None):
        """tilse's alignment ROUGE-1/2 (precision, recall) of each timeline of `collections`, told with `weights`
        (or by the ROUGE-1 oracle)."""
        from tilse.data.timelines import GroundTruth, Timeline

        rows = []
        for name, _, ref, span, chosen, k in self.timelines:
            if name not in collections:
                continue
            oracle = None
            if oracle_rouge:
                def oracle(wording, ref=ref):
                    return oracle_rouge.label(wording.text, ref.get(wording.record.start, []), "f1")
            told = tell(span, chosen, k, Telling(weights, oracle))
            predicted = Timeline({key.date: [r.text for r in key.sentences] for key in told})
            result = evaluator.evaluate_align_date_content_costs_many_to_one(predicted, GroundTruth([Timeline(ref)]))
            rows.append({n: (result[n]["precision"], result[n]["recall"]) for n in ("rouge_1", "rouge_2")})
        return rows


def mean_f(rows):
    """AR-1 and AR-2 F from the mean precision and recall over timelines, as news-tls and bench/key_dates do."""
    return tuple(f1(statistics.mean(r[n][0] for r in rows), statistics.mean(r[n][1] for r in rows))
                 for n in ("rouge_1", "rouge_2"))


def pairwise(groups, columns, margin, strength, top):
    """Logistic regression on the differences of two candidates of a day, labelled by which has the higher
    label (pairs closer than `margin` left out; with `top`, only a day's `top` best against the rest); every
    day weighs the same however many candidates it has."""
    x, y, weight = [], [], []
    for group in groups:
        ranked = sorted(group, key=lambda item: -item[1])
        day = [np.subtract(row_a, row_b)
               for i, (row_a, label_a) in enumerate(ranked) if not top or i < top
               for row_b, label_b in ranked[max(i + 1, top):] if label_a - label_b > margin]
        for difference in day:
            x += [difference, -difference]
            y += [True, False]
            weight += [1 / len(day)] * 2
    x, weight = np.array(x)[:, columns], np.array(weight)
    scale = x.std(axis=0) + 1e-9
    model = LogisticRegression(fit_intercept=False, C=strength, max_iter=2000)
    model.fit(x / scale, y, sample_weight=weight * len(weight) / weight.sum())
    return model.coef_[0] / scale


def pointwise(groups, columns, strength):
    """Ridge regression of the labels on the features, both centred within each day, every day weighing the same."""
    x = np.vstack([np.subtract(rows, np.mean(rows, axis=0)) for rows in ([r for r, _ in g] for g in groups)])
    y = np.concatenate([np.subtract(labels, np.mean(labels)) for labels in ([v for _, v in g] for g in groups)])
    weight = np.concatenate([[1 / len(group)] * len(group) for group in groups])
    x = x[:, columns]
    scale = x.std(axis=0) + 1e-9
    return Ridge(alpha=1 / strength, fit_intercept=False).fit(x / scale, y, sample_weight=weight).coef_ / scale


def search(timeline17, collections, columns, evaluator, passes=2):
    """Coordinate ascent on the collections' AR-1 itself, from the hand-set weights: each weight in turn takes
    the step that raises AR-1 most (a tie keeps it); the first weight stays 1, as it sets the scale."""
    weights = HAND_SET.copy()
    best = mean_f(timeline17.scores(collections, weights, evaluator))[0]
    for _ in range(passes):
        for column in columns:
            if column == 0:
                continue
            for step in STEPS:
                candidate = weights.copy()
                candidate[column] += step * STEP_SCALE.get(column, 1.0)
                value = mean_f(timeline17.scores(collections, candidate, evaluator))[0]
                if value > best + 1e-4:
                    best, weights = value, candidate
    return weights


def fitted(args, timeline17, groups, collections, columns, evaluator):
    if args.fit == "search":
        return search(timeline17, collections, columns, evaluator)
    training = [day for name in collections for day in groups.get(name, [])]
    weights = np.zeros(len(FEATURES))
    weights[columns] = (pairwise(training, columns, args.margin, args.strength, args.top) if args.fit == "pairwise"
                        else pointwise(training, columns, args.strength))
    return weights


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA, help="The Timeline17 folder.")
    parser.add_argument("--cache", type=Path, help="A folder keeping each collection's events between runs.")
    parser.add_argument("--fit", choices=("pairwise", "pointwise", "search"), default="pairwise")
    parser.add_argument("--label", choices=("f1", "f2", "p1", "h1"), default="f1",
                        help="ROUGE-1 or -2 F, ROUGE-1 precision, or words matched.")
    parser.add_argument("--features", default="all", help="Comma-separated indices into FEATURES, or all.")
    parser.add_argument("--margin", type=float, default=0.02, help="Pairwise: the least label gap of a pair.")
    parser.add_argument("--top", type=int, default=0, help="Pairwise: only pairs of a day's best few against the rest.")
    parser.add_argument("--strength", type=float, default=1.0, help="Inverse regularisation of the fit.")
    args = parser.parse_args()
    from tilse.evaluation.rouge import TimelineRougeEvaluator

    evaluator = TimelineRougeEvaluator(measures=["rouge_1", "rouge_2"], rouge_computation="reimpl")
    rouge = Rouge(evaluator)
    columns = list(range(len(FEATURES))) if args.features == "all" else [int(i) for i in args.features.split(",")]
    with tempfile.TemporaryDirectory(prefix="sentence-weights-") as scratch:
        setup_django(Path(scratch) / "bench.sqlite3", migrate=False)
        cache = args.cache or Path(scratch)
        cache.mkdir(parents=True, exist_ok=True)
        timeline17 = Timeline17(args.data, cache)
    groups = timeline17.examples(rouge, args.label) if args.fit != "search" else {}
    print(f"{args.fit} fit, labels {args.label}; features: {', '.join(f'{i} {FEATURES[i]}' for i in columns)}")
    print("| held out | hand-set AR-1 / AR-2 | learned AR-1 / AR-2 | oracle AR-1 / AR-2 | learned weights |")
    print("|---|---|---|---|---|")
    totals = {"hand-set": [], "learned": [], "oracle": []}
    for collection in timeline17.collections:
        rest = [c for c in timeline17.collections if c != collection]
        weights = fitted(args, timeline17, groups, rest, columns, evaluator)
        results = {
            "hand-set": timeline17.scores([collection], HAND_SET, evaluator),
            "learned": timeline17.scores([collection], weights, evaluator),
            "oracle": timeline17.scores([collection], HAND_SET, evaluator, rouge),
        }
        for kind, rows in results.items():
            totals[kind] += rows
        print(f"| {collection} | " + " | ".join("{:.3f} / {:.3f}".format(*mean_f(rows)) for rows in results.values())
              + " | " + ", ".join(f"{i}: {weights[i]:+.2f}" for i in columns) + " |")
    print("| **average** | " + " | ".join("**{:.3f} / {:.3f}**".format(*mean_f(rows)) for rows in totals.values())
          + " | |")
    weights = fitted(args, timeline17, groups, timeline17.collections, columns, evaluator)
    print("fitted on all five:", ", ".join(f"{FEATURES[i]} {weights[i]:+.3f}" for i in columns))


if __name__ == "__main__":
    main()
