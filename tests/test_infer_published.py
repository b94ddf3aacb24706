"""An article without a publication date takes the one its dateline or update stamp gives."""

from datetime import date

import pytest

from timeline.ingest.derive import infer_published


@pytest.mark.parametrize("text,expected", [
    ("WASHINGTON | Mon Mar 2, 2009 4:23 pm EST WASHINGTON (Reuters) - The agency acted on Friday.",
     date(2009, 3, 2)),
    ("Page last updated at 08:58 GMT, Thursday, 24 June 2010 09:58 UK The inquiry opened.", date(2010, 6, 24)),
    ("The agency acted.", None),
])
def test_a_stamp_dates_the_article(text, expected):
    assert infer_published(text) == expected
