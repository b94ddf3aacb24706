"""The grammar's rules, one named record each, grouped by what they read (a module per concept). Their
order does not matter: over one span the higher priority wins (then the name), and the longest match anyway."""

from .calendar import CALENDAR
from .durations import DURATIONS_AND_SETS
from .periods import PERIODS
from .relative import RELATIVE

RULES = CALENDAR + PERIODS + RELATIVE + DURATIONS_AND_SETS
