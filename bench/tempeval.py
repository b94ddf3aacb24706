"""Score timeline.extraction on TempEval-3 TBAQ-cleaned (TimeBank, AQUAINT).

TempEval-3 Task A conventions: strict (identical offsets) and relaxed (any
overlap) span P/R/F1; value and type accuracy over relaxed-matched gold
timexes; value F1 = relaxed F1 x value accuracy (type F1 likewise). Micro
averages over all documents, overall and per gold/system type.

    python bench/tempeval.py [--corpus timebank|aquaint|all] [--errors N] [--naive]
"""

import argparse
import collections
import datetime as dt
import pathlib
import sys
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.extraction import find_timexes  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "tempeval3" / "TBAQ-cleaned"
CORPORA = {"timebank": "TimeBank", "aquaint": "AQUAINT"}
TYPES = ("DATE", "TIME", "DURATION", "SET")


def load(path: pathlib.Path):
    """(plain text, DCT date, gold timexes as (start, end, type, value)) of a .tml file."""
    root = ET.parse(path).getroot()
    dct = root.find("DCT/TIMEX3").get("value")[:10]
    anchor = dt.date.fromisoformat(dct) if "-" in dct else dt.datetime.strptime(dct, "%Y%m%d").date()
    parts, gold = [], []

    def walk(el):
        start = sum(map(len, parts))
        if el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if el.tag == "TIMEX3":
            gold.append((start, sum(map(len, parts)), el.get("type"), el.get("value")))

    walk(root.find("TEXT"))
    return "".join(parts), anchor, gold


def documents(corpus: str):
    names = CORPORA.values() if corpus == "all" else [CORPORA[corpus]]
    for name in names:
        for path in sorted((DATA / name).glob("*.tml")):
            yield name, path.name, *load(path)


def naive(text: str, anchor: dt.date):
    from dateparser.search import search_dates

    base = dt.datetime(anchor.year, anchor.month, anchor.day)
    found = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
    out, pos = [], 0
    for s, when in found:
        i = text.find(s, pos)
        if i < 0:
            continue
        pos = i + len(s)
        out.append((i, pos, "DATE", when.date().isoformat()))
    return out


def system(text: str, anchor: dt.date):
    return [(t.start, t.end, t.type, t.value) for t in find_timexes(text, anchor)]


class Score:
    def __init__(self):
        self.n_gold = self.n_sys = self.strict = self.relaxed_g = self.relaxed_s = 0
        self.value_ok = self.type_ok = 0

    def add(self, gold, sys_):
        self.n_gold += len(gold)
        self.n_sys += len(sys_)
        self.strict += len({g[:2] for g in gold} & {s[:2] for s in sys_})
        self.relaxed_s += sum(any(_overlap(g, s) for g in gold) for s in sys_)
        for g in gold:
            match = next((s for s in sys_ if _overlap(g, s)), None)
            if match:
                self.relaxed_g += 1
                self.value_ok += match[3] == g[3]
                self.type_ok += match[2] == g[2]

    def row(self):
        def f1(p, r):
            return 2 * p * r / (p + r) if p + r else 0.0
        sp = self.strict / self.n_sys if self.n_sys else 0
        sr = self.strict / self.n_gold if self.n_gold else 0
        rp = self.relaxed_s / self.n_sys if self.n_sys else 0
        rr = self.relaxed_g / self.n_gold if self.n_gold else 0
        rf = f1(rp, rr)
        vacc = self.value_ok / self.relaxed_g if self.relaxed_g else 0
        tacc = self.type_ok / self.relaxed_g if self.relaxed_g else 0
        return [self.n_gold, self.n_sys, 100 * sp, 100 * sr, 100 * f1(sp, sr), 100 * rp, 100 * rr,
                100 * rf, 100 * vacc, 100 * rf * vacc, 100 * rf * tacc]


def _overlap(a, b):
    return a[0] < b[1] and b[0] < a[1]


HEADER = ("gold", "sys", "strP", "strR", "strF1", "relP", "relR", "relF1", "valAcc", "valF1", "typeF1")


def errors(doc_errs, n):
    by_class = collections.defaultdict(list)
    for name, text, gold, sys_ in doc_errs:
        for g in gold:
            match = next((s for s in sys_ if _overlap(g, s)), None)
            gt = text[g[0]:g[1]]
            ctx = text[max(0, g[0] - 60):g[1] + 40].replace("\n", " ")
            if match is None:
                by_class["missed " + g[2]].append(f"{gt!r} {g[3]} | {ctx} [{name}]")
                continue
            st = text[match[0]:match[1]]
            if match[:2] != g[:2]:
                by_class["span"].append(f"gold {gt!r} sys {st!r} | {ctx}")
            if match[3] != g[3]:
                by_class["value " + g[2]].append(f"{gt!r} gold {g[3]} sys {match[3]} | {ctx} [{name}]")
            if match[2] != g[2]:
                by_class["type"].append(f"{gt!r} gold {g[2]} sys {match[2]}")
        for s in sys_:
            if not any(_overlap(g, s) for g in gold):
                ctx = text[max(0, s[0] - 60):s[1] + 40].replace("\n", " ")
                by_class["spurious " + s[2]].append(f"{text[s[0]:s[1]]!r} {s[3]} | {ctx}")
    for cls, items in sorted(by_class.items(), key=lambda kv: -len(kv[1])):
        print(f"\n== {cls}: {len(items)}")
        for line in items[:n]:
            print("  ", line)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", choices=["timebank", "aquaint", "all"], default="all")
    ap.add_argument("--errors", type=int, default=0, help="show N examples per error class")
    ap.add_argument("--naive", action="store_true", help="score naive dateparser search_dates")
    args = ap.parse_args(argv)
    tag = naive if args.naive else system
    scores = collections.defaultdict(Score)
    doc_errs = []
    for corpus, name, text, anchor, gold in documents(args.corpus):
        sys_ = tag(text, anchor)
        for c in (corpus, "all"):
            scores[(c, "ALL")].add(gold, sys_)
            for t in TYPES:
                scores[(c, t)].add([g for g in gold if g[2] == t], [s for s in sys_ if s[2] == t])
        doc_errs.append((name, text, gold, sys_))
    print(f"{'corpus':9} {'type':8} " + " ".join(f"{h:>6}" for h in HEADER))
    for (c, t), sc in sorted(scores.items(), key=lambda kv: (kv[0][0] == "all", kv[0][0],
                                                            kv[0][1] != "ALL", kv[0][1])):
        if sc.n_gold:
            r = sc.row()
            print(f"{c:9} {t:8} {r[0]:6d} {r[1]:6d} " + " ".join(f"{x:6.1f}" for x in r[2:]))
    if args.errors:
        errors(doc_errs, args.errors)


if __name__ == "__main__":
    main()
