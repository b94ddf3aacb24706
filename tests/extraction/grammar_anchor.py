"""The day the grammar tests read their sentences on, unless a case names its own."""

import datetime as dt

FRI = dt.date(2025, 7, 18)  # a Friday
