"""The density chart: events per month (or year) drawn as SVG bars on the server."""

from dataclasses import dataclass

WIDTH, HEIGHT, GAP = 600, 80, 0.15


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str
    count: int
    query: str


@dataclass(frozen=True)
class Chart:
    bars: list
    unit: str
    summary: str
    width: int = WIDTH
    height: int = HEIGHT

    @property
    def first_label(self):
        return self.bars[0].label

    @property
    def last_label(self):
        return self.bars[-1].label


def density_chart(histogram, by_year, query):
    """Bars for (bucket date, count) pairs; each bar links to the same filters narrowed to its period."""
    if not histogram:
        return None
    slot = WIDTH / len(histogram)
    tallest = max(count for _, count in histogram) or 1
    bars = []
    for index, (bucket, count) in enumerate(histogram):
        period = f"{bucket.year}" if by_year else f"{bucket:%Y-%m}"
        narrowed = query.copy()
        narrowed.pop("after", None)
        narrowed["from"] = narrowed["to"] = period
        height = HEIGHT * count / tallest
        bars.append(Bar(
            x=round(index * slot + slot * GAP / 2, 2),
            y=round(HEIGHT - height, 2),
            width=round(slot * (1 - GAP), 2),
            height=round(height, 2),
            label=period if by_year else f"{bucket:%B %Y}",
            count=count,
            query=narrowed.urlencode(),
        ))
    busiest = max(bars, key=lambda bar: bar.count)
    unit = "year" if by_year else "month"
    summary = (
        f"Events per {unit} from {bars[0].label} to {bars[-1].label}; "
        f"busiest {unit}: {busiest.label} with {busiest.count} event{'s' if busiest.count != 1 else ''}."
    )
    return Chart(bars=bars, unit=unit, summary=summary)
