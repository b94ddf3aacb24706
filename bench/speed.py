"""Characters per second of find_timexes vs naive dateparser search_dates.

Both run over the same TempEval-3 plain texts in the same process, each with
the document's DCT as the relative base. Each is warmed up on one document
first (dateparser loads its language data on first use) and timed as the best
of --repeat passes in CPU time of the process, so a busy machine's hiccups count
against neither.

    python bench/speed.py [--corpus timebank|aquaint|all] [--repeat N]
"""

import argparse
import datetime as dt
import pathlib
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))

from dateparser.search import search_dates  # noqa: E402
from tempeval import documents  # noqa: E402

from timeline.extraction import find_timexes  # noqa: E402


def _naive(text, anchor):
    base = dt.datetime(anchor.year, anchor.month, anchor.day)
    search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base})


def _best_time(tagger, docs, repeat: int) -> float:
    tagger(*docs[0])
    best = float("inf")
    for _ in range(repeat):
        # CPU time of this process: on a shared machine, waiting for a core is not the tagger's cost.
        t0 = time.process_time()
        for text, anchor in docs:
            tagger(text, anchor)
        best = min(best, time.process_time() - t0)
    return best


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", choices=["timebank", "aquaint", "all"], default="all")
    ap.add_argument("--repeat", type=int, default=3, help="timed passes per tagger; the best counts")
    args = ap.parse_args(argv)
    docs = [(text, anchor) for _, _, text, anchor, _ in documents(args.corpus)]
    chars = sum(len(t) for t, _ in docs)
    ours = _best_time(find_timexes, docs, args.repeat)
    naive = _best_time(_naive, docs, args.repeat)

    print(f"{len(docs)} documents, {chars} characters, best of {args.repeat} passes")
    print(f"find_timexes:  {chars / ours:12,.0f} chars/s ({ours:.2f} s)")
    print(f"search_dates:  {chars / naive:12,.0f} chars/s ({naive:.2f} s)")
    print(f"speed ratio:   {naive / ours:.1f}x")


if __name__ == "__main__":
    main()
