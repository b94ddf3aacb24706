"""The editors' review queue: automatic events, most doubtful first."""

import datetime

from django.db import models
from django.db.models import Q

from .events import Event
from .queries import EventQuerySet
from .sources import Source


class ReviewQuerySet(EventQuerySet):
    # Why an automatic event may be wrong, and how much each reason weighs in its doubt score.
    DOUBTS = {
        "doubt_inferred_source": (3, "source date inferred"),
        "doubt_several_dates": (2, "sentence has several dates"),
        "doubt_relative": (2, "relative expression"),
        "doubt_far": (2, "far from or after its source's date"),
        "doubt_duplicate": (2, "likely duplicate"),
        "doubt_vague": (1, "vague"),
    }

    def needing_review(self):
        return self.filter(status=Event.Status.AUTO, merged_into__isnull=True)

    def with_doubt(self):
        """Annotate each reason as 0/1 and `doubt` as their weighted sum."""
        published = models.F("passage__source__published_on")
        same_sentence = Event.objects.filter(
            passage=models.OuterRef("passage"), sentence_start=models.OuterRef("sentence_start")
        ).exclude(pk=models.OuterRef("pk"))
        twin = (
            Event.objects.public()
            .filter(date_start=models.OuterRef("date_start"), date_end=models.OuterRef("date_end"))
            .exclude(passage__source=models.OuterRef("passage__source"))
        )
        conditions = {
            "doubt_inferred_source": Q(passage__source__date_origin=Source.DateOrigin.INFERRED),
            "doubt_several_dates": Q(models.Exists(same_sentence)),
            # No written year means the date was worked out from the source's date.
            "doubt_relative": ~Q(timex__regex=r"[0-9]{4}"),
            "doubt_far": Q(date_end__lt=published - datetime.timedelta(days=365)) | Q(date_start__gt=published),
            # Two sources naming the same day are most likely telling of the same happening.
            "doubt_duplicate": Q(precision=Event.Precision.DAY) & Q(models.Exists(twin)),
            "doubt_vague": ~Q(precision__in=[Event.Precision.DAY, Event.Precision.WEEK, Event.Precision.MONTH])
            | ~Q(qualifier=""),
        }
        flags = {
            name: models.Case(models.When(condition, then=1), default=0, output_field=models.IntegerField())
            for name, condition in conditions.items()
        }
        score = sum(models.F(name) * weight for name, (weight, _) in self.DOUBTS.items())
        return self.annotate(**flags).annotate(doubt=score)

    def with_importance(self, day_scores):
        """Annotate `importance`: the score of the key date an event is dated to (0 when it is behind none),
        given {day: score}, so that editors can check first what the key-dates view shows readers."""
        whens = [
            models.When(date_start=day, date_end=day, precision=Event.Precision.DAY, then=models.Value(score))
            for day, score in day_scores.items()
        ]
        importance = models.Case(*whens, default=models.Value(0.0), output_field=models.FloatField())
        return self.annotate(importance=importance) if whens else self.annotate(importance=models.Value(0.0))

    def most_doubtful_first(self):
        return self.with_doubt().order_by("-doubt", "date_start", "id")


class ReviewItem(Event):
    """An automatic event waiting for an editor, listed most doubtful first."""

    objects = ReviewQuerySet.as_manager()

    class Meta:
        proxy = True
        verbose_name = "review-queue item"
        verbose_name_plural = "review queue"
