"""Word lists shared by the recogniser and the normaliser."""

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}

# Decades said in words, from the twenties on.
DECADE_WORDS = {w: 20 + 10 * i for i, w in enumerate(
    ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"])}

# Frequency adverbs and the period they recur at.
SET_ADVERBS = {"annually": "P1Y", "yearly": "P1Y", "monthly": "P1M", "weekly": "P1W",
               "daily": "P1D", "nightly": "P1D", "hourly": "PT1H", "quarterly": "P3M",
               "biannually": "P6M", "biweekly": "P2W"}

NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "thousand": 1000, "half": 0.5, "a half": 0.5, "a couple of": 2, "couple of": 2,
    "a dozen": 12, "dozen": 12, "another": 1, "an additional": 1, "an extra": 1,
    "a quarter of a": 0.25, "a quarter": 0.25,
}

# Vague quantities give an unspecified count ("PXY").
VAGUE = {"several", "a few", "few", "many", "some", "the few", "a number of", "numerous"}

ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
    "fourth": 4, "4th": 4, "final": 4, "last": 4,
}

_UNIT_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
# Spelled-out days of the month, as spoken news writes them ("March eighth").
DAY_ORDINALS = {
    **{w: i + 1 for i, w in enumerate(_UNIT_ORDINALS)},
    **{w: i + 10 for i, w in enumerate(["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                                        "sixteenth", "seventeenth", "eighteenth", "nineteenth"])},
    "twentieth": 20, "thirtieth": 30, "thirty-first": 31, "thirty first": 31,
    **{f"twenty{sep}{w}": 21 + i for i, w in enumerate(_UNIT_ORDINALS) for sep in ("-", " ")},
}

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

# Unit word -> (TIMEX3 duration letter, time part?, size in that letter)
UNITS = {
    "second": ("S", True, 1), "minute": ("M", True, 1), "hour": ("H", True, 1),
    "day": ("D", False, 1), "night": ("D", False, 1), "week": ("W", False, 1),
    "weekend": ("D", False, 2), "fortnight": ("W", False, 2), "month": ("M", False, 1),
    "quarter": ("Q", False, 1), "year": ("Y", False, 1), "decade": ("E", False, 1),
    "century": ("C", False, 1), "millennium": ("L", False, 1),
}

# Days from the anchor named by a deictic word.
DEICTIC_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                "tonight": "NI", "overnight": "NI"}

NUM_WORD_RE = (
    r"(?:(?:an?|one|two|three|four|five|six|seven|eight|nine|ten)[- ](?:hundred|thousand)|"
    r"a couple of|couple of|a dozen|a half|a quarter(?: of a|(?=[- ](?:century|hour)))|a few|several|few|many|"
    r"some|numerous|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four"
    r"|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"hundred|dozen|half|an?|\d{1,3}(?:[\s-]1/2|\.\d+)?(?![\d/]))"
)

# An amount or count ("$1.76", "358,000", "four flights", "hundreds of
# interviews") that a following "a year" turns into a rate; years excluded.
RATE_AMOUNT_RE = (
    r"(?:(?<![\d,.])(?!(?:1[6-9]|20)\d\d\b)[$£€#]?\d[\d,.]*|\b(?:one|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|"
    r"thousands?|millions?|billions?|trillions?|dozens?|many)\b)(?:\s+(?:of\s+)?[A-Za-z]+){0,2}\s+"
)


def number_value(word: str) -> float | None:
    """Numeric value of a count word; None when the count is vague."""
    w = word.lower().replace("-", " ").strip()
    if w in VAGUE:
        return None
    if w in NUMBERS:
        return NUMBERS[w]
    parts = w.split()
    if len(parts) == 2 and parts[0] in NUMBERS and parts[1] in ("hundred", "thousand"):
        return NUMBERS[parts[0]] * NUMBERS[parts[1]]
    if len(parts) == 2 and parts[0] in NUMBERS and parts[1] in NUMBERS:
        return NUMBERS[parts[0]] + NUMBERS[parts[1]]
    if w.endswith("1/2"):
        w = str(float(w[:-3]) + 0.5)
    try:
        return float(w)
    except ValueError:
        return None


def spoken_year_value(words: str) -> int:
    """A year said in words: "nineteen ninety-seven" 1997, "two thousand one" 2001."""
    parts = [w for w in words.lower().replace("-", " ").split() if w != "and"]
    if parts[:2] == ["two", "thousand"]:
        return 2000 + sum(NUMBERS[w] for w in parts[2:])
    return NUMBERS[parts[0]] * 100 + sum(NUMBERS[w] for w in parts[1:])


# Holidays, listed once: the grammar's pattern and trigger words and the calendar all read this table.
# A spec is ("date", month, day), ("nth", month, weekday, n, days after) for the n-th weekday of a
# month (n = -1: the last), ("easter", days after Easter Sunday) or ("lunar",) for the lunar new year.
_THANKSGIVING = ("nth", 11, 3, 4, 0)
HOLIDAYS = {
    "Christmas": ("date", 12, 25), "Christmas Day": ("date", 12, 25), "Christmas Eve": ("date", 12, 24),
    "New Year's": ("date", 1, 1), "New Year's Day": ("date", 1, 1), "New Year's Eve": ("date", 12, 31),
    "Independence Day": ("date", 7, 4), "Fourth of July": ("date", 7, 4), "the Fourth of July": ("date", 7, 4),
    "July Fourth": ("date", 7, 4), "Veterans Day": ("date", 11, 11), "Veterans' Day": ("date", 11, 11),
    "Halloween": ("date", 10, 31), "Valentine's Day": ("date", 2, 14), "Boxing Day": ("date", 12, 26),
    "Groundhog Day": ("date", 2, 2), "Flag Day": ("date", 6, 14), "St. Patrick's Day": ("date", 3, 17),
    "Thanksgiving": _THANKSGIVING, "Thanksgiving Day": _THANKSGIVING,
    "Black Friday": _THANKSGIVING[:4] + (1,), "Cyber Monday": _THANKSGIVING[:4] + (4,),
    "Labor Day": ("nth", 9, 0, 1, 0), "Memorial Day": ("nth", 5, 0, -1, 0),
    "Presidents' Day": ("nth", 2, 0, 3, 0), "Presidents Day": ("nth", 2, 0, 3, 0),
    "Mother's Day": ("nth", 5, 6, 2, 0), "Father's Day": ("nth", 6, 6, 3, 0),
    "Columbus Day": ("nth", 10, 0, 2, 0), "Martin Luther King Day": ("nth", 1, 0, 3, 0),
    "Martin Luther King Jr. Day": ("nth", 1, 0, 3, 0),
    # the Tuesday after the first Monday of November
    "Election Day": ("nth", 11, 0, 1, 1),
    "Easter": ("easter", 0), "Easter Sunday": ("easter", 0), "Easter Monday": ("easter", 1),
    "Good Friday": ("easter", -2),
    "Lunar New Year": ("lunar",), "Chinese New Year": ("lunar",), "Spring Festival": ("lunar",),
}


def holiday_key(name: str) -> str:
    """The table's key, lower-cased, for a holiday as written ("St Patrick’s Day", "the fourth of july")."""
    key = " ".join(name.replace("’", "'").split()).lower()
    return "st. " + key[3:] if key.startswith("st ") else key


HOLIDAY_SPECS = {holiday_key(name): spec for name, spec in HOLIDAYS.items()}
