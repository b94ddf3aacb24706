"""Hand-made events for the key-dates tests, and the sentences several of them tell."""

import datetime
import itertools

from timeline.keydates import EventRecord

D = datetime.date
_ids = itertools.count(1)
LATE = D(2025, 6, 30)  # a publication day after every event the tests make, so no day gains from being one


def event(day, article, text="Officials announced the measures at a press conference in the capital.", *,
          published=LATE, precision="day", end=None, status="auto", folded_into=None, id=None):
    return EventRecord(
        id=id or next(_ids), start=day, end=end or day, precision=precision, article=article,
        published=published, text=text, status=status, folded_into=folded_into,
    )


def days(result):
    return [key.date for key in result]


WIRE = "The health ministry confirmed 27 new cases of the virus on Monday, bringing the total to 140."
WIRE_EDITED = "The health ministry confirmed 27 new cases of the virus on Monday, bringing the total to 140 ."
OTHER = "Schools in the capital were ordered to close for a week while hospitals cleared wards for patients."
