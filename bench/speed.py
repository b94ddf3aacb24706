"""Characters per second of find_timexes vs naive dateparser search_dates.

Both run over the same TempEval-3 plain texts in the same process, each with
the document's DCT as the relative base.

    python bench/speed.py [--corpus timebank|aquaint|all]
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


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", choices=["timebank", "aquaint", "all"], default="all")
    args = ap.parse_args(argv)
    docs = [(text, anchor) for _, _, text, anchor, _ in documents(args.corpus)]
    chars = sum(len(t) for t, _ in docs)

    t0 = time.perf_counter()
    for text, anchor in docs:
        find_timexes(text, anchor)
    ours = time.perf_counter() - t0

    t0 = time.perf_counter()
    for text, anchor in docs:
        base = dt.datetime(anchor.year, anchor.month, anchor.day)
        search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base})
    naive = time.perf_counter() - t0

    print(f"{len(docs)} documents, {chars} characters")
    print(f"find_timexes:  {chars / ours:12,.0f} chars/s ({ours:.2f} s)")
    print(f"search_dates:  {chars / naive:12,.0f} chars/s ({naive:.2f} s)")
    print(f"speed ratio:   {naive / ours:.1f}x")


if __name__ == "__main__":
    main()
