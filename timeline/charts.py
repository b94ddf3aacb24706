"""The density chart: events per month (or year) drawn as SVG bars on the server."""

import datetime
from dataclasses import dataclass

from django.utils.html import format_html_join

WIDTH, HEIGHT, GAP = 600, 80, 0.15
POINT_LIKE = {"day", "week"}
# The share of events whose dates set the chart's scale (see _central_range).
CENTRAL_SHARE = 0.8


@dataclass(frozen=True)
class Bar:
    x: str
    y: str
    width: str
    height: str
    label: str
    count: int
    query: str


@dataclass(frozen=True)
class Chart:
    bars: list
    summary: str
    approximate: bool = False
    width: int = WIDTH
    height: int = HEIGHT

    def svg_bars(self):
        """The bars as SVG links, written here: sixty bars through the template cost more than the rest
        of the page. Each bar narrows the dates to its period, with htmx or as a plain link."""
        about = "about " if self.approximate else ""
        return format_html_join(
            "",
            '<a href="{0}" hx-get="{0}" hx-target="#results" hx-swap="outerHTML" hx-push-url="true" '
            'aria-label="{1}: {2}{3} event{4}"><rect x="{5}" y="0" width="{6}" height="{7}" class="hit"/>'
            '<rect x="{5}" y="{8}" width="{6}" height="{9}" class="bar"/><title>{1}: {2}{3}</title></a>',
            (
                (bar.query, bar.label, about, bar.count, "" if bar.count == 1 else "s", bar.x, bar.width,
                 self.height, bar.y, bar.height)
                for bar in self.bars
            ),
        )

    @property
    def first_label(self):
        return self.bars[0].label

    @property
    def last_label(self):
        return self.bars[-1].label


def histogram(spans, within=None):
    """(bars, by_year, outliers): events per month, or per year over long ranges, from (date_start, date_end,
    precision, count) rows, over the period `within` (first day, last day), or else the range that holds
    most of them; `outliers` counts the events of that range's far side, listed but not drawn."""
    total = sum(row[3] for row in spans)
    if not total:
        return [], False, 0
    first, last = within or _central_range(spans, total)
    by_year = last.year - first.year > 4
    counts, outliers = {}, 0
    for start, end, precision, count in spans:
        if start < first or end > last:
            outliers += count
            continue
        bucket = _bucket(start, by_year)
        # A day or week belongs to the bar it starts in; a vaguer span only when it fits inside one bar.
        if precision in POINT_LIKE or bucket == _bucket(end, by_year):
            counts[bucket] = counts.get(bucket, 0) + count
    drawn = [(bucket, round(counts.get(bucket, 0))) for bucket in _buckets(first, last, by_year)]
    return drawn, by_year, 0 if within else round(outliers)


def _central_range(spans, total):
    """The range the chart draws: the dates of the central 80% of events, widened on each side by that
    width (Tukey's fences). A stray 1777 or 2039 would squash every other bar, however few events there
    are; a long but steady tail stays in."""
    tail = total * (1 - CENTRAL_SHARE) / 2
    low = _beyond(sorted(spans), tail, lambda row: row[0])
    high = _beyond(sorted(spans, key=lambda row: row[1], reverse=True), tail, lambda row: row[1])
    low, high = min(low, high), max(low, high)
    width = high - low
    first = min(row[0] for row in spans if row[0] >= low - width)
    last = max(row[1] for row in spans if row[1] <= high + width)
    return min(first, last), max(first, last)


def _beyond(rows, tail, day):
    """The day of the first row, in the given order, past the first `tail` events."""
    seen = 0
    for row in rows:
        seen += row[3]
        if seen > tail:
            return day(row)
    return day(rows[-1])


def _bucket(day, by_year):
    return datetime.date(day.year, 1, 1) if by_year else datetime.date(day.year, day.month, 1)


def _buckets(first, last, by_year):
    if by_year:
        return [datetime.date(year, 1, 1) for year in range(first.year, last.year + 1)]
    buckets, month = [], datetime.date(first.year, first.month, 1)
    while month <= last:
        buckets.append(month)
        month = datetime.date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return buckets


def density_chart(histogram, by_year, outliers, filters, approximate=False):
    """SVG bars for a histogram; each bar links to the same filters narrowed to its period. The summary
    says how many events lie beyond the bars, so a stray old mention in the list is accounted for."""
    if not histogram:
        return None
    slot = WIDTH / len(histogram)
    tallest = max(count for _, count in histogram) or 1
    about = "about " if approximate else ""
    bars = []
    for index, (bucket, count) in enumerate(histogram):
        period = f"{bucket.year}" if by_year else f"{bucket:%Y-%m}"
        height = HEIGHT * count / tallest
        bars.append(Bar(
            # Written out here: the template would otherwise localise every number it prints.
            x=f"{index * slot + slot * GAP / 2:.2f}",
            y=f"{HEIGHT - height:.2f}",
            width=f"{slot * (1 - GAP):.2f}",
            height=f"{height:.2f}",
            label=period if by_year else f"{bucket:%B %Y}",
            count=count,
            query=filters.query(replace={"from": period, "to": period}),
        ))
    busiest = max(bars, key=lambda bar: bar.count)
    unit = "year" if by_year else "month"
    summary = (
        f"Events per {unit} from {bars[0].label} to {bars[-1].label}; "
        f"busiest {unit}: {busiest.label} with {about}{busiest.count:,} event{'s' if busiest.count != 1 else ''}."
    )
    if outliers:
        summary += (
            f" {about.capitalize()}{outliers:,} event{'s' if outliers != 1 else ''} outside these dates "
            f"{'are' if outliers != 1 else 'is'} listed but not drawn."
        )
    return Chart(bars=bars, summary=summary, approximate=approximate)
