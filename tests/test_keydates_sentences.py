"""The sentences that tell a key date: the most central account of the day, not a copy, a view, a comment,
a schedule or a sentence shown for another day, and without the dateline or heading it was printed under."""

import pytest

from tests.keydates_records import OTHER, WIRE, WIRE_EDITED, D, event
from timeline.keydates import key_dates


def test_near_identical_sentences_are_shown_once_but_count_as_support():
    copies = [event(D(2025, 5, 4), x, WIRE if x != "c" else WIRE_EDITED) for x in "abcde"]
    other = event(D(2025, 5, 4), "f", OTHER)
    (key,) = key_dates([*copies, other], dates=1, sentences=2)
    assert [record.text for record in key.sentences] == [WIRE, OTHER]
    assert key.articles == 6
    assert sorted(key.support) == sorted(record.id for record in [*copies, other])


def test_events_folded_into_one_public_event_are_shown_as_it():
    public = event(D(2025, 5, 4), "a", WIRE, id=500)
    reworded = "Twenty-seven new cases were confirmed by the ministry on Monday."
    folded = event(D(2025, 5, 4), "b", reworded, folded_into=500)
    (key,) = key_dates([folded, public], dates=1, sentences=3)
    assert [record.shown_as for record in key.sentences] == [500]
    assert key.articles == 2
    assert sorted(key.support) == sorted([public.id, folded.id])


QUAKE = [
    "A magnitude 7.0 earthquake struck near the capital, flattening homes and the presidential palace.",
    "The earthquake struck the capital in the late afternoon, flattening homes and government buildings.",
    "Rescuers searched collapsed homes in the capital after the earthquake struck.",
]


OFF_TOPIC = "Separately, the football federation announced a new coach for the national team."


def test_the_most_central_sentence_of_the_day_is_chosen_first():
    records = [event(D(2010, 1, 12), f"q{i}", text) for i, text in enumerate(QUAKE)]
    records.append(event(D(2010, 1, 12), "x", OFF_TOPIC))
    (key,) = key_dates(records, dates=1, sentences=1)
    assert key.sentences[0].text in QUAKE
    (key,) = key_dates(records, dates=1, sentences=4)
    assert key.sentences[-1].text == OFF_TOPIC


def test_a_sentence_repeating_one_already_chosen_is_skipped():
    # Too different to be one wording, too alike to tell the reader anything new.
    near = "In the late afternoon the earthquake struck the capital, destroying homes and killing thousands."
    records = [event(D(2010, 1, 12), "a", QUAKE[1]), event(D(2010, 1, 12), "b", near),
               event(D(2010, 1, 12), "c", OFF_TOPIC)]
    (key,) = key_dates(records, dates=1, sentences=2)
    first, second = (record.text for record in key.sentences)
    assert first in (QUAKE[1], near)
    assert second == OFF_TOPIC


def test_a_dateline_is_not_chosen_over_an_account_of_the_day():
    datelines = [event(D(2010, 1, 13), x, "Haiti, Wednesday 13 January 2010") for x in "abc"]
    story = event(D(2010, 1, 13), "d", "Aid flights began landing at the damaged airport on Wednesday.")
    (key,) = key_dates([*datelines, story], dates=1, sentences=1)
    assert key.sentences == [story]
    (key,) = key_dates(datelines, dates=1, sentences=1)
    assert key.sentences == datelines[:1]  # an only sentence is still better than none


def test_a_run_on_is_not_chosen_over_a_readable_sentence():
    caption = ("Picture gallery credits camera staff archive photographers agency rights reserved licence image "
               "file caption editor desk morning edition print online video audio podcast newsletter weather "
               "sport business culture travel science health education politics opinion letters obituaries "
               "crossword puzzles horoscope television radio listings classified advertising subscriptions")
    run_on = f"Aid flights began landing at the damaged airport on Wednesday {caption}."
    copies = [event(D(2010, 1, 13), x, run_on) for x in "abc"]
    story = event(D(2010, 1, 13), "d", "Aid flights began landing at the damaged airport on Wednesday.")
    (key,) = key_dates([*copies, story], dates=1, sentences=1)
    assert key.sentences == [story]


def test_sentence_choice_is_stable_whatever_the_input_order():
    records = [event(D(2010, 1, 12), f"q{i}", text) for i, text in enumerate(QUAKE)]
    forward = key_dates(records, dates=1, sentences=2)[0].sentences
    backward = key_dates(list(reversed(records)), dates=1, sentences=2)[0].sentences
    assert forward == backward


def test_an_editors_wording_is_preferred_among_copies():
    auto = event(D(2025, 5, 4), "a", WIRE, published=D(2025, 5, 4))
    checked = event(D(2025, 5, 4), "b", WIRE_EDITED, published=D(2025, 5, 5), status="verified")
    (key,) = key_dates([auto, checked], dates=1, sentences=1)
    assert key.sentences == [checked]


def test_a_wire_dateline_is_left_out_of_the_sentence_shown():
    text = "GENEVA | Mon May 4, 2009 12:48 pm EDT GENEVA (Reuters) - The health agency raised its alert on Monday."
    (key,) = key_dates([event(D(2009, 5, 4), "a", text, id=7)], dates=1, sentences=1)
    assert key.sentences[0].text == "The health agency raised its alert on Monday."
    assert key.sentences[0].id == 7


def test_a_parenthesis_later_in_the_sentence_is_kept():
    text = "The agency (Reuters) - as it put it - raised its alert on Monday after a week of new cases."
    (key,) = key_dates([event(D(2009, 5, 4), "a", text)], dates=1, sentences=1)
    assert key.sentences[0].text == text


def test_a_day_is_told_in_the_terms_of_the_whole_story_rather_than_its_side_issue():
    quake_days = [event(D(2010, 1, 12), f"q{i}", text) for i, text in enumerate(QUAKE)]
    later = ["Rescuers pulled survivors from collapsed homes in the capital after the earthquake.",
             "Survivors of the earthquake slept in the streets of the capital."]
    quake_days += [event(D(2010, 1, 14), f"r{i}", text) for i, text in enumerate(later)]
    # Within its day the side issue is the more central: two articles tell it, in other words.
    coach = "The national team will be led by a new coach, the football federation said."
    side_issue = [event(D(2010, 1, 13), "s", OFF_TOPIC), event(D(2010, 1, 13), "u", coach)]
    on_story = event(D(2010, 1, 13), "t", "The first aid for survivors of the earthquake reached the capital.")
    (_, key, _) = key_dates([*quake_days, *side_issue, on_story], dates=3, sentences=1)
    assert key.sentences[0].text == on_story.text


def test_a_short_account_is_preferred_to_a_long_one_as_central():
    short = "Aid flights began landing at the damaged airport on Wednesday."
    long = ("On Wednesday the first aid flights began landing at the damaged airport, where controllers working "
            "from a card table on the apron had spent the night clearing space for cargo planes and their crews.")
    third = "Flights carrying aid for the damaged capital were cleared to land at the airport."
    records = [event(D(2010, 1, 13), "a", long), event(D(2010, 1, 13), "b", short), event(D(2010, 1, 13), "c", third)]
    (key,) = key_dates(records, dates=1, sentences=1)
    assert key.sentences[0].text == short


@pytest.mark.parametrize("view", [
    '"The first aid flights are landing at the damaged airport now," a spokesman for the agency said.',
    "I watched the first aid flights land at the damaged airport from the roof of my hotel.",
    "At 16:14 29th Apr 2009, reader42 wrote: Aid flights are landing at the damaged airport at last.",
], ids=["quotation", "first person", "reader's comment"])
def test_someones_view_of_the_day_is_passed_over_for_a_report(view):
    report = "Aid flights began landing at the damaged airport on Wednesday."
    (key,) = key_dates([event(D(2010, 1, 13), "a", view), event(D(2010, 1, 13), "b", report)], dates=1, sentences=1)
    assert key.sentences[0].text == report


LIVE = "Live coverage as it happened: the earthquake in the capital and the rescue effort."


def test_a_sentence_shown_for_one_day_is_not_repeated_for_another():
    first = [event(D(2010, 1, 12), f"q{i}", text) for i, text in enumerate(QUAKE)]
    first += [event(D(2010, 1, 12), x, LIVE) for x in "ab"]
    second = [event(D(2010, 1, 13), x, LIVE) for x in "cd"]
    second.append(event(D(2010, 1, 13), "e", "Aid flights began landing at the damaged airport on Wednesday."))
    quake, aid = key_dates([*first, *second], dates=2, sentences=1)
    assert [r.text for r in quake.sentences] == [LIVE]
    assert [r.text for r in aid.sentences] == [second[-1].text]


def test_a_day_whose_every_sentence_is_shown_for_another_still_shows_its_best():
    records = [event(D(2010, 1, 12), x, LIVE) for x in "abc"] + [event(D(2010, 1, 13), "d", LIVE)]
    quake, after = key_dates(records, dates=2, sentences=1)
    assert [r.text for r in after.sentences] == [LIVE]


def test_an_event_without_text_still_makes_its_day():
    (key,) = key_dates([event(D(2025, 5, 4), "a", "")], dates=1, sentences=1)
    assert key.date == D(2025, 5, 4)
    assert [record.text for record in key.sentences] == [""]


@pytest.mark.parametrize("no_news", [
    "The carmaker and its dealers did not respond to requests for comment on the reports on Saturday.",
    "The health ministry declined to comment on the new figures from the regional hospitals.",
])
def test_a_comment_declined_is_passed_over_for_a_report(no_news):
    report = "State media reported that the carmaker had sold cars registered in advance to inflate its sales."
    (key,) = key_dates([event(D(2025, 7, 19), "a", no_news), event(D(2025, 7, 19), "b", report)], dates=1, sentences=1)
    assert key.sentences[0].text == report


REPORT = "Aid flights began landing at the damaged airport on Wednesday."


@pytest.mark.parametrize("not_an_account", [
    "At 21:40 13th Jan 2010, reader42 wrote: Aid flights landing at the damaged airport on Wednesday, at last.",
    "Aid flights are landing on Wednesday, good news At 21:40 13th Jan 2010, reader42 wrote: about time too.",
    "13th January 2010 - 21:40 This comment was removed because the moderators found it broke the house rules.",
    "7.00-10.00 pm The evening programme on Wednesday looks at aid flights landing at the damaged airport.",
    "From 12.00noon-6.00 pm on Wednesday, live coverage of aid flights landing at the damaged airport.",
], ids=["reader's comment", "comment glued to text", "comment removed", "schedule", "schedule at noon"])
def test_a_comment_or_a_schedule_is_shown_only_for_want_of_an_account(not_an_account):
    copies = [event(D(2010, 1, 13), x, not_an_account) for x in "abc"]  # however many carry it
    report = event(D(2010, 1, 13), "d", REPORT)
    (key,) = key_dates([*copies, report], dates=1, sentences=1)
    assert key.sentences == [report]
    (key,) = key_dates(copies, dates=1, sentences=1)
    assert key.sentences[0].text == not_an_account  # an only sentence is still better than none


@pytest.mark.parametrize(("text", "shown"), [
    ("As it happened: Floods in the north 13 Jan Live coverage as aid flights landed on Wednesday.",
     "Live coverage as aid flights landed on Wednesday."),
    ("Floods in the north: Your stories Wednesday 13 January Aid flights began landing on Wednesday.",
     "Aid flights began landing on Wednesday."),
    ("Last updated: 13 jan, 2010 - 17:54 GMT Aid flights began landing at the damaged airport.",
     "Aid flights began landing at the damaged airport."),
    ("1851 Aid flights began landing at the damaged airport on Wednesday.",  # a live blog's 18:51
     "Aid flights began landing at the damaged airport on Wednesday."),
    # Not headings: a colon before a date within the sentence, and a year opening it.
    ("The agency said: on 13 January aid flights would begin landing at the airport.", None),
    ("2010 Floods: aid flights began landing at the damaged airport on Wednesday.", None),
])
def test_a_pages_heading_or_a_live_blogs_time_is_left_out_of_the_sentence_shown(text, shown):
    (key,) = key_dates([event(D(2010, 1, 13), "a", text, id=9)], dates=1, sentences=1)
    assert (key.sentences[0].text, key.sentences[0].id) == (shown or text, 9)


def test_the_days_comments_do_not_decide_what_its_reports_said():
    # Readers argue about the queues at the airport; two reports tell of the aid flights, one of the queues.
    comments = [
        event(D(2010, 1, 13), f"c{i}", f"At 21:{i}0 13th Jan 2010, reader{i} wrote: the queues at the airport "
              "terminal are a disgrace and the airport staff should be ashamed.")
        for i in range(8)
    ]
    queues = event(D(2010, 1, 13), "a", "Long queues formed at the airport terminal as the airport staff "
                   "struggled to cope.")
    flights = [event(D(2010, 1, 13), "b", "Aid flights carrying food and medicine began landing in the capital."),
               event(D(2010, 1, 13), "c", "The first aid flights with food and medicine landed in the capital.")]
    (key,) = key_dates([*comments, queues, *flights], dates=1, sentences=1)
    assert key.sentences[0].text in {flight.text for flight in flights}
