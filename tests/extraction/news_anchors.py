"""The days the recent-news tests read their sentences on, and how they read one."""

import datetime as dt

from timeline.extraction import find_timexes

TUE = dt.date(2011, 3, 1)  # a Tuesday
FRI = dt.date(2011, 3, 4)
WED = dt.date(2011, 1, 12)  # a Wednesday
SUN = dt.date(2011, 3, 6)  # a Sunday


def values(sentence: str, anchor: dt.date = TUE):
    return [(t.text, t.value) for t in find_timexes(sentence, anchor)]
