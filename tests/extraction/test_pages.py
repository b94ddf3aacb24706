import tomllib
from datetime import date
from pathlib import Path

import pytest

from timeline.extraction.pages import split_page, split_passages, split_sentences

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
MANIFEST = tomllib.loads((SEEDS / "manifest.toml").read_text(encoding="utf-8"))
SEED_NAMES = sorted(MANIFEST)


def seed_pieces(name):
    meta = MANIFEST[name]
    raw = (SEEDS / name).read_text(encoding="utf-8")
    return split_page(raw, meta["published"], meta["captured"], meta["title"])


# Expected values read off the seed files and the manifest by hand.
EXPECTED_PIECES = {
    "000_8dfd228662c2110d.txt": [
        (
            "'Breaking through the US blockade': HK backs Zhejiang tech firms but details are scant",
            date(2025, 5, 1),
            "",
        ),
        (
            "US, China announce a trade agreement — again. Here's what it means",
            date(2025, 6, 28),
            "2 hours ago",
        ),
        (
            "Fireworks will light up this Fourth of July. Next year could be different if tariff talks fizzle",
            date(2025, 6, 28),
            "3 hours ago",
        ),
        (
            "Top semiconductor toolmaker launches talent competition in China — "
            "ASML is looking for 16 skilled lithography engineers",
            date(2025, 6, 28),
            "3 hours ago",
        ),
    ],
    "001_95a7f93e5d4581ef.txt": [
        ("China Shows Off Tech Resilience in Face of Trump Export Controls", date(2025, 6, 29), ""),
    ],
    "002_7046af7b42a44a6a.txt": [
        ("Trump's U-turn on Nvidia spurs talk of grand bargain with China", date(2025, 7, 18), ""),
        (
            "China EV brands Zeekr, Neta inflated car sales using insurance scheme",
            date(2025, 7, 21),
            "17 minutes ago",
        ),
        (
            "China denies link to espionage group accused of attacking Singapore critical "
            "infrastructure , Singapore News",
            date(2025, 7, 21),
            "an hour ago",
        ),
        (
            "Young Hong Kong residents apply modern touches to preserve traditional crafts, attract new crowds",
            date(2025, 7, 21),
            "2 hours ago",
        ),
    ],
    "003_5b33a353fc25cadb.txt": [
        ("US-China technology news digest, November 2024", date(2024, 11, 22), ""),
    ],
    "004_78296adb63813134.txt": [
        (
            "China hoping for a more constructive relationship with US post-Trump",
            date(2020, 11, 10),
            "",
        ),
    ],
}


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_pieces_titles_and_dates(name):
    pieces = seed_pieces(name)
    assert [(p.title, p.published, p.age_label) for p in pieces] == EXPECTED_PIECES[name]


@pytest.mark.parametrize(
    ("name", "piece", "paragraphs", "starts", "ends"),
    [
        ("000_8dfd228662c2110d.txt", 0, 31, "HONG KONG – Hong Kong leader", "living and working in Hong Kong."),
        ("000_8dfd228662c2110d.txt", 1, 1, "WASHINGTON -- The United States", "at the end of the month."),
        ("000_8dfd228662c2110d.txt", 2, 1, "ALBUQUERQUE, N.M. -- Like clockwork", "Warren said."),
        ("000_8dfd228662c2110d.txt", 3, 1, "ASML has introduced an online competition", "reports SCMP."),
        ("001_95a7f93e5d4581ef.txt", 0, 9, "(Bloomberg) — As Donald Trump", "listened attentively on the sidelines."),
        ("002_7046af7b42a44a6a.txt", 0, 17, "In a reversal this week", "it's Trump.' BLOOMBERG"),
        ("002_7046af7b42a44a6a.txt", 1, 1, "Chinese state media reported", "is not advisable,' he said. REUTERS"),
        ("002_7046af7b42a44a6a.txt", 2, 1, "SINGAPORE - The Chinese embassy", "the country's cyber agency."),
        ("002_7046af7b42a44a6a.txt", 3, 1, "HONG KONG: A new generation", "closer to the people."),
        ("003_5b33a353fc25cadb.txt", 0, 35, "As the US prepares for Donald Trump’s", "US-China trade policies."),
        ("004_78296adb63813134.txt", 0, 13, "China’s technology industry, one of", "independence.” Reuters"),
    ],
)
def test_seed_piece_bodies(name, piece, paragraphs, starts, ends):
    text = seed_pieces(name)[piece].text
    assert len(split_passages(text)) == paragraphs
    assert text.startswith(starts)
    assert text.endswith(ends)


BOILERPLATE = [
    "Subscribe now",
    "SUBSCRIBE TO UNLOCK",
    "Article content",
    "Sign Up",
    "Sign In",
    "Hashtags",
    "No comments yet",
    "Error in retrieving data",
    "Read Entire Article",
    "Read More",
    "RESERVED FOR SUBSCRIBERS ONLY",
    "Telegram channel",
    "Try Our AI Features",
    "can do for you",
    "Click to comment",
    "logged in to post a comment",
    "Leave a Reply",
    "Copyright ©",
    "Content is protected",
    "Connect with us",
    "International Circuit",
    "Photographer:",
    "PHOTO:",
    "hours ago",
    "minutes ago",
    "Related Articles",
    "Financial Post",
    "your inbox",
    "newsletter",
    "may earn a commission",
    "Follow Tom's Hardware",
    "[[nid:",
]


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_pieces_carry_no_boilerplate(name):
    for piece in seed_pieces(name):
        folded = piece.text.casefold()
        for phrase in BOILERPLATE:
            assert phrase.casefold() not in folded, (piece.title, phrase)
        # Widget labels and outlet lines ("Comments", "Yahoo", "- Yahoo", "or") are short.
        assert all(len(p.text.split()) >= 5 for p in split_passages(piece.text))


@pytest.mark.parametrize("name", SEED_NAMES)
def test_main_title_line_is_not_body_text(name):
    main = seed_pieces(name)[0]
    assert main.title not in main.text
    assert "Breaking through the US blockade" not in main.text


@pytest.mark.parametrize("name", SEED_NAMES)
def test_passage_offsets_are_exact(name):
    for piece in seed_pieces(name):
        spans = split_passages(piece.text)
        assert spans
        for span in spans:
            assert piece.text[span.start : span.end] == span.text == span.text.strip()
        assert [s.start for s in spans] == sorted(s.start for s in spans)


def test_paragraph_broken_mid_sentence_is_rejoined():
    text = seed_pieces("004_78296adb63813134.txt")[0].text
    assert (
        "Beijing has in recent months announced a new “dual circulation” model of growth to steer "
        "China’s economy. This sees it reducing its reliance on overseas markets and technology by, "
        "for example, spending billions of dollars to encourage a domestic chip industry."
    ) in [p.text for p in split_passages(text)]


def test_inline_promo_sentences_and_captions_are_dropped():
    main, _, _, asml = seed_pieces("000_8dfd228662c2110d.txt")
    passages = [p.text for p in split_passages(main.text)]
    assert passages[24].endswith("familiar with investing in the Chinese tech industry.")
    assert "robotic hand" not in main.text  # photo caption with credit
    assert asml.text.endswith(
        "posted recruitment notices offering unlimited compensation for PhD researchers "
        "willing to join projects developing domestic lithography systems, reports SCMP."
    )


def test_related_piece_dates_use_whole_days_of_age():
    raw = (
        "Headline\nA long enough opening sentence of the main article.\n"
        "Related Articles\n"
        "23 hours ago\nFirst related\nIts body is a sentence.\n"
        "25 hours ago\n- Outlet\nSecond related\nIts body is a sentence too.\n"
        "Outlet\n3 days ago\n- Outlet\nThird related\nAnd a third body sentence here.\n"
    )
    pieces = split_page(raw, date(2024, 3, 1), date(2024, 3, 10), "Headline")
    assert [(p.title, p.published, p.text) for p in pieces] == [
        ("Headline", date(2024, 3, 1), "A long enough opening sentence of the main article."),
        ("First related", date(2024, 3, 10), "Its body is a sentence."),
        ("Second related", date(2024, 3, 9), "Its body is a sentence too."),
        ("Third related", date(2024, 3, 7), "And a third body sentence here."),
    ]


def test_related_piece_dates_fall_back_to_published_without_capture_date():
    raw = "Body sentence of the main article.\n2 days ago\nOther\nOther body sentence."
    pieces = split_page(raw, date(2024, 3, 10))
    assert [(p.title, p.published) for p in pieces] == [("", date(2024, 3, 10)), ("Other", date(2024, 3, 8))]


def test_timestamp_above_main_article_does_not_split_it():
    raw = "Some Headline Here\n3 hours ago\nThe first sentence of the article.\nThe second one."
    pieces = split_page(raw, date(2024, 1, 2))
    assert [(p.title, p.text) for p in pieces] == [
        ("Some Headline Here", "The first sentence of the article.\n\nThe second one.")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Smith met Dr. Jones at 9 a.m. on Jan. 5 in St. Louis. They talked.",
            ["Mr. Smith met Dr. Jones at 9 a.m. on Jan. 5 in St. Louis.", "They talked."],
        ),
        (
            "The U.S. Treasury and Nvidia Corp. Chief Executive Jensen Huang spoke. Acme Co. agreed.",
            ["The U.S. Treasury and Nvidia Corp. Chief Executive Jensen Huang spoke.", "Acme Co. agreed."],
        ),
        (
            "Exports to the U.S. fell. Imports from the U.S. The rest grew.",
            ["Exports to the U.S. fell.", "Imports from the U.S.", "The rest grew."],
        ),
        (
            "John F. Kennedy won in Nov. 1960. Growth was 3.5% and sales hit $1.2 billion. Shares rose.",
            ["John F. Kennedy won in Nov. 1960.", "Growth was 3.5% and sales hit $1.2 billion.", "Shares rose."],
        ),
        (
            "Walmart Inc. said the No. 2 deadline, Sept. 1, and the Aug. 12 and Feb. 3 dates stand. "
            "It ended at 5 p.m. The end.",
            [
                "Walmart Inc. said the No. 2 deadline, Sept. 1, and the Aug. 12 and Feb. 3 dates stand.",
                "It ended at 5 p.m.",
                "The end.",
            ],
        ),
        (
            "'We will win,' he said. “Next year is ours.” She agreed. He said 'no.' Then he left.",
            ["'We will win,' he said.", "“Next year is ours.”", "She agreed.", "He said 'no.'", "Then he left."],
        ),
        (
            "Is it over? No! “Why?” he asked. She said: ‘Really?’ Yes.",
            ["Is it over?", "No!", "“Why?” he asked.", "She said: ‘Really?’", "Yes."],
        ),
        ("  No terminal punctuation here  ", ["No terminal punctuation here"]),
        ("", []),
    ],
)
def test_split_sentences(text, expected):
    spans = split_sentences(text)
    assert [s.text for s in spans] == expected
    assert all(text[s.start : s.end] == s.text for s in spans)


def test_split_passages_offsets():
    text = "\n  First paragraph.  \n\n\nSecond one.\nThird\n"
    spans = split_passages(text)
    assert [s.text for s in spans] == ["First paragraph.", "Second one.", "Third"]
    assert all(text[s.start : s.end] == s.text for s in spans)


@pytest.mark.parametrize(
    ("name", "headline"),
    [
        (
            "000_8dfd228662c2110d.txt",
            "‘Breaking through the US blockade': HK backs Zhejiang tech firms but details are scant",
        ),
        ("001_95a7f93e5d4581ef.txt", "China Shows Off Tech Resilience in Face of Trump Export Controls"),
        ("002_7046af7b42a44a6a.txt", "Trump's U-turn on Nvidia spurs talk of grand bargain with China"),
        ("003_5b33a353fc25cadb.txt", ""),  # the digest opens straight with its first item
        ("004_78296adb63813134.txt", "China hoping for a more constructive relationship with US post-Trump"),
    ],
)
def test_headline_found_without_given_title(name, headline):
    meta = MANIFEST[name]
    main = split_page((SEEDS / name).read_text(encoding="utf-8"), meta["published"], meta["captured"])[0]
    assert main.title == headline
    assert main.text == seed_pieces(name)[0].text


@pytest.mark.parametrize(
    ("name", "outlets"),
    [
        ("000_8dfd228662c2110d.txt", ["", "", "", "Yahoo"]),
        ("002_7046af7b42a44a6a.txt", ["", "Straits Times", "AsiaOne", "CNA"]),
        ("004_78296adb63813134.txt", [""]),
    ],
)
def test_appended_pieces_keep_the_outlet_named_under_their_timestamp(name, outlets):
    assert [piece.outlet for piece in seed_pieces(name)] == outlets


@pytest.mark.parametrize("text,expected", [
    ("WASHINGTON | Mon Feb 28, 2011 4:23 pm EST WASHINGTON (Reuters) - The agency acted. It said so.",
     ["WASHINGTON | Mon Feb 28, 2011 4:23 pm EST", "WASHINGTON (Reuters) - The agency acted.", "It said so."]),
    ("Page last updated at 08:58 GMT, Monday, 28 February 2011 09:58 UK The inquiry opened.",
     ["Page last updated at 08:58 GMT, Monday, 28 February 2011 09:58 UK", "The inquiry opened."]),
    ("By Jane Doe, Health Editor LONDON | Tue Mar 1, 2011 9:46 am EST LONDON (Reuters) - Flu spread.",
     ["By Jane Doe, Health Editor", "LONDON | Tue Mar 1, 2011 9:46 am EST", "LONDON (Reuters) - Flu spread."]),
    ("Nice post! Added: Tuesday, 1 March, 2011, 18:32 GMT 18:32 UK I agree with it.",
     ["Nice post!", "Added: Tuesday, 1 March, 2011, 18:32 GMT 18:32 UK", "I agree with it."]),
])
def test_a_stamp_is_a_sentence_of_its_own(text, expected):
    assert [s.text for s in split_sentences(text)] == expected
