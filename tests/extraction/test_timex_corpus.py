"""Real sentences from the TempEval-3 newswire (TimeBank, AQUAINT), each with its
document's publication date as the anchor.

The expected values are our own reading of each sentence, not the corpus's
annotations (which disagree with the text in places); nothing here reads the
gold files. The xfail cases are readings the engine still gets wrong.
"""

import datetime as dt

import pytest

from timeline.extraction import find_timexes

D = dt.date


@pytest.mark.parametrize("anchor,sentence,expected", [
    # weekdays: reporting verbs point back, the publication day itself is "today"
    (D(1990, 8, 16), "Bush also said Thursday that King Hussein assured him Jordan would close the last "
     "remaining free port to most Iraqi trade as the economic embargo on materials to Iraq continued unabated.",
     [("Thursday", "DATE", "1990-08-16")]),
    (D(1998, 3, 6), "A Pentagon spokesman said Thursday that the 38,000 U.S. troops in the Gulf will remain "
     "until Iraq complies with the U.N. Security Council agreement over weapons inspections.",
     [("Thursday", "DATE", "1998-03-05")]),
    (D(1991, 12, 3), '"He was told ... the handwriting was on the wall," the source said Monday.',
     [("Monday", "DATE", "1991-12-02")]),
    (D(1989, 10, 27), "Paribas said Monday that it intends to bid to boost its stake in Navigation Mixte to "
     "66.7%, from the 18.7% it already owns.",
     [("Monday", "DATE", "1989-10-23")]),
    (D(1999, 4, 10), "Investigators said Friday they found a rifle buried near his home in the Buffalo suburb "
     "of Amherst.",
     [("Friday", "DATE", "1999-04-09")]),
    (D(1998, 8, 17), "The first batch of evidence from the Nairobi bombing arrived over the weekend at the FBI "
     "lab at the bureau's Washington headquarters and is being analyzed, FBI officials said Monday.",
     [("the weekend", "DATE", "1998-W33-WE"), ("Monday", "DATE", "1998-08-17")]),
    (D(2000, 4, 17), "Earlier Sunday, protesters prayed for divine help as Easter week began, waving palm "
     "fronds and posters of the Cuban boy and Jesus.",
     [("Sunday", "DATE", "2000-04-16"), ("Easter week", "DATE", "2000-W16")]),
    # deictic words and counted offsets
    (D(1990, 8, 13), "President Bush implied as much yesterday when reporters asked whether the interdiction "
     "would apply to food.",
     [("yesterday", "DATE", "1990-08-12")]),
    (D(1998, 3, 3), "Tomorrow the board of supervisors of Loudon county, Virginia, will vote on whether a "
     "school now located in Mount Vernon can relocate to their county.",
     [("Tomorrow", "DATE", "1998-03-04"), ("now", "DATE", "PRESENT_REF")]),
    (D(1998, 2, 27), "The Organization of African Unity said Friday it would investigate the Hutu-organized "
     "genocide of more than 500,000 minority Tutsis in Rwanda nearly four years ago.",
     [("Friday", "DATE", "1998-02-27"), ("nearly four years ago", "DATE", "1994")]),
    # relative years and months, with early/late and "or so"
    (D(1989, 11, 2), "And while there was no profit this year from discontinued operations, last year they "
     "contributed #34 million, before tax.",
     [("this year", "DATE", "1989"), ("last year", "DATE", "1988")]),
    (D(1998, 2, 13), "Prime Minister John Howard, a monarchist himself, promised to put the question to a "
     "national referendum next year after convention delegates voted 89-52 for a republic, with 11 "
     "abstentions.",
     [("next year", "DATE", "1999")]),
    (D(1989, 11, 1), "Salt Lake City-based First Security, with $5.4 billion in assets, said the agreement is "
     "subject to shareholder and regulatory approval, and that it hopes to complete the transaction early "
     "next year.",
     [("early next year", "DATE", "1990")]),
    (D(1989, 11, 2), "Sony Columbia Acquisition Corp., formed for the Columbia deal, will formally take "
     "ownership of the movie studio later this month, a spokesman said.",
     [("later this month", "DATE", "1989-11")]),
    (D(1989, 11, 2), "The battery plant, which makes rechargeable nickel cadmium and carbon zinc products, "
     "will be closed over the next year or so, a spokesman said.",
     [("the next year or so", "DATE", "1990")]),
    (D(1990, 8, 13), "Pentagon officials say the goal is to put 40,000 troops in the region by the end of the "
     "month.",
     [("the end of the month", "DATE", "1990-08")]),
    (D(1989, 11, 2), "The stock would be redeemed in five years, subject to terms of the surviving company's "
     "debt.",
     [("five years", "DATE", "1994")]),
    # results stories: quarters, fiscal years, the year-ago comparison
    (D(1989, 11, 2), "Separately, Citadel posted a third-quarter net loss of $2.3 million, or 68 cents a "
     "share, versus net income of $5.3 million, or $1.61 a share, a year earlier.",
     [("third-quarter", "DATE", "1989-Q3"), ("a year earlier", "DATE", "1988-Q3")]),
    (D(1998, 1, 26), "Earlier AT and T also announced an eighteen percent drop in profits for the fourth "
     "quarter.",
     [("the fourth quarter", "DATE", "1997-Q4")]),
    (D(1989, 11, 2), "In fiscal 1988, the company earned $17.3 million, or $1.92 a share, on revenue of "
     "$352.9 million.",
     [("fiscal 1988", "DATE", "1988")]),
    (D(1989, 11, 2), "For the year ended Sept. 30, Ralston earned $422.5 million, or $6.44 a share, up 8.9% "
     "from $387.8 million, or $5.63 a share.",
     [("the year", "DURATION", "P1Y"), ("Sept. 30", "DATE", "1989-09-30")]),
    (D(1989, 10, 30), "In the quarter ended July 31, Jayark had an average of 5.6 million shares outstanding.",
     [("the quarter", "DATE", "1989-Q2"), ("July 31", "DATE", "1989-07-31")]),
    # written dates, spoken years, clock times
    (D(1998, 4, 18), "Farkas, an air force captain, was sent into space on board the Soyuz 36 on May 26, 1980.",
     [("May 26, 1980", "DATE", "1980-05-26")]),
    (D(1998, 2, 27), "January nineteen ninety-seven.", [("January nineteen ninety-seven", "DATE", "1997-01")]),
    (D(1989, 11, 2), "Dow Jones amp Co. said it extended its $18-a-share offer for Telerate Inc. common stock "
     "until 5 p.m. EST Nov. 9.",
     [("5 p.m. EST Nov. 9", "TIME", "1989-11-09T17:00")]),
    # lengths of time
    (D(1998, 1, 8), "But in the past three months, stocks have plunged, interest rates have soared and the "
     "downturn all across Asia means that people are not spending here.",
     [("the past three months", "DURATION", "P3M")]),
    (D(1998, 3, 5), "Ms. Atimadi says Afghan women have been victims of severe violations of human rights for "
     "the past twenty years and she says she sees no end to the misery.",
     [("the past twenty years", "DURATION", "P20Y")]),
    # modal "may" is no month
    (D(1998, 2, 27), "Those plates may have come from a machine shop in north Carolina, where a friend of "
     "Rudolph worked.", []),
    pytest.param(
        D(1998, 3, 31), "You may, in a year or two, save a few more lives if you do sickest first.",
        [("a year or two", "DATE", "FUTURE_REF")],
        marks=pytest.mark.xfail(strict=True, reason="modal 'may' is not read as pointing ahead")),
    pytest.param(
        D(1989, 10, 27), "The funeral home and cemetery operator changed from a fiscal year to a calendar year "
        "in December.",
        [("December", "DATE", "1988-12")],
        marks=pytest.mark.xfail(strict=True, reason="a December two months ahead outweighs the past tense")),
])
def test_corpus_sentence(anchor, sentence, expected):
    found = find_timexes(sentence, anchor)
    assert [(t.text, t.type, t.value) for t in found] == expected


def test_periods_without_a_unit_are_no_past_ref():
    sentence = ("Confrontations among Catholic protesters, Protestant marchers and the police have provoked "
                "widespread violence in Northern Ireland for the past three summers.")
    assert [t.value for t in find_timexes(sentence, D(1998, 3, 22))] == []
