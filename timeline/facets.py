"""The facets beside the timeline, as objects that say what they are (after Datasette's facet results):
each choice's label, its count under the other filters, whether it is chosen, and the link that toggles it."""

from dataclasses import dataclass

from .counting import approximate_count
from .forms import FILTERS


@dataclass(frozen=True)
class FacetChoice:
    value: str
    label: str
    count: int
    approximate: bool
    selected: bool
    toggle_url: str

    @property
    def count_label(self):
        return f"~{approximate_count(self.count):,}" if self.approximate else f"{self.count:,}"


@dataclass(frozen=True)
class Facet:
    name: str
    label: str
    errors: list
    choices: list

    @property
    def selected(self):
        return sum(choice.selected for choice in self.choices)


def facets(filters, summary):
    """Every topic and actor, and the busiest sources plus any chosen, with their counts under the other
    filters and the link that chooses or drops each."""
    options = dict(summary.tag_choices)
    options["source"] = sorted(((pk, name, pk) for pk, name in summary.source_names.items()), key=lambda o: o[1])
    facets = []
    for f in FILTERS:
        if not f.facet:
            continue
        counted = summary.facets[f.name]
        chosen = set(filters.data.getlist(f.name))
        choices = [
            FacetChoice(
                value=str(value),
                label=label,
                count=counted.counts.get(key, 0),
                approximate=counted.approximate,
                selected=str(value) in chosen,
                toggle_url=filters.query(toggle=(f.name, str(value))),
            )
            for value, label, key in options[f.name]
        ]
        facets.append(Facet(f.name, str(filters.fields[f.name].label), filters.errors.get(f.name, []), choices))
    return facets
