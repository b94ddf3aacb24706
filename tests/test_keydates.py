"""The key-dates ranking on hand-made event sets: which days win, what supports them, which sentences tell them."""

import datetime
import itertools

import pytest

from timeline.keydates import EventRecord, day_named_weight, day_scores, default_dates, key_dates

D = datetime.date
_ids = itertools.count(1)
LATE = D(2025, 6, 30)  # a publication day after every event below, so no day gains from being a publication day


def event(day, article, text="Officials announced the measures at a press conference in the capital.", *,
          published=LATE, precision="day", end=None, status="auto", folded_into=None, id=None):
    return EventRecord(
        id=id or next(_ids), start=day, end=end or day, precision=precision, article=article,
        published=published, text=text, status=status, folded_into=folded_into,
    )


def days(result):
    return [key.date for key in result]


def test_days_named_by_more_articles_win_and_come_back_in_date_order():
    records = [
        event(D(2025, 5, 9), "a"),
        event(D(2025, 5, 1), "a"), event(D(2025, 5, 1), "b"), event(D(2025, 5, 1), "c"),
        event(D(2025, 4, 2), "b"), event(D(2025, 4, 2), "c"),
    ]
    assert days(key_dates(records, dates=2)) == [D(2025, 4, 2), D(2025, 5, 1)]
    assert days(key_dates(records, dates=1)) == [D(2025, 5, 1)]


def test_an_article_counts_once_for_a_day_however_often_it_names_it():
    records = [event(D(2025, 5, 1), "a") for _ in range(5)] + [event(D(2025, 5, 2), x) for x in "bc"]
    assert days(key_dates(records, dates=1)) == [D(2025, 5, 2)]
    assert key_dates(records, dates=2)[0].articles == 1


def test_rejected_events_never_support_a_day():
    records = [event(D(2025, 5, 1), x, status="rejected") for x in "abcd"] + [event(D(2025, 5, 2), "e")]
    result = key_dates(records, dates=5)
    assert days(result) == [D(2025, 5, 2)]
    assert D(2025, 5, 1) not in day_scores(records)


def test_a_rejected_event_is_not_shown_nor_listed_as_support():
    rejected = event(D(2025, 5, 1), "a", "A wrongly dated sentence about something else entirely.", status="rejected")
    kept = event(D(2025, 5, 1), "b")
    (key,) = key_dates([rejected, kept], dates=1, sentences=3)
    assert key.support == [kept.id]
    assert key.sentences == [kept]
    assert key.articles == 1


@pytest.mark.parametrize("status", ["verified", "corrected"])
def test_an_editors_check_weighs_more_than_one_article(status):
    checked = [event(D(2025, 5, 1), "a", status=status)]
    automatic = [event(D(2025, 5, 2), "b")]
    assert days(key_dates(checked + automatic, dates=1)) == [D(2025, 5, 1)]
    assert day_scores(checked + automatic)[D(2025, 5, 1)] > day_scores(checked + automatic)[D(2025, 5, 2)]


def test_vaguer_events_support_the_days_within_them_but_are_never_key_dates():
    month = [event(D(2025, 5, 1), x, precision="month", end=D(2025, 5, 31)) for x in "abcdef"]
    week = event(D(2025, 4, 7), "g", precision="week", end=D(2025, 4, 13))
    tie = [event(D(2025, 4, 1), "h"), event(D(2025, 4, 9), "i")]
    result = key_dates([*month, week, *tie], dates=5)
    # The month and the week are not days; the day inside the week wins the tie with the day outside it.
    assert days(result) == [D(2025, 4, 1), D(2025, 4, 9)]
    assert days(key_dates([*month, week, *tie], dates=1)) == [D(2025, 4, 9)]
    assert day_scores([*tie, week])[D(2025, 4, 9)] < day_scores([*tie, event(D(2025, 4, 9), "j")])[D(2025, 4, 9)]


def test_a_two_day_span_at_day_precision_is_not_a_key_date():
    weekend = event(D(2025, 7, 19), "a", end=D(2025, 7, 20))
    assert key_dates([weekend], dates=3) == []


@pytest.mark.parametrize("published", [D(2025, 5, 2), D(2025, 5, 3)])
def test_a_day_reported_as_news_outranks_one_only_looked_back_on(published):
    looked_back = event(D(2025, 5, 1), "a", published=D(2025, 6, 15))
    reported = event(D(2025, 5, 2), "b", published=published)
    assert days(key_dates([looked_back, reported], dates=1)) == [D(2025, 5, 2)]


def test_a_day_announced_ahead_is_not_reported_as_news():
    announced = event(D(2025, 5, 2), "a", published=D(2025, 4, 20))
    looked_back = event(D(2025, 5, 1), "b", published=D(2025, 6, 15))
    assert day_scores([announced, looked_back]) == {D(2025, 5, 1): 1.0, D(2025, 5, 2): 1.0}


def test_articles_published_on_a_day_add_to_it():
    named = [event(D(2025, 5, 1), "a"), event(D(2025, 5, 2), "b")]
    published_on_second = event(D(2025, 3, 1), "c", published=D(2025, 5, 2), precision="month", end=D(2025, 3, 31))
    assert days(key_dates([*named, published_on_second], dates=1)) == [D(2025, 5, 2)]


WIRE = "The health ministry confirmed 27 new cases of the virus on Monday, bringing the total to 140."
WIRE_EDITED = "The health ministry confirmed 27 new cases of the virus on Monday, bringing the total to 140 ."
OTHER = "Schools in the capital were ordered to close for a week while hospitals cleared wards for patients."


def test_near_identical_sentences_are_shown_once_but_count_as_support():
    copies = [event(D(2025, 5, 4), x, WIRE if x != "c" else WIRE_EDITED) for x in "abcde"]
    other = event(D(2025, 5, 4), "f", OTHER)
    (key,) = key_dates([*copies, other], dates=1, sentences=2)
    assert [record.text for record in key.sentences] == [WIRE, OTHER]
    assert key.articles == 6
    assert sorted(key.support) == sorted(record.id for record in [*copies, other])


def test_copies_outweigh_a_single_report_on_another_day():
    copies = [event(D(2025, 5, 4), x, WIRE) for x in "abc"]
    single = [event(D(2025, 5, 5), "d", OTHER)]
    assert days(key_dates(copies + single, dates=1)) == [D(2025, 5, 4)]


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


def test_equal_days_are_broken_by_date_so_a_link_always_shows_the_same_summary():
    records = [event(D(2025, 5, d), "a") for d in (3, 1, 2)]
    assert days(key_dates(records, dates=2)) == [D(2025, 5, 1), D(2025, 5, 2)]


@pytest.mark.parametrize(("dates", "sentences", "expected_days", "expected_sentences"), [
    (0, 2, 0, 0), (1, 0, 1, 0), (-3, -1, 0, 0), (10_000, 2, 3, 1),
])
def test_counts_are_clamped(dates, sentences, expected_days, expected_sentences):
    records = [event(D(2025, 5, d), "a") for d in (1, 2, 3)]
    result = key_dates(records, dates=dates, sentences=sentences)
    assert len(result) == expected_days
    assert all(len(key.sentences) == expected_sentences for key in result)


def test_no_events_no_key_dates():
    assert key_dates([], dates=5) == []
    assert key_dates([]) == []


@pytest.mark.parametrize(("named_days", "expected"), [(0, 0), (1, 1), (4, 2), (30, 5), (100, 10), (10_000, 25)])
def test_the_default_number_of_dates_grows_with_the_days_named(named_days, expected):
    records = [event(D(2000, 1, 1) + datetime.timedelta(days=i), "a") for i in range(named_days)]
    assert default_dates(records) == expected
    assert len(key_dates(records)) == expected


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


@pytest.mark.parametrize(("text", "names"), [
    ("Aid flights began landing at the damaged airport on Wednesday.", "its day"),
    ("Aid flights began landing at the damaged airport on 13 January.", "its day"),
    ("Aid flights began landing at the damaged airport on Jan. 13th.", "its day"),
    ("Aid flights began landing at the damaged airport.", "no day"),
    ("Aid flights, grounded since Tuesday, began landing at the damaged airport.", "another day"),
    ("Aid flights, grounded since January 12, began landing at the damaged airport.", "another day"),
    ("A survey taken January 13-20 found most aid had yet to arrive.", "no day"),  # a range names no one day
    ("Aid flights have landed every day since last Wednesday.", "another day"),  # the Wednesday before
    ("More aid flights are due to land next Wednesday.", "another day"),
    ("More aid flights are due to land next\nWednesday.", "another day"),
    ("Aid flights that landed on Wednesday were unloaded by last night.", "its day"),
])
def test_the_days_a_sentence_names_weigh_it(text, names):
    weight = day_named_weight(text, D(2010, 1, 13))  # a Wednesday
    assert {"its day": weight > 1, "no day": weight == 1, "another day": weight < 1}[names]


def test_naming_another_day_as_well_weighs_less_than_naming_only_its_own():
    wednesday = D(2010, 1, 13)
    both = day_named_weight("Aid flights grounded on Tuesday began landing on Wednesday.", wednesday)
    assert 1 < day_named_weight("Aid flights began landing on Wednesday.", wednesday) > both


def test_an_account_naming_its_day_is_preferred_to_one_that_does_not():
    # As central as each other (each shares the same words with the other), and as long.
    undated = "Aid flights began landing at the damaged airport of the battered capital."
    dated = "Relief flights started landing at the damaged airport on Wednesday morning."
    records = [event(D(2010, 1, 13), "a", undated), event(D(2010, 1, 13), "b", dated)]
    (key,) = key_dates(records, dates=1, sentences=1)
    assert key.sentences[0].text == dated


def test_a_sentence_about_another_day_is_passed_over_for_an_account_of_this_one():
    # The recap names the day (so it was dated to it) but is about the week since the quake of the 12th.
    recap = "Since the quake of January 12, aid flights have been landing at the damaged airport every day."
    report = "Aid flights began landing at the damaged airport in the capital."
    records = [event(D(2010, 1, 13), "a", recap), event(D(2010, 1, 13), "b", report)]
    (key,) = key_dates(records, dates=1, sentences=1)
    assert key.sentences[0].text == report


@pytest.mark.parametrize(("days_named", "expected"), [
    (1, D(2025, 3, 3)), (6, D(2025, 3, 3)),  # a report naming a few days speaks for each of them
    (12, D(2025, 3, 4)), (16, D(2025, 3, 4)),  # a schedule or a chronology shares its voice among them
])
def test_an_article_naming_many_days_shares_its_voice_among_them(days_named, expected):
    listed = [D(2025, 3, 3) + datetime.timedelta(days=7 * n) for n in range(days_named)]
    listings = [event(day, f"listing{i}") for i in range(3) for day in listed]
    reports = [event(D(2025, 3, 4), x) for x in "ab"]
    assert days(key_dates([*listings, *reports], dates=1)) == [expected]


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
