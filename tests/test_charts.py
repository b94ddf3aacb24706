"""The density chart drawn from (date_start, date_end, precision, count) rows."""

import datetime

import pytest
from django.http import QueryDict

from timeline.charts import density_chart, histogram
from timeline.forms import TimelineFilter

D = datetime.date


def yearly(first, last, count):
    return [(D(year, 3, 1), D(year, 3, 1), "day", count) for year in range(first, last + 1)]


def test_a_stray_old_mention_is_left_off_the_bars_and_said_so():
    spans = [*yearly(2015, 2024, 50), (D(1934, 5, 1), D(1934, 5, 1), "day", 1)]
    bars, by_year, outliers = histogram(spans)
    assert by_year and bars[0][0] == D(2015, 1, 1) and bars[-1][0] == D(2024, 1, 1)
    assert outliers == 1
    chart = density_chart(bars, by_year, outliers, TimelineFilter(QueryDict("topic=x")))
    assert chart.summary == (
        "Events per year from 2015 to 2024; busiest year: 2015 with 50 events. "
        "1 event outside these dates is listed but not drawn."
    )


def test_approximate_outliers_say_about():
    strays = [(D(1934, 5, 1), D(1934, 5, 1), "day", 40), (D(2090, 1, 1), D(2090, 1, 1), "day", 40)]
    spans = [*yearly(2015, 2024, 500), *strays]
    chart = density_chart(*histogram(spans), TimelineFilter(QueryDict()), approximate=True)
    assert chart.summary.endswith(" About 80 events outside these dates are listed but not drawn.")


@pytest.mark.parametrize("within", [None, (D(2015, 1, 1), D(2024, 12, 31))])
def test_nothing_is_said_when_every_event_is_drawn(within):
    bars, by_year, outliers = histogram(yearly(2015, 2024, 50), within)
    assert outliers == 0
    assert "outside" not in density_chart(bars, by_year, outliers, TimelineFilter(QueryDict())).summary


def test_no_events_no_chart():
    assert histogram([]) == ([], False, 0)
    assert density_chart([], False, 0, TimelineFilter(QueryDict())) is None


def test_a_few_old_mentions_do_not_squash_a_small_filtered_chart():
    # Thirty events: two of 1777 are under 10%, so they fall outside the fences however few events there are.
    spans = [(D(1777, 7, 4), D(1777, 7, 4), "day", 1), (D(1777, 1, 1), D(1777, 12, 31), "year", 1),
             *[(D(2025, month, 1), D(2025, month, 1), "day", 4) for month in range(1, 8)]]
    bars, by_year, outliers = histogram(spans)
    assert not by_year and bars[0][0] == D(2025, 1, 1) and bars[-1][0] == D(2025, 7, 1)
    assert outliers == 2


def test_a_long_steady_tail_is_drawn():
    bars, by_year, outliers = histogram(yearly(1990, 2024, 10))
    assert bars[0][0] == D(1990, 1, 1) and bars[-1][0] == D(2024, 1, 1) and outliers == 0
